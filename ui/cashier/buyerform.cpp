#include "ui/cashier/buyerform.h"

#include "ui/widgets/formfield.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kasir {

namespace {
// Who follows whom until the cashier types into the follower.
struct Follow
{
    const char *from;
    const char *to;
};
constexpr Follow Follows[] = {
    {"customer.first_name", "billing.first_name"},
    {"customer.last_name", "billing.last_name"},
    {"customer.phone", "billing.phone"},
    {"customer.phone", "customer.id"},
};

QString addressPath(const QString &prefix, const char *name)
{
    return prefix + QLatin1Char('.') + QLatin1String(name);
}
} // namespace

BuyerForm::BuyerForm(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(QStringLiteral("buyerTabs"));
    m_tabs->setDocumentMode(false);
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus);
    // Each page scrolls vertically when the window is too short for it (1280×720, or every
    // field showing a message); the focused field is always scrolled into view.
    const auto scrolled = [](QWidget *page) {
        auto *area = new QScrollArea;
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return area;
    };
    m_tabs->addTab(scrolled(buildBuyerPage()), QString());
    m_tabs->addTab(scrolled(buildAddressPage(QStringLiteral("billing"))), QString());
    m_tabs->addTab(scrolled(buildAddressPage(QStringLiteral("shipping"))), QString());
    layout->addWidget(m_tabs);
    updateTabTitles();
    mirrorShipping();
}

QLineEdit *BuyerForm::addField(const QString &path, const QString &caption,
                               const QString &placeholder, int maxLength)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(path);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(maxLength);
    auto *field = new FormField(caption, edit);
    m_fields.insert(path, field);
    m_edits.insert(path, edit);
    m_order.append(path);
    m_page.insert(path, m_tabs->count());
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textEdited, this, [this, path] { fieldEdited(path); });
    return edit;
}

QWidget *BuyerForm::buildBuyerPage()
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(12, 10, 12, 4);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    addField(QStringLiteral("customer.first_name"), tr("First name"), tr("e.g. Budi"), 64);
    addField(QStringLiteral("customer.last_name"), tr("Last name"), tr("e.g. Santoso"), 64);
    addField(QStringLiteral("customer.phone"), tr("Mobile phone"), tr("0812 3456 7890"), 24);
    addField(QStringLiteral("customer.email"), tr("E-mail"), tr("name@example.com"), 128);
    addField(QStringLiteral("customer.id"), tr("Customer no."), tr("member no. or phone"), 32);
    m_edits.value(QStringLiteral("customer.phone"))
        ->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_edits.value(QStringLiteral("customer.email"))
        ->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_fields.value(QStringLiteral("customer.id"))
        ->setHint(tr("Taken from the phone number unless you type a member number."));
    grid->addWidget(m_fields.value(QStringLiteral("customer.first_name")), 0, 0);
    grid->addWidget(m_fields.value(QStringLiteral("customer.last_name")), 0, 1);
    grid->addWidget(m_fields.value(QStringLiteral("customer.phone")), 1, 0);
    grid->addWidget(m_fields.value(QStringLiteral("customer.email")), 1, 1);
    grid->addWidget(m_fields.value(QStringLiteral("customer.id")), 2, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    return page;
}

QWidget *BuyerForm::buildAddressPage(const QString &prefix)
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(12, 10, 12, 4);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    int row = 0;
    if (prefix == QLatin1String("shipping")) {
        m_sameAsBilling = new QCheckBox(tr("Same as the billing address"), page);
        m_sameAsBilling->setObjectName(QStringLiteral("sameAsBilling"));
        m_sameAsBilling->setChecked(true);
        m_sameAsBilling->installEventFilter(this);
        connect(m_sameAsBilling, &QCheckBox::toggled, this, [this] {
            mirrorShipping();
            showErrors();
            Q_EMIT changed();
        });
        grid->addWidget(m_sameAsBilling, row++, 0, 1, 3);
    }
    const auto path = [&prefix](const char *name) -> QString {
        return addressPath(prefix, name);
    };
    addField(path("first_name"),
             prefix == QLatin1String("shipping") ? tr("Receiver's first name") : tr("First name"),
             QString(), 64);
    addField(path("last_name"), tr("Last name"), QString(), 64);
    addField(path("phone"), tr("Phone"), tr("0812 3456 7890"), 24);
    addField(path("address"), tr("Street address"), tr("street, number, RT/RW, village"), 200);
    addField(path("postcode"), tr("Postcode"), tr("5 digits"), 10);
    addField(path("city"), tr("City / regency"), tr("e.g. Jakarta Pusat"), 50);
    addField(path("region"), tr("District"), tr("e.g. Menteng"), 100);
    addField(path("state"), tr("Province"), tr("e.g. DKI Jakarta"), 100);
    m_edits.value(path("phone"))->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_edits.value(path("postcode"))->setInputMethodHints(Qt::ImhDigitsOnly);
    grid->addWidget(m_fields.value(path("first_name")), row, 0);
    grid->addWidget(m_fields.value(path("last_name")), row, 1);
    grid->addWidget(m_fields.value(path("phone")), row, 2);
    ++row;
    grid->addWidget(m_fields.value(path("address")), row, 0, 1, 2);
    grid->addWidget(m_fields.value(path("postcode")), row, 2);
    ++row;
    grid->addWidget(m_fields.value(path("city")), row, 0);
    grid->addWidget(m_fields.value(path("region")), row, 1);
    grid->addWidget(m_fields.value(path("state")), row, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(row + 1, 1);
    return page;
}

