#include "core/sandbox/trainingsandbox.h"
#include "sandboxtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace kasir;
using namespace kasir::test;

// Fault injection of the training sandbox, observed where a client sees it: at the socket.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delayedAnswerKeepsConnectionOrder();
    void delayOutlastsAShorterClientTimeout();
    void hangNeverAnswers();
    void resetAfterReadLosesTheAnswerNotTheBill();
    void networkAccessManagerResendsAfterReset();
    void httpError_data();
    void httpError();
    void htmlPage();
    void malformedJson();
    void givenResponseCode();
    void badRedirect_data();
    void badRedirect();
    void faultsAimAtOperationAndBill();
    void faultSpecs_data();
    void faultSpecs();
    void adminEndpoint();
    void adminEndpointNeedsItsHeader();
};

namespace {

const QString PostData = QStringLiteral("/cvr/300011/10");

QByteArray rawPost(quint16 port, const QString &path, const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "POST " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

// The answers in `data`: status line + body, for complete responses (Content-Length framing).
struct RawAnswer
{
    QByteArray statusLine;
    QByteArray headers;
    QByteArray body;
};

QList<RawAnswer> completeAnswers(const QByteArray &data)
{
    QList<RawAnswer> answers;
    qsizetype at = 0;
    while (true) {
        const qsizetype end = data.indexOf("\r\n\r\n", at);
        if (end < 0)
            break;
        const QByteArray head = data.mid(at, end - at);
        const qsizetype lengthAt = head.toLower().indexOf("content-length:");
        if (lengthAt < 0)
            break;
        const qsizetype lineEnd = head.indexOf("\r\n", lengthAt);
        const qint64 length = head.mid(lengthAt + 15, lineEnd < 0 ? -1 : lineEnd - lengthAt - 15)
                                  .trimmed()
                                  .toLongLong();
        if (data.size() < end + 4 + length)
            break;
        answers.append({head.left(head.indexOf("\r\n")), head, data.mid(end + 4, length)});
        at = end + 4 + length;
    }
    return answers;
}

struct RawClient
{
    QTcpSocket socket;
    QByteArray received;

    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.waitForConnected(10000);
    }
    bool waitForAnswers(int count)
    {
        return QTest::qWaitFor([&] { return completeAnswers(received).size() >= count; }, 20000);
    }
};

QJsonObject validBody(SandboxFixture &f, const QString &billNo)
{
    return validPostData(f.credentials(), billNo, QStringLiteral("709"), f.clock.now());
}

} // namespace

