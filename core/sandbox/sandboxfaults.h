#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kasir {

// The vocabulary of the sandbox's fault injection: what can go wrong with the answer to a
// request, or with a payment notification, and which requests it hits.

// What a request to the sandbox is about.
enum class SandboxOperation {
    Any,            // every gateway request and lender page (never admin or /kasir/return)
    ChannelInquiry, // POST /cvr/100001/10
    PostData,       // POST /cvr/300011/10
    InquiryStatus,  // POST /cvr/100004/10
    Cancel,         // POST /cvr/100005/10
    LenderPage,     // GET/POST /pws/100003/... (redirect_url and the lender's forms)
    Other,          // admin, /kasir/return, unknown paths: never faulted
};
// "any", "channels", "post-data", "inquiry", "cancel", "lender", "other".
QString sandboxOperationKey(SandboxOperation operation);
std::optional<SandboxOperation> sandboxOperationFromKey(QStringView key);

// A fault in the answer to one request.
struct SandboxFault
{
    enum class Kind {
        Delay,          // answer after delayMs
        Hang,           // never answer; the connection stays open until the client gives up
        ResetAfterRead, // read the request, then close the connection with a TCP reset
        HttpError,      // answer httpStatus (default 503) with a short text body
        HtmlPage,       // answer 200 text/html: a maintenance page instead of JSON
        MalformedJson,  // answer 200 application/json: the real answer cut off halfway
        ResponseCode,   // answer {"response_error":{"response_code": responseCode, ...}}
        BadRedirect,    // answer as usual, but with a redirect_url that must not be shown:
                        // redirectFlaw says how it is wrong (answers without one: unchanged)
        BadEcho,        // answer as usual, but naming another bill, trx_id or merchant (or
                        // leaving the bill_no out): echoFlaw says which
    };
    enum class RedirectFlaw {
        Scheme,        // not http(s): "javascript:..."
        OtherBill,     // names another bill_no
        OtherMerchant, // names another merchant_id
        OtherHost,     // an https page on a host that is neither the gateway's nor Faspay's
    };
    enum class EchoFlaw {
        MissingBill,   // no bill_no
        OtherBill,     // another bill_no
        OtherTrx,      // another trx_id
        OtherMerchant, // another merchant_id
    };

    Kind kind = Kind::Delay;
    int delayMs = 0;
    int httpStatus = 503;
    QString responseCode;
    RedirectFlaw redirectFlaw = RedirectFlaw::Scheme;
    EchoFlaw echoFlaw = EchoFlaw::OtherBill;
    // true: the request is acted on as usual (a post-data creates its bill) and only the answer
    // is delayed, lost or damaged: what makes a fault ambiguous for the client. false: the
    // request is only recorded as received. Default true, except for ResponseCode.
    bool processRequest = true;

    static SandboxFault delay(int ms);
    static SandboxFault hang();
    static SandboxFault resetAfterRead();
    static SandboxFault httpError(int status = 503);
    static SandboxFault htmlPage();
    static SandboxFault malformedJson();
    static SandboxFault withResponseCode(const QString &code);
    static SandboxFault badRedirect(RedirectFlaw flaw);
    static SandboxFault badEcho(EchoFlaw flaw);

    // The fault in the spec syntax of parseFaultSpec(): "delay=2000", "reset", "code=66".
    QString describe() const;
};

// Which requests a fault hits: the next `times` requests of `operation` (concerning `billNo`
// when it is set).
struct SandboxFaultRule
{
    SandboxFault fault;
    SandboxOperation operation = SandboxOperation::Any;
    QString billNo; // empty: any bill (or none)
    int times = 1;  // < 0: until cleared
};

// A fault in the payment notifications of one payment.
struct NotificationFault
{
    enum class Kind {
        Duplicate,  // the genuine notification and copies - 1 identical ones after it
        OutOfOrder, // after the genuine one, a validly signed status-1 ("in process") one
        Forged,     // before the genuine one, a copy whose signature is wrong
        Drop,       // nothing is sent
    };

    Kind kind = Kind::Duplicate;
    int copies = 2; // Duplicate only: total number sent

    QString describe() const; // "notify-duplicate=3", "notify-out-of-order", ...
};

struct NotificationFaultRule
{
    NotificationFault fault;
    QString billNo; // empty: the next payment
    int times = 1;  // < 0: until cleared
};

// Faults written as text, for `kasir sandbox --fault ...` and POST /sandbox/faults:
//
//   rule     := kind ['=' value] ['@' operation] ['#' bill_no] ['*' (count | "always")]
//   kinds    := delay=MS | hang | reset | http[=STATUS] | html | malformed | code=XX
//             | redirect-scheme | redirect-bill | redirect-merchant
//             | notify-duplicate[=N] | notify-out-of-order | notify-forged | notify-drop
//   operation:= any | channels | post-data | inquiry | cancel | lender
//
// Rules are separated by spaces, commas, semicolons or new lines. Examples:
//   "reset@post-data"            the next post-data creates its bill, then the connection resets
//   "delay=3000@inquiry*5"       the next five status inquiries answer after 3 s
//   "code=66@post-data"          the next post-data is refused with response_code 66
//   "redirect-bill@post-data"    the next post-data creates its bill, but its redirect_url names
//                                another bill_no (also: redirect-scheme, redirect-merchant)
//   "notify-duplicate=3#K01A1"   bill K01A1's payment is notified three times
struct SandboxFaultSpec
{
    QList<SandboxFaultRule> requestFaults;
    QList<NotificationFaultRule> notificationFaults;
};
std::optional<SandboxFaultSpec> parseFaultSpec(QStringView text, QString *error = nullptr);
QString describeFaultRule(const SandboxFaultRule &rule);
QString describeFaultRule(const NotificationFaultRule &rule);

// The faults waiting to happen, in the order they were added: request faults for the HTTP layer,
// notification faults for the lender flow. Each rule is used up by the requests or payments it
// hits.
class SandboxFaultRules
{
public:
    void add(const SandboxFaultRule &rule) { m_requestFaults.append(rule); }
    void add(const NotificationFaultRule &rule) { m_notificationFaults.append(rule); }
    // Faults written as text (parseFaultSpec); false and an error for a bad spec.
    bool addSpec(QStringView spec, QString *error = nullptr);
    void clear();

    QList<SandboxFaultRule> requestFaults() const { return m_requestFaults; }
    QList<NotificationFaultRule> notificationFaults() const { return m_notificationFaults; }

    // The fault of the first rule that hits this request, which counts one use; never for
    // SandboxOperation::Other (admin, return page).
    std::optional<SandboxFault> takeRequestFault(SandboxOperation operation, const QString &billNo);
    // The same for the notification of a payment of bill_no.
    std::optional<NotificationFault> takeNotificationFault(const QString &billNo);

private:
    QList<SandboxFaultRule> m_requestFaults;
    QList<NotificationFaultRule> m_notificationFaults;
};

} // namespace kasir
