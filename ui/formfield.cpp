#include "ui/formfield.h"

#include "ui/theme.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace kasir {

FormField::FormField(const QString &caption, QWidget *editor, QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_editor(editor)
    , m_error(new QLabel(this))
    , m_captionText(caption)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    theme::setRole(m_caption, "fieldlabel");
    m_caption->setBuddy(editor);
    m_caption->setTextFormat(Qt::RichText);
    theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_error->setMinimumHeight(m_error->fontMetrics().height());
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    editor->setParent(this);
    layout->addWidget(m_caption);
    layout->addWidget(editor);
    layout->addWidget(m_error);
    updateCaption();
}

void FormField::setCaption(const QString &caption)
{
    m_captionText = caption;
    updateCaption();
}

void FormField::setRequired(bool required)
{
    if (m_required == required)
        return;
    m_required = required;
    updateCaption();
}

void FormField::updateCaption()
{
    QString html = m_captionText.toHtmlEscaped();
    if (m_required) {
        html += QStringLiteral(" <span style=\"color:%1\">*</span>")
                    .arg(theme::Attention.name(QColor::HexRgb));
    }
    m_caption->setText(html);
    m_editor->setAccessibleName(m_captionText);
}

void FormField::setError(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    if (message.isEmpty()) {
        theme::setRole(m_error, "hint");
        m_error->setText(m_hint);
    } else {
        theme::setRole(m_error, "error");
        m_error->setText(message);
    }
    m_error->setToolTip(m_error->text());
    m_editor->setProperty("invalid", !message.isEmpty());
    m_editor->style()->unpolish(m_editor);
    m_editor->style()->polish(m_editor);
    m_editor->setAccessibleDescription(message);
}

QString FormField::error() const
{
    return m_message;
}

void FormField::setHint(const QString &hint)
{
    m_hint = hint;
    if (m_message.isEmpty()) {
        theme::setRole(m_error, "hint");
        m_error->setText(hint);
    }
}

} // namespace kasir
