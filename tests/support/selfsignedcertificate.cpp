#include "tests/support/selfsignedcertificate.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace kasir::testsupport {

namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

} // namespace

SelfSignedCertificate generateSelfSignedCertificate(const QString &commonName,
                                                    const QStringList &dnsNames,
                                                    const QStringList &ipAddresses, int validDays)
{
    SelfSignedCertificate result;
    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key) {
        result.error = QStringLiteral("EC key generation failed");
        return result;
    }
    X509Ptr cert(X509_new());
    if (!cert) {
        result.error = QStringLiteral("X509_new failed");
        return result;
    }
    X509_set_version(cert.get(), 2); // v3
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 86400L * validDays);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);

    QStringList altNames;
    for (const QString &dns : dnsNames)
        altNames << QStringLiteral("DNS:") + dns;
    for (const QString &ip : ipAddresses)
        altNames << QStringLiteral("IP:") + ip;
    bool ok = addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE") &&
              addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign") &&
              addExtension(cert.get(), NID_ext_key_usage, "serverAuth") &&
              addExtension(cert.get(), NID_subject_key_identifier, "hash");
    if (ok && !altNames.isEmpty())
        ok = addExtension(cert.get(), NID_subject_alt_name,
                          altNames.join(QLatin1Char(',')).toUtf8());
    if (!ok || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        result.error = QStringLiteral("building or signing the certificate failed");
        return result;
    }

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1) {
        result.error = QStringLiteral("PEM encoding failed");
        return result;
    }
    result.certificate = QSslCertificate(bioBytes(certBio.get()), QSsl::Pem);
    result.key = QSslKey(bioBytes(keyBio.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (result.certificate.isNull() || result.key.isNull())
        result.error = QStringLiteral("Qt could not read the generated PEM");
    return result;
}

} // namespace kasir::testsupport
