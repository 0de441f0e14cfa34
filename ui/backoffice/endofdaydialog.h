#pragma once

#include "core/payment/endofday.h"
#include "core/payment/reconciliation.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QDateEdit;
class QFileDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace kasir {

class Clock;
class AttemptReader;

// End of day: counts and totals per channel and status for one WIB day (EndOfDayReport),
// "Reconcile" to ask Faspay about every attempt of the day again (the engine's Reconciliation, a
// few at a time, with progress and Cancel) and list where Faspay and the journal disagree, and
// export as CSV or PDF. Non-modal: open() or show().
class EndOfDayDialog : public QDialog
{
    Q_OBJECT

public:
    // `reconciliation` (the engine's, Engine::reconciliation(); the dialog takes it over) null:
    // Reconcile is not offered (no gateway configured).
    EndOfDayDialog(const AttemptReader *journal, Reconciliation *reconciliation, QString storeName,
                   const Clock *clock, bool training, QWidget *parent = nullptr);
    ~EndOfDayDialog() override;

    const EndOfDayReport &report() const { return m_report; }
    const std::optional<ReconcileResult> &reconcileResult() const { return m_result; }
    bool isReconciling() const;
    Reconciliation *reconciler() const { return m_reconciler; }

public Q_SLOTS:
    void reload();
    void reconcile();
    void cancelReconcile();
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);

Q_SIGNALS:
    void reconciled(const kasir::ReconcileResult &result);
    void exported(const QString &path, bool ok, const QString &message);

private:
    void buildUi();
    void showReport();
    void showDiscrepancies();
    void showNotices();
    void chooseFile(const QString &suffix, const QString &filter,
                    bool (EndOfDayDialog::*write)(const QString &));
    void say(const QString &text, bool problem = false);

    const AttemptReader *m_journal;
    QString m_storeName;
    const Clock *m_clock;
    Reconciliation *m_reconciler; // owned (a child); may be null
    EndOfDayReport m_report;
    std::optional<ReconcileResult> m_result;
    QPointer<QFileDialog> m_fileDialog;

    QDateEdit *m_day = nullptr;
    QCheckBox *m_training = nullptr;
    QLabel *m_headline = nullptr;
    QTableWidget *m_summary = nullptr;
    QLabel *m_noticesHeading = nullptr;
    QTableWidget *m_notices = nullptr; // sales to look at again (EndOfDayNotice)
    QPushButton *m_reconcile = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_reconcileState = nullptr;
    QTableWidget *m_differences = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace kasir
