#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace kasir::faspay {

// Faspay answers are JSON objects whose values may come as strings or numbers (Part A §2).
// Returns the value as text: strings as they are, integral numbers without a fraction, booleans
// as "true"/"false"; empty for null, missing, arrays and objects.
QString jsonText(const QJsonValue &value);

// Why a body could not be read as a Faspay answer.
enum class BodyError {
    None,
    Empty,
    TooLarge,  // over MaxResponseBytes
    NotJson,   // HTML error page, truncated JSON, binary
    NotObject, // valid JSON, but an array or a scalar
    NoResponseCode,
    // Used by the typed parsers (responses.h, notification.h, returnurl.h):
    WrongType,    // a field Kasir reads has the wrong type (a list where text belongs, a status
                  // code that is not a digit); numbers where strings are expected are fine
    MissingField, // a field Kasir needs is absent or empty
    NotXml,       // an XML notification that is not well-formed or not <faspay>...</faspay>
    DtdRefused,   // an XML body with a DOCTYPE (entity declarations are never expanded)
    BadText,      // a text field holds a control, formatting (a byte-order mark, zero-width
                  // characters), surrogate, private-use or unassigned character: nobody can say
                  // which bill or merchant such a value means, so it is never guessed at
};
QString bodyErrorKey(BodyError error); // "empty", "too_large", "not_json", ...

// Whether a JSON body holds a UTF-8 byte-order mark anywhere but before the document (where RFC
// 8259 §8.1 lets a reader ignore it). Qt's JSON reader silently drops one at the start of any
// string, key or value ("\uFEFF37020" is read as "37020"): such a body says something other
// than what Kasir would read, so it is refused as BadText instead.
bool hasInnerByteOrderMark(QByteArrayView body);

// Largest answer Kasir reads; Faspay's biggest (the channel list) is a few KiB.
constexpr qsizetype MaxResponseBytes = 256 * 1024;

struct ResponseHeader
{
    QString responseCode; // "00" on success
    QString responseDesc;
    bool fromResponseError = false; // came inside {"response_error": {...}}
};

struct HeaderParse
{
    std::optional<ResponseHeader> header;
    BodyError error = BodyError::None;
    QJsonObject object; // the whole body when it is a JSON object
};

// Checks `response_error` first, then `response_code` (Part A §2). Never throws, never crashes
// on any input.
HeaderParse parseResponseHeader(const QByteArray &body);

} // namespace kasir::faspay
