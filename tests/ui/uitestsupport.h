#pragma once

// Shared set-up of the cashier window's tests: a journal in a temporary folder, the window's
// style, and the translations built from translations/*.ts.

#include "core/common/clock.h"
#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "tests/support/namedchild.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace kasir::test {

// A journal of its own in a temporary folder, as the application opens it.
struct TempJournal
{
    QTemporaryDir dir;
    std::unique_ptr<InstanceLock> lock;
    std::unique_ptr<Journal> journal;

    explicit TempJournal(const Clock *clock)
    {
        JournalError error;
        lock = InstanceLock::acquire(dir.path(), &error);
        if (lock)
            journal =
                Journal::open(dir.filePath(QStringLiteral("journal.sqlite")), *lock, clock, &error);
        if (!journal)
            qFatal("journal: %s", qPrintable(error.detail));
    }
    QString dataDir() const { return dir.path(); }
};

// The translators of one language ("id" or "en"), replacing those of another test step.
class Language
{
public:
    ~Language() { remove(); }

    bool install(const QString &lang)
    {
        remove();
        const QLocale locale = lang == QLatin1String("en")
                                   ? QLocale(QLocale::English, QLocale::UnitedStates)
                                   : QLocale(QLocale::Indonesian, QLocale::Indonesia);
        QLocale::setDefault(locale);
        const QString qm = QStringLiteral(KASIR_BINARY_DIR "/translations/kasir_%1.qm").arg(lang);
        m_kasir = std::make_unique<QTranslator>();
        if (!m_kasir->load(qm))
            return false;
        QCoreApplication::installTranslator(m_kasir.get());
        m_qt = std::make_unique<QTranslator>();
        if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
        return true;
    }

    void remove()
    {
        if (m_kasir)
            QCoreApplication::removeTranslator(m_kasir.get());
        if (m_qt)
            QCoreApplication::removeTranslator(m_qt.get());
        m_kasir.reset();
        m_qt.reset();
    }

private:
    std::unique_ptr<QTranslator> m_kasir;
    std::unique_ptr<QTranslator> m_qt;
};

inline void applyStyle()
{
    theme::applyApplicationStyle(*qApp);
}

} // namespace kasir::test
