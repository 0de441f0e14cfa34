#include "core/sandbox/sandboxledger.h"
#include "sandboxtestsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace kasir;
using namespace kasir::test;

// The sandbox's ledger on its own: Faspay's four calls as request -> answer functions on JSON
// objects, with a ManualClock and no HTTP.
class TestSandboxLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void channelInquiry();
    void postDataCreatesABill();
    void postDataRefusals();
    void inquiryPaymentStatus();
    void cancel();
    void settledOnApproveAndDecline();
    void toleratedFormsAreReported();
};

namespace {

const QUrl Base(QStringLiteral("http://sandbox.test:8080"));

SandboxConfig strictConfig()
{
    SandboxConfig config;
    config.strict = true;
    return config;
}

struct Books
{
    explicit Books(SandboxConfig config = strictConfig())
        : ledger(std::move(config), &clock)
    {
        ledger.setBaseUrl(Base);
    }
    faspay::Credentials credentials() const { return ledger.config().credentials(); }
    SandboxAnswer post(const QString &billNo, const QString &channel = QStringLiteral("709"))
    {
        return ledger.postData(validPostData(credentials(), billNo, channel, clock.now()));
    }
    SandboxAnswer inquiry(const QString &trxId, const QString &billNo)
    {
        return ledger.inquiryPaymentStatus(statusInquiryBody(credentials(), trxId, billNo));
    }

    ManualClock clock;
    SandboxLedger ledger;
};

QString field(const SandboxAnswer &answer, const char *name)
{
    return answer.body.value(QLatin1String(name)).toString();
}

} // namespace

void TestSandboxLedger::channelInquiry()
{
    Books books;
    const SandboxAnswer answer =
        books.ledger.channelInquiry(channelInquiryBody(books.credentials()));
    QVERIFY(!answer.refused());
    QCOMPARE(answer.responseCode, u"00");
    QMap<QString, QString> channels;
    for (const QJsonValue &value : answer.body.value(u"payment_channel").toArray())
        channels.insert(value[u"pg_code"].toString(), value[u"pg_name"].toString());
    const QMap<QString, QString> expected = {{QStringLiteral("709"), QStringLiteral("Kredivo")},
                                             {QStringLiteral("807"), QStringLiteral("Akulaku")},
                                             {QStringLiteral("820"), QStringLiteral("Indodana")},
                                             {QStringLiteral("721"), QStringLiteral("BRI Ceria")}};
    QCOMPARE(channels, expected);
    QCOMPARE(books.ledger.channels(), expected);

    QJsonObject withoutSignature = channelInquiryBody(books.credentials());
    withoutSignature.remove(QStringLiteral("signature"));
    const SandboxAnswer refused = books.ledger.channelInquiry(withoutSignature);
    QVERIFY(refused.refused());
    QCOMPARE(refused.responseCode, u"83");
    QCOMPARE(refused.refusal->field, u"signature");
    QCOMPARE(refused.body.value(u"response_error")[u"response_code"].toString(), u"83");
}

void TestSandboxLedger::postDataCreatesABill()
{
    Books books;
    QSignalSpy changed(&books.ledger, &SandboxLedger::billChanged);
    const SandboxAnswer answer = books.post(QStringLiteral("K01L0001"), QStringLiteral("721"));
    QVERIFY2(!answer.refused(), qPrintable(answer.description));
    QCOMPARE(answer.responseCode, u"00");
    QCOMPARE(answer.description, u"Sukses");
    QVERIFY(answer.tolerated.isEmpty());
    const QString trxId = field(answer, "trx_id");
    QCOMPARE(trxId.size(), 16);
    QVERIFY(trxId.startsWith(u"77777"));
    const QUrl redirect(field(answer, "redirect_url"));
    QCOMPARE(redirect.host(), Base.host());
    QCOMPARE(redirect.port(), Base.port());
    QVERIFY(redirect.path().startsWith(QStringLiteral("/pws/100003/") + SandboxLedger::pathCode()));
    QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("bill_no")), u"K01L0001");
    QCOMPARE(changed.size(), 1);

    const std::optional<SandboxBill> bill = books.ledger.bill(QStringLiteral("K01L0001"));
    QVERIFY(bill);
    QCOMPARE(bill->trxId, trxId);
    QCOMPARE(bill->channelName, u"BRI Ceria");
    QCOMPARE(bill->total.rupiah(), ValidTotalRupiah);
    QCOMPARE(bill->expiresAt, books.clock.now().addSecs(3600));
    QCOMPARE(bill->paymentStatus, SandboxStatus::Unprocessed);
    QCOMPARE(books.ledger.bills().size(), 1);
}

void TestSandboxLedger::postDataRefusals()
{
    Books books;
    QVERIFY(!books.post(QStringLiteral("K01L0002")).refused());
    const SandboxAnswer again = books.post(QStringLiteral("K01L0002"));
    QVERIFY(again.refused());
    QCOMPARE(again.responseCode, u"14");
    QCOMPARE(again.refusal->field, u"bill_no");

    QJsonObject badSignature = validPostData(books.credentials(), QStringLiteral("K01L0003"),
                                             QStringLiteral("807"), books.clock.now());
    badSignature.insert(QStringLiteral("signature"), QString(40, u'0'));
    const SandboxAnswer refused = books.ledger.postData(badSignature);
    QCOMPARE(refused.responseCode, u"55");
    QCOMPARE(refused.body.keys(), QStringList{QStringLiteral("response_error")});
    QVERIFY(!books.ledger.bill(QStringLiteral("K01L0003")));
    QCOMPARE(books.ledger.bills().size(), 1);
}

