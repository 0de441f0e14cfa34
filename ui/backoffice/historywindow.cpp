#include "ui/backoffice/historywindow.h"

#include "core/common/wib.h"
#include "core/payment/attemptmachine.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/endofday.h"
#include "core/receipt/receiptservice.h"
#include "ui/backoffice/historymodel.h"
#include "ui/backoffice/supervisordialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kasir {

namespace {

QString sourceText(EventSource source)
{
    switch (source) {
    case EventSource::Api:
        return QCoreApplication::translate("kasir::HistoryWindow", "Faspay");
    case EventSource::Inquiry:
        return QCoreApplication::translate("kasir::HistoryWindow", "Status check");
    case EventSource::Notification:
        return QCoreApplication::translate("kasir::HistoryWindow", "Notification");
    case EventSource::ReturnUrl:
        return QCoreApplication::translate("kasir::HistoryWindow", "Return page");
    case EventSource::Cashier:
        return QCoreApplication::translate("kasir::HistoryWindow", "Cashier");
    case EventSource::Supervisor:
        return QCoreApplication::translate("kasir::HistoryWindow", "Supervisor");
    case EventSource::System:
        return QCoreApplication::translate("kasir::HistoryWindow", "Kasir");
    }
    return {};
}

QList<AttemptState> settleTargets()
{
    return {AttemptState::Paid, AttemptState::Failed, AttemptState::Cancelled,
            AttemptState::Expired, AttemptState::Reversed};
}

} // namespace

