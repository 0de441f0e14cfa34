#pragma once

// Driving a page in the embedded browser from a test (JavaScript in the page, waited for with
// the event loop running), and a screenshot of part of the X screen: `QWidget::grab()` of a web
// view is blank, `import -window root` (ImageMagick) sees what Xvfb shows.

#include "ui/browserpane.h"

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
    QElapsedTimer timer;
    timer.start();
    while (!result->has_value() && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    return *result;
}

// Waits until `script` evaluates to true in the page.
inline bool waitForJs(BrowserPane *pane, const QString &script, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const std::optional<QVariant> v = runJs(pane, script, 2000);
        if (v && v->toBool())
            return true;
        QTest::qWait(100);
    }
    return false;
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
