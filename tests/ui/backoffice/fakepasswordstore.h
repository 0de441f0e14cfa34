#pragma once

// A keychain for widget tests: keeps passwords in memory, or behaves like a computer without a
// keychain. Answers from the event loop, like QtKeychain.

#include "core/config/passwordstore.h"

#include <QHash>
#include <QTimer>

namespace kasir::testsupport {

class FakePasswordStore : public PasswordStore
{
public:
    explicit FakePasswordStore(QObject *parent = nullptr)
        : PasswordStore(QStringLiteral("KasirTest"), parent)
    {}

    bool noKeychain = false;
    QHash<QString, QString> stored; // merchant id -> password
    int writes = 0;

    quint64 read(const QString &merchantId) override
    {
        return answer(Operation::Read, merchantId, QString());
    }
    quint64 write(const QString &merchantId, const QString &password) override
    {
        ++writes;
        return answer(Operation::Write, merchantId, password);
    }
    quint64 remove(const QString &merchantId) override
    {
        return answer(Operation::Remove, merchantId, QString());
    }

private:
    quint64 answer(Operation op, const QString &merchantId, const QString &password)
    {
        const quint64 id = m_nextId++;
        Result r;
        r.request = id;
        r.operation = op;
        r.merchantId = merchantId;
        if (noKeychain) {
            r.status = Status::NoKeychain;
            r.message = noKeychainMessage();
        } else if (op == Operation::Write) {
            stored.insert(merchantId, password);
            r.status = Status::Ok;
        } else if (op == Operation::Remove) {
            stored.remove(merchantId);
            r.status = Status::Ok;
        } else if (stored.contains(merchantId)) {
            r.status = Status::Ok;
            r.password = stored.value(merchantId);
        } else {
            r.status = Status::NotFound;
            r.message = TranslatableText("kasir::PasswordStore", "No password");
        }
        const bool available = !noKeychain;
        QTimer::singleShot(0, this, [this, r, available] {
            setKeychainAvailable(available);
            Q_EMIT finished(r);
        });
        return id;
    }

    quint64 m_nextId = 1000;
};

} // namespace kasir::testsupport
