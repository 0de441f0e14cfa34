#include "ui/browser/webenginebrowser.h"

#include <QTimer>
#include <QWebEngineCertificateError>
#include <QWebEngineClientCertificateSelection>
#include <QWebEngineDownloadRequest>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineLoadingInfo>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineProfile>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineView>

Q_LOGGING_CATEGORY(lcBrowser, "kasir.browser")

namespace kasir {

namespace {

// Chromium's net error codes that mean "we stopped it ourselves".
constexpr int ErrAborted = -3;
constexpr int ErrBlockedByClient = -20;

bool isLocalBlank(const QUrl &url)
{
    // about:blank and about:srcdoc frames load nothing from the network.
    return url.scheme() == QLatin1String("about") &&
           (url.path() == QLatin1String("blank") || url.path() == QLatin1String("srcdoc"));
}

void harden(QWebEngineSettings *s)
{
    using S = QWebEngineSettings;
    s->setAttribute(S::JavascriptEnabled, true); // lenders' pages need it
    s->setAttribute(S::JavascriptCanOpenWindows, false);
    s->setAttribute(S::JavascriptCanAccessClipboard, false);
    s->setAttribute(S::JavascriptCanPaste, false);
    s->setAttribute(S::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(S::LocalContentCanAccessFileUrls, false);
    s->setAttribute(S::PluginsEnabled, false);
    s->setAttribute(S::PdfViewerEnabled, false);
    s->setAttribute(S::FullScreenSupportEnabled, false);
    s->setAttribute(S::ScreenCaptureEnabled, false);
    s->setAttribute(S::AllowRunningInsecureContent, false);
    s->setAttribute(S::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(S::AllowWindowActivationFromJavaScript, false);
    s->setAttribute(S::WebRTCPublicInterfacesOnly, true);
    s->setAttribute(S::DnsPrefetchEnabled, false);
    s->setAttribute(S::NavigateOnDropEnabled, false);
    s->setAttribute(S::HyperlinkAuditingEnabled, false);
    s->setAttribute(S::AutoLoadIconsForPage, false);
    s->setAttribute(S::TouchIconsEnabled, false);
    s->setAttribute(S::FocusOnNavigationEnabled, true);
    s->setUnknownUrlSchemePolicy(S::DisallowUnknownUrlSchemes);
}

} // namespace

// --- PolicyInterceptor ------------------------------------------------------------------------

PolicyInterceptor::PolicyInterceptor(WebEngineBrowser *browser, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_browser(browser)
{}

void PolicyInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    // data: and blob: subresources are made inside the page: no network, no files.
    if (info.resourceType() != QWebEngineUrlRequestInfo::ResourceTypeMainFrame &&
        (scheme == QLatin1String("data") || scheme == QLatin1String("blob")))
        return;
    // Our own "back to the cashier" page (setHtml loads it as a data: URL).
    if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame &&
        scheme == QLatin1String("data") && m_browser->isShowingLocalPage())
        return;
    switch (m_browser->decide(url)) {
    case WebEngineBrowser::Decision::Allow:
        return;
    case WebEngineBrowser::Decision::ReturnUrl:
        info.block(true);
        if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame)
            m_browser->returnUrlReached(url);
        else
            m_browser->refuse(url, BrowserBlock::Host, "subresource to the return URL");
        return;
    case WebEngineBrowser::Decision::Block:
        info.block(true);
        m_browser->refuse(
            url, BrowserPolicy::isAllowedScheme(url) ? BrowserBlock::Host : BrowserBlock::Scheme,
            "request");
        return;
    }
}

// --- HardenedPage -----------------------------------------------------------------------------

HardenedPage::HardenedPage(WebEngineBrowser *browser, QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_browser(browser)
{}

bool HardenedPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type);
    if (m_browser->isShowingLocalPage() && isMainFrame && url.scheme() == QLatin1String("data"))
        return true;
    if (!isMainFrame && isLocalBlank(url))
        return true;
    switch (m_browser->decide(url)) {
    case WebEngineBrowser::Decision::Allow:
        return true;
    case WebEngineBrowser::Decision::ReturnUrl:
        if (isMainFrame)
            m_browser->returnUrlReached(url);
        else
            m_browser->refuse(url, BrowserBlock::Host, "frame to the return URL");
        return false;
    case WebEngineBrowser::Decision::Block:
        m_browser->refuse(
            url, BrowserPolicy::isAllowedScheme(url) ? BrowserBlock::Host : BrowserBlock::Scheme,
            "navigation");
        return false;
    }
    return false;
}

QWebEnginePage *HardenedPage::createWindow(WebWindowType type)
{
    // The URL was taken from newWindowRequested and opens in this view; no second window.
    Q_UNUSED(type);
    return nullptr;
}

