#pragma once

#include "core/receipt/receipt.h"
#include "core/receipt/receiptpainter.h"

#include <QString>

namespace kasir {

// Writes the painted receipt as a one-page PDF: page width the paper's (58 or 80 mm), height
// the content's (receiptHeightMm), no margins, title and creator set. Written atomically
// (QSaveFile): the file at `path` is either the old one or the complete new one. The folder is
// made when missing. On failure returns false and, when `error` is given, says why and what to
// do, in the window's language.
bool writeReceiptPdf(const ReceiptData &data, ReceiptWidth width, const QString &path,
                     QString *error);

// Where the archived PDF of a receipt goes in the data folder:
//     <dataDir>/receipts/<yyyy>/<MM>/<bill_no>.pdf            the original
//     <dataDir>/receipts/<yyyy>/<MM>/<bill_no>-copy-<n>.pdf   the n-th reprint
// year and month of the sale in WIB; training receipts under receipts/training/<yyyy>/<MM>/, so
// that they never mix with real sales. A bill_no with characters other than [A-Za-z0-9-_] (which
// valid ones never have) has them replaced by '_'.
QString receiptArchivePath(const QString &dataDir, const ReceiptData &data);

} // namespace kasir
