#include "core/receipt/receiptpainter.h"

#include "core/qr/qrcode.h"
#include "core/receipt/receipttexts.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace kasir {

namespace {
// Layout is measured at a fixed high resolution, so that it does not depend on the device it is
// painted on; only the final placement uses the device's resolution.
constexpr int ReferenceDpi = 1200;
constexpr qreal MmPerInch = 25.4;

enum class Role { Title, Address, Body, BodyBold, Small, Total, Banner, Footer };

struct Metrics
{
    qreal paperMm;
    qreal printableMm;
    qreal titlePt, addressPt, bodyPt, smallPt, totalPt, bannerPt, footerPt;
    qreal qrMm;
};

Metrics metricsFor(ReceiptWidth width)
{
    if (width == ReceiptWidth::Mm58)
        return {58, 48, 10.5, 6.5, 7, 6, 10, 9, 7.5, 24};
    return {80, 72, 13, 7.5, 8, 7, 12, 11, 8.5, 26};
}

QFont makeFont(qreal pointSize, bool bold)
{
    QFont font;
    // DejaVu Sans and Noto Sans ship with Debian; Segoe UI, Arial and Helvetica cover Windows
    // and macOS counters. All have tabular digits, so amounts line up.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Segoe UI"), QStringLiteral("Arial"),
                      QStringLiteral("Helvetica")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setKerning(true);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QString money(Money amount)
{
    return amount.format(QLocale(QLocale::Indonesian, QLocale::Indonesia));
}

struct Item
{
    enum class Kind { Text, Fill, Frame, Dashes, Qr };
    Kind kind = Kind::Text;
    QRectF rect;        // millimetres from the content's top-left corner
    qreal baseline = 0; // Text: millimetres from the content's top
    QString text;
    QFont font;
    Qt::Alignment align = Qt::AlignLeft; // Text: within rect's width
    bool inverted = false;               // Text: white (on a black band)

    static Item shape(Kind kind, const QRectF &rect, QString text = {})
    {
        Item item;
        item.kind = kind;
        item.rect = rect;
        item.text = std::move(text);
        return item;
    }
};

class Layout
{
public:
    Layout(ReceiptWidth width, qreal contentMm)
        : m_metrics(metricsFor(width))
        , m_width(contentMm)
        , m_reference(1, 1, QImage::Format_Mono)
    {
        const int dotsPerMeter = qRound(ReferenceDpi / MmPerInch * 1000);
        m_reference.setDotsPerMeterX(dotsPerMeter);
        m_reference.setDotsPerMeterY(dotsPerMeter);
    }

    QList<Item> items;
    qreal y = 0;

    const Metrics &metrics() const { return m_metrics; }

    QFont font(Role role) const
    {
        const Metrics &m = m_metrics;
        switch (role) {
        case Role::Title:
            return makeFont(m.titlePt, true);
        case Role::Address:
            return makeFont(m.addressPt, false);
        case Role::Body:
            return makeFont(m.bodyPt, false);
        case Role::BodyBold:
            return makeFont(m.bodyPt, true);
        case Role::Small:
            return makeFont(m.smallPt, false);
        case Role::Total:
            return makeFont(m.totalPt, true);
        case Role::Banner:
            return makeFont(m.bannerPt, true);
        case Role::Footer:
            return makeFont(m.footerPt, true);
        }
        return makeFont(m.bodyPt, false);
    }

    void space(qreal mm) { y += mm; }

    // Lines of text in one role, wrapped to the width.
    void text(Role role, const QString &text, Qt::Alignment align, qreal indentMm = 0)
    {
        lines(font(role), wrap(font(role), text, m_width - indentMm), align, indentMm);
    }

    // A heading: one line, made up to a fifth smaller when that is what it takes to fit;
    // wrapped only when even that is too wide.
    void heading(Role role, const QString &text)
    {
        QFont f = font(role);
        const qreal full = f.pointSizeF();
        for (qreal scale = 1.0; scale >= 0.8; scale -= 0.05) {
            f.setPointSizeF(full * scale);
            if (advance(f, text) <= usable(m_width)) {
                lines(f, {text}, Qt::AlignHCenter, 0);
                return;
            }
        }
        this->text(role, text, Qt::AlignHCenter);
    }

    // Label on the left, value flush right, on one baseline; the value moves to a line of its
    // own when both do not fit side by side.
    void pair(const QString &label, const QString &value, Role labelRole, Role valueRole,
              qreal indentMm = 0)
    {
        const QFont labelFont = font(labelRole);
        const QFont valueFont = font(valueRole);
        const qreal gap = 2;
        if (advance(labelFont, label) + gap + advance(valueFont, value) >
            usable(m_width - indentMm)) {
            text(labelRole, label, Qt::AlignLeft, indentMm);
            text(valueRole, value, Qt::AlignRight);
            return;
        }
        const QFontMetricsF lm(labelFont, &m_reference);
        const QFontMetricsF vm(valueFont, &m_reference);
        const qreal ascent = toMm(qMax(lm.ascent(), vm.ascent()));
        const qreal height = qMax(toMm(lm.lineSpacing()), toMm(vm.lineSpacing()));
        const qreal leading = height - ascent - toMm(qMax(lm.descent(), vm.descent()));
        const QRectF row(indentMm, y, m_width - indentMm, height);
        const qreal baseline = y + leading / 2 + ascent;
        items.append(textItem(row, baseline, label, labelFont, Qt::AlignLeft));
        items.append(textItem(row, baseline, value, valueFont, Qt::AlignRight));
        y += height;
    }

    void rule(qreal thicknessMm = 0.25)
    {
        items.append(Item::shape(Item::Kind::Fill, QRectF(0, y, m_width, thicknessMm)));
        y += thicknessMm;
    }

    void dashes()
    {
        const qreal t = 0.25;
        items.append(Item::shape(Item::Kind::Dashes, QRectF(0, y, m_width, t)));
        y += t;
    }

    // White text on a full-width black band.
    void band(Role role, const QString &text)
    {
        const qreal pad = 1.2;
        const QFont f = font(role);
        const QStringList parts = wrap(f, text, m_width - 2 * pad);
        const qreal bandHeight = parts.size() * toMm(metrics(f).lineSpacing()) + 2 * pad;
        items.append(Item::shape(Item::Kind::Fill, QRectF(0, y, m_width, bandHeight)));
        y += pad;
        lines(f, parts, Qt::AlignHCenter, 0, true);
        y += pad;
    }

    // Centred text in a thin frame just wide enough for it.
    void framed(Role role, const QString &text)
    {
        const qreal padX = 2.5;
        const qreal padY = 0.9;
        const QFont f = font(role);
        const QStringList parts = wrap(f, text, m_width - 2 * padX);
        qreal textWidth = 0;
        for (const QString &part : parts)
            textWidth = qMax(textWidth, advance(f, part));
        const qreal boxWidth = qMin(m_width, textWidth + 2 * padX);
        const qreal boxHeight = parts.size() * toMm(metrics(f).lineSpacing()) + 2 * padY;
        items.append(Item::shape(Item::Kind::Frame,
                                 QRectF((m_width - boxWidth) / 2, y, boxWidth, boxHeight)));
        y += padY;
        lines(f, parts, Qt::AlignHCenter, 0);
        y += padY;
    }

    // The symbol with a quiet zone of four modules above (the standard's) and two below, where
    // only the caption follows.
    void qr(const QString &payload, qreal sideMm)
    {
        const std::optional<QrCode> code = QrCode::encode(payload.toUtf8());
        if (!code)
            return;
        const qreal side = qMin(sideMm, m_width);
        const qreal module = side / code->size();
        y += 4 * module;
        items.append(
            Item::shape(Item::Kind::Qr, QRectF((m_width - side) / 2, y, side, side), payload));
        y += side + 2 * module;
    }

private:
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, &m_reference); }
    qreal toMm(qreal referencePixels) const { return referencePixels * MmPerInch / ReferenceDpi; }
    qreal toPixels(qreal mm) const { return mm * ReferenceDpi / MmPerInch; }
    qreal advance(const QFont &f, const QString &text) const
    {
        return toMm(metrics(f).horizontalAdvance(text));
    }
    // A little is held back so that a hinted device font, slightly wider, still fits.
    static qreal usable(qreal widthMm) { return widthMm * 0.97; }

