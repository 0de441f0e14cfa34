// The embedded browser's policy as pure rules (no Qt WebEngine needed): which hosts are
// allowed, what counts as the return URL, what a log line may show of a URL.

#include "ui/browser/browserengine.h"
#include "ui/cashier/browserpane.h"

#include <QTest>

using namespace kasir;

class TestBrowserPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hosts_data();
    void hosts();
    void returnUrl_data();
    void returnUrl();
    void schemes_data();
    void schemes();
    void logRedaction_data();
    void logRedaction();
    void defaultsCoverGateway();
};

void TestBrowserPolicy::hosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<bool>("expected");
    const QStringList list{QStringLiteral("web.faspay.co.id"), QStringLiteral("*.kredivo.com"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("[::1]")};
    QTest::newRow("exact") << "web.faspay.co.id" << list << true;
    QTest::newRow("exact, other case") << "WEB.Faspay.co.id" << list << true;
    QTest::newRow("sibling of exact") << "debit.faspay.co.id" << list << false;
    QTest::newRow("suffix without dot") << "evilweb.faspay.co.id" << list << false;
    QTest::newRow("wildcard apex") << "kredivo.com" << list << true;
    QTest::newRow("wildcard sub") << "sandbox.kredivo.com" << list << true;
    QTest::newRow("wildcard deep") << "a.b.kredivo.com" << list << true;
    QTest::newRow("wildcard lookalike") << "evilkredivo.com" << list << false;
    QTest::newRow("wildcard as prefix") << "kredivo.com.evil.example" << list << false;
    QTest::newRow("ip") << "127.0.0.1" << list << true;
    QTest::newRow("other ip") << "127.0.0.2" << list << false;
    QTest::newRow("ipv6 bracketed entry") << "::1" << list << true;
    QTest::newRow("empty host") << "" << list << false;
    QTest::newRow("empty list") << "web.faspay.co.id" << QStringList() << false;
    QTest::newRow("bare star ignored") << "x.example" << QStringList{QStringLiteral("*.")} << false;
    QTest::newRow("blank entries ignored")
        << "x.example" << QStringList{QString(), QStringLiteral("  ")} << false;
}

void TestBrowserPolicy::hosts()
{
    QFETCH(QString, host);
    QFETCH(QStringList, allowed);
    QFETCH(bool, expected);
    QCOMPARE(BrowserPane::isHostAllowed(host, allowed), expected);
}

void TestBrowserPolicy::returnUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("expected");
    const QString p = QStringLiteral("http://127.0.0.1:8080/kasir/return");
    QTest::newRow("exact") << "http://127.0.0.1:8080/kasir/return" << p << true;
    QTest::newRow("with query") << "http://127.0.0.1:8080/kasir/return?bill_no=1&status=2" << p
                                << true;
    QTest::newRow("sub path") << "http://127.0.0.1:8080/kasir/return/x" << p << true;
    QTest::newRow("not on a segment boundary")
        << "http://127.0.0.1:8080/kasir/returnx" << p << false;
    QTest::newRow("other port") << "http://127.0.0.1:8081/kasir/return" << p << false;
    QTest::newRow("other scheme") << "https://127.0.0.1:8080/kasir/return" << p << false;
    QTest::newRow("other host") << "http://127.0.0.2:8080/kasir/return" << p << false;
    QTest::newRow("other path") << "http://127.0.0.1:8080/kasir" << p << false;
    QTest::newRow("default port") << "https://toko.example/return?x=1"
                                  << "https://toko.example:443/return" << true;
    QTest::newRow("host case") << "https://TOKO.example/return"
                               << "https://toko.example/return" << true;
    QTest::newRow("empty prefix") << "http://127.0.0.1:8080/kasir/return"
                                  << "" << false;
    QTest::newRow("root prefix") << "https://toko.example/anything"
                                 << "https://toko.example/" << true;
    QTest::newRow("file url") << "file:///kasir/return"
                              << "file:///kasir/return" << false;
}

void TestBrowserPolicy::returnUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, prefix);
    QFETCH(bool, expected);
    QCOMPARE(BrowserPane::isReturnUrl(QUrl(url), QUrl(prefix)), expected);
}

void TestBrowserPolicy::schemes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http") << "http://web.faspay.co.id/" << true;
    QTest::newRow("https") << "https://web.faspay.co.id/" << true;
    QTest::newRow("HTTPS upper") << "HTTPS://web.faspay.co.id/" << true;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("ftp") << "ftp://web.faspay.co.id/" << false;
    QTest::newRow("data") << "data:text/html,x" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("blob") << "blob:https://web.faspay.co.id/uuid" << false;
    QTest::newRow("ws") << "ws://web.faspay.co.id/" << false;
    QTest::newRow("view-source") << "view-source:https://web.faspay.co.id/" << false;
}

void TestBrowserPolicy::schemes()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    BrowserPolicy policy;
    policy.allowedHosts = {QStringLiteral("web.faspay.co.id")};
    QCOMPARE(policy.allows(QUrl(url)), allowed);
}

void TestBrowserPolicy::logRedaction_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("return url query dropped")
        << "http://127.0.0.1:1/kasir/return?bill_no=K01&status=2&signature="
           "0da33ad07fe9980f7b7ff70a964803e821a86866"
        << "http://127.0.0.1:1/kasir/return";
    QTest::newRow("signature in path")
        << "https://debit-sandbox.faspay.co.id/pws/100003/0830000010100000/"
           "350acba245d569e6ba50c0108a07348af2eff3ee?trx_id=1"
        << "https://debit-sandbox.faspay.co.id/pws/100003/<hex>/<hex>";
    QTest::newRow("user info dropped") << "https://user:pw@host.example/a#frag"
                                       << "https://host.example/a";
}

void TestBrowserPolicy::logRedaction()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(BrowserPolicy::forLog(QUrl(url)), expected);
}

void TestBrowserPolicy::defaultsCoverGateway()
{
    const QStringList hosts = BrowserPane::defaultLenderHosts();
    for (const char *h : {"web.faspay.co.id", "debit-sandbox.faspay.co.id", "sandbox.kredivo.com",
                          "pay.akulaku.com", "www.indodana.id"})
        QVERIFY2(BrowserPane::isHostAllowed(QString::fromLatin1(h), hosts), h);
    QVERIFY(!BrowserPane::isHostAllowed(QStringLiteral("faspay.co.id.evil.example"), hosts));
}

QTEST_GUILESS_MAIN(TestBrowserPolicy)
#include "tst_browserpolicy.moc"
