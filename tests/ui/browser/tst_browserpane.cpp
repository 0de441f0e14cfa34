// The embedded browser's hardening, against real Qt WebEngine on a private Xvfb screen, with
// pages served over loopback (issue #5): Qt WebEngine is loaded only on first use; requests and
// navigations to other hosts and to non-http(s) schemes are refused (and never reach the
// network); a pop-up opens in the same view; the return URL is intercepted (never requested)
// and reported with its parameters; a self-signed certificate is refused; downloads are
// cancelled.

#include "browsertestsupport.h"
#include "guitestmain.h"
#include "tinyhttpserver.h"
#include "ui/cashier/browserpane.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <memory>
#include <optional>

using namespace kasir;
using kasir::testsupport::TinyHttpServer;
using kasir::testsupport::TinyRequest;
using kasir::testsupport::TinyResponse;

using testsupport::loadMarkerPage;
using testsupport::runJs;
using testsupport::waitForJs;

namespace {

bool webEngineMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains("libQt6WebEngineCore");
}

} // namespace

class TestBrowserPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notLoadedBeforeFirstUse();
    void opensAllowedPage();
    void openRefusesByPolicy_data();
    void openRefusesByPolicy();
    void otherHostRequestsNeverLeave();
    void navigationToOtherHostRefused();
    void fileNavigationRefused();
    void popUpStaysInView();
    void returnUrlInterceptedAfterRedirect();
    void returnUrlOnForeignHostIntercepted();
    void selfSignedCertificateRefused();
    void downloadCancelled();
    void cleanup();

private:
    BrowserPane *makePane();
    TinyResponse serve(const TinyRequest &request);

    std::unique_ptr<TinyHttpServer> m_server;
    std::unique_ptr<QWidget> m_window;
    QPointer<BrowserPane> m_pane;
};

TinyResponse TestBrowserPane::serve(const TinyRequest &request)
{
    const QByteArray path = request.path();
    const QByteArray other = m_server->base("127.0.0.2");
    if (path == "/lender")
        return TinyResponse::html(
            "<!doctype html><html><head><title>Lender</title></head><body>"
            "<h1 id=h>Lender page</h1>"
            "<form id=approve method=post action=\"/approve\"><input name=pin value=1234>"
            "<button id=ok>Setujui / Approve</button></form>"
            "<a id=pop target=_blank href=\"/popup-target\" "
            "style=\"display:block;width:300px;height:80px;background:#cde\">Pop-up</a>"
            "</body></html>");
    if (path == "/with-foreign-resources")
        return TinyResponse::html("<!doctype html><html><head><title>Foreign</title>"
                                  "<link rel=stylesheet href=\"" +
                                  other + "/style.css\"><script src=\"" + other +
                                  "/tracker.js\"></script></head><body><img src=\"" + other +
                                  "/pixel.png\"><h1 id=h>Foreign resources</h1></body></html>");
    if (path == "/approve")
        return TinyResponse::redirect(m_server->base() +
                                      "/kasir/return?trx_id=7777700000000001&bill_no=K01261123"
                                      "0001&status=2&signature=deadbeefdeadbeefdeadbeefdeadbeef"
                                      "deadbeef");
    if (path == "/approve-foreign")
        return TinyResponse::redirect("http://toko.invalid/kasir/return?bill_no=K012611230002"
                                      "&status=2");
    if (path == "/popup-target")
        return TinyResponse::html("<!doctype html><html><head><title>Pop-up target</title></head>"
                                  "<body><h1 id=h>Pop-up target</h1></body></html>");
    if (path == "/download") {
        TinyResponse r;
        r.contentType = "application/octet-stream";
        r.body = "secret bytes";
        r.headers.append(qMakePair(QByteArray("Content-Disposition"),
                                   QByteArray("attachment; filename=\"x.bin\"")));
        return r;
    }
    if (path == "/kasir/return")
        return TinyResponse::html("<html><body><h1 id=h>Return page loaded</h1></body></html>");
    return TinyResponse::notFound();
}

void TestBrowserPane::initTestCase()
{
    QVERIFY2(BrowserPaneFactory::isAvailable(),
             qPrintable(QStringLiteral("plugin not found in ") +
                        BrowserPaneFactory::searchPaths().join(QStringLiteral(", "))));
    m_server = std::make_unique<TinyHttpServer>([this](const TinyRequest &r) { return serve(r); });
    QVERIFY(m_server->listen(QHostAddress::Any));
}

