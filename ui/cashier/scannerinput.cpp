#include "ui/cashier/scannerinput.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

#include <memory>

namespace kasir {

ScannerInput::ScannerInput(QWidget *scope, QObject *parent)
    : QObject(parent)
    , m_scope(scope)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_now = [timer] {
        return timer->elapsed();
    };
    qApp->installEventFilter(this);
}

ScannerInput::~ScannerInput()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void ScannerInput::reset()
{
    m_buffer.clear();
    m_burst = true;
    m_target = nullptr;
    m_targetText.clear();
    m_targetCursor = 0;
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
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->isAutoRepeat())
        return false;
    const qint64 now = m_now();
    const int k = key->key();

    if (k == Qt::Key_Return || k == Qt::Key_Enter) {
        const bool fast = !m_buffer.isEmpty() && m_burst && now - m_lastKeyMs <= m_maxGapMs;
        const QString code = m_buffer;
        QPointer<QLineEdit> target = m_target;
        const QString before = m_targetText;
        const int cursor = m_targetCursor;
        reset();
        if (!fast || code.size() < m_minLength)
            return false;
        if (target) {
            if (target == m_ownEdit) {
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
    if (m_buffer.isEmpty() || now - m_lastKeyMs > m_maxGapMs) {
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