void TestSandboxFaults::delayedAnswerKeepsConnectionOrder()
{
    SandboxFixture f;
    f.sandbox->failNext(SandboxFault::delay(300), SandboxOperation::PostData);
    QSignalSpy handled(f.sandbox.get(), &TrainingSandbox::requestHandled);
    RawClient client(f.sandbox->port());
    client.socket.write(
        rawPost(f.sandbox->port(), PostData, validBody(f, QStringLiteral("K01F0001"))));
    QVERIFY(handled.wait(20000));
    QCOMPARE(handled.constLast().constFirst().value<SandboxRequestRecord>().fault, u"delay=300");
    // The bill exists while its answer is held back.
    QVERIFY(f.sandbox->bill(QStringLiteral("K01F0001")));
    // A second request on the same connection is answered at once, but its answer must wait for
    // the first one (HTTP/1.1 answers in request order).
    client.socket.write(rawPost(f.sandbox->port(), QStringLiteral("/cvr/100001/10"),
                                channelInquiryBody(f.credentials())));
    QVERIFY(client.waitForAnswers(2));
    const QList<RawAnswer> answers = completeAnswers(client.received);
    QCOMPARE(answers[0].statusLine, QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(QJsonDocument::fromJson(answers[0].body).object().value(u"bill_no").toString(),
             u"K01F0001");
    QVERIFY(QJsonDocument::fromJson(answers[1].body).object().contains(u"payment_channel"));
}

void TestSandboxFaults::delayOutlastsAShorterClientTimeout()
{
    // A client whose timeout is shorter than the delay gives up: the bill exists all the same.
    // (Only a sandbox that answered early could make this fail; a slow machine cannot.)
    SandboxFixture f;
    f.sandbox->failNext(SandboxFault::delay(60000), SandboxOperation::PostData);
    const QString billNo = QStringLiteral("K01F0012");
    QNetworkRequest request(f.url(PostData));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(200);
    QNetworkReply *reply = f.http.network()->post(
        request, QJsonDocument(validBody(f, billNo)).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    reply->deleteLater();
    QVERIFY(f.sandbox->bill(billNo));
    QCOMPARE(f.sandbox->postCount(billNo), 1);
}

void TestSandboxFaults::hangNeverAnswers()
{
    SandboxFixture f;
    f.sandbox->failNext(SandboxFault::hang(), SandboxOperation::PostData);
    QSignalSpy handled(f.sandbox.get(), &TrainingSandbox::requestHandled);
    RawClient hung(f.sandbox->port());
    hung.socket.write(
        rawPost(f.sandbox->port(), PostData, validBody(f, QStringLiteral("K01F0002"))));
    QVERIFY(handled.wait(20000));
    const SandboxRequestRecord record =
        handled.constLast().constFirst().value<SandboxRequestRecord>();
    QCOMPARE(record.fault, u"hang");
    QCOMPARE(record.httpStatus, 0);

    // The sandbox goes on serving others meanwhile...
    const QJsonObject list =
        f.call(QStringLiteral("/cvr/100001/10"), channelInquiryBody(f.credentials()));
    QCOMPARE(list.value(u"response_code").toString(), u"00");
    // ...while the hung request has neither an answer nor a closed connection.
    QVERIFY(hung.received.isEmpty());
    QCOMPARE(hung.socket.state(), QAbstractSocket::ConnectedState);
    QVERIFY(f.sandbox->bill(QStringLiteral("K01F0002")));
    QCOMPARE(f.sandbox->postCount(QStringLiteral("K01F0002")), 1);

    f.sandbox->releaseHungConnections();
    QTRY_COMPARE_WITH_TIMEOUT(hung.socket.state(), QAbstractSocket::UnconnectedState, 20000);
    QVERIFY(hung.received.isEmpty());
}

void TestSandboxFaults::resetAfterReadLosesTheAnswerNotTheBill()
{
#ifndef Q_OS_UNIX
    QSKIP("reads ECONNRESET through POSIX sockets");
#else
    SandboxFixture f;
    f.sandbox->failNext(SandboxFault::resetAfterRead(), SandboxOperation::PostData);
    const QString billNo = QStringLiteral("K01F0003");
    const QJsonObject body = validBody(f, billNo);

    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(f.sandbox->port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    const QByteArray request = rawPost(f.sandbox->port(), PostData, body);
    QCOMPARE(::send(fd, request.constData(), size_t(request.size()), 0), ssize_t(request.size()));
    QByteArray received;
    int outcome = 0; // 1: FIN, 2: RST
    QVERIFY(QTest::qWaitFor(
        [&] {
            char buffer[4096];
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0)
                received.append(buffer, n);
            else if (n == 0)
                outcome = 1;
            else if (errno == ECONNRESET)
                outcome = 2;
            return outcome != 0;
        },
        20000));
    ::close(fd);
    QCOMPARE(outcome, 2); // reset, not an orderly close
    QVERIFY(received.isEmpty());

    // The classic lost response: the bill was created and counted once...
    const std::optional<SandboxBill> bill = f.sandbox->bill(billNo);
    QVERIFY(bill);
    QCOMPARE(bill->paymentStatus, SandboxStatus::Unprocessed);
    QCOMPARE(f.sandbox->postCount(billNo), 1);
    QCOMPARE(f.sandbox->requests().constLast().fault, u"reset");
    // ...and posting it again is refused as a duplicate.
    const QJsonObject again = f.call(PostData, body);
    QCOMPARE(again.value(u"response_error").toObject().value(u"response_code").toString(), u"14");
    QCOMPARE(f.sandbox->postCount(billNo), 2);
#endif
}

void TestSandboxFaults::networkAccessManagerResendsAfterReset()
{
    // What a Qt client sees, pinned here because it matters to the payment engine: when the
    // connection is reset after the request was sent and before any answer byte, Qt 6.4's
    // QNetworkAccessManager sends the POST again by itself (QHttpNetworkConnectionChannel
    // resends on RemoteHostClosedError in its waiting state), and the reply the client gets is
    // the answer to that second POST: "14, bill_no already posted". So a 14 on post-data can
    // mean "your first POST went through" and must be treated as Unknown (reconcile with an
    // inquiry), never as Rejected. If a Qt update stops resending, this test says so.
    SandboxFixture f;
    f.sandbox->failNext(SandboxFault::resetAfterRead(), SandboxOperation::PostData);
    const QString billNo = QStringLiteral("K01F0004");
    const HttpResult result = f.http.postJson(f.url(PostData), validBody(f, billNo));
    QCOMPARE(f.sandbox->postCount(billNo), 2);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"response_error").toObject().value(u"response_code").toString(),
             u"14");
    QCOMPARE(f.sandbox->bill(billNo)->paymentStatus, SandboxStatus::Unprocessed);
}

