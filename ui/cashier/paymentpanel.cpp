#include "ui/cashier/paymentpanel.h"

#include "core/common/clock.h"
#include "core/payment/attemptmachine.h"
#include "ui/cashier/confirmbar.h"
#include "ui/cashier/qrwidget.h"
#include "ui/widgets/attempttexts.h"
#include "ui/widgets/channelmark.h"
#include "ui/widgets/theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace kasir {

namespace {
QLabel *caption(QWidget *parent)
{
    auto *l = new QLabel(parent);
    theme::setRole(l, "fieldlabel");
    return l;
}

QLabel *value(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setFont(theme::moneyFont(16, true));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

PaymentPanel::PaymentPanel(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_leftStack(new QStackedWidget(this))
    , m_browserHolder(new QWidget(this))
    , m_scanCaption(new QLabel(this))
    , m_qr(new QrWidget(this))
    , m_url(new QLabel(this))
    , m_chip(new QLabel(this))
    , m_mark(new QLabel(this))
    , m_amount(new QLabel(this))
    , m_billNoCaption(caption(this))
    , m_billNo(value(this, "billNo"))
    , m_channelCaption(caption(this))
    , m_channel(value(this, "channelName"))
    , m_expiryCaption(caption(this))
    , m_countdown(value(this, "countdown"))
    , m_trxCaption(caption(this))
    , m_trx(value(this, "trxId"))
    , m_noticeFrame(new QFrame(this))
    , m_explanation(new QLabel(m_noticeFrame))
    , m_notice(new QLabel(m_noticeFrame))
    , m_confirm(new ConfirmBar(this))
    , m_timelineCaption(new QLabel(this))
    , m_timeline(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("paymentPanel"));
    auto *root = new QHBoxLayout(this);
    root->setContentsMargins(16, 16, 16, 16);
    root->setSpacing(16);

    // Left: the QR code for the customer's phone.
    auto *left = new QFrame(this);
    theme::setRole(left, "panel");
    auto *leftOuter = new QVBoxLayout(left);
    leftOuter->setContentsMargins(0, 0, 0, 0);
    leftOuter->addWidget(m_leftStack);
    auto *qrPage = new QWidget(m_leftStack);
    auto *leftLayout = new QVBoxLayout(qrPage);
    leftLayout->setContentsMargins(20, 16, 20, 16);
    m_leftStack->addWidget(qrPage);
    auto *browserLayout = new QVBoxLayout(m_browserHolder);
    browserLayout->setContentsMargins(4, 4, 4, 4);
    m_leftStack->addWidget(m_browserHolder);
    theme::setRole(m_scanCaption, "title");
    m_scanCaption->setAlignment(Qt::AlignCenter);
    m_scanCaption->setWordWrap(true);
    m_qr->setMinimumSize(300, 300);
    m_url->setObjectName(QStringLiteral("redirectUrl"));
    theme::setRole(m_url, "small");
    m_url->setAlignment(Qt::AlignCenter);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setMaximumWidth(440);
    leftLayout->addWidget(m_scanCaption);
    leftLayout->addWidget(m_qr, 1);
    leftLayout->addWidget(m_url);
    root->addWidget(left, 5);

    // Right: status, amount, details, timeline, actions.
    auto *right = new QFrame(this);
    theme::setRole(right, "panel");
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(20, 16, 20, 16);
    rl->setSpacing(10);
    auto *top = new QHBoxLayout;
    m_chip->setObjectName(QStringLiteral("statusChip"));
    theme::setRole(m_chip, "chip");
    top->addWidget(m_chip);
    top->addStretch(1);
    top->addWidget(m_mark);
    rl->addLayout(top);
    m_amount->setObjectName(QStringLiteral("amount"));
    theme::setRole(m_amount, "amount");
    m_amount->setFont(theme::moneyFont(40, true));
    rl->addWidget(m_amount);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(0);
    grid->addWidget(m_billNoCaption, 0, 0);
    grid->addWidget(m_billNo, 1, 0);
    grid->addWidget(m_channelCaption, 0, 1);
    grid->addWidget(m_channel, 1, 1);
    grid->addWidget(m_expiryCaption, 0, 2);
    grid->addWidget(m_countdown, 1, 2);
    grid->addWidget(m_trxCaption, 0, 3);
    grid->addWidget(m_trx, 1, 3);
    grid->setColumnStretch(3, 1);
    rl->addLayout(grid);

    m_noticeFrame->setObjectName(QStringLiteral("stateNotice"));
    theme::setRole(m_noticeFrame, "notice");
    auto *nl = new QVBoxLayout(m_noticeFrame);
    nl->setContentsMargins(12, 8, 12, 8);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    nl->addWidget(m_explanation);
    nl->addWidget(m_notice);
    rl->addWidget(m_noticeFrame);
    rl->addWidget(m_confirm);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    rl->addWidget(m_progress);

    theme::setRole(m_timelineCaption, "section");
    rl->addWidget(m_timelineCaption);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setFocusPolicy(Qt::NoFocus);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setWordWrap(true);
    m_timeline->setUniformItemSizes(false);
    rl->addWidget(m_timeline, 1);

    m_checkNow = makeButton("checkNow", "primary");
    m_openHere = makeButton("openHere", "");
    m_display = makeButton("customerDisplay", "");
    m_cancel = makeButton("cancel", "danger");
    m_newAttempt = makeButton("newAttempt", "danger");
    m_park = makeButton("park", "");
    m_print = makeButton("printReceipt", "success");
    m_pdf = makeButton("savePdf", "");
    m_newSale = makeButton("newSale", "primary");
    m_back = makeButton("backToCart", "primary");
    // Rows of the actions that apply: hidden buttons take no room.
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(8);
    const auto row = [buttons](std::initializer_list<QPushButton *> list) {
        auto *r = new QHBoxLayout;
        r->setSpacing(8);
        for (QPushButton *b : list)
            r->addWidget(b, 1);
        buttons->addLayout(r);
    };
    row({m_checkNow, m_openHere, m_display});
    row({m_cancel, m_newAttempt, m_park});
    row({m_print, m_pdf, m_newSale, m_back});
    rl->addLayout(buttons);
    root->addWidget(right, 6);

    connect(m_checkNow, &QPushButton::clicked, this, &PaymentPanel::checkNow);
    connect(m_openHere, &QPushButton::clicked, this, &PaymentPanel::openHere);
    connect(m_display, &QPushButton::clicked, this, &PaymentPanel::customerDisplayRequested);
    connect(m_cancel, &QPushButton::clicked, this, &PaymentPanel::askCancel);
    connect(m_newAttempt, &QPushButton::clicked, this, &PaymentPanel::askNewAttempt);
    connect(m_park, &QPushButton::clicked, this, &PaymentPanel::escape);
    connect(m_print, &QPushButton::clicked, this, &PaymentPanel::printReceipt);
    connect(m_pdf, &QPushButton::clicked, this, &PaymentPanel::saveReceiptPdf);
    connect(m_newSale, &QPushButton::clicked, this, &PaymentPanel::newSale);
    connect(m_back, &QPushButton::clicked, this, &PaymentPanel::escape);
    connect(m_confirm, &ConfirmBar::answered, this, [this] { refresh(); });

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &PaymentPanel::tick);
    retranslate();
    refresh();
}

QPushButton *PaymentPanel::makeButton(const char *name, const char *role)
{
    auto *b = new QPushButton(this);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(true);
    b->setMinimumHeight(40);
    if (*role)
        theme::setRole(b, role);
    return b;
}

QPushButton *PaymentPanel::button(const char *name) const
{
    return findChild<QPushButton *>(QLatin1String(name));
}

void PaymentPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

void PaymentPanel::retranslate()
{
    m_billNoCaption->setText(tr("Bill no."));
    m_channelCaption->setText(tr("Provider"));
    m_expiryCaption->setText(tr("Time left"));
    m_trxCaption->setText(tr("Faspay transaction"));
    m_timelineCaption->setText(tr("What happened"));
    m_checkNow->setText(tr("Check now  ·  F5"));
    m_openHere->setText(tr("Open here  ·  F9"));
    m_display->setText(tr("Customer display  ·  F11"));
    m_cancel->setText(tr("Cancel bill  ·  F8"));
    m_newAttempt->setText(tr("New attempt…"));
    m_park->setText(tr("Leave in pending  ·  Esc"));
    m_print->setText(tr("Print receipt  ·  Ctrl+P"));
    m_pdf->setText(tr("Save PDF  ·  Ctrl+S"));
    m_newSale->setText(tr("New sale  ·  Ctrl+N"));
    m_back->setText(tr("Back to cart  ·  Esc"));
    m_qr->setPlaceholder(tr("The QR code appears when Faspay answers."));
}

void PaymentPanel::showAttempt(const Attempt &attempt, const QList<AttemptEvent> &events)
{
    m_attempt = attempt;
    m_inFlight = false;
    m_confirm->dismiss();
    m_notice->hide();
    m_timeline->clear();
    m_lastEventKey.clear();
    m_lastEventRepeat = 0;
    for (const AttemptEvent &e : events)
        addEventItem(e);
    m_ticker->start();
    refresh();
}

void PaymentPanel::updateAttempt(const Attempt &attempt)
{
    if (!m_attempt || attempt.id != m_attempt->id)
        return;
    const bool stateChanged = attempt.state != m_attempt->state;
    m_attempt = attempt;
    if (stateChanged && m_confirm->isAsking())
        m_confirm->dismiss(); // the question no longer fits the state
    refresh();
}

void PaymentPanel::appendEvent(const AttemptEvent &event)
{
    if (!m_attempt || event.attemptId != m_attempt->id)
        return;
    addEventItem(event);
}

void PaymentPanel::addEventItem(const AttemptEvent &e)
{
    const QString text = AttemptTexts::eventText(e);
    const QString time = e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    const bool moved = e.from && e.to && *e.from != *e.to;
    const QString key = e.kind + QLatin1Char('|') + text;
    if (!moved && key == m_lastEventKey && m_timeline->count() > 0) {
        ++m_lastEventRepeat;
        QListWidgetItem *last = m_timeline->item(m_timeline->count() - 1);
        last->setText(tr("%1   %2 (×%3)").arg(time, text).arg(m_lastEventRepeat));
        return;
    }
    m_lastEventKey = moved ? QString() : key;
    m_lastEventRepeat = 1;
    auto *item = new QListWidgetItem(QStringLiteral("%1   %2").arg(time, text));
    item->setData(Qt::UserRole, e.kind);
    item->setToolTip(QStringLiteral("%1 · %2").arg(AttemptTexts::sourceLabel(e.source), e.detail));
    if (moved) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        const char *tone = AttemptTexts::tone(*e.to);
        if (qstrcmp(tone, "paid") == 0)
            item->setForeground(theme::Paid);
        else if (qstrcmp(tone, "attention") == 0)
            item->setForeground(theme::Attention);
        else if (qstrcmp(tone, "waiting") == 0)
            item->setForeground(theme::Waiting);
    }
    m_timeline->addItem(item);
    m_timeline->scrollToBottom();
}

