#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace kasir {

// Installs Kasir's and Qt's translators for `language` ("id", "en", or "" to follow the system
// locale; Bahasa Indonesia is the default for any system locale that is not English).
QLocale installTranslators(QCoreApplication *app, const QString &language);

// The Indonesian translator on its own, for messages the command line prints in both languages.
const QTranslator *indonesianTranslator();

} // namespace kasir
