#pragma once

#include "core/faspay/channelcatalog.h"
#include "core/faspay/codes.h"
#include "core/faspay/responseheader.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace kasir::faspay {

// The result of every typed parser in core/faspay: a value, or why there is none. `detail` names
// the field for WrongType / MissingField (for logs; the cashier sees a message chosen from
// `error`). Parsers never throw and never crash, whatever the bytes.
template<class T>
struct Parsed
{
    std::optional<T> value;
    BodyError error = BodyError::None;
    QString detail;

    bool ok() const { return value.has_value(); }
};

// Common to the four answers. A non-"00" answer is a valid answer (the parse succeeds); only a
// "00" answer must carry the fields Kasir needs to go on.
struct AnswerHeader
{
    ResponseHeader header;
    bool isSuccess() const { return header.responseCode == QLatin1String("00"); }
};

// Payment Channel Inquiry answer (Part B §4).
struct ChannelListResponse : AnswerHeader
{
    QString merchantId;
    QString merchant;
    QList<ChannelInfo> channels;
    int skippedEntries = 0; // list entries without a usable pg_code (not objects, wrong types)
};

// Post Data Transaction answer (Part B §5.3). A "00" answer must carry trx_id (1-32 ASCII
// letters or digits, opaque: Part B U7) and redirect_url; whether redirect_url may be shown is
// redirectUrlLooksRight's decision.
struct PostDataResponse : AnswerHeader
{
    QString trxId;
    QString billNo;
    QString merchantId;
    QString merchant;
    QString redirectUrl; // as received
};

// Inquiry Payment Status answer (Part B §7). A "00" answer must carry a payment_status_code that
// is one of Part B §9.1's codes.
struct StatusResponse : AnswerHeader
{
    QString trxId;
    QString billNo;
    QString merchantId;
    QString merchant;
    std::optional<PaymentStatus> paymentStatus;
    QString paymentStatusCode; // as received (trimmed)
    QString paymentStatusDesc; // free text that changes between servers: never switch on it
    QString paymentReff;
    QString paymentDate;  // "yyyy-MM-dd HH:mm:ss" WIB, or empty while unpaid
    QString paymentTotal; // as received: compare with returnedAmountMatches (Part A §4)

    std::optional<QDateTime> paymentDateTime() const;
};

// Cancel Transaction answer (Part B §8). payment_status_code is optional here, but when present
// it must be a known code.
struct CancelResponse : AnswerHeader
{
    QString trxId;
    QString billNo;
    QString merchantId;
    QString merchant;
    QString trxStatusCode; // undocumented value list (Part B U9): informational only
    QString trxStatusDesc;
    std::optional<PaymentStatus> paymentStatus;
    QString paymentStatusCode;
    QString paymentStatusDesc;
    QString paymentCancelDate;
    QString paymentCancel;
};

Parsed<ChannelListResponse> parseChannelListResponse(const QByteArray &body);
Parsed<PostDataResponse> parsePostDataResponse(const QByteArray &body);
Parsed<StatusResponse> parseStatusResponse(const QByteArray &body);
Parsed<CancelResponse> parseCancelResponse(const QByteArray &body);

// Design §4: a redirect_url may be shown (as a QR code or in the browser) only when it is a valid
// absolute http(s) URL with a host and no user name or password in it, and, if its query carries
// `bill_no` or `merchant_id` (every time they appear), those equal the bill and merchant this
// attempt posted. Anything else is treated as a possible forgery: the attempt becomes Unknown
// and nothing is shown.
bool redirectUrlLooksRight(const QUrl &url, const QString &billNo, const QString &merchantId);

} // namespace kasir::faspay
