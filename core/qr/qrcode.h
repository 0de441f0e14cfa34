#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>

#include <optional>

class QPainter;

namespace kasir {

// A QR code symbol (model 2) as a matrix of modules, made by libqrencode.
//
// The payload is taken as bytes and encoded in 8-bit byte mode with the smallest version that
// holds it, without an ECI header: URLs and Kasir's own lookup codes are ASCII, and scanners
// read byte-mode UTF-8 without a designator (an ECI header confuses some older phone readers).
class QrCode
{
public:
    enum class ErrorCorrection { Low, Medium, Quartile, High };

    // Bytes that fit in the largest symbol (version 40) in byte mode at each level.
    static constexpr qsizetype capacity(ErrorCorrection level)
    {
        switch (level) {
        case ErrorCorrection::Low:
            return 2953;
        case ErrorCorrection::Medium:
            return 2331;
        case ErrorCorrection::Quartile:
            return 1663;
        case ErrorCorrection::High:
            return 1273;
        }
        return 0;
    }

    // nullopt for an empty payload, one longer than capacity(level), or when libqrencode fails.
    static std::optional<QrCode> encode(const QByteArray &utf8,
                                        ErrorCorrection level = ErrorCorrection::Medium);

    // Modules per side (21 for version 1 ... 177 for version 40), without the quiet zone.
    int size() const { return m_size; }
    int version() const { return (m_size - 17) / 4; }
    ErrorCorrection errorCorrection() const { return m_level; }
    // False outside the matrix (the quiet zone is light).
    bool isDark(int x, int y) const;

    // Black on white, one colour per module, Format_Mono. A quiet zone of four modules is what
    // the standard asks for; receipts may use less when the paper margin adds to it.
    QImage toImage(int moduleSize, int quietZoneModules = 4) const;

    // Paints the modules (no quiet zone) as one filled path, centred and square in `target`.
    // On a pixel device the module size is rounded down to whole device pixels and the symbol
    // is placed on the pixel grid, so that no module is smeared over two pixel columns.
    void paint(QPainter *painter, const QRectF &target) const;

private:
    QrCode(int size, ErrorCorrection level, QList<bool> modules)
        : m_size(size)
        , m_level(level)
        , m_modules(std::move(modules))
    {}

    int m_size = 0;
    ErrorCorrection m_level = ErrorCorrection::Medium;
    QList<bool> m_modules; // row-major, m_size * m_size
};

} // namespace kasir
