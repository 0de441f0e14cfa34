#pragma once

#include "ui/browser/browserengine.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QWebEnginePage>
#include <QWebEngineUrlRequestInterceptor>

class QWebEngineProfile;
class QWebEngineView;

Q_DECLARE_LOGGING_CATEGORY(lcBrowser) // "kasir.browser": refused requests and navigations

namespace kasir {

class WebEngineBrowser;

// Refuses every request that is not http(s) to an allowed host, and the return URL itself
// (which is reported, never loaded). Qt 6 runs interceptors on the GUI thread.
class PolicyInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    PolicyInterceptor(WebEngineBrowser *browser, QObject *parent);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    WebEngineBrowser *m_browser;
};

// The page: navigation policy, pop-ups into the same view, no file chooser, certificate errors
// refused, permissions denied.
class HardenedPage : public QWebEnginePage
{
    Q_OBJECT

public:
    HardenedPage(WebEngineBrowser *browser, QWebEngineProfile *profile, QObject *parent);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;

private:
    WebEngineBrowser *m_browser;
};

class WebEngineBrowser : public QObject, public BrowserEngine
{
    Q_OBJECT

public:
    WebEngineBrowser(QWidget *parent, BrowserEngineListener *listener);
    ~WebEngineBrowser() override;

    QWidget *widget() override;
    void setPolicy(const BrowserPolicy &policy) override;
    BrowserPolicy policy() const override { return m_policy; }
    void load(const QUrl &url) override;
    void reload() override;
    void stop() override;
    QUrl url() const override;
    QString title() const override;
    bool isLoading() const override { return m_loading; }
    void runJavaScript(const QString &script,
                       const std::function<void(const QVariant &)> &callback) override;
    void setReturnPageTexts(const QString &title, const QString &body) override;

    // Used by the page and the interceptor.
    enum class Decision { Allow, Block, ReturnUrl };
    Decision decide(const QUrl &url) const;
    void refuse(const QUrl &url, BrowserBlock reason, const char *where);
    void returnUrlReached(const QUrl &url);
    void openPopup(const QUrl &url);
    bool isShowingLocalPage() const { return m_localPage; }

private:
    void onLoadStarted();
    void onLoadFinished(bool ok);
    void onCertificateError(const QWebEngineCertificateError &error);
    void onPermission(const QUrl &origin, QWebEnginePage::Feature feature);
    void showReturnPage();

    BrowserEngineListener *m_listener;
    BrowserPolicy m_policy;
    QWebEngineProfile *m_profile = nullptr;
    PolicyInterceptor *m_interceptor = nullptr;
    HardenedPage *m_page = nullptr;
    QPointer<QWebEngineView> m_view;
    bool m_loading = false;
    bool m_localPage = false;          // the page shows our own "back to the cashier" page
    bool m_certificateRefused = false; // the current load failed on a refused certificate
    QUrl m_reportedReturnUrl;          // reported once per open()
    QString m_returnTitle;
    QString m_returnBody;
};

class WebEngineBrowserPlugin : public QObject, public BrowserEnginePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KasirBrowserEnginePlugin_iid)
    Q_INTERFACES(kasir::BrowserEnginePlugin)

public:
    std::unique_ptr<BrowserEngine> createEngine(QWidget *parent,
                                                BrowserEngineListener *listener) override;
};

} // namespace kasir
