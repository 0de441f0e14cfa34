#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QKeyEvent;
class QLineEdit;
class QWidget;

namespace kasir {

// Recognises a barcode scanner working as a keyboard wedge: a burst of printable keystrokes,
// each less than `maxGapMs` after the previous one, ending with Enter. Watches every key press
// the application delivers to widgets of `scope`'s window; when a burst is recognised it
// swallows the Enter, puts back the text of the line edit the burst was typed into (unless it
// is `ownEdit`, the product entry, which is simply cleared), and emits scanned(code). Slower
// typing is left alone: a person typing a name and pressing Enter is not a scan.
//
// A fast burst into another line edit (a buyer field typed quickly) is a scan only when it is
// a known product code in full (setKnownCode): otherwise the field keeps what was typed and
// gets its Enter. A burst that ends on a widget with no text of its own (a button, a list) and
// is no known code is swallowed and reported as unknownScanned(), without its characters, so
// that it neither presses the focused button nor shows what was typed.
//
// The gaps are measured with the key events' own timestamps (QKeyEvent::timestamp(), the time
// the window system saw the key), not with a clock read when the event is handled: a GUI
// thread busy for a moment would otherwise see a person's keys queued up, handled in one go,
// as a burst.
//
// Never active while the focus is where a secret is typed: a password or PIN field (a
// QLineEdit whose echo mode is not Normal) or the embedded browser (the lender's sign-in page;
// any widget marked with markSecret(), and everything inside it). There every key, Enter
// included, goes to the field untouched, and nothing typed is kept here.
class ScannerInput : public QObject
{
    Q_OBJECT

public:
    explicit ScannerInput(QWidget *scope, QObject *parent = nullptr);
    ~ScannerInput() override;

    // Keys typed into `widget` or any widget inside it are never taken as a scan.
    static void markSecret(QWidget *widget);
    // Whether keys typed into `widget` are the kind that is never taken as a scan.
    static bool isSecretInput(const QWidget *widget);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setMaxGapMs(int ms) { m_maxGapMs = ms; }
    int maxGapMs() const { return m_maxGapMs; }
    void setMinLength(int n) { m_minLength = n; }
    // The product entry: a scan typed into it is taken from it rather than put back.
    void setOwnEdit(QLineEdit *edit);
    // Whether `code` is, in full, the code of a product (the catalog's productByCode). Unset:
    // every fast burst is taken as a scan.
    void setKnownCode(std::function<bool(const QString &code)> known)
    {
        m_known = std::move(known);
    }
    // Tests only: milliseconds since any fixed point, read per key instead of the event's
    // timestamp. Unset (the default, and what the application uses): the event's timestamp.
    void setTimeSource(std::function<qint64()> now) { m_now = std::move(now); }

    // How many characters are held as a possible scan (never the characters themselves).
    int pendingLength() const { return static_cast<int>(m_buffer.size()); }

Q_SIGNALS:
    void scanned(const QString &code);
    // A scanner-fast burst that is no product's code, outside any text field.
    void unknownScanned();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reset();
    qint64 timeOf(const QKeyEvent *key) const;

    QPointer<QWidget> m_scope;
    QPointer<QLineEdit> m_ownEdit;
    std::function<qint64()> m_now;
    std::function<bool(const QString &)> m_known;
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
