#include "core/sandbox/trainingsandbox.h"
#include "sandboxtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kasir;
using namespace kasir::test;

// What real Faspay accepts although Kasir never sends it (Part A §15), over real loopback
// sockets: accepted with a warning on the "kasir.sandbox" log by default, refused as before in
// strict mode (what Kasir's own tests and training mode use). Kredivo without reserve2 is
// refused either way.
class TestSandboxTolerance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kasirsOwnFormsRaiseNoWarning();
    void jsonAsTextPlain_data();
    void jsonAsTextPlain();
    void otherTextTypesStayRefused();
    void otherRequestLabel_data();
    void otherRequestLabel();
    void answerFieldsInAnInquiry_data();
    void answerFieldsInAnInquiry();
    void otherFieldsInAnInquiryStayRefused();
    void datesInLocalTime_data();
    void datesInLocalTime();
    void garbageDatesStayRefused_data();
    void garbageDatesStayRefused();
    void kredivoWithoutReserve2IsRefused_data();
    void kredivoWithoutReserve2IsRefused();
    void thirdPartyClientPostData();
};

namespace {

const QString Channels = QStringLiteral("/cvr/100001/10");
const QString PostData = QStringLiteral("/cvr/300011/10");
const QString Inquiry = QStringLiteral("/cvr/100004/10");
const QString Cancel = QStringLiteral("/cvr/100005/10");

// The warnings of the "kasir.sandbox" category while it lives; every other message goes on to
// the handler before it (Qt Test's).
class SandboxWarnings
{
public:
    SandboxWarnings()
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&SandboxWarnings::handle);
    }
    ~SandboxWarnings()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    SandboxWarnings(const SandboxWarnings &) = delete;
    SandboxWarnings &operator=(const SandboxWarnings &) = delete;

    QStringList messages;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        SandboxWarnings *self = s_current;
        if (!self)
            return;
        if (type == QtWarningMsg && qstrcmp(context.category, "kasir.sandbox") == 0) {
            self->messages.append(message);
            return;
        }
        if (self->m_previous)
            self->m_previous(type, context, message);
    }

    static inline SandboxWarnings *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
};

SandboxConfig configFor(bool strict)
{
    SandboxConfig config;
    config.strict = strict;
    return config;
}

// A sandbox as configured: tolerant (`kasir sandbox`) or strict.
struct Rig
{
    explicit Rig(bool strict)
        : f(configFor(strict), SandboxFixture::Strictness::AsConfigured)
    {}

    HttpResult send(const QString &path, const QJsonObject &body,
                    const QByteArray &contentType = "application/json")
    {
        return f.http.post(f.url(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                           contentType);
    }
    // A Kredivo bill posted the way Kasir posts it; its trx_id.
    QString createBill(const QString &billNo)
    {
        const QJsonObject answer = f.createBill(billNo);
        if (answer.value(u"response_code").toString() != u"00")
            qFatal("bill not created: %s", QJsonDocument(answer).toJson().constData());
        return answer.value(u"trx_id").toString();
    }

    SandboxFixture f;
};

std::pair<QString, QString> errorOf(const QJsonObject &answer)
{
    const QJsonObject error = answer.value(QLatin1String("response_error")).toObject();
    return {error.value(QLatin1String("response_code")).toString(),
            error.value(QLatin1String("response_desc")).toString()};
}

// "yyyy-MM-dd HH:mm:ss" for a UTC instant at an offset from UTC.
QString localText(const QDateTime &utc, int offsetSecs)
{
    const QDateTime local = utc.toUTC().addSecs(offsetSecs);
    return local.date().toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm:ss"));
}

void addModes()
{
    QTest::addColumn<bool>("strict");
}

} // namespace

