#pragma once

#include "core/common/translatabletext.h"
#include "core/receipt/receipt.h"
#include "core/receipt/receiptoutput.h"
#include "core/receipt/receiptpainter.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace kasir {

class AttemptReader;
class ReceiptStore;
struct Attempt;
struct ReceiptRecord;

// Receipts of paid sales (design §3 invariant 5): the original exactly once per Paid attempt,
// every reprint a numbered copy. Each receipt is recorded in the journal first, archived as a
// PDF in the data folder, then printed when an output is set (and, for the original, when
// automatic printing is on). A printer failure leaves the sale Paid and the receipt queued in
// the journal; it says so through printFinished().
class ReceiptService : public QObject
{
    Q_OBJECT

public:
    ReceiptService(ReceiptStore *receipts, const AttemptReader *attempts, StoreInfo store,
                   QString dataDir, ReceiptWidth width, QObject *parent = nullptr);
    ~ReceiptService() override;

    void setStore(const StoreInfo &store) { m_storeInfo = store; }
    void setWidth(ReceiptWidth width) { m_width = width; }
    // `output` is not owned; nullptr: archive only.
    void setOutput(ReceiptOutput *output, bool autoPrint);
    ReceiptOutput *output() const { return m_output; }

    // The original receipt of a Paid attempt; does nothing if it exists already.
    void handlePaid(const Attempt &attempt);
    // A numbered copy (SALINAN / COPY n), archived and sent to the output. nullopt with `error`
    // when the attempt is not Paid or the journal cannot be written.
    std::optional<ReceiptRecord> reprint(qint64 attemptId, TranslatableText *error = nullptr);
    // How many copies were made so far (the original not counted). The first copy is the
    // cashier's to make; further ones need a supervisor (issue 12), which the windows ask.
    int copiesMade(qint64 attemptId) const;
    // Sends queued or failed receipts to the output again (the printer is back).
    void retryUnprinted();
    // On start: Paid attempts whose original was never made (a crash right after Paid), and
    // receipts recorded whose PDF was never archived (a crash between the two).
    void recover();

    // The archived PDF of the original, empty if none.
    QString originalPdf(qint64 attemptId) const;
    // Writes the receipt of a Paid attempt to `path` (the `--receipt` option): the original's
    // content, not a copy.
    bool writePdfTo(qint64 attemptId, const QString &path, QString *error) const;

Q_SIGNALS:
    void receiptArchived(qint64 attemptId, int copyNumber, const QString &pdfPath);
    // ok false: queued for a later reprint; `error` says why (printer offline, ...).
    void printFinished(qint64 attemptId, int copyNumber, bool ok, const QString &error);

private:
    std::optional<ReceiptRecord> produce(const Attempt &attempt, int copyNumber,
                                         const ReceiptRecord &record, bool print);
    // Writes the PDF into the data folder and records its path (or why it failed) on `record`;
    // returns the path, empty on failure.
    // The receipt of `attempt`, with the supervisor's name and reason when settled by hand.
    ReceiptData dataFor(const Attempt &attempt, int copyNumber) const;
    QString archive(const Attempt &attempt, const ReceiptData &data, const ReceiptRecord &record);
    void onPrinted(quint64 jobId, bool ok, const QString &error);

    struct Job
    {
        qint64 receiptId = 0;
        qint64 attemptId = 0;
        int copyNumber = 0;
    };

    ReceiptStore *m_store;
    const AttemptReader *m_attempts;
    StoreInfo m_storeInfo;
    QString m_dataDir;
    ReceiptWidth m_width;
    QPointer<ReceiptOutput> m_output;
    bool m_autoPrint = true;
    quint64 m_nextJob = 1;
    QHash<quint64, Job> m_jobs;
};

} // namespace kasir
