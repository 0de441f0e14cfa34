#include "ui/backoffice/settingsdialog.h"

#include "core/config/settingsrules.h"
#include "core/config/supervisorpin.h"
#include "core/faspay/channelcatalog.h"
#include "core/faspay/hosts.h"
#include "core/receipt/escpossender.h"
#include "core/staff/staffdirectory.h"
#include "ui/backoffice/staffdialogs.h"
#include "ui/backoffice/supervisordialog.h"
#include "ui/widgets/formfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSettings, "kasir.settings")

namespace kasir {

SettingsDialog::SettingsDialog(QSettings *settings, PasswordStore *passwords,
                               ConnectionTester tester, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_passwords(passwords)
    , m_tester(std::move(tester))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_loaded = AppSettings::load(*m_settings);
    buildUi();
    load(m_loaded);
    if (m_passwords)
        connect(m_passwords, &PasswordStore::finished, this, &SettingsDialog::onPasswordResult);
    revalidate();
    readKeychainStatus();
    resize(720, 640);
}

// A call under way is aborted with the dialog (it is the call's context).
SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    const auto scrolled = [this](QWidget *page) -> QWidget * {
        auto *area = new QScrollArea(m_tabs);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(page);
        return area;
    };
    m_tabs->addTab(scrolled(buildStorePage()), tr("Store"));
    m_tabs->addTab(scrolled(buildGatewayPage()), tr("Faspay"));
    m_tabs->addTab(scrolled(buildPrinterPage()), tr("Receipt printer"));
    m_tabs->addTab(scrolled(buildOtherPage()), tr("Language and supervisor"));
    layout->addWidget(m_tabs, 1);

