#include "ui/settingsdialog.h"

#include "core/faspay/channelcatalog.h"
#include "core/faspay/codes.h"
#include "core/faspay/faspayclient.h"
#include "core/faspay/requests.h"
#include "core/faspay/responses.h"
#include "core/receipt/escpossender.h"
#include "ui/browserpane.h"
#include "ui/receiptprinter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSettings, "kasir.settings")

namespace kasir {

namespace {

constexpr int MaxBillExpiryMinutes = 30 * 24 * 60; // Part A §7: at most 30 days

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QStringList splitHosts(const QString &text)
{
    QStringList hosts;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        hosts << p.trimmed();
    return hosts;
}

void setInvalid(QWidget *w, bool invalid)
{
    if (!w)
        return;
    if (w->property("kasirInvalid").toBool() == invalid)
        return;
    w->setProperty("kasirInvalid", invalid);
    w->setStyleSheet(invalid ? QStringLiteral("border:1px solid #c62828;") : QString());
}

// A form at the top of `page`; extra height goes below it, not between its rows.
QFormLayout *formOn(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    outer->addLayout(form);
    outer->addStretch(1);
    return form;
}

} // namespace

SettingsDialog::SettingsDialog(QSettings *settings, PasswordStore *passwords,
                               QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_passwords(passwords)
    , m_network(network)
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

SettingsDialog::~SettingsDialog()
{
    if (m_call)
        m_call->abort();
}

// --- building ---------------------------------------------------------------------------------

QLabel *SettingsDialog::errorLabel(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error:") + field);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color:#c62828;"));
    label->hide();
    m_errorLabels.insert(field, label);
    return label;
}

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

QWidget *SettingsDialog::buildStorePage()
{
    auto *page = new QWidget;
    auto *form = formOn(page);

    const auto addField = [&](QWidget *field, const QString &label, const QString &path,
                              const QString &help) {
        auto *box = new QWidget(page);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        if (!help.isEmpty()) {
            auto *h = new QLabel(help, box);
            h->setWordWrap(true);
            h->setStyleSheet(QStringLiteral("color:#5f6b76;"));
            v->addWidget(h);
        }
        if (!path.isEmpty()) {
            v->addWidget(errorLabel(path, box));
            m_fieldWidgets.insert(path, field);
        }
        form->addRow(label, box);
    };

    m_storeName = new QLineEdit(page);
    m_storeName->setObjectName(QStringLiteral("storeName"));
    m_storeName->setMaxLength(60);
    addField(m_storeName, tr("Store name"), QStringLiteral("store.name"),
             tr("Printed at the top of every receipt."));
    m_storeAddress = new QPlainTextEdit(page);
    m_storeAddress->setObjectName(QStringLiteral("storeAddress"));
    m_storeAddress->setTabChangesFocus(true);
    m_storeAddress->setFixedHeight(m_storeAddress->fontMetrics().lineSpacing() * 4);
    addField(m_storeAddress, tr("Address"), QString(),
             tr("Also on the receipt; a telephone number may go on the last line."));
    m_terminal = new QLineEdit(page);
    m_terminal->setObjectName(QStringLiteral("terminalCode"));
    m_terminal->setMaxLength(8);
    addField(m_terminal, tr("Terminal code"), QStringLiteral("store.terminal"),
             tr("1 to 4 letters or digits, different for every counter of the store. It starts "
                "every bill number."));
    m_cashier = new QLineEdit(page);
    m_cashier->setObjectName(QStringLiteral("cashierName"));
    addField(m_cashier, tr("Cashier"), QString(), tr("Printed on receipts."));

    for (QLineEdit *e : {m_storeName, m_terminal, m_cashier})
        connect(e, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_storeAddress, &QPlainTextEdit::textChanged, this, &SettingsDialog::revalidate);
    return page;
}