void TestSandboxFaults::httpError_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("500") << 500;
}

void TestSandboxFaults::httpError()
{
    QFETCH(int, status);
    SandboxFixture f;
    f.sandbox->failNext(SandboxFault::httpError(status));
    RawClient client(f.sandbox->port());
    client.socket.write(
        rawPost(f.sandbox->port(), PostData, validBody(f, QStringLiteral("K01F0005"))));
    QVERIFY(client.waitForAnswers(1));
    const RawAnswer answer = completeAnswers(client.received).constFirst();
    QVERIFY2(
        answer.statusLine.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
        answer.statusLine.constData());
    QVERIFY(QJsonDocument::fromJson(answer.body).isNull());
    // Acted on all the same: the client cannot know.
    QVERIFY(f.sandbox->bill(QStringLiteral("K01F0005")));
}

void TestSandboxFaults::htmlPage()
{
    SandboxFixture f;
    f.sandbox->failNext(SandboxFault::htmlPage(), SandboxOperation::InquiryStatus);
    const QJsonObject created = f.createBill(QStringLiteral("K01F0006"));
    RawClient client(f.sandbox->port());
    client.socket.write(
        rawPost(f.sandbox->port(), QStringLiteral("/cvr/100004/10"),
                statusInquiryBody(f.credentials(), created.value(u"trx_id").toString(),
                                  QStringLiteral("K01F0006"))));
    QVERIFY(client.waitForAnswers(1));
    const RawAnswer answer = completeAnswers(client.received).constFirst();
    QCOMPARE(answer.statusLine, QByteArray("HTTP/1.1 200 OK"));
    QVERIFY(answer.headers.contains("Content-Type: text/html"));
    QVERIFY(answer.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(QJsonDocument::fromJson(answer.body).isNull());
}

void TestSandboxFaults::malformedJson()
{
    SandboxFixture f;
    f.sandbox->failNext(SandboxFault::malformedJson(), SandboxOperation::PostData);
    RawClient client(f.sandbox->port());
    client.socket.write(
        rawPost(f.sandbox->port(), PostData, validBody(f, QStringLiteral("K01F0007"))));
    QVERIFY(client.waitForAnswers(1));
    const RawAnswer answer = completeAnswers(client.received).constFirst();
    QCOMPARE(answer.statusLine, QByteArray("HTTP/1.1 200 OK"));
    QVERIFY(answer.headers.contains("Content-Type: application/json"));
    QVERIFY(answer.body.startsWith("{\""));
    QJsonParseError error{};
    QJsonDocument::fromJson(answer.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(f.sandbox->bill(QStringLiteral("K01F0007")));
}

void TestSandboxFaults::givenResponseCode()
{
    SandboxFixture f;
    f.sandbox->failNext(SandboxFault::withResponseCode(QStringLiteral("66")),
                        SandboxOperation::PostData);
    const QString billNo = QStringLiteral("K01F0008");
    const HttpResult result = f.http.postJson(f.url(PostData), validBody(f, billNo));
    QCOMPARE(result.status, 200);
    const QJsonObject error = result.json().value(u"response_error").toObject();
    QCOMPARE(error.value(u"response_code").toString(), u"66");
    QVERIFY(error.value(u"response_desc").toString().contains(u"Internal error"));
    // Refused, not acted on: received once, no bill; the same bill_no can be posted later.
    QVERIFY(!f.sandbox->bill(billNo));
    QCOMPARE(f.sandbox->postCount(billNo), 1);
    QCOMPARE(f.call(PostData, validBody(f, billNo)).value(u"response_code").toString(), u"00");
}

void TestSandboxFaults::badRedirect_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("billNo");     // in the redirect_url's query
    QTest::addColumn<QString>("merchantId"); // idem
    QTest::newRow("scheme") << QStringLiteral("redirect-scheme@post-data")
                            << QStringLiteral("javascript") << QString() << QString();
    QTest::newRow("other bill") << QStringLiteral("redirect-bill@post-data")
                                << QStringLiteral("http") << QStringLiteral("OTHERBILL0001")
                                << QStringLiteral("77777");
    QTest::newRow("other merchant") << QStringLiteral("redirect-merchant@post-data")
                                    << QStringLiteral("http") << QStringLiteral("K01F0011")
                                    << QStringLiteral("99999");
}

void TestSandboxFaults::badRedirect()
{
    QFETCH(QString, spec);
    QFETCH(QString, scheme);
    QFETCH(QString, billNo);
    QFETCH(QString, merchantId);
    SandboxFixture f;
    QString error;
    QVERIFY2(f.sandbox->addFaultSpec(spec, &error), qPrintable(error));
    const QString bill = QStringLiteral("K01F0011");
    const QJsonObject answer = f.createBill(bill);
    // Everything else is the usual answer, and the bill exists: only the link is wrong.
    QCOMPARE(answer.value(u"response_code").toString(), u"00");
    QCOMPARE(answer.value(u"bill_no").toString(), bill);
    QVERIFY(f.sandbox->bill(bill));
    QCOMPARE(f.sandbox->bill(bill)->trxId, answer.value(u"trx_id").toString());
    const QUrl redirect(answer.value(u"redirect_url").toString());
    QCOMPARE(redirect.scheme(), scheme);
    if (!billNo.isEmpty()) {
        QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("bill_no")), billNo);
        QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("merchant_id")), merchantId);
    }
    QCOMPARE(f.sandbox->requests().constLast().fault, spec.section(u'@', 0, 0));
    // Used up: the next bill gets a good link.
    const QJsonObject next = f.createBill(QStringLiteral("K01F0012"));
    QCOMPARE(QUrlQuery(QUrl(next.value(u"redirect_url").toString()))
                 .queryItemValue(QStringLiteral("bill_no")),
             QStringLiteral("K01F0012"));
}

