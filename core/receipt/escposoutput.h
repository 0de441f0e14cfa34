#pragma once

#include "core/receipt/escpos.h"
#include "core/receipt/escpossender.h"
#include "core/receipt/receiptoutput.h"

#include <QList>

#include <chrono>

namespace kasir {

// A thermal receipt printer spoken to in ESC/POS over the network (raw port 9100) or a device
// file, through EscPosSender. Jobs are sent one after the other in the order given; each gets
// exactly one printed() with the sender's message when it fails (printer off, refused, out of
// paper, unplugged). Nothing is retried here: ReceiptService keeps a failed receipt queued
// for a reprint.
class EscPosReceiptOutput : public ReceiptOutput
{
    Q_OBJECT

public:
    EscPosReceiptOutput(EscPosTarget target, int columns, EscPosOptions options = {},
                        QObject *parent = nullptr);
    ~EscPosReceiptOutput() override;

    QString description() const override;
    void print(const ReceiptData &data, quint64 jobId) override;

    const EscPosTarget &target() const { return m_target; }
    int columns() const { return m_columns; }
    void setTimeouts(std::chrono::milliseconds connect, std::chrono::milliseconds write);
    // Jobs waiting behind the one being sent.
    int pendingJobs() const { return int(m_queue.size()); }

private:
    void startNext();
    void onFinished(bool ok, const QString &error);

    struct Job
    {
        quint64 id = 0;
        QByteArray bytes;
    };

    EscPosTarget m_target;
    int m_columns;
    EscPosOptions m_options;
    EscPosSender *m_sender;
    QList<Job> m_queue;
    quint64 m_current = 0;
    bool m_busy = false;
};

} // namespace kasir
