#include "core/receipt/escposoutput.h"

namespace kasir {

EscPosReceiptOutput::EscPosReceiptOutput(EscPosTarget target, int columns, EscPosOptions options,
                                         QObject *parent)
    : ReceiptOutput(parent)
    , m_target(std::move(target))
    , m_columns(columns)
    , m_options(options)
    , m_sender(new EscPosSender(m_target, this))
{
    connect(m_sender, &EscPosSender::finished, this, &EscPosReceiptOutput::onFinished);
}

EscPosReceiptOutput::~EscPosReceiptOutput() = default;

QString EscPosReceiptOutput::description() const
{
    return tr("ESC/POS receipt printer (%1)").arg(m_target.toString());
}

void EscPosReceiptOutput::setTimeouts(std::chrono::milliseconds connect,
                                      std::chrono::milliseconds write)
{
    m_sender->setConnectTimeout(connect);
    m_sender->setWriteTimeout(write);
}

void EscPosReceiptOutput::print(const ReceiptData &data, quint64 jobId)
{
    // Encoded now: the data may change (a later copy number) before the job's turn comes.
    m_queue.append(Job{jobId, escPosReceipt(data, m_columns, m_options)});
    if (!m_busy)
        startNext();
}

void EscPosReceiptOutput::startNext()
{
    while (!m_busy && !m_queue.isEmpty()) {
        const Job job = m_queue.takeFirst();
        m_current = job.id;
        m_busy = m_sender->send(job.bytes);
        if (!m_busy) {
            // The sender refuses only while it is running, which m_busy rules out; report it
            // (later, never from inside print()) rather than lose the job.
            const QString error =
                tr("The receipt printer is busy. Print the receipt again in a moment.");
            QMetaObject::invokeMethod(
                this, [this, id = job.id, error] { Q_EMIT printed(id, false, error); },
                Qt::QueuedConnection);
        }
    }
}

void EscPosReceiptOutput::onFinished(bool ok, const QString &error)
{
    const quint64 id = m_current;
    m_busy = false;
    m_current = 0;
    Q_EMIT printed(id, ok, error);
    startNext();
}

} // namespace kasir
