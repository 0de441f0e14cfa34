#pragma once

#include "core/qr/qrcode.h"

#include <QString>
#include <QWidget>

#include <optional>

namespace kasir {

// A QR code painted large and crisp: whole device pixels per module, black on white, with the
// four-module quiet zone the standard asks for, centred in the widget. Shows a placeholder while
// there is nothing to show.
class QrWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrWidget(QWidget *parent = nullptr);

    // false when the text cannot be encoded (too long): nothing is shown then.
    bool setPayload(const QString &text);
    QString payload() const { return m_payload; }
    bool hasCode() const { return m_code.has_value(); }
    void setPlaceholder(const QString &text);
    // Greys the code out (the bill is no longer payable) without removing it.
    void setDimmed(bool dimmed);
    // A large check mark over the (dimmed) code: the bill is paid.
    void setPaidMark(bool paid);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_payload;
    QString m_placeholder;
    std::optional<QrCode> m_code;
    bool m_dimmed = false;
    bool m_paid = false;
};

} // namespace kasir