void TestSandboxLedger::inquiryPaymentStatus()
{
    Books books;
    const QString trxId = field(books.post(QStringLiteral("K01L0004")), "trx_id");
    SandboxAnswer status = books.inquiry(trxId, QStringLiteral("K01L0004"));
    QCOMPARE(field(status, "payment_status_code"), u"0");
    QCOMPARE(status.description, u"Sukses, payment_status_code 0");
    QVERIFY(field(status, "payment_total").isEmpty());

    QVERIFY(books.ledger.approve(QStringLiteral("K01L0004")));
    status = books.inquiry(trxId, QStringLiteral("K01L0004"));
    QCOMPARE(field(status, "payment_status_code"), u"2");
    QCOMPARE(field(status, "payment_total"), QString::number(ValidTotalRupiah));
    QVERIFY(field(status, "payment_reff").startsWith(u"LAT709"));

    // The pair names no bill: 5. An unpaid bill past its bill_expired: 7.
    QCOMPARE(field(books.inquiry(QStringLiteral("7777700000000001"), QStringLiteral("K01L0004")),
                   "payment_status_code"),
             u"5");
    const QString later = field(books.post(QStringLiteral("K01L0005")), "trx_id");
    books.clock.advanceSecs(3600);
    QCOMPARE(field(books.inquiry(later, QStringLiteral("K01L0005")), "payment_status_code"), u"7");
    QCOMPARE(books.ledger.bill(QStringLiteral("K01L0005"))->paymentStatus, SandboxStatus::Expired);
}

void TestSandboxLedger::cancel()
{
    Books books;
    const faspay::Credentials c = books.credentials();
    const QString open = field(books.post(QStringLiteral("K01L0006")), "trx_id");
    SandboxAnswer answer = books.ledger.cancel(cancelBody(c, open, QStringLiteral("K01L0006")));
    QCOMPARE(answer.responseCode, u"00");
    QCOMPARE(field(answer, "payment_status_code"), u"8");
    QCOMPARE(field(answer, "trx_status_code"), u"2");
    QCOMPARE(books.ledger.bill(QStringLiteral("K01L0006"))->cancelReason, u"Pembeli batal");
    QVERIFY(!books.ledger.approve(QStringLiteral("K01L0006")));

    const QString paid = field(books.post(QStringLiteral("K01L0007")), "trx_id");
    QVERIFY(books.ledger.approve(QStringLiteral("K01L0007")));
    answer = books.ledger.cancel(cancelBody(c, paid, QStringLiteral("K01L0007")));
    QCOMPARE(answer.responseCode, u"81");
    QCOMPARE(field(answer, "payment_status_code"), u"2");

    answer = books.ledger.cancel(
        cancelBody(c, QStringLiteral("7777700000000001"), QStringLiteral("K01L0099")));
    QCOMPARE(answer.responseCode, u"14");
    QCOMPARE(field(answer, "trx_status_code"), u"7");
}

void TestSandboxLedger::settledOnApproveAndDecline()
{
    Books books;
    QSignalSpy settled(&books.ledger, &SandboxLedger::settled);
    books.post(QStringLiteral("K01L0008"));
    books.post(QStringLiteral("K01L0009"));
    QVERIFY(books.ledger.beginPayment(QStringLiteral("K01L0008")));
    QCOMPARE(books.ledger.bill(QStringLiteral("K01L0008"))->paymentStatus,
             SandboxStatus::InProcess);
    QVERIFY(books.ledger.approve(QStringLiteral("K01L0008"), QStringLiteral("3_months")));
    QVERIFY(books.ledger.decline(QStringLiteral("K01L0009")));
    QCOMPARE(settled.size(), 2);
    const auto first = settled[0][0].value<SandboxBill>();
    QCOMPARE(first.billNo, u"K01L0008");
    QCOMPARE(first.paymentStatus, SandboxStatus::Paid);
    QCOMPARE(first.chosenTenor, u"3_months");
    QCOMPARE(settled[1][0].value<SandboxBill>().paymentStatus, SandboxStatus::Failed);
    // Planting a status settles nothing.
    books.post(QStringLiteral("K01L0010"));
    QVERIFY(books.ledger.setPaymentStatus(QStringLiteral("K01L0010"), SandboxStatus::Paid));
    QCOMPARE(settled.size(), 2);
}

void TestSandboxLedger::toleratedFormsAreReported()
{
    for (const bool strict : {false, true}) {
        SandboxConfig config;
        config.strict = strict;
        Books books(config);
        QJsonObject body = validPostData(books.credentials(), QStringLiteral("K01L0011"),
                                         QStringLiteral("820"), books.clock.now());
        body.insert(QStringLiteral("request"), QStringLiteral("Request List of Payment Gateway"));
        const SandboxAnswer answer = books.ledger.postData(body);
        if (strict) {
            QCOMPARE(answer.responseCode, u"30");
            QCOMPARE(answer.refusal->field, u"request");
            QVERIFY(answer.tolerated.isEmpty());
        } else {
            QCOMPARE(answer.responseCode, u"00");
            QCOMPARE(answer.tolerated,
                     QStringList{QStringLiteral("request \"Request List of Payment Gateway\" "
                                                "(Part A §8: \"Post Data Transaction\")")});
        }
    }
}

QTEST_GUILESS_MAIN(TestSandboxLedger)
#include "tst_sandboxledger.moc"
