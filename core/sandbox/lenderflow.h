#pragma once

#include "core/sandbox/sandboxconfig.h"
#include "core/sandbox/sandboxrecords.h"
#include "core/sandbox/sandboxreply.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QHttpServerRequest;
class QNetworkAccessManager;

namespace kasir {

class Clock;
class NotificationSender;
class SandboxFaultRules;
class SandboxLedger;

// What a customer does after following redirect_url, and what Faspay does once they have:
// the lender pages (sign in, one-time code, for Kredivo the tenor, approve or decline) on the
// ledger's bills, the return URL, and the payment notifications with their faults.
//
// A page's state (step, one-time form token, phone signed in with) lives here, one customer per
// bill, not in cookies; it ends when the bill leaves status 0/1 (paid, failed, expired,
// cancelled), so a bill planted back to 0 starts again at the sign-in.
class LenderFlow : public QObject
{
    Q_OBJECT

public:
    // `ledger`, `faults`, `clock` and `network` (for notifications) must outlive the flow.
    LenderFlow(SandboxConfig config, SandboxLedger *ledger, SandboxFaultRules *faults,
               const Clock *clock, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~LenderFlow() override;

    // From start() to stop() of the sandbox: the base URL (default return page) and the
    // notification target in effect; stop() drops the notifications not yet delivered.
    void start(const QUrl &baseUrl);
    void stop();
    void setNotificationUrl(const QUrl &url);

    // GET/POST /pws/100003/{pathCode}/{signature}?trx_id&merchant_id&bill_no
    SandboxReply page(const QHttpServerRequest &request, const QString &billNo);
    // GET /kasir/return: the default return page.
    SandboxReply kasirReturnPage(const QHttpServerRequest &request) const;

    // Where the lender sends the browser back: SandboxConfig::returnUrl, or {base}/kasir/return.
    QUrl returnUrl() const;
    QUrl returnUrlFor(const SandboxBill &bill) const; // with Faspay's parameters

    QList<NotificationDelivery> notifications() const { return m_notifications; }

Q_SIGNALS:
    void notificationDelivered(const kasir::NotificationDelivery &delivery);

private:
    struct Session
    {
        enum class Stage { SignIn, Otp, Confirm };
        Stage stage = Stage::SignIn;
        QString token; // of the step form now shown
        QString phone; // signed in with
    };

    void notifyPayment(const SandboxBill &bill);

    SandboxConfig m_config;
    SandboxLedger *m_ledger;
    SandboxFaultRules *m_faults;
    NotificationSender *m_sender;
    QUrl m_baseUrl;
    QHash<QString, Session> m_sessions; // by bill_no
    QList<NotificationDelivery> m_notifications;
};

} // namespace kasir
