#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace kasir::testsupport {

struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString error; // empty on success

    bool isValid() const { return error.isEmpty() && !certificate.isNull() && !key.isNull(); }
};

// Generates a fresh self-signed P-256 certificate at test time (nothing committed can expire).
// Valid from one hour ago for `validDays`; subject CN = commonName; subjectAltName lists the DNS
// names and IP addresses (e.g. "localhost", "127.0.0.1") so that host-name checks can pass when a
// test trusts the certificate.
SelfSignedCertificate generateSelfSignedCertificate(
    const QString &commonName = QStringLiteral("localhost"),
    const QStringList &dnsNames = {QStringLiteral("localhost")},
    const QStringList &ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")},
    int validDays = 2);

} // namespace kasir::testsupport
