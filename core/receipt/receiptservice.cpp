#include "core/receipt/receiptservice.h"

#include "core/attempt/attempt.h"
#include "core/journal/stores.h"
#include "core/receipt/receiptoutput.h"
#include "core/receipt/receiptpdf.h"

#include <QLoggingCategory>

namespace kasir {

Q_LOGGING_CATEGORY(lcReceipt, "kasir.receipt")

namespace {
constexpr char Ctx[] = "kasir::ReceiptService";
}

ReceiptService::ReceiptService(ReceiptStore *receipts, const AttemptReader *attempts,
                               StoreInfo store, QString dataDir, ReceiptWidth width,
                               QObject *parent)
    : QObject(parent)
    , m_store(receipts)
    , m_attempts(attempts)
    , m_storeInfo(std::move(store))
    , m_dataDir(std::move(dataDir))
    , m_width(width)
{}

ReceiptService::~ReceiptService() = default;

void ReceiptService::setOutput(ReceiptOutput *output, bool autoPrint)
{
    if (m_output)
        disconnect(m_output, nullptr, this, nullptr);
    m_output = output;
    m_autoPrint = autoPrint;
    if (m_output)
        connect(m_output, &ReceiptOutput::printed, this, &ReceiptService::onPrinted);
}

ReceiptData ReceiptService::dataFor(const Attempt &attempt, int copyNumber) const
{
    ReceiptData data = receiptFromAttempt(attempt, m_storeInfo, copyNumber);
    if (data.settledByHand) {
        // The supervisor's event that made it Paid names who settled it and why.
        if (const auto settled = handSettlement(m_attempts->events(attempt.id), attempt.state)) {
            data.settledBy = settled->by;
            data.settledReason = settled->reason;
        }
    }
    return data;
}

int ReceiptService::copiesMade(qint64 attemptId) const
{
    int copies = 0;
    for (const ReceiptRecord &r : m_store->receipts(attemptId))
        copies += r.copyNumber > 0 ? 1 : 0;
    return copies;
}

QString ReceiptService::archive(const Attempt &attempt, const ReceiptData &data,
                                const ReceiptRecord &record)
{
    const QString pdf = receiptArchivePath(m_dataDir, data);
    QString pdfError;
    JournalError error;
    if (writeReceiptPdf(data, m_width, pdf, &pdfError)) {
        m_store->updateReceipt(record.id, record.status, record.error, pdf, &error);
        Q_EMIT receiptArchived(attempt.id, data.copyNumber, pdf);
        return pdf;
    }
    qCWarning(lcReceipt) << "receipt PDF not archived:" << pdfError;
    m_store->updateReceipt(record.id, record.status, pdfError, QString(), &error);
    return {};
}

std::optional<ReceiptRecord> ReceiptService::produce(const Attempt &attempt, int copyNumber,
                                                     const ReceiptRecord &record, bool print)
{
    const ReceiptData data = dataFor(attempt, copyNumber);
    const QString pdf = archive(attempt, data, record);
    if (print && m_output) {
        const quint64 job = m_nextJob++;
        m_jobs.insert(job, Job{record.id, attempt.id, copyNumber});
        m_output->print(data, job);
    }
    ReceiptRecord stored = record;
    stored.pdfPath = pdf;
    return stored;
}

void ReceiptService::handlePaid(const Attempt &attempt)
{
    if (attempt.state != AttemptState::Paid)
        return;
    for (const ReceiptRecord &r : m_store->receipts(attempt.id)) {
        if (!r.isCopy())
            return; // the original exists: never two
    }
    JournalError error;
    const std::optional<ReceiptRecord> record = m_store->addReceipt(attempt.id, &error);
    if (!record) {
        qCWarning(lcReceipt) << "original receipt not recorded:" << error.detail;
        return;
    }
    if (record->isCopy())
        return; // raced with another path that made the original
    produce(attempt, 0, *record, m_autoPrint);
}

std::optional<ReceiptRecord> ReceiptService::reprint(qint64 attemptId, TranslatableText *error)
{
    const std::optional<Attempt> attempt = m_attempts->attempt(attemptId);
    if (!attempt || attempt->state != AttemptState::Paid) {
        if (error) {
            *error = TranslatableText(
                Ctx, QT_TRANSLATE_NOOP("kasir::ReceiptService", "Only a paid sale has a receipt."));
        }
        return std::nullopt;
    }
    JournalError journalError;
    const std::optional<ReceiptRecord> record = m_store->addReceipt(attemptId, &journalError);
    if (!record) {
        if (error)
            *error = journalError.message;
        return std::nullopt;
    }
    return produce(*attempt, record->copyNumber, *record, true);
}

void ReceiptService::retryUnprinted()
{
    if (!m_output)
        return;
    for (const ReceiptRecord &r : m_store->unprintedReceipts()) {
        const std::optional<Attempt> attempt = m_attempts->attempt(r.attemptId);
        if (!attempt)
            continue;
        const quint64 job = m_nextJob++;
        m_jobs.insert(job, Job{r.id, r.attemptId, r.copyNumber});
        m_output->print(dataFor(*attempt, r.copyNumber), job);
    }
}

void ReceiptService::recover()
{
    for (const Attempt &a : m_store->paidAttemptsWithoutReceipt())
        handlePaid(a);
    // A receipt recorded but never archived: the process ended between the two (a kill or a
    // power cut), or the PDF could not be written then (disk full). Archive it now; printing
    // stays with the queue (retryUnprinted, reprint from history).
    for (const ReceiptRecord &r : m_store->unprintedReceipts()) {
        if (!r.pdfPath.isEmpty())
            continue;
        const std::optional<Attempt> attempt = m_attempts->attempt(r.attemptId);
        if (attempt && attempt->state == AttemptState::Paid)
            archive(*attempt, dataFor(*attempt, r.copyNumber), r);
    }
}

QString ReceiptService::originalPdf(qint64 attemptId) const
{
    for (const ReceiptRecord &r : m_store->receipts(attemptId)) {
        if (!r.isCopy())
            return r.pdfPath;
    }
    return {};
}

bool ReceiptService::writePdfTo(qint64 attemptId, const QString &path, QString *error) const
{
    const std::optional<Attempt> attempt = m_attempts->attempt(attemptId);
    if (!attempt || attempt->state != AttemptState::Paid) {
        if (error)
            *error = QStringLiteral("the sale is not paid");
        return false;
    }
    return writeReceiptPdf(dataFor(*attempt, 0), m_width, path, error);
}

void ReceiptService::onPrinted(quint64 jobId, bool ok, const QString &error)
{
    const auto it = m_jobs.constFind(jobId);
    if (it == m_jobs.constEnd())
        return;
    const Job job = *it;
    m_jobs.erase(it);
    JournalError journalError;
    m_store->updateReceipt(job.receiptId, ok ? ReceiptStatus::Printed : ReceiptStatus::Failed,
                           ok ? QString() : error, QString(), &journalError);
    if (!ok)
        qCWarning(lcReceipt) << "receipt not printed, queued:" << error;
    Q_EMIT printFinished(job.attemptId, job.copyNumber, ok, error);
}

} // namespace kasir
