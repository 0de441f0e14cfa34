// Receipts on system printers: the page is the roll's width and the receipt's height; a real
// CUPS queue (cups-pdf, set up by scripts/test-env.sh cups-start) takes the job, the job
// completes, and the PDF cups-pdf writes has one receipt-sized page that renders non-blank
// (its text is not extractable after the CUPS filters, so the rendering is checked). Unknown
// printers are reported, results come on the GUI thread, the preview does not block.

#include "tests/core/receipt/receiptsamples.h"
#include "ui/printing/receiptprinter.h"
#include "ui/printing/systemreceiptoutput.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kasir;

namespace {

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QSet<QString> pdfsIn(const QString &dir)
{
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    return QSet<QString>(names.begin(), names.end());
}

} // namespace

class TestReceiptPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageSize_data();
    void pageSize();
    void printsThroughCups_data();
    void printsThroughCups();
    void unknownPrinterReported();
    void resultsOnGuiThreadInOrder();
    void previewDoesNotBlock();
};

void TestReceiptPrinter::pageSize_data()
{
    QTest::addColumn<ReceiptWidth>("width");
    QTest::addColumn<qreal>("paperMm");
    QTest::newRow("58 mm") << ReceiptWidth::Mm58 << qreal(58);
    QTest::newRow("80 mm") << ReceiptWidth::Mm80 << qreal(80);
}

void TestReceiptPrinter::pageSize()
{
    QFETCH(ReceiptWidth, width);
    QFETCH(qreal, paperMm);
    const ReceiptData data = test::sampleReceipt();
    const QPageSize size = ReceiptPrinter::pageSize(data, width);
    QVERIFY(size.isValid());
    const QSizeF mm = size.size(QPageSize::Millimeter);
    QCOMPARE(mm.width(), paperMm);
    QVERIFY(qAbs(mm.height() - receiptHeightMm(data, width)) < 0.01);
    QVERIFY(mm.height() > mm.width());

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    ReceiptPrinter::configure(&printer, data, width);
    QCOMPARE(printer.pageLayout().fullRect(QPageLayout::Millimeter).width(), paperMm);
    QCOMPARE(printer.pageLayout().margins(QPageLayout::Millimeter), QMarginsF(0, 0, 0, 0));
    QVERIFY(printer.docName().contains(data.billNo));
}

void TestReceiptPrinter::printsThroughCups_data()
{
    QTest::addColumn<ReceiptWidth>("width");
    QTest::addColumn<int>("copyNumber");
    QTest::newRow("58 mm original") << ReceiptWidth::Mm58 << 0;
    QTest::newRow("80 mm copy") << ReceiptWidth::Mm80 << 1;
}