    static Item textItem(const QRectF &row, qreal baseline, const QString &text, const QFont &f,
                         Qt::Alignment align, bool inverted = false)
    {
        Item item = Item::shape(Item::Kind::Text, row, text);
        item.baseline = baseline;
        item.font = f;
        item.align = align;
        item.inverted = inverted;
        return item;
    }

    void lines(const QFont &f, const QStringList &parts, Qt::Alignment align, qreal indentMm,
               bool inverted = false)
    {
        const QFontMetricsF m = metrics(f);
        const qreal height = toMm(m.lineSpacing());
        const qreal leading = height - toMm(m.ascent()) - toMm(m.descent());
        for (const QString &part : parts) {
            const QRectF row(indentMm, y, m_width - indentMm, height);
            items.append(
                textItem(row, y + leading / 2 + toMm(m.ascent()), part, f, align, inverted));
            y += height;
        }
    }

    // Lines of `text` no wider than `widthMm`, words kept whole where they fit (QTextLayout:
    // Unicode line breaking, so any script wraps properly).
    QStringList wrap(const QFont &f, const QString &text, qreal widthMm) const
    {
        QStringList out;
        QTextLayout layout(text, f, &m_reference);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(toPixels(usable(widthMm)));
            const QString part = text.mid(line.textStart(), line.textLength()).trimmed();
            if (!part.isEmpty())
                out.append(part);
        }
        layout.endLayout();
        return out;
    }

    Metrics m_metrics;
    qreal m_width;
    QImage m_reference;
};