QStringList HardenedPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    qCWarning(lcBrowser) << "refused a file chooser";
    m_browser->refuse(url(), BrowserBlock::Permission, "file chooser");
    return {};
}

void HardenedPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                            const QString &message, int lineNumber,
                                            const QString &sourceID)
{
    // Pages' console messages only at debug level: they can echo form contents.
    Q_UNUSED(level);
    qCDebug(lcBrowser) << "console" << BrowserPolicy::forLog(QUrl(sourceID)) << lineNumber
                       << message.left(200);
}

// --- WebEngineBrowser -------------------------------------------------------------------------

WebEngineBrowser::WebEngineBrowser(QWidget *parent, BrowserEngineListener *listener)
    : m_listener(listener)
{
    // A profile of its own, without a storage name: off the record. Cookies, cache and local
    // storage live in memory and die with the pane; nothing is shared with another sale.
    m_profile = new QWebEngineProfile(this);
    Q_ASSERT(m_profile->isOffTheRecord());
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    harden(m_profile->settings());
    m_interceptor = new PolicyInterceptor(this, this);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
            [this](QWebEngineDownloadRequest *download) {
                const QUrl url = download->url();
                download->cancel();
                refuse(url, BrowserBlock::Download, "download");
            });

    m_page = new HardenedPage(this, m_profile, this);
    harden(m_page->settings());
    connect(m_page, &QWebEnginePage::loadStarted, this, &WebEngineBrowser::onLoadStarted);
    connect(m_page, &QWebEnginePage::loadFinished, this, &WebEngineBrowser::onLoadFinished);
    connect(m_page, &QWebEnginePage::loadingChanged, this,
            [this](const QWebEngineLoadingInfo &info) {
                if (info.status() != QWebEngineLoadingInfo::LoadFailedStatus)
                    return;
                if (m_certificateRefused) {
                    m_listener->engineLoadFailed(info.url(), true, info.errorString());
                    return;
                }
                if (info.errorCode() == ErrAborted || info.errorCode() == ErrBlockedByClient ||
                    m_localPage)
                    return; // we stopped it (policy or return URL) and said so already
                qCInfo(lcBrowser) << "load failed" << BrowserPolicy::forLog(info.url())
                                  << info.errorCode() << info.errorString();
                m_listener->engineLoadFailed(info.url(), false, info.errorString());
            });
    connect(m_page, &QWebEnginePage::titleChanged, this,
            [this](const QString &title) { m_listener->engineTitleChanged(title); });
    connect(m_page, &QWebEnginePage::urlChanged, this,
            [this](const QUrl &url) { m_listener->engineUrlChanged(url); });
    connect(m_page, &QWebEnginePage::certificateError, this, &WebEngineBrowser::onCertificateError);
    connect(m_page, &QWebEnginePage::featurePermissionRequested, this,
            &WebEngineBrowser::onPermission);
    connect(m_page, &QWebEnginePage::newWindowRequested, this,
            [this](QWebEngineNewWindowRequest &request) { openPopup(request.requestedUrl()); });
    connect(m_page, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(m_page, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(m_page, &QWebEnginePage::fileSystemAccessRequested, this,
            [this](QWebEngineFileSystemAccessRequest request) {
                request.reject();
                refuse(request.origin(), BrowserBlock::Permission, "file system access");
            });
    connect(m_page, &QWebEnginePage::selectClientCertificate, this,
            [](QWebEngineClientCertificateSelection selection) { selection.selectNone(); });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                qCWarning(lcBrowser) << "render process ended" << status << exitCode;
                if (status != QWebEnginePage::NormalTerminationStatus)
                    m_listener->engineLoadFailed(m_page->url(), false,
                                                 QStringLiteral("render process ended"));
            });

    m_view = new QWebEngineView(parent);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // no "open in new window", "save", ...
    m_view->setAcceptDrops(false);
    m_view->setObjectName(QStringLiteral("browserView"));
}