// The baseline: what Kasir sends is never "tolerated", whatever the mode.
void TestSandboxTolerance::kasirsOwnFormsRaiseNoWarning()
{
    SandboxWarnings warnings;
    Rig rig(false);
    const faspay::Credentials c = rig.f.credentials();
    QCOMPARE(rig.send(Channels, channelInquiryBody(c)).json().value(u"response_code").toString(),
             u"00");
    const QString trxId = rig.createBill(QStringLiteral("K01N0001"));
    QCOMPARE(rig.send(Inquiry, statusInquiryBody(c, trxId, QStringLiteral("K01N0001")))
                 .json()
                 .value(u"response_code")
                 .toString(),
             u"00");
    QCOMPARE(rig.send(Cancel, cancelBody(c, trxId, QStringLiteral("K01N0001")))
                 .json()
                 .value(u"payment_status_code")
                 .toString(),
             u"8");
    QVERIFY2(warnings.messages.isEmpty(), qPrintable(warnings.messages.join(u'\n')));
}

void TestSandboxTolerance::jsonAsTextPlain_data()
{
    QTest::addColumn<QString>("path");
    addModes();
    for (const QString &path : {Channels, PostData, Inquiry, Cancel}) {
        QTest::addRow("%s tolerant", qPrintable(path)) << path << false;
        QTest::addRow("%s strict", qPrintable(path)) << path << true;
    }
}

void TestSandboxTolerance::jsonAsTextPlain()
{
    QFETCH(QString, path);
    QFETCH(bool, strict);
    SandboxWarnings warnings;
    Rig rig(strict);
    const faspay::Credentials c = rig.f.credentials();
    QJsonObject body;
    if (path == Channels) {
        body = channelInquiryBody(c);
    } else if (path == PostData) {
        body =
            validPostData(c, QStringLiteral("K01P0001"), QStringLiteral("807"), rig.f.clock.now());
    } else {
        const QString trxId = rig.createBill(QStringLiteral("K01P0001"));
        body = path == Inquiry ? statusInquiryBody(c, trxId, QStringLiteral("K01P0001"))
                               : cancelBody(c, trxId, QStringLiteral("K01P0001"));
    }

    const HttpResult result = rig.send(path, body, "text/plain;charset=UTF-8");
    QCOMPARE(result.status, 200);
    const QJsonObject answer = result.json();
    if (strict) {
        const auto [code, desc] = errorOf(answer);
        QCOMPARE(code, u"30");
        QCOMPARE(desc, u"Format error: Content-Type \"text/plain;charset=UTF-8\" must be "
                       u"application/json");
        QVERIFY(warnings.messages.isEmpty());
        if (path == PostData)
            QVERIFY(rig.f.sandbox->bills().isEmpty());
        return;
    }
    QVERIFY2(!answer.contains(u"response_error"), result.body.constData());
    QCOMPARE(answer.value(u"response_code").toString(), u"00");
    if (path == PostData)
        QCOMPARE(rig.f.sandbox->bills().size(), 1);
    if (path == Cancel)
        QCOMPARE(rig.f.sandbox->bill(QStringLiteral("K01P0001"))->paymentStatus,
                 SandboxStatus::Cancelled);
    QCOMPARE(warnings.messages.size(), 1);
    const QString warning = warnings.messages.constFirst();
    QVERIFY2(warning.startsWith(QStringLiteral("POST ") + path), qPrintable(warning));
    QVERIFY2(warning.contains(u"tolerated as Faspay does, refused in strict mode: Content-Type "
                              u"\"text/plain;charset=UTF-8\" for a JSON body"),
             qPrintable(warning));
}

// Only JSON labelled text/plain is Faspay's habit; anything else is refused in both modes.
void TestSandboxTolerance::otherTextTypesStayRefused()
{
    SandboxWarnings warnings;
    Rig rig(false);
    const faspay::Credentials c = rig.f.credentials();
    const QByteArray json = QJsonDocument(channelInquiryBody(c)).toJson(QJsonDocument::Compact);
    const struct
    {
        QByteArray contentType;
        QByteArray body;
    } cases[] = {
        {"application/x-www-form-urlencoded", json},
        {"text/html", json},
        {"text/plain", "merchant_id=77777"},
    };
    for (const auto &[contentType, body] : cases) {
        const HttpResult result = rig.f.http.post(rig.f.url(Channels), body, contentType);
        const auto [code, desc] = errorOf(result.json());
        QCOMPARE(code, u"30");
        QVERIFY2(desc.contains(u"Content-Type"), qPrintable(desc));
    }
    QVERIFY(warnings.messages.isEmpty());
}

