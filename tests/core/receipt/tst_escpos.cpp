#include "core/receipt/escpos.h"
#include "core/receipt/escpossender.h"
#include "core/receipt/receipttext.h"
#include "escposdecoder.h"
#include "receiptsamples.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace kasir;
using namespace kasir::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(kasir::ReceiptData)
Q_DECLARE_METATYPE(kasir::EscPosTarget)

namespace {
// A network receipt printer on loopback: takes one connection and keeps what it receives.
class FakePrinter : public QObject
{
    Q_OBJECT

public:
    explicit FakePrinter(bool reads = true)
        : m_reads(reads)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakePrinter::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    bool closed = false;
    QByteArray received;
    // The sender is connected and has written something (even to a printer that stopped
    // taking data: its first byte is in the socket's buffer).
    bool hasData() const
    {
        return !received.isEmpty() ||
               std::any_of(m_sockets.cbegin(), m_sockets.cend(),
                           [](const QTcpSocket *s) { return s->bytesAvailable() > 0; });
    }

private:
    void accept()
    {
        QTcpSocket *socket = m_server.nextPendingConnection();
        m_sockets.append(socket);
        if (!m_reads) {
            socket->setReadBufferSize(1); // a printer out of paper: stops taking data
            return;
        }
        connect(socket, &QTcpSocket::readyRead, this,
                [this, socket] { received += socket->readAll(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
    }

    QTcpServer m_server;
    QList<QTcpSocket *> m_sockets; // children of m_server
    bool m_reads;
};

#ifdef Q_OS_LINUX
// True while a thread of this process is inside open()/openat() (its current system call, as
// /proc tells it): the device worker blocked opening a FIFO that has no reader.
bool aThreadIsInOpen()
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(tid + QStringLiteral("/syscall")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        bool ok = false;
        const long number = file.readLine().split(' ').value(0).toLong(&ok);
        if (ok && (number == SYS_openat
#ifdef SYS_open
                   || number == SYS_open
#endif
                   ))
            return true;
    }
    return false;
}
#endif

ReceiptData nonAscii()
{
    ReceiptData d = sampleReceipt(Channel::BriCeria, true, 2);
    d.storeName = QStringLiteral("Kaf\u00E9 \u201CKopi Kit\u00E1\u201D");
    d.lines[0].name = QStringLiteral("Teh tarik \u00D7 es \u2014 \u00BD liter \u2615");
    return d;
}

// The printed lines without the caption under the QR (one or two lines), which the plain text
// layout leaves out with the QR.
QStringList withoutQrCaption(const Printout &printout, const ReceiptData &data, int columns)
{
    const QList<ReceiptTextLine> layout = receiptTextLayout(data, columns);
    const qsizetype captionLines = std::count_if(
        layout.cbegin(), layout.cend(), [](const ReceiptTextLine &l) { return l.qrCaption; });
    QStringList texts = printout.texts();
    if (printout.qrLineIndex >= 0)
        texts.remove(printout.qrLineIndex, qMin(captionLines, texts.size() - printout.qrLineIndex));
    return texts;
}

QString finishedError(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QString() : spy.first().at(1).toString();
}
} // namespace

class TestEscPos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesPrintTheTextLayout_data();
    void bytesPrintTheTextLayout();
    void stylesOfLines();
    void withoutCut();
    void sendsOverTcp_data();
    void sendsOverTcp();
    void sendsToDeviceFile();
    void closedPort();
    void missingDevice();
    void blockedDeviceTimesOut();
    void stalledPrinterTimesOut();
    void cancelEndsOnce();
    void destroyedWhileSending();
    void secondSendWhileBusyIsRefused();
    void targetFromString_data();
    void targetFromString();
};

void TestEscPos::bytesPrintTheTextLayout_data()
{
    QTest::addColumn<ReceiptData>("data");
    QTest::addColumn<int>("columns");
    QTest::addColumn<bool>("qr");
    for (int columns : {32, 48}) {
        for (bool qr : {true, false}) {
            const char *q = qr ? "qr" : "no qr";
            QTest::addRow("%d kredivo %s", columns, q) << sampleReceipt() << columns << qr;
            QTest::addRow("%d training copy %s", columns, q)
                << sampleReceipt(Channel::Akulaku, true, 1) << columns << qr;
            QTest::addRow("%d non-ascii %s", columns, q) << nonAscii() << columns << qr;
        }
    }
}

void TestEscPos::bytesPrintTheTextLayout()
{
    QFETCH(ReceiptData, data);
    QFETCH(int, columns);
    QFETCH(bool, qr);

    EscPosOptions options;
    options.qr = qr;
    const QByteArray bytes = escPosReceipt(data, columns, options);
    const Printout printout = decodeEscPos(bytes, columns);
    QVERIFY2(printout.error.isEmpty(), qPrintable(printout.error));
    QVERIFY(printout.initialised);
    QCOMPARE(printout.codePage, 0);
    QCOMPARE(printout.charset, 0);
    QVERIFY(printout.cutAtEnd);
    QVERIFY(bytes.endsWith(QByteArray("\x1dV\x42\x00", 4)));

    const QStringList expected = receiptTextLines(data, columns);
    if (!qr) {
        QCOMPARE(printout.texts(), expected);
        QVERIFY(printout.qrPrinted.isEmpty());
        return;
    }
    QCOMPARE(withoutQrCaption(printout, data, columns), expected);
    QCOMPARE(printout.qrPrinted, QList<QByteArray>{data.lookupPayload().toLatin1()});
    QCOMPARE(printout.qrModel, 50);      // model 2
    QCOMPARE(printout.qrErrorLevel, 49); // M
    QCOMPARE(printout.qrModuleSize, columns >= 42 ? 6 : 5);
    // The caption under the QR, centred, just before the thank-you line.
    const QString caption = printout.lines.at(printout.qrLineIndex).text;
    QVERIFY2(caption.trimmed().startsWith(QLatin1String("Pindai untuk cek nota")),
             qPrintable(caption));
}

void TestEscPos::stylesOfLines()
{
    const Printout p =
        decodeEscPos(escPosReceipt(sampleReceipt(Channel::Kredivo, true, 1), 48), 48);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const auto line = [&](const QString &start) -> PrintedLine {
        for (const PrintedLine &l : p.lines) {
            if (l.text.trimmed().startsWith(start))
                return l;
        }
        return {};
    };
    const int DoubleHeight = 0x10;
    QVERIFY(line(QStringLiteral("Toko Sinar Jaya")).mode & DoubleHeight);
    QVERIFY(line(QStringLiteral("TOTAL")).mode & DoubleHeight);
    QVERIFY(line(QStringLiteral("TOTAL")).bold);
    QVERIFY(line(QStringLiteral("*** TRAINING / LATIHAN ***")).reverse);
    QVERIFY(line(QStringLiteral("SALINAN / COPY #1")).bold);
    const PrintedLine bill = line(QStringLiteral("No. Nota"));
    QCOMPARE(bill.mode, 0);
    QVERIFY(!bill.reverse);
    // Double width would halve the columns: it is never used.
    for (const PrintedLine &l : p.lines)
        QVERIFY(!(l.mode & 0x20));
}

void TestEscPos::withoutCut()
{
    EscPosOptions options;
    options.cut = false;
    const Printout p = decodeEscPos(escPosReceipt(sampleReceipt(), 32, options), 32);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QVERIFY(!p.cutAtEnd);
    QVERIFY(p.feedLines >= 3);
}

void TestEscPos::sendsOverTcp_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("58 mm") << 32;
    QTest::newRow("80 mm") << 48;
}

