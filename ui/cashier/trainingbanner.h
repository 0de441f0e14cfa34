#pragma once

#include <QWidget>

namespace kasir {

// The striped amber bar across the top of the window whenever the embedded training sandbox is
// the gateway: nobody should mistake a training sale for a real one.
class TrainingBanner : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingBanner(QWidget *parent = nullptr);

    QString text() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace kasir
