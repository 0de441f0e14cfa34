#include "core/sandbox/lenderflow.h"

#include "core/common/clock.h"
#include "core/faspay/signature.h"
#include "core/sandbox/lenderpages.h"
#include "core/sandbox/notificationsender.h"
#include "core/sandbox/sandboxfaults.h"
#include "core/sandbox/sandboxledger.h"
#include "core/sandbox/sandboxlog.h"
#include "core/sandbox/sandboxrequestchecker.h"
#include "core/sandbox/sandboxwire.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

namespace kasir {

namespace {

constexpr int MaxRecords = 10000; // notifications kept for introspection

const QString KredivoCode = QStringLiteral("709");

// application/x-www-form-urlencoded, '+' as space.
QMap<QString, QString> parseForm(const QByteArray &body)
{
    QMap<QString, QString> form;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        form.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return form;
}

// Digits of a phone number in the national form ("+62 812-3456" -> "0812...").
QString nationalPhone(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.startsWith(u"62"))
        digits = QLatin1Char('0') + digits.mid(2);
    else if (digits.startsWith(u'8'))
        digits.prepend(QLatin1Char('0'));
    return digits;
}

QString randomToken()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
}

QByteArray percent(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

} // namespace

LenderFlow::LenderFlow(SandboxConfig config, SandboxLedger *ledger, SandboxFaultRules *faults,
                       const Clock *clock, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_ledger(ledger)
    , m_faults(faults)
    , m_sender(new NotificationSender(network, clock, this))
{
    connect(m_ledger, &SandboxLedger::billChanged, this,
            [this](const QString &billNo, int paymentStatus) {
                if (paymentStatus != SandboxStatus::Unprocessed &&
                    paymentStatus != SandboxStatus::InProcess)
                    m_sessions.remove(billNo);
            });
    connect(m_ledger, &SandboxLedger::settled, this,
            [this](const SandboxBill &bill) { notifyPayment(bill); });
    connect(m_sender, &NotificationSender::delivered, this,
            [this](const NotificationDelivery &delivery) {
                m_notifications.append(delivery);
                if (m_notifications.size() > MaxRecords)
                    m_notifications.removeFirst();
                qCInfo(lcSandbox).noquote()
                    << QStringLiteral("notification %1 bill_no=%2 status=%3 try %4 -> %5")
                           .arg(notificationKindKey(delivery.kind), delivery.billNo,
                                delivery.statusCode)
                           .arg(delivery.attempt)
                           .arg(delivery.acknowledged ? QStringLiteral("acknowledged")
                                                      : delivery.problem);
                Q_EMIT notificationDelivered(delivery);
            });
}

LenderFlow::~LenderFlow() = default;

void LenderFlow::start(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    m_sender->setTarget(m_config.notificationUrl, m_config.merchantId);
    m_sender->setTiming(m_config.notificationRetryMs, m_config.notificationTimeoutMs);
}

void LenderFlow::stop()
{
    m_sender->clear();
}

void LenderFlow::setNotificationUrl(const QUrl &url)
{
    m_config.notificationUrl = url;
    m_sender->setTarget(m_config.notificationUrl, m_config.merchantId);
}

QUrl LenderFlow::returnUrl() const
{
    QUrl url = m_config.returnUrl;
    if (url.isEmpty()) {
        url = m_baseUrl;
        url.setPath(QStringLiteral("/kasir/return"));
    }
    return url;
}

// --- lender pages -----------------------------------------------------------------------------

SandboxReply LenderFlow::page(const QHttpServerRequest &request, const QString &billNo)
{
    const QStringList parts = request.url().path().split(QLatin1Char('/'));
    // "", "pws", "100003", path code, signature
    if (parts.size() != 5 || parts[3] != SandboxLedger::pathCode()) {
        SandboxReply reply = SandboxReply::html(
            404, LenderPages::error(QStringLiteral("Tautan tidak dikenal"),
                                    QStringLiteral("Unknown link"),
                                    QStringLiteral("Periksa tautan pembayaran dari kasir."),
                                    QStringLiteral("Check the payment link from the cashier.")));
        reply.description = QStringLiteral("unknown lender path");
        return reply;
    }
    const QUrlQuery query(request.url());
    const QString trxId = query.queryItemValue(QStringLiteral("trx_id"), QUrl::FullyDecoded);
    const QString merchantId =
        query.queryItemValue(QStringLiteral("merchant_id"), QUrl::FullyDecoded);
    const std::optional<SandboxBill> found = m_ledger->bill(billNo);
    if (!found || found->trxId != trxId || merchantId != m_config.merchantId) {
        SandboxReply reply = SandboxReply::html(
            404, LenderPages::error(QStringLiteral("Tagihan tidak ditemukan"),
                                    QStringLiteral("Bill not found"),
                                    QStringLiteral("Tidak ada tagihan dengan trx_id, merchant_id "
                                                   "dan bill_no ini."),
                                    QStringLiteral("No bill has this trx_id, merchant_id and "
                                                   "bill_no.")));
        reply.description = QStringLiteral("bill not found");
        return reply;
    }
    const QString signature = parts[4];
    static const QRegularExpression lowerHex40(QStringLiteral("^[0-9a-f]{40}$"));
    if (!lowerHex40.match(signature).hasMatch() ||
        !faspay::signaturesEqual(signature,
                                 faspay::billSignature(m_config.credentials(), billNo))) {
        SandboxReply reply = SandboxReply::html(
            403, LenderPages::error(QStringLiteral("Tautan pembayaran tidak sah"),
                                    QStringLiteral("The payment link is not valid"),
                                    QStringLiteral("Tanda tangan (signature) tautan ini salah. "
                                                   "Gunakan redirect_url dari gateway apa adanya."),
                                    QStringLiteral("The link's signature is wrong. Use the "
                                                   "gateway's redirect_url unchanged.")));
        reply.description = QStringLiteral("wrong redirect signature");
        return reply;
    }

    // Everything below works on the bill.
    m_ledger->refreshExpiry(billNo);
    const SandboxBill bill = *m_ledger->bill(billNo);
    LenderPages::Bill view;
    view.channelCode = bill.channelCode;
    view.channelName = bill.channelName;
    view.merchantName = m_config.merchantName;
    view.billNo = bill.billNo;
    view.total = bill.total;
    view.msisdn = bill.msisdn;
    view.tenor = bill.chosenTenor.isEmpty() ? bill.reserve2 : bill.chosenTenor;
    const QJsonArray items = bill.request.value(QLatin1String("item")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject line = value.toObject();
        LenderPages::Bill::Line viewLine;
        viewLine.name = line.value(QLatin1String("product")).toString();
        viewLine.qty = line.value(QLatin1String("qty")).toString().toLongLong();
        viewLine.isDiscount = line.value(QLatin1String("id")).toString() == u"discount";
        const Money unit =
            sandboxwire::parseWireAmount(line.value(QLatin1String("amount")).toString()).money;
        viewLine.lineTotal = Money::fromRupiah(unit.rupiah() * viewLine.qty);
        view.lines.append(viewLine);
    }

    const int status = bill.paymentStatus;
    if (status != SandboxStatus::Unprocessed && status != SandboxStatus::InProcess) {
        SandboxReply reply =
            SandboxReply::html(200, LenderPages::finished(view, status, returnUrlFor(bill)));
        reply.description = QStringLiteral("bill already decided (status %1)").arg(status);
        return reply;
    }
    // One customer per bill: the first page of a bill starts its session.
    Session &session = m_sessions[billNo];
    if (session.token.isEmpty())
        session.token = randomToken();

    const QString action =
        request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
    const LenderPages::TrainingLogin login = LenderPages::trainingLogin(bill.channelName);
    const auto render = [&](const QString &error) -> SandboxReply {
        LenderPages::Form form;
        form.action = action;
        form.token = session.token;
        form.error = error;
        form.phone = session.phone.isEmpty() ? bill.msisdn : session.phone;
        QByteArray html;
        switch (session.stage) {
        case Session::Stage::SignIn:
            html = LenderPages::signIn(view, form, login);
            break;
        case Session::Stage::Otp:
            html = LenderPages::otp(view, form, login);
            break;
        case Session::Stage::Confirm:
            html = LenderPages::confirm(view, form);
            break;
        }
        SandboxReply reply = SandboxReply::html(200, html);
        reply.description = error.isEmpty() ? QStringLiteral("page shown")
                                            : QStringLiteral("page shown with an error: ") +
                                                  error.section(QLatin1Char('\n'), 1);
        return reply;
    };
    const auto nextStep = [&](Session::Stage stage, const QString &what) -> SandboxReply {
        session.stage = stage;
        session.token = randomToken();
        return SandboxReply::redirect(303, action.toLatin1(), what);
    };

    if (request.method() == QHttpServerRequest::Method::Get)
        return render(QString());
    if (request.method() != QHttpServerRequest::Method::Post) {
        SandboxReply reply =
            SandboxReply::html(405, LenderPages::error(QStringLiteral("Metode tidak didukung"),
                                                       QStringLiteral("Method not allowed"),
                                                       QStringLiteral("Gunakan GET atau POST."),
                                                       QStringLiteral("Use GET or POST.")));
        reply.response.headers.append(std::pair<QByteArray, QByteArray>("Allow", "GET, POST"));
        return reply;
    }
    const QByteArray contentType = request.value(QByteArrayLiteral("content-type"))
                                       .split(';')
                                       .constFirst()
                                       .trimmed()
                                       .toLower();
    if (contentType != "application/x-www-form-urlencoded") {
        SandboxReply reply = SandboxReply::html(
            415, LenderPages::error(QStringLiteral("Formulir tidak dikenal"),
                                    QStringLiteral("Unknown form"),
                                    QStringLiteral("Kirim formulir dari halaman ini."),
                                    QStringLiteral("Send the form from this page.")));
        reply.description = QStringLiteral("form not url-encoded");
        return reply;
    }
    const QMap<QString, QString> form = parseForm(request.body());
    const QString step = form.value(QStringLiteral("step"));
    const char *expectedStep = session.stage == Session::Stage::SignIn ? "signin"
                               : session.stage == Session::Stage::Otp  ? "otp"
                                                                       : "confirm";
    if (session.token.isEmpty() || form.value(QStringLiteral("token")) != session.token ||
        step != QLatin1String(expectedStep))
        return render(QStringLiteral("Halaman ini sudah tidak berlaku; silakan lanjutkan di "
                                     "bawah.\nThis page was out of date; please continue below."));

    switch (session.stage) {
    case Session::Stage::SignIn: {
        const QString phone = nationalPhone(form.value(QStringLiteral("phone")));
        if (phone != login.phone && phone != bill.msisdn)
            return render(QStringLiteral("Nomor HP tidak terdaftar. Gunakan ") + login.phone +
                          QStringLiteral(" atau nomor pelanggan.\nThis mobile number is not "
                                         "registered. Use ") +
                          login.phone + QStringLiteral(" or the customer's number."));
        if (form.value(QStringLiteral("pin")) != login.pin)
            return render(QStringLiteral("PIN salah. PIN latihan: ") + login.pin +
                          QStringLiteral(".\nWrong PIN. The training PIN is ") + login.pin +
                          QLatin1Char('.'));
        session.phone = phone;
        m_ledger->beginPayment(billNo);
        return nextStep(Session::Stage::Otp, QStringLiteral("signed in"));
    }
    case Session::Stage::Otp:
        if (form.value(QStringLiteral("otp")).trimmed() != login.otp)
            return render(QStringLiteral("Kode OTP salah. Kode latihan: ") + login.otp +
                          QStringLiteral(".\nWrong one-time code. The training code is ") +
                          login.otp + QLatin1Char('.'));
        return nextStep(Session::Stage::Confirm, QStringLiteral("OTP verified"));
    case Session::Stage::Confirm:
        break;
    }

    const QString decision = form.value(QStringLiteral("action"));
    // Settling ends the session: nothing below may use it.
    if (decision == u"decline") {
        m_ledger->decline(billNo);
        return SandboxReply::redirect(302, returnUrlFor(*m_ledger->bill(billNo)).toEncoded(),
                                      QStringLiteral("declined"));
    }
    if (decision != u"approve")
        return render(QStringLiteral("Pilih Setujui atau Tolak.\nChoose Approve or Decline."));
    QString tenor;
    if (bill.channelCode == KredivoCode) {
        tenor = form.value(QStringLiteral("tenor"));
        bool known = false;
        bool allowed = false;
        for (const LenderPages::Tenor &option : LenderPages::kredivoTenors()) {
            if (option.key == tenor) {
                known = true;
                allowed =
                    option.months == 0 ||
                    bill.total.rupiah() >= SandboxRequestChecker::KredivoInstalmentMinimumRupiah;
            }
        }
        if (!known)
            return render(QStringLiteral("Pilih tenor.\nChoose how to pay."));
        if (!allowed)
            return render(QStringLiteral("Cicilan mulai belanja Rp 1.500.000.\nInstalments start "
                                         "at Rp 1,500,000."));
    }
    m_ledger->approve(billNo, tenor);
    return SandboxReply::redirect(302, returnUrlFor(*m_ledger->bill(billNo)).toEncoded(),
                                  QStringLiteral("approved"));
}

SandboxReply LenderFlow::kasirReturnPage(const QHttpServerRequest &request) const
{
    const QUrlQuery query(request.url());
    SandboxReply reply = SandboxReply::html(
        200, LenderPages::kasirReturn(
                 query.queryItemValue(QStringLiteral("bill_no"), QUrl::FullyDecoded),
                 query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded)));
    reply.description = QStringLiteral("return page");
    return reply;
}

