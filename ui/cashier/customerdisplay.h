#pragma once

#include "core/attempt/attempt.h"

#include <QWidget>

#include <optional>

class QLabel;
class QScreen;

namespace kasir {

// The optional second window that faces the customer: the store's name when idle; during a
// payment the amount in large type, the channel, the QR of redirect_url and "Pindai dengan
// ponsel Anda / Scan with your phone"; a thank-you state when paid. It is bilingual on purpose
// (Bahasa Indonesia first, English under it), like a receipt: the customer may not read the
// cashier's language. It only shows what it is given; it never acts on a payment.
class CustomerDisplay : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Idle, Payment, Paid };
    Q_ENUM(Mode)

    explicit CustomerDisplay(QWidget *parent = nullptr);
    ~CustomerDisplay() override;

    void setStoreName(const QString &name);

    // Shows the attempt's total, channel and the QR of its redirect_url (no QR while it has
    // none, or when it is not an http(s) URL).
    void setPayment(const Attempt &attempt);
    // Back to the idle screen.
    void clear();
    // The thank-you screen for the payment shown (or for `attempt`).
    void showPaid();
    void showPaid(const Attempt &attempt);

    Mode mode() const { return m_mode; }
    // The payload of the QR shown, empty when none.
    QString qrPayload() const;

    // The screen the display should use: another one than the cashier window's when there is
    // one, else nullptr (then it stays a normal window on the same screen).
    static QScreen *customerScreen(const QWidget *cashierWindow);
    // Shows the window full screen on customerScreen(), or as a normal window when there is
    // only one screen.
    void showFor(const QWidget *cashierWindow);

private:
    void applyMode();

    Mode m_mode = Mode::Idle;
    QString m_storeName;
    std::optional<Attempt> m_attempt;
    QLabel *m_title = nullptr;
    QLabel *m_amount = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_qr = nullptr; // paints the QR (customerdisplay.cpp)
};

} // namespace kasir
