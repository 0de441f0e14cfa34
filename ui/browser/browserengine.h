#pragma once

// The boundary between kasir_ui and the plugin `kasir_browser` (Qt WebEngine). Nothing here is
// a QObject subclass with moc'd code shared by both sides: the plugin gets no copy of kasir_ui's
// meta objects, and kasir_ui never links Qt WebEngine. Header-only on purpose.

#include "core/common/hostpattern.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>
#include <QtPlugin>

#include <functional>
#include <memory>

class QWidget;

namespace kasir {

// The embedded browser's policy. Pure functions, used by the plugin and tested through
// BrowserPane's static helpers.
struct BrowserPolicy
{
    QStringList allowedHosts; // "host" or "*.domain"
    QUrl returnUrlPrefix;     // empty: nothing is intercepted

    static bool isAllowedScheme(const QUrl &url)
    {
        const QString scheme = url.scheme().toLower();
        return scheme == QLatin1String("http") || scheme == QLatin1String("https");
    }

    static bool hostMatches(const QString &host, const QStringList &allowed)
    {
        return hostMatchesPattern(host, allowed);
    }

    static int effectivePort(const QUrl &url)
    {
        const QString scheme = url.scheme().toLower();
        return url.port(scheme == QLatin1String("https") ? 443 : 80);
    }

    // Same scheme, host and port; the path starts with the prefix's path (on a segment
    // boundary when the prefix's path does not end with '/'). Query and fragment are ignored.
    static bool matchesReturnUrl(const QUrl &url, const QUrl &prefix)
    {
        if (prefix.isEmpty() || !prefix.isValid() || !url.isValid())
            return false;
        if (!isAllowedScheme(url) || url.scheme().toLower() != prefix.scheme().toLower())
            return false;
        if (url.host().toLower() != prefix.host().toLower())
            return false;
        if (effectivePort(url) != effectivePort(prefix))
            return false;
        const QString path = url.path(QUrl::FullyDecoded);
        const QString want = prefix.path(QUrl::FullyDecoded);
        if (want.isEmpty() || want == QLatin1String("/"))
            return true;
        if (!path.startsWith(want))
            return false;
        return want.endsWith(QLatin1Char('/')) || path.size() == want.size() ||
               path.at(want.size()) == QLatin1Char('/');
    }

    // scheme://host[:port]/path for logs: no user info, query or fragment (the return URL's
    // query carries a signature), and long hex runs in the path (redirect_url carries the
    // signature there) replaced by "<hex>".
    static QString forLog(const QUrl &url)
    {
        const QUrl bare =
            url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
        const QString text = bare.toDisplayString();
        QString out;
        out.reserve(text.size());
        qsizetype i = 0;
        while (i < text.size()) {
            qsizetype j = i;
            while (j < text.size() && isHex(text.at(j)))
                ++j;
            if (j - i >= 16) {
                out += QLatin1String("<hex>");
                i = j;
            } else if (j > i) {
                out += QStringView(text).mid(i, j - i);
                i = j;
            } else {
                out += text.at(i);
                ++i;
            }
        }
        if (out.size() > 200)
            out = out.left(200) + QLatin1String("...");
        return out;
    }
    static bool isHex(QChar c)
    {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    }

    bool isReturnUrl(const QUrl &url) const { return matchesReturnUrl(url, returnUrlPrefix); }
    bool allows(const QUrl &url) const
    {
        return isAllowedScheme(url) && hostMatches(url.host(), allowedHosts);
    }
};

// Why the plugin refused something; mirrors BrowserPane::BlockReason.
enum class BrowserBlock { Scheme, Host, Certificate, Download, Permission };

// What the engine tells the pane. Called on the GUI thread.
class BrowserEngineListener
{
public:
    virtual void engineUrlChanged(const QUrl &url) = 0;
    virtual void engineLoadingChanged(bool loading) = 0;
    virtual void engineTitleChanged(const QString &title) = 0;
    virtual void engineReturnUrlReached(const QUrl &url) = 0;
    virtual void engineBlocked(const QUrl &url, BrowserBlock reason) = 0;
    // `englishDetail`: Chromium's description, for the log; the pane writes the cashier's text.
    virtual void engineLoadFailed(const QUrl &url, bool certificate,
                                  const QString &englishDetail) = 0;

protected:
    ~BrowserEngineListener() = default;
};

// One browser view made by the plugin.
class BrowserEngine
{
public:
    virtual ~BrowserEngine() = default;
    // The view; its parent is the widget given to createEngine.
    virtual QWidget *widget() = 0;
    virtual void setPolicy(const BrowserPolicy &policy) = 0;
    virtual BrowserPolicy policy() const = 0;
    virtual void load(const QUrl &url) = 0;
    virtual void reload() = 0;
    virtual void stop() = 0;
    virtual QUrl url() const = 0;
    virtual QString title() const = 0;
    virtual bool isLoading() const = 0;
    virtual void runJavaScript(const QString &script,
                               const std::function<void(const QVariant &)> &callback) = 0;
    // Texts for the local "back to the cashier" page, in the window's language.
    virtual void setReturnPageTexts(const QString &title, const QString &body) = 0;
};

class BrowserEnginePlugin
{
public:
    virtual ~BrowserEnginePlugin() = default;
    // `listener` outlives the engine.
    virtual std::unique_ptr<BrowserEngine> createEngine(QWidget *parent,
                                                        BrowserEngineListener *listener) = 0;
};

} // namespace kasir

#define KasirBrowserEnginePlugin_iid "org.kasir.BrowserEnginePlugin/1.0"
Q_DECLARE_INTERFACE(kasir::BrowserEnginePlugin, KasirBrowserEnginePlugin_iid)
