#include "core/net/httprequestframing.h"

#include <QTest>

using kasir::HttpLimits;
using kasir::HttpRequestFraming;
using Verdict = HttpRequestFraming::Verdict;

// The byte counting behind BoundedTcpServer: every verdict must be the same whether the bytes
// come at once or one at a time.
class TestHttpRequestFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void refusedBodyIsCountedDown();
    void verdictStaysAfterRefusal();
};

namespace {

HttpLimits smallLimits()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 200;
    limits.maxBodyBytes = 16;
    return limits;
}

QByteArray post(const QByteArray &body)
{
    return "POST /cvr/300011/10 HTTP/1.1\r\nHost: x\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

void TestHttpRequestFraming::verdicts_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("completed");

    const int ok = int(Verdict::Ok);
    QTest::newRow("GET") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << ok << 1;
    QTest::newRow("POST within limit") << post("0123456789") << ok << 1;
    QTest::newRow("POST at the limit") << post(QByteArray(16, 'x')) << ok << 1;
    QTest::newRow("two requests on one connection")
        << QByteArray(post("abc") + "GET / HTTP/1.1\r\n\r\n") << ok << 2;
    QTest::newRow("bare LF line ends") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << ok << 1;
    QTest::newRow("leading empty line") << QByteArray("\r\nGET / HTTP/1.1\r\n\r\n") << ok << 1;
    QTest::newRow("chunked within limit")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n")
        << ok << 1;
    QTest::newRow("partial body") << QByteArray(post("0123456789").chopped(3)) << ok << 0;

    QTest::newRow("Content-Length over the limit")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 17\r\n\r\n") << int(Verdict::BodyTooLarge)
        << 0;
    QTest::newRow("huge Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n")
        << int(Verdict::BodyTooLarge) << 0;
    QTest::newRow("chunks adding up past the limit")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "a\r\n0123456789\r\n7\r\n")
        << int(Verdict::BodyTooLarge) << 0;
    QTest::newRow("headers over the limit")
        << QByteArray("GET / HTTP/1.1\r\nX-Long: " + QByteArray(300, 'a') + "\r\n\r\n")
        << int(Verdict::HeaderTooLarge) << 0;
    QTest::newRow("header line that never ends")
        << QByteArray("GET / HTTP/1.1\r\nX-Long: " + QByteArray(300, 'a'))
        << int(Verdict::HeaderTooLarge) << 0;
    QTest::newRow("both Content-Length and chunked")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
        << int(Verdict::Malformed) << 0;
    QTest::newRow("Content-Length not a number")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12a\r\n\r\n") << int(Verdict::Malformed)
        << 0;
    QTest::newRow("Content-Length negative")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << int(Verdict::Malformed)
        << 0;
    QTest::newRow("conflicting Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n")
        << int(Verdict::Malformed) << 0;
    QTest::newRow("gzip transfer coding")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
        << int(Verdict::Malformed) << 0;
    QTest::newRow("bad chunk size")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        << int(Verdict::Malformed) << 0;
    QTest::newRow("HTTP/2 preface")
        << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << int(Verdict::Malformed) << 0;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n continued\r\n\r\n")
                                   << int(Verdict::Malformed) << 0;
}

void TestHttpRequestFraming::verdicts()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, verdict);
    QFETCH(int, completed);

    HttpRequestFraming whole(smallLimits());
    QCOMPARE(int(whole.feed(stream)), verdict);
    QCOMPARE(whole.completedRequests(), completed);

    HttpRequestFraming byteByByte(smallLimits());
    for (char c : stream)
        byteByByte.feed(QByteArrayView(&c, 1));
    QCOMPARE(int(byteByByte.verdict()), verdict);
    QCOMPARE(byteByByte.completedRequests(), completed);
    QCOMPARE(byteByByte.problem(), whole.problem());
}

void TestHttpRequestFraming::refusedBodyIsCountedDown()
{
    HttpRequestFraming framing(smallLimits());
    // The refusal comes from the header alone, before any body byte.
    QCOMPARE(framing.feed("POST / HTTP/1.1\r\nContent-Length: 40\r\n\r\n"), Verdict::BodyTooLarge);
    QCOMPARE(framing.refusedBodyRemaining(), 40);
    QVERIFY(framing.problem().contains(u"40"));
    framing.feed(QByteArray(25, 'x'));
    QCOMPARE(framing.refusedBodyRemaining(), 15);
    framing.feed(QByteArray(100, 'x'));
    QCOMPARE(framing.refusedBodyRemaining(), 0);
    QCOMPARE(HttpRequestFraming::statusFor(framing.verdict()), 413);
}

void TestHttpRequestFraming::verdictStaysAfterRefusal()
{
    HttpRequestFraming framing(smallLimits());
    QCOMPARE(framing.feed("GARBAGE\r\n"), Verdict::Malformed);
    QCOMPARE(framing.feed("GET / HTTP/1.1\r\n\r\n"), Verdict::Malformed);
    QCOMPARE(framing.completedRequests(), 0);
    QCOMPARE(framing.refusedBodyRemaining(), -1);
    QCOMPARE(HttpRequestFraming::statusFor(Verdict::HeaderTooLarge), 431);
    QCOMPARE(HttpRequestFraming::statusFor(Verdict::Malformed), 400);
}

QTEST_GUILESS_MAIN(TestHttpRequestFraming)
#include "tst_httprequestframing.moc"
