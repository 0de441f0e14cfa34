#pragma once

#include "core/attempt/attempt.h"
#include "core/common/clock.h"
#include "core/config/appsettings.h"
#include "core/config/supervisorpin.h"
#include "ui/backoffice/supervisordialog.h"

#include <QHash>
#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

class QAction;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace kasir {

class BadgeButton;
class CheckoutService;
class ConfirmBar;
class AttemptReader;
class CustomerDisplay;
class ProductCatalog;
class PaymentPanel;
class PendingInbox;
class PendingModel;
class ProductImportDialog;
class ReceiptService;
class SalePage;
class ScannerInput;
class ShortcutOverlay;
class ModeBanner;
class StaffDirectory;

// The cashier window: the sale (SalePage), the payment of the sale (PaymentPanel) and the
// pending payments (PendingInbox), on one stack. It composes the widgets and wires them to the
// CheckoutService, the one API for payments: it never decides anything about a payment itself.
//
// Keyboard first: every action has a shortcut (function keys for the main steps, F1 lists
// them), the focus follows the flow, Enter confirms, Esc backs out; a barcode scanner works
// wherever the focus is (ScannerInput). Nothing here blocks: the service's network work is
// asynchronous and long waits show progress.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Sale, Payment, Pending };

    // `history` reads attempts (the live timeline); `catalog` is the product catalogue.
    MainWindow(CheckoutService *checkout, const AttemptReader *history, ProductCatalog *catalog,
               const AppSettings &settings, bool training, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The clock the countdowns read (tests move time). Default: the system clock.
    void setClock(const Clock *clock);
    // Receipts of paid sales (print a copy, save a PDF). Without it the actions say that
    // receipts are not set up.
    void setReceiptService(ReceiptService *receipts);
    // What the embedded browser ("Open here") may reach and which navigation is the return to
    // Kasir: the lender hosts and the merchant's Return URL from Settings. Unset (training):
    // the payment link's own host plus BrowserPane::defaultLenderHosts(), and the sandbox's
    // {base}/kasir/return.
    void setBrowserPolicy(const QStringList &allowedHosts, const QUrl &returnUrlPrefix);
    // The store turned the embedded browser off (Settings): QR code only, no "Open here".
    void disableEmbeddedBrowser();
    // The supervisor's PIN (outlives the window). When one is set, Settings (F10), cancelling a
    // bill (F8, the inbox) and "New attempt…" ask for it first (SupervisorDialog); without one
    // they go ahead as the cashier's own acts.
    void setSupervisorPin(SupervisorPin *pin) { m_supervisorPin = pin; }
    // The approval being asked for, while its dialog is open.
    SupervisorDialog *supervisorDialog() const { return m_supervisorDialog; }
    // The staff list (outlives the window; issue 12). Once set, someone signs in before a sale
    // (SignInDialog, opened at once and by "Change cashier", Ctrl+L) and every attempt, cancel
    // and approval is recorded under that name; a production till (not training) without a
    // supervisor takes no sale and asks for one first (StaffMemberDialog). Needs
    // setSupervisorPin() first: the PIN checks and their wait are its. Unset (tests, training
    // without staff): the cashier of the settings, no sign-in.
    void setStaff(StaffDirectory *staff);
    // Who is signed in now; empty when no one is (or there is no staff list).
    QString signedIn() const { return m_signedIn; }
    // Why no sale may start now (no supervisor on a production till, nobody signed in); empty
    // when one may.
    QString saleBlockedReason() const;
    // The sign-in or first-supervisor dialog, while open.
    QDialog *staffDialog() const { return m_staffDialog; }
    // Who approved opening Settings (for the settings log), empty for the settings PIN.
    QString settingsApprover() const { return m_settingsApprover; }

    Page currentPage() const;
    qint64 currentAttemptId() const { return m_currentAttemptId; }
    // The window's parts are found by their object names (findChild): salePage, paymentPanel,
    // pendingInbox, pendingModel, scannerInput, shortcutOverlay, trainingBanner or
    // notFaspayBanner.
    // The window's commands, each one QAction (shortcut, overlay entry, header button).
    enum class Action {
        Help,
        ProductEntry,
        NameSearch,
        Buyer,
        CheckNow,
        Channel,
        Fees,
        Cancel,
        OpenHere,
        Settings,
        CustomerDisplay,
        Pay,
        Pending,
        NewSale,
        PrintReceipt,
        SavePdf,
        History,
        EndOfDay,
        ImportProducts,
        RefreshChannels,
        ChangeCashier,
        Back,
    };
    QAction *action(Action action) const;
    // The action's object name ("help", "customerDisplay", ...): stable, for finding it.
    static QString actionName(Action action);
    QList<QAction *> shortcutActions() const { return m_shortcutActions; }
    // What the status bar says now.
    QString statusText() const;

    // The steps, as the shortcuts trigger them.
    void pay();
    void newSale();
    void showPending();
    void openAttempt(qint64 attemptId);
    void escape();
    void importProducts();
    // Reads the channel list the service holds and shows which providers are available.
    void refreshChannelAvailability();
    // The current order's problems as the window shows them (the service's local checks plus
    // "choose a provider").
    FieldErrors currentErrors() const;

Q_SIGNALS:
    // Windows of the back office (built elsewhere); the application connects them.
    void settingsRequested();
    void historyRequested();
    void endOfDayRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    class ForwardingClock;

    QWidget *buildHeader();
    void buildActions();
    QAction *addShortcutAction(Action name, const QKeySequence &key, void (MainWindow::*slot)());
    void retranslate();
    void setPage(Page page);
    void scheduleValidation();
    void validateNow();
    void updateRequiredMarks();
    void updateActions();
    void updatePendingBadge();
    void showStatus(const QString &text, bool error = false);
    void scanned(const QString &code);
    void unknownScanned();
    void clearStatus();
    // Runs `then` at once when no supervisor PIN is set, else after the supervisor approved
    // (with the reason given, when `withReason`, and who approved: empty for the settings PIN).
    using Approved = std::function<void(const QString &reason, const QString &approver)>;
    void askSupervisor(const QString &action, bool withReason, Approved then);
    // Sign-in (issue 12): opens what the till needs now (the first supervisor, or sign-in).
    void askSignIn();
    void signIn(const QString &name);
    void updateCounterStatus();
    void attemptChanged(const Attempt &attempt);
    void attemptEvent(const AttemptEvent &event);
    void startNewAttempt(qint64 replacesAttemptId);
    void cancelAttempt(qint64 attemptId);
    void printReceipt(qint64 attemptId);
    void saveReceiptPdf(qint64 attemptId);
    void openHere(const QUrl &url);
    void toggleCustomerDisplay();
    void updateCustomerDisplay();
    void backToCart();
    // Clears the sale and shows the empty cart (an open payment stays in the inbox).
    void startNextSale();
    void paymentsDisabled(const TranslatableText &reason);

    // Shortcut handlers (pointer-to-member targets).
    void onHelp();
    void onProductEntry();
    void onNameSearch();
    void onBuyer();
    void onChannel();
    void onFees();
    void onCheckNow();
    void onCancel();
    void onOpenHere();
    void onPrintReceipt();
    void onSavePdf();
    void onRefreshChannels();
    void onSettings();
    void onHistory();
    void onEndOfDay();

    CheckoutService *m_checkout;
    const AttemptReader *m_journal;
    ProductCatalog *m_catalog;
    AppSettings m_settings;
    bool m_training;
    SystemClock m_systemClock;
    std::unique_ptr<ForwardingClock> m_clock;
    QPointer<ReceiptService> m_receipts;

    ModeBanner *m_banner = nullptr; // training, or a gateway that is not Faspay
    QLabel *m_title = nullptr;
    QLabel *m_store = nullptr;
    BadgeButton *m_pendingButton = nullptr;
    QMap<Action, QToolButton *> m_headerButtons;
    ConfirmBar *m_confirm = nullptr;
    QStackedWidget *m_stack = nullptr;
    SalePage *m_sale = nullptr;
    PaymentPanel *m_payment = nullptr;
    PendingModel *m_pending = nullptr;
    PendingInbox *m_inbox = nullptr;
    ShortcutOverlay *m_overlay = nullptr;
    ScannerInput *m_scanner = nullptr;
    QPointer<SupervisorPin> m_supervisorPin;
    QPointer<StaffDirectory> m_staff;
    QPointer<QDialog> m_staffDialog;
    QString m_signedIn;
    QString m_settingsApprover;
    QPointer<SupervisorDialog> m_supervisorDialog;
    ProductImportDialog *m_import = nullptr;
    QLabel *m_statusMessage = nullptr;
    Page m_statusPage = Page::Sale; // the screen the status message was said on
    QLabel *m_channelStatus = nullptr;
    QLabel *m_counterStatus = nullptr;
    QTimer *m_validation = nullptr;
    QMap<Action, QAction *> m_actions;
    QList<QAction *> m_shortcutActions;
    CustomerDisplay *m_customerDisplay = nullptr; // made on first use
    QStringList m_browserHosts;                   // empty: the training defaults
    QUrl m_returnUrlPrefix;

    qint64 m_currentAttemptId = 0;
    Page m_pageBeforeInbox = Page::Sale;
    bool m_revealed = false; // Pay was pressed for this sale: show every problem
    TranslatableText m_disabledReason;
};

} // namespace kasir
