#pragma once

#include "core/common/translatabletext.h"
#include "core/money/money.h"
#include "core/order/order.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QToolButton;

namespace kasir {

// The four online-credit providers as big buttons with their marks. Availability comes from the
// cached channel list: an unavailable provider's button is disabled and says so, and the reason
// (what to do) is written under the row. Kredivo adds a tenor choice; when an instalment is
// chosen, the Rp 1.500.000 minimum is explained (and is an error below it).
//
// Keyboard: arrows move between available providers, 1-4 pick one, Enter confirms (confirmed()).
class ChannelPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelPicker(QWidget *parent = nullptr);

    void setAvailability(Channel channel, bool available, const QString &reason);
    bool isAvailable(Channel channel) const;
    QString unavailableReason(Channel channel) const;

    std::optional<Channel> channel() const;
    // Selects an available channel; false (and nothing changes) for an unavailable one.
    bool setChannel(Channel channel);
    void clearChannel();
    KredivoTenor tenor() const;
    void setTenor(KredivoTenor tenor);
    // The sale's total, for the instalment rule.
    void setTotal(Money total);

    // "channel" and "tenor" problems of the order.
    void setFieldErrors(const FieldErrors &errors);
    QString channelError() const;
    QString tenorError() const;

    QToolButton *button(Channel channel) const { return m_buttons.value(channel); }
    QComboBox *tenorBox() const { return m_tenor; }
    QLabel *ruleLabel() const { return m_rule; }
    QLabel *messageLabel() const { return m_message; }
    void focusPicker();

Q_SIGNALS:
    void changed();
    void confirmed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateButton(Channel channel);
    void updateTenorRow();
    void updateMessage();
    void step(int delta);

    QMap<Channel, QToolButton *> m_buttons;
    QMap<Channel, QString> m_reasons; // empty: available
    QButtonGroup *m_group;
    QWidget *m_tenorRow;
    QComboBox *m_tenor;
    QLabel *m_rule;
    QLabel *m_message;
    Money m_total;
    QString m_channelError;
    QString m_tenorError;
};

} // namespace kasir