void PaymentPanel::setCheckInFlight(bool inFlight)
{
    m_inFlight = inFlight;
    refresh();
}

void PaymentPanel::setBrowserAvailable(bool available)
{
    m_browserAvailable = available;
    refresh();
}

void PaymentPanel::showBrowser(QWidget *browser)
{
    closeBrowser();
    m_browser = browser;
    browser->setParent(m_browserHolder);
    m_browserHolder->layout()->addWidget(browser);
    m_leftStack->setCurrentWidget(m_browserHolder);
    browser->setFocus(Qt::OtherFocusReason);
}

void PaymentPanel::closeBrowser()
{
    if (m_browser) {
        m_browser->hide();
        m_browser->deleteLater();
        m_browser = nullptr;
    }
    m_leftStack->setCurrentIndex(0);
}

void PaymentPanel::setCustomerDisplayAvailable(bool available)
{
    m_customerDisplay = available;
    refresh();
}

void PaymentPanel::setNotice(const QString &text, const char *tone)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        theme::setRole(m_notice, qstrcmp(tone, "attention") == 0 ? "error" : "muted");
}

bool PaymentPanel::canCheckNow() const
{
    return m_attempt && machine::needsTracking(*m_attempt);
}

bool PaymentPanel::canCancel() const
{
    return m_attempt && machine::cancelRequested(*m_attempt).allowed;
}

