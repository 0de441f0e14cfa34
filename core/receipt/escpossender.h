#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QTcpSocket;
class QTimer;

namespace kasir {

// Where raw ESC/POS bytes go: a network printer's raw port (JetDirect, 9100) or a device file
// the operating system gives a USB or parallel printer (/dev/usb/lp0; any writable path).
struct EscPosTarget
{
    enum class Kind { Network, Device };
    static constexpr quint16 DefaultPort = 9100;

    Kind kind = Kind::Network;
    QString host;
    quint16 port = DefaultPort;
    QString devicePath;

    static EscPosTarget network(const QString &host, quint16 port = DefaultPort);
    static EscPosTarget device(const QString &path);
    // The printer setting: "192.168.1.50", "printer.local:9100", "[fe80::1]:9100",
    // "tcp://host:port", "/dev/usb/lp0", "file:///dev/usb/lp0". nullopt when it is none of them.
    static std::optional<EscPosTarget> fromString(QStringView text);
    // "host:port" or the device path, for messages.
    QString toString() const;

    bool operator==(const EscPosTarget &) const = default;
};

// Sends one block of bytes to a receipt printer, asynchronously. finished() is emitted exactly
// once per accepted send(), never from inside send() itself, with ok = true when the printer took
// every byte (the TCP connection was closed in order, or the device file was written and closed)
// and otherwise a message for the cashier that says what to do.
//
// Network: no proxy, a connect timeout, and a write timeout counted from the last progress (a
// printer out of paper stops reading). Device: opened and written in a worker thread, so that a
// device that blocks in open() or write() never freezes the window; on timeout or cancel the
// sender reports at once and the worker stops at its next chunk. A missing device path is an
// error, never created as a plain file.
class EscPosSender : public QObject
{
    Q_OBJECT

public:
    explicit EscPosSender(EscPosTarget target, QObject *parent = nullptr);
    ~EscPosSender() override;

    const EscPosTarget &target() const { return m_target; }
    void setConnectTimeout(std::chrono::milliseconds timeout) { m_connectTimeout = timeout; }
    void setWriteTimeout(std::chrono::milliseconds timeout) { m_writeTimeout = timeout; }
    std::chrono::milliseconds connectTimeout() const { return m_connectTimeout; }
    std::chrono::milliseconds writeTimeout() const { return m_writeTimeout; }

    // False (and no finished()) while a send is running.
    bool send(const QByteArray &data);
    // Ends the running send with finished(false, ...); nothing when none is running.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    struct DeviceJob;

    void startNetwork();
    void startDevice();
    void onConnected();
    void onBytesWritten(qint64 bytes);
    void onDisconnected();
    void onSocketError();
    void onTimeout();
    void onDeviceDone(const std::shared_ptr<DeviceJob> &job);
    void finish(bool ok, const QString &error);
    void cleanUp();

    EscPosTarget m_target;
    std::chrono::milliseconds m_connectTimeout{5000};
    std::chrono::milliseconds m_writeTimeout{15000};

    QByteArray m_data;
    bool m_running = false;
    quint64 m_generation = 0;
    bool m_connected = false;
    qint64 m_written = 0;
    qint64 m_progressAtLastTick = -1;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    std::shared_ptr<DeviceJob> m_job;
};

} // namespace kasir
