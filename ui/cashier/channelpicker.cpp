#include "ui/cashier/channelpicker.h"

#include "ui/widgets/channelmark.h"
#include "ui/widgets/theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace kasir {

namespace {
constexpr QSize MarkSize(104, 31);
}

ChannelPicker::ChannelPicker(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_tenorRow(new QWidget(this))
    , m_tenor(new QComboBox(this))
    , m_rule(new QLabel(this))
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_group->setExclusive(true);
    int n = 0;
    for (Channel c : allChannels()) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("channelButton"));
        b->setProperty("channel", channelKey(c));
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        b->setIconSize(MarkSize);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->setMinimumHeight(MarkSize.height() + 34);
        b->setFocusPolicy(Qt::StrongFocus);
        b->installEventFilter(this);
        m_group->addButton(b, n++);
        m_buttons.insert(c, b);
        m_reasons.insert(c, QString());
        row->addWidget(b);
        connect(b, &QToolButton::toggled, this, [this](bool on) {
            if (on) {
                updateTenorRow();
                Q_EMIT changed();
            }
        });
    }
    layout->addLayout(row);

    auto *tenorLayout = new QHBoxLayout(m_tenorRow);
    tenorLayout->setContentsMargins(0, 0, 0, 0);
    auto *tenorCaption = new QLabel(tr("Kredivo &tenor"), m_tenorRow);
    theme::setRole(tenorCaption, "fieldlabel");
    tenorCaption->setBuddy(m_tenor);
    m_tenor->setObjectName(QStringLiteral("tenor"));
    for (KredivoTenor t : allKredivoTenors())
        m_tenor->addItem(kredivoTenorLabel(t).toString(), kredivoTenorKey(t));
    m_tenor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tenor->installEventFilter(this);
    tenorLayout->addWidget(tenorCaption);
    tenorLayout->addWidget(m_tenor);
    tenorLayout->addStretch(1);
    layout->addWidget(m_tenorRow);
    connect(m_tenor, &QComboBox::currentIndexChanged, this, [this] {
        updateTenorRow();
        Q_EMIT changed();
    });

    m_rule->setObjectName(QStringLiteral("tenorRule"));
    m_rule->setWordWrap(true);
    theme::setRole(m_rule, "hint");
    layout->addWidget(m_rule);
    m_message->setObjectName(QStringLiteral("channelMessage"));
    m_message->setWordWrap(true);
    theme::setRole(m_message, "error");
    layout->addWidget(m_message);

    for (Channel c : allChannels())
        updateButton(c);
    updateTenorRow();
    updateMessage();
}

void ChannelPicker::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        for (Channel c : allChannels())
            updateButton(c);
    }
}

void ChannelPicker::setAvailability(Channel channel, bool available, const QString &reason)
{
    m_reasons.insert(channel,
                     available ? QString() : (reason.isEmpty() ? tr("Not available.") : reason));
    if (!available && m_buttons.value(channel)->isChecked())
        clearChannel();
    updateButton(channel);
    updateMessage();
}

bool ChannelPicker::isAvailable(Channel channel) const
{
    return m_reasons.value(channel).isEmpty();
}

QString ChannelPicker::unavailableReason(Channel channel) const
{
    return m_reasons.value(channel);
}

void ChannelPicker::updateButton(Channel channel)
{
    QToolButton *b = m_buttons.value(channel);
    const bool available = isAvailable(channel);
    b->setEnabled(available);
    b->setIcon(QIcon(channelMark(channel, MarkSize, devicePixelRatioF(), !available)));
    const int index = int(allChannels().indexOf(channel)) + 1;
    b->setText(available ? QStringLiteral("%1  ·  %2").arg(index).arg(channelDisplayName(channel))
                         : tr("%1 — not available").arg(channelDisplayName(channel)));
    b->setToolTip(available ? tr("Pay with %1 (key %2)").arg(channelDisplayName(channel)).arg(index)
                            : m_reasons.value(channel));
    b->setAccessibleName(channelDisplayName(channel));
    b->setAccessibleDescription(m_reasons.value(channel));
}

std::optional<Channel> ChannelPicker::channel() const
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (it.value()->isChecked())
            return it.key();
    }
    return std::nullopt;
}

bool ChannelPicker::setChannel(Channel channel)
{
    if (!isAvailable(channel))
        return false;
    m_buttons.value(channel)->setChecked(true);
    return true;
}

void ChannelPicker::clearChannel()
{
    m_group->setExclusive(false);
    for (QToolButton *b : std::as_const(m_buttons))
        b->setChecked(false);
    m_group->setExclusive(true);
    updateTenorRow();
    Q_EMIT changed();
}

