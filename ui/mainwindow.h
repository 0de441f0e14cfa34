#pragma once

#include <QMainWindow>

namespace kasir {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace kasir
