#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace kasir {

// Secrets and personal data never reach the journal's event log or a log line: the merchant
// password, every signature, and the customer's phone numbers and e-mail addresses.
//
// A key is sensitive when, case-insensitively and without an XML namespace prefix, it is
// `password`, `signature`, `msisdn`, `email` or `phone`, or ends in `_password`, `_signature`,
// `_msisdn`, `_email` or `_phone` (billing_msisdn, shipping_msisdn, cust_email, ...).
bool isSensitiveKey(QByteArrayView key);

// The value of every sensitive key replaced by "***", everything else byte for byte as it was
// (key order, spacing, unknown fields), so that the journal keeps what really went over the wire.
// Handles, in one pass each and without ever failing:
//   - JSON, also truncated, at any depth (item arrays, nested objects; a sensitive key's whole
//     value is replaced even when it is an object or array), and JSON text escaped inside a JSON
//     string value;
//   - XML elements (<signature>…</signature>, <ns:email>…</ns:email>) and attributes;
//   - key=value and key: value pairs (form bodies, query strings, return URLs, log lines).
// A body with NUL bytes is not text: it is replaced by a note that keeps only its size.
QByteArray redactBody(const QByteArray &body);

// The same for one log line or a message meant for people.
QString redactText(const QString &text);

} // namespace kasir
