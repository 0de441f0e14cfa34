// The four tabs of the Settings dialog (ui/settingsdialog.h): display only. Every field with a
// rule is a FormField whose message line shows the rule's message (core/config/settingsrules.h).

#include "core/config/settingsrules.h"
#include "ui/backoffice/settingsdialog.h"
#include "ui/printing/receiptprinter.h"
#include "ui/widgets/formfield.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kasir {

namespace {

constexpr int MaxBillExpiryMinutes = 30 * 24 * 60; // Part A §7: at most 30 days

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

QLineEdit *lineEdit(QWidget *page, const char *name, const QString &placeholder = QString())
{
    auto *edit = new QLineEdit(page);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QPlainTextEdit *shortText(QWidget *page, const char *name)
{
    auto *edit = new QPlainTextEdit(page);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4);
    return edit;
}

} // namespace

FormField *SettingsDialog::addField(QFormLayout *form, const QString &label, QWidget *editor,
                                    const QString &path, const QString &help)
{
    auto *field = new FormField(label, editor, form->parentWidget());
    field->setCaptionBeside(help);
    if (!path.isEmpty()) {
        field->errorLabel()->setObjectName(QStringLiteral("error:") + path);
        m_fields.insert(path, field);
    }
    form->addRow(label, field);
    return field;
}

QWidget *SettingsDialog::buildStorePage()
{
    auto *page = new QWidget;
    auto *form = formOn(page);
    m_storeName = lineEdit(page, "storeName");
    m_storeName->setMaxLength(60);
    addField(form, tr("Store name"), m_storeName, QStringLiteral("store.name"),
             tr("Printed at the top of every receipt."));
    m_storeAddress = shortText(page, "storeAddress");
    addField(form, tr("Address"), m_storeAddress, QString(),
             tr("Also on the receipt; a telephone number may go on the last line."));
    m_terminal = lineEdit(page, "terminalCode");
    m_terminal->setMaxLength(8);
    addField(form, tr("Terminal code"), m_terminal, QStringLiteral("store.terminal"),
             tr("1 to 4 letters or digits, different for every counter of the store. It starts "
                "every bill number."));
    m_cashier = lineEdit(page, "cashierName");
    addField(form, tr("Cashier"), m_cashier, QString(), tr("Printed on receipts."));

    for (QLineEdit *e : {m_storeName, m_terminal, m_cashier})
        connect(e, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_storeAddress, &QPlainTextEdit::textChanged, this, &SettingsDialog::revalidate);
    return page;
}

