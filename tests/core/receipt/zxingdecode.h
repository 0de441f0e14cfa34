#pragma once

// Reads a QR code back from an image with ZXing, the reader phone apps are built on.

#include <QByteArray>
#include <QImage>

#include <ZXing/ReadBarcode.h>
#include <ZXing/TextUtfEncoding.h>
#include <optional>
#include <string>

namespace kasir::test {

struct DecodedQr
{
    QByteArray bytes; // the payload exactly as stored in the symbol
    QString text;     // as a reader shows it (character set guessed)
};

inline std::optional<DecodedQr> decodeQr(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    const ZXing::ByteArray &bytes = result.bytes();
    const std::string utf8 = ZXing::TextUtfEncoding::ToUtf8(result.text());
    return DecodedQr{
        QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())),
        QString::fromStdString(utf8)};
}

} // namespace kasir::test
