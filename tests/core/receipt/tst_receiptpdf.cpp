#include "core/receipt/receiptpainter.h"
#include "core/receipt/receiptpdf.h"
#include "receiptsamples.h"
#include "zxingdecode.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kasir;
using namespace kasir::test;

Q_DECLARE_METATYPE(kasir::ReceiptData)
Q_DECLARE_METATYPE(kasir::ReceiptWidth)

namespace {
constexpr qreal PointsPerMm = 72 / 25.4;

// Runs a poppler tool; skips the test when it is not installed.
#define RUN_TOOL(output, tool, ...)                                                                \
    do {                                                                                           \
        const QString program = QStandardPaths::findExecutable(QStringLiteral(tool));              \
        if (program.isEmpty())                                                                     \
            QSKIP(tool " (poppler-utils) is not installed");                                       \
        QProcess process;                                                                          \
        process.start(program, QStringList{__VA_ARGS__});                                          \
        QVERIFY(process.waitForFinished(60'000));                                                  \
        QCOMPARE(process.exitCode(), 0);                                                           \
        output = QString::fromUtf8(process.readAllStandardOutput());                               \
    } while (false)

QString widthName(ReceiptWidth width)
{
    return width == ReceiptWidth::Mm58 ? QStringLiteral("58mm") : QStringLiteral("80mm");
}

QString pdfInfoField(const QString &info, const QString &field)
{
    const QRegularExpression re(QLatin1Char('^') + field + QLatin1String(":\\s*(.*)$"),
                                QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

QString collapsed(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}
} // namespace

class TestReceiptPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfPerChannel_data();
    void pdfPerChannel();
    void paintedOnThermalPrinterResolution_data();
    void paintedOnThermalPrinterResolution();
    void heightFollowsContent();
    void overwritesAtomically();
    void unwritableFolder();
    void archivePath_data();
    void archivePath();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestReceiptPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestReceiptPdf::pdfPerChannel_data()
{
    QTest::addColumn<ReceiptData>("data");
    QTest::addColumn<ReceiptWidth>("width");
    for (ReceiptWidth width : {ReceiptWidth::Mm58, ReceiptWidth::Mm80}) {
        const QByteArray w = widthName(width).toLatin1();
        QTest::addRow("%s kredivo 3 months", w.constData()) << sampleReceipt() << width;
        QTest::addRow("%s akulaku training", w.constData())
            << sampleReceipt(Channel::Akulaku, true) << width;
        QTest::addRow("%s indodana copy 2", w.constData())
            << sampleReceipt(Channel::Indodana, false, 2) << width;
        QTest::addRow("%s bri ceria training copy 1", w.constData())
            << sampleReceipt(Channel::BriCeria, true, 1) << width;
    }
}

// Every channel's receipt as a PDF: the text a customer, an auditor or a search tool reads out
// of it, the page size of the roll, the metadata, and the QR read back from the rendered page.
void TestReceiptPdf::pdfPerChannel()
{
    QFETCH(ReceiptData, data);
    QFETCH(ReceiptWidth, width);

    const QString path = receiptArchivePath(m_dir.path(), data);
    QString error;
    QVERIFY2(writeReceiptPdf(data, width, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    QString text;
    RUN_TOOL(text, "pdftotext", QStringLiteral("-layout"), path, QStringLiteral("-"));
    const QString flat = collapsed(text);
    QVERIFY2(text.contains(data.billNo), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Rp 3.374.000")), qPrintable(text));
    QVERIFY(text.contains(data.trxId));
    QVERIFY(text.contains(data.paymentReff));
    QVERIFY(text.contains(data.channelName));
    QVERIFY(flat.contains(QLatin1String("TOTAL Rp 3.374.000")));
    QVERIFY(flat.contains(QLatin1String("Toko Sinar Jaya Ponsel")));
    QCOMPARE(flat.contains(QLatin1String("3 bulan / 3 months")), data.channelName == u"Kredivo");
    QCOMPARE(flat.contains(QLatin1String("TRAINING / LATIHAN")), data.training);
    QCOMPARE(flat.contains(QStringLiteral("SALINAN / COPY #%1").arg(data.copyNumber)),
             data.copyNumber > 0);
    QCOMPARE(flat.contains(QLatin1String("SALINAN")), data.copyNumber > 0);
    QVERIFY(flat.contains(QLatin1String("Terima kasih / Thank you")));

    QString info;
    RUN_TOOL(info, "pdfinfo", path);
    QCOMPARE(pdfInfoField(info, QStringLiteral("Pages")), QStringLiteral("1"));
    static const QRegularExpression size(QStringLiteral("([\\d.]+) x ([\\d.]+) pts"));
    const QRegularExpressionMatch m = size.match(pdfInfoField(info, QStringLiteral("Page size")));
    QVERIFY2(m.hasMatch(), qPrintable(info));
    const qreal widthMm = m.captured(1).toDouble() / PointsPerMm;
    const qreal heightMm = m.captured(2).toDouble() / PointsPerMm;
    QVERIFY2(qAbs(widthMm - receiptPaperWidthMm(width)) < 0.2, qPrintable(info));
    QVERIFY2(qAbs(heightMm - receiptHeightMm(data, width)) < 0.2, qPrintable(info));
    QVERIFY(pdfInfoField(info, QStringLiteral("Title")).contains(data.billNo));
    QCOMPARE(pdfInfoField(info, QStringLiteral("Creator")), QStringLiteral("Kasir 0.1.0"));

    // The QR on the page reads back as the lookup code.
    const QString prefix = m_dir.filePath(QStringLiteral("render-") + QFileInfo(path).baseName());
    QString ignored;
    RUN_TOOL(ignored, "pdftoppm", QStringLiteral("-r"), QStringLiteral("200"),
             QStringLiteral("-gray"), QStringLiteral("-png"), QStringLiteral("-singlefile"), path,
             prefix);
    const QImage page(prefix + QLatin1String(".png"));
    QVERIFY(!page.isNull());
    const std::optional<DecodedQr> qr = decodeQr(page);
    QVERIFY2(qr, "no QR read from the rendered receipt");
    QCOMPARE(qr->text, data.lookupPayload());
}

void TestReceiptPdf::paintedOnThermalPrinterResolution_data()
{
    QTest::addColumn<ReceiptWidth>("width");
    QTest::newRow("58 mm") << ReceiptWidth::Mm58;
    QTest::newRow("80 mm") << ReceiptWidth::Mm80;
}

// What QPrinter gives for a thermal printer: 203 dpi, the paper as page. Nothing lands in the
// unprintable side margins, the QR reads back, and only black and white... except text edges.
void TestReceiptPdf::paintedOnThermalPrinterResolution()
{
    QFETCH(ReceiptWidth, width);
    const ReceiptData data = sampleReceipt(Channel::Kredivo, true, 1);
    const qreal dpi = 203;
    const qreal pxPerMm = dpi / 25.4;
    QImage image(qCeil(receiptPaperWidthMm(width) * pxPerMm),
                 qCeil(receiptHeightMm(data, width) * pxPerMm), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintReceipt(&painter, QRectF(QPointF(0, 0), image.size()), data, width);
    }
    const qreal margin = (receiptPaperWidthMm(width) - receiptPrintableWidthMm(width)) / 2;
    const int left = qFloor(margin * pxPerMm) - 1;
    const int right = qCeil((receiptPaperWidthMm(width) - margin) * pxPerMm) + 1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (x < left || x > right)
                QVERIFY2(image.pixel(x, y) == qRgb(255, 255, 255),
                         qPrintable(QStringLiteral("ink in the margin at %1,%2").arg(x).arg(y)));
        }
    }
    // Content reaches down to near the bottom: the height fits the content.
    int lastInk = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = left; x < right; ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                lastInk = y;
        }
    }
    QVERIFY(lastInk > image.height() - 12 * pxPerMm);

    const std::optional<DecodedQr> qr = decodeQr(image);
    QVERIFY(qr);
    QCOMPARE(qr->text, data.lookupPayload());
}

void TestReceiptPdf::heightFollowsContent()
{
    for (ReceiptWidth width : {ReceiptWidth::Mm58, ReceiptWidth::Mm80}) {
        const ReceiptData plain = sampleReceipt();
        ReceiptData more = plain;
        more.lines.append(ReceiptLine{QStringLiteral("Powerbank 10000 mAh"), 1,
                                      Money::fromRupiah(199'000), Money::fromRupiah(199'000)});
        const ReceiptData marked = sampleReceipt(Channel::Kredivo, true, 1);
        QVERIFY(receiptHeightMm(more, width) > receiptHeightMm(plain, width));
        QVERIFY(receiptHeightMm(marked, width) > receiptHeightMm(plain, width));
        QVERIFY(receiptHeightMm(ReceiptData(), width) >= receiptPaperWidthMm(width));
    }
    // Narrow paper wraps more: the same receipt is longer.
    QVERIFY(receiptHeightMm(sampleReceipt(), ReceiptWidth::Mm58) > 0);
    QCOMPARE(receiptPaperWidthMm(ReceiptWidth::Mm58), 58.0);
    QCOMPARE(receiptPaperWidthMm(ReceiptWidth::Mm80), 80.0);
}

void TestReceiptPdf::overwritesAtomically()
{
    const QString path = m_dir.filePath(QStringLiteral("atomic/receipt.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(1 << 20, 'o')); // longer than the new file: no tail may survive
    }
    QString error;
    QVERIFY2(writeReceiptPdf(sampleReceipt(), ReceiptWidth::Mm80, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(!pdf.contains("oooooooooooooooo"));
    // Nothing left behind next to it.
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files),
             QStringList{QStringLiteral("receipt.pdf")});
}

void TestReceiptPdf::unwritableFolder()
{
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString path = blocker + QLatin1String("/2026/11/x.pdf");
    QString error;
    QVERIFY(!writeReceiptPdf(sampleReceipt(), ReceiptWidth::Mm58, path, &error));
    QVERIFY2(error.contains(QLatin1String("not-a-folder")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!writeReceiptPdf(sampleReceipt(), ReceiptWidth::Mm58, path, nullptr));
}

void TestReceiptPdf::archivePath_data()
{
    QTest::addColumn<ReceiptData>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("original") << sampleReceipt()
                              << QStringLiteral("/data/receipts/2026/11/K01261123000042.pdf");
    QTest::newRow("copy 2") << sampleReceipt(Channel::Kredivo, false, 2)
                            << QStringLiteral("/data/receipts/2026/11/K01261123000042-copy-2.pdf");
    QTest::newRow("training") << sampleReceipt(Channel::Kredivo, true)
                              << QStringLiteral(
                                     "/data/receipts/training/2026/11/K01261123000042.pdf");
    ReceiptData newYear = sampleReceipt();
    newYear.saleTime = QDateTime(QDate(2026, 12, 31), QTime(17, 30), QTimeZone::utc());
    QTest::newRow("month in WIB") << newYear
                                  << QStringLiteral("/data/receipts/2027/01/K01261123000042.pdf");
    ReceiptData odd = sampleReceipt();
    odd.billNo = QStringLiteral("../../etc/x y");
    QTest::newRow("unsafe bill_no")
        << odd << QStringLiteral("/data/receipts/2026/11/______etc_x_y.pdf");
    ReceiptData undated;
    undated.billNo = QStringLiteral("B1");
    QTest::newRow("undated") << undated << QStringLiteral("/data/receipts/undated/B1.pdf");
}

void TestReceiptPdf::archivePath()
{
    QFETCH(ReceiptData, data);
    QFETCH(QString, expected);
    QCOMPARE(receiptArchivePath(QStringLiteral("/data"), data), expected);
}

// The sample receipts of the documentation: written next to the build, and turned into
// docs/screenshots/receipt-{80,58}mm.png when KASIR_UPDATE_SCREENSHOTS is set.
void TestReceiptPdf::screenshots()
{
    const QDir out(QStringLiteral(KASIR_BINARY_DIR "/receipt-samples"));
    QVERIFY(out.mkpath(QStringLiteral(".")));
    for (ReceiptWidth width : {ReceiptWidth::Mm80, ReceiptWidth::Mm58}) {
        const QString pdf = out.filePath(QStringLiteral("receipt-%1.pdf").arg(widthName(width)));
        QString error;
        QVERIFY2(writeReceiptPdf(sampleReceipt(), width, pdf, &error), qPrintable(error));
        if (qEnvironmentVariableIsEmpty("KASIR_UPDATE_SCREENSHOTS"))
            continue;
        const QString png =
            QStringLiteral(KASIR_SOURCE_DIR "/docs/screenshots/receipt-%1").arg(widthName(width));
        QVERIFY(QDir().mkpath(QFileInfo(png).absolutePath()));
        QString ignored;
        RUN_TOOL(ignored, "pdftoppm", QStringLiteral("-r"), QStringLiteral("200"),
                 QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, png);
    }
}

QTEST_MAIN(TestReceiptPdf)
#include "tst_receiptpdf.moc"