    m_buttons = new QDialogButtonBox(this);
    m_saveButton = m_buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_saveButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

// --- values -----------------------------------------------------------------------------------

void SettingsDialog::load(const AppSettings &s)
{
    m_storeName->setText(s.store.name);
    m_storeAddress->setPlainText(s.store.address);
    m_terminal->setText(s.store.terminalCode);
    m_cashier->setText(s.store.cashier);
    m_environment->setCurrentIndex(
        qMax(0, m_environment->findData(gatewayEnvironmentKey(s.environment))));
    m_productionUrl->setText(s.productionGatewayUrl.toString());
    m_customUrl->setText(s.customGatewayUrl.toString());
    m_merchantId->setText(s.merchantId);
    m_merchantName->setText(s.merchantName);
    m_userId->setText(s.userId);
    m_notifyEnabled->setChecked(s.notificationReceiverEnabled);
    m_notifyListen->setText(s.notificationListen);
    m_billExpiry->setValue(s.billExpiryMinutes);
    m_browserEnabled->setChecked(s.browser.enabled);
    m_lenderHosts->setPlainText(s.browser.lenderHosts.join(QLatin1Char(' ')));
    m_returnUrl->setText(s.browser.returnUrl.toString());
    m_printerKind->setCurrentIndex(
        qMax(0, m_printerKind->findData(printerKindKey(s.printer.kind))));
    int printerIndex = m_systemPrinter->findData(s.printer.systemPrinterName);
    if (printerIndex < 0 && !s.printer.systemPrinterName.isEmpty()) {
        m_systemPrinter->addItem(tr("%1 (not installed now)").arg(s.printer.systemPrinterName),
                                 s.printer.systemPrinterName);
        printerIndex = m_systemPrinter->count() - 1;
    }
    m_systemPrinter->setCurrentIndex(qMax(0, printerIndex));
    if (!s.printer.host.isEmpty()) {
        const QString host = s.printer.host.contains(QLatin1Char(':'))
                                 ? QLatin1Char('[') + s.printer.host + QLatin1Char(']')
                                 : s.printer.host;
        m_escposAddress->setText(host + QLatin1Char(':') + QString::number(s.printer.port));
    }
    m_escposDevice->setText(s.printer.device);
    m_paperWidth->setCurrentIndex(s.printer.widthMm == 58 ? 1 : 0);
    m_autoPrint->setChecked(s.printer.autoPrint);
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    m_pinState->setText(s.hasSupervisorPin()
                            ? tr("A supervisor PIN is set. To change it, enter the current one "
                                 "and the new one twice.")
                            : tr("No supervisor PIN is set yet: set one (4 to 8 digits) so that "
                                 "cancelling and settling payments by hand need it."));
    m_pinCurrent->setEnabled(s.hasSupervisorPin());
}

AppSettings SettingsDialog::currentSettings() const
{
    AppSettings s = m_loaded; // keeps what this screen does not show (the PIN hash)
    s.store.name = m_storeName->text().trimmed();
    s.store.address = m_storeAddress->toPlainText().trimmed();
    s.store.terminalCode = m_terminal->text().trimmed().toUpper();
    s.store.cashier = m_cashier->text().trimmed();
    s.environment = gatewayEnvironmentFromKey(m_environment->currentData().toString())
                        .value_or(GatewayEnvironment::Training);
    const QString production = m_productionUrl->text().trimmed();
    s.productionGatewayUrl = production.isEmpty()
                                 ? defaultGatewayUrl(GatewayEnvironment::Production)
                                 : QUrl(production, QUrl::StrictMode);
    s.customGatewayUrl = QUrl(m_customUrl->text().trimmed(), QUrl::StrictMode);
    s.merchantId = m_merchantId->text().trimmed();
    s.merchantName = m_merchantName->text().trimmed();
    s.userId = m_userId->text().trimmed();
    s.notificationReceiverEnabled = m_notifyEnabled->isChecked();
    s.notificationListen = m_notifyListen->text().trimmed();
    s.billExpiryMinutes = m_billExpiry->value();
    s.printer.kind =
        printerKindFromKey(m_printerKind->currentData().toString()).value_or(PrinterKind::None);
    s.printer.systemPrinterName = m_systemPrinter->currentData().toString();
    if (const std::optional<EscPosTarget> t =
            EscPosTarget::fromString(m_escposAddress->text().trimmed());
        t && t->kind == EscPosTarget::Kind::Network) {
        s.printer.host = t->host;
        s.printer.port = t->port;
    }
    s.printer.device = m_escposDevice->text().trimmed();
    s.printer.widthMm = m_paperWidth->currentData().toInt();
    s.printer.autoPrint = m_autoPrint->isChecked();
    s.language = m_language->currentData().toString();
    s.browser.enabled = m_browserEnabled->isChecked();
    s.browser.lenderHosts = splitHostList(m_lenderHosts->toPlainText());
    s.browser.returnUrl = QUrl(m_returnUrl->text().trimmed(), QUrl::StrictMode);
    return s;
}

SettingsForm SettingsDialog::currentForm() const
{
    SettingsForm form;
    form.settings = currentSettings();
    form.escPosAddress = m_escposAddress->text().trimmed();
    form.returnUrl = m_returnUrl->text().trimmed();
    form.currentPin = m_pinCurrent->text();
    form.newPin = m_pinNew->text();
    form.repeatPin = m_pinRepeat->text();
    form.hadPin = m_loaded.hasSupervisorPin();
    return form;
}

// --- validation -------------------------------------------------------------------------------

void SettingsDialog::revalidate()
{
    QHash<QString, QString> e;
    for (const FieldError &error : validateSettings(currentForm()))
        e.insert(error.field, error.message.toString());
    // A password typed where there is no keychain cannot be kept.
    if (!m_password->text().isEmpty() && m_passwords &&
        m_passwords->keychainAvailable() == std::optional<bool>(false))
        e.insert(QStringLiteral("password"), PasswordStore::noKeychainMessage().toString());
    // A wrong current PIN found by save() stays until the field changes.
    if (m_errors.contains(QStringLiteral("pin.current.wrong")) &&
        !e.contains(QStringLiteral("pin.current")))
        e.insert(QStringLiteral("pin.current.wrong"),
                 m_errors.value(QStringLiteral("pin.current.wrong")));
    m_errors = e;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString message = m_errors.value(it.key());
        if (it.key() == QLatin1String("pin.current") && message.isEmpty())
            message = m_errors.value(QStringLiteral("pin.current.wrong"));
        it.value()->setError(message);
    }
    markTabs();
    updateEnabled();
}