void TestSandboxFaults::faultsAimAtOperationAndBill()
{
    SandboxFixture f;
    const QString target = QStringLiteral("K01F0009");
    const QString other = QStringLiteral("K01F0010");
    const QString targetTrx = f.createBill(target).value(u"trx_id").toString();
    const QString otherTrx = f.createBill(other).value(u"trx_id").toString();
    f.sandbox->failBill(target, SandboxFault::httpError(500), SandboxOperation::InquiryStatus, 2);
    f.sandbox->failNext(SandboxFault::httpError(502), SandboxOperation::Cancel);

    const auto inquire = [&](const QString &trx, const QString &bill) {
        return f.http
            .postJson(f.url(QStringLiteral("/cvr/100004/10")),
                      statusInquiryBody(f.credentials(), trx, bill))
            .status;
    };
    QCOMPARE(inquire(otherTrx, other), 200);
    QCOMPARE(inquire(targetTrx, target), 500);
    QCOMPARE(inquire(otherTrx, other), 200);
    QCOMPARE(inquire(targetTrx, target), 500);
    QCOMPARE(inquire(targetTrx, target), 200);      // used up
    QCOMPARE(f.sandbox->pendingFaults().size(), 1); // the cancel fault is still waiting
    QCOMPARE(f.http
                 .postJson(f.url(QStringLiteral("/cvr/100005/10")),
                           cancelBody(f.credentials(), otherTrx, other))
                 .status,
             502);
    QVERIFY(f.sandbox->pendingFaults().isEmpty());
    f.sandbox->failNext(SandboxFault::hang());
    f.sandbox->clearFaults();
    QCOMPARE(inquire(targetTrx, target), 200);
}

void TestSandboxFaults::faultSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("described"); // empty: refused
    QTest::newRow("reset on post-data")
        << QStringLiteral("reset@post-data") << QStringList{QStringLiteral("reset@post-data")};
    QTest::newRow("delay, five times") << QStringLiteral("delay=3000@inquiry*5")
                                       << QStringList{QStringLiteral("delay=3000@inquiry*5")};
    QTest::newRow("several")
        << QStringLiteral("code=66@post-data, http=502#K01A1; html*always\nmalformed@cancel")
        << QStringList{QStringLiteral("code=66@post-data"), QStringLiteral("http=502#K01A1"),
                       QStringLiteral("html*always"), QStringLiteral("malformed@cancel")};
    QTest::newRow("hang on lender pages")
        << QStringLiteral("hang@lender") << QStringList{QStringLiteral("hang@lender")};
    QTest::newRow("notification faults")
        << QStringLiteral(
               "notify-duplicate=3 notify-out-of-order#K01A1 notify-forged notify-drop*2")
        << QStringList{QStringLiteral("notify-duplicate=3"),
                       QStringLiteral("notify-out-of-order#K01A1"), QStringLiteral("notify-forged"),
                       QStringLiteral("notify-drop*2")};
    QTest::newRow("bad redirects")
        << QStringLiteral("redirect-scheme@post-data redirect-bill*2 redirect-merchant#K01A1")
        << QStringList{QStringLiteral("redirect-scheme@post-data"),
                       QStringLiteral("redirect-bill*2"),
                       QStringLiteral("redirect-merchant#K01A1")};
    QTest::newRow("bad redirect with a value") << QStringLiteral("redirect-bill=2") << QStringList();
    QTest::newRow("unknown kind") << QStringLiteral("explode") << QStringList();
    QTest::newRow("unknown operation") << QStringLiteral("reset@refund") << QStringList();
    QTest::newRow("delay without value") << QStringLiteral("delay") << QStringList();
    QTest::newRow("code with three digits") << QStringLiteral("code=066") << QStringList();
    QTest::newRow("http 200") << QStringLiteral("http=200") << QStringList();
    QTest::newRow("zero times") << QStringLiteral("html*0") << QStringList();
    QTest::newRow("one copy") << QStringLiteral("notify-duplicate=1") << QStringList();
    QTest::newRow("notification with operation")
        << QStringLiteral("notify-drop@post-data") << QStringList();
    QTest::newRow("empty") << QStringLiteral("  ") << QStringList();
}

