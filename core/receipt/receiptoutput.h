#pragma once

#include "core/receipt/receipt.h"

#include <QObject>

namespace kasir {

// Where a receipt goes besides the PDF archive: a system printer (ui, QPrinter) or a thermal
// printer over ESC/POS (core). Asynchronous: print() returns at once and printed() reports the
// outcome for that job, exactly once. The window never waits for a printer.
class ReceiptOutput : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ReceiptOutput() override = default;

    // A short name for messages ("EPSON TM-T82 (192.168.1.50:9100)").
    virtual QString description() const = 0;
    virtual void print(const ReceiptData &data, quint64 jobId) = 0;

Q_SIGNALS:
    void printed(quint64 jobId, bool ok, const QString &error);
};

} // namespace kasir
