#include "core/config/pinhash.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <optional>

namespace kasir::pinhash {

namespace {

const QString Scheme = QStringLiteral("pbkdf2-sha256");

QByteArray derive(const QByteArray &pin, const QByteArray &salt, int iterations, int keyBytes)
{
    QByteArray key(keyBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(pin.constData(), static_cast<int>(pin.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     static_cast<int>(salt.size()), iterations, EVP_sha256(),
                                     keyBytes, reinterpret_cast<unsigned char *>(key.data()));
    return ok == 1 ? key : QByteArray();
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return !a.isEmpty() && a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

std::optional<Parsed> parse(const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return std::nullopt;
    bool number = false;
    const int iterations = parts.at(1).toInt(&number);
    if (!number || iterations < MinIterations || iterations > MaxIterations)
        return std::nullopt;
    const auto decode = [](const QString &text) {
        return QByteArray::fromBase64Encoding(text.toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto salt = decode(parts.at(2));
    const auto key = decode(parts.at(3));
    if (!salt || !key || salt.decoded.size() < 8 || key.decoded.size() < 16 ||
        key.decoded.size() > 64)
        return std::nullopt;
    return Parsed{iterations, salt.decoded, key.decoded};
}

// Kasir before PBKDF2: "salt$hex(SHA-256(salt ':' pin))", the salt a hexadecimal number.
Verification verifyLegacy(const QString &stored, const QString &pin)
{
    const qsizetype dollar = stored.indexOf(QLatin1Char('$'));
    if (dollar <= 0 || stored.indexOf(QLatin1Char('$'), dollar + 1) >= 0)
        return {};
    const QString salt = stored.left(dollar);
    const QByteArray expected = stored.mid(dollar + 1).toLatin1();
    const QByteArray actual =
        QCryptographicHash::hash(QString(salt + QLatin1Char(':') + pin).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex();
    const bool ok = sameBytes(expected, actual);
    return {ok, ok};
}

} // namespace

QString hash(const QString &pin, int iterations)
{
    if (pin.isEmpty())
        return {};
    iterations = qBound(MinIterations, iterations, MaxIterations);
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1)
        return {};
    const QByteArray key = derive(pin.toUtf8(), salt, iterations, KeyBytes);
    if (key.isEmpty())
        return {};
    return Scheme + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$') +
           QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') +
           QString::fromLatin1(key.toBase64());
}

Verification verify(const QString &stored, const QString &pin)
{
    if (stored.isEmpty() || pin.isEmpty())
        return {};
    if (!stored.startsWith(Scheme + QLatin1Char('$')))
        return verifyLegacy(stored, pin);
    const std::optional<Parsed> p = parse(stored);
    if (!p)
        return {};
    const QByteArray key =
        derive(pin.toUtf8(), p->salt, p->iterations, static_cast<int>(p->key.size()));
    const bool ok = sameBytes(key, p->key);
    return {ok, ok && (p->iterations < DefaultIterations || p->key.size() != KeyBytes)};
}

bool isPbkdf2(const QString &stored)
{
    return parse(stored).has_value();
}

int iterationsOf(const QString &stored)
{
    const std::optional<Parsed> p = parse(stored);
    return p ? p->iterations : 0;
}

} // namespace kasir::pinhash
