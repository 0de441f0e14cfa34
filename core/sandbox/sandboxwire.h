#pragma once

#include "core/common/wib.h"
#include "core/money/money.h"
#include "core/sandbox/sandboxconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// The sandbox's own reading and writing of Faspay's wire forms. Deliberately independent of
// core/faspay's encoder and parsers: the sandbox checks the client, so it must not share the
// code it checks.
namespace kasir::sandboxwire {

// Jakarta time: the one definition in core/common/wib.h (a constant, not code under test).
constexpr int WibOffsetSecs = WibOffsetSeconds;

// "yyyy-MM-dd HH:mm:ss" in WIB for a UTC instant.
QString formatWib(const QDateTime &utc);
// Exactly "yyyy-MM-dd HH:mm:ss" (19 characters, a real date and time) read as WIB; the UTC
// instant, or nullopt.
std::optional<QDateTime> parseWib(QStringView text);

// A request amount: rupiah x 100 as a digit string of at most 15 digits (Part A §4).
struct WireAmount
{
    enum class Error { None, NotDigits, TooLong, NotWholeRupiah };
    Money money;
    Error error = Error::None;
    bool ok() const { return error == Error::None; }
};
WireAmount parseWireAmount(QStringView text);
// Why an amount was refused, for a response_desc ("is not a digit string ...").
QString wireAmountProblem(WireAmount::Error error);

// An amount in the sandbox's answers: whole rupiah, or rupiah x 100 when configured.
QString answerAmount(Money amount, bool times100);

// Ordered string fields of a Faspay message.
using Fields = QList<std::pair<QString, QString>>;
QByteArray fieldsToJson(const Fields &fields);
// <?xml ...?><faspay><name>value</name>...</faspay>
QByteArray fieldsToXml(const Fields &fields);

// {"response_error":{"response_code":code,"response_desc":desc}}
QByteArray responseErrorJson(const QString &code, const QString &desc);

// Whether a notification receiver's answer acknowledges a notification (Part A §13): in the
// notification's format, response_code "00", and bill_no, trx_id and merchant_id echoed.
struct Acknowledgement
{
    bool acknowledged = false;
    QString problem; // empty when acknowledged
};
Acknowledgement checkAcknowledgement(const QByteArray &body,
                                     SandboxConfig::NotificationFormat format,
                                     const QString &billNo, const QString &trxId,
                                     const QString &merchantId);

} // namespace kasir::sandboxwire
