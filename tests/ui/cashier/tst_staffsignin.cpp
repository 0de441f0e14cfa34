// Staff and roles in the cashier window (issue 12), on the real engine against the training
// sandbox: with a staff list someone signs in before a sale and the bill and its events carry
// that name; "Change cashier" (Ctrl+L) hands the till over; a wrong PIN signs nobody in and
// counts; an approval names the supervisor whose PIN it was; a production till without a
// supervisor takes no sale and asks for one first.

#include "cashierharness.h"
#include "core/config/supervisorpin.h"
#include "core/staff/staffdirectory.h"
#include "tests/support/namedchild.h"
#include "ui/backoffice/staffdialogs.h"
#include "ui/backoffice/supervisordialog.h"
#include "ui/cashier/confirmbar.h"
#include "ui/cashier/paymentpanel.h"
#include "ui/cashier/salepage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace kasir;
using namespace kasir::test;

namespace {

// The window's PIN checks over the engine's staff list, as app/windowwiring.cpp makes them.
std::unique_ptr<SupervisorPin> wireStaff(CashierHarness &h, MainWindow *window)
{
    auto pin =
        std::make_unique<SupervisorPin>(SupervisorPin::SettingsOpener(), h.dir.path(), &h.clock);
    StaffDirectory *staff = h.engine->staff();
    pin->setSupervisorSource([staff] { return staff->supervisorCandidates(); });
    window->setSupervisorPin(pin.get());
    window->setStaff(staff);
    return pin;
}

void addStaff(CashierHarness &h)
{
    StaffDirectory *staff = h.engine->staff();
    QCOMPARE(staff->add(QStringLiteral("Budi"), StaffRole::Supervisor, QStringLiteral("2468"),
                        QStringLiteral("2468"), QStringLiteral("test"), {}),
             FieldErrors());
    QCOMPARE(staff->add(QStringLiteral("Sari"), StaffRole::Cashier, QStringLiteral("1111"),
                        QStringLiteral("1111"), QStringLiteral("Budi"), {}),
             FieldErrors());
    QCOMPARE(staff->add(QStringLiteral("Rina"), StaffRole::Cashier, QStringLiteral("2222"),
                        QStringLiteral("2222"), QStringLiteral("Budi"), {}),
             FieldErrors());
}

// The sign-in dialog once it is open (it opens from the event loop); null after 5 s.
SignInDialog *openSignIn(MainWindow *w)
{
    const auto open = [w] {
        QDialog *d = w->staffDialog();
        return d && d->isVisible() ? qobject_cast<SignInDialog *>(d) : nullptr;
    };
    if (!QTest::qWaitFor([&open] { return open() != nullptr; }, 5000))
        return nullptr;
    return open();
}

// Whether the window shows its sign-in or first-supervisor dialog.
bool staffDialogShown(MainWindow *w)
{
    QDialog *d = w->staffDialog();
    return d && d->isVisible();
}

void signInAs(SignInDialog *dialog, const QString &name, const QString &pin)
{
    QVERIFY(dialog);
    auto *names = dialog->findChild<QComboBox *>(QStringLiteral("name"));
    names->setCurrentIndex(names->findData(name));
    QCOMPARE(names->currentData().toString(), name);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("pin")), pin);
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("pin")), Qt::Key_Return);
}

} // namespace

class TestStaffSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { applyStyle(); }

    void signInBeforeASaleAndHandOver()
    {
        CashierHarness h(CashierHarness::Channels::Fetch, SandboxConfig(), 1);
        addStaff(h);
        MainWindow *w = h.window.get();
        auto pin = wireStaff(h, w);
        QVERIFY(h.showWindow());
        SignInDialog *dialog = openSignIn(w);
        auto *counter = w->findChild<QLabel *>(QStringLiteral("counterStatus"));
        QVERIFY(counter);
        QVERIFY2(counter->text().contains(QStringLiteral("nobody signed in")),
                 qPrintable(counter->text()));

        // Closed without signing in: the till takes no sale and says why; nothing is sent.
        dialog->reject();
        QTRY_VERIFY(!staffDialogShown(w));
        const int posted = h.postDataCount();
        SalePage *sale = child<SalePage>(w, "salePage");
        QVERIFY(sale->productEntry()->submit(QStringLiteral("TV-POL-32")));
        w->pay();
        QCOMPARE(w->currentPage(), MainWindow::Page::Sale);
        QVERIFY2(sale->payMessage()->text().contains(QStringLiteral("Nobody is signed in")),
                 qPrintable(sale->payMessage()->text()));
        QCOMPARE(h.postDataCount(), posted);

        // A wrong PIN signs nobody in and is counted; the right one signs Sari in.
        dialog = openSignIn(w); // Pay opened it again
        signInAs(dialog, QStringLiteral("Sari"), QStringLiteral("9999"));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(QStringLiteral("not right")));
        QCOMPARE(pin->failures(), 1);
        QVERIFY(w->signedIn().isEmpty());
        signInAs(dialog, QStringLiteral("Sari"), QStringLiteral("1111"));
        QTRY_COMPARE(w->signedIn(), QStringLiteral("Sari"));
        QCOMPARE(pin->failures(), 0);
        QTRY_VERIFY(!staffDialogShown(w));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QVERIFY(counter->text().contains(QStringLiteral("Sari")));

        // The sale is posted as Sari's.
        startSale(h);
        PaymentPanel *panel = child<PaymentPanel>(w, "paymentPanel");
        const qint64 first = panel->attemptId();
        QCOMPARE(h.checkout->attempt(first)->cashier, QStringLiteral("Sari"));
        const QList<AttemptEvent> events = h.journal->events(first);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().actor, QStringLiteral("Sari"));

        // Ctrl+L hands the till to Rina; the log has both sign-ins.
        QTRY_VERIFY(!staffDialogShown(w));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        press(Qt::Key_L, Qt::ControlModifier);
        dialog = openSignIn(w);
        signInAs(dialog, QStringLiteral("Rina"), QStringLiteral("2222"));
        QTRY_COMPARE(w->signedIn(), QStringLiteral("Rina"));
        QCOMPARE(h.checkout->options().cashier, QStringLiteral("Rina"));
        QStringList log;
        for (const StaffLogEntry &e : h.engine->staff()->logBetween({}, {}))
            if (e.action == QLatin1String("sign-in"))
                log << e.actor + QLatin1Char(':') + e.detail;
        QCOMPARE(log, (QStringList{QStringLiteral("Sari:Sari signed in"),
                                   QStringLiteral("Rina:Rina signed in after Sari")}));
    }

    void approvalNamesTheSupervisor()
    {
        CashierHarness h(CashierHarness::Channels::Fetch, SandboxConfig(), 1);
        addStaff(h);
        MainWindow *w = h.window.get();
        auto pin = wireStaff(h, w);
        QVERIFY(h.showWindow());
        signInAs(openSignIn(w), QStringLiteral("Sari"), QStringLiteral("1111"));
        QTRY_COMPARE(w->signedIn(), QStringLiteral("Sari"));
        QTRY_VERIFY(!staffDialogShown(w));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        startSale(h);
        PaymentPanel *panel = child<PaymentPanel>(w, "paymentPanel");
        QTRY_COMPARE(panel->attempt()->state, AttemptState::AwaitingPayment);
        const qint64 id = panel->attemptId();
        // F8 and "Cancel the bill": Sari cannot approve her own cancel with her PIN.
        QTest::keyClick(focused(), Qt::Key_F8);
        QVERIFY(panel->confirmBar()->isAsking());
        QTest::keyClick(focused(), Qt::Key_Return);
        SupervisorDialog *approval = w->supervisorDialog();
        QVERIFY(approval);
        QTRY_VERIFY(approval->isVisible());
        QTest::keyClicks(approval->findChild<QPlainTextEdit *>(QStringLiteral("reason")),
                         QStringLiteral("customer pays cash"));
        auto *pinEdit = approval->findChild<QLineEdit *>(QStringLiteral("pin"));
        auto *approve = approval->findChild<QPushButton *>(QStringLiteral("approve"));
        QTest::keyClicks(pinEdit, QStringLiteral("1111"));
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY(approval->isVisible());
        QCOMPARE(h.checkout->attempt(id)->state, AttemptState::AwaitingPayment);
        QTest::keyClicks(pinEdit, QStringLiteral("2468"));
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.checkout->attempt(id)->state != AttemptState::AwaitingPayment,
                                 10000);
        bool found = false;
        for (const AttemptEvent &e : h.journal->events(id)) {
            if (e.kind == QLatin1String("cancel-requested") || e.source == EventSource::Cashier) {
                if (e.approver == QLatin1String("Budi") && e.actor == QLatin1String("Sari"))
                    found = true;
            }
        }
        QVERIFY2(found, "no event of the cancel names Sari as actor and Budi as approver");
    }

    void productionNeedsASupervisorFirst()
    {
        CashierHarness h(CashierHarness::Channels::Fetch, SandboxConfig(), 1);
        // A production window over this engine (the training flag is the window's): no staff
        // yet, so the till asks for the supervisor and takes no sale.
        MainWindow production(h.checkout, h.journal, h.journal, h.settings, false);
        auto pin = wireStaff(h, &production);
        production.show();
        QVERIFY(QTest::qWaitForWindowExposed(&production));
        QTRY_VERIFY(qobject_cast<StaffMemberDialog *>(production.staffDialog()));
        auto *first = qobject_cast<StaffMemberDialog *>(production.staffDialog());
        QVERIFY(!first->findChild<QComboBox *>(QStringLiteral("role"))->isEnabled());
        first->reject();
        QTRY_VERIFY(!staffDialogShown(&production));
        SalePage *sale = child<SalePage>(&production, "salePage");
        const int posted = h.postDataCount();
        production.pay();
        QVERIFY2(sale->payMessage()->text().contains(QStringLiteral("No supervisor")),
                 qPrintable(sale->payMessage()->text()));
        QCOMPARE(h.postDataCount(), posted);

        // The owner sets up: a PIN that is too short is refused at its field, then it is saved,
        // and the owner is signed in.
        QTRY_VERIFY(qobject_cast<StaffMemberDialog *>(production.staffDialog()));
        first = qobject_cast<StaffMemberDialog *>(production.staffDialog());
        QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("name")),
                         QStringLiteral("Ibu Wati"));
        QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("pin")),
                         QStringLiteral("12"));
        QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("repeat")),
                         QStringLiteral("12"));
        first->confirm();
        QVERIFY(first->isVisible());
        QVERIFY(first->errorText().contains(QStringLiteral("4 to 8 digits")));
        QVERIFY(!h.engine->staff()->hasSupervisor());
        QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("pin")),
                         QStringLiteral("135790"));
        QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("repeat")),
                         QStringLiteral("135790"));
        first->confirm();
        QTRY_COMPARE(production.signedIn(), QStringLiteral("Ibu Wati"));
        QVERIFY(h.engine->staff()->hasSupervisor());
        QCOMPARE(h.engine->staff()->member(QStringLiteral("ibu wati"))->role,
                 StaffRole::Supervisor);
        QVERIFY(pin->isSet());
        QVERIFY(production.saleBlockedReason().isEmpty());
    }
};

QTEST_MAIN(TestStaffSignIn)
#include "tst_staffsignin.moc"
