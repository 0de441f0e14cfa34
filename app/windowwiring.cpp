#include "app/windowwiring.h"

#include "app/appcontext.h"
#include "core/config/passwordstore.h"
#include "core/config/supervisorpin.h"
#include "core/engine/engine.h"
#include "core/journal/journal.h"
#include "core/payment/checkoutservice.h"
#include "core/receipt/receiptservice.h"
#include "core/staff/staffdirectory.h"
#include "ui/backoffice/endofdaydialog.h"
#include "ui/backoffice/historywindow.h"
#include "ui/backoffice/settingsdialog.h"
#include "ui/cashier/mainwindow.h"
#include "ui/printing/systemreceiptoutput.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

namespace kasir {

namespace {

// Settings' "Test connection" through the engine, with the password typed or, when none was
// typed, KASIR_FASPAY_PASSWORD or the keychain's for the merchant on screen.
ConnectionTester connectionTester(AppContext *context, PasswordStore *passwords)
{
    return [context, passwords](const AppSettings &form, const QString &typedPassword,
                                QObject *receiver, ChannelInquiryCallback done) {
        const auto ask = [context, form, receiver, done](const QString &password) {
            context->engine()->testConnection(
                form.gatewayUrl(),
                faspay::Credentials{form.merchantId, form.merchantName, form.userId, password},
                receiver, done);
        };
        if (!typedPassword.isEmpty())
            return ask(typedPassword);
        if (qEnvironmentVariableIsSet("KASIR_FASPAY_PASSWORD"))
            return ask(qEnvironmentVariable("KASIR_FASPAY_PASSWORD"));
        if (!passwords)
            return done(ChannelInquiryResult::noPassword());
        const quint64 request = passwords->read(form.merchantId);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(
            passwords, &PasswordStore::finished, receiver,
            [request, connection, ask, done](const PasswordStore::Result &result) {
                if (result.request != request)
                    return;
                QObject::disconnect(*connection);
                if (result.ok())
                    ask(result.password);
                else if (result.status == PasswordStore::Status::NotFound)
                    done(ChannelInquiryResult::noPassword());
                else
                    done(ChannelInquiryResult::refusedBeforeAsking(result.message));
            });
    };
}

} // namespace

KeychainAnswer readKeychainPasswordAtStart(const AppSettings &settings)
{
    constexpr char Ctx[] = "kasir::Keychain";
    if (qEnvironmentVariableIsSet("KASIR_FASPAY_PASSWORD"))
        return {};
    if (settings.environment == GatewayEnvironment::Training || settings.merchantId.isEmpty())
        return {};
    PasswordStore store;
    std::optional<PasswordStore::Result> answer;
    QEventLoop loop;
    QObject::connect(&store, &PasswordStore::finished, &loop,
                     [&answer, &loop](const PasswordStore::Result &result) {
                         answer = result;
                         loop.quit();
                     });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    store.read(settings.merchantId);
    loop.exec();
    // Fail closed: whatever went wrong, a production set-up runs with payments off and says
    // so; it never becomes training (issue 12).
    KeychainAnswer keychain;
    if (!answer) {
        keychain.problem = TranslatableText(
            Ctx, QT_TRANSLATE_NOOP("kasir::Keychain",
                                   "The system keychain did not answer within 5 seconds, so the "
                                   "Faspay password is unknown. Payments are off: unlock the "
                                   "keychain and restart Kasir, or save the password again in "
                                   "Settings (F10)."));
    } else if (answer->ok()) {
        keychain.password = answer->password;
    } else if (answer->status == PasswordStore::Status::NotFound) {
        keychain.problem = TranslatableText(
            Ctx,
            QT_TRANSLATE_NOOP("kasir::Keychain",
                              "No Faspay password is saved in the system keychain for merchant "
                              "%1. Payments are off: save the password in Settings (F10)."),
            {settings.merchantId});
    } else {
        qWarning().noquote() << "keychain read failed:" << answer->detail;
        keychain.problem = TranslatableText(
            Ctx,
            QT_TRANSLATE_NOOP("kasir::Keychain",
                              "The Faspay password could not be read from the system keychain "
                              "(%1). Payments are off: unlock the keychain and restart Kasir, or "
                              "save the password again in Settings (F10)."),
            {answer->message.english()});
    }
    return keychain;
}

void wireBackOffice(MainWindow *window, AppContext *context)
{
    const PrinterSettings &printer = context->settings().printer;
    if (printer.kind == PrinterKind::System) {
        context->setReceiptOutput(std::make_unique<SystemReceiptOutput>(
            printer.systemPrinterName,
            printer.widthMm == 58 ? ReceiptWidth::Mm58 : ReceiptWidth::Mm80));
    }

    auto *passwords = new PasswordStore(window);
    // One PIN check for the whole window: wrong tries are counted in the data folder.
    auto *supervisorPin = new SupervisorPin([] { return AppContext::openSettings(); },
                                            context->config().dataDir, context->clock(), window);
    window->setSupervisorPin(supervisorPin);
    // Staff and roles (issue 12): approvals name the supervisor whose PIN it was; a PIN set in
    // the settings by an older Kasir becomes the first supervisor.
    if (StaffDirectory *staff = context->engine()->staff()) {
        const std::unique_ptr<QSettings> settings = AppContext::openSettings();
        staff->adoptSettingsPin(settings->value(SupervisorPin::settingsKey()).toString(),
                                QStringLiteral("Kasir start-up"));
        supervisorPin->setSupervisorSource([staff] { return staff->supervisorCandidates(); });
        window->setStaff(staff);
    }
    QPointer<HistoryWindow> history;
    QObject::connect(
        window, &MainWindow::settingsRequested, window,
        [window, context, passwords, supervisorPin] {
            // Owned by the window until closed; the QSettings lives as long as the dialog.
            auto *settings = AppContext::openSettings().release();
            auto *dialog = new SettingsDialog(settings, passwords,
                                              connectionTester(context, passwords), window);
            settings->setParent(dialog);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setSupervision(supervisorPin, context->engine()->staff(), window->signedIn(),
                                   window->settingsApprover());
            QObject::connect(dialog, &SettingsDialog::saved, window, [window] {
                QMessageBox *box = new QMessageBox(
                    QMessageBox::Information, MainWindow::tr("Settings saved"),
                    MainWindow::tr(
                        "The settings are saved. The gateway, the credentials, the "
                        "printer and the language are used from the next start of "
                        "Kasir; payments in progress are kept and resume by themselves."),
                    QMessageBox::Ok, window);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
            dialog->open();
        });
    QObject::connect(window, &MainWindow::historyRequested, window,
                     [window, context, history, supervisorPin]() mutable {
                         if (!history) {
                             auto *created =
                                 new HistoryWindow(context->journal(), context->checkout(),
                                                   context->receipts(), context->clock(), window);
                             created->setWindowFlag(Qt::Window);
                             created->setSupervisorPin(supervisorPin);
                             history = created;
                         }
                         history->show();
                         history->raise();
                         history->activateWindow();
                     });
    QObject::connect(window, &MainWindow::endOfDayRequested, window, [window, context] {
        auto *dialog = new EndOfDayDialog(
            context->journal(), context->engine()->reconciliation(nullptr),
            context->settings().store.name, context->clock(), context->isTraining(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace kasir