void TestEscPos::sendsOverTcp()
{
    QFETCH(int, columns);
    FakePrinter printer;
    QVERIFY(printer.port() != 0);
    const ReceiptData data = sampleReceipt(Channel::Indodana, false, 1);
    const QByteArray bytes = escPosReceipt(data, columns);

    EscPosSender sender(EscPosTarget::network(QStringLiteral("127.0.0.1"), printer.port()));
    QSignalSpy finished(&sender, &EscPosSender::finished);
    QVERIFY(sender.send(bytes));
    QVERIFY(sender.isRunning());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finishedError(finished), QString());
    QVERIFY(!sender.isRunning());

    QTRY_VERIFY(printer.closed); // the sender closed the connection after the last byte
    QCOMPARE(printer.received, bytes);
    const Printout printout = decodeEscPos(printer.received, columns);
    QVERIFY2(printout.error.isEmpty(), qPrintable(printout.error));
    QCOMPARE(withoutQrCaption(printout, data, columns), receiptTextLines(data, columns));
    QVERIFY(printout.cutAtEnd);
}

void TestEscPos::sendsToDeviceFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lp0"));
    {
        QFile device(path); // the device node exists before anything is sent
        QVERIFY(device.open(QIODevice::WriteOnly));
        device.write("stale");
    }
    const QByteArray bytes = escPosReceipt(sampleReceipt(), 32);
    EscPosSender sender(EscPosTarget::device(path));
    QSignalSpy finished(&sender, &EscPosSender::finished);
    QVERIFY(sender.send(bytes));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toBool(), true);

    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), bytes);
    const Printout printout = decodeEscPos(bytes, 32);
    QVERIFY(printout.cutAtEnd);
}

