#include "core/config/passwordstore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcPasswordStore, "kasir.keychain")

namespace kasir {

namespace {

constexpr const char *Ctx = "kasir::PasswordStore";

PasswordStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return PasswordStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return PasswordStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return PasswordStore::Status::NoKeychain;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return PasswordStore::Status::Denied;
    case QKeychain::CouldNotDeleteEntry:
        return PasswordStore::Status::Failed;
    }
    return PasswordStore::Status::Failed;
}

TranslatableText messageFor(PasswordStore::Status status, PasswordStore::Operation operation)
{
    switch (status) {
    case PasswordStore::Status::Ok:
        return {};
    case PasswordStore::Status::NotFound:
        return TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::PasswordStore",
                                                       "No Faspay password is stored in the "
                                                       "keychain for this merchant yet. Enter "
                                                       "it in Settings."));
    case PasswordStore::Status::NoKeychain:
        return PasswordStore::noKeychainMessage();
    case PasswordStore::Status::Denied:
        return TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::PasswordStore",
                                                       "The keychain refused access to the "
                                                       "Faspay password. Unlock the keychain "
                                                       "(log in again) and try once more."));
    case PasswordStore::Status::Failed:
        break;
    }
    if (operation == PasswordStore::Operation::Remove)
        return TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::PasswordStore",
                                                       "The Faspay password could not be "
                                                       "removed from the keychain. Try again, "
                                                       "or remove it with the system's "
                                                       "password manager."));
    return TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::PasswordStore",
                                                   "The keychain failed. Try again; if it "
                                                   "keeps failing, restart the computer."));
}

} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : PasswordStore(defaultService(), parent)
{}

PasswordStore::PasswordStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
    qRegisterMetaType<kasir::PasswordStore::Result>();
}

PasswordStore::~PasswordStore() = default;

QString PasswordStore::keyFor(const QString &merchantId)
{
    return QStringLiteral("faspay-password/") + merchantId;
}

TranslatableText PasswordStore::noKeychainMessage()
{
    return TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::PasswordStore",
                                                   "No keychain is available on this computer, "
                                                   "so the Faspay password cannot be saved. Set "
                                                   "it in the environment variable "
                                                   "KASIR_FASPAY_PASSWORD instead."));
}

quint64 PasswordStore::read(const QString &merchantId)
{
    return start(Operation::Read, merchantId, QString());
}

quint64 PasswordStore::write(const QString &merchantId, const QString &password)
{
    return start(Operation::Write, merchantId, password);
}

quint64 PasswordStore::remove(const QString &merchantId)
{
    return start(Operation::Remove, merchantId, QString());
}

quint64 PasswordStore::start(Operation operation, const QString &merchantId,
                             const QString &password)
{
    const quint64 request = m_next++;
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service, this);
        w->setTextData(password);
        job = w;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(keyFor(merchantId));
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in a settings file
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this,
            [this, request, operation, merchantId](QKeychain::Job *done) {
                --m_pending;
                Result result;
                result.request = request;
                result.operation = operation;
                result.merchantId = merchantId;
                result.status = statusOf(done->error());
                if (result.status != Status::Ok)
                    result.detail = done->errorString();
                // Removing what is not there leaves the keychain as asked.
                if (operation == Operation::Remove && result.status == Status::NotFound)
                    result.status = Status::Ok;
                if (operation == Operation::Read && result.status == Status::Ok)
                    result.password = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
                result.message = messageFor(result.status, operation);
                m_available = result.status != Status::NoKeychain;
                if (!result.ok())
                    qCInfo(lcPasswordStore) << operation << "of the password for merchant"
                                            << merchantId << "->" << result.status << result.detail;
                Q_EMIT finished(result);
            });
    // QtKeychain starts the job from the event loop; finished() never comes from in here.
    job->start();
    return request;
}

} // namespace kasir
