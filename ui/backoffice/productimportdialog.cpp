#include "ui/backoffice/productimportdialog.h"

#include "core/journal/readers.h"
#include "ui/widgets/theme.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kasir {

ProductImportDialog::ProductImportDialog(ProductCatalog *journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose file…"), this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_summary(new QLabel(this))
    , m_rejected(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("productImportDialog"));
    setWindowTitle(tr("Import products"));
    setStyleSheet(theme::styleSheet());
    resize(760, 480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A CSV file from a spreadsheet, one product a line: SKU, name, price in rupiah, and "
           "barcodes (several separated by |). A header line may name the columns. Products with "
           "a SKU already in the catalog are updated."),
        this);
    intro->setWordWrap(true);
    theme::setRole(intro, "muted");
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("csvPath"));
    m_path->setPlaceholderText(tr("/path/to/products.csv"));
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    m_import->setAutoDefault(true);
    m_import->setDefault(true);
    theme::setRole(m_import, "primary");
    row->addWidget(m_import);
    layout->addLayout(row);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_rejected->setObjectName(QStringLiteral("rejectedRows"));
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Why it was not imported")});
    m_rejected->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rejected->verticalHeader()->setVisible(false);
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setWordWrap(true);
    m_rejected->hide();
    layout->addWidget(m_rejected, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_browse, &QPushButton::clicked, this, &ProductImportDialog::browse);
    connect(m_import, &QPushButton::clicked, this,
            [this] { importFile(m_path->text().trimmed()); });
}

void ProductImportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Product list"), QString(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_path->setText(file);
        importFile(file);
    });
    dialog->open();
}

bool ProductImportDialog::importFile(const QString &path)
{
    m_rejected->setRowCount(0);
    m_rejected->hide();
    theme::setRole(m_summary, "error");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("The file \"%1\" cannot be read: %2. Check the name and try again.")
                               .arg(path, file.errorString()));
        return false;
    }
    JournalError error;
    const std::optional<ProductImportReport> report = m_journal->importProductsCsv(file, &error);
    if (!report) {
        m_summary->setText(tr("Nothing was imported: %1").arg(error.message.toString()));
        return false;
    }
    const QString counts = tr("Added: %1, updated: %2, rejected rows: %3.")
                               .arg(report->added)
                               .arg(report->updated)
                               .arg(report->rejected.size());
    theme::setRole(m_summary, report->rejected.isEmpty() ? "muted" : "hint");
    m_summary->setText(report->rejected.isEmpty()
                           ? counts
                           : counts + QLatin1Char(' ') +
                                 tr("Fix the rejected rows in the file and import it again; "
                                    "the others are in the catalog already."));
    m_rejected->setRowCount(int(report->rejected.size()));
    for (int i = 0; i < report->rejected.size(); ++i) {
        const RowRejection &r = report->rejected.at(i);
        auto *line = new QTableWidgetItem(QString::number(r.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejected->setItem(i, 0, line);
        m_rejected->setItem(i, 1, new QTableWidgetItem(r.message.toString()));
    }
    m_rejected->setVisible(!report->rejected.isEmpty());
    if (report->added + report->updated > 0)
        Q_EMIT catalogChanged();
    return true;
}

} // namespace kasir