bool PaymentPanel::canOpenHere() const
{
    return m_browserAvailable && m_attempt && m_attempt->state == AttemptState::AwaitingPayment &&
           !m_attempt->redirectUrl.isEmpty();
}

bool PaymentPanel::canStartNewAttempt() const
{
    return m_attempt && m_attempt->state == AttemptState::Unknown;
}

bool PaymentPanel::isPaid() const
{
    return m_attempt && m_attempt->state == AttemptState::Paid;
}

bool PaymentPanel::isFinal() const
{
    return m_attempt && isTerminal(m_attempt->state);
}

void PaymentPanel::refresh()
{
    const bool has = m_attempt.has_value();
    const AttemptState state = has ? m_attempt->state : AttemptState::Draft;
    const QString channel = has ? channelDisplayName(m_attempt->order.channel) : QString();

    m_chip->setText(has ? AttemptTexts::headline(*m_attempt) : QString());
    theme::setTone(m_chip, AttemptTexts::tone(state));
    const char *tone = AttemptTexts::tone(state);
    theme::setTone(m_noticeFrame, qstrcmp(tone, "sending") == 0 ? "neutral" : tone);
    m_explanation->setText(has ? AttemptTexts::explanation(*m_attempt) : QString());
    if (has) {
        m_mark->setPixmap(
            channelMark(m_attempt->order.channel, QSize(120, 36), devicePixelRatioF()));
        m_amount->setText(m_attempt->total.format());
        m_billNo->setText(m_attempt->billNo);
        QString channelText = channel;
        if (m_attempt->order.channel == Channel::Kredivo)
            channelText +=
                QStringLiteral(" · ") + kredivoTenorLabel(m_attempt->order.tenor).toString();
        m_channel->setText(channelText);
        m_trx->setText(m_attempt->trxId.isEmpty() ? QStringLiteral("—") : m_attempt->trxId);
    }
    const bool showQr =
        has && !m_attempt->redirectUrl.isEmpty() &&
        (state == AttemptState::AwaitingPayment || state == AttemptState::Cancelling ||
         state == AttemptState::Paid || state == AttemptState::NeedsAttention);
    m_qr->setPayload(showQr ? m_attempt->redirectUrl : QString());
    m_qr->setDimmed(showQr && state != AttemptState::AwaitingPayment);
    m_qr->setPaidMark(state == AttemptState::Paid);
    if (!showQr && has && isTerminal(state))
        m_qr->setPlaceholder(tr("No payment link: %1.").arg(AttemptTexts::stateLabel(state)));
    else
        m_qr->setPlaceholder(tr("The QR code appears when Faspay answers."));
    m_url->setText(
        showQr ? m_url->fontMetrics().elidedText(m_attempt->redirectUrl, Qt::ElideMiddle, 420)
               : QString());
    m_url->setToolTip(showQr ? m_attempt->redirectUrl : QString());
    m_scanCaption->setText(state == AttemptState::Paid
                               ? tr("Paid with %1").arg(channel)
                               : tr("Scan with your phone to pay with %1").arg(channel));
    m_progress->setVisible(state == AttemptState::Sending || state == AttemptState::Cancelling ||
                           m_inFlight);

    const bool live = has && !isTerminal(state);
    m_checkNow->setVisible(live);
    // Stays enabled while a check runs (the service queues one more): a button that turns
    // off would push the focus elsewhere every few seconds.
    m_checkNow->setEnabled(canCheckNow());
    m_checkNow->setText(m_inFlight ? tr("Checking…") : tr("Check now  ·  F5"));
    m_openHere->setVisible(canOpenHere());
    m_openHere->setEnabled(canOpenHere());
    m_display->setVisible(m_customerDisplay && live);
    m_cancel->setVisible(live && canCancel());
    m_cancel->setEnabled(canCancel());
    m_newAttempt->setVisible(canStartNewAttempt());
    m_park->setVisible(live);
    m_print->setVisible(isPaid());
    m_pdf->setVisible(isPaid());
    m_newSale->setVisible(has && isTerminal(state));
    m_back->setVisible(has && isTerminal(state) && state != AttemptState::Paid);
    tick();
    Q_EMIT actionsChanged();
}