void TestSandboxFaults::faultSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, described);
    QString error;
    const std::optional<SandboxFaultSpec> parsed = parseFaultSpec(spec, &error);
    if (described.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(parsed, qPrintable(error));
    QStringList got;
    for (const SandboxFaultRule &rule : parsed->requestFaults)
        got.append(describeFaultRule(rule));
    for (const NotificationFaultRule &rule : parsed->notificationFaults)
        got.append(describeFaultRule(rule));
    QCOMPARE(got, described);
}

void TestSandboxFaults::adminEndpoint()
{
    SandboxFixture f;
    const QList<std::pair<QByteArray, QByteArray>> admin = {{"X-Kasir-Sandbox", "1"}};
    HttpResult set = f.http.post(f.url(QStringLiteral("/sandbox/faults")), "code=96@post-data",
                                 "text/plain", admin);
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value(u"request_faults").toArray().first().toString(),
             u"code=96@post-data");
    QCOMPARE(f.http.post(f.url(QStringLiteral("/sandbox/faults")), "explode", "text/plain", admin)
                 .status,
             400);
    const QString billNo = QStringLiteral("K01F0011");
    QCOMPARE(f.call(PostData, validBody(f, billNo))
                 .value(u"response_error")
                 .toObject()
                 .value(u"response_code")
                 .toString(),
             u"96");
    QVERIFY(f.call(PostData, validBody(f, billNo)).value(u"response_code").toString() == u"00");

    const HttpResult approve =
        f.http.post(f.url(QStringLiteral("/sandbox/bills/K01F0011/approve")), {}, {}, admin);
    QCOMPARE(approve.status, 200);
    QCOMPARE(approve.json().value(u"payment_status_code").toString(), u"2");
    QCOMPARE(
        f.http.post(f.url(QStringLiteral("/sandbox/bills/K01F0011/decline")), {}, {}, admin).status,
        409);
    QCOMPARE(f.http.post(f.url(QStringLiteral("/sandbox/bills/NOPE/expire")), {}, {}, admin).status,
             404);
    QCOMPARE(f.http.post(f.url(QStringLiteral("/sandbox/bills/K01F0011/status/4")), {}, {}, admin)
                 .json()
                 .value(u"payment_status_code")
                 .toString(),
             u"4");
    const QJsonArray bills =
        QJsonDocument::fromJson(f.http.get(f.url(QStringLiteral("/sandbox/bills"))).body).array();
    QCOMPARE(bills.size(), 1);
    QCOMPARE(bills.first().toObject().value(u"posted").toInt(), 2);
    QCOMPARE(f.http.send("DELETE", f.url(QStringLiteral("/sandbox/faults")), {}, admin).status,
             200);
    QVERIFY(f.http.get(f.url(QStringLiteral("/sandbox"))).json().contains(u"bills"));
}

void TestSandboxFaults::adminEndpointNeedsItsHeader()
{
    SandboxFixture f;
    const HttpResult set =
        f.http.post(f.url(QStringLiteral("/sandbox/faults")), "reset", "text/plain");
    QCOMPARE(set.status, 403);
    QVERIFY(f.sandbox->pendingFaults().isEmpty());
    SandboxConfig off;
    off.adminEndpoints = false;
    SandboxFixture closed(off);
    QCOMPARE(closed.http.get(closed.url(QStringLiteral("/sandbox"))).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
