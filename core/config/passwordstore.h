#pragma once

#include "core/common/translatabletext.h"

#include <QObject>
#include <QString>

#include <optional>

namespace kasir {

// The Faspay password in the operating system's keychain (Secret Service on Linux, Credential
// Manager on Windows, Keychain on macOS) through QtKeychain, under service "Kasir" and key
// "faspay-password/<merchant id>". Never written anywhere else: QtKeychain's insecure
// plain-text fallback is off.
//
// Asynchronous: read(), write() and remove() return a request number at once; finished() is
// emitted exactly once per request, later, from the event loop. Where no keychain is available
// (no D-Bus session or no Secret Service: headless counters, containers) the result's status is
// NoKeychain and only the environment variable KASIR_FASPAY_PASSWORD can supply the password.
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)
    enum class Status {
        Ok,
        NotFound,   // read/remove: nothing stored for this merchant
        NoKeychain, // no keychain on this computer (QtKeychain NoBackendAvailable, or
                    // OtherError, which is what it reports without a D-Bus session)
        Denied,     // the user or the system refused access
        Failed,     // anything else; `detail` has QtKeychain's text
    };
    Q_ENUM(Status)

    struct Result
    {
        quint64 request = 0;
        Operation operation = Operation::Read;
        QString merchantId;
        Status status = Status::Failed;
        QString password;         // Read + Ok only
        TranslatableText message; // for the screen; empty when Ok
        QString detail;           // QtKeychain's error text, for the log (never the password)
        bool ok() const { return status == Status::Ok; }
    };

    explicit PasswordStore(QObject *parent = nullptr);
    PasswordStore(QString service, QObject *parent);
    ~PasswordStore() override;

    static QString defaultService() { return QStringLiteral("Kasir"); }
    static QString keyFor(const QString &merchantId);

    // Virtual so that widget tests can stand in a fake keychain.
    virtual quint64 read(const QString &merchantId);
    virtual quint64 write(const QString &merchantId, const QString &password);
    virtual quint64 remove(const QString &merchantId);

    // What the last finished request said about the keychain: nullopt before any, false
    // after a NoKeychain result, true after any other.
    std::optional<bool> keychainAvailable() const { return m_available; }
    void setKeychainAvailable(bool available) { m_available = available; }
    int pendingRequests() const { return m_pending; }

    static TranslatableText noKeychainMessage();

Q_SIGNALS:
    void finished(const kasir::PasswordStore::Result &result);

private:
    quint64 start(Operation operation, const QString &merchantId, const QString &password);

    QString m_service;
    quint64 m_next = 1;
    int m_pending = 0;
    std::optional<bool> m_available;
};

} // namespace kasir

Q_DECLARE_METATYPE(kasir::PasswordStore::Result)
