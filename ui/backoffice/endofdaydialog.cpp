#include "ui/backoffice/endofdaydialog.h"

#include "core/common/clock.h"
#include "core/journal/readers.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kasir {

namespace {

QString statusName(faspay::PaymentStatus status)
{
    switch (status) {
    case faspay::PaymentStatus::Unprocessed:
        return QCoreApplication::translate("kasir::EndOfDayDialog", "not paid yet");
    case faspay::PaymentStatus::InProcess:
        return QCoreApplication::translate("kasir::EndOfDayDialog", "in process");
    case faspay::PaymentStatus::Success:
        return QCoreApplication::translate("kasir::EndOfDayDialog", "paid");
    case faspay::PaymentStatus::Failed:
        return QCoreApplication::translate("kasir::EndOfDayDialog", "failed");
    case faspay::PaymentStatus::Reversed:
        return QCoreApplication::translate("kasir::EndOfDayDialog", "reversed");
    case faspay::PaymentStatus::NoBills:
        return QCoreApplication::translate("kasir::EndOfDayDialog", "no such bill");
    case faspay::PaymentStatus::Expired:
        return QCoreApplication::translate("kasir::EndOfDayDialog", "expired");
    case faspay::PaymentStatus::Cancelled:
        return QCoreApplication::translate("kasir::EndOfDayDialog", "cancelled");
    case faspay::PaymentStatus::Unknown:
        return QCoreApplication::translate("kasir::EndOfDayDialog", "unknown");
    }
    return {};
}

} // namespace

EndOfDayDialog::EndOfDayDialog(const AttemptReader *journal, Reconciliation *reconciliation,
                               QString storeName, const Clock *clock, bool training,
                               QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_storeName(std::move(storeName))
    , m_clock(clock)
    , m_reconciler(reconciliation)
{
    setObjectName(QStringLiteral("endOfDayDialog"));
    setWindowTitle(tr("End of day"));
    if (m_reconciler) {
        m_reconciler->setParent(this);
        connect(m_reconciler, &Reconciliation::progress, this, [this](int done, int total) {
            m_progress->setMaximum(qMax(1, total));
            m_progress->setValue(done);
            m_reconcileState->setText(tr("Asking Faspay: %1 of %2").arg(done).arg(total));
        });
        connect(m_reconciler, &Reconciliation::finished, this,
                [this](const ReconcileResult &result) {
                    m_result = result;
                    m_progress->hide();
                    m_cancel->hide();
                    m_reconcile->setEnabled(true);
                    m_day->setEnabled(true);
                    m_training->setEnabled(true);
                    showDiscrepancies();
                    Q_EMIT reconciled(result);
                });
    }
    buildUi();
    m_training->setChecked(training);
    reload();
    resize(900, 640);
}

EndOfDayDialog::~EndOfDayDialog()
{
    if (m_reconciler && m_reconciler->isRunning())
        m_reconciler->cancel();
}

void EndOfDayDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setCalendarPopup(true);
    m_day->setDate(wibDayOf(m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc()));
    m_training = new QCheckBox(tr("Training sales"), this);
    m_training->setObjectName(QStringLiteral("training"));
    top->addWidget(new QLabel(tr("Day (WIB)"), this));
    top->addWidget(m_day);
    top->addWidget(m_training);
    top->addStretch(1);
    layout->addLayout(top);
    connect(m_day, &QDateEdit::dateChanged, this, &EndOfDayDialog::reload);
    connect(m_training, &QCheckBox::toggled, this, &EndOfDayDialog::reload);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headline"));
    QFont f = m_headline->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_headline->setFont(f);
    layout->addWidget(m_headline);

    m_summary = new QTableWidget(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_summary->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(m_summary);

    m_noticesHeading = new QLabel(tr("Sales to look at again"), this);
    m_noticesHeading->setObjectName(QStringLiteral("noticesHeading"));
    QFont bold = m_noticesHeading->font();
    bold.setBold(true);
    m_noticesHeading->setFont(bold);
    m_notices = new QTableWidget(this);
    m_notices->setObjectName(QStringLiteral("notices"));
    m_notices->setColumnCount(4);
    m_notices->setHorizontalHeaderLabels(
        {tr("Bill number"), tr("Status"), tr("Total"), tr("What to look at")});
    m_notices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notices->setWordWrap(true);
    m_notices->verticalHeader()->hide();
    m_notices->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_notices->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_notices->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_noticesHeading);
    layout->addWidget(m_notices, 2);

    auto *reconcileRow = new QHBoxLayout;
    m_reconcile = new QPushButton(tr("Reconcile with Faspay"), this);
    m_reconcile->setObjectName(QStringLiteral("reconcile"));
    m_reconcile->setToolTip(tr("Asks Faspay again about every payment of the day and lists "
                               "where Faspay and Kasir disagree. Changes nothing."));
    m_cancel = new QPushButton(tr("Stop"), this);
    m_cancel->setObjectName(QStringLiteral("stopReconcile"));
    m_cancel->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    m_reconcileState = new QLabel(this);
    m_reconcileState->setObjectName(QStringLiteral("reconcileState"));
    m_reconcileState->setWordWrap(true);
    reconcileRow->addWidget(m_reconcile);
    reconcileRow->addWidget(m_cancel);
    reconcileRow->addWidget(m_progress, 1);
    reconcileRow->addWidget(m_reconcileState, 2);
    layout->addLayout(reconcileRow);
    connect(m_reconcile, &QPushButton::clicked, this, &EndOfDayDialog::reconcile);
    connect(m_cancel, &QPushButton::clicked, this, &EndOfDayDialog::cancelReconcile);
    if (!m_reconciler) {
        m_reconcile->setEnabled(false);
        m_reconcileState->setText(tr("Reconcile needs the Faspay connection set up in "
                                     "Settings."));
    }

    m_differences = new QTableWidget(this);
    m_differences->setObjectName(QStringLiteral("differences"));
    m_differences->setColumnCount(5);
    m_differences->setHorizontalHeaderLabels({tr("Bill number"), tr("Kasir says"),
                                              tr("Faspay says"), tr("What differs"),
                                              tr("What to do")});
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differences->setWordWrap(true);
    m_differences->verticalHeader()->hide();
    m_differences->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_differences->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_differences->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_differences->hide();
    layout->addWidget(m_differences, 3);

    auto *bottom = new QHBoxLayout;
    m_csv = new QPushButton(tr("Export CSV…"), this);
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *close = new QPushButton(tr("Close"), this);
    bottom->addWidget(m_csv);
    bottom->addWidget(m_pdf);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        chooseFile(QStringLiteral("csv"), tr("CSV files (*.csv)"), &EndOfDayDialog::exportCsv);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        chooseFile(QStringLiteral("pdf"), tr("PDF files (*.pdf)"), &EndOfDayDialog::exportPdf);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
}

