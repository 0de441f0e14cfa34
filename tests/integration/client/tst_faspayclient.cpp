#include "core/faspay/faspayclient.h"
#include "tests/support/testhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace kasir::faspay;
using namespace kasir::testsupport;

class TestFaspayClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qtResend();
};

void TestFaspayClient::qtResend()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setDefaultResponse(ScriptedResponse::close());
    QNetworkAccessManager nam;
    QNetworkRequest req(server.url(QStringLiteral("/x")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = nam.post(req, QByteArray("{\"a\":1}"));
    connect(reply, &QNetworkReply::requestSent, this, [] { qInfo("requestSent"); });
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [] { qInfo("socketStartedConnecting"); });
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait(5000));
    qInfo() << "plain QByteArray: server saw" << server.requestCount() << "requests, error" << reply->error();

    TestHttpServer server2;
    QVERIFY(server2.listen());
    server2.setDefaultResponse(ScriptedResponse::close());
    FaspayClientConfig cfg;
    cfg.baseUrl = server2.url();
    FaspayClient client(&nam, cfg);
    FaspayCall *call = client.send(FaspayOperation::PostData, QJsonObject{{QStringLiteral("a"), QStringLiteral("1")}});
    QSignalSpy spy2(call, &FaspayCall::finished);
    QVERIFY(spy2.wait(5000));
    const auto r = spy2.at(0).at(0).value<CallResult>();
    qInfo() << "one-shot: server saw" << server2.requestCount() << callOutcomeKey(r.outcome) << r.detail << r.networkError;
}

QTEST_GUILESS_MAIN(TestFaspayClient)
#include "tst_faspayclient.moc"
