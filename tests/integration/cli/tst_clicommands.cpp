// The headless commands as specified (issue #4): `kasir checkout ORDER.json [--wait SECONDS]
// [--receipt FILE.pdf]`, `kasir status BILL_NO`, `kasir pending`, `kasir resume [--wait
// SECONDS]`: one JSON object (an array for pending and resume) on stdout, exit 0 paid, 2 final
// and not paid, 3 not final, 1 bad input or configuration with nothing sent. The real `kasir`
// executable against `kasir sandbox` in another process.

#include "clirig.h"
#include "core/faspay/signature.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace kasir::clitest;

namespace {

const QStringList RequiredFields = {
    QStringLiteral("response_code"), QStringLiteral("bill_no"),
    QStringLiteral("trx_id"),        QStringLiteral("redirect_url"),
    QStringLiteral("status"),        QStringLiteral("payment_status_code"),
    QStringLiteral("payment_reff"),  QStringLiteral("receipt")};

bool hasRequiredFields(const QJsonObject &o, QString *missing)
{
    for (const QString &field : RequiredFields) {
        if (!o.contains(field)) {
            *missing = field;
            return false;
        }
    }
    return true;
}

// Kasir's Indonesian translation as built; empty when it has no messages yet.
bool indonesianAvailable()
{
    QTranslator translator;
    return translator.load(QStringLiteral(KASIR_ID_QM)) && !translator.isEmpty();
}

// A problem is printed in English, then in Bahasa Indonesia (when translated): at least two
// "kasir: " lines.
int problemLines(const QByteArray &err)
{
    return int(err.count("kasir: "));
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void paidWithReceipt_data();
    void paidWithReceipt();
    void finalNotPaid_data();
    void finalNotPaid();
    void rejected_data();
    void rejected();
    void pendingWhenWaitRunsOut();
    void unknownIsPendingAndListed();
    void badRedirectIsNeverPrinted();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void badConfigurationSendsNothing_data();
    void badConfigurationSendsNothing();
    void plainHttpGatewayRefusedAtStart();
    void statusOfAnUnknownBill();
    void sandboxIsStrictOnlyWithTheFlag();
    void secondInstanceIsRefusedWhileReadersAnswer();
    void almostFullDiskSendsNothing();
    void journalFailingMidFlightDoesNotHang();
};

void TestCliCommands::initTestCase()
{
    QVERIFY2(QFileInfo(kasirExecutable()).isExecutable(), qPrintable(kasirExecutable()));
    if (!indonesianAvailable())
        qWarning("kasir_id.qm has no messages: only the English half of stderr is checked");
}

void TestCliCommands::paidWithReceipt_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("lender"); // on the receipt
    QTest::newRow("kredivo") << QStringLiteral("kredivo") << QStringLiteral("Kredivo");
    QTest::newRow("akulaku") << QStringLiteral("akulaku") << QStringLiteral("Akulaku");
    QTest::newRow("indodana") << QStringLiteral("indodana") << QStringLiteral("Indodana");
    QTest::newRow("briceria") << QStringLiteral("briceria") << QStringLiteral("BRI Ceria");
}

