#include "ui/cashier/pendinginbox.h"

#include "core/payment/attemptmachine.h"
#include "ui/cashier/confirmbar.h"
#include "ui/cashier/pendingmodel.h"
#include "ui/widgets/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kasir {

PendingInbox::PendingInbox(PendingModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QTableView(this))
    , m_confirm(new ConfirmBar(this))
    , m_open(new QPushButton(this))
    , m_check(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("pendingInbox"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 16);
    auto *panel = new QFrame(this);
    theme::setRole(panel, "panel");
    outer->addWidget(panel);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    theme::setRole(m_title, "title");
    theme::setRole(m_intro, "muted");
    m_intro->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    m_view->setObjectName(QStringLiteral("pendingView"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(38);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    theme::setRole(m_empty, "muted");
    layout->addWidget(m_empty);
    layout->addWidget(m_confirm);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_check, m_cancel, m_close}) {
        b->setAutoDefault(true);
        b->setMinimumHeight(40);
    }
    m_open->setObjectName(QStringLiteral("pendingOpen"));
    m_check->setObjectName(QStringLiteral("pendingCheck"));
    m_cancel->setObjectName(QStringLiteral("pendingCancel"));
    m_close->setObjectName(QStringLiteral("pendingClose"));
    theme::setRole(m_open, "primary");
    theme::setRole(m_cancel, "danger");
    buttons->addWidget(m_open);
    buttons->addWidget(m_check);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &PendingInbox::openSelected);
    connect(m_check, &QPushButton::clicked, this, &PendingInbox::checkSelected);
    connect(m_cancel, &QPushButton::clicked, this, &PendingInbox::askCancelSelected);
    connect(m_close, &QPushButton::clicked, this, &PendingInbox::closeRequested);
    connect(m_view, &QTableView::doubleClicked, this, &PendingInbox::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PendingInbox::updateButtons);
    connect(model, &PendingModel::countChanged, this, &PendingInbox::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &PendingInbox::updateButtons);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, model, &PendingModel::refreshAges);
    m_ticker->start();
    retranslate();
    updateButtons();
}

void PendingInbox::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PendingInbox::retranslate()
{
    m_title->setText(tr("Pending payments"));
    m_intro->setText(tr("Payments that are not final yet, from this and earlier sales. Kasir "
                        "keeps checking each of them, also after a restart. Open one to show its "
                        "QR code again, or check or cancel it here."));
    m_empty->setText(tr("No pending payments."));
    m_open->setText(tr("Open  ·  Enter"));
    m_check->setText(tr("Check now  ·  F5"));
    m_cancel->setText(tr("Cancel bill  ·  F8"));
    m_close->setText(tr("Back  ·  Esc"));
}

void PendingInbox::updateButtons()
{
    const bool any = m_model->count() > 0;
    m_empty->setVisible(!any);
    m_view->setVisible(any);
    if (any && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    const Attempt *a = m_model->attemptAt(m_view->currentIndex().row());
    m_open->setEnabled(a != nullptr);
    m_check->setEnabled(a && machine::needsTracking(*a));
    m_cancel->setEnabled(a && machine::cancelRequested(*a).allowed);
}

qint64 PendingInbox::selectedAttemptId() const
{
    const Attempt *a = m_model->attemptAt(m_view->currentIndex().row());
    return a ? a->id : 0;
}

void PendingInbox::selectAttempt(qint64 attemptId)
{
    const int row = m_model->rowOf(attemptId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void PendingInbox::focusList()
{
    updateButtons();
    if (m_model->count() > 0)
        m_view->setFocus(Qt::ShortcutFocusReason);
    else
        m_close->setFocus(Qt::ShortcutFocusReason);
}

void PendingInbox::openSelected()
{
    if (const qint64 id = selectedAttemptId())
        Q_EMIT openRequested(id);
}

void PendingInbox::checkSelected()
{
    const Attempt *a = m_model->attemptAt(m_view->currentIndex().row());
    if (a && machine::needsTracking(*a))
        Q_EMIT checkNowRequested(a->id);
}

void PendingInbox::askCancelSelected()
{
    const Attempt *a = m_model->attemptAt(m_view->currentIndex().row());
    if (!a || !machine::cancelRequested(*a).allowed)
        return;
    const qint64 id = a->id;
    m_confirm->ask(tr("Cancel bill %1 at Faspay? The customer can no longer pay it. If they "
                      "already paid, Kasir will tell you.")
                       .arg(a->billNo),
                   tr("Cancel the bill"), tr("Keep it"),
                   [this, id] { Q_EMIT cancelRequested(id); });
}

void PendingInbox::escape()
{
    if (m_confirm->isAsking()) {
        m_confirm->noButton()->click();
        m_view->setFocus(Qt::OtherFocusReason);
        return;
    }
    Q_EMIT closeRequested();
}

bool PendingInbox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kasir