BrowserPane *TestBrowserPane::makePane()
{
    m_window = std::make_unique<QWidget>();
    m_window->resize(900, 700);
    auto *layout = new QVBoxLayout(m_window.get());
    QString error;
    BrowserPane *pane = BrowserPaneFactory::create(m_window.get(), &error);
    if (!pane) {
        qWarning() << error;
        return nullptr;
    }
    layout->addWidget(pane);
    pane->setAllowedHosts({QStringLiteral("127.0.0.1")});
    pane->setReturnUrlPrefix(QUrl(QString::fromLatin1(m_server->base() + "/kasir/return")));
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_pane = pane;
    return pane;
}

void TestBrowserPane::cleanup()
{
    m_window.reset();
}

void TestBrowserPane::notLoadedBeforeFirstUse()
{
    QVERIFY(!BrowserPaneFactory::isLoaded());
    QVERIFY2(!webEngineMapped(), "Qt WebEngine was mapped before the first browser pane");
    BrowserPane *pane = makePane();
    QVERIFY(pane);
    QVERIFY(BrowserPaneFactory::isLoaded());
    QVERIFY(webEngineMapped());
}

void TestBrowserPane::opensAllowedPage()
{
    BrowserPane *pane = makePane();
    QVERIFY(pane);
    QSignalSpy title(pane, &BrowserPane::pageTitleChanged);
    QVERIFY(pane->open(QUrl(QString::fromLatin1(m_server->base() + "/lender"))));
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('h') !== null")));
    QTRY_COMPARE(pane->pageTitle(), QStringLiteral("Lender"));
    QVERIFY(m_server->count("/lender") >= 1);
}

void TestBrowserPane::openRefusesByPolicy_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<BrowserPane::BlockReason>("reason");
    QTest::newRow("file") << QUrl::fromLocalFile(QStringLiteral("/etc/hostname"))
                          << BrowserPane::BlockReason::Scheme;
    QTest::newRow("view-source") << QUrl(QStringLiteral("view-source:http://127.0.0.1/"))
                                 << BrowserPane::BlockReason::Scheme;
    QTest::newRow("chrome") << QUrl(QStringLiteral("chrome://version"))
                            << BrowserPane::BlockReason::Scheme;
    QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)"))
                                << BrowserPane::BlockReason::Scheme;
    QTest::newRow("data") << QUrl(QStringLiteral("data:text/html,<h1>x</h1>"))
                          << BrowserPane::BlockReason::Scheme;
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/"))
                         << BrowserPane::BlockReason::Scheme;
    QTest::newRow("other host") << QUrl(QStringLiteral("http://127.0.0.2/"))
                                << BrowserPane::BlockReason::Host;
    QTest::newRow("lookalike host") << QUrl(QStringLiteral("https://127.0.0.1.evil.example/"))
                                    << BrowserPane::BlockReason::Host;
}