void TestSandboxTolerance::otherRequestLabel_data()
{
    addModes();
    QTest::newRow("tolerant") << false;
    QTest::newRow("strict") << true;
}

void TestSandboxTolerance::otherRequestLabel()
{
    QFETCH(bool, strict);
    SandboxWarnings warnings;
    Rig rig(strict);
    QJsonObject body = validPostData(rig.f.credentials(), QStringLiteral("K01R0001"),
                                     QStringLiteral("820"), rig.f.clock.now());
    body.insert(QStringLiteral("request"), QStringLiteral("Request List of Payment Gateway"));
    const QJsonObject answer = rig.send(PostData, body).json();
    if (strict) {
        const auto [code, desc] = errorOf(answer);
        QCOMPARE(code, u"30");
        QCOMPARE(desc, u"Format error: request \"Request List of Payment Gateway\" must be \"Post "
                       u"Data Transaction\"");
        QVERIFY(rig.f.sandbox->bills().isEmpty());
        QVERIFY(warnings.messages.isEmpty());
        return;
    }
    QCOMPARE(answer.value(u"response_code").toString(), u"00");
    QVERIFY(rig.f.sandbox->bill(QStringLiteral("K01R0001")));
    QCOMPARE(warnings.messages.size(), 1);
    QVERIFY2(warnings.messages.constFirst().contains(
                 u"POST /cvr/300011/10 bill_no=K01R0001: tolerated as Faspay does, refused in "
                 u"strict mode: request \"Request List of Payment Gateway\""),
             qPrintable(warnings.messages.constFirst()));
}

void TestSandboxTolerance::answerFieldsInAnInquiry_data()
{
    addModes();
    QTest::newRow("tolerant") << false;
    QTest::newRow("strict") << true;
}

void TestSandboxTolerance::answerFieldsInAnInquiry()
{
    QFETCH(bool, strict);
    SandboxWarnings warnings;
    Rig rig(strict);
    const QString trxId = rig.createBill(QStringLiteral("K01I0001"));
    QVERIFY(rig.f.sandbox->approve(QStringLiteral("K01I0001")));
    QJsonObject body = statusInquiryBody(rig.f.credentials(), trxId, QStringLiteral("K01I0001"));
    // What the client last saw, echoed back: Faspay ignores it.
    body.insert(QStringLiteral("payment_status_code"), QStringLiteral("0"));
    body.insert(QStringLiteral("payment_status_desc"), QStringLiteral("Belum diproses"));
    const QJsonObject answer = rig.send(Inquiry, body).json();
    if (strict) {
        const auto [code, desc] = errorOf(answer);
        QCOMPARE(code, u"84");
        QCOMPARE(desc, u"Unregistered parameters: payment_status_code is not a field of this "
                       u"request");
        QVERIFY(warnings.messages.isEmpty());
        return;
    }
    QCOMPARE(answer.value(u"response_code").toString(), u"00");
    QCOMPARE(answer.value(u"payment_status_code").toString(), u"2"); // the bill's, not the echo
    QCOMPARE(warnings.messages.size(), 2);
    QVERIFY2(warnings.messages[0].contains(u"bill_no=K01I0001: tolerated as Faspay does, refused "
                                           u"in strict mode: payment_status_code \"0\", not a "
                                           u"field of Inquiry Payment Status (ignored)"),
             qPrintable(warnings.messages[0]));
    QVERIFY2(warnings.messages[1].contains(u"payment_status_desc \"Belum diproses\""),
             qPrintable(warnings.messages[1]));
}