void TestEscPos::closedPort()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    EscPosSender sender(EscPosTarget::network(QStringLiteral("127.0.0.1"), port));
    QSignalSpy finished(&sender, &EscPosSender::finished);
    QVERIFY(sender.send(escPosReceipt(sampleReceipt(), 48)));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString error = finishedError(finished);
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("refused")), qPrintable(error));
}

void TestEscPos::missingDevice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usb/lp0"));
    EscPosSender sender(EscPosTarget::device(path));
    QSignalSpy finished(&sender, &EscPosSender::finished);
    QVERIFY(sender.send(QByteArrayLiteral("\x1b@hello\n")));
    QCOMPARE(finished.size(), 0); // never from inside send()
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finishedError(finished).contains(path));
    QVERIFY2(!QFile::exists(path), "a missing device must not be created as a file");
}

// A device whose open() blocks (here a FIFO nobody reads, on a real counter a wedged USB
// printer): the sender reports a timeout while the event loop keeps running, and the worker
// ends by itself once the device lets go, without writing after the report.
void TestEscPos::blockedDeviceTimesOut()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lp-fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);

    EscPosSender sender(EscPosTarget::device(path));
    sender.setWriteTimeout(300ms);
    QSignalSpy finished(&sender, &EscPosSender::finished);
    QVERIFY(sender.send(QByteArrayLiteral("\x1b@blocked\n")));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finishedError(finished).contains(QLatin1String("did not take the receipt")),
             qPrintable(finishedError(finished)));

    // Let the worker's open() return: it sees the cancel and closes without writing.
    QFile reader(path);
    QVERIFY(reader.open(QIODevice::ReadOnly));
    QCOMPARE(reader.readAll(), QByteArray());
    QCOMPARE(finished.size(), 1);
#else
    QSKIP("needs a FIFO (mkfifo)");
#endif
}

void TestEscPos::stalledPrinterTimesOut()
{
    FakePrinter printer(false);
    EscPosSender sender(EscPosTarget::network(QStringLiteral("127.0.0.1"), printer.port()));
    sender.setWriteTimeout(300ms);
    QSignalSpy finished(&sender, &EscPosSender::finished);
    // Far more than the socket buffers of both ends hold.
    QVERIFY(sender.send(QByteArray(64 << 20, 'x')));
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finishedError(finished).contains(QLatin1String("stopped taking data")),
             qPrintable(finishedError(finished)));
}

void TestEscPos::cancelEndsOnce()
{
    FakePrinter printer(false);
    EscPosSender sender(EscPosTarget::network(QStringLiteral("127.0.0.1"), printer.port()));
    QSignalSpy finished(&sender, &EscPosSender::finished);
    QVERIFY(sender.send(QByteArray(64 << 20, 'x')));
    QTRY_VERIFY(printer.hasData()); // connected and writing
    sender.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!finishedError(finished).isEmpty());
    QVERIFY(!finished.wait(300)); // nothing more comes after the cancel
    sender.cancel();              // nothing running: nothing happens
    QCOMPARE(finished.size(), 1);
}

