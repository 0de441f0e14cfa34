#include "sandboxtestsupport.h"

#include "core/net/boundedtcpserver.h"

#include <QEventLoop>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace kasir::test {

QString wibText(const QDateTime &utc)
{
    const QDateTime jakarta = utc.toUTC().addSecs(7 * 3600);
    return jakarta.date().toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ') +
           jakarta.time().toString(QStringLiteral("HH:mm:ss"));
}

QString times100(qint64 rupiah)
{
    return QString::number(rupiah * 100);
}

namespace {

QJsonObject line(const QString &merchantId, const QString &id, const QString &product, qint64 qty,
                 qint64 unitRupiah)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("product"), product},
        {QStringLiteral("qty"), QString::number(qty)},
        {QStringLiteral("amount"), times100(unitRupiah)},
        {QStringLiteral("payment_plan"), QStringLiteral("1")},
        {QStringLiteral("tenor"), QStringLiteral("00")},
        {QStringLiteral("merchant_id"), merchantId},
    };
}

} // namespace

QJsonObject validPostData(const faspay::Credentials &credentials, const QString &billNo,
                          const QString &channelCode, const QDateTime &nowUtc, int expiryMinutes)
{
    const QString m = credentials.merchantId;
    const QJsonArray items = {
        line(m, QStringLiteral("SKU778"), QStringLiteral("Kulkas 2 pintu"), 1, 1'500'000),
        line(m, QStringLiteral("SKU120"), QStringLiteral("Rak piring"), 2, 75'000),
        line(m, QStringLiteral("shippingfee"), QStringLiteral("Ongkos kirim"), 1, 20'000),
        line(m, QStringLiteral("discount"), QStringLiteral("Diskon"), 1, 10'000),
    };
    QJsonObject body{
        {QStringLiteral("request"), QStringLiteral("Post Data Transaction")},
        {QStringLiteral("merchant_id"), m},
        {QStringLiteral("merchant"), credentials.merchantName},
        {QStringLiteral("bill_no"), billNo},
        {QStringLiteral("bill_reff"), billNo},
        {QStringLiteral("bill_date"), wibText(nowUtc)},
        {QStringLiteral("bill_expired"), wibText(nowUtc.addSecs(qint64(expiryMinutes) * 60))},
        {QStringLiteral("bill_desc"), QString(QStringLiteral("Penjualan toko ") + billNo)},
        {QStringLiteral("bill_currency"), QStringLiteral("IDR")},
        {QStringLiteral("bill_gross"), times100(1'640'000)},
        {QStringLiteral("bill_miscfee"), times100(20'000)},
        {QStringLiteral("bill_total"), times100(ValidTotalRupiah)},
        {QStringLiteral("payment_channel"), channelCode},
        {QStringLiteral("pay_type"), QStringLiteral("1")},
        {QStringLiteral("cust_no"), QStringLiteral("C000981")},
        {QStringLiteral("cust_name"), QStringLiteral("Budi Santoso")},
        {QStringLiteral("msisdn"), QStringLiteral("081234567890")},
        {QStringLiteral("email"), QStringLiteral("budi@example.com")},
        {QStringLiteral("terminal"), QStringLiteral("10")},
        {QStringLiteral("billing_name"), QStringLiteral("Budi")},
        {QStringLiteral("billing_lastname"), QStringLiteral("Santoso")},
        {QStringLiteral("billing_address"), QStringLiteral("Jl Sabang 37")},
        {QStringLiteral("billing_address_city"), QStringLiteral("Jakarta Pusat")},
        {QStringLiteral("billing_address_region"), QStringLiteral("DKI Jakarta")},
        {QStringLiteral("billing_address_state"), QStringLiteral("Indonesia")},
        {QStringLiteral("billing_address_poscode"), QStringLiteral("10170")},
        {QStringLiteral("billing_msisdn"), QStringLiteral("081234567890")},
        {QStringLiteral("billing_address_country_code"), QStringLiteral("ID")},
        {QStringLiteral("receiver_name_for_shipping"), QStringLiteral("Budi")},
        {QStringLiteral("shipping_lastname"), QStringLiteral("Santoso")},
        {QStringLiteral("shipping_address"), QStringLiteral("Jl Sabang 37")},
        {QStringLiteral("shipping_address_city"), QStringLiteral("Jakarta Pusat")},
        {QStringLiteral("shipping_address_region"), QStringLiteral("DKI Jakarta")},
        {QStringLiteral("shipping_address_state"), QStringLiteral("Indonesia")},
        {QStringLiteral("shipping_address_poscode"), QStringLiteral("10170")},
        {QStringLiteral("shipping_msisdn"), QStringLiteral("081234567890")},
        {QStringLiteral("shipping_address_country_code"), QStringLiteral("ID")},
        {QStringLiteral("item"), items},
        {QStringLiteral("reserve1"), QString()},
    };
    if (channelCode == u"709")
        body.insert(QStringLiteral("reserve2"), QStringLiteral("30_days"));
    sign(body, credentials);
    return body;
}

void setSingleLine(QJsonObject &body, qint64 rupiah)
{
    const QString m = body.value(QLatin1String("merchant_id")).toString();
    body.insert(QStringLiteral("item"),
                QJsonArray{line(m, QStringLiteral("SKU1"), QStringLiteral("Barang"), 1, rupiah)});
    body.insert(QStringLiteral("bill_gross"), times100(rupiah));
    body.insert(QStringLiteral("bill_miscfee"), times100(0));
    body.insert(QStringLiteral("bill_total"), times100(rupiah));
}

void sign(QJsonObject &body, const faspay::Credentials &credentials)
{
    body.insert(
        QStringLiteral("signature"),
        faspay::billSignature(credentials, body.value(QLatin1String("bill_no")).toString()));
}

QJsonObject channelInquiryBody(const faspay::Credentials &credentials)
{
    return QJsonObject{
        {QStringLiteral("request"), QStringLiteral("Request List of Payment Gateway")},
        {QStringLiteral("merchant_id"), credentials.merchantId},
        {QStringLiteral("merchant"), credentials.merchantName},
        {QStringLiteral("signature"), faspay::channelInquirySignature(credentials)},
    };
}

QJsonObject statusInquiryBody(const faspay::Credentials &credentials, const QString &trxId,
                              const QString &billNo)
{
    return QJsonObject{
        {QStringLiteral("request"), QStringLiteral("Inquiry Payment Status")},
        {QStringLiteral("trx_id"), trxId},
        {QStringLiteral("merchant_id"), credentials.merchantId},
        {QStringLiteral("bill_no"), billNo},
        {QStringLiteral("signature"), faspay::billSignature(credentials, billNo)},
    };
}

QJsonObject cancelBody(const faspay::Credentials &credentials, const QString &trxId,
                       const QString &billNo)
{
    return QJsonObject{
        {QStringLiteral("request"), QStringLiteral("Canceling Payment")},
        {QStringLiteral("trx_id"), trxId},
        {QStringLiteral("merchant_id"), credentials.merchantId},
        {QStringLiteral("merchant"), credentials.merchantName},
        {QStringLiteral("bill_no"), billNo},
        {QStringLiteral("payment_cancel"), QStringLiteral("Pembeli batal")},
        {QStringLiteral("signature"), faspay::billSignature(credentials, billNo)},
    };
}

// --- HTTP -------------------------------------------------------------------------------------

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpProbe::HttpProbe() = default;

HttpResult HttpProbe::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // A safety net so that a broken sandbox fails the test instead of hanging it; not a timing
    // assertion.
    QTimer::singleShot(20000, &loop, [reply] { reply->abort(); });
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult HttpProbe::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return wait(m_network.sendCustomRequest(request, verb, body));
}

HttpResult HttpProbe::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return wait(m_network.get(request));
}

HttpResult HttpProbe::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return wait(m_network.post(request, body));
}

HttpResult HttpProbe::postJson(const QUrl &url, const QJsonObject &body)
{
    return post(url, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

HttpResult HttpProbe::postForm(const QUrl &url, const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return post(url, body, "application/x-www-form-urlencoded");
}

// --- sandbox fixture --------------------------------------------------------------------------

namespace {

SandboxConfig withStrictness(SandboxConfig config, SandboxFixture::Strictness strictness)
{
    if (strictness == SandboxFixture::Strictness::Strict)
        config.strict = true;
    return config;
}

} // namespace

SandboxFixture::SandboxFixture(SandboxConfig config, Strictness strictness)
    : sandbox(std::make_unique<TrainingSandbox>(withStrictness(std::move(config), strictness),
                                                &clock, &sandboxNetwork))
{
    if (!sandbox->start())
        qFatal("training sandbox did not start: %s", qPrintable(sandbox->errorString()));
}

SandboxFixture::~SandboxFixture() = default;

QUrl SandboxFixture::url(const QString &path) const
{
    QUrl url = sandbox->baseUrl();
    url.setPath(path);
    return url;
}

QJsonObject SandboxFixture::call(const QString &path, const QJsonObject &body)
{
    return http.postJson(url(path), body).json();
}

QJsonObject SandboxFixture::createBill(const QString &billNo, const QString &channelCode)
{
    return call(QStringLiteral("/cvr/300011/10"),
                validPostData(credentials(), billNo, channelCode, clock.now()));
}

QJsonObject SandboxFixture::inquiry(const QString &trxId, const QString &billNo)
{
    return call(QStringLiteral("/cvr/100004/10"), statusInquiryBody(credentials(), trxId, billNo));
}

QString htmlAttribute(const QByteArray &html, const QString &pattern)
{
    const QRegularExpression re(pattern);
    return re.match(QString::fromUtf8(html)).captured(1);
}

QString formToken(const QByteArray &html)
{
    return htmlAttribute(html, QStringLiteral("name=\"token\" value=\"([0-9a-f]+)\""));
}

QUrl formAction(const QUrl &page, const QByteArray &html)
{
    QString action =
        htmlAttribute(html, QStringLiteral("<form method=\"post\" action=\"([^\"]*)\""));
    action.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return page.resolved(QUrl(action));
}

// --- notification receiver --------------------------------------------------------------------

NotificationSink::NotificationSink(faspay::Credentials credentials)
    : m_credentials(std::move(credentials))
{
    m_server.route(QStringLiteral("/faspay/notification"),
                   [this](const QHttpServerRequest &request) { return answer(request); });
    auto *tcp = new BoundedTcpServer(HttpLimits{});
    if (!tcp->listen(QHostAddress::LocalHost, 0))
        qFatal("notification sink did not listen");
    m_port = tcp->serverPort();
    m_server.bind(tcp);
}

QUrl NotificationSink::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/faspay/notification").arg(m_port));
}

QHttpServerResponse NotificationSink::answer(const QHttpServerRequest &request)
{
    Received in;
    in.contentType = request.value("content-type");
    in.body = request.body();
    in.xml = in.body.trimmed().startsWith('<');
    if (in.xml) {
        QXmlStreamReader reader(in.body);
        if (reader.readNextStartElement() && reader.name() == u"faspay") {
            while (reader.readNextStartElement())
                in.fields.insert(reader.name().toString(), reader.readElementText());
        }
    } else {
        const QJsonObject object = QJsonDocument::fromJson(in.body).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            in.fields.insert(it.key(), it.value().toString());
    }
    in.signatureValid = faspay::signaturesEqual(
        in.fields.value(QStringLiteral("signature")),
        faspay::statusSignature(m_credentials, in.fields.value(QStringLiteral("bill_no")),
                                in.fields.value(QStringLiteral("payment_status_code"))));
    const Answer mode = m_answers.value(received.size(), m_answers.constLast());
    received.append(in);

    if (mode == Answer::Http500)
        return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
    if (mode == Answer::RejectForged && !in.signatureValid)
        return QHttpServerResponse(QHttpServerResponse::StatusCode::Forbidden);
    const QString code = mode == Answer::RefuseCode ? QStringLiteral("01") : QStringLiteral("00");
    const QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("response"), QStringLiteral("Payment Notification")},
        {QStringLiteral("trx_id"), in.fields.value(QStringLiteral("trx_id"))},
        {QStringLiteral("merchant_id"), in.fields.value(QStringLiteral("merchant_id"))},
        {QStringLiteral("merchant"), in.fields.value(QStringLiteral("merchant"))},
        {QStringLiteral("bill_no"), in.fields.value(QStringLiteral("bill_no"))},
        {QStringLiteral("response_code"), code},
        {QStringLiteral("response_desc"), QStringLiteral("Sukses")},
        {QStringLiteral("response_date"), QStringLiteral("2026-11-23 10:00:00")},
    };
    const bool answerXml = mode == Answer::WrongFormat ? !in.xml : in.xml;
    if (answerXml) {
        QByteArray out;
        QXmlStreamWriter writer(&out);
        writer.writeStartDocument();
        writer.writeStartElement(QStringLiteral("faspay"));
        for (const auto &[name, value] : fields)
            writer.writeTextElement(name, value);
        writer.writeEndElement();
        writer.writeEndDocument();
        return QHttpServerResponse("application/xml", out);
    }
    QJsonObject object;
    for (const auto &[name, value] : fields)
        object.insert(name, value);
    return QHttpServerResponse(object);
}

} // namespace kasir::test
