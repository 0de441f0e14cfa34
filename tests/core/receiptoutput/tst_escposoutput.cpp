// EscPosReceiptOutput over real loopback sockets: a printer that is off (closed port) fails the
// job with a message, one that listens gets the receipt (decoded by the virtual printer), jobs
// go out one after the other in order, each answered exactly once and never from inside print().

#include "core/receipt/escposoutput.h"
#include "tests/core/receipt/escposdecoder.h"
#include "tests/core/receipt/receiptsamples.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace kasir;

namespace {

// A printer on a raw port: keeps every connection's bytes.
class FakePrinter : public QObject
{
public:
    FakePrinter()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                const int index = int(m_received.size());
                m_received.append(QByteArray());
                connect(s, &QTcpSocket::readyRead, this,
                        [this, s, index] { m_received[index] += s->readAll(); });
                connect(s, &QTcpSocket::disconnected, this, [this, s, index] {
                    m_received[index] += s->readAll();
                    ++m_closed;
                    s->deleteLater();
                });
            }
        });
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> received() const { return m_received; }
    // Connections the sender closed: their bytes are all in received().
    int closed() const { return m_closed; }

private:
    QTcpServer m_server;
    QList<QByteArray> m_received;
    int m_closed = 0;
};

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

} // namespace

class TestEscPosOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printerOffFails();
    void listeningPrinterGetsTheReceipt_data();
    void listeningPrinterGetsTheReceipt();
    void jobsInOrder();
};

void TestEscPosOutput::printerOffFails()
{
    EscPosReceiptOutput output(EscPosTarget::network(QStringLiteral("127.0.0.1"), closedPort()),
                               48);
    output.setTimeouts(std::chrono::milliseconds(2000), std::chrono::milliseconds(2000));
    QSignalSpy printed(&output, &ReceiptOutput::printed);
    output.print(test::sampleReceipt(), 9);
    QCOMPARE(printed.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 10000);
    QCOMPARE(printed.at(0).at(0).toULongLong(), quint64(9));
    QCOMPARE(printed.at(0).at(1).toBool(), false);
    QVERIFY(!printed.at(0).at(2).toString().isEmpty());
    QVERIFY(output.description().contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!printed.wait(200)); // exactly once: no late second "printed"
}

void TestEscPosOutput::listeningPrinterGetsTheReceipt_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("copyNumber");
    QTest::newRow("58 mm original") << 32 << 0;
    QTest::newRow("80 mm copy 2") << 48 << 2;
}

void TestEscPosOutput::listeningPrinterGetsTheReceipt()
{
    QFETCH(int, columns);
    QFETCH(int, copyNumber);
    FakePrinter printer;
    QVERIFY(printer.listen());
    EscPosReceiptOutput output(EscPosTarget::network(QStringLiteral("127.0.0.1"), printer.port()),
                               columns);
    QSignalSpy printed(&output, &ReceiptOutput::printed);
    const ReceiptData data = test::sampleReceipt(Channel::Akulaku, false, copyNumber);
    output.print(data, 1);
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 10000);
    QVERIFY2(printed.at(0).at(1).toBool(), qPrintable(printed.at(0).at(2).toString()));
    QTRY_COMPARE(printer.closed(), 1);
    const test::Printout out = test::decodeEscPos(printer.received().at(0), columns);
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    const QString text = out.texts().join(QLatin1Char('\n'));
    QVERIFY(text.contains(data.billNo));
    QCOMPARE(text.contains(QStringLiteral("SALINAN / COPY #%1").arg(copyNumber)), copyNumber > 0);
    QVERIFY(out.cutAtEnd);
}

void TestEscPosOutput::jobsInOrder()
{
    FakePrinter printer;
    QVERIFY(printer.listen());
    EscPosReceiptOutput output(EscPosTarget::network(QStringLiteral("127.0.0.1"), printer.port()),
                               48);
    QList<quint64> done;
    connect(&output, &ReceiptOutput::printed, this, [&](quint64 id, bool ok, const QString &) {
        QVERIFY(ok);
        done << id;
    });
    for (int copy : {0, 1, 2})
        output.print(test::sampleReceipt(Channel::Kredivo, false, copy), quint64(100 + copy));
    QCOMPARE(output.pendingJobs(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 15000);
    QCOMPARE(done, (QList<quint64>{100, 101, 102}));
    QTRY_COMPARE(printer.closed(), 3);
    for (int copy : {0, 1, 2}) {
        const QString text =
            test::decodeEscPos(printer.received().at(copy), 48).texts().join(QLatin1Char('\n'));
        QCOMPARE(text.contains(QStringLiteral("SALINAN / COPY")), copy > 0);
        if (copy > 0)
            QVERIFY(text.contains(QStringLiteral("SALINAN / COPY #%1").arg(copy)));
    }
}

QTEST_GUILESS_MAIN(TestEscPosOutput)
#include "tst_escposoutput.moc"
