#include "ui/cashier/browserpane.h"

#include "core/config/appsettings.h"
#include "ui/browser/browserengine.h"
#include "ui/cashier/scannerinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

Q_LOGGING_CATEGORY(lcBrowserPane, "kasir.browser")

namespace kasir {

namespace {

QString pluginFileName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("kasir_browser.dll");
#else
    return QStringLiteral("kasir_browser.so");
#endif
}

BrowserPane::BlockReason toReason(BrowserBlock block)
{
    switch (block) {
    case BrowserBlock::Scheme:
        return BrowserPane::BlockReason::Scheme;
    case BrowserBlock::Host:
        return BrowserPane::BlockReason::Host;
    case BrowserBlock::Certificate:
        return BrowserPane::BlockReason::Certificate;
    case BrowserBlock::Download:
        return BrowserPane::BlockReason::Download;
    case BrowserBlock::Permission:
        return BrowserPane::BlockReason::Permission;
    }
    return BrowserPane::BlockReason::Host;
}

// The plugin stays loaded for the life of the process: Chromium cannot be unloaded, and panes
// made from it may be alive anywhere.
struct PluginState
{
    QPluginLoader *loader = nullptr;
    BrowserEnginePlugin *plugin = nullptr;
    QString error;
    bool tried = false;
};

PluginState &pluginState()
{
    static PluginState state;
    return state;
}

// The pane over the plugin's engine.
class PluginBrowserPane final : public BrowserPane, private BrowserEngineListener
{
public:
    PluginBrowserPane(BrowserEnginePlugin *plugin, QWidget *parent)
        : BrowserPane(parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);

        auto *bar = new QWidget(this);
        auto *barLayout = new QHBoxLayout(bar);
        barLayout->setContentsMargins(6, 4, 6, 4);
        m_host = new QLabel(bar);
        m_host->setObjectName(QStringLiteral("browserHost"));
        m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_progress = new QProgressBar(bar);
        m_progress->setRange(0, 0);
        m_progress->setMaximumWidth(80);
        m_progress->setMaximumHeight(10);
        m_progress->setTextVisible(false);
        m_progress->hide();
        auto *reload = new QToolButton(bar);
        reload->setObjectName(QStringLiteral("browserReload"));
        reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
        reload->setToolTip(QCoreApplication::translate("kasir::BrowserPane", "Reload the page"));
        m_close = new QPushButton(
            QCoreApplication::translate("kasir::BrowserPane", "Close browser"), bar);
        m_close->setObjectName(QStringLiteral("browserClose"));
        barLayout->addWidget(m_host, 1);
        barLayout->addWidget(m_progress);
        barLayout->addWidget(reload);
        barLayout->addWidget(m_close);
        layout->addWidget(bar);

        m_error = new QLabel(this);
        m_error->setObjectName(QStringLiteral("browserError"));
        m_error->setWordWrap(true);
        m_error->setStyleSheet(
            QStringLiteral("QLabel{background:#fdecea;color:#8a1c12;padding:6px 8px;}"));
        m_error->hide();
        layout->addWidget(m_error);

        m_engine = plugin->createEngine(this, this);
        m_engine->setReturnPageTexts(
            QCoreApplication::translate("kasir::BrowserPane", "Back to the cashier"),
            QCoreApplication::translate("kasir::BrowserPane",
                                        "The lender's page is finished. Kasir is checking the "
                                        "payment with Faspay; the cashier's screen shows the "
                                        "result."));
        layout->addWidget(m_engine->widget(), 1);

        connect(reload, &QToolButton::clicked, this, &PluginBrowserPane::reload);
        connect(m_close, &QPushButton::clicked, this, [this] {
            m_engine->stop();
            Q_EMIT closed();
        });
        updateHost(QUrl());
    }

    ~PluginBrowserPane() override
    {
        // The engine's view is one of our children: let the engine tear it down in its order
        // (view, page, profile) before QWidget deletes the children.
        m_engine.reset();
    }

    void setAllowedHosts(const QStringList &hosts) override
    {
        BrowserPolicy p = m_engine->policy();
        p.allowedHosts = hosts;
        m_engine->setPolicy(p);
    }
    QStringList allowedHosts() const override { return m_engine->policy().allowedHosts; }
    void setReturnUrlPrefix(const QUrl &prefix) override
    {
        BrowserPolicy p = m_engine->policy();
        p.returnUrlPrefix = prefix;
        m_engine->setPolicy(p);
    }
    QUrl returnUrlPrefix() const override { return m_engine->policy().returnUrlPrefix; }

