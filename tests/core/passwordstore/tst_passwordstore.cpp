// The Faspay password in a real Secret Service (gnome-keyring in a private D-Bus session,
// started by scripts/test-env.sh with-keyring, which this test re-executes itself under), and
// what happens where there is no keychain: the NoKeychain status, and nothing written to disk.

#include "core/config/passwordstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace kasir;

namespace {

PasswordStore::Result waitFor(PasswordStore &store, quint64 request)
{
    QSignalSpy spy(&store, &PasswordStore::finished);
    for (int i = 0; i < 200; ++i) {
        for (const QList<QVariant> &args : spy) {
            const auto r = args.at(0).value<PasswordStore::Result>();
            if (r.request == request)
                return r;
        }
        spy.wait(100);
    }
    return {};
}

bool haveKeyring()
{
    return qEnvironmentVariableIntValue("KASIR_TEST_KEYRING") == 1;
}

QString secretToolLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), PasswordStore::defaultService(),
             QStringLiteral("user"), key});
    if (!p.waitForFinished(10000))
        return QStringLiteral("<secret-tool hung>");
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestPasswordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void roundTrip_data();
    void roundTrip();
    void merchantsKeptApart();
    void removeIsIdempotent();
    void signalsNeverFromInsideTheCall();
    void noKeychainWithoutBus();
};

void TestPasswordStore::keys()
{
    QCOMPARE(PasswordStore::defaultService(), QStringLiteral("Kasir"));
    QCOMPARE(PasswordStore::keyFor(QStringLiteral("12345")),
             QStringLiteral("faspay-password/12345"));
}

void TestPasswordStore::roundTrip_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("plain") << QStringLiteral("s3cret");
    QTest::newRow("spaces and symbols") << QStringLiteral(" p@ss w0rd!#$%^&*()'\"\\ ");
    QTest::newRow("non-ascii") << QStringLiteral(u"kata-sandi-é-€-漢字-🙂");
    QTest::newRow("long") << QString(300, QLatin1Char('x'));
}

void TestPasswordStore::roundTrip()
{
    if (!haveKeyring())
        QSKIP("no Secret Service in this run (scripts/test-env.sh with-keyring starts one)");
    QFETCH(QString, password);
    const QString merchant = QStringLiteral("31019");
    PasswordStore store;
    const PasswordStore::Result written = waitFor(store, store.write(merchant, password));
    QVERIFY2(written.ok(), qPrintable(written.detail));
    QCOMPARE(written.operation, PasswordStore::Operation::Write);
    QCOMPARE(store.keychainAvailable(), std::optional<bool>(true));

    // It is in the Secret Service itself, under the service and key Kasir documents.
    QCOMPARE(secretToolLookup(PasswordStore::keyFor(merchant)), password);

    PasswordStore other; // a second instance (a restart) reads it back
    const PasswordStore::Result read = waitFor(other, other.read(merchant));
    QVERIFY2(read.ok(), qPrintable(read.detail));
    QCOMPARE(read.password, password);
    QVERIFY(read.message.isEmpty());

    const PasswordStore::Result removed = waitFor(store, store.remove(merchant));
    QVERIFY(removed.ok());
    const PasswordStore::Result gone = waitFor(store, store.read(merchant));
    QCOMPARE(gone.status, PasswordStore::Status::NotFound);
    QVERIFY(gone.password.isEmpty());
    QVERIFY(!gone.message.isEmpty());
}

void TestPasswordStore::merchantsKeptApart()
{
    if (!haveKeyring())
        QSKIP("no Secret Service in this run (scripts/test-env.sh with-keyring starts one)");
    PasswordStore store;
    QVERIFY(waitFor(store, store.write(QStringLiteral("11111"), QStringLiteral("one"))).ok());
    QVERIFY(waitFor(store, store.write(QStringLiteral("22222"), QStringLiteral("two"))).ok());
    QVERIFY(waitFor(store, store.write(QStringLiteral("11111"), QStringLiteral("one-new"))).ok());
    QCOMPARE(waitFor(store, store.read(QStringLiteral("11111"))).password,
             QStringLiteral("one-new"));
    QCOMPARE(waitFor(store, store.read(QStringLiteral("22222"))).password, QStringLiteral("two"));
    QVERIFY(waitFor(store, store.remove(QStringLiteral("11111"))).ok());
    QCOMPARE(waitFor(store, store.read(QStringLiteral("22222"))).password, QStringLiteral("two"));
    QVERIFY(waitFor(store, store.remove(QStringLiteral("22222"))).ok());
}

void TestPasswordStore::removeIsIdempotent()
{
    if (!haveKeyring())
        QSKIP("no Secret Service in this run (scripts/test-env.sh with-keyring starts one)");
    PasswordStore store;
    const PasswordStore::Result r = waitFor(store, store.remove(QStringLiteral("99999")));
    QVERIFY2(r.ok(), qPrintable(r.detail));
}

void TestPasswordStore::signalsNeverFromInsideTheCall()
{
    PasswordStore store;
    QSignalSpy spy(&store, &PasswordStore::finished);
    const quint64 a = store.read(QStringLiteral("12345"));
    const quint64 b = store.read(QStringLiteral("12345"));
    QVERIFY(a != b);
    QCOMPARE(spy.size(), 0);
    QCOMPARE(store.pendingRequests(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 20000);
    QCOMPARE(store.pendingRequests(), 0);
}

void TestPasswordStore::noKeychainWithoutBus()
{
    // A child with no D-Bus session at all (a headless counter): every operation says
    // NoKeychain, and the password lands in no file of its home or config folders.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    env.remove(QStringLiteral("KASIR_TEST_KEYRING"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("KASIR_PASSWORDSTORE_PROBE"), QStringLiteral("1"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    QCOMPARE(out, QStringLiteral("write=NoKeychain read=NoKeychain available=0"));

    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("probe-password-9f1c"), qPrintable(f.fileName()));
    }
}

// The child of noKeychainWithoutBus.
static int probe(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    PasswordStore store;
    const auto w =
        waitFor(store, store.write(QStringLiteral("12345"), QStringLiteral("probe-password-9f1c")));
    const auto r = waitFor(store, store.read(QStringLiteral("12345")));
    const QByteArray line =
        "write=" +
        QByteArray(QMetaEnum::fromType<PasswordStore::Status>().valueToKey(int(w.status))) +
        " read=" + QMetaEnum::fromType<PasswordStore::Status>().valueToKey(int(r.status)) +
        " available=" + QByteArray::number(store.keychainAvailable().value_or(true) ? 1 : 0);
    std::printf("%s\n", line.constData());
    return 0;
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("KASIR_PASSWORDSTORE_PROBE"))
        return probe(argc, argv);
    // Without a Secret Service, run again inside one (once).
    if (!haveKeyring() && !qEnvironmentVariableIsSet("KASIR_KEYRING_REEXEC")) {
        const QByteArray script = KASIR_SOURCE_DIR "/scripts/test-env.sh";
        if (::access(script.constData(), X_OK) == 0) {
            ::setenv("KASIR_KEYRING_REEXEC", "1", 1);
            std::vector<char *> args{const_cast<char *>("bash"),
                                     const_cast<char *>(script.constData()),
                                     const_cast<char *>("with-keyring")};
            for (int i = 0; i < argc; ++i)
                args.push_back(argv[i]);
            args.push_back(nullptr);
            ::execvp("bash", args.data());
        }
    }
    QCoreApplication app(argc, argv);
    TestPasswordStore tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_passwordstore.moc"
