#include "core/qr/qrcode.h"
#include "zxingdecode.h"

#include <QPainter>
#include <QTest>

using namespace kasir;
using namespace kasir::test;
using Level = QrCode::ErrorCorrection;

Q_DECLARE_METATYPE(kasir::QrCode::ErrorCorrection)

namespace {
// A Faspay post-data redirect_url as the sandbox returns it (~200 characters).
QByteArray faspayRedirectUrl()
{
    return QByteArrayLiteral(
        "https://debit-sandbox.faspay.co.id/pws/100003/0830000010100000/"
        "1b4d0f5e2c7a9b3e8d6f4a2c1e0b9d8f7a6c5e4b?trx_id=3183540500001234&merchant_id=31835"
        "&bill_no=K01261123000042&lang=id&channel=kredivo");
}

// Printable text that fills `size` bytes, different on every position.
QByteArray filler(qsizetype size)
{
    QByteArray out;
    out.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        out.append(char('!' + (i * 7 + i / 94) % 94));
    return out;
}

bool onlyBlackAndWhite(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *row = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (row[x] != qRgb(0, 0, 0) && row[x] != qRgb(255, 255, 255))
                return false;
        }
    }
    return true;
}
} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void paintedRoundTrip_data();
    void paintedRoundTrip();
    void refusals_data();
    void refusals();
    void imageGeometry();
    void smallestVersion();
};

void TestQrCode::roundTrip_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Level>("level");
    QTest::addColumn<int>("moduleSize");

    QTest::newRow("faspay redirect_url") << faspayRedirectUrl() << Level::Medium << 4;
    QTest::newRow("receipt lookup")
        << QByteArrayLiteral("KASIR:K01261123000042:3183540500001234") << Level::Medium << 3;
    QTest::newRow("indonesian non-ascii")
        << QStringLiteral("Kopi Gayo \u2013 Rp 1.500.000 \u00B7 caf\u00E9 \u201Cenak\u201D, "
                          "terima kasih! \u2615")
               .toUtf8()
        << Level::Medium << 4;
    QTest::newRow("binary with NUL") << QByteArray("a\0b\xff\x01z", 6) << Level::Quartile << 4;
    QTest::newRow("one byte, high") << QByteArrayLiteral("x") << Level::High << 2;
    QTest::newRow("largest at M (2331 bytes)")
        << filler(QrCode::capacity(Level::Medium)) << Level::Medium << 3;
    QTest::newRow("largest at L (2953 bytes)")
        << filler(QrCode::capacity(Level::Low)) << Level::Low << 3;
    QTest::newRow("largest at H (1273 bytes)")
        << filler(QrCode::capacity(Level::High)) << Level::High << 3;
}

void TestQrCode::roundTrip()
{
    QFETCH(QByteArray, payload);
    QFETCH(Level, level);
    QFETCH(int, moduleSize);

    const std::optional<QrCode> code = QrCode::encode(payload, level);
    QVERIFY(code);
    QCOMPARE(code->errorCorrection(), level);
    const QImage image = code->toImage(moduleSize);
    const std::optional<DecodedQr> decoded = decodeQr(image);
    QVERIFY2(decoded, "ZXing could not read the symbol back");
    QCOMPARE(decoded->bytes, payload);
    // What a phone shows: UTF-8 is recognised without an ECI header.
    if (QString::fromUtf8(payload).toUtf8() == payload && !payload.contains('\0'))
        QCOMPARE(decoded->text, QString::fromUtf8(payload));
}

void TestQrCode::paintedRoundTrip_data()
{
    QTest::addColumn<QRectF>("target");
    QTest::newRow("whole pixels") << QRectF(20, 20, 200, 200);
    QTest::newRow("fractional position and size") << QRectF(20.3, 17.6, 187.4, 201.9);
    QTest::newRow("barely one pixel a module") << QRectF(10, 10, 57.5, 57.5);
}

// paint() on a raster device: the symbol reads back and every pixel is pure black or white,
// which is what snapping modules to whole device pixels buys.
void TestQrCode::paintedRoundTrip()
{
    QFETCH(QRectF, target);
    const QByteArray payload = QByteArrayLiteral("KASIR:K01261123000042:3183540500001234");
    const std::optional<QrCode> code = QrCode::encode(payload);
    QVERIFY(code);

    QImage image(int(target.right()) + 30, int(target.bottom()) + 30, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true); // paint() must not smear anyway
        code->paint(&painter, target);
    }
    QVERIFY(onlyBlackAndWhite(image));
    const std::optional<DecodedQr> decoded = decodeQr(image);
    QVERIFY(decoded);
    QCOMPARE(decoded->bytes, payload);

    // Nothing outside the target.
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == qRgb(0, 0, 0))
                QVERIFY2(target.adjusted(-1, -1, 1, 1).contains(QPointF(x, y)),
                         qPrintable(QStringLiteral("dark pixel at %1,%2").arg(x).arg(y)));
        }
    }
}

void TestQrCode::refusals_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Level>("level");
    QTest::newRow("empty") << QByteArray() << Level::Medium;
    QTest::newRow("one byte over M")
        << filler(QrCode::capacity(Level::Medium) + 1) << Level::Medium;
    QTest::newRow("one byte over L") << filler(QrCode::capacity(Level::Low) + 1) << Level::Low;
    QTest::newRow("one byte over H") << filler(QrCode::capacity(Level::High) + 1) << Level::High;
    QTest::newRow("a megabyte") << filler(1 << 20) << Level::Low;
}

void TestQrCode::refusals()
{
    QFETCH(QByteArray, payload);
    QFETCH(Level, level);
    QVERIFY(!QrCode::encode(payload, level));
}

void TestQrCode::imageGeometry()
{
    const std::optional<QrCode> code = QrCode::encode(QByteArrayLiteral("KASIR:A1:1"));
    QVERIFY(code);
    QCOMPARE(code->size(), 21);
    QCOMPARE(code->version(), 1);

    const QImage image = code->toImage(5, 2);
    QCOMPARE(image.format(), QImage::Format_Mono);
    QCOMPARE(image.width(), (21 + 4) * 5);
    QCOMPARE(image.height(), image.width());
    // Finder pattern: the top-left module is dark, the quiet zone around it light.
    QCOMPARE(image.pixel(10, 10), qRgb(0, 0, 0));
    QCOMPARE(image.pixel(14, 14), qRgb(0, 0, 0));
    QCOMPARE(image.pixel(9, 9), qRgb(255, 255, 255));
    QCOMPARE(image.pixel(0, image.height() - 1), qRgb(255, 255, 255));
    QVERIFY(code->isDark(0, 0));
    QVERIFY(!code->isDark(-1, 0));
    QVERIFY(!code->isDark(0, 21));

    QVERIFY(code->toImage(0).isNull());
    QVERIFY(code->toImage(1, -1).isNull());
}

void TestQrCode::smallestVersion()
{
    // 40 bytes at M need version 3 (29 modules); the receipt QR stays small.
    const std::optional<QrCode> code =
        QrCode::encode(QByteArrayLiteral("KASIR:K01261123000042:3183540500001234"));
    QVERIFY(code);
    QCOMPARE(code->size(), 29);
    const std::optional<QrCode> largest = QrCode::encode(filler(QrCode::capacity(Level::Medium)));
    QVERIFY(largest);
    QCOMPARE(largest->version(), 40);
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