KredivoTenor ChannelPicker::tenor() const
{
    return kredivoTenorFromKey(m_tenor->currentData().toString()).value_or(KredivoTenor::Days30);
}

void ChannelPicker::setTenor(KredivoTenor tenor)
{
    m_tenor->setCurrentIndex(m_tenor->findData(kredivoTenorKey(tenor)));
}

void ChannelPicker::setTotal(Money total)
{
    if (m_total == total)
        return;
    m_total = total;
    updateTenorRow();
}

void ChannelPicker::setFieldErrors(const FieldErrors &errors)
{
    QString channelError;
    QString tenorError;
    for (const FieldError &e : errors) {
        if (e.field == QLatin1String("channel") && channelError.isEmpty())
            channelError = e.message.toString();
        else if (e.field == QLatin1String("tenor") && tenorError.isEmpty())
            tenorError = e.message.toString();
    }
    m_channelError = channelError;
    m_tenorError = tenorError;
    updateTenorRow();
    updateMessage();
}

QString ChannelPicker::channelError() const
{
    return m_channelError;
}

QString ChannelPicker::tenorError() const
{
    return m_tenorError;
}

void ChannelPicker::updateTenorRow()
{
    const bool kredivo = channel() == Channel::Kredivo;
    m_tenorRow->setVisible(kredivo);
    QString text;
    const char *role = "hint";
    if (kredivo) {
        const QString minimum = KredivoInstalmentMinimum.format();
        if (!m_tenorError.isEmpty()) {
            text = m_tenorError;
            role = "error";
        } else if (isInstalment(tenor())) {
            text = m_total >= KredivoInstalmentMinimum
                       ? tr("Kredivo instalments need a total of at least %1: this sale qualifies.")
                             .arg(minimum)
                       : tr("Kredivo instalments need a total of at least %1; this sale is %2. "
                            "Choose \"Pay in 30 days\" or add items.")
                             .arg(minimum, m_total.format());
            if (m_total < KredivoInstalmentMinimum)
                role = "error";
        } else if (m_total < KredivoInstalmentMinimum) {
            text = tr("Instalments (3, 6 or 12 months) need a total of at least %1.").arg(minimum);
        }
    }
    m_rule->setVisible(!text.isEmpty());
    m_rule->setText(text);
    theme::setRole(m_rule, role);
}

void ChannelPicker::updateMessage()
{
    QStringList lines;
    if (!m_channelError.isEmpty())
        lines.append(m_channelError);
    for (Channel c : allChannels()) {
        if (!isAvailable(c))
            lines.append(tr("%1: %2").arg(channelDisplayName(c), m_reasons.value(c)));
    }
    m_message->setVisible(!lines.isEmpty());
    m_message->setText(lines.join(QLatin1Char('\n')));
    theme::setRole(m_message, m_channelError.isEmpty() ? "hint" : "error");
}

void ChannelPicker::focusPicker()
{
    if (const std::optional<Channel> c = channel()) {
        m_buttons.value(*c)->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (Channel c : allChannels()) {
        if (isAvailable(c)) {
            m_buttons.value(c)->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void ChannelPicker::step(int delta)
{
    const QList<Channel> all = allChannels();
    int i = 0;
    if (const std::optional<Channel> c = channel())
        i = int(all.indexOf(*c));
    else
        i = delta > 0 ? -1 : int(all.size());
    for (int n = 0; n < all.size(); ++n) {
        i = (i + delta + int(all.size())) % int(all.size());
        if (isAvailable(all.at(i))) {
            setChannel(all.at(i));
            m_buttons.value(all.at(i))->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

bool ChannelPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return QWidget::eventFilter(watched, event);
    if (watched == m_tenor) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            Q_EMIT confirmed();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    switch (key->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        step(-1);
        return true;
    case Qt::Key_Right:
    case Qt::Key_Down:
        step(1);
        return true;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4: {
        const Channel c = allChannels().at(key->key() - Qt::Key_1);
        if (setChannel(c))
            m_buttons.value(c)->setFocus(Qt::OtherFocusReason);
        return true;
    }
    case Qt::Key_Space:
        if (auto *b = qobject_cast<QToolButton *>(watched); b && b->isEnabled()) {
            b->setChecked(true);
            return true;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (auto *b = qobject_cast<QToolButton *>(watched); b && b->isEnabled()) {
            b->setChecked(true);
            // With Kredivo, Enter goes on to the tenor; otherwise the choice is complete.
            if (channel() == Channel::Kredivo)
                m_tenor->setFocus(Qt::TabFocusReason);
            else
                Q_EMIT confirmed();
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kasir