void TestCliCommands::paidWithReceipt()
{
    QFETCH(QString, channel);
    QFETCH(QString, lender);
    CliRig rig;
    QVERIFY(rig.startSandbox());
    const QString order = rig.writeOrder(orderJson(channel));
    const QString pdf = rig.tmp.filePath(QStringLiteral("nota.pdf"));
    auto checkout = rig.launch({QStringLiteral("checkout"), order, QStringLiteral("--wait"),
                                QStringLiteral("60"), QStringLiteral("--receipt"), pdf});
    QString billNo;
    QString redirect;
    QVERIFY2(checkout->waitForRedirect(&billNo, &redirect), checkout->err().constData());
    QCOMPARE(rig.sandbox.act(billNo, QStringLiteral("approve")), 200);
    const KasirResult r = checkout->finish();
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.object();
    QString missing;
    QVERIFY2(hasRequiredFields(o, &missing), qPrintable(missing));
    QCOMPARE(o.value(u"status").toString(), QStringLiteral("paid"));
    QCOMPARE(o.value(u"bill_no").toString(), billNo);
    const QJsonObject bill = rig.sandbox.bill(billNo);
    QCOMPARE(o.value(u"trx_id").toString(), bill.value(u"trx_id").toString());
    QCOMPARE(o.value(u"redirect_url").toString(), redirect);
    QCOMPARE(o.value(u"payment_status_code").toInt(), 2);
    QCOMPARE(o.value(u"payment_reff").toString(), bill.value(u"payment_reff").toString());
    QVERIFY(!o.value(u"payment_reff").toString().isEmpty());
    QCOMPARE(o.value(u"receipt").toString(), pdf);
    QCOMPARE(bill.value(u"posted").toInt(), 1);
    // Where it was sold and by whom: the gateway of KASIR_GATEWAY_URL (a loopback sandbox, so
    // not Faspay), the merchant, and the operator of the run (no one signs in headless).
    const QString gateway = QStringLiteral("127.0.0.1:%1").arg(rig.sandbox.base().port());
    QCOMPARE(o.value(u"gateway_host").toString(), gateway);
    QCOMPARE(o.value(u"merchant_id").toString(), QStringLiteral("77777"));
    QVERIFY2(o.value(u"staff").toString().startsWith(QStringLiteral("operator ")),
             qPrintable(o.value(u"staff").toString()));
    QVERIFY(o.value(u"staff").toString().size() > 9);
    // The receipt PDF is there and is this sale's, marked as sold outside Faspay.
    const QString text = pdfText(pdf);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(text.contains(billNo), qPrintable(text));
    QVERIFY2(text.contains(gateway), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("NOT FASPAY")), qPrintable(text));
    QVERIFY2(text.contains(lender), qPrintable(text));
    QVERIFY2(text.contains(o.value(u"payment_reff").toString()), qPrintable(text));

    // status: the same sale, read-only, with its archived original receipt.
    const KasirResult s = rig.run({QStringLiteral("status"), billNo});
    QVERIFY2(s.exitCode == 0, qPrintable(s.describe()));
    QVERIFY2(hasRequiredFields(s.object(), &missing), qPrintable(missing));
    QCOMPARE(s.object().value(u"status").toString(), QStringLiteral("paid"));
    const QString archived = s.object().value(u"receipt").toString();
    QVERIFY(QFileInfo::exists(archived));
    QVERIFY(pdfText(archived).contains(billNo));
    QCOMPARE(rig.originalReceipts(billNo), 1);
    // Nothing is pending any more.
    const KasirResult p = rig.run({QStringLiteral("pending")});
    QCOMPARE(p.exitCode, 0);
    QCOMPARE(p.array().size(), 0);
}

void TestCliCommands::finalNotPaid_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("failed (declined)")
        << QStringLiteral("decline") << QStringLiteral("failed") << 3;
    QTest::newRow("expired") << QStringLiteral("expire") << QStringLiteral("expired") << 7;
    QTest::newRow("cancelled (status 8)")
        << QStringLiteral("status/8") << QStringLiteral("cancelled") << 8;
}

