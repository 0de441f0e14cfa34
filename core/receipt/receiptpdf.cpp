#include "core/receipt/receiptpdf.h"

#include "core/common/translatabletext.h"
#include "core/common/wib.h"
#include "core/kasirversion.h"
#include "core/receipt/receipttexts.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace kasir {

namespace {
constexpr char Ctx[] = "kasir::ReceiptPdf";

bool fail(QString *error, const TranslatableText &message)
{
    if (error)
        *error = message.toString();
    return false;
}

QString safeFileName(const QString &name)
{
    QString out;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'a' && u <= u'z') || u == u'-' || u == u'_';
        out += ok ? c : QChar(u'_');
    }
    return out.isEmpty() ? QStringLiteral("no-bill-no") : out;
}
} // namespace

QString receiptArchivePath(const QString &dataDir, const ReceiptData &data)
{
    const QDateTime when = data.saleTime.isValid() ? data.saleTime : data.paymentTime;
    const QString month = when.isValid() ? toWib(when).toString(QStringLiteral("yyyy/MM"))
                                         : QStringLiteral("undated");
    QString name = safeFileName(data.billNo);
    if (data.copyNumber > 0)
        name += QLatin1String("-copy-") + QString::number(data.copyNumber);
    const QString folder =
        data.training ? QStringLiteral("receipts/training/") : QStringLiteral("receipts/");
    return QDir(dataDir).filePath(folder + month + u'/' + name + QLatin1String(".pdf"));
}

bool writeReceiptPdf(const ReceiptData &data, ReceiptWidth width, const QString &path,
                     QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return fail(error, TranslatableText(Ctx,
                                            QT_TRANSLATE_NOOP("kasir::ReceiptPdf",
                                                              "The receipt folder %1 could not "
                                                              "be created. Check that the data "
                                                              "folder is writable, then save the "
                                                              "receipt again."),
                                            {QDir::toNativeSeparators(folder)}));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(error,
                    TranslatableText(Ctx,
                                     QT_TRANSLATE_NOOP("kasir::ReceiptPdf",
                                                       "The receipt PDF %1 could not be written "
                                                       "(%2). Check the disk and the data "
                                                       "folder, then save the receipt again."),
                                     {QDir::toNativeSeparators(path), file.errorString()}));
    }

    const qreal paperMm = receiptPaperWidthMm(width);
    const qreal heightMm = receiptHeightMm(data, width);
    {
        QPdfWriter writer(&file);
        QString title = QLatin1String("Nota / Receipt ") + data.billNo;
        if (data.copyNumber > 0)
            title += QLatin1String(" - ") + receiptCopyMark(data.copyNumber);
        if (data.training)
            title += QLatin1String(" - ") + receiptText(ReceiptText::Training);
        writer.setTitle(title);
        writer.setCreator(QLatin1String(KASIR_APPLICATION_NAME " " KASIR_VERSION_STRING));
        writer.setPageLayout(QPageLayout(
            QPageSize(QSizeF(paperMm, heightMm), QPageSize::Millimeter,
                      QStringLiteral("Receipt %1 mm").arg(paperMm), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));

        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(error, TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::ReceiptPdf",
                                                                       "The receipt PDF could not "
                                                                       "be started. Save the "
                                                                       "receipt again; if it keeps "
                                                                       "failing, restart Kasir.")));
        }
        const QRectF page(QPointF(0, 0),
                          writer.pageLayout().fullRectPixels(writer.resolution()).size());
        paintReceipt(&painter, page, data, width);
        painter.end();
    }

    if (!file.commit()) {
        return fail(error,
                    TranslatableText(Ctx,
                                     QT_TRANSLATE_NOOP("kasir::ReceiptPdf",
                                                       "The receipt PDF %1 could not be saved "
                                                       "(%2). Check the free disk space, then "
                                                       "save the receipt again."),
                                     {QDir::toNativeSeparators(path), file.errorString()}));
    }
    return true;
}

} // namespace kasir
