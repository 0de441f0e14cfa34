#pragma once

#include "core/attempt/attempt.h"
#include "core/common/clock.h"
#include "core/config/supervisorpin.h"
#include "core/journal/readers.h"
#include "ui/backoffice/supervisordialog.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace kasir {

class CheckoutService;
class HistoryModel;
class ReceiptService;

// Every payment attempt, searchable by WIB date range, status, channel, bill number and
// customer, a page at a time (Journal::search / count). The detail of the selected attempt
// shows its fields and its event timeline (Journal::events), kept live from CheckoutService's
// signals. Actions: reprint (a numbered copy), check the status now, cancel (where the state
// machine allows it) and settle by hand; the last two change money and ask for the supervisor
// PIN and a reason (SupervisorDialog), which the engine logs with the action.
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PageSize = 50;

    // `journal` is required; `checkout` and `receipts` may be null (a read-only history: their
    // actions are hidden). `clock` (null: the system's) decides which day is "today".
    HistoryWindow(const AttemptReader *journal, CheckoutService *checkout, ReceiptService *receipts,
                  const Clock *clock = nullptr, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    // The supervisor's PIN (outlives the window); without it nothing can be approved here.
    void setSupervisorPin(SupervisorPin *pin) { m_supervisorPin = pin; }

    HistoryQuery query() const;
    int totalCount() const { return m_total; }
    int page() const { return m_page; }
    std::optional<Attempt> selectedAttempt() const;
    void selectAttempt(qint64 attemptId);
    // The dialog asking for the PIN, while one is open.
    SupervisorDialog *supervisorDialog() const { return m_supervisor; }

public Q_SLOTS:
    void search();  // first page with the filters on screen
    void refresh(); // the current page again
    void nextPage();
    void previousPage();
    void reprintSelected();
    void checkSelected();
    void cancelSelected();
    void settleSelected(kasir::AttemptState target);

Q_SIGNALS:
    // Something the window did or could not do, for the status line (and tests).
    void message(const QString &text);

private:
    void buildUi();
    void load();
    void showDetail();
    void appendEvent(const AttemptEvent &event);
    void updateActions();
    void onAttemptChanged(const Attempt &attempt);
    // `then` gets the reason and the supervisor who approved (empty for the settings PIN).
    using Approved = std::function<void(const QString &reason, const QString &approver)>;
    void askSupervisor(const QString &action, Approved then);
    void say(const QString &text);

    const AttemptReader *m_journal;
    const Clock *m_clock;
    CheckoutService *m_checkout; // not owned; outlives the window, or null
    ReceiptService *m_receipts;  // not owned; outlives the window, or null
    QPointer<SupervisorPin> m_supervisorPin;
    HistoryModel *m_model = nullptr;
    int m_page = 0;
    int m_total = 0;
    QPointer<SupervisorDialog> m_supervisor;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_billNo = nullptr;
    QLineEdit *m_customer = nullptr;
    QTimer *m_debounce = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_prev = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_detail = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_settle = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace kasir