void TestCliCommands::finalNotPaid()
{
    QFETCH(QString, action);
    QFETCH(QString, status);
    QFETCH(int, code);
    CliRig rig;
    QVERIFY(rig.startSandbox());
    const QString pdf = rig.tmp.filePath(QStringLiteral("nota.pdf"));
    auto checkout = rig.launch({QStringLiteral("checkout"), rig.writeOrder(orderJson()),
                                QStringLiteral("--wait"), QStringLiteral("60"),
                                QStringLiteral("--receipt"), pdf});
    QString billNo;
    QVERIFY2(checkout->waitForRedirect(&billNo), checkout->err().constData());
    QCOMPARE(rig.sandbox.act(billNo, action), 200);
    const KasirResult r = checkout->finish();
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    const QJsonObject o = r.object();
    QString missing;
    QVERIFY2(hasRequiredFields(o, &missing), qPrintable(missing));
    QCOMPARE(o.value(u"status").toString(), status);
    QCOMPARE(o.value(u"payment_status_code").toInt(), code);
    QVERIFY(o.value(u"receipt").isNull());
    QVERIFY(!QFileInfo::exists(pdf)); // no receipt for an unpaid sale
    QCOMPARE(rig.sandbox.posted(billNo), 1);
    const KasirResult s = rig.run({QStringLiteral("status"), billNo});
    QCOMPARE(s.exitCode, 2);
    QCOMPARE(s.object().value(u"status").toString(), status);
    QCOMPARE(rig.originalReceipts(billNo), 0);
}

void TestCliCommands::rejected_data()
{
    QTest::addColumn<bool>("onCommandLine");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("meaning"); // part of the code's text on stderr
    QTest::newRow("code 13 from kasir sandbox --fault")
        << true << QStringLiteral("13") << QStringLiteral("gateway_refused")
        << QStringLiteral("Faspay 13: Faspay refused the amount");
    QTest::newRow("code 55 from POST /sandbox/faults")
        << false << QStringLiteral("55") << QStringLiteral("configuration")
        << QStringLiteral("Faspay 55: ");
}

void TestCliCommands::rejected()
{
    QFETCH(bool, onCommandLine);
    QFETCH(QString, code);
    QFETCH(QString, reason);
    QFETCH(QString, meaning);
    CliRig rig;
    const QString spec = QStringLiteral("code=%1@post-data").arg(code);
    QVERIFY(rig.startSandbox(onCommandLine ? QStringList{QStringLiteral("--fault"), spec}
                                           : QStringList()));
    if (!onCommandLine)
        QCOMPARE(rig.sandbox.addFault(spec), 200);
    const KasirResult r = rig.run({QStringLiteral("checkout"), rig.writeOrder(orderJson()),
                                   QStringLiteral("--wait"), QStringLiteral("30")});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    const QJsonObject o = r.object();
    QCOMPARE(o.value(u"status").toString(), QStringLiteral("rejected"));
    QCOMPARE(o.value(u"reason").toString(), reason);
    QVERIFY(o.value(u"trx_id").isNull());
    QVERIFY(o.value(u"redirect_url").isNull());
    QVERIFY(o.value(u"receipt").isNull());
    QCOMPARE(o.value(u"response_code").toString(), code);
    QVERIFY2(r.errText().contains(QStringLiteral("Nothing was charged")), qPrintable(r.errText()));
    // The code's own meaning, not only "refused".
    QVERIFY2(r.errText().contains(meaning), qPrintable(r.errText()));
    QVERIFY(rig.sandbox.bills().isEmpty()); // refused, not created
}

