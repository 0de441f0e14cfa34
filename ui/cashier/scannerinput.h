#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QLineEdit;
class QWidget;

namespace kasir {

// Recognises a barcode scanner working as a keyboard wedge: a burst of printable keystrokes,
// each less than `maxGapMs` after the previous one, ending with Enter. Watches every key press
// the application delivers to widgets of `scope`'s window, wherever the focus is; when a burst
// is recognised it swallows the Enter, puts back the text of the line edit the burst was typed
// into (unless it is `ownEdit`, the product entry, which is simply cleared), and emits
// scanned(code). Slower typing is left alone: a person typing a name and pressing Enter is not
// a scan.
class ScannerInput : public QObject
{
    Q_OBJECT

public:
    explicit ScannerInput(QWidget *scope, QObject *parent = nullptr);
    ~ScannerInput() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void setMaxGapMs(int ms) { m_maxGapMs = ms; }
    int maxGapMs() const { return m_maxGapMs; }
    void setMinLength(int n) { m_minLength = n; }
    // The product entry: a scan typed into it is taken from it rather than put back.
    void setOwnEdit(QLineEdit *edit) { m_ownEdit = edit; }
    // Milliseconds since any fixed point; tests drive it, by default a monotonic timer.
    void setTimeSource(std::function<qint64()> now) { m_now = std::move(now); }

    QString buffer() const { return m_buffer; }

Q_SIGNALS:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reset();

    QPointer<QWidget> m_scope;
    QPointer<QLineEdit> m_ownEdit;
    std::function<qint64()> m_now;
    bool m_enabled = true;
    int m_maxGapMs = 40;
    int m_minLength = 4;

    QString m_buffer;
    qint64 m_lastKeyMs = 0;
    bool m_burst = true; // every gap so far was short
    // Where the burst is going and what that line edit held before it.
    QPointer<QLineEdit> m_target;
    QString m_targetText;
    int m_targetCursor = 0;
};

} // namespace kasir
