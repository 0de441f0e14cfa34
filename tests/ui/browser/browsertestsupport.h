#pragma once

// Driving a page in the embedded browser from a test (JavaScript in the page, waited for with
// the event loop running), and a screenshot of part of the X screen: `QWidget::grab()` of a web
// view is blank, `import -window root` (ImageMagick) sees what Xvfb shows.

#include "ui/cashier/browserpane.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRect>
#include <QTest>
#include <QVariant>

#include <memory>
#include <optional>

namespace kasir::testsupport {

inline std::optional<QVariant> runJs(BrowserPane *pane, const QString &script,
                                     int timeoutMs = 10000)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    pane->runJavaScript(script, [result](const QVariant &v) { *result = v; });
    // Waits for the page's answer (the callback), not for a time.
    (void)QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs);
    return *result;
}

// Waits until `script` evaluates to true in the page (each evaluation a round trip to it).
inline bool waitForJs(BrowserPane *pane, const QString &script, int timeoutMs = 20000)
{
    return QTest::qWaitFor(
        [&] {
            const std::optional<QVariant> v = runJs(pane, script, 2000);
            return v && v->toBool();
        },
        timeoutMs);
}

// A navigation to an allowed page of `base`, waited for until it has loaded: whatever the page
// was asked to do before (a refused navigation, a blocked request) has been decided by then, so
// a check that it did not happen can follow without waiting for a time.
inline bool loadMarkerPage(BrowserPane *pane, const QByteArray &base, const QString &marker)
{
    const QUrl url(QString::fromLatin1(base) + QStringLiteral("/lender?marker=") + marker);
    if (!pane->open(url))
        return false;
    return waitForJs(pane, QStringLiteral("location.search === '?marker=%1' && "
                                          "document.readyState === 'complete'")
                               .arg(marker));
}

// `s` inside a single-quoted JavaScript string.
inline QString jsString(const QString &s)
{
    QString out = s;
    out.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    out.replace(QLatin1String("'"), QLatin1String("\\'"));
    return out;
}

// The part `area` of the X screen into the PNG `path`; false if import failed.
inline bool grabScreenArea(const QRect &area, const QString &path)
{
    QProcess import;
    import.start(QStringLiteral("import"),
                 {QStringLiteral("-window"), QStringLiteral("root"), QStringLiteral("-crop"),
                  QStringLiteral("%1x%2+%3+%4")
                      .arg(area.width())
                      .arg(area.height())
                      .arg(area.x())
                      .arg(area.y()),
                  path});
    return import.waitForFinished(30000) && import.exitStatus() == QProcess::NormalExit &&
           import.exitCode() == 0;
}

} // namespace kasir::testsupport
