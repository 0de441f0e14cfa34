#include "core/sandbox/sandboxrecords.h"

namespace kasir {

QString sandboxStatusDescription(int paymentStatus)
{
    // Faspay's sandbox answers in Indonesian ("Belum diproses", Part B §7) and its notifications
    // say "Payment Sukses"; clients must switch on the code only.
    switch (paymentStatus) {
    case SandboxStatus::Unprocessed:
        return QStringLiteral("Belum diproses");
    case SandboxStatus::InProcess:
        return QStringLiteral("Sedang diproses");
    case SandboxStatus::Paid:
        return QStringLiteral("Payment Sukses");
    case SandboxStatus::Failed:
        return QStringLiteral("Payment Gagal");
    case SandboxStatus::Reversed:
        return QStringLiteral("Payment Reversal");
    case SandboxStatus::NoBill:
        return QStringLiteral("No bills found");
    case SandboxStatus::Expired:
        return QStringLiteral("Payment Expired");
    case SandboxStatus::Cancelled:
        return QStringLiteral("Payment Cancelled");
    default:
        return QStringLiteral("Unknown");
    }
}

QString notificationKindKey(NotificationDelivery::Kind kind)
{
    switch (kind) {
    case NotificationDelivery::Kind::Genuine:
        return QStringLiteral("genuine");
    case NotificationDelivery::Kind::Duplicate:
        return QStringLiteral("duplicate");
    case NotificationDelivery::Kind::OutOfOrder:
        return QStringLiteral("out-of-order");
    case NotificationDelivery::Kind::Forged:
        return QStringLiteral("forged");
    }
    return QString();
}

} // namespace kasir