void PaymentPanel::tick()
{
    if (!m_attempt) {
        m_countdown->setText(QString());
        return;
    }
    const AttemptState state = m_attempt->state;
    if (isTerminal(state) || !m_attempt->billExpired.isValid()) {
        m_countdown->setText(QStringLiteral("—"));
        m_countdown->setStyleSheet(QString());
        return;
    }
    const qint64 left = m_clock->now().secsTo(m_attempt->billExpired);
    m_countdown->setText(left > 0 ? AttemptTexts::countdown(left) : tr("expired"));
    const QColor c = left <= 0 ? theme::Attention : left < 300 ? theme::Waiting : theme::Text;
    m_countdown->setStyleSheet(QStringLiteral("color: %1").arg(c.name()));
}

void PaymentPanel::checkNow()
{
    // While a check runs, the service runs one more when it ends.
    if (canCheckNow())
        Q_EMIT checkNowRequested(m_attempt->id);
}

void PaymentPanel::askCancel()
{
    if (!canCancel())
        return;
    const qint64 id = m_attempt->id;
    m_confirm->ask(tr("Cancel bill %1 at Faspay? The customer can no longer pay it. If they "
                      "already paid, Kasir will tell you.")
                       .arg(m_attempt->billNo),
                   tr("Cancel the bill"), tr("Keep waiting"),
                   [this, id] { Q_EMIT cancelRequested(id); });
}

