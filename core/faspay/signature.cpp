#include "core/faspay/signature.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

namespace kasir::faspay {

QString signatureOf(QStringView concatenation)
{
    const QByteArray md5Hex =
        QCryptographicHash::hash(concatenation.toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(QCryptographicHash::hash(md5Hex, QCryptographicHash::Sha1).toHex());
}

QString channelInquirySignature(const Credentials &credentials)
{
    return signatureOf(QString(credentials.effectiveUserId() + credentials.password));
}

QString billSignature(const Credentials &credentials, QStringView billNo)
{
    return signatureOf(QString(credentials.effectiveUserId() + credentials.password + billNo));
}

QString statusSignature(const Credentials &credentials, QStringView billNo, QStringView statusCode)
{
    return signatureOf(
        QString(credentials.effectiveUserId() + credentials.password + billNo + statusCode));
}

bool signaturesEqual(QStringView received, QStringView expected)
{
    // Both sides go through the same fixed-size buffer so that the comparison takes the same
    // time whatever the input; the length check happens after the comparison.
    const QByteArray a = received.toString().toLower().toLatin1();
    const QByteArray b = expected.toString().toLower().toLatin1();
    constexpr qsizetype Size = 64;
    char bufA[Size] = {};
    char bufB[Size] = {};
    std::copy_n(a.constData(), std::min(a.size(), Size), bufA);
    std::copy_n(b.constData(), std::min(b.size(), Size), bufB);
    const bool sameBytes = CRYPTO_memcmp(bufA, bufB, Size) == 0;
    return sameBytes && a.size() == b.size() && b.size() <= Size && !b.isEmpty();
}

} // namespace kasir::faspay
