#include "ui/cashier/scannerinput.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

namespace kasir {

namespace {
constexpr char SecretProperty[] = "kasirSecretInput";
} // namespace

ScannerInput::ScannerInput(QWidget *scope, QObject *parent)
    : QObject(parent)
    , m_scope(scope)
{
    qApp->installEventFilter(this);
}

ScannerInput::~ScannerInput()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void ScannerInput::markSecret(QWidget *widget)
{
    if (widget)
        widget->setProperty(SecretProperty, true);
}

bool ScannerInput::isSecretInput(const QWidget *widget)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
        if (edit->echoMode() != QLineEdit::Normal)
            return true;
    }
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        // The web view is found by name too: the plugin's widgets are not ours to mark.
        if (w->property(SecretProperty).toBool() || w->inherits("QWebEngineView"))
            return true;
        if (w->isWindow())
            break;
    }
    return false;
}

void ScannerInput::setOwnEdit(QLineEdit *edit)
{
    m_ownEdit = edit;
}

void ScannerInput::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        reset();
}

void ScannerInput::reset()
{
    m_buffer.clear();
    m_burst = true;
    m_target = nullptr;
    m_targetText.clear();
    m_targetCursor = 0;
}

qint64 ScannerInput::timeOf(const QKeyEvent *key) const
{
    return m_now ? m_now() : static_cast<qint64>(key->timestamp());
}

bool ScannerInput::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_enabled || !m_scope)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    // The application filter sees each event once per receiver it is sent to (and again when
    // it propagates to parents): only the first delivery, to a widget of our window, counts.
    if (!widget || widget->window() != m_scope->window() || !widget->hasFocus())
        return false;
    if (isSecretInput(widget) || isSecretInput(QApplication::focusWidget())) {
        // A PIN or a password: not a scan, whatever its speed; keep nothing of it.
        reset();
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->isAutoRepeat())
        return false;
    const qint64 now = timeOf(key);
    const int k = key->key();

    if (k == Qt::Key_Return || k == Qt::Key_Enter) {
        const qint64 gap = now - m_lastKeyMs;
        const bool fast = !m_buffer.isEmpty() && m_burst && gap >= 0 && gap <= m_maxGapMs;
        const QString code = m_buffer;
        QPointer<QLineEdit> target = m_target;
        const QString before = m_targetText;
        const int cursor = m_targetCursor;
        reset();
        if (!fast || code.size() < m_minLength)
            return false;
        const bool known = !m_known || m_known(code);
        const bool intoOwnEdit = target && target == m_ownEdit;
        if (!known && !intoOwnEdit) {
            if (qobject_cast<QLineEdit *>(widget))
                return false; // someone typing fast: the field keeps its text and its Enter
            Q_EMIT unknownScanned();
            return true;
        }
        if (target) {
            if (intoOwnEdit) {
                target->clear();
            } else if (target->text() != before) {
                target->setText(before);
                target->setCursorPosition(cursor);
            }
        }
        Q_EMIT scanned(code);
        return true; // the Enter belonged to the scanner, not to the focused widget
    }

    const QString text = key->text();
    const bool printable = text.size() == 1 && text.at(0).isPrint() &&
                           !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (!printable) {
        if (k != Qt::Key_Shift)
            reset();
        return false;
    }
    const qint64 gap = now - m_lastKeyMs;
    // A gap that runs backwards (events from different sources) is not short.
    if (m_buffer.isEmpty() || gap < 0 || gap > m_maxGapMs) {
        // A new candidate burst starts here: remember the field as it was.
        reset();
        if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            m_target = edit;
            m_targetText = edit->text();
            m_targetCursor = edit->cursorPosition();
        }
    }
    m_buffer += text;
    m_lastKeyMs = now;
    return false;
}

} // namespace kasir
