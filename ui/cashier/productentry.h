#pragma once

#include "core/catalog/product.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace kasir {

class ProductCatalog;

// Where products come into the sale: scan a barcode, type a SKU or an alias, or type part of a
// name and pick from the list (F3 opens it). Enter adds. "3*SKU" (or "3x SKU") adds three.
// Says what was added, or why nothing was, on the line under the field.
class ProductEntry : public QWidget
{
    Q_OBJECT

public:
    explicit ProductEntry(const ProductCatalog *catalog, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *feedbackLabel() const { return m_feedback; }
    QCompleter *completer() const { return m_completer; }

    // What a scanner gave (or Enter in the field): a code first, then a name with one match.
    // True when a product was chosen.
    bool submit(const QString &text);
    // F2: the field, ready for a code. F3: the name list.
    void focusEntry();
    void openNameSearch();
    void showFeedback(const QString &text, bool error);
    void clearFeedback();

Q_SIGNALS:
    void productChosen(const kasir::Product &product, qint64 qty);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSuggestions();
    void choose(const Product &product, qint64 qty);
    bool chooseFromSuggestion(const QModelIndex &index);

    const ProductCatalog *m_journal;
    QLineEdit *m_edit;
    QLabel *m_feedback;
    QCompleter *m_completer;
    QStandardItemModel *m_suggestions;
    QTimer *m_searchDelay;
    qint64 m_pendingQty = 1;
};

} // namespace kasir