void SettingsDialog::markTabs()
{
    // A field with a problem may be on a tab that is not shown: its tab gets a warning sign.
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *page = m_tabs->widget(i);
        bool problem = false;
        for (const FormField *field : std::as_const(m_fields))
            problem |= !field->error().isEmpty() && page->isAncestorOf(field);
        m_tabs->setTabIcon(i,
                           problem ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
}

void SettingsDialog::updateEnabled()
{
    const GatewayEnvironment env =
        gatewayEnvironmentFromKey(m_environment->currentData().toString())
            .value_or(GatewayEnvironment::Training);
    m_productionUrl->setEnabled(env == GatewayEnvironment::Production);
    m_customUrl->setEnabled(env == GatewayEnvironment::Custom);
    m_userId->setPlaceholderText(m_merchantId->text().trimmed().isEmpty()
                                     ? QStringLiteral("bot…")
                                     : QStringLiteral("bot") + m_merchantId->text().trimmed());
    m_notifyListen->setEnabled(m_notifyEnabled->isChecked());
    const PrinterKind kind =
        printerKindFromKey(m_printerKind->currentData().toString()).value_or(PrinterKind::None);
    m_systemPrinter->setEnabled(kind == PrinterKind::System);
    m_escposAddress->setEnabled(kind == PrinterKind::EscPosTcp);
    m_escposDevice->setEnabled(kind == PrinterKind::EscPosDevice);
    m_paperWidth->setEnabled(kind != PrinterKind::None);
    m_autoPrint->setEnabled(kind != PrinterKind::None);
    m_testButton->setEnabled(m_tester && !m_saving && !m_testing &&
                             !m_errors.contains(QStringLiteral("merchant.id")) &&
                             !m_errors.contains(QStringLiteral("gateway.customUrl")) &&
                             !m_errors.contains(QStringLiteral("gateway.productionUrl")));
    m_saveButton->setEnabled(canSave());
}

bool SettingsDialog::canSave() const
{
    return m_errors.isEmpty() && !m_saving;
}

// --- keychain ---------------------------------------------------------------------------------

void SettingsDialog::setKeychainStatus(const QString &text, bool warning)
{
    m_keychainStatus->setText(text);
    m_keychainStatus->setStyleSheet(warning ? QStringLiteral("color:#8a4b00;")
                                            : QStringLiteral("color:#5f6b76;"));
}

void SettingsDialog::readKeychainStatus()
{
    if (qEnvironmentVariableIsSet("KASIR_FASPAY_PASSWORD")) {
        setKeychainStatus(tr("The password comes from the environment variable "
                             "KASIR_FASPAY_PASSWORD; it wins over the keychain."),
                          false);
    }
    if (!m_passwords) {
        setKeychainStatus(PasswordStore::noKeychainMessage().toString(), true);
        m_password->setEnabled(false);
        return;
    }
    const QString merchant = m_merchantId->text().trimmed();
    if (!qEnvironmentVariableIsSet("KASIR_FASPAY_PASSWORD"))
        setKeychainStatus(tr("Checking the keychain…"), false);
    // Reading tells whether a keychain exists and whether a password is stored; the value
    // itself is dropped at once (the field never shows it).
    m_statusRequest = m_passwords->read(merchant.isEmpty() ? QStringLiteral("none") : merchant);
}

void SettingsDialog::onPasswordResult(const PasswordStore::Result &result)
{
    if (result.request == m_statusRequest) {
        m_statusRequest = 0;
        const bool fromEnv = qEnvironmentVariableIsSet("KASIR_FASPAY_PASSWORD");
        switch (result.status) {
        case PasswordStore::Status::Ok:
            m_password->setEnabled(true);
            m_password->setPlaceholderText(tr("Saved in the keychain; type to replace it"));
            if (!fromEnv)
                setKeychainStatus(tr("The password is kept in this computer's keychain, not in "
                                     "the settings file."),
                                  false);
            break;
        case PasswordStore::Status::NotFound:
            m_password->setEnabled(true);
            m_password->setPlaceholderText(QString());
            if (!fromEnv)
                setKeychainStatus(tr("No password saved yet. It will be kept in this "
                                     "computer's keychain, not in the settings file."),
                                  false);
            break;
        case PasswordStore::Status::NoKeychain:
            m_password->clear();
            m_password->setEnabled(false);
            m_password->setPlaceholderText(QString());
            setKeychainStatus(result.message.toString(), true);
            break;
        case PasswordStore::Status::Denied:
        case PasswordStore::Status::Failed:
            m_password->setEnabled(true);
            setKeychainStatus(result.message.toString(), true);
            break;
        }
        revalidate();
        return;
    }
    if (result.request == m_saveRequest) {
        m_saveRequest = 0;
        if (!result.ok()) {
            m_saving = false;
            showError(QStringLiteral("password"), result.message.toString());
            if (result.status == PasswordStore::Status::NoKeychain) {
                m_password->setEnabled(false);
                setKeychainStatus(result.message.toString(), true);
            }
            updateEnabled();
            return;
        }
        finishSave();
        return;
    }
}

void SettingsDialog::showError(const QString &field, const QString &message)
{
    m_errors.insert(field, message);
    if (FormField *f = m_fields.value(field))
        f->setError(message);
    markTabs();
    m_saveButton->setEnabled(canSave());
}

// --- test connection --------------------------------------------------------------------------

void SettingsDialog::testConnection()
{
    if (m_testing || !m_testButton->isEnabled())
        return;
    m_channels->clear();
    m_channels->hide();
    const AppSettings s = currentSettings();
    if (s.environment == GatewayEnvironment::Training) {
        const QString message = tr("Training uses the practice gateway built into Kasir: there "
                                   "is nothing to connect to. Choose the Faspay sandbox or "
                                   "production to test your merchant account.");
        m_testResult->setText(message);
        Q_EMIT connectionTested(true, message);
        return;
    }
    m_testResult->setText(tr("Asking Faspay for the merchant's channels…"));
    m_testing = true;
    updateEnabled();
    const QString host = s.gatewayUrl().host();
    m_tester(s, m_password->text(), this, [this, host](const ChannelInquiryResult &result) {
        showConnectionResult(result, host);
    });
}

void SettingsDialog::showConnectionResult(const ChannelInquiryResult &result, const QString &host)
{
    m_testing = false;
    QString message;
    if (result.ok()) {
        const faspay::ChannelCatalog catalog(result.response->channels);
        m_channels->clear();
        for (Channel ch : allChannels()) {
            const std::optional<QString> code = catalog.code(ch);
            auto *item = new QListWidgetItem(
                code ? tr("✓ %1 (channel %2)").arg(channelDisplayName(ch), *code)
                     : tr("✗ %1: %2")
                           .arg(channelDisplayName(ch), catalog.unavailableReason(ch).toString()),
                m_channels);
            item->setData(Qt::UserRole, code.value_or(QString()));
        }
        m_channels->show();
        message = tr("Connected to Faspay as merchant %1. The merchant has %n channel(s); Kasir "
                     "can sell through these:",
                     nullptr, int(result.response->channels.size()))
                      .arg(result.response->merchantId.isEmpty() ? m_merchantId->text()
                                                                 : result.response->merchantId);
    } else {
        message = result.problem(host).toString();
        if (!result.detail.isEmpty())
            qCInfo(lcSettings) << "test connection failed:" << result.detail.left(300);
    }
    m_testResult->setText(message);
    updateEnabled();
    Q_EMIT connectionTested(result.ok(), message);
}

// --- save -------------------------------------------------------------------------------------

void SettingsDialog::save()
{
    revalidate();
    if (!canSave())
        return;
    if (!m_pinNew->text().isEmpty() && m_loaded.hasSupervisorPin() &&
        !m_loaded.checkSupervisorPin(m_pinCurrent->text())) {
        showError(QStringLiteral("pin.current.wrong"), tr("The current PIN is not right."));
        m_fields.value(QStringLiteral("pin.current"))
            ->setError(tr("The current PIN is not right."));
        m_pinCurrent->clear();
        m_saveButton->setEnabled(false);
        return;
    }
    if (gatewayNeedsApproval() && !m_gatewayApproved) {
        const AppSettings form = currentSettings();
        const QString field = form.environment == GatewayEnvironment::Production
                                  ? QStringLiteral("gateway.productionUrl")
                                  : QStringLiteral("gateway.customUrl");
        const QString host = faspay::gatewayAuthority(form.gatewayUrl());
        if (!m_supervisorPin || !m_supervisorPin->isSet()) {
            const QString text = tr("%1 is not one of Faspay's hosts. Selling through it needs "
                                    "a supervisor's approval: set up a supervisor first.")
                                     .arg(host);
            showError(field, text);
            return;
        }
        if (m_gatewayApproval)
            m_gatewayApproval->close();
        auto *dialog = new SupervisorDialog(
            tr("Sell through %1? It is not one of Faspay's hosts: money paid there does not go "
               "through Faspay. Every sale, receipt and end of day will say NOT FASPAY.")
                .arg(host),
            m_supervisorPin, SupervisorDialog::Reason::Required, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SupervisorDialog::approved, this,
                [this](const QString &reason, const QString &approver) {
                    m_gatewayApproved = true;
                    m_gatewayReason = reason;
                    m_gatewayApprover = approver;
                    save();
                });
        m_gatewayApproval = dialog;
        dialog->open();
        return;
    }
    m_saving = true;
    updateEnabled();
    const QString password = m_password->text();
    if (!password.isEmpty() && m_passwords) {
        m_saveRequest = m_passwords->write(currentSettings().merchantId, password);
        return; // continues in onPasswordResult
    }
    finishSave();
}

void SettingsDialog::finishSave()
{
    AppSettings s = currentSettings();
    if (!m_pinNew->text().isEmpty())
        s.setSupervisorPin(m_pinNew->text());
    s.save(*m_settings);
    m_settings->sync();
    m_password->clear();
    m_pinCurrent->clear();
    m_pinNew->clear();
    m_pinRepeat->clear();
    m_saving = false;
    m_loaded = s;
    if (m_settings->status() != QSettings::NoError) {
        showError(QStringLiteral("store.name"),
                  tr("The settings file could not be written. Check the disk and try again."));
        updateEnabled();
        return;
    }
    if (m_staff) {
        m_staff->log(
            QStringLiteral("settings-saved"),
            QStringLiteral("gateway %1, merchant %2, terminal %3")
                .arg(faspay::gatewayAuthority(s.gatewayUrl()), s.merchantId, s.store.terminalCode),
            m_actor, m_approver);
        if (m_gatewayApproved)
            m_staff->log(QStringLiteral("gateway-not-faspay"),
                         QStringLiteral("gateway %1 approved (not one of Faspay's hosts): %2")
                             .arg(faspay::gatewayAuthority(s.gatewayUrl()), m_gatewayReason),
                         m_actor, m_gatewayApprover);
    }
    Q_EMIT saved(s);
    accept();
}

SupervisorDialog *SettingsDialog::gatewayApproval() const
{
    return m_gatewayApproval;
}

bool SettingsDialog::gatewayNeedsApproval() const
{
    const AppSettings form = currentSettings();
    const bool training = form.environment == GatewayEnvironment::Training;
    const QString host = faspay::gatewayAuthority(form.gatewayUrl());
    if (!faspay::isMarkedNotFaspay(training, host))
        return false;
    // Approved once, for this very host: no new approval while it stays.
    const bool loadedTraining = m_loaded.environment == GatewayEnvironment::Training;
    return loadedTraining || faspay::gatewayAuthority(m_loaded.gatewayUrl()) != host;
}

void SettingsDialog::setSupervision(SupervisorPin *pin, StaffDirectory *staff, const QString &actor,
                                    const QString &approver)
{
    m_supervisorPin = pin;
    m_staff = staff;
    m_actor = actor;
    m_approver = approver;
    if (!staff)
        return;
    // Supervisors approve with their own PINs: the single settings PIN is not offered.
    m_pinState->setText(tr("Each supervisor approves with their own PIN: see the Staff tab."));
    for (QLineEdit *e : {m_pinCurrent, m_pinNew, m_pinRepeat})
        e->clear();
    for (const char *path : {"pin.current", "pin.new", "pin.repeat"}) {
        FormField *f = m_fields.value(QLatin1String(path));
        auto *form = f ? qobject_cast<QFormLayout *>(f->parentWidget()->layout()) : nullptr;
        if (form)
            form->setRowVisible(f, false);
    }
    buildStaffPage();
}

void SettingsDialog::buildStaffPage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("staffPage"));
    auto *layout = new QVBoxLayout(page);
    auto *explain = new QLabel(tr("Who may sign in at this till. Supervisors approve cancels, "
                                  "settings and settling by hand with their own PIN. Nobody is "
                                  "deleted: a member who leaves is removed from the list but "
                                  "stays in the history."),
                               page);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_staffList = new QListWidget(page);
    m_staffList->setObjectName(QStringLiteral("staffList"));
    layout->addWidget(m_staffList, 1);
    m_staffMessage = new QLabel(page);
    m_staffMessage->setObjectName(QStringLiteral("staffMessage"));
    m_staffMessage->setWordWrap(true);
    layout->addWidget(m_staffMessage);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add…"), page);
    add->setObjectName(QStringLiteral("addStaff"));
    auto *changePin = new QPushButton(tr("New PIN…"), page);
    changePin->setObjectName(QStringLiteral("changeStaffPin"));
    auto *remove = new QPushButton(tr("Remove"), page);
    remove->setObjectName(QStringLiteral("removeStaff"));
    row->addWidget(add);
    row->addWidget(changePin);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    m_tabs->addTab(page, tr("Staff"));
    connect(add, &QPushButton::clicked, this, [this] {
        auto *dialog =
            new StaffMemberDialog(m_staff, StaffMemberDialog::Mode::Any, m_actor, m_approver, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &StaffMemberDialog::added, this, [this](const QString &name) {
            m_staffMessage->setText(tr("%1 is added.").arg(name));
        });
        dialog->open();
    });
    connect(changePin, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_staffList->currentItem();
        if (!item || !m_staff)
            return;
        const QString name = item->data(Qt::UserRole).toString();
        auto *dialog = new StaffMemberDialog(m_staff, StaffMemberDialog::Mode::ChangePin, m_actor,
                                             m_approver, this, name);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &StaffMemberDialog::added, this, [this](const QString &who) {
            m_staffMessage->setText(tr("The PIN of %1 is changed.").arg(who));
        });
        dialog->open();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_staffList->currentItem();
        if (!item || !m_staff)
            return;
        const QString name = item->data(Qt::UserRole).toString();
        const std::optional<TranslatableText> refused = m_staff->remove(name, m_actor, m_approver);
        m_staffMessage->setText(refused ? refused->toString() : tr("%1 is removed.").arg(name));
    });
    connect(m_staff, &StaffDirectory::changed, this, &SettingsDialog::refreshStaff);
    refreshStaff();
}

void SettingsDialog::refreshStaff()
{
    if (!m_staffList || !m_staff)
        return;
    m_staffList->clear();
    for (const StaffMember &m : m_staff->members()) {
        auto *item =
            new QListWidgetItem(m.role == StaffRole::Supervisor ? tr("%1 — supervisor").arg(m.name)
                                                                : tr("%1 — cashier").arg(m.name),
                                m_staffList);
        item->setData(Qt::UserRole, m.name);
    }
}

} // namespace kasir
