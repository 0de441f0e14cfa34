#include "app/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace kasir {

namespace {
QTranslator *loadKasirTranslation(const QString &language, QObject *parent)
{
    auto *t = new QTranslator(parent);
    if (!t->load(QStringLiteral(":/i18n/kasir_%1.qm").arg(language))) {
        delete t;
        return nullptr;
    }
    return t;
}

QTranslator *loadKasirIndonesian(QObject *parent)
{
    return loadKasirTranslation(QStringLiteral("id"), parent);
}
} // namespace

const QTranslator *indonesianTranslator()
{
    static QTranslator *translator = loadKasirIndonesian(QCoreApplication::instance());
    return translator;
}

QLocale installTranslators(QCoreApplication *app, const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                                : QStringLiteral("id");
    const QLocale locale = lang == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::UnitedStates)
                               : QLocale(QLocale::Indonesian, QLocale::Indonesia);
    QLocale::setDefault(locale);
    if (lang == QLatin1String("en")) {
        // English is the source language; the English file only supplies plural forms.
        if (QTranslator *english = loadKasirTranslation(QStringLiteral("en"), app))
            QCoreApplication::installTranslator(english);
    }
    if (lang == QLatin1String("id")) {
        if (QTranslator *kasir = loadKasirIndonesian(app))
            QCoreApplication::installTranslator(kasir);
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return locale;
}

} // namespace kasir
