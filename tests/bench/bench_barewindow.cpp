// The reference for the cold-start figure: a bare Qt Widgets window (a main window with a menu
// bar, a status bar and a few widgets), started the same way as Kasir in the same run, so that
// the ratio Kasir / bare says what Kasir adds on this machine.

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new QLabel(QStringLiteral("Bare Qt Widgets window")));
    layout->addWidget(new QLineEdit);
    layout->addWidget(new QPushButton(QStringLiteral("Pay")));
    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1024, 700);
    window.show();
    return QApplication::exec();
}
