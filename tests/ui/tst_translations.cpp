// The translation check: lupdate runs over core, ui and app into a copy of
// translations/kasir_id.ts, and every message must then have a finished Bahasa Indonesia
// translation with the same placeholders as its English source (%1, %2, %n). A string added to
// the code without its translation fails here. kasir_en.ts needs only its plural forms.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form
    bool unfinished = false;
    bool numerus = false;
    bool obsolete = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{
                context, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == u"yes",
                false};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == u"unfinished";
            current.obsolete = type == u"obsolete" || type == u"vanished";
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            out.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    out.sort();
    out.removeDuplicates();
    return out;
}

QString describe(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

// lupdate over the sources into a copy of `ts`; returns the copy's path.
QString updatedCopy(QTemporaryDir &dir, const QString &tsName)
{
    const QString copy = dir.filePath(tsName);
    QFile::copy(QStringLiteral(KASIR_SOURCE_DIR "/translations/") + tsName, copy);
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(KASIR_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(KASIR_LUPDATE),
                  {QStringLiteral("-recursive"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   // Includes are repository-relative ("ui/cashier/mainwindow.h"): lupdate needs
                   // them to know the namespace of each class (the context "kasir::MainWindow").
                   QStringLiteral("-I"), QStringLiteral(KASIR_SOURCE_DIR), QStringLiteral("-I"),
                   QStringLiteral(KASIR_BINARY_DIR "/generated"), QStringLiteral("core"),
                   QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        qWarning("lupdate failed: %s", lupdate.readAll().constData());
    return copy;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indonesianIsComplete()
    {
        QTemporaryDir dir;
        const QString copy = updatedCopy(dir, QStringLiteral("kasir_id.ts"));
        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The code has hundreds of messages: an empty list means lupdate found nothing.
        QVERIFY(messages.size() > 300);
        QStringList unfinished;
        QStringList badPlaceholders;
        for (const Message &m : messages) {
            if (m.obsolete)
                continue;
            const bool empty = m.translations.isEmpty() ||
                               std::any_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString &t) { return t.isEmpty(); });
            if (m.unfinished || empty) {
                unfinished.append(describe(m));
                continue;
            }
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    badPlaceholders.append(describe(m) + QStringLiteral(" -> \"") + t +
                                           QLatin1Char('"'));
            }
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) without a finished Indonesian "
                                           "translation (run the kasir_lupdate target and "
                                           "translate them in translations/kasir_id.ts):\n  %2")
                                .arg(unfinished.size())
                                .arg(unfinished.join(QStringLiteral("\n  ")))));
        QVERIFY2(badPlaceholders.isEmpty(),
                 qPrintable(QStringLiteral("placeholders differ:\n  ") +
                            badPlaceholders.join(QStringLiteral("\n  "))));
    }

    void committedFileIsUpToDate()
    {
        // The committed kasir_id.ts already holds every message of the code (the lupdate
        // target was run): the build's .qm then has them all.
        QTemporaryDir dir;
        const QString copy = updatedCopy(dir, QStringLiteral("kasir_id.ts"));
        QString error;
        QSet<QString> committed;
        for (const Message &m :
             readTs(QStringLiteral(KASIR_SOURCE_DIR "/translations/kasir_id.ts"), &error))
            committed.insert(describe(m));
        QStringList missing;
        for (const Message &m : readTs(copy, &error)) {
            if (!m.obsolete && !committed.contains(describe(m)))
                missing.append(describe(m));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n  "))));
    }

    void englishPluralsAreComplete()
    {
        QTemporaryDir dir;
        const QString copy = updatedCopy(dir, QStringLiteral("kasir_en.ts"));
        QString error;
        QStringList missing;
        for (const Message &m : readTs(copy, &error)) {
            if (m.numerus && !m.obsolete &&
                (m.unfinished || m.translations.size() != 2 || m.translations.contains(QString())))
                missing.append(describe(m));
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