HistoryWindow::HistoryWindow(const AttemptReader *journal, CheckoutService *checkout,
                             ReceiptService *receipts, const Clock *clock, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_journal(journal)
    , m_clock(clock)
    , m_checkout(checkout)
    , m_receipts(receipts)
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("Payment history"));
    buildUi();
    if (m_checkout) {
        connect(m_checkout, &CheckoutService::attemptChanged, this,
                &HistoryWindow::onAttemptChanged);
        connect(m_checkout, &CheckoutService::eventAppended, this, [this](const AttemptEvent &e) {
            const std::optional<Attempt> a = selectedAttempt();
            if (a && a->id == e.attemptId)
                appendEvent(e);
        });
    }
    if (m_receipts) {
        connect(m_receipts, &ReceiptService::printFinished, this,
                [this](qint64, int copy, bool ok, const QString &error) {
                    say(ok ? (copy > 0 ? tr("Copy %1 printed.").arg(copy) : tr("Receipt printed."))
                           : tr("Not printed: %1 The receipt stays queued; print it again "
                                "later.")
                                 .arg(error));
                });
    }
    search();
    resize(1180, 720);
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    // Filters.
    auto *filters = new QGridLayout;
    const QDate today = wibDayOf(m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc());
    m_from = new QDateEdit(today.addDays(-6), this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setCalendarPopup(true);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->addItem(tr("All"), -1);
    m_state->addItem(tr("Open (not settled)"), -2);
    for (AttemptState s : allAttemptStates()) {
        if (s != AttemptState::Draft)
            m_state->addItem(attemptStateLabel(s).toString(), int(s));
    }
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->addItem(tr("All"), -1);
    for (Channel c : allChannels())
        m_channel->addItem(channelDisplayName(c), int(c));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->addItem(tr("Real and training"), -1);
    m_mode->addItem(tr("Real sales only"), 0);
    m_mode->addItem(tr("Training only"), 1);
    m_billNo = new QLineEdit(this);
    m_billNo->setObjectName(QStringLiteral("billNo"));
    m_billNo->setPlaceholderText(tr("Bill number"));
    m_billNo->setClearButtonEnabled(true);
    m_customer = new QLineEdit(this);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setPlaceholderText(tr("Name, phone or e-mail"));
    m_customer->setClearButtonEnabled(true);
    filters->addWidget(new QLabel(tr("From"), this), 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(new QLabel(tr("to"), this), 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(new QLabel(tr("Status"), this), 0, 4);
    filters->addWidget(m_state, 0, 5);
    filters->addWidget(new QLabel(tr("Channel"), this), 0, 6);
    filters->addWidget(m_channel, 0, 7);
    filters->addWidget(new QLabel(tr("Bill"), this), 1, 0);
    filters->addWidget(m_billNo, 1, 1, 1, 3);
    filters->addWidget(new QLabel(tr("Customer"), this), 1, 4);
    filters->addWidget(m_customer, 1, 5);
    filters->addWidget(m_mode, 1, 6, 1, 2);
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &HistoryWindow::search);
    const auto later = [this] {
        m_debounce->start();
    };
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(m_state, &QComboBox::currentIndexChanged, this, later);
    connect(m_channel, &QComboBox::currentIndexChanged, this, later);
    connect(m_mode, &QComboBox::currentIndexChanged, this, later);
    connect(m_billNo, &QLineEdit::textChanged, this, later);
    connect(m_customer, &QLineEdit::textChanged, this, later);

    // List and detail.
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new HistoryModel(this);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::Customer, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    leftLayout->addWidget(m_table, 1);
    auto *pager = new QHBoxLayout;
    m_prev = new QPushButton(tr("‹ Newer"), left);
    m_prev->setObjectName(QStringLiteral("previous"));
    m_next = new QPushButton(tr("Older ›"), left);
    m_next->setObjectName(QStringLiteral("next"));
    m_pageLabel = new QLabel(left);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    pager->addWidget(m_prev);
    pager->addStretch(1);
    pager->addWidget(m_pageLabel);
    pager->addStretch(1);
    pager->addWidget(m_next);
    leftLayout->addLayout(pager);
    connect(m_prev, &QPushButton::clicked, this, &HistoryWindow::previousPage);
    connect(m_next, &QPushButton::clicked, this, &HistoryWindow::nextPage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::showDetail);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel(right);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setWordWrap(true);
    rightLayout->addWidget(m_detail);
    auto *actions = new QHBoxLayout;
    m_reprint = new QPushButton(tr("Reprint receipt"), right);
    m_reprint->setObjectName(QStringLiteral("reprint"));
    m_check = new QPushButton(tr("Check status"), right);
    m_check->setObjectName(QStringLiteral("checkStatus"));
    m_cancel = new QPushButton(tr("Cancel payment…"), right);
    m_cancel->setObjectName(QStringLiteral("cancelPayment"));
    m_settle = new QPushButton(tr("Settle by hand…"), right);
    m_settle->setObjectName(QStringLiteral("settle"));
    auto *settleMenu = new QMenu(m_settle);
    for (AttemptState target : settleTargets()) {
        QAction *act =
            settleMenu->addAction(tr("Mark as %1").arg(attemptStateLabel(target).toString()));
        act->setObjectName(QStringLiteral("settle:") + attemptStateKey(target));
        act->setData(int(target));
        connect(act, &QAction::triggered, this, [this, target] { settleSelected(target); });
    }
    m_settle->setMenu(settleMenu);
    connect(settleMenu, &QMenu::aboutToShow, this, [this, settleMenu] {
        const std::optional<Attempt> a = selectedAttempt();
        const QList<QAction *> acts = settleMenu->actions();
        for (QAction *act : acts) {
            const auto target = AttemptState(act->data().toInt());
            act->setEnabled(a &&
                            machine::supervisorResolve(*a, target, QStringLiteral("x")).allowed);
        }
    });
    for (QPushButton *b : {m_reprint, m_check, m_cancel, m_settle})
        actions->addWidget(b);
    actions->addStretch(1);
    rightLayout->addLayout(actions);
    connect(m_reprint, &QPushButton::clicked, this, &HistoryWindow::reprintSelected);
    connect(m_check, &QPushButton::clicked, this, &HistoryWindow::checkSelected);
    connect(m_cancel, &QPushButton::clicked, this, &HistoryWindow::cancelSelected);

    m_timeline = new QTreeWidget(right);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels(
        {tr("Time (WIB)"), tr("By"), tr("What"), tr("Change"), tr("Detail")});
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);
    rightLayout->addWidget(m_timeline, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 460});
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    const bool canAct = m_checkout != nullptr;
    m_check->setVisible(canAct);
    m_cancel->setVisible(canAct);
    m_settle->setVisible(canAct);
    m_reprint->setVisible(m_receipts != nullptr);
}

HistoryQuery HistoryWindow::query() const
{
    HistoryQuery q;
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from)
        std::swap(from, to);
    q.from = wibDayStartUtc(from);
    q.to = wibDayEndUtc(to);
    const int state = m_state->currentData().toInt();
    if (state == -2) {
        for (AttemptState s : allAttemptStates()) {
            if (!isTerminal(s) && s != AttemptState::Draft)
                q.states << s;
        }
    } else if (state >= 0) {
        q.states << AttemptState(state);
    }
    const int channel = m_channel->currentData().toInt();
    if (channel >= 0)
        q.channel = Channel(channel);
    const int mode = m_mode->currentData().toInt();
    if (mode >= 0)
        q.training = mode == 1;
    q.billNo = m_billNo->text().trimmed();
    q.customer = m_customer->text().trimmed();
    q.limit = PageSize;
    q.offset = m_page * PageSize;
    return q;
}

void HistoryWindow::search()
{
    m_debounce->stop();
    m_page = 0;
    load();
}

void HistoryWindow::refresh()
{
    load();
}

void HistoryWindow::nextPage()
{
    if ((m_page + 1) * PageSize >= m_total)
        return;
    ++m_page;
    load();
}

void HistoryWindow::previousPage()
{
    if (m_page == 0)
        return;
    --m_page;
    load();
}

