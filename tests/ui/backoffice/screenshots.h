#pragma once

// Screenshots of back-office windows for docs/screenshots, in Bahasa Indonesia: written only
// when KASIR_SCREENSHOT_DIR is set. KASIR_SCREENSHOT_QM names a .qm with the Indonesian
// translation to install (built from the translator's kasir_id.ts, or from
// docs/translations-backoffice-id.tsv by scripts/screenshots.sh).

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPixmap>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace kasir::testsupport {

inline bool screenshotsRequested()
{
    return !qEnvironmentVariable("KASIR_SCREENSHOT_DIR").isEmpty();
}

// Installs the Indonesian translation and locale for as long as it lives.
class ScreenshotLanguage
{
public:
    ScreenshotLanguage()
        : m_oldLocale(QLocale())
    {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        const QString qm = qEnvironmentVariable("KASIR_SCREENSHOT_QM");
        if (!qm.isEmpty()) {
            auto t = std::make_unique<QTranslator>();
            if (t->load(qm) && QCoreApplication::installTranslator(t.get()))
                m_translator = std::move(t);
            else
                qWarning("could not load %s", qPrintable(qm));
        }
    }
    ~ScreenshotLanguage()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        QLocale::setDefault(m_oldLocale);
    }

private:
    QLocale m_oldLocale;
    std::unique_ptr<QTranslator> m_translator;
};

inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QDir dir(qEnvironmentVariable("KASIR_SCREENSHOT_DIR"));
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return false;
    return widget->grab().save(dir.filePath(name));
}

} // namespace kasir::testsupport