QWidget *SettingsDialog::buildGatewayPage()
{
    auto *page = new QWidget;
    auto *form = formOn(page);

    m_environment = new QComboBox(page);
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->addItem(tr("Training (practice gateway built into Kasir, no money moves)"),
                           gatewayEnvironmentKey(GatewayEnvironment::Training));
    m_environment->addItem(tr("Faspay sandbox (test account)"),
                           gatewayEnvironmentKey(GatewayEnvironment::FaspaySandbox));
    m_environment->addItem(tr("Production (real payments)"),
                           gatewayEnvironmentKey(GatewayEnvironment::Production));
    m_environment->addItem(tr("Custom address"), gatewayEnvironmentKey(GatewayEnvironment::Custom));
    addField(form, tr("Environment"), m_environment, QString());

    m_productionUrl = lineEdit(page, "productionUrl", QStringLiteral("https://web.faspay.co.id"));
    addField(form, tr("Production address"), m_productionUrl,
             QStringLiteral("gateway.productionUrl"),
             tr("Faspay shows the production address in its merchant portal "
                "(Settings, Credentials)."));
    m_customUrl = lineEdit(page, "customUrl", QStringLiteral("https://"));
    addField(form, tr("Custom address"), m_customUrl, QStringLiteral("gateway.customUrl"));

    m_merchantId = lineEdit(page, "merchantId");
    m_merchantId->setMaxLength(5);
    m_merchantId->setInputMethodHints(Qt::ImhDigitsOnly);
    addField(form, tr("Merchant ID"), m_merchantId, QStringLiteral("merchant.id"),
             tr("The 5-digit merchant code from Faspay."));
    m_merchantName = lineEdit(page, "merchantName");
    m_merchantName->setMaxLength(32);
    addField(form, tr("Merchant name"), m_merchantName, QStringLiteral("merchant.name"));
    m_userId = lineEdit(page, "userId");
    addField(form, tr("User ID"), m_userId, QStringLiteral("merchant.userId"),
             tr("Leave empty to use the usual one shown in grey."));

    m_password = lineEdit(page, "password");
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                    Qt::ImhSensitiveData);
    // The help line of the password says where it is kept (setKeychainStatus).
    FormField *password =
        addField(form, tr("Password"), m_password, QStringLiteral("password"), QStringLiteral(" "));
    m_keychainStatus = password->helpLabel();
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));

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
    m_notifyListen = lineEdit(page, "notifyListen", QStringLiteral("0.0.0.0:8765"));
    auto *notify = new QWidget(page);
    {
        auto *v = new QVBoxLayout(notify);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(m_notifyEnabled);
        v->addWidget(m_notifyListen);
    }
    addField(form, tr("Notifications"), notify, QStringLiteral("notification.listen"),
             tr("Address and port to listen on (host:port). Faspay must be able to reach it; "
                "without it Kasir asks Faspay for the status itself."));

    m_billExpiry = new QSpinBox(page);
    m_billExpiry->setObjectName(QStringLiteral("billExpiry"));
    m_billExpiry->setRange(5, MaxBillExpiryMinutes);
    m_billExpiry->setSuffix(tr(" minutes"));
    addField(form, tr("Bill valid for"), m_billExpiry, QString(),
             tr("How long the customer has to finish on the lender's page."));

    m_browserEnabled = new QCheckBox(tr("Embedded browser (\"Open here\")"), page);
    m_browserEnabled->setObjectName(QStringLiteral("browserEnabled"));
    addField(form, tr("Browser"), m_browserEnabled, QString(),
             tr("Off: the QR code only. Kasir then starts faster and uses about 50 MB "
                "less memory (no graphics context for the browser). Applies from the "
                "next start."));

    m_lenderHosts = shortText(page, "lenderHosts");
    addField(form, tr("Browser may open"), m_lenderHosts, QStringLiteral("browser.hosts"),
             tr("Hosts of Faspay's and the lenders' pages that the embedded browser "
                "may open, separated by spaces; *.example.com includes every name "
                "under example.com."));

    m_returnUrl = lineEdit(page, "returnUrl", QStringLiteral("https://toko.example/kasir/return"));
    addField(form, tr("Return URL"), m_returnUrl, QStringLiteral("browser.returnUrl"),
             tr("The Return URL registered in Faspay's merchant portal. When the "
                "embedded browser reaches it, Kasir checks the payment at once "
                "instead of showing that page. Not needed in training."));

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

    m_escposAddress = lineEdit(page, "escposAddress", QStringLiteral("192.168.1.50:9100"));
    addField(form, tr("Network address"), m_escposAddress, QStringLiteral("printer.address"));
    m_escposDevice = lineEdit(page, "escposDevice", QStringLiteral("/dev/usb/lp0"));
    addField(form, tr("Device"), m_escposDevice, QStringLiteral("printer.device"));
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
    addField(form, tr("Language"), m_language, QString(),
             tr("A new language shows the next time Kasir starts."));

    m_pinState = new QLabel(page);
    m_pinState->setObjectName(QStringLiteral("pinState"));
    m_pinState->setWordWrap(true);
    form->addRow(tr("Supervisor PIN"), m_pinState);
    const auto pinField = [&](const char *name, const QString &label, const QString &path) {
        QLineEdit *edit = lineEdit(page, name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(8);
        edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
        addField(form, label, edit, path);
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
        return edit;
    };
    m_pinCurrent = pinField("pinCurrent", tr("Current PIN"), QStringLiteral("pin.current"));
    m_pinNew = pinField("pinNew", tr("New PIN"), QStringLiteral("pin.new"));
    m_pinRepeat = pinField("pinRepeat", tr("New PIN again"), QStringLiteral("pin.repeat"));
    return page;
}

} // namespace kasir