void PaymentPanel::askNewAttempt()
{
    if (!canStartNewAttempt())
        return;
    const qint64 id = m_attempt->id;
    m_confirm->ask(
        tr("Faspay's answer to bill %1 was lost: the bill may exist and the customer "
           "may still pay it. A new attempt makes a second bill with a new number. "
           "If the customer pays both, they pay twice. Start a new attempt only if "
           "the customer has not paid and will not use the first link.")
            .arg(m_attempt->billNo),
        tr("Start a new attempt"), tr("Keep checking"),
        [this, id] { Q_EMIT newAttemptRequested(id); }, true);
}

void PaymentPanel::openHere()
{
    if (canOpenHere())
        Q_EMIT openHereRequested(QUrl(m_attempt->redirectUrl));
}

void PaymentPanel::printReceipt()
{
    if (isPaid())
        Q_EMIT printReceiptRequested(m_attempt->id);
}

void PaymentPanel::saveReceiptPdf()
{
    if (isPaid())
        Q_EMIT savePdfRequested(m_attempt->id);
}

void PaymentPanel::newSale()
{
    if (isFinal())
        Q_EMIT newSaleRequested();
}

void PaymentPanel::escape()
{
    if (m_confirm->isAsking()) {
        m_confirm->noButton()->click();
        return;
    }
    if (!m_attempt)
        return;
    if (isPaid()) {
        Q_EMIT newSaleRequested();
        return;
    }
    if (isFinal()) {
        Q_EMIT backToCartRequested();
        return;
    }
    m_confirm->ask(tr("This payment is still open. Leave it in Pending payments (Ctrl+I) and start "
                      "a new sale? Kasir keeps checking it."),
                   tr("Leave in pending"), tr("Stay here"), [this] { Q_EMIT parkRequested(); });
}

} // namespace kasir
