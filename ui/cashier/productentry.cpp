#include "ui/cashier/productentry.h"

#include "core/journal/readers.h"
#include "ui/widgets/theme.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace kasir {

namespace {
constexpr int ProductRole = Qt::UserRole + 1;
constexpr int SuggestionLimit = 12;

// "3*SKU", "3 x SKU", "3×SKU": a quantity before the code.
struct QtyAndCode
{
    qint64 qty = 1;
    QString code;
};
QtyAndCode splitQuantity(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,5})\\s*[*xX×]\\s*(\\S.*)$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {1, text.trimmed()};
    return {m.captured(1).toLongLong(), m.captured(2).trimmed()};
}
} // namespace

ProductEntry::ProductEntry(const ProductCatalog *journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_edit(new QLineEdit(this))
    , m_feedback(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_suggestions(new QStandardItemModel(this))
    , m_searchDelay(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    m_edit->setObjectName(QStringLiteral("productEntry"));
    m_edit->setPlaceholderText(tr("Scan, or type a code or part of a name, then Enter"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(200);
    m_edit->setAccessibleName(tr("Product code or name"));
    layout->addWidget(m_edit);
    m_feedback->setObjectName(QStringLiteral("productFeedback"));
    theme::setRole(m_feedback, "muted");
    m_feedback->setWordWrap(true);
    // Two lines kept (a long product name and Faspay's note on it): a message never moves the
    // cart, and its second line is never drawn over the search field.
    m_feedback->setFixedHeight(m_feedback->fontMetrics().lineSpacing() * 2 + 2);
    m_feedback->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_feedback);

    m_completer->setModel(m_suggestions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(SuggestionLimit);
    m_completer->setWidget(m_edit);
    m_completer->popup()->setObjectName(QStringLiteral("productSuggestions"));
    m_completer->popup()->installEventFilter(this);
    m_edit->installEventFilter(this);

    // Search as the cashier types, a moment after the last key (a scanner's burst never waits).
    m_searchDelay->setObjectName(QStringLiteral("productSearchDelay"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_searchDelay, &QTimer::timeout, this, &ProductEntry::updateSuggestions);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        clearFeedback();
        m_searchDelay->start();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { chooseFromSuggestion(index); });
}

void ProductEntry::focusEntry()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void ProductEntry::openNameSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    updateSuggestions();
    if (m_suggestions->rowCount() > 0) {
        m_completer->complete();
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
}

void ProductEntry::updateSuggestions()
{
    m_searchDelay->stop();
    const QtyAndCode q = splitQuantity(m_edit->text());
    m_pendingQty = q.qty;
    const QList<Product> found = m_journal->searchProducts(q.code, SuggestionLimit);
    m_suggestions->clear();
    const QLocale locale;
    for (const Product &p : found) {
        auto *item = new QStandardItem(
            QStringLiteral("%1   ·   %2   ·   %3").arg(p.name, p.sku, p.unitPrice.format(locale)));
        item->setData(QVariant::fromValue(p.sku), ProductRole);
        m_suggestions->appendRow(item);
    }
    if (m_edit->hasFocus() && !q.code.isEmpty() && !found.isEmpty()) {
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    } else if (found.isEmpty()) {
        m_completer->popup()->hide();
    }
}

bool ProductEntry::chooseFromSuggestion(const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    const QString sku = index.data(ProductRole).toString();
    const std::optional<Product> p = m_journal->productBySku(sku);
    if (!p)
        return false;
    choose(*p, m_pendingQty);
    return true;
}

bool ProductEntry::submit(const QString &text)
{
    const QtyAndCode q = splitQuantity(text);
    m_searchDelay->stop();
    if (q.code.isEmpty())
        return false;
    JournalError error;
    if (const std::optional<Product> p = m_journal->productByCode(q.code, &error)) {
        choose(*p, q.qty);
        return true;
    }
    if (error.isError()) {
        showFeedback(error.message.toString(), true);
        return false;
    }
    const QList<Product> found = m_journal->searchProducts(q.code, 2);
    if (found.size() == 1) {
        choose(found.first(), q.qty);
        return true;
    }
    if (found.size() > 1) {
        m_edit->setText(text);
        updateSuggestions();
        m_completer->complete();
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
        showFeedback(
            tr("Several products match \"%1\": pick one with the arrows and Enter.").arg(q.code),
            false);
        return false;
    }
    showFeedback(tr("No product with the code or name \"%1\". Check the code, or import the "
                    "product list.")
                     .arg(q.code),
                 true);
    m_edit->selectAll();
    return false;
}

void ProductEntry::choose(const Product &product, qint64 qty)
{
    m_completer->popup()->hide();
    m_edit->clear();
    m_pendingQty = 1;
    Q_EMIT productChosen(product, qty);
}

void ProductEntry::showFeedback(const QString &text, bool error)
{
    m_feedback->setText(text);
    theme::setRole(m_feedback, error ? "error" : "muted");
}

void ProductEntry::clearFeedback()
{
    m_feedback->clear();
}

bool ProductEntry::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_completer->popup() && enter) {
            const QModelIndex current = m_completer->popup()->currentIndex();
            if (current.isValid()) {
                chooseFromSuggestion(current);
            } else {
                m_completer->popup()->hide();
                submit(m_edit->text());
            }
            return true;
        }
        if (watched == m_edit && enter) {
            submit(m_edit->text());
            return true;
        }
        if (watched == m_edit && key->key() == Qt::Key_Down && !m_completer->popup()->isVisible()) {
            openNameSearch();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kasir