void TestSandboxTolerance::otherFieldsInAnInquiryStayRefused()
{
    SandboxWarnings warnings;
    Rig rig(false);
    const QString trxId = rig.createBill(QStringLiteral("K01I0002"));
    QJsonObject body = statusInquiryBody(rig.f.credentials(), trxId, QStringLiteral("K01I0002"));
    body.insert(QStringLiteral("payment_total"), QStringLiteral("166000000"));
    const auto [code, desc] = errorOf(rig.send(Inquiry, body).json());
    QCOMPARE(code, u"84");
    QVERIFY2(desc.contains(u"payment_total"), qPrintable(desc));
    // A number is not a JSON string (Part A §2), tolerated field or not.
    body = statusInquiryBody(rig.f.credentials(), trxId, QStringLiteral("K01I0002"));
    body.insert(QStringLiteral("payment_status_code"), 0);
    const auto [typeCode, typeDesc] = errorOf(rig.send(Inquiry, body).json());
    QCOMPARE(typeCode, u"30");
    QVERIFY2(typeDesc.contains(u"payment_status_code must be a JSON string"), qPrintable(typeDesc));
    QVERIFY(warnings.messages.isEmpty());
}

void TestSandboxTolerance::datesInLocalTime_data()
{
    QTest::addColumn<int>("offsetSecs");
    QTest::addColumn<int>("skewSecs"); // how late the bill_date is, as written
    QTest::addColumn<QString>("offsetText");
    addModes();
    const struct
    {
        const char *name;
        int offsetSecs;
        int skewSecs;
        const char *text;
    } zones[] = {
        {"UTC", 0, 0, "UTC+00:00"},
        {"UTC, 4 minutes late", 0, -240, "UTC+00:00"},
        {"WITA (Makassar)", 8 * 3600, 0, "UTC+08:00"},
        {"WIT (Jayapura)", 9 * 3600, 90, "UTC+09:00"},
        {"Kathmandu", 5 * 3600 + 45 * 60, 0, "UTC+05:45"},
        {"Newfoundland", -(3 * 3600 + 30 * 60), 0, "UTC-03:30"},
        {"New York", -5 * 3600, 0, "UTC-05:00"},
        {"Kiritimati", 14 * 3600, 0, "UTC+14:00"},
        {"Baker Island", -12 * 3600, 0, "UTC-12:00"},
    };
    for (const auto &zone : zones) {
        QTest::addRow("%s tolerant", zone.name)
            << zone.offsetSecs << zone.skewSecs << QString::fromLatin1(zone.text) << false;
        QTest::addRow("%s strict", zone.name)
            << zone.offsetSecs << zone.skewSecs << QString::fromLatin1(zone.text) << true;
    }
}

void TestSandboxTolerance::datesInLocalTime()
{
    QFETCH(int, offsetSecs);
    QFETCH(int, skewSecs);
    QFETCH(QString, offsetText);
    QFETCH(bool, strict);
    SandboxWarnings warnings;
    Rig rig(strict);
    const QDateTime now = rig.f.clock.now(); // 2026-11-23 03:00 UTC
    QJsonObject body =
        validPostData(rig.f.credentials(), QStringLiteral("K01T0001"), QStringLiteral("709"), now);
    const QDateTime written = now.addSecs(skewSecs);
    const QString billDate = localText(written, offsetSecs);
    body.insert(QStringLiteral("bill_date"), billDate);
    body.insert(QStringLiteral("bill_expired"), localText(written.addSecs(3600), offsetSecs));
    const QJsonObject answer = rig.send(PostData, body).json();
    if (strict) {
        const auto [code, desc] = errorOf(answer);
        QCOMPARE(code, u"30");
        QCOMPARE(desc, QStringLiteral("Format error: bill_date \"%1\" is not the current Jakarta "
                                      "time (WIB, UTC+7); the gateway's time is \"2026-11-23 "
                                      "10:00:00\"")
                           .arg(billDate));
        QVERIFY(warnings.messages.isEmpty());
        return;
    }
    QCOMPARE(answer.value(u"response_code").toString(), u"00");
    // Read at the caller's offset: the bill lives the hour the caller gave it.
    const std::optional<SandboxBill> bill = rig.f.sandbox->bill(QStringLiteral("K01T0001"));
    QVERIFY(bill);
    QCOMPARE(bill->billDate, written);
    QCOMPARE(bill->expiresAt, written.addSecs(3600));
    QCOMPARE(bill->paymentStatus, SandboxStatus::Unprocessed);
    QCOMPARE(warnings.messages.size(), 1);
    QVERIFY2(warnings.messages.constFirst().contains(
                 QStringLiteral("tolerated as Faspay does, refused in strict mode: bill_date "
                                "\"%1\" in %2, not Jakarta time")
                     .arg(billDate, offsetText)),
             qPrintable(warnings.messages.constFirst()));
}