void TestCliCommands::pendingWhenWaitRunsOut()
{
    CliRig rig;
    QVERIFY(rig.startSandbox());
    const KasirResult r = rig.run({QStringLiteral("checkout"), rig.writeOrder(orderJson()),
                                   QStringLiteral("--wait"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    const QJsonObject o = r.object();
    QString missing;
    QVERIFY2(hasRequiredFields(o, &missing), qPrintable(missing));
    QCOMPARE(o.value(u"status").toString(), QStringLiteral("pending"));
    const QString billNo = o.value(u"bill_no").toString();
    QVERIFY(!o.value(u"trx_id").toString().isEmpty());
    QVERIFY(!o.value(u"redirect_url").toString().isEmpty());
    QVERIFY(o.value(u"receipt").isNull());

    const KasirResult p = rig.run({QStringLiteral("pending")});
    QCOMPARE(p.exitCode, 0);
    QCOMPARE(p.array().size(), 1);
    QVERIFY2(hasRequiredFields(p.array().at(0).toObject(), &missing), qPrintable(missing));
    QCOMPARE(p.array().at(0).toObject().value(u"bill_no").toString(), billNo);
    QCOMPARE(p.array().at(0).toObject().value(u"status").toString(), QStringLiteral("pending"));
    QCOMPARE(rig.run({QStringLiteral("status"), billNo}).exitCode, 3);

    // The same cart again while its payment is open: refused, nothing sent (invariant 7).
    const KasirResult twice =
        rig.run({QStringLiteral("checkout"), rig.tmp.filePath(QStringLiteral("order.json"))});
    QVERIFY2(twice.exitCode == 1, qPrintable(twice.describe()));
    QVERIFY2(twice.errText().contains(billNo), qPrintable(twice.errText()));
    QCOMPARE(rig.sandbox.bills().size(), 1);

    // Paid while nobody watched: resume finds it and makes the receipt.
    QCOMPARE(rig.sandbox.act(billNo, QStringLiteral("approve")), 200);
    const KasirResult resumed =
        rig.run({QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("30")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
    QCOMPARE(resumed.array().size(), 1);
    const QJsonObject paid = resumed.array().at(0).toObject();
    QVERIFY2(hasRequiredFields(paid, &missing), qPrintable(missing));
    QCOMPARE(paid.value(u"status").toString(), QStringLiteral("paid"));
    QVERIFY(QFileInfo::exists(paid.value(u"receipt").toString()));
    QCOMPARE(rig.originalReceipts(billNo), 1);
    QCOMPARE(rig.sandbox.posted(billNo), 1);
}

void TestCliCommands::unknownIsPendingAndListed()
{
    CliRig rig;
    QVERIFY(rig.startSandbox({QStringLiteral("--fault"), QStringLiteral("reset@post-data")}));
    const KasirResult r = rig.run({QStringLiteral("checkout"), rig.writeOrder(orderJson()),
                                   QStringLiteral("--wait"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    const QJsonObject o = r.object();
    QCOMPARE(o.value(u"status").toString(), QStringLiteral("unknown"));
    QCOMPARE(o.value(u"reason").toString(), QStringLiteral("response_lost"));
    QVERIFY(o.value(u"redirect_url").isNull());
    const QString billNo = o.value(u"bill_no").toString();
    QVERIFY2(r.errText().contains(QStringLiteral("not sent again")), qPrintable(r.errText()));

    const KasirResult p = rig.run({QStringLiteral("pending")});
    QCOMPARE(p.exitCode, 0);
    QCOMPARE(p.array().size(), 1);
    QCOMPARE(p.array().at(0).toObject().value(u"bill_no").toString(), billNo);
    QCOMPARE(p.array().at(0).toObject().value(u"status").toString(), QStringLiteral("unknown"));
    const KasirResult s = rig.run({QStringLiteral("status"), billNo});
    QCOMPARE(s.exitCode, 3);
    QCOMPARE(s.object().value(u"status").toString(), QStringLiteral("unknown"));
    // The bill reached the sandbox once, and a resume does not post it again.
    QCOMPARE(rig.sandbox.posted(billNo), 1);
    const KasirResult resumed =
        rig.run({QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("1")});
    QCOMPARE(resumed.exitCode, 3);
    QCOMPARE(resumed.array().at(0).toObject().value(u"status").toString(),
             QStringLiteral("unknown"));
    QCOMPARE(rig.sandbox.posted(billNo), 1);
    QCOMPARE(rig.sandbox.bills().size(), 1);
}

void TestCliCommands::badRedirectIsNeverPrinted()
{
    CliRig rig;
    QVERIFY(
        rig.startSandbox({QStringLiteral("--fault"), QStringLiteral("redirect-bill@post-data")}));
    const KasirResult r = rig.run({QStringLiteral("checkout"), rig.writeOrder(orderJson()),
                                   QStringLiteral("--wait"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    const QJsonObject o = r.object();
    QCOMPARE(o.value(u"status").toString(), QStringLiteral("unknown"));
    QCOMPARE(o.value(u"reason").toString(), QStringLiteral("bad_redirect"));
    QVERIFY(o.value(u"redirect_url").isNull());
    QVERIFY(!r.errText().contains(QStringLiteral("redirect_url"))); // not on stderr either
    QVERIFY(!r.errText().contains(QStringLiteral("OTHERBILL0001")));
    QVERIFY2(r.errText().contains(QStringLiteral("does not belong")), qPrintable(r.errText()));
    const QString billNo = o.value(u"bill_no").toString();
    QCOMPARE(rig.sandbox.posted(billNo), 1);
    QVERIFY(!o.value(u"trx_id").toString().isEmpty()); // followed by inquiry, never re-posted
    const KasirResult p = rig.run({QStringLiteral("pending")});
    QCOMPARE(p.array().at(0).toObject().value(u"bill_no").toString(), billNo);
    QVERIFY(p.array().at(0).toObject().value(u"redirect_url").isNull());
}

void TestCliCommands::badInputSendsNothing_data()
{
    QTest::addColumn<QByteArray>("order"); // empty: no such file
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("expected"); // on stderr (English)

    const auto mutate = [](const std::function<void(QJsonObject &)> &change) -> QByteArray {
        QJsonObject o = QJsonDocument::fromJson(orderJson()).object();
        change(o);
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("no such file") << QByteArray() << QStringList()
                                  << QStringLiteral("cannot be read");
    QTest::newRow("not JSON") << QByteArray("{\"channel\": ") << QStringList()
                              << QStringLiteral("not a JSON object");
    QTest::newRow("qty 0") << mutate([](QJsonObject &o) {
        QJsonArray items = o.value(u"items").toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("qty"), 0);
        items.replace(0, first);
        o.insert(QStringLiteral("items"), items);
    }) << QStringList() << QStringLiteral("items[0].qty");
    QTest::newRow("bad phone") << mutate([](QJsonObject &o) {
        QJsonObject c = o.value(u"customer").toObject();
        c.insert(QStringLiteral("phone"), QStringLiteral("12"));
        o.insert(QStringLiteral("customer"), c);
    }) << QStringList() << QStringLiteral("customer.phone");
    QTest::newRow("bad e-mail") << mutate([](QJsonObject &o) {
        QJsonObject c = o.value(u"customer").toObject();
        c.insert(QStringLiteral("email"), QStringLiteral("budi@"));
        o.insert(QStringLiteral("customer"), c);
    }) << QStringList() << QStringLiteral("customer.email");
    QTest::newRow("empty cart") << mutate([](QJsonObject &o) {
        o.insert(QStringLiteral("items"), QJsonArray());
    }) << QStringList() << QStringLiteral("items");
    QTest::newRow("unknown fee") << mutate([](QJsonObject &o) {
        o.insert(QStringLiteral("fees"),
                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("tipfee")},
                                        {QStringLiteral("amount"), 5000}}});
    }) << QStringList() << QStringLiteral("fees[0].kind");
    QTest::newRow("Kredivo instalment under Rp 1.500.000") << mutate([](QJsonObject &o) {
        QJsonArray items = o.value(u"items").toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("unit_price"), 1000000);
        items.replace(0, first);
        o.insert(QStringLiteral("items"), items);
    }) << QStringList() << QStringLiteral("tenor");
    QTest::newRow("unknown channel") << mutate([](QJsonObject &o) {
        o.insert(QStringLiteral("channel"), QStringLiteral("gopay"));
    }) << QStringList() << QStringLiteral("channel");
    QTest::newRow("--wait not a number")
        << orderJson() << QStringList{QStringLiteral("--wait"), QStringLiteral("soon")}
        << QStringLiteral("--wait");
}

void TestCliCommands::badInputSendsNothing()
{
    QFETCH(QByteArray, order);
    QFETCH(QStringList, extra);
    QFETCH(QString, expected);
    CliRig rig;
    QVERIFY(rig.startSandbox());
    const QString path =
        order.isEmpty() ? rig.tmp.filePath(QStringLiteral("missing.json")) : rig.writeOrder(order);
    const KasirResult r = rig.run(QStringList{QStringLiteral("checkout"), path} + extra);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(r.out.trimmed().isEmpty());
    QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
    if (indonesianAvailable())
        QVERIFY2(problemLines(r.err) >= 2, qPrintable(r.errText()));
    // Nothing was sent: the sandbox has no bill, and Kasir recorded no attempt.
    QVERIFY(rig.sandbox.bills().isEmpty());
    const KasirResult p = rig.run({QStringLiteral("pending")});
    QVERIFY(p.array().isEmpty());
}

void TestCliCommands::badConfigurationSendsNothing_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value"); // null: removed
    QTest::addColumn<QString>("expected");
    QTest::newRow("gateway URL without password")
        << QStringLiteral("KASIR_FASPAY_PASSWORD") << QString()
        << QStringLiteral("KASIR_FASPAY_PASSWORD");
    QTest::newRow("gateway URL without merchant id")
        << QStringLiteral("KASIR_MERCHANT_ID") << QString() << QStringLiteral("KASIR_MERCHANT_ID");
    QTest::newRow("merchant id not 5 digits")
        << QStringLiteral("KASIR_MERCHANT_ID") << QStringLiteral("7777x")
        << QStringLiteral("5 digits");
    QTest::newRow("gateway not http(s)")
        << QStringLiteral("KASIR_GATEWAY_URL") << QStringLiteral("ftp://127.0.0.1/")
        << QStringLiteral("KASIR_GATEWAY_URL");
    QTest::newRow("gateway plain http to another computer")
        << QStringLiteral("KASIR_GATEWAY_URL") << QStringLiteral("http://example.com")
        << QStringLiteral("KASIR_GATEWAY_URL: Enter an https:// address (plain http:// only for "
                          "this computer, 127.0.0.1).");
    QTest::newRow("notification address malformed")
        << QStringLiteral("KASIR_NOTIFY_LISTEN") << QStringLiteral("everywhere")
        << QStringLiteral("host:port");
}

void TestCliCommands::badConfigurationSendsNothing()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    CliRig rig;
    QVERIFY(rig.startSandbox());
    const QString order = rig.writeOrder(orderJson());
    const KasirResult r =
        rig.run({QStringLiteral("checkout"), order, QStringLiteral("--wait"), QStringLiteral("5")},
                rig.environment({{variable, value}}));
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(r.out.trimmed().isEmpty());
    QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
    if (indonesianAvailable())
        QVERIFY2(problemLines(r.err) >= 2, qPrintable(r.errText()));
    QVERIFY(rig.sandbox.bills().isEmpty());
}

// The window and every command build their configuration the same way (AppContext): a
// KASIR_GATEWAY_URL that Settings would refuse stops a read-only command too, with the message
// Settings gives under its custom address, naming the variable.
void TestCliCommands::plainHttpGatewayRefusedAtStart()
{
    CliRig rig;
    const QProcessEnvironment env = rig.environment(
        {{QStringLiteral("KASIR_GATEWAY_URL"), QStringLiteral("http://example.com")}});
    for (const QStringList &command :
         {QStringList{QStringLiteral("pending")},
          QStringList{QStringLiteral("status"), QStringLiteral("K01ANYBILL")},
          QStringList{QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("1")}}) {
        const KasirResult r = rig.run(command, env);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.errText().contains(
                     QStringLiteral("kasir: KASIR_GATEWAY_URL: Enter an https:// address (plain "
                                    "http:// only for this computer, 127.0.0.1).")),
                 qPrintable(r.errText()));
    }
}

void TestCliCommands::statusOfAnUnknownBill()
{
    CliRig rig;
    QVERIFY(rig.startSandbox());
    // A journal exists (one sale), the asked bill is not in it.
    const KasirResult r = rig.run({QStringLiteral("checkout"), rig.writeOrder(orderJson())});
    QCOMPARE(r.exitCode, 3);
    const KasirResult s = rig.run({QStringLiteral("status"), QStringLiteral("K01NOSUCHBILL")});
    QVERIFY2(s.exitCode == 1, qPrintable(s.describe()));
    QVERIFY(s.errText().contains(QStringLiteral("K01NOSUCHBILL")));
    QCOMPARE(rig.run({QStringLiteral("status")}).exitCode, 1);
}

// `kasir sandbox` serves other programs as Faspay would: JSON labelled text/plain is accepted,
// with a warning on stderr; `--strict` refuses it as Kasir's own tests need.
void TestCliCommands::sandboxIsStrictOnlyWithTheFlag()
{
    const kasir::faspay::Credentials training{QStringLiteral("77777"),
                                              QStringLiteral("TOKO LATIHAN"), QString(),
                                              QStringLiteral("latihan-kasir")};
    const QJsonObject body{
        {QStringLiteral("request"), QStringLiteral("Request List of Payment Gateway")},
        {QStringLiteral("merchant_id"), training.merchantId},
        {QStringLiteral("merchant"), training.merchantName},
        {QStringLiteral("signature"), kasir::faspay::channelInquirySignature(training)},
    };
    const QString channels = QStringLiteral("/cvr/100001/10");

    SandboxProcess tolerant;
    QVERIFY(tolerant.start({}, SandboxProcess::Strictness::Tolerant));
    QCOMPARE(tolerant.postAsTextPlain(channels, body).value(u"response_code").toString(), u"00");
    QTRY_VERIFY2(tolerant.errText().contains(
                     u"POST /cvr/100001/10: tolerated as Faspay does, refused in strict mode: "
                     u"Content-Type \"text/plain\" for a JSON body"),
                 qPrintable(tolerant.errText()));

    SandboxProcess strict;
    QVERIFY(strict.start());
    const QJsonObject refused = strict.postAsTextPlain(channels, body);
    QCOMPARE(refused.value(u"response_error")[u"response_code"].toString(), u"30");
    QVERIFY2(!strict.errText().contains(u"tolerated"), qPrintable(strict.errText()));
}

void TestCliCommands::secondInstanceIsRefusedWhileReadersAnswer()
{
    CliRig rig;
    QVERIFY(rig.startSandbox());
    auto first = rig.launch({QStringLiteral("checkout"), rig.writeOrder(orderJson()),
                             QStringLiteral("--wait"), QStringLiteral("60")});
    QString billNo;
    QVERIFY2(first->waitForRedirect(&billNo), first->err().constData());

    // Another payment tracker of the same data folder is refused at once, sending nothing.
    const QString other = rig.writeOrder(orderJson(QStringLiteral("akulaku"), QStringLiteral("B")),
                                         QStringLiteral("other.json"));
    const KasirResult second = rig.run({QStringLiteral("checkout"), other});
    QVERIFY2(second.exitCode == 1, qPrintable(second.describe()));
    QVERIFY2(second.errText().contains(QString::number(first->pid())),
             qPrintable(second.errText())); // says who holds it
    const KasirResult resume = rig.run({QStringLiteral("resume")});
    QVERIFY2(resume.exitCode == 1, qPrintable(resume.describe()));
    QCOMPARE(rig.sandbox.bills().size(), 1);

    // The read-only commands answer beside it.
    const KasirResult status = rig.run({QStringLiteral("status"), billNo});
    QVERIFY2(status.exitCode == 3, qPrintable(status.describe()));
    QCOMPARE(status.object().value(u"status").toString(), QStringLiteral("pending"));
    const KasirResult pending = rig.run({QStringLiteral("pending")});
    QCOMPARE(pending.exitCode, 0);
    QCOMPARE(pending.array().size(), 1);
    QCOMPARE(pending.array().at(0).toObject().value(u"bill_no").toString(), billNo);

    QCOMPARE(rig.sandbox.act(billNo, QStringLiteral("approve")), 200);
    const KasirResult done = first->finish();
    QVERIFY2(done.exitCode == 0, qPrintable(done.describe()));
    // The lock went with it: a new tracker may start.
    QCOMPARE(rig.run({QStringLiteral("resume")}).exitCode, 0);
}

void TestCliCommands::almostFullDiskSendsNothing()
{
    // The data folder on a real 8 MiB file system, under the 16 MiB free-space margin: the
    // journal opens with payments disabled. Needs root and mount namespaces (util-linux).
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        QSKIP("needs util-linux unshare");
    CliRig rig;
    QVERIFY(rig.startSandbox());
    const QString order = rig.writeOrder(orderJson());
    QProcess p;
    p.setProcessEnvironment(rig.environment());
    p.start(unshare, {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("mount -t tmpfs -o size=8m tmpfs \"$0\" || exit 99; exec "
                                     "\"$1\" checkout \"$2\" --wait 5"),
                      rig.dataDir(), kasirExecutable(), order});
    QVERIFY(p.waitForFinished(60000));
    if (p.exitCode() == 99 || p.exitStatus() != QProcess::NormalExit)
        QSKIP("cannot mount a private tmpfs here (needs root and mount namespaces)");
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 1, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("almost full")), qPrintable(err));
    if (indonesianAvailable())
        QVERIFY2(problemLines(err.toUtf8()) >= 2, qPrintable(err));
    QVERIFY(rig.sandbox.bills().isEmpty());
}

void TestCliCommands::journalFailingMidFlightDoesNotHang()
{
    // The journal becomes unwritable while Post Data is out (root makes its files immutable;
    // chattr needs ext4/xfs): the answer cannot be recorded. checkout must neither hang nor
    // claim anything: it stops with "pending" and says payments are disabled; the bill was
    // posted once, and a later resume makes the attempt Unknown without posting again.
    const QString chattr = QStandardPaths::findExecutable(QStringLiteral("chattr"));
    if (chattr.isEmpty())
        QSKIP("needs chattr (e2fsprogs)");
    CliRig rig;
    QVERIFY(rig.startSandbox({QStringLiteral("--fault"), QStringLiteral("delay=2000@post-data")}));
    auto checkout = rig.launch({QStringLiteral("checkout"), rig.writeOrder(orderJson()),
                                QStringLiteral("--wait"), QStringLiteral("60")});
    QVERIFY2(checkout->waitForErr(QStringLiteral(": sending")), checkout->err().constData());
    const QStringList files{rig.journalPath(), rig.journalPath() + QStringLiteral("-wal")};
    const auto undo =
        qScopeGuard([&] { QProcess::execute(chattr, QStringList{QStringLiteral("-i")} + files); });
    if (QProcess::execute(chattr, QStringList{QStringLiteral("+i")} + files) != 0)
        QSKIP("chattr +i is not available here (needs root and ext4/xfs)");
    const KasirResult r = checkout->finish(30000);
    QVERIFY2(!r.timedOut, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(r.object().value(u"status").toString(), QStringLiteral("pending"));
    QCOMPARE(r.object().value(u"state").toString(), QStringLiteral("sending"));
    QVERIFY(r.object().value(u"redirect_url").isNull()); // nothing shown that is not recorded
    QVERIFY2(r.errText().contains(QStringLiteral("Payments are disabled")),
             qPrintable(r.errText()));
    const QString billNo = r.object().value(u"bill_no").toString();
    QCOMPARE(rig.sandbox.posted(billNo), 1);

    QProcess::execute(chattr, QStringList{QStringLiteral("-i")} + files);
    const KasirResult resumed =
        rig.run({QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("1")});
    QVERIFY2(resumed.exitCode == 3, qPrintable(resumed.describe()));
    QCOMPARE(resumed.array().at(0).toObject().value(u"status").toString(),
             QStringLiteral("unknown"));
    QCOMPARE(rig.sandbox.posted(billNo), 1);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
