#pragma once

#include "core/receipt/receipt.h"

#include <QByteArray>

namespace kasir {

struct EscPosOptions
{
    // The lookup QR through the printer's own QR generator (GS ( k, model 2, error level M).
    // Printers without it print nothing for it; turn it off for them.
    bool qr = true;
    // Feed to the cutter and cut partially (GS V 66 0) at the end.
    bool cut = true;
};

// The receipt of receiptTextLayout() as ESC/POS bytes: ESC @ (reset), ESC t 0 and ESC R 0 (code
// page 437, USA character set; the text is printable ASCII, identical in every code page),
// ESC a for alignment, ESC ! for bold and double height (store name, TOTAL, the training band,
// which is also reversed with GS B), each line ended by LF, the QR, and the cut.
QByteArray escPosReceipt(const ReceiptData &data, int columns, const EscPosOptions &options = {});

} // namespace kasir
