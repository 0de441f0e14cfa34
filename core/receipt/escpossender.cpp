#include "core/receipt/escpossender.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <atomic>

namespace kasir {

namespace {
constexpr qint64 DeviceChunk = 4096;

int seconds(std::chrono::milliseconds ms)
{
    return int((ms.count() + 999) / 1000);
}
} // namespace

// What the worker thread shares with the sender. The worker writes `failure`, `detail` and `ok`
// before it ends; the sender reads them only after QThread::finished.
struct EscPosSender::DeviceJob
{
    enum class Failure { None, Missing, Open, Write };

    QString path;
    QByteArray data;
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> written{0};
    Failure failure = Failure::None;
    QString detail;
    bool ok = false;

    void run()
    {
        QFile file(path);
        // ExistingOnly: an unplugged printer's /dev/usb/lp0 must not come back as a plain file.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered | QIODevice::ExistingOnly)) {
            failure = QFileInfo::exists(path) ? Failure::Open : Failure::Missing;
            detail = file.errorString();
            return;
        }
        const char *p = data.constData();
        qint64 left = data.size();
        while (left > 0) {
            if (cancelled.load())
                return;
            const qint64 n = file.write(p, qMin(left, DeviceChunk));
            if (n < 0) {
                failure = Failure::Write;
                detail = file.errorString();
                return;
            }
            p += n;
            left -= n;
            written.fetch_add(n);
        }
        file.close();
        if (file.error() != QFileDevice::NoError) {
            failure = Failure::Write;
            detail = file.errorString();
            return;
        }
        ok = true;
    }
};

EscPosTarget EscPosTarget::network(const QString &host, quint16 port)
{
    EscPosTarget t;
    t.kind = Kind::Network;
    t.host = host;
    t.port = port;
    return t;
}

EscPosTarget EscPosTarget::device(const QString &path)
{
    EscPosTarget t;
    t.kind = Kind::Device;
    t.devicePath = path;
    return t;
}

std::optional<EscPosTarget> EscPosTarget::fromString(QStringView text)
{
    const QString s = text.trimmed().toString();
    if (s.isEmpty())
        return std::nullopt;
    if (s.startsWith(QLatin1String("file:"))) {
        const QUrl url(s);
        if (!url.isValid() || !url.isLocalFile() || url.toLocalFile().isEmpty())
            return std::nullopt;
        return device(url.toLocalFile());
    }
    // A path: Unix device files, or a Windows share / port name written as a path.
    if (s.startsWith(u'/') || s.startsWith(QLatin1String("\\\\")))
        return device(s);

    const QString withScheme = s.contains(QLatin1String("://")) ? s : QLatin1String("tcp://") + s;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("tcp") || url.host().isEmpty() ||
        !url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) ||
        url.hasQuery() || url.hasFragment()) {
        return std::nullopt;
    }
    const int port = url.port(DefaultPort);
    if (port < 1 || port > 65535)
        return std::nullopt;
    return network(url.host(), quint16(port));
}