QStringList BuyerForm::fieldPaths() const
{
    return m_order;
}

Customer BuyerForm::customer() const
{
    const auto t = [this](const char *p) -> QString {
        return m_edits.value(QLatin1String(p))->text().trimmed();
    };
    Customer c;
    c.id = t("customer.id");
    c.firstName = t("customer.first_name");
    c.lastName = t("customer.last_name");
    c.phone = t("customer.phone");
    c.email = t("customer.email");
    return c;
}

namespace {
Address readAddress(const QHash<QString, QLineEdit *> &edits, const QString &prefix)
{
    const auto t = [&](const char *name) -> QString {
        return edits.value(addressPath(prefix, name))->text().trimmed();
    };
    Address a;
    a.firstName = t("first_name");
    a.lastName = t("last_name");
    a.address = t("address");
    a.city = t("city");
    a.region = t("region");
    a.state = t("state");
    a.postcode = t("postcode");
    a.phone = t("phone");
    return a;
}

void writeAddress(const QHash<QString, QLineEdit *> &edits, const QString &prefix, const Address &a)
{
    const auto set = [&](const char *name, const QString &value) {
        edits.value(addressPath(prefix, name))->setText(value);
    };
    set("first_name", a.firstName);
    set("last_name", a.lastName);
    set("address", a.address);
    set("city", a.city);
    set("region", a.region);
    set("state", a.state);
    set("postcode", a.postcode);
    set("phone", a.phone);
}
} // namespace

Address BuyerForm::billing() const
{
    return readAddress(m_edits, QStringLiteral("billing"));
}

std::optional<Address> BuyerForm::shipping() const
{
    if (shippingSameAsBilling())
        return std::nullopt;
    return readAddress(m_edits, QStringLiteral("shipping"));
}

bool BuyerForm::shippingSameAsBilling() const
{
    return m_sameAsBilling->isChecked();
}

void BuyerForm::setCustomer(const Customer &c)
{
    m_updating = true;
    m_edits.value(QStringLiteral("customer.id"))->setText(c.id);
    m_edits.value(QStringLiteral("customer.first_name"))->setText(c.firstName);
    m_edits.value(QStringLiteral("customer.last_name"))->setText(c.lastName);
    m_edits.value(QStringLiteral("customer.phone"))->setText(c.phone);
    m_edits.value(QStringLiteral("customer.email"))->setText(c.email);
    m_updating = false;
    Q_EMIT changed();
}

void BuyerForm::setBilling(const Address &address)
{
    m_updating = true;
    writeAddress(m_edits, QStringLiteral("billing"), address);
    m_updating = false;
    mirrorShipping();
    Q_EMIT changed();
}

void BuyerForm::setShipping(const std::optional<Address> &address)
{
    m_updating = true;
    m_sameAsBilling->setChecked(!address.has_value());
    if (address)
        writeAddress(m_edits, QStringLiteral("shipping"), *address);
    m_updating = false;
    mirrorShipping();
    Q_EMIT changed();
}

void BuyerForm::clear()
{
    m_updating = true;
    for (QLineEdit *e : std::as_const(m_edits))
        e->clear();
    m_sameAsBilling->setChecked(true);
    m_updating = false;
    m_touched.clear();
    m_overridden.clear();
    m_errors.clear();
    m_revealAll = false;
    m_tabs->setCurrentIndex(BuyerPage);
    mirrorShipping();
    showErrors();
    Q_EMIT changed();
}

void BuyerForm::fieldEdited(const QString &path)
{
    if (m_updating)
        return;
    m_touched.insert(path);
    QLineEdit *edit = m_edits.value(path);
    for (const Follow &f : Follows) {
        if (path == QLatin1String(f.to)) {
            // Typing into a follower makes it the cashier's; emptying it lets it follow again.
            if (edit->text().trimmed().isEmpty())
                m_overridden.remove(path);
            else
                m_overridden.insert(path);
        }
    }
    for (const Follow &f : Follows) {
        if (path == QLatin1String(f.from))
            applyFollow(QLatin1String(f.from), QLatin1String(f.to), edit->text());
    }
    if (path.startsWith(QLatin1String("billing.")))
        mirrorShipping();
    showErrors();
    Q_EMIT changed();
}

