#pragma once

#include "core/receipt/receipt.h"

#include <QRectF>

class QPainter;

namespace kasir {

// Thermal paper rolls: 58 mm (about 48 mm printable) and 80 mm (about 72 mm printable).
enum class ReceiptWidth { Mm58, Mm80 };

qreal receiptPaperWidthMm(ReceiptWidth width);     // 58, 80
qreal receiptPrintableWidthMm(ReceiptWidth width); // 48, 72

// The height the painted receipt needs, margins included, so that a PDF page or a roll printer's
// page can be cut to the content. Never less than the paper width (pages stay portrait).
qreal receiptHeightMm(const ReceiptData &data, ReceiptWidth width);

// Paints the receipt for PDF and for the system printer (QPrinter, in ui). `pageRect` is the
// paper in the painter's coordinates; the printable width is centred in it (narrower when the
// rect is narrower) and the content starts at its top. Millimetres are converted with the
// device's logical resolution, fonts are in points, so the result is the same size on any
// device. Black on white only: thermal heads print no grey.
void paintReceipt(QPainter *painter, const QRectF &pageRect, const ReceiptData &data,
                  ReceiptWidth width);

} // namespace kasir