void TestSandboxTolerance::garbageDatesStayRefused_data()
{
    QTest::addColumn<QString>("billDate");
    QTest::addColumn<QString>("billExpired");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("problem");
    addModes();
    const QDateTime now = ManualClock().now(); // 2026-11-23 03:00 UTC, 10:00 WIB
    const struct
    {
        const char *name;
        QString billDate;
        QString billExpired;
        const char *field;
        const char *problem;
    } cases[] = {
        {"a day early", QStringLiteral("2026-11-22 10:00:00"),
         QStringLiteral("2026-11-22 11:00:00"), "bill_date", "is not the current Jakarta time"},
        {"past UTC+14", localText(now, 14 * 3600 + 30 * 60),
         localText(now.addSecs(3600), 14 * 3600 + 30 * 60), "bill_date",
         "is not the current Jakarta time"},
        {"before UTC-12", localText(now, -13 * 3600), localText(now.addSecs(3600), -13 * 3600),
         "bill_date", "is not the current Jakarta time"},
        {"20 minutes past UTC+14", localText(now.addSecs(1200), 14 * 3600),
         localText(now.addSecs(4800), 14 * 3600), "bill_date", "is not the current Jakarta time"},
        {"without seconds", QStringLiteral("2026-11-23 03:00"),
         QStringLiteral("2026-11-23 04:00:00"), "bill_date", "must be yyyy-MM-dd HH:mm:ss"},
        {"ISO with a zone", QStringLiteral("2026-11-23T03:00:00Z"),
         QStringLiteral("2026-11-23 04:00:00"), "bill_date", "must be yyyy-MM-dd HH:mm:ss"},
        {"not a date", QStringLiteral("2026-02-30 03:00:00"), QStringLiteral("2026-02-30 04:00:00"),
         "bill_date", "must be yyyy-MM-dd HH:mm:ss"},
        {"expired before the date", QStringLiteral("2026-11-23 03:00:00"),
         QStringLiteral("2026-11-23 02:59:00"), "bill_expired", "must be after bill_date"},
    };
    for (const auto &c : cases) {
        for (bool strict : {false, true}) {
            QTest::addRow("%s %s", c.name, strict ? "strict" : "tolerant")
                << c.billDate << c.billExpired << QString::fromLatin1(c.field)
                << QString::fromLatin1(c.problem) << strict;
        }
    }
}

void TestSandboxTolerance::garbageDatesStayRefused()
{
    QFETCH(QString, billDate);
    QFETCH(QString, billExpired);
    QFETCH(QString, field);
    QFETCH(QString, problem);
    QFETCH(bool, strict);
    SandboxWarnings warnings;
    Rig rig(strict);
    QJsonObject body = validPostData(rig.f.credentials(), QStringLiteral("K01G0001"),
                                     QStringLiteral("807"), rig.f.clock.now());
    body.insert(QStringLiteral("bill_date"), billDate);
    body.insert(QStringLiteral("bill_expired"), billExpired);
    const auto [code, desc] = errorOf(rig.send(PostData, body).json());
    QCOMPARE(code, u"30");
    QVERIFY2(desc.startsWith(QStringLiteral("Format error: ") + field), qPrintable(desc));
    QVERIFY2(desc.contains(problem), qPrintable(desc));
    QVERIFY(rig.f.sandbox->bills().isEmpty());
    QVERIFY(warnings.messages.isEmpty());
}

