#pragma once

#include "core/receipt/receipt.h"
#include "core/receipt/receiptpainter.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace kasir {

// The receipt on the operating system's printers (CUPS on Linux, the spooler on Windows):
// a page exactly as wide as the roll (58 or 80 mm) and as tall as the receipt, no margins, the
// painted layout of core/receipt (paintReceipt). Blocking calls; SystemReceiptOutput runs them
// on a worker thread.
class ReceiptPrinter
{
public:
    // Width × receiptHeightMm(data, width), in millimetres, an exact custom size.
    static QPageSize pageSize(const ReceiptData &data, ReceiptWidth width);
    // Sets the page size, zero margins, full page and the job's name on `printer`.
    static void configure(QPrinter *printer, const ReceiptData &data, ReceiptWidth width);
    // Paints the receipt on a configured printer as one page. False with `error` (for the
    // cashier) when the printer cannot be opened or reports an error.
    static bool paint(QPrinter *printer, const ReceiptData &data, ReceiptWidth width,
                      QString *error);

    // A print preview of the receipt, shown without blocking the window (it deletes itself
    // when closed). "Print" in it prints to the printer chosen there.
    static QPrintPreviewDialog *openPreview(const ReceiptData &data, ReceiptWidth width,
                                            const QString &printerName, QWidget *parent);

    // The system's printers; the default one's name (empty when none).
    static QStringList printerNames();
    static QString defaultPrinterName();
};

} // namespace kasir
