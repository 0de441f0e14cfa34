#include "app/appcontext.h"
#include "app/headless.h"
#include "app/languages.h"
#include "app/windowwiring.h"
#include "core/common/platform.h"
#include "core/config/appsettings.h"
#include "core/journal/journal.h"
#include "core/kasirversion.h"
#include "ui/cashier/mainwindow.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <cstring>

namespace {

const char *const HeadlessCommands[] = {"checkout", "status", "pending", "resume", "sandbox"};

bool isHeadless(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    for (const char *command : HeadlessCommands) {
        if (std::strcmp(argv[1], command) == 0)
            return true;
    }
    return false;
}

void printUsage()
{
    QTextStream(stdout)
        << "Usage:\n"
           "  kasir                                   the cashier window\n"
           "  kasir checkout ORDER.json [--wait SECONDS] [--receipt FILE.pdf]\n"
           "  kasir status BILL_NO\n"
           "  kasir pending\n"
           "  kasir resume [--wait SECONDS]\n"
           "  kasir sandbox [--port N] [--strict]     the training Faspay sandbox\n"
           "  kasir --version\n"
           "Exit status of checkout/status/resume: 0 paid, 2 final and not paid, 3 not final,\n"
           "1 bad input or configuration (nothing sent).\n";
}

void identify()
{
    QCoreApplication::setApplicationName(QStringLiteral(KASIR_APPLICATION_NAME));
    QCoreApplication::setOrganizationName(QStringLiteral(KASIR_ORGANIZATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(KASIR_VERSION_STRING));
}

QString savedLanguage()
{
    return kasir::AppSettings::load(*kasir::AppContext::openSettings()).language;
}

int runHeadless(int argc, char *argv[])
{
    // Receipts are painted (fonts, PDF): a GUI application without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    identify();
    kasir::installTranslators(&app, savedLanguage());
    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.takeAt(1);
    arguments[0] = arguments[0] + QLatin1Char(' ') + command;
    if (command == QLatin1String("checkout"))
        return kasir::runCheckoutCommand(arguments);
    if (command == QLatin1String("status"))
        return kasir::runStatusCommand(arguments);
    if (command == QLatin1String("pending"))
        return kasir::runPendingCommand(arguments);
    if (command == QLatin1String("resume"))
        return kasir::runResumeCommand(arguments);
    return kasir::runSandboxCommand(arguments);
}

} // namespace

int main(int argc, char *argv[])
{
    // --version and --help work without any GUI machinery (no display needed).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            QTextStream(stdout) << "kasir " << KASIR_VERSION_STRING << Qt::endl;
            return 0;
        }
    }
    if (argc >= 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
                      std::strcmp(argv[1], "help") == 0)) {
        printUsage();
        return 0;
    }
    if (isHeadless(argc, argv))
        return runHeadless(argc, argv);

    // Qt WebEngine (the embedded browser plugin, loaded on first use) needs shared OpenGL
    // contexts, set before the application exists; that makes Qt create an OpenGL context at
    // start (docs/performance.md: 100-150 ms and 50 MB on a software renderer). A store that
    // turned the browser off in Settings starts without it.
    // The settings are read once, here.
    kasir::AppSettings settings = kasir::AppSettings::load(*kasir::AppContext::openSettings());
    const bool embeddedBrowser = settings.browser.enabled;
    if (embeddedBrowser)
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    identify();
    kasir::theme::applyApplicationStyle(app);
    kasir::installTranslators(&app, settings.language);

    kasir::TranslatableText problem;
    const kasir::KeychainAnswer keychain = kasir::readKeychainPasswordAtStart(settings);
    std::unique_ptr<kasir::AppContext> context = kasir::AppContext::create(
        kasir::AppContext::Purpose::TrackPayments, std::move(settings), &problem, keychain);
    if (!context) {
        // Before any window exists: a plain message box is the only way to say it.
        QMessageBox::critical(nullptr, QCoreApplication::translate("kasir::main", "Kasir"),
                              problem.toString());
        return 1;
    }
    // Qt WebEngine refuses to start its sandbox as root. Only training on a machine run as
    // root (this project's test machines) turns it off; a real store keeps the sandbox.
    if (context->isTraining() && kasir::platform::isRunningAsRoot() &&
        qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");

    kasir::MainWindow window(context->checkout(), context->journal(), context->journal(),
                             context->settings(), context->isTraining());
    window.setReceiptService(context->receipts());
    if (!embeddedBrowser)
        window.disableEmbeddedBrowser();
    if (!context->isTraining()) {
        // The embedded browser may open the gateway and the lenders, and stops at the
        // merchant's registered return URL.
        const kasir::BrowserSettings &browser = context->settings().browser;
        QStringList hosts = browser.lenderHosts;
        hosts << context->config().gatewayUrl.host();
        window.setBrowserPolicy(hosts, browser.returnUrl);
    }
    kasir::wireBackOffice(&window, context.get());
    window.show();
    context->start();
    return QApplication::exec();
}
