#include "core/sandbox/trainingsandbox.h"

#include "core/sandbox/lenderflow.h"
#include "core/sandbox/lenderpages.h"
#include "core/sandbox/sandboxledger.h"
#include "core/sandbox/sandboxserver.h"

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcSandbox, "kasir.sandbox")

namespace kasir {

TrainingSandbox::TrainingSandbox(SandboxConfig config, const Clock *clock,
                                 QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_ledger(new SandboxLedger(m_config, clock, this))
    , m_lender(new LenderFlow(m_config, m_ledger, &m_faults, clock, network, this))
    , m_server(new SandboxServer(m_config, m_ledger, m_lender, &m_faults, clock, this))
{
    connect(m_ledger, &SandboxLedger::billChanged, this, &TrainingSandbox::billChanged);
    connect(m_lender, &LenderFlow::notificationDelivered, this,
            &TrainingSandbox::notificationDelivered);
    connect(m_server, &SandboxServer::requestHandled, this, &TrainingSandbox::requestHandled);
    connect(m_server, &SandboxServer::requestRefused, this, &TrainingSandbox::requestRefused);
}

TrainingSandbox::~TrainingSandbox()
{
    stop();
    // In the reverse order of their construction, while the fault rules they share still exist.
    delete m_server;
    delete m_lender;
    delete m_ledger;
}

bool TrainingSandbox::start()
{
    if (m_server->isStarted())
        return true;
    static const QRegularExpression fiveDigits(QStringLiteral("^[0-9]{5}$"));
    static const QRegularExpression threeDigits(QStringLiteral("^[0-9]{3}$"));
    if (!fiveDigits.match(m_config.merchantId).hasMatch()) {
        m_error = QStringLiteral("merchant id must be 5 digits");
        return false;
    }
    if (m_config.password.isEmpty()) {
        m_error = QStringLiteral("the training password is empty");
        return false;
    }
    if (!threeDigits.match(m_config.briCeriaCode).hasMatch() ||
        QStringList{QStringLiteral("709"), QStringLiteral("807"), QStringLiteral("820")}.contains(
            m_config.briCeriaCode)) {
        m_error = QStringLiteral("BRI Ceria code must be 3 digits, other than 709, 807, 820");
        return false;
    }
    if (!m_server->listen(&m_error))
        return false;
    m_error.clear();
    m_ledger->setBaseUrl(baseUrl());
    m_lender->start(baseUrl());
    qCInfo(lcSandbox).noquote() << QStringLiteral(
                                       "training sandbox listening on %1 (merchant %2)%3")
                                       .arg(baseUrl().toString(), m_config.merchantId,
                                            m_config.strict ? QStringLiteral(", strict")
                                                            : QString());
    return true;
}

void TrainingSandbox::stop()
{
    if (!m_server->isStarted())
        return;
    m_lender->stop();
    m_server->close();
}

bool TrainingSandbox::isListening() const
{
    return m_server->isListening();
}

QString TrainingSandbox::errorString() const
{
    return m_error;
}

quint16 TrainingSandbox::port() const
{
    return m_server->port();
}

void TrainingSandbox::setNotificationUrl(const QUrl &url)
{
    m_config.notificationUrl = url;
    m_lender->setNotificationUrl(url);
}

QUrl TrainingSandbox::baseUrl() const
{
    return m_server->baseUrl();
}

QString TrainingSandbox::summary() const
{
    const faspay::Credentials credentials = m_config.credentials();
    QStringList channelList;
    QStringList logins;
    const QMap<QString, QString> all = channels();
    for (auto it = all.begin(); it != all.end(); ++it) {
        channelList.append(it.key() + QLatin1Char(' ') + it.value());
        const LenderLogin login = lenderLogin(it.key());
        logins.append(QStringLiteral("%1 %2 / PIN %3 / OTP %4")
                          .arg(it.value(), login.phone, login.pin, login.otp));
    }
    QUrl returnUrl = m_config.returnUrl;
    if (returnUrl.isEmpty()) {
        returnUrl = baseUrl();
        returnUrl.setPath(QStringLiteral("/kasir/return"));
    }
    const QString notifications =
        m_config.notificationUrl.isEmpty()
            ? QStringLiteral("none")
            : m_config.notificationUrl.toString() +
                  (m_config.notificationFormat == SandboxConfig::NotificationFormat::Json
                       ? QStringLiteral(" (JSON)")
                       : QStringLiteral(" (XML)"));
    QStringList lines;
    lines << QStringLiteral("Kasir training sandbox (LATIHAN / TRAINING) at ") +
                 baseUrl().toString();
    lines << QStringLiteral("  merchant_id %1 (%2), user_id %3, password %4")
                 .arg(credentials.merchantId, credentials.merchantName,
                      credentials.effectiveUserId(), credentials.password);
    lines << QStringLiteral("  channels: ") + channelList.join(QStringLiteral(", "));
    lines << QStringLiteral("  lender sign-in: ") + logins.join(QStringLiteral("; "));
    lines << QStringLiteral("  notifications: ") + notifications;
    lines << QStringLiteral("  return URL: ") + returnUrl.toString();
    if (m_config.adminEndpoints)
        lines << QStringLiteral("  admin (loopback): ") + baseUrl().toString() +
                     QStringLiteral("/sandbox");
    return lines.join(QLatin1Char('\n'));
}

QMap<QString, QString> TrainingSandbox::channels() const
{
    return m_ledger->channels();
}

QString TrainingSandbox::pathCode()
{
    return SandboxLedger::pathCode();
}

TrainingSandbox::LenderLogin TrainingSandbox::lenderLogin(const QString &channelCode) const
{
    const LenderPages::TrainingLogin login =
        LenderPages::trainingLogin(channels().value(channelCode));
    return {login.phone, login.pin, login.otp};
}

// --- faults -----------------------------------------------------------------------------------

void TrainingSandbox::addFault(const SandboxFaultRule &rule)
{
    m_faults.add(rule);
}

void TrainingSandbox::failNext(const SandboxFault &fault, SandboxOperation operation)
{
    addFault(SandboxFaultRule{fault, operation, QString(), 1});
}

void TrainingSandbox::failBill(const QString &billNo, const SandboxFault &fault,
                               SandboxOperation operation, int times)
{
    addFault(SandboxFaultRule{fault, operation, billNo, times});
}

void TrainingSandbox::addNotificationFault(const NotificationFaultRule &rule)
{
    m_faults.add(rule);
}

bool TrainingSandbox::addFaultSpec(QStringView spec, QString *error)
{
    return m_faults.addSpec(spec, error);
}

void TrainingSandbox::clearFaults()
{
    m_faults.clear();
}

void TrainingSandbox::releaseHungConnections()
{
    m_server->releaseHungConnections();
}

// --- introspection and shortcuts --------------------------------------------------------------

int TrainingSandbox::postCount(const QString &billNo) const
{
    return m_server->postCount(billNo);
}

std::optional<SandboxBill> TrainingSandbox::bill(const QString &billNo) const
{
    return m_ledger->bill(billNo);
}

QList<SandboxBill> TrainingSandbox::bills() const
{
    return m_ledger->bills();
}

QList<SandboxRequestRecord> TrainingSandbox::requests() const
{
    return m_server->requests();
}

QList<NotificationDelivery> TrainingSandbox::notifications() const
{
    return m_lender->notifications();
}

bool TrainingSandbox::approve(const QString &billNo)
{
    return m_ledger->approve(billNo);
}

bool TrainingSandbox::decline(const QString &billNo)
{
    return m_ledger->decline(billNo);
}

bool TrainingSandbox::expire(const QString &billNo)
{
    return m_ledger->expire(billNo);
}

bool TrainingSandbox::setPaymentStatus(const QString &billNo, int paymentStatus)
{
    return m_ledger->setPaymentStatus(billNo, paymentStatus);
}

} // namespace kasir
