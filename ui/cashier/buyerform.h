#pragma once

#include "core/common/translatabletext.h"
#include "core/customer/customer.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLineEdit;
class QTabWidget;

namespace kasir {

class FormField;

// The buyer: customer number, names, mobile phone and e-mail; the billing address; the shipping
// address with "same as billing". Three tabs, one focus chain: Tab and Enter walk through every
// field in order, across tabs, and leave the form after the last one (finished()).
//
// Problems come in as FieldErrors with the order-file paths ("customer.phone", "billing.city",
// "shipping.postcode") and are shown under their field: while typing for the fields the
// cashier has touched, and for all of them after revealAll() (Pay). Each tab's title counts its
// problems. Required fields (those the chosen channel needs) carry a mark.
//
// Convenience that saves typing at a counter: the billing names and phone follow the buyer's,
// and the customer number follows the phone number, until the cashier changes them.
class BuyerForm : public QWidget
{
    Q_OBJECT

public:
    enum Page { BuyerPage, BillingPage, ShippingPage };

    explicit BuyerForm(QWidget *parent = nullptr);

    Customer customer() const;
    Address billing() const;
    // nullopt when "same as billing" is ticked.
    std::optional<Address> shipping() const;
    bool shippingSameAsBilling() const;

    void setCustomer(const Customer &customer);
    void setBilling(const Address &address);
    void setShipping(const std::optional<Address> &address);
    void clear();

    // Every field path the form shows.
    QStringList fieldPaths() const;
    FormField *field(const QString &path) const { return m_fields.value(path); }
    QLineEdit *edit(const QString &path) const { return m_edits.value(path); }
    QCheckBox *sameAsBillingBox() const { return m_sameAsBilling; }
    QTabWidget *tabs() const { return m_tabs; }

    void setRequiredFields(const QSet<QString> &paths);
    void setFieldErrors(const FieldErrors &errors);
    // Shows every field's problem, not only the touched ones'.
    void revealAll();
    bool hasVisibleErrors() const;
    // Moves to the first field with a problem (its tab first); false when there is none.
    bool focusFirstError();
    void focusFirst();
    // Paths with a problem, as currently shown.
    QStringList visibleErrorPaths() const;

Q_SIGNALS:
    void changed();
    // Tab or Enter past the last field.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *addField(const QString &path, const QString &caption, const QString &placeholder,
                        int maxLength);
    QWidget *buildBuyerPage();
    QWidget *buildAddressPage(const QString &prefix);
    void fieldEdited(const QString &path);
    void applyFollow(const QString &from, const QString &to, const QString &value);
    void mirrorShipping();
    void showErrors();
    void updateTabTitles();
    QList<QWidget *> focusChain() const;
    bool moveFocus(QWidget *from, bool forward);
    int pageOf(QWidget *w) const;

    QTabWidget *m_tabs;
    QCheckBox *m_sameAsBilling = nullptr;
    QHash<QString, FormField *> m_fields;
    QHash<QString, QLineEdit *> m_edits;
    QStringList m_order; // field paths in focus order
    QHash<QString, int> m_page;
    QSet<QString> m_touched;
    QSet<QString> m_overridden; // followers the cashier changed by hand
    QHash<QString, QString> m_errors;
    bool m_revealAll = false;
    bool m_updating = false;
};

} // namespace kasir