void TestReceiptPrinter::printsThroughCups()
{
    const QString queue = qEnvironmentVariable("KASIR_TEST_CUPS_QUEUE");
    if (queue.isEmpty()) {
        qInfo("KASIR_TEST_CUPS_QUEUE is not set: no CUPS queue to print to. Run the tests "
              "through scripts/test-env.sh (cups-start) to include this one.");
        QSKIP("no CUPS queue (KASIR_TEST_CUPS_QUEUE unset)");
    }
    QFETCH(ReceiptWidth, width);
    QFETCH(int, copyNumber);
    const QString pdfDir =
        qEnvironmentVariable("KASIR_TEST_CUPS_PDF_DIR", QDir::homePath() + QStringLiteral("/PDF"));
    const QSet<QString> before = pdfsIn(pdfDir);
    const ReceiptData data = test::sampleReceipt(Channel::Kredivo, false, copyNumber);

    SystemReceiptOutput output(queue, width);
    QSignalSpy printed(&output, &ReceiptOutput::printed);
    output.print(data, 77);
    QCOMPARE(printed.size(), 0); // never answered from inside print()
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 60000);
    QCOMPARE(printed.at(0).at(0).toULongLong(), quint64(77));
    QVERIFY2(printed.at(0).at(1).toBool(), qPrintable(printed.at(0).at(2).toString()));

    // The job completes in CUPS, and cups-pdf writes its PDF.
    QString newPdf;
    // CUPS tells no one when a job is done: ask it (lpstat) until the job has left the queue
    // and cups-pdf's file is there (checked below).
    (void)QTest::qWaitFor(
        [&] {
            const QString pending = run(QStringLiteral("lpstat"),
                                        {QStringLiteral("-W"), QStringLiteral("not-completed"),
                                         QStringLiteral("-o"), queue});
            if (!pending.trimmed().isEmpty())
                return false;
            for (const QString &name : pdfsIn(pdfDir)) {
                if (!before.contains(name))
                    newPdf = QDir(pdfDir).filePath(name);
            }
            return !newPdf.isEmpty();
        },
        60000);
    QVERIFY2(!newPdf.isEmpty(), qPrintable(QStringLiteral("no new PDF in ") + pdfDir));
    const QString completed =
        run(QStringLiteral("lpstat"),
            {QStringLiteral("-W"), QStringLiteral("completed"), QStringLiteral("-o"), queue});
    QVERIFY(!completed.trimmed().isEmpty());

    int rc = -1;
    const QString info = run(QStringLiteral("pdfinfo"), {newPdf}, &rc);
    QCOMPARE(rc, 0);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
    QVERIFY2(m.hasMatch(), qPrintable(info));
    const qreal wMm = m.captured(1).toDouble() * 25.4 / 72.0;
    const qreal hMm = m.captured(2).toDouble() * 25.4 / 72.0;
    qInfo("cups-pdf page: %.1f x %.1f mm (receipt %.1f x %.1f mm)", wMm, hMm,
          receiptPaperWidthMm(width), receiptHeightMm(data, width));
    QVERIFY(qAbs(wMm - receiptPaperWidthMm(width)) < 1.5);
    QVERIFY(qAbs(hMm - receiptHeightMm(data, width)) < 1.5);

    // Rendered, the page has ink: text, rules and the QR, not a blank sheet.
    QTemporaryDir tmp;
    const QString base = tmp.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-gray"),
         QStringLiteral("-singlefile"), newPdf, base},
        &rc);
    QCOMPARE(rc, 0);
    QImage page(base + QStringLiteral(".pgm"));
    QVERIFY(!page.isNull());
    page = page.convertToFormat(QImage::Format_Grayscale8);
    qint64 dark = 0;
    for (int y = 0; y < page.height(); ++y) {
        const uchar *line = page.constScanLine(y);
        for (int x = 0; x < page.width(); ++x)
            dark += line[x] < 128 ? 1 : 0;
    }
    const double share = double(dark) / (qint64(page.width()) * page.height());
    qInfo("dark pixels: %.2f %%", share * 100);
    QVERIFY(share > 0.02);
    QVERIFY(share < 0.6);
    const QString keep = qEnvironmentVariable("KASIR_TEST_OUTPUT_DIR");
    if (!keep.isEmpty())
        page.save(QDir(keep).filePath(QStringLiteral("cups-receipt-%1.png")
                                          .arg(QString::fromLatin1(QTest::currentDataTag()))
                                          .replace(QLatin1Char(' '), QLatin1Char('-'))));
    QFile::remove(newPdf);
}

void TestReceiptPrinter::unknownPrinterReported()
{
    SystemReceiptOutput output(QStringLiteral("no-such-printer-kasir"), ReceiptWidth::Mm58);
    QSignalSpy printed(&output, &ReceiptOutput::printed);
    output.print(test::sampleReceipt(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 20000);
    QCOMPARE(printed.at(0).at(1).toBool(), false);
    QVERIFY(printed.at(0).at(2).toString().contains(QStringLiteral("no-such-printer-kasir")));
    QVERIFY(output.description().contains(QStringLiteral("no-such-printer-kasir")));
}

void TestReceiptPrinter::resultsOnGuiThreadInOrder()
{
    SystemReceiptOutput output(QStringLiteral("no-such-printer-kasir"), ReceiptWidth::Mm80);
    QList<quint64> order;
    bool onGuiThread = true;
    connect(&output, &ReceiptOutput::printed, this, [&](quint64 id, bool, const QString &) {
        order << id;
        onGuiThread &= QThread::currentThread() == qApp->thread();
    });
    for (quint64 id : {11, 12, 13})
        output.print(test::sampleReceipt(), id);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 20000);
    QCOMPARE(order, (QList<quint64>{11, 12, 13}));
    QVERIFY(onGuiThread);
}

void TestReceiptPrinter::previewDoesNotBlock()
{
    QWidget window;
    window.show();
    QPointer<QPrintPreviewDialog> dialog =
        ReceiptPrinter::openPreview(test::sampleReceipt(), ReceiptWidth::Mm58, QString(), &window);
    // openPreview returned: nothing waited for the dialog.
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QVERIFY(dialog->windowTitle().contains(test::sampleReceipt().billNo));
    dialog->close();
    QTRY_VERIFY(dialog.isNull()); // deletes itself
}

QTEST_MAIN(TestReceiptPrinter)
#include "tst_receiptprinter.moc"