// A window closed mid-print deletes its sender: no signal, no crash, and a device worker still
// blocked in open() ends by itself later.
void TestEscPos::destroyedWhileSending()
{
    FakePrinter printer(false);
    auto *network =
        new EscPosSender(EscPosTarget::network(QStringLiteral("127.0.0.1"), printer.port()));
    QSignalSpy networkFinished(network, &EscPosSender::finished);
    QVERIFY(network->send(QByteArray(64 << 20, 'x')));
    QTRY_VERIFY(printer.hasData());
    delete network;
    QCOMPARE(networkFinished.size(), 0);

#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lp-fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    auto *device = new EscPosSender(EscPosTarget::device(path));
    QVERIFY(device->send(QByteArrayLiteral("late\n")));
#ifdef Q_OS_LINUX
    QTRY_VERIFY(aThreadIsInOpen()); // the worker is blocked in open()
#endif
    delete device;
    // A non-blocking reader lets a blocked open() return and never waits itself; read() gives
    // 0 (end of file) once no writer is left, -1 (EAGAIN) while the worker still holds it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(fd >= 0);
    char buffer[64];
    QTRY_COMPARE(::read(fd, buffer, sizeof buffer), ssize_t(0)); // closed without writing
    ::close(fd);
#endif
}

void TestEscPos::secondSendWhileBusyIsRefused()
{
    FakePrinter printer;
    EscPosSender sender(EscPosTarget::network(QStringLiteral("127.0.0.1"), printer.port()));
    QSignalSpy finished(&sender, &EscPosSender::finished);
    QVERIFY(sender.send(QByteArrayLiteral("one\n")));
    QVERIFY(!sender.send(QByteArrayLiteral("two\n")));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY(printer.closed);
    QCOMPARE(printer.received, QByteArrayLiteral("one\n"));
    // Finished: it can send again.
    QVERIFY(sender.send(QByteArrayLiteral("three\n")));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 2);
}

void TestEscPos::targetFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<EscPosTarget>("expected");
    const auto net = [](const char *host, quint16 port) {
        return EscPosTarget::network(QString::fromLatin1(host), port);
    };
    QTest::newRow("ip") << QStringLiteral("192.168.1.50") << true << net("192.168.1.50", 9100);
    QTest::newRow("host:port") << QStringLiteral(" printer.local:9101 ") << true
                               << net("printer.local", 9101);
    QTest::newRow("tcp url") << QStringLiteral("tcp://10.0.0.7:9100") << true
                             << net("10.0.0.7", 9100);
    QTest::newRow("ipv6") << QStringLiteral("[fe80::1]:9100") << true << net("fe80::1", 9100);
    QTest::newRow("device") << QStringLiteral("/dev/usb/lp0") << true
                            << EscPosTarget::device(QStringLiteral("/dev/usb/lp0"));
    QTest::newRow("file url") << QStringLiteral("file:///dev/usb/lp1") << true
                              << EscPosTarget::device(QStringLiteral("/dev/usb/lp1"));
    QTest::newRow("empty") << QString() << false << EscPosTarget();
    QTest::newRow("http") << QStringLiteral("http://printer/") << false << EscPosTarget();
    QTest::newRow("port 0") << QStringLiteral("printer:0") << false << EscPosTarget();
    QTest::newRow("port too big") << QStringLiteral("printer:70000") << false << EscPosTarget();
    QTest::newRow("path after host") << QStringLiteral("printer:9100/x") << false << EscPosTarget();
    QTest::newRow("user") << QStringLiteral("tcp://me@printer:9100") << false << EscPosTarget();
}

void TestEscPos::targetFromString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(EscPosTarget, expected);
    const std::optional<EscPosTarget> target = EscPosTarget::fromString(text);
    QCOMPARE(target.has_value(), valid);
    if (valid) {
        QCOMPARE(*target, expected);
        QCOMPARE(EscPosTarget::fromString(target->toString()), target); // round trip
    }
}

QTEST_MAIN(TestEscPos)
#include "tst_escpos.moc"