constexpr qreal TopMarginMm = 4;
constexpr qreal BottomMarginMm = 6;

Layout layoutReceipt(const ReceiptData &data, ReceiptWidth width, qreal contentMm)
{
    Layout l(width, contentMm);
    const ReceiptTextForm form =
        width == ReceiptWidth::Mm58 ? ReceiptTextForm::Compact : ReceiptTextForm::Full;
    const auto label = [form](ReceiptText text) -> QString {
        return receiptText(text, form);
    };
    const qreal gap = l.metrics().bodyPt * 0.2; // mm, grows with the type
    l.space(TopMarginMm);

    l.heading(Role::Title, data.storeName);
    l.space(gap * 0.4);
    for (const QString &line : data.storeAddress.split(u'\n', Qt::SkipEmptyParts))
        l.text(Role::Address, line.trimmed(), Qt::AlignHCenter);
    l.space(gap);
    l.rule(0.35);

    if (data.training) {
        l.space(gap);
        l.band(Role::Banner, receiptText(ReceiptText::Training));
        l.space(gap * 0.4);
        l.text(Role::Small, receiptText(ReceiptText::TrainingNote), Qt::AlignHCenter);
    }
    if (data.notFaspay) {
        l.space(gap);
        l.band(Role::Banner, receiptText(ReceiptText::NotFaspay));
        l.space(gap * 0.4);
        l.text(Role::Small, receiptText(ReceiptText::NotFaspayNote, form), Qt::AlignHCenter);
        l.text(Role::Small, data.gatewayHost, Qt::AlignHCenter);
    }
    if (data.settledByHand) {
        l.space(gap);
        l.band(Role::Banner, receiptText(ReceiptText::SettledByHand));
        l.space(gap * 0.4);
        l.text(Role::Small, receiptText(ReceiptText::SettledByHandNote), Qt::AlignHCenter);
        if (!data.settledBy.isEmpty())
            l.pair(label(ReceiptText::SettledBy), data.settledBy, Role::Small, Role::BodyBold);
        if (!data.settledReason.isEmpty())
            l.text(Role::Small,
                   label(ReceiptText::SettledReason) + QStringLiteral(": ") + data.settledReason,
                   Qt::AlignLeft);
    }
    if (data.copyNumber > 0) {
        l.space(gap);
        l.framed(Role::BodyBold, receiptCopyMark(data.copyNumber));
    }

    l.space(gap);
    l.pair(label(ReceiptText::BillNo), data.billNo, Role::Small, Role::BodyBold);
    l.pair(label(ReceiptText::Date), formatReceiptTime(data.saleTime), Role::Small, Role::Body);
    l.pair(label(ReceiptText::Cashier), data.cashier, Role::Small, Role::Body);
    l.pair(label(ReceiptText::Terminal), data.terminal, Role::Small, Role::Body);
    l.space(gap);
    l.dashes();
    l.space(gap);

    const qreal indent = 3;
    for (const ReceiptLine &line : data.lines) {
        l.text(Role::Body, line.name, Qt::AlignLeft);
        l.pair(QString::number(line.qty) + QStringLiteral(" \u00D7 ") + money(line.unitPrice),
               money(line.lineTotal), Role::Small, Role::Body, indent);
        l.space(gap * 0.5);
    }
    l.space(gap * 0.5);
    l.dashes();
    l.space(gap);

    l.pair(label(ReceiptText::Subtotal), money(data.subtotal), Role::Body, Role::Body);
    if (!data.discount.isZero())
        l.pair(label(ReceiptText::Discount), money(Money() - data.discount), Role::Body,
               Role::Body);
    for (const ReceiptFee &fee : data.fees)
        l.pair(receiptFeeLabel(fee.kind, form), money(fee.amount), Role::Body, Role::Body);
    l.space(gap);
    l.rule();
    l.space(gap * 0.8);
    l.pair(label(ReceiptText::Total), money(data.total), Role::Total, Role::Total);
    l.space(gap * 0.6);
    l.rule();
    l.space(0.5);
    l.rule();
    l.space(gap);

    l.pair(label(ReceiptText::Payment), data.channelName, Role::Small, Role::BodyBold);
    if (!data.tenorLabel.isEmpty())
        l.pair(label(ReceiptText::Tenor), data.tenorLabel, Role::Small, Role::Body);
    l.pair(label(ReceiptText::TrxId), data.trxId, Role::Small, Role::Body);
    if (!data.paymentReff.isEmpty())
        l.pair(label(ReceiptText::PaymentReff), data.paymentReff, Role::Small, Role::Body);
    if (data.paymentTime.isValid())
        l.pair(label(ReceiptText::PaidAt), formatReceiptTime(data.paymentTime), Role::Small,
               Role::Body);
    if (!data.gatewayHost.isEmpty())
        l.pair(label(ReceiptText::Gateway), data.gatewayHost, Role::Small, Role::Body);
    if (!data.merchantId.isEmpty())
        l.pair(label(ReceiptText::Merchant), data.merchantId, Role::Small, Role::Body);
    l.space(gap);
    l.dashes();

    if (!data.billNo.isEmpty()) {
        l.qr(data.lookupPayload(), l.metrics().qrMm);
        l.text(Role::Small, receiptText(ReceiptText::ScanToLookUp), Qt::AlignHCenter);
    }
    l.space(gap * 1.5);
    l.text(Role::Footer, receiptText(ReceiptText::ThankYou), Qt::AlignHCenter);
    if (data.training) {
        l.space(gap);
        l.band(Role::Banner, receiptText(ReceiptText::Training));
    }
    if (data.notFaspay) {
        l.space(gap);
        l.band(Role::Banner, receiptText(ReceiptText::NotFaspay));
    }
    l.space(BottomMarginMm);
    return l;
}
} // namespace

