#include "core/kasirversion.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QTextStream>

#include <cstring>

int main(int argc, char *argv[])
{
    // Answer --version without starting any GUI machinery, so it works on a machine with no
    // display (and from the .deb's post-install check).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            QTextStream(stdout) << "kasir " << KASIR_VERSION_STRING << Qt::endl;
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(KASIR_APPLICATION_NAME));
    QApplication::setOrganizationName(QStringLiteral(KASIR_ORGANIZATION_NAME));
    QApplication::setApplicationVersion(QStringLiteral(KASIR_VERSION_STRING));
    kasir::MainWindow window;
    window.show();
    return QApplication::exec();
}