void TestSandboxTolerance::kredivoWithoutReserve2IsRefused_data()
{
    addModes();
    QTest::newRow("tolerant") << false;
    QTest::newRow("strict") << true;
}

void TestSandboxTolerance::kredivoWithoutReserve2IsRefused()
{
    QFETCH(bool, strict);
    SandboxWarnings warnings;
    Rig rig(strict);
    for (const bool blank : {false, true}) {
        QJsonObject body = validPostData(rig.f.credentials(), QStringLiteral("K01K0001"),
                                         QStringLiteral("709"), rig.f.clock.now());
        if (blank)
            body.insert(QStringLiteral("reserve2"), QString());
        else
            body.remove(QStringLiteral("reserve2"));
        const auto [code, desc] = errorOf(rig.send(PostData, body).json());
        QCOMPARE(code, u"83");
        QCOMPARE(desc, u"Parameter is mandatory: reserve2 is missing or empty: Kredivo needs the "
                       u"tenor (30_days, 3_months, 6_months, 12_months)");
    }
    QVERIFY(rig.f.sandbox->bills().isEmpty());
    QVERIFY(warnings.messages.isEmpty());
}

// Everything the third-party client does at once (Part A §15): accepted with one warning per
// form; strict, the first check refuses it. Without reserve2 it is refused in both modes, and
// the forms it used are still named.
void TestSandboxTolerance::thirdPartyClientPostData()
{
    const auto clientBody = [](Rig &rig, const QString &billNo, const QString &channel) {
        QJsonObject body = validPostData(rig.f.credentials(), billNo, channel, rig.f.clock.now());
        body.insert(QStringLiteral("request"), QStringLiteral("Request List of Payment Gateway"));
        body.insert(QStringLiteral("bill_date"), localText(rig.f.clock.now(), 0));
        body.insert(QStringLiteral("bill_expired"), localText(rig.f.clock.now().addSecs(7200), 0));
        return body;
    };
    {
        SandboxWarnings warnings;
        Rig rig(false);
        const QJsonObject answer =
            rig.send(PostData, clientBody(rig, QStringLiteral("K01C0001"), QStringLiteral("807")),
                     "text/plain")
                .json();
        QCOMPARE(answer.value(u"response_code").toString(), u"00");
        QCOMPARE(warnings.messages.size(), 3);
        QVERIFY(warnings.messages[0].contains(u"Content-Type \"text/plain\""));
        QVERIFY(warnings.messages[1].contains(u"request \"Request List of Payment Gateway\""));
        QVERIFY(warnings.messages[2].contains(u"in UTC+00:00"));

        warnings.messages.clear();
        QJsonObject kredivo = clientBody(rig, QStringLiteral("K01C0002"), QStringLiteral("709"));
        kredivo.remove(QStringLiteral("reserve2"));
        const auto [code, desc] = errorOf(rig.send(PostData, kredivo, "text/plain").json());
        QCOMPARE(code, u"83");
        QVERIFY2(desc.contains(u"reserve2"), qPrintable(desc));
        QCOMPARE(warnings.messages.size(), 3);
        QCOMPARE(rig.f.sandbox->bills().size(), 1);
    }
    {
        SandboxWarnings warnings;
        Rig rig(true);
        const auto [code, desc] = errorOf(
            rig.send(PostData, clientBody(rig, QStringLiteral("K01C0003"), QStringLiteral("807")),
                     "text/plain")
                .json());
        QCOMPARE(code, u"30");
        QVERIFY2(desc.contains(u"Content-Type"), qPrintable(desc));
        QVERIFY(rig.f.sandbox->bills().isEmpty());
        QVERIFY(warnings.messages.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSandboxTolerance)
#include "tst_sandboxtolerance.moc"