WebEngineBrowser::~WebEngineBrowser()
{
    // The page must go before its profile; the view must not outlive its page.
    if (m_view) {
        m_view->setPage(nullptr);
        delete m_view;
    }
    m_profile->setUrlRequestInterceptor(nullptr);
    delete m_page;
    m_page = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

QWidget *WebEngineBrowser::widget()
{
    return m_view;
}

void WebEngineBrowser::setPolicy(const BrowserPolicy &policy)
{
    m_policy = policy;
}

void WebEngineBrowser::load(const QUrl &url)
{
    m_reportedReturnUrl.clear();
    m_localPage = false;
    m_certificateRefused = false;
    m_page->load(url);
}

void WebEngineBrowser::reload()
{
    if (m_localPage)
        return;
    m_certificateRefused = false;
    m_page->triggerAction(QWebEnginePage::Reload);
}

void WebEngineBrowser::stop()
{
    m_page->triggerAction(QWebEnginePage::Stop);
}

QUrl WebEngineBrowser::url() const
{
    return m_page->url();
}

QString WebEngineBrowser::title() const
{
    return m_page->title();
}

void WebEngineBrowser::runJavaScript(const QString &script,
                                     const std::function<void(const QVariant &)> &callback)
{
    m_page->runJavaScript(script, callback);
}

void WebEngineBrowser::setReturnPageTexts(const QString &title, const QString &body)
{
    m_returnTitle = title;
    m_returnBody = body;
}

WebEngineBrowser::Decision WebEngineBrowser::decide(const QUrl &url) const
{
    if (m_policy.isReturnUrl(url))
        return Decision::ReturnUrl;
    return m_policy.allows(url) ? Decision::Allow : Decision::Block;
}

void WebEngineBrowser::refuse(const QUrl &url, BrowserBlock reason, const char *where)
{
    qCWarning(lcBrowser).noquote() << "refused" << where << BrowserPolicy::forLog(url);
    // Not from inside Chromium's callback: the listener may do anything.
    QTimer::singleShot(0, this, [this, url, reason] { m_listener->engineBlocked(url, reason); });
}

void WebEngineBrowser::returnUrlReached(const QUrl &url)
{
    if (url == m_reportedReturnUrl)
        return;
    m_reportedReturnUrl = url;
    qCInfo(lcBrowser).noquote() << "return URL reached, not loaded:" << BrowserPolicy::forLog(url);
    m_localPage = true; // from now on the page shows our own text
    QTimer::singleShot(0, this, [this, url] {
        showReturnPage();
        m_listener->engineReturnUrlReached(url);
    });
}

void WebEngineBrowser::openPopup(const QUrl &url)
{
    if (url.isEmpty() || !url.isValid())
        return;
    qCInfo(lcBrowser).noquote() << "pop-up opened in the same view:" << BrowserPolicy::forLog(url);
    // acceptNavigationRequest applies the policy to it like to any navigation.
    QTimer::singleShot(0, this, [this, url] {
        if (!m_localPage)
            m_page->load(url);
    });
}

void WebEngineBrowser::onLoadStarted()
{
    if (!m_loading) {
        m_loading = true;
        m_listener->engineLoadingChanged(true);
    }
}

void WebEngineBrowser::onLoadFinished(bool ok)
{
    Q_UNUSED(ok);
    if (m_loading) {
        m_loading = false;
        m_listener->engineLoadingChanged(false);
    }
}

void WebEngineBrowser::onCertificateError(const QWebEngineCertificateError &error)
{
    // Never accepted, whatever the error: a payment page with a bad certificate is not the
    // lender's page.
    QWebEngineCertificateError e = error;
    e.rejectCertificate();
    m_certificateRefused = true;
    qCWarning(lcBrowser).noquote() << "refused a certificate:" << BrowserPolicy::forLog(e.url())
                                   << e.type() << e.description();
    refuse(e.url(), BrowserBlock::Certificate, "certificate");
}

void WebEngineBrowser::onPermission(const QUrl &origin, QWebEnginePage::Feature feature)
{
    m_page->setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
    qCWarning(lcBrowser).noquote()
        << "denied permission" << feature << "to" << BrowserPolicy::forLog(origin);
    refuse(origin, BrowserBlock::Permission, "permission");
}

void WebEngineBrowser::showReturnPage()
{
    const QString title =
        m_returnTitle.isEmpty() ? QStringLiteral("Kembali ke kasir") : m_returnTitle;
    const QString body =
        m_returnBody.isEmpty() ? QStringLiteral("Back to the cashier") : m_returnBody;
    const QString html =
        QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width\">"
                       "<title>") +
        title.toHtmlEscaped() +
        QStringLiteral("</title><style>body{font-family:sans-serif;margin:0;display:flex;"
                       "align-items:center;justify-content:center;height:100vh;"
                       "background:#f4f6f8;color:#1b2733}div{text-align:center;"
                       "padding:2em}h1{font-size:1.6em;margin:0 0 .5em}p{font-size:1.1em;"
                       "color:#44515e}</style></head><body><div id=\"kasir-return\"><h1>") +
        title.toHtmlEscaped() + QStringLiteral("</h1><p>") + body.toHtmlEscaped() +
        QStringLiteral("</p></div></body></html>");
    m_localPage = true;
    m_page->setHtml(html);
}

std::unique_ptr<BrowserEngine> WebEngineBrowserPlugin::createEngine(QWidget *parent,
                                                                    BrowserEngineListener *listener)
{
    return std::make_unique<WebEngineBrowser>(parent, listener);
}

} // namespace kasir
