#pragma once

#include <QStringList>
#include <QUrl>
#include <QVariant>
#include <QWidget>

#include <functional>

namespace kasir {

// The embedded browser of the payment screen ("Open here"): shows the same redirect_url as the
// QR, in a hardened Qt WebEngine view that lives in the plugin `kasir_browser`.
//
// Hardening (see ui/browser/webenginebrowser.cpp): its own off-the-record profile per pane, only
// http(s) requests to the allowed hosts (everything else is refused and logged under
// "kasir.browser"), pop-ups opened in the same view, no file access, no downloads, no
// permissions, certificate errors always refused. A navigation to the return URL is never
// loaded: returnUrlReached() is emitted and a local "back to the cashier" page is shown. The
// return URL's parameters are not trusted: the receiver only asks for a status check
// (CheckoutService::returnUrlReached).
//
// Widgets code against this abstract class; tests may subclass it with a fake.
class BrowserPane : public QWidget
{
    Q_OBJECT

public:
    enum class BlockReason {
        Scheme,      // not http or https (file:, ftp:, view-source:, chrome:, ...)
        Host,        // http(s) to a host that is not allowed
        Certificate, // TLS certificate error: refused, never accepted
        Download,    // a download was started: cancelled
        Permission,  // camera, microphone, location, notifications, ...: denied
    };
    Q_ENUM(BlockReason)

    ~BrowserPane() override;

    // The hosts the page may reach: exact names ("web.faspay.co.id", "127.0.0.1") or
    // "*.example.com" for example.com and every name under it. Compared case-insensitively;
    // the port is not part of the match. Set before open().
    virtual void setAllowedHosts(const QStringList &hosts) = 0;
    virtual QStringList allowedHosts() const = 0;

    // Navigations to URLs starting with this one (same scheme, host and port; path prefix) are
    // intercepted. Empty: none.
    virtual void setReturnUrlPrefix(const QUrl &prefix) = 0;
    virtual QUrl returnUrlPrefix() const = 0;

    // Loads `url`. False (and blocked() emitted) when the policy refuses it.
    virtual bool open(const QUrl &url) = 0;
    virtual void reload() = 0;
    virtual void stop() = 0;
    virtual QUrl currentUrl() const = 0;
    virtual bool isLoading() const = 0;
    virtual QString pageTitle() const = 0;

    // Runs a script in the page (tests and support tooling); the callback gets its result.
    virtual void runJavaScript(const QString &script,
                               const std::function<void(const QVariant &)> &resultCallback) = 0;

    // The lenders' and Faspay's host names used when settings give none.
    static QStringList defaultLenderHosts();
    // The policy's pure rules (also used by the plugin), for tests and for the settings screen.
    static bool isHostAllowed(const QString &host, const QStringList &allowedHosts);
    static bool isReturnUrl(const QUrl &url, const QUrl &returnUrlPrefix);

Q_SIGNALS:
    void returnUrlReached(const QUrl &url);
    void loadingChanged(bool loading);
    void pageTitleChanged(const QString &title);
    void urlChanged(const QUrl &url);
    void blocked(const QUrl &url, kasir::BrowserPane::BlockReason reason);
    // The page could not be loaded (network error, refused certificate); `message` is for the
    // cashier, in the window's language.
    void loadFailed(const QUrl &url, const QString &message);
    // The cashier closed the browser (its Close button).
    void closed();

protected:
    explicit BrowserPane(QWidget *parent = nullptr);
};

// Makes browser panes. Qt WebEngine is loaded only when the first pane is created: the plugin
// `kasir_browser` is looked up next to the executable (and in ../lib/kasir, ../lib/<arch>/kasir,
// $KASIR_PLUGIN_DIR and the build folder) and loaded with QPluginLoader on the first create().
class BrowserPaneFactory
{
public:
    // The plugin file exists (it is not loaded). False in builds without WebEngine: the cashier
    // window then shows no "Open here" button.
    static bool isAvailable();
    // Where the plugin file is, empty when none was found.
    static QString pluginFilePath();
    // The folders searched, in order.
    static QStringList searchPaths();
    // Whether the plugin (and so Qt WebEngine) has been loaded into this process.
    static bool isLoaded();
    // A new pane owned by `parent`; nullptr when the plugin is missing or fails to load, with
    // the reason in `error` (for the log and the cashier).
    static BrowserPane *create(QWidget *parent, QString *error = nullptr);
};

} // namespace kasir
