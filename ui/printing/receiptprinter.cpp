#include "ui/printing/receiptprinter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>

namespace kasir {

QPageSize ReceiptPrinter::pageSize(const ReceiptData &data, ReceiptWidth width)
{
    const QSizeF size(receiptPaperWidthMm(width), receiptHeightMm(data, width));
    const QString name = width == ReceiptWidth::Mm58 ? QStringLiteral("Receipt 58 mm")
                                                     : QStringLiteral("Receipt 80 mm");
    return QPageSize(size, QPageSize::Millimeter, name, QPageSize::ExactMatch);
}

void ReceiptPrinter::configure(QPrinter *printer, const ReceiptData &data, ReceiptWidth width)
{
    printer->setFullPage(true);
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setPageSize(pageSize(data, width));
    printer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer->setCopyCount(1);
    printer->setColorMode(QPrinter::GrayScale);
    // The job's name in the print queue: the bill number tells receipts apart; nothing secret.
    printer->setDocName(QStringLiteral("Kasir %1%2")
                            .arg(data.billNo, data.copyNumber > 0
                                                  ? QStringLiteral(" copy %1").arg(data.copyNumber)
                                                  : QString()));
    printer->setCreator(QStringLiteral("Kasir"));
}

bool ReceiptPrinter::paint(QPrinter *printer, const ReceiptData &data, ReceiptWidth width,
                           QString *error)
{
    QPainter painter;
    if (!painter.begin(printer)) {
        if (error)
            *error = QCoreApplication::translate(
                         "kasir::ReceiptPrinter",
                         "The printer %1 could not be opened. Check that it is switched on and "
                         "installed in the system's printer settings, then print the receipt "
                         "again.")
                         .arg(printer->printerName().isEmpty()
                                  ? QCoreApplication::translate("kasir::ReceiptPrinter",
                                                                "(default printer)")
                                  : printer->printerName());
        return false;
    }
    const QRectF page = printer->pageLayout().fullRectPixels(printer->resolution());
    paintReceipt(&painter, page, data, width);
    const bool ended = painter.end();
    if (!ended || printer->printerState() == QPrinter::Error ||
        printer->printerState() == QPrinter::Aborted) {
        if (error)
            *error = QCoreApplication::translate(
                         "kasir::ReceiptPrinter",
                         "The printer %1 reported an error while printing. Check the printer, "
                         "then print the receipt again.")
                         .arg(printer->printerName());
        return false;
    }
    return true;
}

QPrintPreviewDialog *ReceiptPrinter::openPreview(const ReceiptData &data, ReceiptWidth width,
                                                 const QString &printerName, QWidget *parent)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    if (!printerName.isEmpty())
        printer->setPrinterName(printerName);
    configure(printer, data, width);
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        QCoreApplication::translate("kasir::ReceiptPrinter", "Receipt %1 — print preview")
            .arg(data.billNo));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [data, width](QPrinter *p) {
                         configure(p, data, width);
                         paint(p, data, width, nullptr);
                     });
    QObject::connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    dialog->setWindowModality(Qt::NonModal);
    dialog->show();
    return dialog;
}

QStringList ReceiptPrinter::printerNames()
{
    return QPrinterInfo::availablePrinterNames();
}

QString ReceiptPrinter::defaultPrinterName()
{
    return QPrinterInfo::defaultPrinterName();
}

} // namespace kasir
