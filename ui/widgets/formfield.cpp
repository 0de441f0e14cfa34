#include "ui/widgets/formfield.h"

#include "ui/widgets/theme.h"

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
    // One line is kept for the message, so that a short one never moves the form; a longer one
    // wraps and grows the field (the buyer form's pages scroll when they run out of room).
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() + 2);
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
    theme::setRole(m_error, message.isEmpty() ? "hint" : "error");
    showMessage();
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
        showMessage();
    }
}

void FormField::setCaptionBeside(const QString &help)
{
    m_beside = true;
    m_caption->hide();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    if (!help.isEmpty()) {
        m_help = new QLabel(help, this);
        m_help->setWordWrap(true);
        theme::setRole(m_help, "muted");
        static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_help);
    }
    m_error->setMinimumHeight(0);
    showMessage();
}

void FormField::setMessageLines(int lines)
{
    m_messageLines = qMax(1, lines);
    m_error->setFixedHeight(m_error->fontMetrics().lineSpacing() * m_messageLines + 2);
    showMessage();
}

void FormField::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showMessage();
}

void FormField::showMessage()
{
    if (m_beside) {
        m_error->setText(m_message);
        m_error->setVisible(!m_message.isEmpty());
        return;
    }
    const QString full = m_message.isEmpty() ? m_hint : m_message;
    // What does not fit in the two lines is cut at a sentence (the whole text is the tooltip).
    const QFontMetrics fm(m_error->font());
    const int width = qMax(40, m_error->width());
    const auto fits = [&](const QString &text) {
        return fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text).height() <=
               fm.lineSpacing() * m_messageLines;
    };
    QString shown = full;
    if (!fits(shown)) {
        const qsizetype stop = full.indexOf(QLatin1String(". "));
        shown = stop > 0 ? full.left(stop + 1) : full;
        if (!fits(shown))
            shown = fm.elidedText(shown, Qt::ElideRight,
                                  width * m_messageLines - fm.averageCharWidth() * 4);
    }
    m_error->setText(shown);
    m_error->setToolTip(shown == full ? QString() : full);
}

} // namespace kasir
