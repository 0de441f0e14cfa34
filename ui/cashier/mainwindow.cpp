#include "ui/cashier/mainwindow.h"

#include "core/config/supervisorpin.h"
#include "core/faspay/channelcatalog.h"
#include "core/faspay/hosts.h"
#include "core/journal/readers.h"
#include "core/payment/checkoutservice.h"
#include "core/receipt/receiptoutput.h"
#include "core/receipt/receiptservice.h"
#include "core/staff/staffdirectory.h"
#include "ui/backoffice/productimportdialog.h"
#include "ui/backoffice/staffdialogs.h"
#include "ui/backoffice/supervisordialog.h"
#include "ui/cashier/browserpane.h"
#include "ui/cashier/buyerform.h"
#include "ui/cashier/cartmodel.h"
#include "ui/cashier/channelpicker.h"
#include "ui/cashier/confirmbar.h"
#include "ui/cashier/customerdisplay.h"
#include "ui/cashier/modebanner.h"
#include "ui/cashier/paymentpanel.h"
#include "ui/cashier/pendinginbox.h"
#include "ui/cashier/pendingmodel.h"
#include "ui/cashier/productentry.h"
#include "ui/cashier/salepage.h"
#include "ui/cashier/samplecatalog.h"
#include "ui/cashier/scannerinput.h"
#include "ui/cashier/shortcutoverlay.h"
#include "ui/widgets/badgebutton.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kasir {

namespace {
constexpr char Ctx[] = "kasir::MainWindow";
const char *const CancelReason = "cancelled by the cashier";
} // namespace

// Lets the window hand one Clock to its widgets at construction and tests swap it later.
class MainWindow::ForwardingClock final : public Clock
{
public:
    explicit ForwardingClock(const Clock *target)
        : m_target(target)
    {}
    QDateTime now() const override { return m_target->now(); }
    void setTarget(const Clock *target) { m_target = target; }

private:
    const Clock *m_target;
};

