#include "ui/mainwindow.h"

#include <QLabel>

namespace kasir {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Kasir"));
    setCentralWidget(new QLabel(tr("Kasir"), this));
}

} // namespace kasir