QWidget *SettingsDialog::buildGatewayPage()
{
    auto *page = new QWidget;
    auto *form = formOn(page);
    const auto wrap = [&](QWidget *field, const QString &path, const QString &help) -> QWidget * {
        auto *box = new QWidget(page);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        if (!help.isEmpty()) {
            auto *h = new QLabel(help, box);
            h->setWordWrap(true);
            h->setStyleSheet(QStringLiteral("color:#5f6b76;"));
            v->addWidget(h);
        }
        if (!path.isEmpty()) {
            v->addWidget(errorLabel(path, box));
            m_fieldWidgets.insert(path, field);
        }
        return box;
    };

    m_environment = new QComboBox(page);
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->addItem(tr("Training (practice gateway built into Kasir, no money moves)"),
                           gatewayEnvironmentKey(GatewayEnvironment::Training));
    m_environment->addItem(tr("Faspay sandbox (test account)"),
                           gatewayEnvironmentKey(GatewayEnvironment::FaspaySandbox));
    m_environment->addItem(tr("Production (real payments)"),
                           gatewayEnvironmentKey(GatewayEnvironment::Production));
    m_environment->addItem(tr("Custom address"), gatewayEnvironmentKey(GatewayEnvironment::Custom));
    form->addRow(tr("Environment"), wrap(m_environment, QString(), QString()));

    m_productionUrl = new QLineEdit(page);
    m_productionUrl->setObjectName(QStringLiteral("productionUrl"));
    m_productionUrl->setPlaceholderText(QStringLiteral("https://web.faspay.co.id"));
    form->addRow(tr("Production address"),
                 wrap(m_productionUrl, QStringLiteral("gateway.productionUrl"),
                      tr("Faspay shows the production address in its merchant portal "
                         "(Settings, Credentials).")));
    m_customUrl = new QLineEdit(page);
    m_customUrl->setObjectName(QStringLiteral("customUrl"));
    m_customUrl->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("Custom address"),
                 wrap(m_customUrl, QStringLiteral("gateway.customUrl"), QString()));

    m_merchantId = new QLineEdit(page);
    m_merchantId->setObjectName(QStringLiteral("merchantId"));
    m_merchantId->setMaxLength(5);
    m_merchantId->setInputMethodHints(Qt::ImhDigitsOnly);
    form->addRow(tr("Merchant ID"), wrap(m_merchantId, QStringLiteral("merchant.id"),
                                         tr("The 5-digit merchant code from Faspay.")));
    m_merchantName = new QLineEdit(page);
    m_merchantName->setObjectName(QStringLiteral("merchantName"));
    m_merchantName->setMaxLength(32);
    form->addRow(tr("Merchant name"),
                 wrap(m_merchantName, QStringLiteral("merchant.name"), QString()));
    m_userId = new QLineEdit(page);
    m_userId->setObjectName(QStringLiteral("userId"));
    form->addRow(tr("User ID"), wrap(m_userId, QStringLiteral("merchant.userId"),
                                     tr("Leave empty to use the usual one shown in grey.")));

    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                    Qt::ImhSensitiveData);
    m_keychainStatus = new QLabel(page);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setWordWrap(true);
    {
        auto *box = new QWidget(page);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(m_password);
        v->addWidget(m_keychainStatus);
        v->addWidget(errorLabel(QStringLiteral("password"), box));
        m_fieldWidgets.insert(QStringLiteral("password"), m_password);
        form->addRow(tr("Password"), box);
    }

    m_testButton = new QPushButton(tr("Test connection"), page);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel(page);
    m_testResult->setObjectName(QStringLiteral("connectionResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_channels = new QListWidget(page);
    m_channels->setObjectName(QStringLiteral("channelList"));
    m_channels->setMaximumHeight(110);
    m_channels->hide();
    {
        auto *box = new QWidget(page);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        auto *row = new QHBoxLayout;
        row->addWidget(m_testButton);
        row->addStretch(1);
        v->addLayout(row);
        v->addWidget(m_testResult);
        v->addWidget(m_channels);
        form->addRow(QString(), box);
    }

    m_notifyEnabled = new QCheckBox(tr("Receive Faspay's payment notifications"), page);
    m_notifyEnabled->setObjectName(QStringLiteral("notifyEnabled"));
    m_notifyListen = new QLineEdit(page);
    m_notifyListen->setObjectName(QStringLiteral("notifyListen"));
    m_notifyListen->setPlaceholderText(QStringLiteral("0.0.0.0:8765"));
    {
        auto *box = new QWidget(page);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(m_notifyEnabled);
        v->addWidget(m_notifyListen);
        auto *h = new QLabel(tr("Address and port to listen on (host:port). Faspay must be able "
                                "to reach it; without it Kasir asks Faspay for the status "
                                "itself."),
                             box);
        h->setWordWrap(true);
        h->setStyleSheet(QStringLiteral("color:#5f6b76;"));
        v->addWidget(h);
        v->addWidget(errorLabel(QStringLiteral("notification.listen"), box));
        m_fieldWidgets.insert(QStringLiteral("notification.listen"), m_notifyListen);
        form->addRow(tr("Notifications"), box);
    }

    m_billExpiry = new QSpinBox(page);
    m_billExpiry->setObjectName(QStringLiteral("billExpiry"));
    m_billExpiry->setRange(5, MaxBillExpiryMinutes);
    m_billExpiry->setSuffix(tr(" minutes"));
    form->addRow(tr("Bill valid for"),
                 wrap(m_billExpiry, QString(),
                      tr("How long the customer has to finish on the lender's page.")));

    m_browserEnabled = new QCheckBox(tr("Embedded browser (\"Open here\")"), page);
    m_browserEnabled->setObjectName(QStringLiteral("browserEnabled"));
    form->addRow(tr("Browser"),
                 wrap(m_browserEnabled, QString(),
                      tr("Off: the QR code only. Kasir then starts faster and uses about 50 MB "
                         "less memory (no graphics context for the browser). Applies from the "
                         "next start.")));

    m_lenderHosts = new QPlainTextEdit(page);
    m_lenderHosts->setObjectName(QStringLiteral("lenderHosts"));
    m_lenderHosts->setTabChangesFocus(true);
    m_lenderHosts->setFixedHeight(m_lenderHosts->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("Browser may open"),
                 wrap(m_lenderHosts, QStringLiteral("browser.hosts"),
                      tr("Hosts of Faspay's and the lenders' pages that the embedded browser "
                         "may open, separated by spaces; *.example.com includes every name "
                         "under example.com.")));

    m_returnUrl = new QLineEdit(page);
    m_returnUrl->setObjectName(QStringLiteral("returnUrl"));
    m_returnUrl->setPlaceholderText(QStringLiteral("https://toko.example/kasir/return"));
    form->addRow(tr("Return URL"),
                 wrap(m_returnUrl, QStringLiteral("browser.returnUrl"),
                      tr("The Return URL registered in Faspay's merchant portal. When the "
                         "embedded browser reaches it, Kasir checks the payment at once "
                         "instead of showing that page. Not needed in training.")));

    connect(m_environment, &QComboBox::currentIndexChanged, this, &SettingsDialog::revalidate);
    for (QLineEdit *e : {m_returnUrl, m_productionUrl, m_customUrl, m_merchantId, m_merchantName,
                         m_userId, m_notifyListen, m_password})
        connect(e, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_merchantId, &QLineEdit::editingFinished, this, &SettingsDialog::readKeychainStatus);
    connect(m_notifyEnabled, &QCheckBox::toggled, this, &SettingsDialog::revalidate);
    connect(m_lenderHosts, &QPlainTextEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    return page;
}

QWidget *SettingsDialog::buildPrinterPage()
{
    auto *page = new QWidget;
    auto *form = formOn(page);

    m_printerKind = new QComboBox(page);
    m_printerKind->setObjectName(QStringLiteral("printerKind"));
    m_printerKind->addItem(tr("No printer (PDF archive only)"), printerKindKey(PrinterKind::None));
    m_printerKind->addItem(tr("Printer installed on this computer"),
                           printerKindKey(PrinterKind::System));
    m_printerKind->addItem(tr("Receipt printer on the network (ESC/POS)"),
                           printerKindKey(PrinterKind::EscPosTcp));
    m_printerKind->addItem(tr("Receipt printer on USB or serial (ESC/POS)"),
                           printerKindKey(PrinterKind::EscPosDevice));
    form->addRow(tr("Printer"), m_printerKind);

    m_systemPrinter = new QComboBox(page);
    m_systemPrinter->setObjectName(QStringLiteral("systemPrinter"));
    m_systemPrinter->addItem(tr("System default printer"), QString());
    const QStringList printers = ReceiptPrinter::printerNames();
    for (const QString &name : printers)
        m_systemPrinter->addItem(name, name);
    form->addRow(tr("System printer"), m_systemPrinter);

    m_escposAddress = new QLineEdit(page);
    m_escposAddress->setObjectName(QStringLiteral("escposAddress"));
    m_escposAddress->setPlaceholderText(QStringLiteral("192.168.1.50:9100"));
    {
        auto *box = new QWidget(page);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(m_escposAddress);
        v->addWidget(errorLabel(QStringLiteral("printer.address"), box));
        m_fieldWidgets.insert(QStringLiteral("printer.address"), m_escposAddress);
        form->addRow(tr("Network address"), box);
    }
    m_escposDevice = new QLineEdit(page);
    m_escposDevice->setObjectName(QStringLiteral("escposDevice"));
    m_escposDevice->setPlaceholderText(QStringLiteral("/dev/usb/lp0"));
    {
        auto *box = new QWidget(page);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(m_escposDevice);
        v->addWidget(errorLabel(QStringLiteral("printer.device"), box));
        m_fieldWidgets.insert(QStringLiteral("printer.device"), m_escposDevice);
        form->addRow(tr("Device"), box);
    }
    m_paperWidth = new QComboBox(page);
    m_paperWidth->setObjectName(QStringLiteral("paperWidth"));
    m_paperWidth->addItem(tr("80 mm (48 characters)"), 80);
    m_paperWidth->addItem(tr("58 mm (32 characters)"), 58);
    form->addRow(tr("Paper width"), m_paperWidth);
    m_autoPrint = new QCheckBox(tr("Print the receipt as soon as a sale is paid"), page);
    m_autoPrint->setObjectName(QStringLiteral("autoPrint"));
    form->addRow(QString(), m_autoPrint);

    connect(m_printerKind, &QComboBox::currentIndexChanged, this, &SettingsDialog::revalidate);
    connect(m_escposAddress, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_escposDevice, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    return page;
}

QWidget *SettingsDialog::buildOtherPage()
{
    auto *page = new QWidget;
    auto *form = formOn(page);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Same as the computer"), QString());
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto *langBox = new QWidget(page);
    {
        auto *v = new QVBoxLayout(langBox);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(m_language);
        auto *h = new QLabel(tr("A new language shows the next time Kasir starts."), langBox);
        h->setStyleSheet(QStringLiteral("color:#5f6b76;"));
        v->addWidget(h);
    }
    form->addRow(tr("Language"), langBox);

    m_pinState = new QLabel(page);
    m_pinState->setObjectName(QStringLiteral("pinState"));
    m_pinState->setWordWrap(true);
    form->addRow(tr("Supervisor PIN"), m_pinState);
    const auto pinField = [&](const char *name, const QString &label, const QString &path) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(8);
        edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
        auto *box = new QWidget(page);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(edit);
        v->addWidget(errorLabel(path, box));
        m_fieldWidgets.insert(path, edit);
        form->addRow(label, box);
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
        return edit;
    };
    m_pinCurrent = pinField("pinCurrent", tr("Current PIN"), QStringLiteral("pin.current"));
    m_pinNew = pinField("pinNew", tr("New PIN"), QStringLiteral("pin.new"));
    m_pinRepeat = pinField("pinRepeat", tr("New PIN again"), QStringLiteral("pin.repeat"));
    return page;
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
    m_billExpiry->setValue(qBound(5, s.billExpiryMinutes, MaxBillExpiryMinutes));
    m_browserEnabled->setChecked(embeddedBrowserEnabled(*m_settings));
    m_lenderHosts->setPlainText(lenderHosts(*m_settings).join(QLatin1Char(' ')));
    m_returnUrl->setText(returnUrl(*m_settings).toString());
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

QString SettingsDialog::escPosText() const
{
    return m_escposAddress->text().trimmed();
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
    if (const std::optional<EscPosTarget> t = EscPosTarget::fromString(escPosText());
        t && t->kind == EscPosTarget::Kind::Network) {
        s.printer.host = t->host;
        s.printer.port = t->port;
    }
    s.printer.device = m_escposDevice->text().trimmed();
    s.printer.widthMm = m_paperWidth->currentData().toInt();
    s.printer.autoPrint = m_autoPrint->isChecked();
    s.language = m_language->currentData().toString();
    return s;
}

QStringList SettingsDialog::currentLenderHosts() const
{
    return splitHosts(m_lenderHosts->toPlainText());
}

QStringList SettingsDialog::lenderHosts(const QSettings &settings)
{
    const QVariant v = settings.value(QStringLiteral("browser/lenderHosts"));
    if (!v.isValid())
        return BrowserPane::defaultLenderHosts();
    return splitHosts(v.toStringList().join(QLatin1Char(' ')));
}

bool SettingsDialog::embeddedBrowserEnabled(const QSettings &settings)
{
    return settings.value(QStringLiteral("browser/enabled"), true).toBool();
}

QUrl SettingsDialog::returnUrl(const QSettings &settings)
{
    return QUrl(settings.value(QStringLiteral("browser/returnUrl")).toString(), QUrl::StrictMode);
}

void SettingsDialog::setLenderHosts(QSettings &settings, const QStringList &hosts)
{
    settings.setValue(QStringLiteral("browser/lenderHosts"), hosts);
}

// --- validation -------------------------------------------------------------------------------

QHash<QString, QString> SettingsDialog::validate(const AppSettings &s, const QString &currentPin,
                                                 const QString &newPin, const QString &repeatPin,
                                                 bool hadPin, const QString &escPosText,
                                                 const QStringList &hosts)
{
    QHash<QString, QString> e;
    if (s.store.name.trimmed().isEmpty())
        e.insert(QStringLiteral("store.name"),
                 QCoreApplication::translate("kasir::SettingsDialog", "Enter the store's name."));
    static const QRegularExpression terminalRe(QStringLiteral("^[A-Za-z0-9]{1,4}$"));
    if (!terminalRe.match(s.store.terminalCode).hasMatch())
        e.insert(QStringLiteral("store.terminal"),
                 QCoreApplication::translate(
                     "kasir::SettingsDialog",
                     "Use 1 to 4 letters or digits (A-Z, 0-9), without spaces."));

    const bool live = s.environment != GatewayEnvironment::Training;
    if (s.environment == GatewayEnvironment::Production) {
        const QUrl u = s.productionGatewayUrl;
        if (!u.isValid() || u.host().isEmpty() || u.scheme() != QLatin1String("https") ||
            !u.userInfo().isEmpty())
            e.insert(QStringLiteral("gateway.productionUrl"),
                     QCoreApplication::translate(
                         "kasir::SettingsDialog",
                         "Enter the https:// address Faspay gives for production, for "
                         "example https://web.faspay.co.id."));
    }
    if (s.environment == GatewayEnvironment::Custom) {
        const QUrl u = s.customGatewayUrl;
        const bool schemeOk = u.scheme() == QLatin1String("https") ||
                              (u.scheme() == QLatin1String("http") && isLoopbackHost(u.host()));
        if (!u.isValid() || u.host().isEmpty() || !schemeOk || !u.userInfo().isEmpty())
            e.insert(QStringLiteral("gateway.customUrl"),
                     QCoreApplication::translate(
                         "kasir::SettingsDialog",
                         "Enter an https:// address (plain http:// only for this "
                         "computer, 127.0.0.1)."));
    }
    static const QRegularExpression merchantRe(QStringLiteral("^[0-9]{5}$"));
    if ((live || !s.merchantId.isEmpty()) && !merchantRe.match(s.merchantId).hasMatch())
        e.insert(QStringLiteral("merchant.id"),
                 QCoreApplication::translate("kasir::SettingsDialog",
                                             "The merchant ID is 5 digits, as Faspay gave it."));
    if (live && s.merchantName.trimmed().isEmpty())
        e.insert(QStringLiteral("merchant.name"),
                 QCoreApplication::translate("kasir::SettingsDialog", "Enter the merchant name."));
    static const QRegularExpression userRe(QStringLiteral("^[A-Za-z0-9_.@-]{1,64}$"));
    if (!s.userId.isEmpty() && !userRe.match(s.userId).hasMatch())
        e.insert(
            QStringLiteral("merchant.userId"),
            QCoreApplication::translate("kasir::SettingsDialog",
                                        "Letters, digits and . _ - @ only, or leave it empty."));

    if (s.notificationReceiverEnabled) {
        const auto listen = parseListenAddress(s.notificationListen);
        if (!listen || listen->second == 0)
            e.insert(
                QStringLiteral("notification.listen"),
                QCoreApplication::translate("kasir::SettingsDialog",
                                            "Write it as address:port, for example 0.0.0.0:8765."));
    }

    if (s.printer.kind == PrinterKind::EscPosTcp) {
        const std::optional<EscPosTarget> t = EscPosTarget::fromString(escPosText);
        if (!t || t->kind != EscPosTarget::Kind::Network)
            e.insert(QStringLiteral("printer.address"),
                     QCoreApplication::translate(
                         "kasir::SettingsDialog",
                         "Enter the printer's address, for example 192.168.1.50:9100."));
    }
    if (s.printer.kind == PrinterKind::EscPosDevice) {
        const std::optional<EscPosTarget> t = EscPosTarget::fromString(s.printer.device);
        if (s.printer.device.isEmpty() || !t || t->kind != EscPosTarget::Kind::Device)
            e.insert(QStringLiteral("printer.device"),
                     QCoreApplication::translate(
                         "kasir::SettingsDialog",
                         "Enter the printer's device, for example /dev/usb/lp0."));
    }

    static const QRegularExpression hostRe(
        QStringLiteral("^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$|^\\[[0-9A-Fa-f:.]+\\]$"));
    for (const QString &h : hosts) {
        if (!hostRe.match(h).hasMatch()) {
            e.insert(QStringLiteral("browser.hosts"),
                     QCoreApplication::translate(
                         "kasir::SettingsDialog",
                         "\"%1\" is not a host name. Write names like web.faspay.co.id "
                         "or *.kredivo.com, separated by spaces.")
                         .arg(h));
            break;
        }
    }

    static const QRegularExpression pinRe(QStringLiteral("^[0-9]{4,8}$"));
    if (!newPin.isEmpty() || !repeatPin.isEmpty()) {
        if (!pinRe.match(newPin).hasMatch())
            e.insert(
                QStringLiteral("pin.new"),
                QCoreApplication::translate("kasir::SettingsDialog", "The PIN is 4 to 8 digits."));
        else if (repeatPin != newPin)
            e.insert(QStringLiteral("pin.repeat"),
                     QCoreApplication::translate("kasir::SettingsDialog",
                                                 "The two PINs are not the same."));
        if (hadPin && currentPin.isEmpty())
            e.insert(QStringLiteral("pin.current"),
                     QCoreApplication::translate("kasir::SettingsDialog",
                                                 "Enter the current PIN to change it."));
    }
    return e;
}

void SettingsDialog::revalidate()
{
    const AppSettings s = currentSettings();
    QHash<QString, QString> e =
        validate(s, m_pinCurrent->text(), m_pinNew->text(), m_pinRepeat->text(),
                 m_loaded.hasSupervisorPin(), escPosText(), currentLenderHosts());
    const QString returnText = m_returnUrl->text().trimmed();
    if (!returnText.isEmpty()) {
        const QUrl u(returnText, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() ||
            (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
            e.insert(QStringLiteral("browser.returnUrl"),
                     tr("Enter the whole address, starting with https://, as in Faspay's "
                        "portal."));
    }
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
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        QString message = m_errors.value(it.key());
        if (it.key() == QLatin1String("pin.current") && message.isEmpty())
            message = m_errors.value(QStringLiteral("pin.current.wrong"));
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
        setInvalid(m_fieldWidgets.value(it.key()), !message.isEmpty());
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
        for (QLabel *label : std::as_const(m_errorLabels))
            problem |= !label->isHidden() && page->isAncestorOf(label);
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
    m_testButton->setEnabled(!m_saving && !isTestingConnection() &&
                             !m_errors.contains(QStringLiteral("merchant.id")) &&
                             !m_errors.contains(QStringLiteral("gateway.customUrl")) &&
                             !m_errors.contains(QStringLiteral("gateway.productionUrl")));
    m_saveButton->setEnabled(canSave());
}

bool SettingsDialog::canSave() const
{
    return m_errors.isEmpty() && !m_saving;
}

bool SettingsDialog::isTestingConnection() const
{
    return m_call || m_testRequest != 0;
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
    if (result.request == m_testRequest) {
        m_testRequest = 0;
        if (!result.ok()) {
            const QString message = result.status == PasswordStore::Status::NotFound
                                        ? tr("Enter the password to test the connection.")
                                        : result.message.toString();
            m_testResult->setText(message);
            updateEnabled();
            Q_EMIT connectionTested(false, message);
            return;
        }
        runChannelInquiry(result.password);
    }
}

void SettingsDialog::showError(const QString &field, const QString &message)
{
    m_errors.insert(field, message);
    if (QLabel *label = m_errorLabels.value(field)) {
        label->setText(message);
        label->setVisible(true);
    }
    setInvalid(m_fieldWidgets.value(field), true);
    markTabs();
    m_saveButton->setEnabled(canSave());
}

// --- test connection --------------------------------------------------------------------------

void SettingsDialog::testConnection()
{
    if (isTestingConnection() || !m_testButton->isEnabled())
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
    const QString typed = m_password->text();
    if (!typed.isEmpty()) {
        runChannelInquiry(typed);
    } else if (qEnvironmentVariableIsSet("KASIR_FASPAY_PASSWORD")) {
        runChannelInquiry(qEnvironmentVariable("KASIR_FASPAY_PASSWORD"));
    } else if (m_passwords) {
        m_testRequest = m_passwords->read(s.merchantId);
    } else {
        const QString message = tr("Enter the password to test the connection.");
        m_testResult->setText(message);
        Q_EMIT connectionTested(false, message);
    }
    updateEnabled();
}

void SettingsDialog::runChannelInquiry(const QString &password)
{
    const AppSettings s = currentSettings();
    faspay::FaspayClientConfig config;
    config.baseUrl = s.environment == GatewayEnvironment::Production ? s.productionGatewayUrl
                     : s.environment == GatewayEnvironment::Custom
                         ? s.customGatewayUrl
                         : defaultGatewayUrl(s.environment);
    config.deadlineMs = 20000;
    config.maxRetries = 0;
    m_client = std::make_unique<faspay::FaspayClient>(m_network, config);
    const faspay::Credentials credentials{s.merchantId, s.merchantName, s.userId, password};
    m_call = m_client->send(faspay::FaspayOperation::ChannelInquiry,
                            faspay::buildChannelInquiry(credentials));
    updateEnabled();
    const QString host = config.baseUrl.host();
    connect(m_call.data(), &faspay::FaspayCall::finished, this,
            [this, host](const faspay::CallResult &result) {
                m_call = nullptr;
                QString message;
                bool ok = false;
                if (result.isAnswered()) {
                    const auto parsed = faspay::parseChannelListResponse(result.body);
                    if (parsed.ok() && parsed.value->isSuccess()) {
                        ok = true;
                        const faspay::ChannelCatalog catalog(parsed.value->channels);
                        m_channels->clear();
                        for (Channel ch : allChannels()) {
                            const std::optional<QString> code = catalog.code(ch);
                            auto *item = new QListWidgetItem(
                                code ? tr("✓ %1 (channel %2)").arg(channelDisplayName(ch), *code)
                                     : tr("✗ %1: %2")
                                           .arg(channelDisplayName(ch),
                                                catalog.unavailableReason(ch).toString()),
                                m_channels);
                            item->setData(Qt::UserRole, code.value_or(QString()));
                        }
                        m_channels->show();
                        message =
                            tr("Connected to Faspay as merchant %1. The merchant has %n "
                               "channel(s); Kasir can sell through these:",
                               nullptr, int(parsed.value->channels.size()))
                                .arg(parsed.value->merchantId.isEmpty() ? m_merchantId->text()
                                                                        : parsed.value->merchantId);
                    } else if (parsed.ok()) {
                        const QString code = parsed.value->header.responseCode;
                        message = tr("Faspay refused (code %1): %2")
                                      .arg(code, faspay::responseCodeText(code).toString());
                        if (code == QLatin1String("55"))
                            message +=
                                QLatin1Char(' ') + tr("Check the merchant ID, the user ID and the "
                                                      "password.");
                        else if (faspay::isConfigurationError(code))
                            message += QLatin1Char(' ') +
                                       tr("Ask Faspay to allow this store's internet address "
                                          "(IP whitelist) and to check that the account is "
                                          "active.");
                    } else {
                        message = tr("%1 answered, but not like Faspay does. Check the gateway "
                                     "address.")
                                      .arg(host);
                    }
                } else {
                    switch (result.failure) {
                    case faspay::CallFailure::Certificate:
                        message = tr("The secure connection to %1 was refused: its certificate "
                                     "is not valid. Check the gateway address; never use an "
                                     "address whose certificate is not trusted.")
                                      .arg(host);
                        break;
                    case faspay::CallFailure::InvalidRequest:
                        message = tr("The gateway address cannot be used. Check it.");
                        break;
                    case faspay::CallFailure::IdleTimeout:
                    case faspay::CallFailure::Deadline:
                        message = tr("%1 did not answer in time. Check the internet connection "
                                     "and try again.")
                                      .arg(host);
                        break;
                    case faspay::CallFailure::Network:
                        message = tr("%1 could not be reached. Check the internet connection "
                                     "and the gateway address.")
                                      .arg(host);
                        break;
                    default:
                        message = tr("%1 answered, but not like Faspay does (HTTP %2). Check "
                                     "the gateway address.")
                                      .arg(host)
                                      .arg(result.httpStatus);
                        break;
                    }
                    qCInfo(lcSettings) << "test connection failed:" << result.detail.left(300);
                }
                m_testResult->setText(message);
                updateEnabled();
                Q_EMIT connectionTested(ok, message);
            });
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
        if (QLabel *l = m_errorLabels.value(QStringLiteral("pin.current"))) {
            l->setText(tr("The current PIN is not right."));
            l->show();
        }
        m_pinCurrent->clear();
        m_saveButton->setEnabled(false);
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
    setLenderHosts(*m_settings, currentLenderHosts());
    m_settings->setValue(QStringLiteral("browser/returnUrl"), m_returnUrl->text().trimmed());
    m_settings->setValue(QStringLiteral("browser/enabled"), m_browserEnabled->isChecked());
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
    Q_EMIT saved(s);
    accept();
}

} // namespace kasir
