#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QApplication;
class QWidget;

namespace kasir::theme {

// One restrained palette: neutral greys, one accent, and status colours that mean the same
// everywhere (waiting amber, paid green, attention red).
inline const QColor Accent{0x0B, 0x5C, 0xAD};
inline const QColor AccentDark{0x08, 0x47, 0x87};
inline const QColor AccentSoft{0xE7, 0xF0, 0xFA};
inline const QColor Window{0xF3, 0xF5, 0xF8};
inline const QColor Surface{0xFF, 0xFF, 0xFF};
inline const QColor Border{0xD5, 0xDA, 0xE1};
inline const QColor Text{0x1D, 0x23, 0x2B};
inline const QColor MutedText{0x5B, 0x64, 0x70};
inline const QColor Waiting{0xA8, 0x5F, 0x00};
inline const QColor WaitingSoft{0xFF, 0xF3, 0xDC};
inline const QColor Paid{0x1B, 0x7A, 0x35};
inline const QColor PaidSoft{0xE6, 0xF4, 0xEA};
inline const QColor Attention{0xC0, 0x27, 0x2D};
inline const QColor AttentionSoft{0xFD, 0xEC, 0xEC};
inline const QColor Training{0xF5, 0xA6, 0x23};

// Fusion, the palette above and the application style sheet. The window looks the same on
// every platform (counter PCs run Windows; tests run offscreen).
void applyApplicationStyle(QApplication &app);

// The style sheet of the cashier window, applied to its top level so that the window looks
// right even when the application style was not set (unit tests of single widgets).
QString styleSheet();

// A font whose digits all have the same width, for amounts that line up in columns.
QFont moneyFont(int pixelSize, bool bold = false);

// Marks a widget for the style sheet: role is one of "title", "muted", "error", "money",
// "total", "chip", "section" and so on (see styleSheet()).
void setRole(QWidget *widget, const char *role);
// Status chips: "waiting", "paid", "attention", "neutral", "sending".
void setTone(QWidget *widget, const char *tone);

} // namespace kasir::theme