void TestBrowserPane::openRefusesByPolicy()
{
    QFETCH(QUrl, url);
    QFETCH(BrowserPane::BlockReason, reason);
    BrowserPane *pane = makePane();
    QVERIFY(pane);
    QSignalSpy blocked(pane, &BrowserPane::blocked);
    QVERIFY(!pane->open(url));
    QCOMPARE(blocked.size(), 1);
    QCOMPARE(blocked.at(0).at(1).value<BrowserPane::BlockReason>(), reason);
    QVERIFY(pane->currentUrl().isEmpty() || pane->currentUrl().scheme() == QLatin1String("about"));
    // Nothing of the refused URL loads later: the next allowed page is the first one shown.
    QSignalSpy urls(pane, &BrowserPane::urlChanged);
    QVERIFY(loadMarkerPage(pane, m_server->base(), QStringLiteral("after-refusal")));
    for (const QList<QVariant> &changed : urls)
        QCOMPARE(changed.at(0).toUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(blocked.size(), 1);
}

void TestBrowserPane::otherHostRequestsNeverLeave()
{
    BrowserPane *pane = makePane();
    QVERIFY(pane);
    QSignalSpy blocked(pane, &BrowserPane::blocked);
    QVERIFY(pane->open(QUrl(QString::fromLatin1(m_server->base() + "/with-foreign-resources"))));
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('h') !== null")));
    QTRY_VERIFY(blocked.size() >= 3);
    for (const QList<QVariant> &args : blocked)
        QCOMPARE(args.at(1).value<BrowserPane::BlockReason>(), BrowserPane::BlockReason::Host);
    // The server listens on every loopback address: had Chromium sent them, they would be here.
    QCOMPARE(m_server->count("/style.css"), 0);
    QCOMPARE(m_server->count("/tracker.js"), 0);
    QCOMPARE(m_server->count("/pixel.png"), 0);
}

void TestBrowserPane::navigationToOtherHostRefused()
{
    BrowserPane *pane = makePane();
    QVERIFY(pane);
    QVERIFY(pane->open(QUrl(QString::fromLatin1(m_server->base() + "/lender"))));
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('h') !== null")));
    QSignalSpy blocked(pane, &BrowserPane::blocked);
    const int before = m_server->count("/elsewhere");
    runJs(pane, QStringLiteral("location.href = '%1/elsewhere'")
                    .arg(QString::fromLatin1(m_server->base("127.0.0.2"))));
    QTRY_VERIFY(!blocked.isEmpty());
    QCOMPARE(blocked.at(0).at(1).value<BrowserPane::BlockReason>(), BrowserPane::BlockReason::Host);
    QCOMPARE(pane->currentUrl().path(), QStringLiteral("/lender"));
    // The next allowed page loads; the blocked request never reached the server.
    QVERIFY(loadMarkerPage(pane, m_server->base(), QStringLiteral("after-block")));
    QCOMPARE(m_server->count("/elsewhere"), before);
}

void TestBrowserPane::fileNavigationRefused()
{
    BrowserPane *pane = makePane();
    QVERIFY(pane);
    QVERIFY(pane->open(QUrl(QString::fromLatin1(m_server->base() + "/lender"))));
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('h') !== null")));
    // A page script tries to read a local file by navigating to it and by fetching it.
    QSignalSpy urls(pane, &BrowserPane::urlChanged);
    runJs(pane, QStringLiteral("location.href = 'file:///etc/hostname'"));
    // The page is still ours; after the next allowed page has loaded, no URL change ever named
    // the file.
    QCOMPARE(pane->currentUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(pane->currentUrl().path(), QStringLiteral("/lender"));
    QVERIFY(loadMarkerPage(pane, m_server->base(), QStringLiteral("after-file")));
    for (const QList<QVariant> &changed : urls)
        QVERIFY(changed.at(0).toUrl().scheme() != QLatin1String("file"));
    const std::optional<QVariant> fetched =
        runJs(pane, QStringLiteral("(function(){var x=new XMLHttpRequest();try{x.open('GET',"
                                   "'file:///etc/hostname',false);x.send();return x.responseText;}"
                                   "catch(e){return 'refused';}})()"));
    QVERIFY(fetched);
    QCOMPARE(fetched->toString(), QStringLiteral("refused"));
}

void TestBrowserPane::popUpStaysInView()
{
    BrowserPane *pane = makePane();
    QVERIFY(pane);
    QVERIFY(pane->open(QUrl(QString::fromLatin1(m_server->base() + "/lender"))));
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('pop') !== null")));
    const int windowsBefore = QApplication::topLevelWidgets().size();
    const std::optional<QVariant> rect =
        runJs(pane, QStringLiteral("(function(){var r=document.getElementById('pop')"
                                   ".getBoundingClientRect();return [r.left+r.width/2,"
                                   "r.top+r.height/2];})()"));
    QVERIFY(rect);
    const QVariantList xy = rect->toList();
    QCOMPARE(xy.size(), 2);
    // A real click (a user gesture) on a target=_blank link.
    QWidget *view = pane->findChild<QWidget *>(QStringLiteral("browserView"));
    QVERIFY(view);
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    const QPoint at(qRound(xy.at(0).toDouble()), qRound(xy.at(1).toDouble()));
    QTest::mouseClick(target, Qt::LeftButton, {}, at);
    QTRY_COMPARE_WITH_TIMEOUT(pane->currentUrl().path(), QStringLiteral("/popup-target"), 15000);
    QVERIFY(waitForJs(pane, QStringLiteral("document.title === 'Pop-up target'")));
    QCOMPARE(QApplication::topLevelWidgets().size(), windowsBefore);
    QCOMPARE(m_server->count("/popup-target"), 1);
}

void TestBrowserPane::returnUrlInterceptedAfterRedirect()
{
    BrowserPane *pane = makePane();
    QVERIFY(pane);
    QSignalSpy returned(pane, &BrowserPane::returnUrlReached);
    QSignalSpy failed(pane, &BrowserPane::loadFailed);
    QVERIFY(pane->open(QUrl(QString::fromLatin1(m_server->base() + "/lender"))));
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('ok') !== null")));
    // The lender's form posts, the server answers 302 to the return URL.
    runJs(pane, QStringLiteral("document.getElementById('approve').submit()"));
    QTRY_COMPARE_WITH_TIMEOUT(returned.size(), 1, 15000);
    const QUrl url = returned.at(0).at(0).toUrl();
    QCOMPARE(url.path(), QStringLiteral("/kasir/return"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("bill_no")),
             QStringLiteral("K012611230001"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("status")), QStringLiteral("2"));
    QCOMPARE(m_server->count("/approve"), 1);
    QCOMPARE(m_server->count("/kasir/return"), 0); // never requested
    // Our own page replaces it.
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('kasir-return') !== null")));
    // One more page load after it: the return URL was reported once, not again on the way.
    QVERIFY(loadMarkerPage(pane, m_server->base(), QStringLiteral("after-return")));
    QCOMPARE(returned.size(), 1);
    QVERIFY(failed.isEmpty());
}

void TestBrowserPane::returnUrlOnForeignHostIntercepted()
{
    BrowserPane *pane = makePane();
    QVERIFY(pane);
    pane->setReturnUrlPrefix(QUrl(QStringLiteral("http://toko.invalid/kasir/return")));
    QSignalSpy returned(pane, &BrowserPane::returnUrlReached);
    QVERIFY(pane->open(QUrl(QString::fromLatin1(m_server->base() + "/lender"))));
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('ok') !== null")));
    runJs(pane, QStringLiteral("location.href = '/approve-foreign'"));
    QTRY_COMPARE_WITH_TIMEOUT(returned.size(), 1, 15000);
    QCOMPARE(returned.at(0).at(0).toUrl().host(), QStringLiteral("toko.invalid"));
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('kasir-return') !== null")));
}

void TestBrowserPane::selfSignedCertificateRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);

    QFile certFile(cert);
    QFile keyFile(key);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QSslServer tls;
    tls.setSslConfiguration(config);
    int decryptedRequests = 0;
    connect(&tls, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *s = tls.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [&decryptedRequests, s] {
                if (s->readAll().contains("HTTP/1.1"))
                    ++decryptedRequests;
                s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                s->disconnectFromHost();
            });
        }
    });
    QVERIFY(tls.listen(QHostAddress::LocalHost, 0));

    BrowserPane *pane = makePane();
    QVERIFY(pane);
    QSignalSpy blocked(pane, &BrowserPane::blocked);
    QSignalSpy failed(pane, &BrowserPane::loadFailed);
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/lender").arg(tls.serverPort()));
    QVERIFY(pane->open(url));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    bool certificateBlocked = false;
    for (const QList<QVariant> &args : blocked)
        certificateBlocked |=
            args.at(1).value<BrowserPane::BlockReason>() == BrowserPane::BlockReason::Certificate;
    QVERIFY(certificateBlocked);
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("certificate")));
    QCOMPARE(decryptedRequests, 0);
}

void TestBrowserPane::downloadCancelled()
{
    BrowserPane *pane = makePane();
    QVERIFY(pane);
    QVERIFY(pane->open(QUrl(QString::fromLatin1(m_server->base() + "/lender"))));
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('h') !== null")));
    QSignalSpy blocked(pane, &BrowserPane::blocked);
    runJs(pane, QStringLiteral("location.href = '/download'"));
    QTRY_VERIFY_WITH_TIMEOUT(!blocked.isEmpty(), 15000);
    QCOMPARE(blocked.at(0).at(1).value<BrowserPane::BlockReason>(),
             BrowserPane::BlockReason::Download);
    QCOMPARE(pane->currentUrl().path(), QStringLiteral("/lender"));
}

KASIR_GUI_TEST_MAIN(TestBrowserPane)
#include "tst_browserpane.moc"