void BuyerForm::applyFollow(const QString &from, const QString &to, const QString &value)
{
    if (m_overridden.contains(to))
        return;
    QString v = value.trimmed();
    if (from == QLatin1String("customer.phone") && to == QLatin1String("customer.id")) {
        // The customer number follows the phone in its national form when it is one.
        if (const std::optional<QString> national = normalizeIndonesianPhone(v))
            v = *national;
        else
            v.clear();
    }
    QLineEdit *target = m_edits.value(to);
    if (target->text() == v)
        return;
    m_updating = true;
    target->setText(v);
    m_updating = false;
    if (to.startsWith(QLatin1String("billing.")))
        mirrorShipping();
}

void BuyerForm::mirrorShipping()
{
    const bool same = m_sameAsBilling->isChecked();
    if (same) {
        m_updating = true;
        writeAddress(m_edits, QStringLiteral("shipping"), billing());
        m_updating = false;
    }
    for (const QString &path : std::as_const(m_order)) {
        if (path.startsWith(QLatin1String("shipping.")))
            m_fields.value(path)->setEnabled(!same);
    }
}

void BuyerForm::setRequiredFields(const QSet<QString> &paths)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setRequired(paths.contains(it.key()));
}

void BuyerForm::setFieldErrors(const FieldErrors &errors)
{
    QHash<QString, QString> next;
    for (const FieldError &e : errors) {
        if (m_fields.contains(e.field) && !next.contains(e.field))
            next.insert(e.field, e.message.toString());
    }
    m_errors = next;
    showErrors();
}

void BuyerForm::revealAll()
{
    m_revealAll = true;
    showErrors();
}

void BuyerForm::showErrors()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString &path = it.key();
        const bool disabledShipping =
            path.startsWith(QLatin1String("shipping.")) && m_sameAsBilling->isChecked();
        const bool show = !disabledShipping && (m_revealAll || m_touched.contains(path));
        it.value()->setError(show ? m_errors.value(path) : QString());
    }
    updateTabTitles();
}

QStringList BuyerForm::visibleErrorPaths() const
{
    QStringList out;
    for (const QString &path : m_order) {
        if (!m_fields.value(path)->error().isEmpty())
            out.append(path);
    }
    return out;
}

bool BuyerForm::hasVisibleErrors() const
{
    return !visibleErrorPaths().isEmpty();
}

void BuyerForm::updateTabTitles()
{
    const QString titles[] = {tr("Buyer"), tr("Billing address"), tr("Shipping address")};
    int counts[3] = {0, 0, 0};
    for (const QString &path : visibleErrorPaths())
        ++counts[m_page.value(path)];
    for (int i = 0; i < 3; ++i) {
        const QString title =
            counts[i] > 0 ? tr("%1 (%2)").arg(titles[i]).arg(counts[i]) : titles[i];
        m_tabs->setTabText(i, title);
        m_tabs->tabBar()->setTabTextColor(i, counts[i] > 0 ? theme::Attention : QColor());
    }
}

bool BuyerForm::focusFirstError()
{
    const QStringList paths = visibleErrorPaths();
    if (paths.isEmpty())
        return false;
    const QString &first = paths.first();
    m_tabs->setCurrentIndex(m_page.value(first));
    QLineEdit *edit = m_edits.value(first);
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    return true;
}

void BuyerForm::focusFirst()
{
    m_tabs->setCurrentIndex(BuyerPage);
    m_edits.value(m_order.first())->setFocus(Qt::ShortcutFocusReason);
}

QList<QWidget *> BuyerForm::focusChain() const
{
    QList<QWidget *> chain;
    for (const QString &path : m_order) {
        if (path == QLatin1String("shipping.first_name"))
            chain.append(m_sameAsBilling);
        if (const FormField *field = m_fields.value(path); field && field->isEnabled())
            chain.append(m_edits.value(path));
    }
    return chain;
}

int BuyerForm::pageOf(QWidget *w) const
{
    if (w == m_sameAsBilling)
        return ShippingPage;
    return m_page.value(w->objectName(), BuyerPage);
}

bool BuyerForm::moveFocus(QWidget *from, bool forward)
{
    const QList<QWidget *> chain = focusChain();
    const qsizetype i = chain.indexOf(from);
    if (i < 0)
        return false;
    const qsizetype next = forward ? i + 1 : i - 1;
    if (next < 0)
        return false; // let Qt move before the form
    if (next >= chain.size()) {
        Q_EMIT finished();
        return true;
    }
    QWidget *target = chain.at(next);
    m_tabs->setCurrentIndex(pageOf(target));
    target->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(target))
        edit->selectAll();
    return true;
}

bool BuyerForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto *edit = qobject_cast<QWidget *>(watched)) {
            if (auto *area = qobject_cast<QScrollArea *>(m_tabs->currentWidget()))
                area->ensureWidgetVisible(edit->parentWidget() ? edit->parentWidget() : edit, 0, 0);
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        auto *w = qobject_cast<QWidget *>(watched);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (w && plain) {
            switch (key->key()) {
            case Qt::Key_Tab:
                if (moveFocus(w, true))
                    return true;
                break;
            case Qt::Key_Backtab:
                if (moveFocus(w, false))
                    return true;
                break;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                // Enter confirms the field and goes on, like Tab.
                if (moveFocus(w, true))
                    return true;
                break;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kasir
