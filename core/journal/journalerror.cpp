#include "core/journal/journalerror.h"

#include <QDir>

namespace kasir {

namespace {

constexpr char Ctx[] = "kasir::Journal";

JournalError make(JournalError::Kind kind, QString detail, const char *source,
                  QStringList args = {})
{
    return JournalError{kind, std::move(detail), TranslatableText(Ctx, source, std::move(args))};
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

JournalError JournalError::corrupt(const QString &path, const QString &detail)
{
    return make(Corrupt, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "The payment journal %1 is damaged. Payments are disabled and "
                                  "the file has been left exactly as it was. Do not delete it: it "
                                  "is the record of past sales. Close Kasir, copy the file to a "
                                  "safe place and contact support."),
                {shown(path)});
}

JournalError JournalError::diskFull(const QString &path, const QString &detail)
{
    return make(Unwritable, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "The disk that holds the payment journal %1 is full. Payments "
                                  "are disabled so that no sale goes unrecorded. Free some disk "
                                  "space, then restart Kasir."),
                {shown(path)});
}

JournalError JournalError::diskAlmostFull(const QString &path, qint64 freeBytes, qint64 minimum)
{
    const auto mib = [](qint64 bytes) {
        return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
    };
    return make(Unwritable, QStringLiteral("%1 bytes free, %2 needed").arg(freeBytes).arg(minimum),
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "The disk that holds the payment journal %1 is almost full (%2 "
                                  "MB free, %3 MB needed). No new payment starts, so that every "
                                  "sale can be recorded completely. Free some disk space, then "
                                  "restart Kasir."),
                {shown(path), mib(freeBytes), mib(minimum)});
}

JournalError JournalError::readOnly(const QString &path, const QString &detail)
{
    return make(Unwritable, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "The payment journal %1 cannot be written: the file or its "
                                  "folder is read-only. Payments are disabled so that no sale "
                                  "goes unrecorded. Make the data folder writable, then restart "
                                  "Kasir."),
                {shown(path)});
}

JournalError JournalError::ioError(const QString &path, const QString &detail)
{
    return make(Unwritable, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "The disk reported an error while writing the payment journal "
                                  "%1. Payments are disabled so that no sale goes unrecorded. "
                                  "Check the disk, then restart Kasir."),
                {shown(path)});
}

JournalError JournalError::cannotOpen(const QString &path, const QString &detail)
{
    return make(Unwritable, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "Kasir cannot open or create the payment journal %1. Payments "
                                  "are disabled. Check that the data folder exists and is "
                                  "writable, then start Kasir again."),
                {shown(path)});
}

JournalError JournalError::locked(const QString &dataDir, qint64 pid, const QString &host,
                                  const QDateTime &since)
{
    const QString when = since.isValid()
                             ? since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                             : QStringLiteral("?");
    const QString detail = QStringLiteral("lock held by pid %1 on %2 since %3 in %4")
                               .arg(pid)
                               .arg(host, since.toUTC().toString(Qt::ISODate), dataDir);
    return make(Locked, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "Kasir is already tracking payments in %1 (process %2 on %3, "
                                  "since %4). Close that Kasir window or command first. "
                                  "\"kasir status\" and \"kasir pending\" still work beside it."),
                {shown(dataDir), QString::number(pid), host, when});
}

JournalError JournalError::lockFolderUnwritable(const QString &dataDir, const QString &detail)
{
    return make(Unwritable, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "Kasir cannot create its lock file in %1. Make the data folder "
                                  "writable, then start Kasir again."),
                {shown(dataDir)});
}

JournalError JournalError::busy(const QString &detail)
{
    return make(Busy, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "The payment journal is busy: another program is using it. "
                                  "Nothing was recorded. Try again in a moment."));
}

JournalError JournalError::attemptNotFound(qint64 attemptId)
{
    return make(NotFound, QStringLiteral("no attempt with id %1").arg(attemptId),
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "Payment attempt %1 is not in the journal. Nothing was "
                                  "recorded; refresh the list and try again."),
                {QString::number(attemptId)});
}

JournalError JournalError::billNotFound(const QString &billNo)
{
    return make(NotFound, QStringLiteral("no attempt with bill_no %1").arg(billNo),
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "There is no payment with bill number %1 in the journal. Check "
                                  "the number and try again."),
                {billNo});
}

JournalError JournalError::receiptNotFound(qint64 receiptId)
{
    return make(NotFound, QStringLiteral("no receipt with id %1").arg(receiptId),
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "Receipt %1 is not in the journal. Nothing was recorded; "
                                  "refresh the list and try again."),
                {QString::number(receiptId)});
}