QString EscPosTarget::toString() const
{
    if (kind == Kind::Device)
        return devicePath;
    const bool ipv6 = host.contains(u':');
    return (ipv6 ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

EscPosSender::EscPosSender(EscPosTarget target, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &EscPosSender::onTimeout);
}

EscPosSender::~EscPosSender()
{
    // A worker still blocked in the device keeps its own copy of the job; it stops at the next
    // chunk and its thread object deletes itself.
    if (m_job)
        m_job->cancelled = true;
    if (m_socket) {
        m_socket->disconnect(this); // no slot of a half-destroyed sender
        m_socket->abort();
    }
}

bool EscPosSender::send(const QByteArray &data)
{
    if (m_running)
        return false;
    m_running = true;
    m_data = data;
    m_written = 0;
    m_connected = false;
    m_progressAtLastTick = -1;
    // Started from the event loop, so that finished() never reaches the caller inside send().
    QTimer::singleShot(0, this, [this, generation = ++m_generation] {
        if (!m_running || generation != m_generation)
            return;
        if (m_target.kind == EscPosTarget::Kind::Network)
            startNetwork();
        else
            startDevice();
    });
    return true;
}

void EscPosSender::cancel()
{
    if (!m_running)
        return;
    finish(false, tr("Printing was cancelled. The sale is kept; print the receipt again from the "
                     "sales history when the printer is ready."));
}

void EscPosSender::startNetwork()
{
    m_socket = new QTcpSocket(this);
    // A receipt printer sits on the shop's own network: never through a proxy.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QTcpSocket::connected, this, &EscPosSender::onConnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &EscPosSender::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &EscPosSender::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &EscPosSender::onSocketError);
    m_timer->start(m_connectTimeout);
    m_socket->connectToHost(m_target.host, m_target.port);
}

void EscPosSender::onConnected()
{
    m_connected = true;
    m_timer->start(m_writeTimeout);
    if (m_data.isEmpty()) {
        m_socket->disconnectFromHost();
        return;
    }
    m_socket->write(m_data);
}

void EscPosSender::onBytesWritten(qint64 bytes)
{
    m_written += bytes;
    m_timer->start(m_writeTimeout); // counted from the last progress
    if (m_written >= m_data.size())
        m_socket->disconnectFromHost(); // an orderly close after the last byte
}

void EscPosSender::onDisconnected()
{
    if (!m_running)
        return;
    if (m_written >= m_data.size()) {
        finish(true, {});
        return;
    }
    finish(false, tr("The receipt printer at %1 closed the connection before the receipt was "
                     "sent. Check the printer (paper, cover), then print the receipt again.")
                      .arg(m_target.toString()));
}

void EscPosSender::onSocketError()
{
    if (!m_running || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString where = m_target.toString();
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected(); // some printers close first once they have the whole job
        return;
    case QAbstractSocket::ConnectionRefusedError:
        finish(false, tr("The receipt printer at %1 refused the connection. Check the printer "
                         "address and port (usually 9100) in the settings, then print again.")
                          .arg(where));
        return;
    case QAbstractSocket::HostNotFoundError:
        finish(false, tr("The receipt printer address %1 was not found. Check the printer "
                         "address in the settings, then print again.")
                          .arg(where));
        return;
    case QAbstractSocket::NetworkError:
        finish(false, tr("The network to the receipt printer at %1 is not reachable. Check the "
                         "network cable or Wi-Fi, then print again.")
                          .arg(where));
        return;
    default:
        finish(false, tr("The receipt could not be sent to the printer at %1 (%2). Check the "
                         "printer and its connection, then print again.")
                          .arg(where, m_socket->errorString()));
        return;
    }
}

void EscPosSender::startDevice()
{
    auto job = std::make_shared<DeviceJob>();
    job->path = m_target.devicePath;
    job->data = m_data;
    m_job = job;

    QThread *thread = QThread::create([job] { job->run(); });
    thread->setObjectName(QStringLiteral("EscPosDevice"));
    connect(thread, &QThread::finished, this, [this, job] { onDeviceDone(job); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_timer->start(m_writeTimeout);
    thread->start();
}

void EscPosSender::onDeviceDone(const std::shared_ptr<DeviceJob> &job)
{
    if (job != m_job || !m_running)
        return; // timed out or cancelled before the worker came back
    switch (job->failure) {
    case DeviceJob::Failure::None:
        if (job->ok)
            finish(true, {});
        return;
    case DeviceJob::Failure::Missing:
        finish(false, tr("The receipt printer %1 is not there. Check that the printer is plugged "
                         "in and switched on, then print again.")
                          .arg(m_target.devicePath));
        return;
    case DeviceJob::Failure::Open:
        finish(false, tr("The receipt printer %1 could not be opened (%2). Check the cable and "
                         "that this user may use the printer, then print again.")
                          .arg(m_target.devicePath, job->detail));
        return;
    case DeviceJob::Failure::Write:
        finish(false, tr("Writing to the receipt printer %1 failed (%2). Check the printer, then "
                         "print the receipt again.")
                          .arg(m_target.devicePath, job->detail));
        return;
    }
}

void EscPosSender::onTimeout()
{
    if (!m_running)
        return;
    if (m_target.kind == EscPosTarget::Kind::Device) {
        // Still moving: give it another period.
        const qint64 written = m_job ? m_job->written.load() : 0;
        if (written != m_progressAtLastTick && written > 0) {
            m_progressAtLastTick = written;
            m_timer->start(m_writeTimeout);
            return;
        }
        finish(false, tr("The receipt printer %1 did not take the receipt within %2 seconds. "
                         "Check that it is switched on and has paper, then print again.")
                          .arg(m_target.devicePath)
                          .arg(seconds(m_writeTimeout)));
        return;
    }
    if (!m_connected) {
        finish(false, tr("The receipt printer at %1 did not answer within %2 seconds. Check that "
                         "it is switched on and connected to the network, then print again.")
                          .arg(m_target.toString())
                          .arg(seconds(m_connectTimeout)));
        return;
    }
    finish(false, tr("The receipt printer at %1 stopped taking data for %2 seconds. Check its "
                     "paper and cover, then print the receipt again.")
                      .arg(m_target.toString())
                      .arg(seconds(m_writeTimeout)));
}

void EscPosSender::finish(bool ok, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    cleanUp();
    Q_EMIT finished(ok, error);
}

void EscPosSender::cleanUp()
{
    m_timer->stop();
    if (m_job) {
        m_job->cancelled = true;
        m_job.reset();
    }
    if (m_socket) {
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater(); // we may be inside one of its signals
    }
    m_data.clear();
}

} // namespace kasir
