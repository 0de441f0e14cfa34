#pragma once

#include "core/attempt/attempt.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QTimer;

namespace kasir {

class Clock;
class ConfirmBar;
class QrWidget;

// The payment of one attempt, after Pay: a large QR code of redirect_url for the customer's
// phone, the amount, provider, bill number, the time left before the bill expires, and a live
// timeline of what happened (sent, answered, each status check, notifications). It shows what
// the CheckoutService says (showAttempt / updateAttempt / appendEvent) and asks for actions
// through signals; it decides nothing about the payment itself.
//
// Every action is a method (the window's shortcuts call the same ones) that does nothing when
// the action does not apply to the attempt's state. Questions are asked inline (ConfirmBar).
class PaymentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentPanel(const Clock *clock, QWidget *parent = nullptr);

    void showAttempt(const Attempt &attempt, const QList<AttemptEvent> &events);
    // Only for the attempt shown; others are ignored.
    void updateAttempt(const Attempt &attempt);
    void appendEvent(const AttemptEvent &event);
    void setCheckInFlight(bool inFlight);
    void setBrowserAvailable(bool available);
    void setCustomerDisplayAvailable(bool available);
    // "Open here": the embedded browser takes the QR code's place until closeBrowser().
    void showBrowser(QWidget *browser);
    void closeBrowser();
    QWidget *browser() const { return m_browser; }

    // A message from the window (a refused action, a receipt saved).
    void setNotice(const QString &text, const char *tone = "neutral");

    qint64 attemptId() const { return m_attempt ? m_attempt->id : 0; }
    const std::optional<Attempt> &attempt() const { return m_attempt; }

    bool canCheckNow() const;
    bool canCancel() const;
    bool canOpenHere() const;
    bool canStartNewAttempt() const;
    bool isPaid() const;
    bool isFinal() const;

    // Actions (buttons and shortcuts).
    void checkNow();
    void askCancel();
    void askNewAttempt();
    void openHere();
    void printReceipt();
    void saveReceiptPdf();
    void newSale();
    // Esc: answers "no" to an open question; leaves a final attempt (back to the cart or a new
    // sale); for a payment still open, asks whether to leave it in Pending payments.
    void escape();

    ConfirmBar *confirmBar() const { return m_confirm; }
    QrWidget *qrWidget() const { return m_qr; }
    QListWidget *timeline() const { return m_timeline; }
    QLabel *statusChip() const { return m_chip; }
    QLabel *countdownLabel() const { return m_countdown; }
    QPushButton *button(const char *name) const;

Q_SIGNALS:
    void checkNowRequested(qint64 attemptId);
    void cancelRequested(qint64 attemptId);
    void newAttemptRequested(qint64 attemptId);
    void openHereRequested(const QUrl &url);
    void customerDisplayRequested();
    void printReceiptRequested(qint64 attemptId);
    void savePdfRequested(qint64 attemptId);
    // Paid: the sale is done.
    void newSaleRequested();
    // A final attempt that is not Paid: the cart reopens for another tender.
    void backToCartRequested();
    // A payment still open is left in Pending payments; the window starts a new sale.
    void parkRequested();
    // Which actions apply changed (the window updates its shortcuts).
    void actionsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPushButton *makeButton(const char *name, const char *role);
    void refresh();
    void retranslate();
    void tick();
    void addEventItem(const AttemptEvent &event);

    const Clock *m_clock;
    std::optional<Attempt> m_attempt;
    bool m_inFlight = false;
    bool m_browserAvailable = false;
    bool m_customerDisplay = false;

    QStackedWidget *m_leftStack;
    QWidget *m_browserHolder;
    QPointer<QWidget> m_browser;
    QLabel *m_scanCaption;
    QrWidget *m_qr;
    QLabel *m_url;
    QLabel *m_chip;
    QLabel *m_mark;
    QLabel *m_amount;
    QLabel *m_billNoCaption;
    QLabel *m_billNo;
    QLabel *m_channelCaption;
    QLabel *m_channel;
    QLabel *m_expiryCaption;
    QLabel *m_countdown;
    QLabel *m_trxCaption;
    QLabel *m_trx;
    QWidget *m_noticeFrame;
    QLabel *m_explanation;
    QLabel *m_notice;
    ConfirmBar *m_confirm;
    QLabel *m_timelineCaption;
    QListWidget *m_timeline;
    QProgressBar *m_progress;
    QTimer *m_ticker;

    QPushButton *m_checkNow;
    QPushButton *m_openHere;
    QPushButton *m_display;
    QPushButton *m_cancel;
    QPushButton *m_newAttempt;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_newSale;
    QPushButton *m_back;
    QPushButton *m_park;

    // Repeated identical status checks are shown as one line with a count.
    QString m_lastEventKey;
    int m_lastEventRepeat = 0;
};

} // namespace kasir