JournalError JournalError::journalNotFound(const QString &path)
{
    return make(NotFound, QStringLiteral("no journal at %1").arg(path),
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "There is no payment journal at %1 yet. Start Kasir once to "
                                  "create it, or check the data folder setting."),
                {shown(path)});
}

JournalError JournalError::stateChanged(const QString &billNo, const QString &detail)
{
    return make(Conflict, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "Payment %1 was changed meanwhile by another step. Nothing was "
                                  "recorded; refresh it and try again."),
                {billNo});
}

JournalError JournalError::billNoTaken(const QString &billNo, const QString &detail)
{
    return make(Conflict, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "Bill number %1 is already used in the journal. Nothing was "
                                  "recorded and nothing was sent. Check the terminal code "
                                  "setting, then try again."),
                {billNo});
}

JournalError JournalError::barcodeTaken(const QString &code, const QString &sku)
{
    return make(Conflict, QStringLiteral("code %1 belongs to %2").arg(code, sku),
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "Barcode %1 already belongs to product %2. Nothing was saved; "
                                  "use another barcode or change product %2 first."),
                {code, sku});
}

JournalError JournalError::receiptNeedsPaid(const QString &billNo)
{
    return make(Conflict, QStringLiteral("attempt %1 is not paid").arg(billNo),
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "A receipt is only made for a paid sale, and %1 is not paid. "
                                  "Nothing was printed; check the payment status first."),
                {billNo});
}

JournalError JournalError::tooNew(const QString &path, int fileVersion, int knownVersion)
{
    return make(Incompatible,
                QStringLiteral("schema version %1 > %2").arg(fileVersion).arg(knownVersion),
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "The payment journal %1 was written by a newer version of Kasir "
                                  "(layout %2; this version knows up to %3). Payments are "
                                  "disabled and the file is left as it is. Install the newer "
                                  "Kasir again."),
                {shown(path), QString::number(fileVersion), QString::number(knownVersion)});
}

JournalError JournalError::tooOld(const QString &path, int fileVersion)
{
    return make(Incompatible, QStringLiteral("schema version %1 is older").arg(fileVersion),
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "The payment journal %1 uses an older layout (%2). Start Kasir "
                                  "once normally so that it updates the journal, then try "
                                  "again."),
                {shown(path), QString::number(fileVersion)});
}

JournalError JournalError::migrationFailed(const QString &path, int version, const QString &detail)
{
    return make(Other, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "Kasir could not update the payment journal %1 to layout %2. "
                                  "The journal was left as it was and payments are disabled. "
                                  "Make sure the disk has free space and restart Kasir; contact "
                                  "support if it happens again."),
                {shown(path), QString::number(version)});
}

JournalError JournalError::walUnavailable(const QString &path, const QString &detail)
{
    return make(Other, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "The payment journal %1 cannot use safe write-ahead logging on "
                                  "this drive. Payments are disabled. Keep the data folder on a "
                                  "local disk, then restart Kasir."),
                {shown(path)});
}

JournalError JournalError::readOnlyMode()
{
    return make(Unwritable, QStringLiteral("journal opened read-only"),
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "The payment journal is open for reading only here. Take "
                                  "payments in the Kasir window that tracks them."));
}

JournalError JournalError::invalidInput(const QString &detail)
{
    return make(Other, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "The payment journal refused incomplete data. Nothing was "
                                  "recorded. Try again; if it happens again, contact support."));
}

JournalError JournalError::other(const QString &detail)
{
    return make(Other, detail,
                QT_TRANSLATE_NOOP("kasir::Journal",
                                  "The payment journal reported an unexpected error. Nothing was "
                                  "recorded. Try again; if it happens again, restart Kasir and "
                                  "contact support."));
}

QString journalErrorKindName(JournalError::Kind kind)
{
    switch (kind) {
    case JournalError::None:
        return QStringLiteral("none");
    case JournalError::Corrupt:
        return QStringLiteral("corrupt");
    case JournalError::Unwritable:
        return QStringLiteral("unwritable");
    case JournalError::Locked:
        return QStringLiteral("locked");
    case JournalError::Busy:
        return QStringLiteral("busy");
    case JournalError::NotFound:
        return QStringLiteral("not-found");
    case JournalError::Conflict:
        return QStringLiteral("conflict");
    case JournalError::Incompatible:
        return QStringLiteral("incompatible");
    case JournalError::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace kasir