qreal receiptPaperWidthMm(ReceiptWidth width)
{
    return metricsFor(width).paperMm;
}

qreal receiptPrintableWidthMm(ReceiptWidth width)
{
    return metricsFor(width).printableMm;
}

qreal receiptHeightMm(const ReceiptData &data, ReceiptWidth width)
{
    const Layout layout = layoutReceipt(data, width, receiptPrintableWidthMm(width));
    // Whole millimetres, rounded up: a tidy page size, and room for rounding on the device.
    return qMax(std::ceil(layout.y), receiptPaperWidthMm(width));
}

void paintReceipt(QPainter *painter, const QRectF &pageRect, const ReceiptData &data,
                  ReceiptWidth width)
{
    if (!painter || !painter->device() || pageRect.isEmpty())
        return;
    const qreal pxPerMmX = painter->device()->logicalDpiX() / MmPerInch;
    const qreal pxPerMmY = painter->device()->logicalDpiY() / MmPerInch;
    const qreal contentMm = qMin(receiptPrintableWidthMm(width), pageRect.width() / pxPerMmX);
    const Layout layout = layoutReceipt(data, width, contentMm);
    const QPointF origin(pageRect.left() + (pageRect.width() - contentMm * pxPerMmX) / 2,
                         pageRect.top());
    const auto toDevice = [&](const QRectF &mm) -> QRectF {
        return QRectF(origin.x() + mm.x() * pxPerMmX, origin.y() + mm.y() * pxPerMmY,
                      mm.width() * pxPerMmX, mm.height() * pxPerMmY);
    };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    for (const Item &item : layout.items) {
        const QRectF r = toDevice(item.rect);
        switch (item.kind) {
        case Item::Kind::Text: {
            // Placed by the baseline, with the device's own advance: labels and values of one
            // row share a baseline, and right-aligned amounts end exactly at the edge.
            painter->setFont(item.font);
            painter->setPen(item.inverted ? Qt::white : Qt::black);
            const qreal advance =
                QFontMetricsF(item.font, painter->device()).horizontalAdvance(item.text);
            qreal x = r.left();
            if (item.align & Qt::AlignRight)
                x = r.right() - advance;
            else if (item.align & Qt::AlignHCenter)
                x = r.center().x() - advance / 2;
            painter->drawText(QPointF(x, origin.y() + item.baseline * pxPerMmY), item.text);
            break;
        }
        case Item::Kind::Fill:
            painter->fillRect(r, Qt::black);
            break;
        case Item::Kind::Frame: {
            const qreal pen = 0.35 * pxPerMmX;
            painter->setPen(QPen(Qt::black, pen, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(r.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
            break;
        }
        case Item::Kind::Dashes: {
            // Whole dashes at both ends: the gaps share out what is left over.
            const qreal dash = 1.2 * pxPerMmX;
            const qreal gap = 0.8 * pxPerMmX;
            const int count = qMax(2, int((r.width() + gap) / (dash + gap)));
            const qreal step = (r.width() - dash) / (count - 1);
            for (int i = 0; i < count; ++i)
                painter->fillRect(QRectF(r.left() + i * step, r.top(), dash, r.height()),
                                  Qt::black);
            break;
        }
        case Item::Kind::Qr:
            if (const std::optional<QrCode> code = QrCode::encode(item.text.toUtf8()))
                code->paint(painter, r);
            break;
        }
    }
    painter->restore();
}

} // namespace kasir