MainWindow::MainWindow(CheckoutService *checkout, const AttemptReader *journal,
                       ProductCatalog *catalog, const AppSettings &settings, bool training,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_checkout(checkout)
    , m_journal(journal)
    , m_catalog(catalog)
    , m_settings(settings)
    , m_training(training)
    , m_clock(std::make_unique<ForwardingClock>(&m_systemClock))
{
    setObjectName(QStringLiteral("cashierWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/kasir/icons/kasir.svg")));
    setStyleSheet(theme::styleSheet());
    setMinimumSize(1280, 720);

    if (m_training) {
        // Training mode sells from a sample catalog when the shop has not imported its own.
        seedSampleCatalog(m_catalog);
    }

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("page"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    const QString gatewayHost = faspay::gatewayAuthority(m_checkout->options().gatewayUrl);
    if (m_training)
        m_banner = new ModeBanner(ModeBanner::Mode::Training, {}, central);
    else if (faspay::isMarkedNotFaspay(false, gatewayHost))
        m_banner = new ModeBanner(ModeBanner::Mode::NotFaspay, gatewayHost, central);
    if (m_banner)
        layout->addWidget(m_banner);
    layout->addWidget(buildHeader());
    m_confirm = new ConfirmBar(central);
    auto *confirmHolder = new QWidget(central);
    auto *ch = new QVBoxLayout(confirmHolder);
    ch->setContentsMargins(12, 8, 12, 0);
    ch->addWidget(m_confirm);
    confirmHolder->setVisible(false);
    connect(m_confirm, &ConfirmBar::answered, confirmHolder,
            [confirmHolder] { confirmHolder->setVisible(false); });
    layout->addWidget(confirmHolder);

    m_stack = new QStackedWidget(central);
    m_sale = new SalePage(m_catalog, m_stack);
    m_payment = new PaymentPanel(m_clock.get(), m_stack);
    m_pending = new PendingModel(m_clock.get(), this);
    m_pending->setObjectName(QStringLiteral("pendingModel"));
    m_inbox = new PendingInbox(m_pending, m_stack);
    m_stack->addWidget(m_sale);
    m_stack->addWidget(m_payment);
    m_stack->addWidget(m_inbox);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_overlay = new ShortcutOverlay(central);
    m_import = new ProductImportDialog(m_catalog, this);

    m_statusMessage = new QLabel(this);
    m_statusMessage->setObjectName(QStringLiteral("statusMessage"));
    m_channelStatus = new QLabel(this);
    m_channelStatus->setObjectName(QStringLiteral("channelStatus"));
    m_counterStatus = new QLabel(this);
    m_counterStatus->setObjectName(QStringLiteral("counterStatus"));
    statusBar()->addWidget(m_statusMessage, 1);
    statusBar()->addPermanentWidget(m_channelStatus);
    statusBar()->addPermanentWidget(m_counterStatus);
    statusBar()->setSizeGripEnabled(false);

    m_scanner = new ScannerInput(this, this);
    m_scanner->setObjectName(QStringLiteral("scannerInput"));
    m_scanner->setOwnEdit(m_sale->productEntry()->lineEdit());
    m_scanner->setKnownCode(
        [this](const QString &code) { return m_catalog->productByCode(code).has_value(); });
    connect(m_scanner, &ScannerInput::scanned, this, &MainWindow::scanned);
    connect(m_scanner, &ScannerInput::unknownScanned, this, &MainWindow::unknownScanned);

    m_validation = new QTimer(this);
    m_validation->setSingleShot(true);
    m_validation->setInterval(0);
    connect(m_validation, &QTimer::timeout, this, &MainWindow::validateNow);

    buildActions();

    // The sale.
    connect(m_sale, &SalePage::orderChanged, this, &MainWindow::scheduleValidation);
    connect(m_sale, &SalePage::payRequested, this, &MainWindow::pay);

    // The payment on screen.
    connect(m_payment, &PaymentPanel::checkNowRequested, m_checkout,
            [this](qint64 id) { m_checkout->checkNow(id, EventSource::Cashier); });
    connect(m_payment, &PaymentPanel::cancelRequested, this, &MainWindow::cancelAttempt);
    connect(m_payment, &PaymentPanel::newAttemptRequested, this, &MainWindow::startNewAttempt);
    connect(m_payment, &PaymentPanel::openHereRequested, this, &MainWindow::openHere);
    connect(m_payment, &PaymentPanel::customerDisplayRequested, this,
            &MainWindow::toggleCustomerDisplay);
    connect(m_payment, &PaymentPanel::printReceiptRequested, this, &MainWindow::printReceipt);
    connect(m_payment, &PaymentPanel::savePdfRequested, this, &MainWindow::saveReceiptPdf);
    connect(m_payment, &PaymentPanel::newSaleRequested, this, &MainWindow::startNextSale);
    connect(m_payment, &PaymentPanel::backToCartRequested, this, &MainWindow::backToCart);
    connect(m_payment, &PaymentPanel::parkRequested, this, [this] {
        const QString bill = m_payment->attempt() ? m_payment->attempt()->billNo : QString();
        startNextSale();
        // Said on the new sale's screen, so that it stays there until the next screen.
        showStatus(
            tr("Bill %1 is in Pending payments (Ctrl+I); Kasir keeps checking it.").arg(bill));
    });
    connect(m_payment, &PaymentPanel::actionsChanged, this, &MainWindow::updateActions);

    // The inbox.
    connect(m_inbox, &PendingInbox::openRequested, this, &MainWindow::openAttempt);
    connect(m_inbox, &PendingInbox::checkNowRequested, m_checkout,
            [this](qint64 id) { m_checkout->checkNow(id, EventSource::Cashier); });
    connect(m_inbox, &PendingInbox::cancelRequested, this, &MainWindow::cancelAttempt);
    connect(m_inbox, &PendingInbox::closeRequested, this, [this] {
        setPage(m_pageBeforeInbox == Page::Payment && m_currentAttemptId ? Page::Payment
                                                                         : Page::Sale);
    });
    connect(m_pending, &PendingModel::countChanged, this, &MainWindow::updatePendingBadge);
    connect(m_pending, &QAbstractItemModel::dataChanged, this, &MainWindow::updatePendingBadge);
    connect(m_pending, &QAbstractItemModel::modelReset, this, &MainWindow::updatePendingBadge);
    connect(m_import, &ProductImportDialog::catalogChanged, this,
            [this] { showStatus(tr("The product catalog was updated.")); });

    // The service.
    connect(m_checkout, &CheckoutService::attemptChanged, this, &MainWindow::attemptChanged);
    connect(m_checkout, &CheckoutService::eventAppended, this, &MainWindow::attemptEvent);
    connect(m_checkout, &CheckoutService::checkInFlightChanged, this,
            [this](qint64 id, bool inFlight) {
                if (id == m_currentAttemptId)
                    m_payment->setCheckInFlight(inFlight);
            });
    connect(m_checkout, &CheckoutService::channelsChanged, this,
            &MainWindow::refreshChannelAvailability);
    connect(m_checkout, &CheckoutService::channelsRefreshFailed, this,
            [this](const TranslatableText &message) {
                showStatus(
                    tr("The channel list could not be refreshed: %1").arg(message.toString()),
                    true);
            });
    connect(m_checkout, &CheckoutService::paymentsDisabled, this, &MainWindow::paymentsDisabled);
    connect(m_checkout, &CheckoutService::alarmRaised, this,
            [this](qint64 id, const TranslatableText &message) {
                const std::optional<Attempt> a = m_checkout->attempt(id);
                const QString text =
                    tr("Bill %1: %2").arg(a ? a->billNo : QString::number(id), message.toString());
                showStatus(text, true);
                if (id == m_currentAttemptId)
                    m_payment->setNotice(message.toString(), "attention");
            });

    m_payment->setBrowserAvailable(BrowserPaneFactory::isAvailable());
    m_payment->setCustomerDisplayAvailable(true);

    m_pending->setAttempts(m_checkout->pendingAttempts());
    refreshChannelAvailability();
    if (!m_checkout->paymentsEnabled())
        paymentsDisabled(m_checkout->paymentsDisabledReason());
    retranslate();
    setPage(Page::Sale);
    validateNow();
    updatePendingBadge();
    resize(1366, 768);
}

MainWindow::~MainWindow()
{
    delete m_customerDisplay;
}

void MainWindow::setClock(const Clock *clock)
{
    m_clock->setTarget(clock ? clock : &m_systemClock);
}

void MainWindow::setReceiptService(ReceiptService *receipts)
{
    if (m_receipts)
        disconnect(m_receipts, nullptr, this, nullptr);
    m_receipts = receipts;
    if (!receipts)
        return;
    connect(receipts, &ReceiptService::receiptArchived, this,
            [this](qint64 id, int copy, const QString &path) {
                if (id != m_currentAttemptId)
                    return;
                m_payment->setNotice(copy == 0 ? tr("Receipt saved: %1").arg(path)
                                               : tr("Copy %1 saved: %2").arg(copy).arg(path));
            });
    connect(receipts, &ReceiptService::printFinished, this,
            [this](qint64 id, int copy, bool ok, const QString &error) {
                const QString what = copy == 0 ? tr("Receipt") : tr("Copy %1").arg(copy);
                const QString text =
                    ok ? tr("%1 printed.").arg(what) : tr("%1 not printed: %2").arg(what, error);
                if (id == m_currentAttemptId)
                    m_payment->setNotice(text, ok ? "neutral" : "attention");
                showStatus(text, !ok);
            });
}

void MainWindow::setBrowserPolicy(const QStringList &allowedHosts, const QUrl &returnUrlPrefix)
{
    m_browserHosts = allowedHosts;
    m_returnUrlPrefix = returnUrlPrefix;
}

void MainWindow::disableEmbeddedBrowser()
{
    m_payment->setBrowserAvailable(false);
}

QWidget *MainWindow::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("header"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(14, 6, 10, 6);
    row->setSpacing(4);
    auto *icon = new QLabel(header);
    QSvgRenderer svg(QStringLiteral(":/kasir/icons/kasir.svg"));
    QPixmap pm(QSize(28, 28) * devicePixelRatioF());
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        svg.render(&p);
    }
    pm.setDevicePixelRatio(devicePixelRatioF());
    icon->setPixmap(pm);
    row->addWidget(icon);
    row->addSpacing(6);
    m_title = new QLabel(header);
    theme::setRole(m_title, "title");
    row->addWidget(m_title);
    row->addSpacing(10);
    m_store = new QLabel(m_settings.store.name, header);
    theme::setRole(m_store, "muted");
    row->addWidget(m_store);
    row->addStretch(1);

    const auto addButton = [&](Action name, QToolButton *b) {
        b->setObjectName(QStringLiteral("headerButton"));
        b->setProperty("action", actionName(name));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setFocusPolicy(Qt::NoFocus);
        row->addWidget(b);
        m_headerButtons.insert(name, b);
    };
    m_pendingButton = new BadgeButton(header);
    m_pendingButton->setMinimumWidth(120);
    addButton(Action::Pending, m_pendingButton);
    for (Action name : {Action::CustomerDisplay, Action::ImportProducts, Action::History,
                        Action::EndOfDay, Action::ChangeCashier, Action::Settings, Action::Help}) {
        addButton(name, new QToolButton(header));
    }
    if (QToolButton *b = m_headerButtons.value(Action::ChangeCashier))
        b->hide(); // shown once there is a staff list
    return header;
}

