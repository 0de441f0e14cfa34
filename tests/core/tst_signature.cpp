#include "core/faspay/signature.h"

#include <QCryptographicHash>
#include <QTest>

using namespace kasir::faspay;

// Every vector of docs/faspay-debit-api.md Part B §3.3 and §3.4, including the wrong variants.
class TestSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void docVectors_data();
    void docVectors();
    void workedExample();
    void wrongVariantsDiffer();
    void defaultUserId();
    void constantTimeCompare_data();
    void constantTimeCompare();
};

void TestSignature::docVectors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("md5");
    QTest::addColumn<QString>("expected");
    // Part B §3.3, rows 1-6 (with their md5 column).
    QTest::newRow("1 channel inquiry") << "bot31019p@ssw0rd"
                                       << "159fa56eab9a28639e20ae6ed119445a"
                                       << "18a157f7dd95df490f28d62e3ec7bf5bb9911be1";
    QTest::newRow("2 post data") << "bot98765p@ssw0rd98765123456789"
                                 << "79d37747e6e14322df63232d876f216f"
                                 << "5807a17ccd950904ec0a303725fa8a4b36c89e2f";
    QTest::newRow("3 status inquiry json") << "bot98765p@ssw0rd9988776655"
                                           << "cc46d522d5de65be3bff83c42574c297"
                                           << "b03951a6051dfa90894eea48ccb964619e8b3474";
    QTest::newRow("4 status inquiry xml") << "bot31004p@ssw0rd31004001"
                                          << "0757f3b25e14f7f6c58e20e2877a3eb2"
                                          << "be8791ac5f10bb042834896598bfc6bb9aadcbf9";
    QTest::newRow("5 return url status 0") << "bot99999p@ssw0rd43700"
                                           << "68a0fe9622fb343c67d801c4e343b098"
                                           << "0da33ad07fe9980f7b7ff70a964803e821a86866";
    QTest::newRow("6 notification 2021") << "bot33660p@ssw0rd16127822672"
                                         << "3f1d9862e99fd020510e52f024a2a3e8"
                                         << "ebebca6942f75a3c1fd72120c3ebbad384c973c0";
    // Rows 7-9 give no md5 column.
    QTest::newRow("7 notification 2026") << "bot37020p@ssw0rdWS2609030012" << QString()
                                         << "555a983b15c986644cd481c6a2e13705b39e59c6";
    QTest::newRow("8 redirect julo")
        << "bot31932p@ssw0rd3864" << QString() << "350acba245d569e6ba50c0108a07348af2eff3ee";
    QTest::newRow("9 redirect novatix")
        << "bot36257p@ssw0rd1" << QString() << "8d63ff3ea83287f3c76c9e95c7fc635ea45ee86d";
}

void TestSignature::docVectors()
{
    QFETCH(QString, input);
    QFETCH(QString, md5);
    QFETCH(QString, expected);
    if (!md5.isEmpty()) {
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(input.toUtf8(), QCryptographicHash::Md5).toHex()),
                 md5);
    }
    QCOMPARE(signatureOf(input), expected);
}

void TestSignature::workedExample()
{
    // Part B §3.4.
    const Credentials c{QStringLiteral("12345"), QStringLiteral("TOKO CONTOH"), QString(),
                        QStringLiteral("s3cret")};
    const QString bill = QStringLiteral("P01250115000042");
    QCOMPARE(channelInquirySignature(c),
             QStringLiteral("22fb339440ed4debdc4613addb9c427f615cbe74"));
    QCOMPARE(billSignature(c, bill), QStringLiteral("fe682369781d960cd164758e7e39c3257e45f869"));
    QCOMPARE(statusSignature(c, bill, u"2"),
             QStringLiteral("74409257e0a4e1000686614a99d8eb444e74d414"));
    QCOMPARE(statusSignature(c, bill, u"1"),
             QStringLiteral("ccb829d91fb1955de4c156c8a0bddb6d823e9b19"));
    // And the documented ones through the typed helpers.
    const Credentials doc{QStringLiteral("98765"), QString(), QString(),
                          QStringLiteral("p@ssw0rd")};
    QCOMPARE(billSignature(doc, u"9988776655"),
             QStringLiteral("b03951a6051dfa90894eea48ccb964619e8b3474"));
    const Credentials ret{QStringLiteral("99999"), QString(), QString(),
                          QStringLiteral("p@ssw0rd")};
    QCOMPARE(statusSignature(ret, u"4370", u"0"),
             QStringLiteral("0da33ad07fe9980f7b7ff70a964803e821a86866"));
    const Credentials inq{QStringLiteral("31019"), QString(), QString(),
                          QStringLiteral("p@ssw0rd")};
    QCOMPARE(channelInquirySignature(inq),
             QStringLiteral("18a157f7dd95df490f28d62e3ec7bf5bb9911be1"));
}

void TestSignature::wrongVariantsDiffer()
{
    // Part B §3.4: the three wrong ways of computing the post-data signature give these values;
    // ours must equal none of them.
    const QByteArray input = QByteArrayLiteral("bot12345s3cretP01250115000042");
    const QByteArray md5Raw = QCryptographicHash::hash(input, QCryptographicHash::Md5);
    const QString upper = QString::fromLatin1(
        QCryptographicHash::hash(md5Raw.toHex().toUpper(), QCryptographicHash::Sha1).toHex());
    const QString raw =
        QString::fromLatin1(QCryptographicHash::hash(md5Raw, QCryptographicHash::Sha1).toHex());
    const QString noMd5 =
        QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha1).toHex());
    QCOMPARE(upper, QStringLiteral("13279dda2c6dee200006df0d2198fe946abec837"));
    QCOMPARE(raw, QStringLiteral("f95ca8a93b39302f7231e36a39e28e92f8015f5b"));
    QCOMPARE(noMd5, QStringLiteral("52e3f7bbd68672cdc1c7ed3011661d29b68b8a87"));
    const QString ours = signatureOf(QString::fromLatin1(input));
    QCOMPARE(ours, QStringLiteral("fe682369781d960cd164758e7e39c3257e45f869"));
    QVERIFY(ours != upper && ours != raw && ours != noMd5);
    QVERIFY(!signaturesEqual(upper, ours));
    QVERIFY(!signaturesEqual(raw, ours));
    QVERIFY(!signaturesEqual(noMd5, ours));
}

void TestSignature::defaultUserId()
{
    Credentials c{QStringLiteral("12345"), QString(), QString(), QStringLiteral("x")};
    QCOMPARE(c.effectiveUserId(), QStringLiteral("bot12345"));
    c.userId = QStringLiteral("custom");
    QCOMPARE(c.effectiveUserId(), QStringLiteral("custom"));
}

void TestSignature::constantTimeCompare_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("equal");
    const QString sig = QStringLiteral("fe682369781d960cd164758e7e39c3257e45f869");
    QTest::newRow("same") << sig << sig << true;
    QTest::newRow("upper case") << sig.toUpper() << sig << true;
    QTest::newRow("last char") << sig.left(39) + QLatin1Char('0') << sig << false;
    QTest::newRow("prefix") << sig.left(20) << sig << false;
    QTest::newRow("longer") << sig + QLatin1Char('0') << sig << false;
    QTest::newRow("empty") << QString() << sig << false;
    QTest::newRow("both empty") << QString() << QString() << false;
    QTest::newRow("very long") << QString(5000, u'a') << sig << false;
}

void TestSignature::constantTimeCompare()
{
    QFETCH(QString, received);
    QFETCH(QString, expected);
    QFETCH(bool, equal);
    QCOMPARE(signaturesEqual(received, expected), equal);
}

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
