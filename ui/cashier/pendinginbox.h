#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace kasir {

class ConfirmBar;
class PendingModel;

// The inbox of payments that are not final yet, whatever the sale on screen: each with its
// status and the actions that apply (open it, check now, cancel). Enter opens the selected one,
// F5 checks it, F8 cancels it (after a question), Esc goes back.
class PendingInbox : public QWidget
{
    Q_OBJECT

public:
    PendingInbox(PendingModel *model, QWidget *parent = nullptr);

    PendingModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ConfirmBar *confirmBar() const { return m_confirm; }
    qint64 selectedAttemptId() const;
    void selectAttempt(qint64 attemptId);
    void focusList();

    void openSelected();
    void checkSelected();
    void askCancelSelected();
    // Esc: answers "no" to an open question, else leaves the inbox.
    void escape();

Q_SIGNALS:
    void openRequested(qint64 attemptId);
    void checkNowRequested(qint64 attemptId);
    void cancelRequested(qint64 attemptId);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    PendingModel *m_model;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_empty;
    QTableView *m_view;
    ConfirmBar *m_confirm;
    QPushButton *m_open;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QTimer *m_ticker;
};

} // namespace kasir
