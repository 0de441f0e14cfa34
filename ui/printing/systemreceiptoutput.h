#pragma once

#include "core/receipt/receiptoutput.h"
#include "core/receipt/receiptpainter.h"

#include <QPointer>

class QThread;

namespace kasir {

// Receipts on a system printer through QPrinter (ReceiptPrinter), printed on a worker thread of
// its own so that a slow or stuck print system never freezes the window. Jobs run one after the
// other; each gets exactly one printed(), delivered on the GUI thread. "ok" means the print
// system took the job; an unknown, stopped or failing printer is reported with what to do.
class SystemReceiptOutput : public ReceiptOutput
{
    Q_OBJECT

public:
    // `printerName` empty: the system's default printer.
    SystemReceiptOutput(QString printerName, ReceiptWidth width, QObject *parent = nullptr);
    ~SystemReceiptOutput() override;

    QString description() const override;
    void print(const ReceiptData &data, quint64 jobId) override;

    const QString &printerName() const { return m_printerName; }
    ReceiptWidth width() const { return m_width; }

private:
    class Worker;

    QString m_printerName;
    ReceiptWidth m_width;
    QThread *m_thread = nullptr;
    QPointer<Worker> m_worker;
};

} // namespace kasir