// --- notifications and the return URL ---------------------------------------------------------

void LenderFlow::notifyPayment(const SandboxBill &bill)
{
    if (m_config.notificationUrl.isEmpty())
        return;
    const SandboxBill &b = bill;
    const faspay::Credentials credentials = m_config.credentials();

    const auto body = [&](const QString &status, const QString &signature) -> QByteArray {
        const bool statusPaid = status == QString::number(SandboxStatus::Paid);
        const sandboxwire::Fields fields = {
            {QStringLiteral("request"), QStringLiteral("Payment Notification")},
            {QStringLiteral("trx_id"), b.trxId},
            {QStringLiteral("merchant_id"), m_config.merchantId},
            {QStringLiteral("merchant"), m_config.merchantName},
            {QStringLiteral("bill_no"), b.billNo},
            {QStringLiteral("payment_reff"), statusPaid ? b.paymentReff : QString()},
            {QStringLiteral("payment_date"), sandboxwire::formatWib(b.paymentDate)},
            {QStringLiteral("payment_status_code"), status},
            {QStringLiteral("payment_status_desc"), sandboxStatusDescription(status.toInt())},
            {QStringLiteral("bill_total"),
             sandboxwire::answerAmount(b.total, m_config.answerAmountsTimes100)},
            {QStringLiteral("payment_total"),
             statusPaid ? sandboxwire::answerAmount(b.total, m_config.answerAmountsTimes100)
                        : QStringLiteral("0")},
            {QStringLiteral("payment_channel_uid"), b.channelCode},
            {QStringLiteral("payment_channel"), b.channelName},
            {QStringLiteral("signature"), signature},
        };
        return m_config.notificationFormat == SandboxConfig::NotificationFormat::Json
                   ? sandboxwire::fieldsToJson(fields)
                   : sandboxwire::fieldsToXml(fields);
    };

    const QString status = QString::number(b.paymentStatus);
    NotificationSender::Outgoing genuine;
    genuine.kind = NotificationDelivery::Kind::Genuine;
    genuine.billNo = b.billNo;
    genuine.trxId = b.trxId;
    genuine.statusCode = status;
    genuine.format = m_config.notificationFormat;
    genuine.body = body(status, faspay::statusSignature(credentials, b.billNo, status));
    genuine.maxTries = std::max(1, m_config.notificationMaxTries);

    const std::optional<NotificationFault> fault = m_faults->takeNotificationFault(b.billNo);
    if (fault && fault->kind == NotificationFault::Kind::Drop) {
        qCInfo(lcSandbox).noquote()
            << QStringLiteral("notification for bill_no=%1 dropped (fault)").arg(b.billNo);
        return;
    }
    if (fault && fault->kind == NotificationFault::Kind::Forged) {
        NotificationSender::Outgoing forged = genuine;
        forged.kind = NotificationDelivery::Kind::Forged;
        forged.maxTries = 1;
        // Signed with a password the merchant does not have.
        faspay::Credentials wrong = credentials;
        wrong.password += QStringLiteral("-forged");
        forged.body = body(status, faspay::statusSignature(wrong, b.billNo, status));
        m_sender->enqueue(forged);
    }
    m_sender->enqueue(genuine);
    if (fault && fault->kind == NotificationFault::Kind::Duplicate) {
        NotificationSender::Outgoing copy = genuine;
        copy.kind = NotificationDelivery::Kind::Duplicate;
        copy.maxTries = 1;
        for (int i = 1; i < fault->copies; ++i)
            m_sender->enqueue(copy);
    }
    if (fault && fault->kind == NotificationFault::Kind::OutOfOrder) {
        const QString inProcess = QString::number(SandboxStatus::InProcess);
        NotificationSender::Outgoing late = genuine;
        late.kind = NotificationDelivery::Kind::OutOfOrder;
        late.statusCode = inProcess;
        late.maxTries = 1;
        late.body = body(inProcess, faspay::statusSignature(credentials, b.billNo, inProcess));
        m_sender->enqueue(late);
    }
}

QUrl LenderFlow::returnUrlFor(const SandboxBill &bill) const
{
    const SandboxBill &b = bill;
    QUrl url = returnUrl();
    const QString status = QString::number(b.paymentStatus);
    const bool paid = b.paymentStatus == SandboxStatus::Paid;
    // Encoded by hand: QUrlQuery would leave '+' as it is, which a receiver reads as a space.
    const std::pair<const char *, QString> parameters[] = {
        {"trx_id", b.trxId},
        {"merchant_id", m_config.merchantId},
        {"merchant", m_config.merchantName},
        {"bill_no", b.billNo},
        {"bill_ref", b.billReff},
        {"bill_total", sandboxwire::answerAmount(b.total, m_config.answerAmountsTimes100)},
        {"payment_reff", paid ? b.paymentReff : QString()},
        {"payment_date",
         b.paymentDate.isValid() ? sandboxwire::formatWib(b.paymentDate) : QString()},
        {"bank_user_name", b.customerName},
        {"status", status},
        {"signature", faspay::statusSignature(m_config.credentials(), b.billNo, status)},
    };
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : parameters) {
        if (!query.isEmpty())
            query += '&';
        query += QByteArray(name) + '=' + percent(value);
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace kasir
