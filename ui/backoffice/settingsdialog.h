#pragma once

#include "core/common/translatabletext.h"
#include "core/config/appsettings.h"
#include "core/config/passwordstore.h"
#include "core/payment/channelinquiry.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace kasir {

class FormField;
class StaffDirectory;
class SupervisorDialog;
class SupervisorPin;
struct SettingsForm;

// "Test connection", given by the composition root (app/): asks the gateway that `form` names
// for the merchant's channels (Payment Channel Inquiry, Engine::testConnection) with the
// password typed in the form, or, when none was typed, the one Kasir has (KASIR_FASPAY_PASSWORD
// or the keychain). `done` runs once, unless `context` is destroyed first.
using ConnectionTester = std::function<void(const AppSettings &form, const QString &typedPassword,
                                            QObject *context, ChannelInquiryCallback done)>;

// Settings (issue #6): store identity, gateway environment and Faspay merchant, the password
// (kept in the keychain through PasswordStore, never in the settings file), notification
// receiver, bill expiry, receipt printer, language, supervisor PIN, and the embedded browser
// (browser/*). Display code: the rules are core's (validateSettings, core/config/settingsrules.h)
// and show under their fields; Save stays disabled while any remains. "Test connection" asks
// Faspay for the merchant's channel list with the values on screen and says what to fix.
//
// Opened with open()/show(); on Save it writes the settings file and the keychain, emits
// saved() and closes.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `settings` and `passwords` are not owned and must outlive the dialog; `passwords` may be
    // null (no keychain at all). Without `tester`, Test connection is not offered.
    SettingsDialog(QSettings *settings, PasswordStore *passwords, ConnectionTester tester,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What the fields say now (the password excluded).
    AppSettings currentSettings() const;
    // Field path -> message for every problem on screen (the paths of validateSettings, and
    // "password").
    QHash<QString, QString> fieldErrors() const { return m_errors; }
    bool canSave() const;
    bool isTestingConnection() const { return m_testing; }

    // Who may approve, and the staff (issue 12); both outlive the dialog, `staff` may be null.
    // With them: a gateway that is not one of Faspay's published hosts is saved only after a
    // supervisor approves it with a reason (without any supervisor it is refused at its
    // field); a "Staff" tab lists the staff and adds or removes members; supervisors approve
    // with their own PINs, so the single settings PIN is not offered; and each save is written
    // to the staff log as done by `actor` (who is signed in) and approved by `approver` (who
    // approved opening Settings).
    void setSupervision(SupervisorPin *pin, StaffDirectory *staff, const QString &actor,
                        const QString &approver);
    // The approval of a gateway that is not Faspay's, while its dialog is open.
    SupervisorDialog *gatewayApproval() const;

public Q_SLOTS:
    void testConnection();
    void save();

Q_SIGNALS:
    void saved(const kasir::AppSettings &settings);
    // Test connection ended: ok, and the text shown.
    void connectionTested(bool ok, const QString &message);

private:
    // ui/settingspages.cpp: the four tabs.
    QWidget *buildStorePage();
    QWidget *buildGatewayPage();
    QWidget *buildPrinterPage();
    QWidget *buildOtherPage();
    FormField *addField(QFormLayout *form, const QString &label, QWidget *editor,
                        const QString &path, const QString &help = QString());

    void buildUi();
    void load(const AppSettings &settings);
    SettingsForm currentForm() const;
    void revalidate();
    void markTabs();
    void updateEnabled();
    void showError(const QString &field, const QString &message);
    void onPasswordResult(const PasswordStore::Result &result);
    void readKeychainStatus();
    void setKeychainStatus(const QString &text, bool warning);
    void showConnectionResult(const ChannelInquiryResult &result, const QString &host);
    void finishSave();
    // Whether the gateway on screen needs a supervisor's approval before it is saved.
    bool gatewayNeedsApproval() const;
    void buildStaffPage();
    void refreshStaff();

    QSettings *m_settings;
    PasswordStore *m_passwords; // may be null: no keychain at all
    ConnectionTester m_tester;
    AppSettings m_loaded;
    QHash<QString, QString> m_errors;
    QHash<QString, FormField *> m_fields; // by field path

    // Keychain requests in flight, by purpose.
    quint64 m_statusRequest = 0;
    quint64 m_saveRequest = 0;
    bool m_saving = false;
    bool m_testing = false;

    QTabWidget *m_tabs = nullptr;
    // Store
    QLineEdit *m_storeName = nullptr;
    QPlainTextEdit *m_storeAddress = nullptr;
    QLineEdit *m_terminal = nullptr;
    QLineEdit *m_cashier = nullptr;
    // Gateway
    QComboBox *m_environment = nullptr;
    QLineEdit *m_productionUrl = nullptr;
    QLineEdit *m_customUrl = nullptr;
    QLineEdit *m_merchantId = nullptr;
    QLineEdit *m_merchantName = nullptr;
    QLineEdit *m_userId = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QListWidget *m_channels = nullptr;
    QCheckBox *m_notifyEnabled = nullptr;
    QLineEdit *m_notifyListen = nullptr;
    QSpinBox *m_billExpiry = nullptr;
    QCheckBox *m_browserEnabled = nullptr;
    QPlainTextEdit *m_lenderHosts = nullptr;
    QLineEdit *m_returnUrl = nullptr;
    // Printer
    QComboBox *m_printerKind = nullptr;
    QComboBox *m_systemPrinter = nullptr;
    QLineEdit *m_escposAddress = nullptr;
    QLineEdit *m_escposDevice = nullptr;
    QComboBox *m_paperWidth = nullptr;
    QCheckBox *m_autoPrint = nullptr;
    // Other
    QComboBox *m_language = nullptr;
    QLabel *m_pinState = nullptr;
    QLineEdit *m_pinCurrent = nullptr;
    QLineEdit *m_pinNew = nullptr;
    QLineEdit *m_pinRepeat = nullptr;

    // Supervision (setSupervision)
    QPointer<SupervisorPin> m_supervisorPin;
    QPointer<StaffDirectory> m_staff;
    QString m_actor;
    QString m_approver;
    QPointer<SupervisorDialog> m_gatewayApproval;
    bool m_gatewayApproved = false;
    QString m_gatewayApprover;
    QString m_gatewayReason;
    QListWidget *m_staffList = nullptr;
    QLabel *m_staffMessage = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace kasir