    bool open(const QUrl &url) override
    {
        m_error->hide();
        const BrowserPolicy policy = m_engine->policy();
        if (!BrowserPolicy::isAllowedScheme(url)) {
            qCWarning(lcBrowserPane).noquote()
                << "refused to open" << BrowserPolicy::forLog(url) << "(not http or https)";
            Q_EMIT blocked(url, BlockReason::Scheme);
            showError(QCoreApplication::translate(
                "kasir::BrowserPane",
                "This address cannot be opened here: only web pages of the payment "
                "gateway and the lenders are allowed."));
            return false;
        }
        if (!policy.isReturnUrl(url) && !policy.allows(url)) {
            qCWarning(lcBrowserPane).noquote()
                << "refused to open" << BrowserPolicy::forLog(url) << "(host not allowed)";
            Q_EMIT blocked(url, BlockReason::Host);
            showError(QCoreApplication::translate(
                          "kasir::BrowserPane",
                          "The page is on %1, which is not the payment gateway or a known "
                          "lender, so it is not opened. Let the customer scan the QR code "
                          "instead, or add the host in Settings.")
                          .arg(url.host()));
            return false;
        }
        m_engine->load(url);
        return true;
    }
    void reload() override
    {
        m_error->hide();
        m_engine->reload();
    }
    void stop() override { m_engine->stop(); }
    QUrl currentUrl() const override { return m_engine->url(); }
    bool isLoading() const override { return m_engine->isLoading(); }
    QString pageTitle() const override { return m_engine->title(); }
    void runJavaScript(const QString &script,
                       const std::function<void(const QVariant &)> &callback) override
    {
        m_engine->runJavaScript(script, callback);
    }

private:
    void engineUrlChanged(const QUrl &url) override
    {
        updateHost(url);
        Q_EMIT urlChanged(url);
    }
    void engineLoadingChanged(bool loading) override
    {
        m_progress->setVisible(loading);
        Q_EMIT loadingChanged(loading);
    }
    void engineTitleChanged(const QString &title) override { Q_EMIT pageTitleChanged(title); }
    void engineReturnUrlReached(const QUrl &url) override
    {
        m_host->setText(QCoreApplication::translate("kasir::BrowserPane", "Payment page finished"));
        Q_EMIT returnUrlReached(url);
    }
    void engineBlocked(const QUrl &url, BrowserBlock reason) override
    {
        Q_EMIT blocked(url, toReason(reason));
    }
    void engineLoadFailed(const QUrl &url, bool certificate, const QString &detail) override
    {
        Q_UNUSED(detail);
        QString message;
        if (certificate) {
            message = QCoreApplication::translate(
                          "kasir::BrowserPane",
                          "The secure connection to %1 failed: its certificate is not valid. "
                          "The page is not shown. Let the customer scan the QR code with their "
                          "phone instead.")
                          .arg(url.host());
        } else {
            message = QCoreApplication::translate(
                          "kasir::BrowserPane",
                          "The page on %1 could not be loaded. Check the internet connection "
                          "and press Reload, or let the customer scan the QR code.")
                          .arg(url.host());
        }
        showError(message);
        Q_EMIT loadFailed(url, message);
    }

    void showError(const QString &message)
    {
        m_error->setText(message);
        m_error->show();
    }

    void updateHost(const QUrl &url)
    {
        if (url.isEmpty() || url.scheme() == QLatin1String("data")) {
            m_host->setText(QString());
            return;
        }
        const bool secure = url.scheme() == QLatin1String("https");
        m_host->setText(
            secure ? QCoreApplication::translate("kasir::BrowserPane", "Secure page: %1")
                         .arg(url.host())
                   : QCoreApplication::translate("kasir::BrowserPane", "Page: %1 (not encrypted)")
                         .arg(url.host()));
    }

    std::unique_ptr<BrowserEngine> m_engine;
    QLabel *m_host = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace

BrowserPane::BrowserPane(QWidget *parent)
    : QWidget(parent)
{
    // The lender's sign-in page takes the customer's PIN: never a scan (issue 12, item 5).
    ScannerInput::markSecret(this);
}

BrowserPane::~BrowserPane() = default;

QStringList BrowserPane::defaultLenderHosts()
{
    return BrowserSettings::defaultLenderHosts();
}

bool BrowserPane::isHostAllowed(const QString &host, const QStringList &allowedHosts)
{
    return BrowserPolicy::hostMatches(host, allowedHosts);
}

bool BrowserPane::isReturnUrl(const QUrl &url, const QUrl &returnUrlPrefix)
{
    return BrowserPolicy::matchesReturnUrl(url, returnUrlPrefix);
}

QStringList BrowserPaneFactory::searchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("KASIR_PLUGIN_DIR");
    if (!env.isEmpty())
        paths << env;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        paths << appDir;
        paths << QDir::cleanPath(appDir + QLatin1Char('/') +
                                 QStringLiteral(KASIR_PLUGIN_RELATIVE_DIR));
    }
    paths << QStringLiteral(KASIR_PLUGIN_BUILD_DIR);
    paths.removeDuplicates();
    return paths;
}

QString BrowserPaneFactory::pluginFilePath()
{
    const QString name = pluginFileName();
    const QStringList paths = searchPaths();
    for (const QString &dir : paths) {
        const QFileInfo info(QDir(dir).filePath(name));
        if (info.isFile() && info.isReadable())
            return info.absoluteFilePath();
    }
    return {};
}

bool BrowserPaneFactory::isAvailable()
{
#if KASIR_WITH_WEBENGINE
    return !pluginFilePath().isEmpty();
#else
    return false;
#endif
}

bool BrowserPaneFactory::isLoaded()
{
    return pluginState().plugin != nullptr;
}

BrowserPane *BrowserPaneFactory::create(QWidget *parent, QString *error)
{
    PluginState &state = pluginState();
    if (!state.plugin && !state.tried) {
        const QString path = pluginFilePath();
        if (path.isEmpty()) {
            state.error = QCoreApplication::translate(
                "kasir::BrowserPaneFactory",
                "The embedded browser is not installed (kasir_browser plugin not found).");
        } else {
            state.tried = true;
            state.loader = new QPluginLoader(path);
            QObject *root = state.loader->instance();
            state.plugin = qobject_cast<BrowserEnginePlugin *>(root);
            if (!state.plugin) {
                state.error =
                    QCoreApplication::translate("kasir::BrowserPaneFactory",
                                                "The embedded browser could not be loaded: %1")
                        .arg(state.loader->errorString());
                qCWarning(lcBrowserPane)
                    << "loading" << path << "failed:" << state.loader->errorString();
            } else {
                qCInfo(lcBrowserPane) << "loaded" << path;
            }
        }
    }
    if (!state.plugin) {
        if (error)
            *error = state.error;
        return nullptr;
    }
    return new PluginBrowserPane(state.plugin, parent);
}

} // namespace kasir
