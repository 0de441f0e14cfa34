#include "ui/printing/systemreceiptoutput.h"

#include "ui/printing/receiptprinter.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QPrinterInfo>
#include <QThread>

namespace kasir {

// Lives on the worker thread; every QPrinter is made, used and destroyed there.
class SystemReceiptOutput::Worker : public QObject
{
    Q_OBJECT

public:
    Worker(QString printerName, ReceiptWidth width)
        : m_printerName(std::move(printerName))
        , m_width(width)
    {}

    void print(const ReceiptData &data, quint64 jobId)
    {
        QString error;
        const bool ok = printOne(data, &error);
        Q_EMIT done(jobId, ok, error);
    }

Q_SIGNALS:
    void done(quint64 jobId, bool ok, const QString &error);

private:
    bool printOne(const ReceiptData &data, QString *error)
    {
        const QPrinterInfo info = m_printerName.isEmpty()
                                      ? QPrinterInfo::defaultPrinter()
                                      : QPrinterInfo::printerInfo(m_printerName);
        if (info.isNull()) {
            *error = m_printerName.isEmpty()
                         ? QCoreApplication::translate(
                               "kasir::SystemReceiptOutput",
                               "No default printer is set up. Choose the receipt printer in "
                               "Settings, then print the receipt again.")
                         : QCoreApplication::translate(
                               "kasir::SystemReceiptOutput",
                               "The printer %1 is not installed on this computer. Check its name "
                               "in Settings, then print the receipt again.")
                               .arg(m_printerName);
            return false;
        }
        if (info.state() == QPrinter::Error) {
            *error = QCoreApplication::translate(
                         "kasir::SystemReceiptOutput",
                         "The printer %1 reports an error. Check it (paper, cover, cable) and "
                         "the system's print queue, then print the receipt again.")
                         .arg(info.printerName());
            return false;
        }
        QPrinter printer(info, QPrinter::HighResolution);
        ReceiptPrinter::configure(&printer, data, m_width);
        return ReceiptPrinter::paint(&printer, data, m_width, error);
    }

    QString m_printerName;
    ReceiptWidth m_width;
};

SystemReceiptOutput::SystemReceiptOutput(QString printerName, ReceiptWidth width, QObject *parent)
    : ReceiptOutput(parent)
    , m_printerName(std::move(printerName))
    , m_width(width)
    , m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("kasir-printer"));
    m_worker = new Worker(m_printerName, m_width);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker.data(), &QObject::deleteLater);
    connect(m_worker.data(), &Worker::done, this, &SystemReceiptOutput::printed,
            Qt::QueuedConnection);
    m_thread->start();
}

SystemReceiptOutput::~SystemReceiptOutput()
{
    m_thread->quit();
    // A print system that hangs must not hang the exit: after a grace period the thread is
    // left to finish on its own and deletes itself.
    if (m_thread->wait(QDeadlineTimer(5000))) {
        delete m_thread;
    } else {
        QObject::connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
}

QString SystemReceiptOutput::description() const
{
    return m_printerName.isEmpty() ? tr("System default printer")
                                   : tr("System printer %1").arg(m_printerName);
}

void SystemReceiptOutput::print(const ReceiptData &data, quint64 jobId)
{
    Worker *worker = m_worker.data();
    if (!worker)
        return;
    QMetaObject::invokeMethod(
        worker, [worker, data, jobId] { worker->print(data, jobId); }, Qt::QueuedConnection);
}

} // namespace kasir

#include "systemreceiptoutput.moc"