void EndOfDayDialog::reload()
{
    if (isReconciling())
        return;
    JournalError error;
    const std::optional<EndOfDayReport> report =
        EndOfDayReport::fromJournal(*m_journal, m_day->date(), m_training->isChecked(), &error);
    if (!report) {
        say(tr("The journal could not be read: %1").arg(error.message.toString()), true);
        m_report = EndOfDayReport::fromAttempts(m_day->date(), m_training->isChecked(), {});
    } else {
        m_report = *report;
        say(QString());
    }
    m_result.reset();
    m_differences->hide();
    m_reconcileState->setText(m_reconciler ? QString()
                                           : tr("Reconcile needs the Faspay connection set up "
                                                "in Settings."));
    showReport();
}

void EndOfDayDialog::showReport()
{
    const QLocale locale;
    const EndOfDayReport::Cell paid = m_report.paid();
    m_headline->setText(
        tr("%1: %n sale(s) paid, %2", nullptr, paid.count)
            .arg(locale.toString(m_report.day, QLocale::LongFormat), paid.total.format(locale)) +
        (m_report.training ? QLatin1Char(' ') + tr("(training, no money moved)") : QString()));

    const QList<Channel> channels = m_report.channels();
    const QList<AttemptState> states = m_report.states();
    m_summary->clear();
    m_summary->setRowCount(int(channels.size()) + 1);
    m_summary->setColumnCount(int(states.size()) + 1);
    QStringList header;
    for (AttemptState s : states)
        header << attemptStateLabel(s).toString();
    header << tr("All");
    m_summary->setHorizontalHeaderLabels(header);
    QStringList rows;
    const auto cellText = [&locale](const EndOfDayReport::Cell &c) -> QString {
        return c.count == 0 ? QStringLiteral("–")
                            : tr("%1 × · %2").arg(c.count).arg(c.total.format(locale));
    };
    for (int r = 0; r < channels.size(); ++r) {
        rows << channelDisplayName(channels.at(r));
        for (int c = 0; c < states.size(); ++c)
            m_summary->setItem(
                r, c, new QTableWidgetItem(cellText(m_report.cell(channels.at(r), states.at(c)))));
        m_summary->setItem(r, int(states.size()),
                           new QTableWidgetItem(cellText(m_report.channelTotal(channels.at(r)))));
    }
    rows << tr("All channels");
    const int totalRow = int(channels.size());
    for (int c = 0; c < states.size(); ++c) {
        auto *item = new QTableWidgetItem(cellText(m_report.stateTotal(states.at(c))));
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        m_summary->setItem(totalRow, c, item);
    }
    EndOfDayReport::Cell all;
    for (Channel ch : channels) {
        all.count += m_report.channelTotal(ch).count;
        all.total += m_report.channelTotal(ch).total;
    }
    auto *allItem = new QTableWidgetItem(cellText(all));
    QFont bold = allItem->font();
    bold.setBold(true);
    allItem->setFont(bold);
    m_summary->setItem(totalRow, int(states.size()), allItem);
    m_summary->setVerticalHeaderLabels(rows);
    for (int r = 0; r < m_summary->rowCount(); ++r) {
        for (int c = 0; c < m_summary->columnCount(); ++c) {
            if (QTableWidgetItem *item = m_summary->item(r, c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_reconcile->setEnabled(m_reconciler && !m_report.attempts.isEmpty());
    showNotices();
}

bool EndOfDayDialog::isReconciling() const
{
    return m_reconciler && m_reconciler->isRunning();
}

void EndOfDayDialog::reconcile()
{
    if (!m_reconciler || isReconciling())
        return;
    reload(); // the journal as it is now
    m_result.reset();
    m_differences->hide();
    if (!m_reconciler->start(m_report.attempts))
        return;
    m_reconcile->setEnabled(false);
    m_day->setEnabled(false);
    m_training->setEnabled(false);
    m_cancel->show();
    m_progress->setValue(0);
    m_progress->show();
}

void EndOfDayDialog::cancelReconcile()
{
    if (isReconciling())
        m_reconciler->cancel();
}

void EndOfDayDialog::showNotices()
{
    const QLocale locale;
    const QList<EndOfDayNotice> &notices = m_report.notices;
    m_notices->clearContents();
    m_notices->setRowCount(int(notices.size()));
    for (int i = 0; i < notices.size(); ++i) {
        const EndOfDayNotice &n = notices.at(i);
        const QStringList cells{n.attempt.billNo, attemptStateLabel(n.attempt.state).toString(),
                                n.attempt.total.format(locale), n.explanation().toString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_notices->setItem(i, c, item);
        }
    }
    m_noticesHeading->setVisible(!notices.isEmpty());
    m_notices->setVisible(!notices.isEmpty());
}

void EndOfDayDialog::showDiscrepancies()
{
    if (!m_result)
        return;
    const ReconcileResult &r = *m_result;
    if (r.cancelled) {
        m_reconcileState->setText(tr("Stopped. %1 of %2 were checked; run Reconcile again for "
                                     "all of them.")
                                      .arg(r.checked)
                                      .arg(r.total));
    } else if (r.discrepancies.isEmpty()) {
        m_reconcileState->setText(
            tr("Faspay and Kasir agree on all %n payment(s).", nullptr, r.total));
    } else {
        m_reconcileState->setText(tr("%n difference(s) between Faspay and Kasir. Settle them "
                                     "from the payment history.",
                                     nullptr, int(r.discrepancies.size())));
    }
    m_differences->setRowCount(int(r.discrepancies.size()));
    for (int i = 0; i < r.discrepancies.size(); ++i) {
        const Discrepancy &d = r.discrepancies.at(i);
        const QString faspay =
            d.faspayStatus
                ? tr("%1 (status %2)").arg(statusName(*d.faspayStatus), d.faspayStatusCode)
                : tr("no answer");
        const QStringList cells{d.attempt.billNo, attemptStateLabel(d.attempt.state).toString(),
                                faspay, discrepancyKindLabel(d.kind).toString(),
                                d.explanation.toString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_differences->setItem(i, c, item);
        }
    }
    m_differences->setVisible(!r.discrepancies.isEmpty());
}

void EndOfDayDialog::chooseFile(const QString &suffix, const QString &filter,
                                bool (EndOfDayDialog::*write)(const QString &))
{
    if (m_fileDialog)
        m_fileDialog->close();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("kasir-%1%2.%3")
            .arg(m_report.day.toString(Qt::ISODate),
                 m_report.training ? QStringLiteral("-training") : QString(), suffix);
    m_fileDialog =
        new QFileDialog(this, tr("Save the end-of-day report"), QDir(dir).filePath(name), filter);
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_fileDialog->setDefaultSuffix(suffix);
    connect(m_fileDialog.data(), &QFileDialog::fileSelected, this,
            [this, write](const QString &path) { (this->*write)(path); });
    m_fileDialog->open();
}

bool EndOfDayDialog::exportCsv(const QString &path)
{
    const QByteArray csv =
        endOfDayCsv(m_report, m_result ? m_result->discrepancies : QList<Discrepancy>());
    QSaveFile file(path);
    const bool ok =
        file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
    const QString message = ok ? tr("Saved %1").arg(QDir::toNativeSeparators(path))
                               : tr("The report could not be saved to %1 (%2). Choose another "
                                    "folder.")
                                     .arg(QDir::toNativeSeparators(path), file.errorString());
    say(message, !ok);
    Q_EMIT exported(path, ok, message);
    return ok;
}

bool EndOfDayDialog::exportPdf(const QString &path)
{
    QString error;
    const bool ok =
        writeEndOfDayPdf(m_report, m_result ? m_result->discrepancies : QList<Discrepancy>(),
                         m_storeName, path, &error);
    const QString message = ok ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error;
    say(message, !ok);
    Q_EMIT exported(path, ok, message);
    return ok;
}

void EndOfDayDialog::say(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color:#c62828;") : QString());
}

} // namespace kasir
