#pragma once

// Internal to core/faspay: reads the text fields of a Faspay answer or notification with the
// tolerance of Part A §2 and remembers the first problem. Not part of the public API.

#include "core/faspay/responseheader.h"

#include <QJsonObject>
#include <QString>

namespace kasir::faspay::detail {

class JsonFieldReader
{
public:
    explicit JsonFieldReader(QJsonObject object)
        : m_object(std::move(object))
    {}

    // Strings as they are, numbers as digits (Part A §2), trimmed; empty when absent or null.
    // Booleans, arrays and objects are a WrongType problem naming the field; text that is not
    // plain (isPlainText) a BadText problem.
    QString text(const char *key);
    // As text(), and a MissingField problem when the result is empty.
    QString required(const char *key);
    // Records a problem unless one is already recorded (the first one is the one reported).
    void fail(BodyError error, const QString &detail);

    bool ok() const { return m_error == BodyError::None; }
    BodyError error() const { return m_error; }
    const QString &detail() const { return m_detail; }
    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
    BodyError m_error = BodyError::None;
    QString m_detail;
};

// No control, formatting (byte-order mark, zero-width), surrogate, private-use or unassigned
// character: text that reads back the same after trimming, and that a person can see whole.
bool isPlainText(QStringView text);
// text without the ASCII white space (space, tab, line breaks) at either end.
QStringView trimmedAsciiSpace(QStringView text);

// Shortest form of a one-character digit code: true for "0" ... "9".
bool isSingleAsciiDigit(QStringView text);

} // namespace kasir::faspay::detail
