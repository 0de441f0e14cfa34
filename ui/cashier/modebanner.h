#pragma once

#include <QWidget>

namespace kasir {

// The striped bar across the top of the window when a sale there is not an ordinary Faspay sale,
// so that nobody mistakes one: amber while the embedded training sandbox is the gateway, red
// while the gateway is a host that is not one of Faspay's (chosen with a supervisor's approval
// or set by KASIR_GATEWAY_URL; design §3 invariant 8). Its text is in both languages on purpose:
// a trainer and a trainee, or an owner and a cashier, may not read the same one.
class ModeBanner : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Training, NotFaspay };

    // `gatewayHost`: what NotFaspay names (Attempt::gatewayHost); unused in training.
    explicit ModeBanner(Mode mode, const QString &gatewayHost = {}, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString text() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Mode m_mode;
    QString m_host;
};

} // namespace kasir