QAction *MainWindow::addShortcutAction(Action name, const QKeySequence &key,
                                       void (MainWindow::*slot)())
{
    auto *a = new QAction(this);
    a->setObjectName(actionName(name));
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    addAction(a);
    connect(a, &QAction::triggered, this, slot);
    m_actions.insert(name, a);
    m_shortcutActions.append(a);
    if (QToolButton *b = m_headerButtons.value(name))
        connect(b, &QToolButton::clicked, a, &QAction::trigger);
    return a;
}

void MainWindow::buildActions()
{
    addShortcutAction(Action::Help, Qt::Key_F1, &MainWindow::onHelp);
    addShortcutAction(Action::ProductEntry, Qt::Key_F2, &MainWindow::onProductEntry);
    addShortcutAction(Action::NameSearch, Qt::Key_F3, &MainWindow::onNameSearch);
    addShortcutAction(Action::Buyer, Qt::Key_F4, &MainWindow::onBuyer);
    addShortcutAction(Action::CheckNow, Qt::Key_F5, &MainWindow::onCheckNow);
    addShortcutAction(Action::Channel, Qt::Key_F6, &MainWindow::onChannel);
    addShortcutAction(Action::Fees, Qt::Key_F7, &MainWindow::onFees);
    addShortcutAction(Action::Cancel, Qt::Key_F8, &MainWindow::onCancel);
    addShortcutAction(Action::OpenHere, Qt::Key_F9, &MainWindow::onOpenHere);
    addShortcutAction(Action::Settings, Qt::Key_F10, &MainWindow::onSettings);
    addShortcutAction(Action::CustomerDisplay, Qt::Key_F11, &MainWindow::toggleCustomerDisplay);
    addShortcutAction(Action::Pay, Qt::Key_F12, &MainWindow::pay);
    addShortcutAction(Action::Pending, QKeySequence(Qt::CTRL | Qt::Key_I),
                      &MainWindow::showPending);
    addShortcutAction(Action::NewSale, QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::newSale);
    addShortcutAction(Action::PrintReceipt, QKeySequence(Qt::CTRL | Qt::Key_P),
                      &MainWindow::onPrintReceipt);
    addShortcutAction(Action::SavePdf, QKeySequence(Qt::CTRL | Qt::Key_S), &MainWindow::onSavePdf);
    addShortcutAction(Action::History, QKeySequence(Qt::CTRL | Qt::Key_H), &MainWindow::onHistory);
    addShortcutAction(Action::EndOfDay, QKeySequence(Qt::CTRL | Qt::Key_E),
                      &MainWindow::onEndOfDay);
    addShortcutAction(Action::ImportProducts, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                      &MainWindow::importProducts);
    addShortcutAction(Action::RefreshChannels, QKeySequence(Qt::CTRL | Qt::Key_R),
                      &MainWindow::onRefreshChannels);
    addShortcutAction(Action::ChangeCashier, QKeySequence(Qt::CTRL | Qt::Key_L),
                      &MainWindow::askSignIn);
    addShortcutAction(Action::Back, Qt::Key_Escape, &MainWindow::escape);
    m_actions.value(Action::CustomerDisplay)->setCheckable(true);
    m_overlay->setActions(m_shortcutActions);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::retranslate()
{
    setWindowTitle(m_training ? tr("Kasir — %1 — training").arg(m_settings.store.name)
                              : tr("Kasir — %1").arg(m_settings.store.name));
    m_title->setText(tr("Kasir"));
    const auto set = [this](Action name, const QString &text) {
        m_actions.value(name)->setText(text);
    };
    set(Action::Help, tr("Keyboard shortcuts"));
    set(Action::ProductEntry, tr("Scan or type a product code"));
    set(Action::NameSearch, tr("Find a product by name"));
    set(Action::Buyer, tr("Buyer details"));
    set(Action::CheckNow, tr("Check the payment now"));
    set(Action::Channel, tr("Choose the provider"));
    set(Action::Fees, tr("Fees and discount"));
    set(Action::Cancel, tr("Cancel the bill"));
    set(Action::OpenHere, tr("Open the payment page here"));
    set(Action::Settings, tr("Settings"));
    set(Action::CustomerDisplay, tr("Customer display"));
    set(Action::Pay, tr("Pay"));
    set(Action::Pending, tr("Pending payments"));
    set(Action::NewSale, tr("New sale"));
    set(Action::PrintReceipt, tr("Print receipt"));
    set(Action::SavePdf, tr("Save receipt as PDF"));
    set(Action::History, tr("History"));
    set(Action::EndOfDay, tr("End of day"));
    set(Action::ImportProducts, tr("Import products (CSV)"));
    set(Action::RefreshChannels, tr("Refresh the channel list"));
    set(Action::ChangeCashier, tr("Sign in / change cashier"));
    set(Action::Back, tr("Back / cancel the question"));
    const auto label = [this](Action name, const QString &text, const QString &key) {
        if (QToolButton *b = m_headerButtons.value(name)) {
            b->setText(key.isEmpty() ? text : text + QStringLiteral("  ") + key);
            b->setToolTip(m_actions.value(name)->text());
        }
    };
    label(Action::Pending, tr("Pending"), QStringLiteral("Ctrl+I"));
    label(Action::CustomerDisplay, tr("Customer display"), QStringLiteral("F11"));
    label(Action::ImportProducts, tr("Products"), QString());
    label(Action::History, tr("History"), QString());
    label(Action::EndOfDay, tr("End of day"), QString());
    label(Action::ChangeCashier, tr("Change cashier"), QStringLiteral("Ctrl+L"));
    label(Action::Settings, tr("Settings"), QStringLiteral("F10"));
    label(Action::Help, tr("Help"), QStringLiteral("F1"));
    updateCounterStatus();
    refreshChannelAvailability();
    updatePendingBadge();
}

QAction *MainWindow::action(Action name) const
{
    return m_actions.value(name);
}

QString MainWindow::actionName(Action action)
{
    switch (action) {
    case Action::Help:
        return QStringLiteral("help");
    case Action::ProductEntry:
        return QStringLiteral("productEntry");
    case Action::NameSearch:
        return QStringLiteral("nameSearch");
    case Action::Buyer:
        return QStringLiteral("buyer");
    case Action::CheckNow:
        return QStringLiteral("checkNow");
    case Action::Channel:
        return QStringLiteral("channel");
    case Action::Fees:
        return QStringLiteral("fees");
    case Action::Cancel:
        return QStringLiteral("cancel");
    case Action::OpenHere:
        return QStringLiteral("openHere");
    case Action::Settings:
        return QStringLiteral("settings");
    case Action::CustomerDisplay:
        return QStringLiteral("customerDisplay");
    case Action::Pay:
        return QStringLiteral("pay");
    case Action::Pending:
        return QStringLiteral("pending");
    case Action::NewSale:
        return QStringLiteral("newSale");
    case Action::PrintReceipt:
        return QStringLiteral("printReceipt");
    case Action::SavePdf:
        return QStringLiteral("savePdf");
    case Action::History:
        return QStringLiteral("history");
    case Action::EndOfDay:
        return QStringLiteral("endOfDay");
    case Action::ImportProducts:
        return QStringLiteral("importProducts");
    case Action::RefreshChannels:
        return QStringLiteral("refreshChannels");
    case Action::ChangeCashier:
        return QStringLiteral("changeCashier");
    case Action::Back:
        return QStringLiteral("back");
    }
    return {};
}

MainWindow::Page MainWindow::currentPage() const
{
    if (m_stack->currentWidget() == m_payment)
        return Page::Payment;
    if (m_stack->currentWidget() == m_inbox)
        return Page::Pending;
    return Page::Sale;
}

void MainWindow::setPage(Page page)
{
    // A message belongs to the screen it was said on: nothing typed or said earlier stays
    // under the next customer's screen.
    if (page != m_statusPage)
        clearStatus();
    switch (page) {
    case Page::Sale:
        m_stack->setCurrentWidget(m_sale);
        m_sale->focusProductEntry();
        break;
    case Page::Payment:
        m_stack->setCurrentWidget(m_payment);
        // The first action that applies gets the focus, so Enter does the obvious thing.
        for (const char *name :
             {"printReceipt", "newSale", "backToCart", "checkNow", "newAttempt"}) {
            QPushButton *b = m_payment->button(name);
            if (b && b->isVisible() && b->isEnabled()) {
                b->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        if (!m_payment->focusWidget())
            m_payment->setFocus(Qt::OtherFocusReason);
        break;
    case Page::Pending:
        m_stack->setCurrentWidget(m_inbox);
        m_inbox->focusList();
        break;
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const Page page = currentPage();
    const auto enable = [this](Action name, bool on) {
        m_actions.value(name)->setEnabled(on);
    };
    const bool sale = page == Page::Sale;
    enable(Action::ProductEntry, sale);
    enable(Action::NameSearch, sale);
    enable(Action::Buyer, sale);
    enable(Action::Channel, sale);
    enable(Action::Fees, sale);
    enable(Action::Pay, sale);
    enable(Action::CheckNow, page != Page::Sale);
    enable(Action::Cancel, page != Page::Sale);
    enable(Action::OpenHere, page == Page::Payment && m_payment->canOpenHere());
    enable(Action::PrintReceipt, page == Page::Payment && m_payment->isPaid());
    enable(Action::SavePdf, page == Page::Payment && m_payment->isPaid());
    enable(Action::CustomerDisplay, true);
}

QString MainWindow::statusText() const
{
    return m_statusMessage->text();
}

void MainWindow::clearStatus()
{
    m_statusPage = currentPage();
    if (!m_disabledReason.isEmpty()) {
        // Stopped payments are said on every screen until they start again.
        showStatus(tr("Payments are stopped: %1").arg(m_disabledReason.toString()), true);
        return;
    }
    m_statusMessage->clear();
    m_statusMessage->setStyleSheet(QString());
}

void MainWindow::showStatus(const QString &text, bool error)
{
    m_statusPage = currentPage();
    m_statusMessage->setText(text);
    m_statusMessage->setStyleSheet(
        error ? QStringLiteral("color: %1; font-weight: 600").arg(theme::Attention.name())
              : QString());
}

void MainWindow::updatePendingBadge()
{
    const int count = m_pending->count();
    const bool urgent = m_pending->attentionCount() > 0;
    m_pendingButton->setCount(count, urgent);
    m_pendingButton->setToolTip(count == 0 ? tr("No pending payments")
                                           : tr("Pending payments: %1").arg(count));
}

// ---- the sale ----

void MainWindow::scheduleValidation()
{
    m_validation->start();
}

FieldErrors MainWindow::currentErrors() const
{
    const Order order = m_sale->order();
    FieldErrors errors = m_checkout->validate(order);
    if (!m_sale->hasChannel()) {
        // The order's channel is only a placeholder until the cashier chooses one.
        FieldErrors kept;
        for (const FieldError &e : std::as_const(errors)) {
            if (e.field != QLatin1String("channel") && e.field != QLatin1String("tenor"))
                kept.append(e);
        }
        errors = kept;
        errors.append(FieldError{
            QStringLiteral("channel"),
            TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::MainWindow", "Choose how the customer "
                                                                         "pays (F6)."))});
    }
    return errors;
}

void MainWindow::updateRequiredMarks()
{
    // The fields the chosen provider needs, as the core's rules say: the ones an empty order
    // is refused for as "Required." (all four providers need the complete addresses).
    Order probe;
    probe.channel = m_sale->channelPicker()->channel().value_or(Channel::Kredivo);
    probe.shipping = Address();
    QSet<QString> required;
    for (const FieldError &e : validateOrder(probe)) {
        if (qstrcmp(e.message.source(), "Required.") == 0)
            required.insert(e.field);
    }
    m_sale->buyerForm()->setRequiredFields(required);
}

void MainWindow::validateNow()
{
    m_validation->stop();
    updateRequiredMarks();
    const FieldErrors errors = currentErrors();
    m_sale->showErrors(errors, m_revealed);
    if (m_revealed && errors.isEmpty())
        m_sale->setPayMessage(QString());
}

void MainWindow::pay()
{
    if (currentPage() != Page::Sale)
        return;
    if (!m_checkout->paymentsEnabled()) {
        m_sale->setPayMessage(m_checkout->paymentsDisabledReason().toString());
        return;
    }
    if (const QString blocked = saleBlockedReason(); !blocked.isEmpty()) {
        m_sale->setPayMessage(blocked);
        askSignIn();
        return;
    }
    m_revealed = true;
    const FieldErrors errors = currentErrors();
    if (!errors.isEmpty()) {
        m_sale->showErrors(errors, true);
        m_sale->focusFirstError(errors);
        m_sale->setPayMessage(
            tr("Problems to fix before paying: %1. Each is shown at its field; nothing was sent.")
                .arg(errors.size()));
        return;
    }
    const Order order = m_sale->order();
    const CheckoutService::StartResult result = m_checkout->startCheckout(order);
    if (!result.ok()) {
        if (!result.errors.isEmpty()) {
            m_sale->showErrors(result.errors, true);
            m_sale->focusFirstError(result.errors);
        }
        m_sale->setPayMessage(result.refusal.isEmpty()
                                  ? tr("The sale has problems to fix; nothing was sent.")
                                  : result.refusal.toString());
        return;
    }
    m_sale->setPayMessage(QString());
    openAttempt(result.attemptId);
}

void MainWindow::scanned(const QString &code)
{
    // Only a product's code in full is ever shown or used: anything else a fast burst brought
    // (a PIN typed quickly, a stray barcode) is reported without its characters.
    const std::optional<Product> product = m_catalog->productByCode(code);
    if (!product) {
        unknownScanned();
        return;
    }
    if (currentPage() != Page::Sale) {
        showStatus(tr("Scanned \"%1\": finish or leave the payment on screen first (Esc), then "
                      "scan again.")
                       .arg(product->name),
                   true);
        return;
    }
    m_sale->productEntry()->submit(code);
}

void MainWindow::unknownScanned()
{
    const QString text = tr("That scan is not a known product code; nothing was added. Scan it "
                            "again, or find the product by name (F3).");
    if (currentPage() == Page::Sale) {
        m_sale->productEntry()->showFeedback(text, true);
        m_sale->focusProductEntry();
    } else {
        showStatus(text, true);
    }
}

void MainWindow::newSale()
{
    if (currentPage() == Page::Payment && m_payment->attempt() && !m_payment->isFinal()) {
        m_payment->escape(); // asks whether to leave the open payment in the inbox
        return;
    }
    if (currentPage() == Page::Sale && !m_sale->cartModel()->cart().isEmpty() &&
        !m_confirm->isAsking()) {
        m_confirm->parentWidget()->setVisible(true);
        m_confirm->ask(tr("Start a new sale? The cart and the buyer's details are cleared."),
                       tr("New sale"), tr("Keep this sale"), [this] { startNextSale(); });
        return;
    }
    startNextSale();
}

void MainWindow::startNextSale()
{
    m_confirm->dismiss();
    m_confirm->parentWidget()->setVisible(false);
    // A paid or final attempt's cart is finished with; an open one stays in the inbox.
    m_sale->clearSale();
    m_revealed = false;
    m_currentAttemptId = 0;
    m_payment->closeBrowser();
    updateCustomerDisplay();
    validateNow();
    setPage(Page::Sale);
}

void MainWindow::backToCart()
{
    // A failed, expired, cancelled or refused payment: the same cart, another tender.
    m_currentAttemptId = 0;
    m_payment->closeBrowser();
    updateCustomerDisplay();
    setPage(Page::Sale);
    m_sale->focusChannel();
    showStatus(tr("The cart is open again: choose another provider or fix the sale, then Pay."));
}

void MainWindow::showPending()
{
    if (currentPage() == Page::Pending)
        return;
    m_pageBeforeInbox = currentPage();
    m_pending->setAttempts(m_checkout->pendingAttempts());
    setPage(Page::Pending);
}

void MainWindow::openAttempt(qint64 attemptId)
{
    const std::optional<Attempt> a = m_checkout->attempt(attemptId);
    if (!a)
        return;
    m_currentAttemptId = attemptId;
    m_payment->showAttempt(*a, m_journal->events(attemptId));
    m_payment->setCheckInFlight(m_checkout->isCheckInFlight(attemptId));
    updateCustomerDisplay();
    setPage(Page::Payment);
}

void MainWindow::escape()
{
    if (m_overlay->isVisible()) {
        m_overlay->hide();
        return;
    }
    if (m_confirm->isAsking()) {
        m_confirm->noButton()->click();
        return;
    }
    switch (currentPage()) {
    case Page::Payment:
        m_payment->escape();
        return;
    case Page::Pending:
        m_inbox->escape();
        return;
    case Page::Sale: {
        QLineEdit *entry = m_sale->productEntry()->lineEdit();
        if (entry->hasFocus() && !entry->text().isEmpty())
            entry->clear();
        m_sale->productEntry()->clearFeedback();
        m_sale->focusProductEntry();
        return;
    }
    }
}

void MainWindow::importProducts()
{
    m_import->show();
    m_import->raise();
    m_import->activateWindow();
    m_import->pathEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::refreshChannelAvailability()
{
    const faspay::ChannelCatalog &catalog = m_checkout->channels();
    for (Channel c : allChannels()) {
        m_sale->channelPicker()->setAvailability(c, catalog.isAvailable(c),
                                                 catalog.unavailableReason(c).toString());
    }
    if (!catalog.isFetched()) {
        m_channelStatus->setText(tr("Channel list not fetched yet (Ctrl+R)"));
    } else {
        int available = 0;
        for (Channel c : allChannels())
            available += catalog.isAvailable(c) ? 1 : 0;
        m_channelStatus->setText(
            tr("%1 of 4 providers available · list of %2")
                .arg(available)
                .arg(QLocale().toString(catalog.fetchedAt().toLocalTime(), QLocale::ShortFormat)));
    }
    scheduleValidation();
}

void MainWindow::paymentsDisabled(const TranslatableText &reason)
{
    m_disabledReason = reason;
    showStatus(tr("Payments are stopped: %1").arg(reason.toString()), true);
    m_sale->setPayMessage(reason.toString());
}

// ---- the service's news ----

void MainWindow::attemptChanged(const Attempt &attempt)
{
    m_pending->upsert(attempt);
    if (attempt.id != m_currentAttemptId) {
        if (attempt.state == AttemptState::Paid)
            showStatus(tr("Bill %1 is paid.").arg(attempt.billNo));
        return;
    }
    const bool wasPaid = m_payment->isPaid();
    const bool stateChanged = !m_payment->attempt() || m_payment->attempt()->state != attempt.state;
    m_payment->updateAttempt(attempt);
    updateCustomerDisplay();
    if (attempt.state == AttemptState::Paid && !wasPaid) {
        // The sale is closed: the next customer starts from an empty cart.
        m_sale->clearSale();
        m_revealed = false;
        m_payment->closeBrowser();
        showStatus(tr("Bill %1 is paid.").arg(attempt.billNo));
        if (currentPage() == Page::Payment)
            setPage(Page::Payment); // moves the focus to "Print receipt"
    } else if (stateChanged && currentPage() == Page::Payment &&
               !m_payment->confirmBar()->isAsking()) {
        setPage(Page::Payment); // the action that applies now gets the focus
    }
    updateActions();
}

void MainWindow::attemptEvent(const AttemptEvent &event)
{
    if (event.attemptId == m_currentAttemptId)
        m_payment->appendEvent(event);
}

void MainWindow::updateCounterStatus()
{
    const QString who = m_staff ? m_signedIn : m_settings.store.cashier;
    if (m_staff && who.isEmpty())
        m_counterStatus->setText(
            tr("Terminal %1 · nobody signed in (Ctrl+L)").arg(m_settings.store.terminalCode));
    else
        m_counterStatus->setText(
            who.isEmpty() ? tr("Terminal %1").arg(m_settings.store.terminalCode)
                          : tr("Terminal %1 · %2").arg(m_settings.store.terminalCode, who));
}

void MainWindow::setStaff(StaffDirectory *staff)
{
    m_staff = staff;
    if (QToolButton *b = m_headerButtons.value(Action::ChangeCashier))
        b->setVisible(m_staff != nullptr);
    updateCounterStatus();
    // Once the window is up: the dialog is the first thing the cashier sees.
    if (m_staff)
        QMetaObject::invokeMethod(this, &MainWindow::askSignIn, Qt::QueuedConnection);
}

QString MainWindow::saleBlockedReason() const
{
    if (!m_staff)
        return {};
    if (!m_training && !m_staff->hasSupervisor())
        return tr("No supervisor is set up on this till, so it takes no sale. Set one up "
                  "(Ctrl+L) first.");
    if (!m_staff->isEmpty() && m_signedIn.isEmpty())
        return tr("Nobody is signed in. Sign in first (Ctrl+L); nothing was sent.");
    return {};
}

void MainWindow::askSignIn()
{
    if (!m_staff || !m_supervisorPin)
        return;
    if (m_staffDialog)
        m_staffDialog->close();
    QDialog *dialog = nullptr;
    if (!m_training && !m_staff->hasSupervisor()) {
        auto *first = new StaffMemberDialog(m_staff, StaffMemberDialog::Mode::FirstSupervisor,
                                            m_signedIn, QString(), this);
        connect(first, &StaffMemberDialog::added, this, &MainWindow::signIn);
        dialog = first;
    } else if (!m_staff->isEmpty()) {
        auto *signInDialog = new SignInDialog(m_staff, m_supervisorPin, m_signedIn, this);
        connect(signInDialog, &SignInDialog::signedIn, this, &MainWindow::signIn);
        dialog = signInDialog;
    } else {
        return; // training without a staff list: the settings' cashier, as before
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_staffDialog = dialog;
    dialog->open();
}

void MainWindow::signIn(const QString &name)
{
    const QString before = m_signedIn;
    m_signedIn = name;
    m_checkout->setCashier(name);
    if (m_staff)
        m_staff->log(QStringLiteral("sign-in"),
                     before.isEmpty() || before == name
                         ? QStringLiteral("%1 signed in").arg(name)
                         : QStringLiteral("%1 signed in after %2").arg(name, before),
                     name);
    updateCounterStatus();
    showStatus(tr("%1 is signed in.").arg(name));
    updateActions();
}

void MainWindow::askSupervisor(const QString &action, bool withReason, Approved then)
{
    if (!m_supervisorPin || !m_supervisorPin->isSet()) {
        then(QString(), QString());
        return;
    }
    if (m_supervisorDialog)
        m_supervisorDialog->close();
    auto *dialog = new SupervisorDialog(
        action, m_supervisorPin,
        withReason ? SupervisorDialog::Reason::Required : SupervisorDialog::Reason::NotAsked, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SupervisorDialog::approved, this, std::move(then));
    m_supervisorDialog = dialog;
    dialog->open();
}

void MainWindow::startNewAttempt(qint64 replacesAttemptId)
{
    const std::optional<Attempt> old = m_checkout->attempt(replacesAttemptId);
    if (!old)
        return;
    if (const QString blocked = saleBlockedReason(); !blocked.isEmpty()) {
        m_payment->setNotice(blocked, "attention");
        askSignIn();
        return;
    }
    askSupervisor(tr("Start a new bill for this sale of %1? Bill %2 may still be paid by the "
                     "customer.")
                      .arg(old->total.format(QLocale()), old->billNo),
                  true, [this, replacesAttemptId](const QString &, const QString &approver) {
                      const std::optional<Attempt> a = m_checkout->attempt(replacesAttemptId);
                      if (!a)
                          return;
                      const CheckoutService::StartResult result =
                          m_checkout->startCheckout(a->order, replacesAttemptId, approver);
                      if (!result.ok()) {
                          QStringList problems;
                          for (const FieldError &e : result.errors)
                              problems.append(e.message.toString());
                          m_payment->setNotice(result.refusal.isEmpty()
                                                   ? problems.join(QLatin1Char(' '))
                                                   : result.refusal.toString(),
                                               "attention");
                          return;
                      }
                      openAttempt(result.attemptId);
                  });
}

void MainWindow::cancelAttempt(qint64 attemptId)
{
    const std::optional<Attempt> a = m_checkout->attempt(attemptId);
    if (!a)
        return;
    askSupervisor(tr("Cancel bill %1 of %2 at Faspay?").arg(a->billNo, a->total.format(QLocale())),
                  true, [this, attemptId](const QString &approval, const QString &approver) {
                      const QString reason =
                          approval.isEmpty()
                              ? QString::fromLatin1(CancelReason)
                              : QString::fromLatin1(CancelReason) +
                                    QStringLiteral(", approved by the supervisor: ") + approval;
                      if (m_checkout->cancel(attemptId, reason, approver))
                          return;
                      const QString text =
                          tr("This bill cannot be cancelled now (it is no longer open).");
                      if (attemptId == m_currentAttemptId)
                          m_payment->setNotice(text, "attention");
                      showStatus(text, true);
                  });
}

// ---- receipts ----

void MainWindow::printReceipt(qint64 attemptId)
{
    if (!m_receipts) {
        m_payment->setNotice(tr("Receipts are not set up on this counter."), "attention");
        return;
    }
    const auto print = [this, attemptId](const QString &, const QString &) {
        if (!m_receipts)
            return;
        // receiptArchived() and printFinished() then say how it went (saved, printed, or why
        // not).
        m_payment->setNotice(tr("A copy of the receipt is being made…"));
        TranslatableText error;
        if (!m_receipts->reprint(attemptId, &error))
            m_payment->setNotice(error.toString(), "attention");
    };
    // The first copy is the cashier's; every further one needs a supervisor (issue 12).
    const int copies = m_receipts->copiesMade(attemptId);
    if (copies == 0) {
        print(QString(), QString());
        return;
    }
    askSupervisor(tr("Print copy %1 of this receipt? %2 copies were printed already.")
                      .arg(copies + 1)
                      .arg(copies),
                  true, print);
}

void MainWindow::saveReceiptPdf(qint64 attemptId)
{
    if (!m_receipts) {
        m_payment->setNotice(tr("Receipts are not set up on this counter."), "attention");
        return;
    }
    const std::optional<Attempt> a = m_checkout->attempt(attemptId);
    if (!a)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Save receipt as PDF"),
                                   folder + QLatin1Char('/') + a->billNo + QStringLiteral(".pdf"),
                                   tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("savePdfDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    // The same keyboard-driven dialog on every platform (a native one may not take Enter).
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    connect(dialog, &QFileDialog::fileSelected, this, [this, attemptId](const QString &path) {
        QString error;
        if (m_receipts && m_receipts->writePdfTo(attemptId, path, &error))
            m_payment->setNotice(tr("Receipt saved: %1").arg(path));
        else
            m_payment->setNotice(error, "attention");
    });
    dialog->open();
}

// ---- browser and customer display ----

void MainWindow::openHere(const QUrl &url)
{
    QString error;
    BrowserPane *pane = BrowserPaneFactory::create(m_payment, &error);
    if (!pane) {
        m_payment->setNotice(tr("The embedded browser cannot start: %1").arg(error), "attention");
        return;
    }
    QStringList hosts =
        m_browserHosts.isEmpty() ? BrowserPane::defaultLenderHosts() : m_browserHosts;
    if (!hosts.contains(url.host(), Qt::CaseInsensitive))
        hosts.append(url.host()); // the payment link itself
    pane->setAllowedHosts(hosts);
    pane->setReturnUrlPrefix(m_returnUrlPrefix.isValid()
                                 ? m_returnUrlPrefix
                                 : url.resolved(QUrl(QStringLiteral("/kasir/return"))));
    connect(pane, &BrowserPane::returnUrlReached, m_checkout, &CheckoutService::returnUrlReached);
    connect(pane, &BrowserPane::closed, m_payment, &PaymentPanel::closeBrowser);
    connect(pane, &BrowserPane::loadFailed, m_payment,
            [this](const QUrl &, const QString &message) {
                m_payment->setNotice(message, "attention");
            });
    m_payment->showBrowser(pane);
    pane->open(url);
}

void MainWindow::toggleCustomerDisplay()
{
    QAction *a = m_actions.value(Action::CustomerDisplay);
    if (!m_customerDisplay) {
        auto *display = new CustomerDisplay();
        display->setStoreName(m_settings.store.name);
        m_customerDisplay = display;
    }
    const bool show = !m_customerDisplay->isVisible();
    if (show) {
        m_customerDisplay->showFor(this);
        updateCustomerDisplay();
    } else {
        m_customerDisplay->hide();
    }
    a->setChecked(show);
    if (QToolButton *b = m_headerButtons.value(Action::CustomerDisplay)) {
        b->setCheckable(true);
        b->setChecked(show);
    }
    activateWindow();
}

void MainWindow::updateCustomerDisplay()
{
    CustomerDisplay *display = m_customerDisplay;
    if (!display)
        return;
    const std::optional<Attempt> a = m_currentAttemptId ? m_payment->attempt() : std::nullopt;
    if (!a)
        display->clear();
    else if (a->state == AttemptState::Paid)
        display->showPaid(*a);
    else if (isTerminal(a->state))
        display->clear();
    else
        display->setPayment(*a);
}

// ---- shortcut handlers ----

void MainWindow::onHelp()
{
    if (m_overlay->isVisible())
        m_overlay->hide();
    else
        m_overlay->popUp();
}

void MainWindow::onProductEntry()
{
    if (currentPage() == Page::Sale)
        m_sale->focusProductEntry();
}

void MainWindow::onNameSearch()
{
    if (currentPage() == Page::Sale)
        m_sale->openNameSearch();
}

void MainWindow::onBuyer()
{
    if (currentPage() == Page::Sale)
        m_sale->focusBuyer();
}

void MainWindow::onChannel()
{
    if (currentPage() == Page::Sale)
        m_sale->focusChannel();
}

void MainWindow::onFees()
{
    if (currentPage() == Page::Sale)
        m_sale->focusFees();
}

void MainWindow::onCheckNow()
{
    if (currentPage() == Page::Payment)
        m_payment->checkNow();
    else if (currentPage() == Page::Pending)
        m_inbox->checkSelected();
}

void MainWindow::onCancel()
{
    if (currentPage() == Page::Payment)
        m_payment->askCancel();
    else if (currentPage() == Page::Pending)
        m_inbox->askCancelSelected();
}

void MainWindow::onOpenHere()
{
    if (currentPage() == Page::Payment)
        m_payment->openHere();
}

void MainWindow::onPrintReceipt()
{
    if (currentPage() == Page::Payment)
        m_payment->printReceipt();
}

void MainWindow::onSavePdf()
{
    if (currentPage() == Page::Payment)
        m_payment->saveReceiptPdf();
}

void MainWindow::onRefreshChannels()
{
    showStatus(tr("Refreshing the channel list…"));
    m_checkout->refreshChannels();
}

void MainWindow::onSettings()
{
    askSupervisor(tr("Open the settings?"), false,
                  [this](const QString &, const QString &approver) {
                      m_settingsApprover = approver;
                      Q_EMIT settingsRequested();
                  });
}

void MainWindow::onHistory()
{
    Q_EMIT historyRequested();
}

void MainWindow::onEndOfDay()
{
    Q_EMIT endOfDayRequested();
}

} // namespace kasir
