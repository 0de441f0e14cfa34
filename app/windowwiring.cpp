#include "app/windowwiring.h"

#include "app/appcontext.h"
#include "core/config/passwordstore.h"
#include "core/journal/journal.h"
#include "core/payment/checkoutservice.h"
#include "core/receipt/receiptservice.h"
#include "ui/endofdaydialog.h"
#include "ui/historywindow.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/systemreceiptoutput.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

namespace kasir {

QString readKeychainPasswordAtStart()
{
    if (qEnvironmentVariableIsSet("KASIR_FASPAY_PASSWORD"))
        return {};
    const AppSettings settings = AppSettings::load(*AppContext::openSettings());
    if (settings.environment == GatewayEnvironment::Training || settings.merchantId.isEmpty())
        return {};
    PasswordStore store;
    QString password;
    QEventLoop loop;
    QObject::connect(&store, &PasswordStore::finished, &loop,
                     [&password, &loop](const PasswordStore::Result &result) {
                         if (result.ok())
                             password = result.password;
                         loop.quit();
                     });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    store.read(settings.merchantId);
    loop.exec();
    return password;
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
    QPointer<HistoryWindow> history;
    QObject::connect(window, &MainWindow::settingsRequested, window, [window, context, passwords] {
        // Owned by the window until closed; the QSettings lives as long as the dialog.
        auto *settings = AppContext::openSettings().release();
        auto *dialog = new SettingsDialog(settings, passwords, context->network(), window);
        settings->setParent(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &SettingsDialog::saved, window, [window] {
            QMessageBox *box = new QMessageBox(
                QMessageBox::Information, MainWindow::tr("Settings saved"),
                MainWindow::tr("The settings are saved. The gateway, the credentials, the "
                               "printer and the language are used from the next start of "
                               "Kasir; payments in progress are kept and resume by themselves."),
                QMessageBox::Ok, window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
        dialog->open();
    });
    QObject::connect(
        window, &MainWindow::historyRequested, window, [window, context, history]() mutable {
            if (!history) {
                auto *created = new HistoryWindow(context->journal(), context->checkout(),
                                                  context->receipts(), context->clock(), window);
                created->setWindowFlag(Qt::Window);
                created->setSettings(context->settings());
                history = created;
            }
            history->show();
            history->raise();
            history->activateWindow();
        });
    QObject::connect(window, &MainWindow::endOfDayRequested, window, [window, context] {
        auto *dialog = new EndOfDayDialog(context->journal(), context->client(),
                                          context->credentials(), context->settings().store.name,
                                          context->clock(), context->isTraining(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace kasir
