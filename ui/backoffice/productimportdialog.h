#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kasir {

class ProductCatalog;

// Imports a product list (CSV from a spreadsheet: sku, name, price, barcodes) into the journal's
// catalog and shows the report: how many were added and updated, and every rejected row with
// its line number and the reason. Non-modal; the file is picked with a non-modal file dialog or
// typed in.
class ProductImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProductImportDialog(ProductCatalog *catalog, QWidget *parent = nullptr);

    // Imports `path`; false when the file could not be read or the journal refused (the dialog
    // says why). Rejected rows are not a failure: they are listed.
    bool importFile(const QString &path);

    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *rejectedTable() const { return m_rejected; }
    QLineEdit *pathEdit() const { return m_path; }

Q_SIGNALS:
    // Products were added or updated.
    void catalogChanged();

private:
    void browse();

    ProductCatalog *m_journal;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_import;
    QLabel *m_summary;
    QTableWidget *m_rejected;
};

} // namespace kasir