void HistoryWindow::load()
{
    const std::optional<Attempt> before = selectedAttempt();
    const HistoryQuery q = query();
    JournalError error;
    m_total = m_journal->count(q, &error);
    const QList<Attempt> rows = error.isError() ? QList<Attempt>() : m_journal->search(q, &error);
    if (error.isError())
        say(tr("The history could not be read: %1").arg(error.message.toString()));
    m_model->setAttempts(rows);
    const int first = m_total == 0 ? 0 : m_page * PageSize + 1;
    const int last = m_page * PageSize + int(rows.size());
    m_pageLabel->setText(m_total == 0 ? tr("No payments match")
                                      : tr("%1–%2 of %3").arg(first).arg(last).arg(m_total));
    m_prev->setEnabled(m_page > 0);
    m_next->setEnabled(last < m_total);
    if (before)
        selectAttempt(before->id);
    else
        showDetail();
}

std::optional<Attempt> HistoryWindow::selectedAttempt() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->attemptAt(rows.first().row());
}

void HistoryWindow::selectAttempt(qint64 attemptId)
{
    const int row = m_model->rowOf(attemptId);
    if (row < 0) {
        m_table->clearSelection();
        showDetail();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showDetail();
}

void HistoryWindow::showDetail()
{
    m_timeline->clear();
    const std::optional<Attempt> a = selectedAttempt();
    if (!a) {
        m_detail->setText(tr("Choose a payment in the list to see what happened to it."));
        updateActions();
        return;
    }
    const QLocale locale;
    const auto row = [](const QString &label, const QString &value) -> QString {
        return QStringLiteral("<tr><td style=\"color:#5f6b76;padding-right:10px\">") +
               label.toHtmlEscaped() + QStringLiteral("</td><td>") + value.toHtmlEscaped() +
               QStringLiteral("</td></tr>");
    };
    QString html = QStringLiteral("<h3 style=\"margin:0\">") + a->billNo.toHtmlEscaped() +
                   QStringLiteral(" — ") + HistoryModel::stateText(*a).toHtmlEscaped() +
                   QStringLiteral("</h3><table>");
    html += row(tr("Total"), a->total.format(locale));
    QString channel = channelDisplayName(a->order.channel);
    if (a->order.channel == Channel::Kredivo)
        channel += QStringLiteral(", ") + kredivoTenorLabel(a->order.tenor).toString();
    html += row(tr("Channel"), channel);
    html += row(tr("Customer"),
                a->order.customer.fullName() + QStringLiteral(" · ") + a->order.customer.phone);
    html += row(tr("Created"), HistoryModel::wibText(a->createdAt));
    if (!a->trxId.isEmpty())
        html += row(tr("Faspay transaction"), a->trxId);
    if (!a->paymentReff.isEmpty())
        html += row(tr("Lender reference"), a->paymentReff);
    if (a->paymentDate.isValid())
        html += row(tr("Paid at"), HistoryModel::wibText(a->paymentDate));
    html += row(tr("Cashier"), a->cashier.isEmpty()
                                   ? tr("terminal %1").arg(a->terminal)
                                   : tr("%1, terminal %2").arg(a->cashier, a->terminal));
    if (!a->gatewayHost.isEmpty()) {
        html += row(tr("Gateway"), HistoryModel::gatewayText(*a));
        html += row(tr("Merchant"), a->merchantId);
    }
    if (!a->reason.isEmpty())
        html += row(tr("Note"), a->reason);
    if (a->previousAttemptId != 0)
        html += row(tr("Replaces"), tr("attempt %1").arg(a->previousAttemptId));
    html += QStringLiteral("</table>");
    m_detail->setText(html);

    JournalError error;
    const QList<AttemptEvent> events = m_journal->events(a->id, &error);
    for (const AttemptEvent &e : events)
        appendEvent(e);
    updateActions();
}

void HistoryWindow::appendEvent(const AttemptEvent &event)
{
    // attemptChanged() reloads the timeline from the journal, which may already hold the event
    // that eventAppended() brings next.
    for (int i = m_timeline->topLevelItemCount() - 1; i >= 0; --i) {
        if (m_timeline->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == event.id &&
            event.id != 0)
            return;
    }
    QString change;
    if (event.to)
        change = (event.from ? attemptStateLabel(*event.from).toString() + QStringLiteral(" → ")
                             : QString()) +
                 attemptStateLabel(*event.to).toString();
    QString by = sourceText(event.source);
    if (!event.actor.isEmpty())
        by = tr("%1 (%2)").arg(by, event.actor);
    if (!event.approver.isEmpty())
        by += QLatin1Char(' ') + tr("approved by %1").arg(event.approver);
    auto *item =
        new QTreeWidgetItem(m_timeline, {toWib(event.at).toString(QStringLiteral("dd/MM HH:mm:ss")),
                                         by, event.kind, change, event.detail});
    item->setData(0, Qt::UserRole, event.id);
    item->setToolTip(4, event.detail);
    m_timeline->scrollToItem(item);
}

void HistoryWindow::updateActions()
{
    const std::optional<Attempt> a = selectedAttempt();
    m_reprint->setEnabled(a && a->state == AttemptState::Paid && m_receipts);
    m_check->setEnabled(a && m_checkout && machine::needsTracking(*a) &&
                        !m_checkout->isCheckInFlight(a->id));
    m_cancel->setEnabled(a && m_checkout && machine::cancelRequested(*a).allowed);
    bool settle = false;
    if (a) {
        for (AttemptState t : settleTargets())
            settle |= machine::supervisorResolve(*a, t, QStringLiteral("x")).allowed;
    }
    m_settle->setEnabled(settle && m_checkout);
}

void HistoryWindow::onAttemptChanged(const Attempt &attempt)
{
    if (!m_model->updateAttempt(attempt))
        return;
    const std::optional<Attempt> a = selectedAttempt();
    if (a && a->id == attempt.id) {
        showDetail(); // fields and timeline from the journal
    }
}

void HistoryWindow::say(const QString &text)
{
    m_status->setText(text);
    Q_EMIT message(text);
}

void HistoryWindow::reprintSelected()
{
    const std::optional<Attempt> a = selectedAttempt();
    if (!a || !m_receipts)
        return;
    const qint64 id = a->id;
    const auto print = [this, id](const QString &, const QString &) {
        if (!m_receipts)
            return;
        TranslatableText problem;
        const std::optional<ReceiptRecord> r = m_receipts->reprint(id, &problem);
        if (!r) {
            say(tr("No copy was made: %1").arg(problem.toString()));
            return;
        }
        say(m_receipts->output()
                ? tr("Printing copy %1 (SALINAN / COPY %1)…").arg(r->copyNumber)
                : tr("Copy %1 saved as PDF: %2").arg(r->copyNumber).arg(r->pdfPath));
    };
    // The first copy is the cashier's; every further one needs a supervisor (issue 12).
    const int copies = m_receipts->copiesMade(id);
    if (copies == 0) {
        print(QString(), QString());
        return;
    }
    askSupervisor(tr("Print copy %1 of the receipt of %2? %3 copies were printed already.")
                      .arg(copies + 1)
                      .arg(a->billNo)
                      .arg(copies),
                  print);
}

void HistoryWindow::checkSelected()
{
    const std::optional<Attempt> a = selectedAttempt();
    if (!a || !m_checkout)
        return;
    m_checkout->checkNow(a->id, EventSource::Cashier);
    say(tr("Asking Faspay about %1…").arg(a->billNo));
    updateActions();
}

void HistoryWindow::askSupervisor(const QString &action, Approved then)
{
    if (m_supervisor)
        m_supervisor->close();
    auto *dialog =
        new SupervisorDialog(action, m_supervisorPin, SupervisorDialog::Reason::Required, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SupervisorDialog::approved, this,
            [then](const QString &reason, const QString &approver) { then(reason, approver); });
    m_supervisor = dialog;
    dialog->open();
}

void HistoryWindow::cancelSelected()
{
    const std::optional<Attempt> a = selectedAttempt();
    if (!a || !m_checkout || !machine::cancelRequested(*a).allowed)
        return;
    const qint64 id = a->id;
    const QString bill = a->billNo;
    askSupervisor(tr("Cancel payment %1 of %2 at Faspay?").arg(bill, a->total.format(QLocale())),
                  [this, id, bill](const QString &reason, const QString &approver) {
                      if (m_checkout && m_checkout->cancel(id, reason, approver))
                          say(tr("Cancelling %1 at Faspay…").arg(bill));
                      else
                          say(tr("%1 cannot be cancelled in its present state.").arg(bill));
                      refresh();
                  });
}

void HistoryWindow::settleSelected(AttemptState target)
{
    const std::optional<Attempt> a = selectedAttempt();
    if (!a || !m_checkout || !machine::supervisorResolve(*a, target, QStringLiteral("x")).allowed)
        return;
    const qint64 id = a->id;
    const QString bill = a->billNo;
    const QString targetText = attemptStateLabel(target).toString();
    askSupervisor(
        tr("Settle payment %1 of %2 by hand as \"%3\"?")
            .arg(bill, a->total.format(QLocale()), targetText),
        [this, id, bill, target, targetText](const QString &reason, const QString &approver) {
            if (m_checkout && m_checkout->resolveBySupervisor(id, target, reason, approver))
                say(tr("%1 is now %2.").arg(bill, targetText));
            else
                say(tr("%1 could not be settled as %2.").arg(bill, targetText));
            refresh();
        });
}

} // namespace kasir
