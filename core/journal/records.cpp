#include "core/journal/records.h"

namespace kasir {

// ---- receipt status keys -----------------------------------------------------------------------

QString receiptStatusKey(ReceiptStatus status)
{
    switch (status) {
    case ReceiptStatus::Queued:
        return QStringLiteral("queued");
    case ReceiptStatus::Printed:
        return QStringLiteral("printed");
    case ReceiptStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<ReceiptStatus> receiptStatusFromKey(QStringView key)
{
    for (ReceiptStatus s : {ReceiptStatus::Queued, ReceiptStatus::Printed, ReceiptStatus::Failed}) {
        if (receiptStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString staffRoleKey(StaffRole role)
{
    return role == StaffRole::Supervisor ? QStringLiteral("supervisor") : QStringLiteral("cashier");
}

std::optional<StaffRole> staffRoleFromKey(QStringView key)
{
    if (key == QLatin1String("supervisor"))
        return StaffRole::Supervisor;
    if (key == QLatin1String("cashier"))
        return StaffRole::Cashier;
    return std::nullopt;
}

} // namespace kasir
