#pragma once

#include "core/common/clock.h"
#include "core/faspay/signature.h"
#include "core/sandbox/trainingsandbox.h"

#include <QByteArray>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <functional>
#include <memory>

// Helpers for the training sandbox's integration tests: a VALID Post Data Transaction body
// written from Part A by hand (independent of core/faspay's builder, which the sandbox checks),
// blocking HTTP calls over real loopback sockets, a browser-like walk through the lender pages
// and a notification receiver.
namespace kasir::test {

// --- Post Data body ---------------------------------------------------------------------------

// "yyyy-MM-dd HH:mm:ss" in Jakarta time (UTC+7), written here without the sandbox's helper.
QString wibText(const QDateTime &utc);
// Whole rupiah -> the wire's rupiah x 100 digit string.
QString times100(qint64 rupiah);

// A body that satisfies every rule of Part A: 2 goods lines (Rp 1.500.000 x 1, Rp 75.000 x 2),
// a shipping fee (Rp 20.000) and a discount (Rp 10.000): goods 1.650.000, gross 1.640.000,
// misc fee 20.000, total Rp 1.660.000; complete billing and shipping; Kredivo gets reserve2
// "30_days". bill_date = now, bill_expired = now + expiryMinutes.
QJsonObject validPostData(const faspay::Credentials &credentials, const QString &billNo,
                          const QString &channelCode, const QDateTime &nowUtc,
                          int expiryMinutes = 60);
constexpr qint64 ValidTotalRupiah = 1'660'000;
// Replaces the lines with one goods line of `rupiah` and fixes the amounts.
void setSingleLine(QJsonObject &body, qint64 rupiah);
// signature = sha1(md5(user_id + password + bill_no)) for the body's bill_no.
void sign(QJsonObject &body, const faspay::Credentials &credentials);
// Bodies for the other three calls.
QJsonObject channelInquiryBody(const faspay::Credentials &credentials);
QJsonObject statusInquiryBody(const faspay::Credentials &credentials, const QString &trxId,
                              const QString &billNo);
QJsonObject cancelBody(const faspay::Credentials &credentials, const QString &trxId,
                       const QString &billNo);

// --- HTTP -------------------------------------------------------------------------------------

struct HttpResult
{
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    QJsonObject json() const;                        // empty unless the body is a JSON object
    QString text() const { return QString::fromUtf8(body); }
};

// Blocking calls (a nested event loop) with no redirect following.
class HttpProbe
{
public:
    HttpProbe();
    QNetworkAccessManager *network() { return &m_network; }

    HttpResult get(const QUrl &url);
    HttpResult post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HttpResult postJson(const QUrl &url, const QJsonObject &body);
    HttpResult postForm(const QUrl &url, const QList<std::pair<QString, QString>> &fields);
    HttpResult send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {});

private:
    HttpResult wait(QNetworkReply *reply);
    QNetworkAccessManager m_network;
};

// A started sandbox on loopback with a ManualClock, and calls to it. Strict unless told
// otherwise: Kasir's own tests refuse what only real Faspay tolerates (SandboxConfig::strict);
// AsConfigured keeps the config's own setting (the tolerance tests).
class SandboxFixture
{
public:
    enum class Strictness { Strict, AsConfigured };

    explicit SandboxFixture(SandboxConfig config = SandboxConfig(),
                            Strictness strictness = Strictness::Strict);
    ~SandboxFixture();

    ManualClock clock;
    HttpProbe http;
    QNetworkAccessManager sandboxNetwork; // the sandbox's own, for notifications
    std::unique_ptr<TrainingSandbox> sandbox;

    faspay::Credentials credentials() const { return sandbox->credentials(); }
    QUrl url(const QString &path) const;
    QJsonObject call(const QString &path, const QJsonObject &body);
    // Posts validPostData(); returns the answer.
    QJsonObject createBill(const QString &billNo,
                           const QString &channelCode = QStringLiteral("709"));
    QJsonObject inquiry(const QString &trxId, const QString &billNo);
};

// Part of an HTML page.
QString htmlAttribute(const QByteArray &html, const QString &pattern); // first capture group
QString formToken(const QByteArray &html);
QUrl formAction(const QUrl &page, const QByteArray &html);

// --- Notification receiver --------------------------------------------------------------------

// A merchant's notification receiver on loopback (QHttpServer on a BoundedTcpServer): records
// what arrives and answers as told.
class NotificationSink
{
public:
    enum class Answer {
        Acknowledge,  // response_code 00 in the notification's format, fields echoed
        RefuseCode,   // response_code "01" in the right format
        Http500,      // HTTP 500
        WrongFormat,  // JSON answer to XML and the other way round
        RejectForged, // 403 when the signature is wrong, else acknowledge
    };
    struct Received
    {
        QByteArray contentType;
        QByteArray body;
        QMap<QString, QString> fields; // parsed from JSON or XML
        bool xml = false;
        bool signatureValid = false;
    };

    explicit NotificationSink(faspay::Credentials credentials);
    QUrl url() const;
    void setAnswers(QList<Answer> answers)
    {
        m_answers = std::move(answers);
    } // per request,
      // last repeats
    QList<Received> received;

private:
    QHttpServerResponse answer(const QHttpServerRequest &request);

    faspay::Credentials m_credentials;
    QHttpServer m_server;
    quint16 m_port = 0;
    QList<Answer> m_answers{Answer::Acknowledge};
};

} // namespace kasir::test
