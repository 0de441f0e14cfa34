#include "ui/widgets/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace kasir::theme {

namespace {
QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}
} // namespace

void applyApplicationStyle(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QPalette p;
    p.setColor(QPalette::Window, Window);
    p.setColor(QPalette::WindowText, Text);
    p.setColor(QPalette::Base, Surface);
    p.setColor(QPalette::AlternateBase, QColor(0xF7, 0xF9, 0xFB));
    p.setColor(QPalette::Text, Text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8A, 0x93, 0x9E));
    p.setColor(QPalette::Button, QColor(0xFA, 0xFB, 0xFC));
    p.setColor(QPalette::ButtonText, Text);
    p.setColor(QPalette::Highlight, Accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, Text);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Link, Accent);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9A, 0xA1, 0xAA));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9A, 0xA1, 0xAA));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9A, 0xA1, 0xAA));
    QApplication::setPalette(p);
    QFont f = QApplication::font();
    f.setPixelSize(14);
    app.setFont(f);
}

QFont moneyFont(int pixelSize, bool bold)
{
    // DejaVu Sans (Linux) and Segoe UI (Windows) both have tabular digits by default.
    QFont f = QApplication::font();
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

void setRole(QWidget *widget, const char *role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    repolish(widget);
}

void setTone(QWidget *widget, const char *tone)
{
    if (widget->property("tone").toString() == QLatin1String(tone))
        return;
    widget->setProperty("tone", QString::fromLatin1(tone));
    repolish(widget);
}

QString styleSheet()
{
    // clang-format off
    const QString css = QStringLiteral(R"CSS(
QMainWindow, #page { background: %window; }
QWidget { color: %text; }
QToolTip { color: white; background: %text; border: none; padding: 6px; }

#header { background: %surface; border-bottom: 1px solid %border; }
#panel, QFrame[role="panel"] { background: %surface; border: 1px solid %border; border-radius: 10px; }

QLabel[role="title"] { font-size: 20px; font-weight: 600; }
QLabel[role="section"] { font-size: 13px; font-weight: 700; color: %muted; }
QLabel[role="muted"] { color: %muted; }
QLabel[role="small"] { color: %muted; font-size: 12px; }
QLabel[role="error"] { color: %attention; font-size: 12px; }
QLabel[role="hint"] { color: %waiting; font-size: 12px; }
QLabel[role="fieldlabel"] { color: %muted; font-size: 12px; font-weight: 600; }
QLabel[role="total"] { font-size: 34px; font-weight: 700; color: %text; }
QLabel[role="amount"] { font-size: 40px; font-weight: 700; color: %text; }
QLabel[role="money"] { font-size: 15px; }
QLabel[role="kbd"] { background: %window; border: 1px solid %border; border-radius: 4px;
                     padding: 0px 5px; font-size: 11px; font-weight: 700; color: %muted; }

QLabel[role="chip"] { border-radius: 14px; padding: 4px 14px; font-weight: 700; font-size: 15px; }
QLabel[role="chip"][tone="waiting"] { background: %waitingSoft; color: %waiting; }
QLabel[role="chip"][tone="sending"] { background: %accentSoft; color: %accent; }
QLabel[role="chip"][tone="paid"] { background: %paidSoft; color: %paid; }
QLabel[role="chip"][tone="attention"] { background: %attentionSoft; color: %attention; }
QLabel[role="chip"][tone="neutral"] { background: %window; color: %muted; }

QFrame[role="notice"] { border-radius: 8px; }
QFrame[role="notice"][tone="waiting"] { background: %waitingSoft; border: 1px solid #F2D19B; }
QFrame[role="notice"][tone="attention"] { background: %attentionSoft; border: 1px solid #F2B8BA; }
QFrame[role="notice"][tone="paid"] { background: %paidSoft; border: 1px solid #A9D8B6; }
QFrame[role="notice"][tone="neutral"] { background: %accentSoft; border: 1px solid #B9D1EC; }

QLineEdit, QComboBox, QSpinBox { background: %surface; border: 1px solid %border; border-radius: 6px;
                                 padding: 5px 8px; min-height: 22px; selection-background-color: %accent; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus { border: 2px solid %accent; padding: 4px 7px; }
QLineEdit[invalid="true"] { border: 1px solid %attention; background: #FFF8F8; }
QLineEdit[invalid="true"]:focus { border: 2px solid %attention; }
QLineEdit:disabled { background: %window; color: #9AA1AA; }
QLineEdit#productEntry { font-size: 18px; min-height: 30px; padding: 6px 10px; }
QLineEdit#productEntry:focus { padding: 5px 9px; }

QPushButton { background: %surface; border: 1px solid %border; border-radius: 8px;
              padding: 7px 14px; min-height: 22px; font-weight: 600; }
QPushButton:hover { border-color: %accent; }
QPushButton:focus { border: 2px solid %accent; padding: 6px 13px; }
QPushButton:pressed { background: %accentSoft; }
QPushButton:disabled { color: #9AA1AA; background: %window; border-color: %border; }
QPushButton[role="primary"] { background: %accent; color: white; border: 1px solid %accentDark; }
QPushButton[role="primary"]:hover { background: %accentDark; }
QPushButton[role="primary"]:focus { border: 3px solid #F5A623; padding: 5px 12px; }
QPushButton[role="primary"]:disabled { background: #A9BED6; border-color: #A9BED6; color: white; }
QPushButton[role="pay"] { background: %accent; color: white; border: 1px solid %accentDark;
                          font-size: 20px; font-weight: 700; min-height: 44px; border-radius: 10px; }
QPushButton[role="pay"]:hover { background: %accentDark; }
QPushButton[role="pay"]:focus { border: 3px solid #F5A623; }
QPushButton[role="pay"]:disabled { background: #A9BED6; border-color: #A9BED6; }
QPushButton[role="danger"] { color: %attention; }
QPushButton[role="danger"]:focus { border: 2px solid %attention; }
QPushButton[role="success"] { background: %paid; color: white; border: 1px solid #145C28; }
QPushButton[role="success"]:focus { border: 3px solid #F5A623; padding: 5px 12px; }

QToolButton#headerButton { border: 1px solid transparent; border-radius: 8px; padding: 6px 10px;
                           font-weight: 600; }
QToolButton#headerButton:hover { background: %window; border-color: %border; }
QToolButton#headerButton[badge] { padding-right: 24px; }
QToolButton#headerButton:checked { background: %accentSoft; border-color: #B9D1EC; }

QToolButton#channelButton { background: %surface; border: 2px solid %border; border-radius: 10px;
                            padding: 6px; font-size: 12px; font-weight: 600; color: %muted; }
QToolButton#channelButton:hover { border-color: #8FB3DA; }
QToolButton#channelButton:checked { border: 3px solid %accent; background: %accentSoft; color: %accent; padding: 5px; }
QToolButton#channelButton:focus { border-color: #F5A623; }
QToolButton#channelButton:checked:focus { border: 3px solid #F5A623; }
QToolButton#channelButton:disabled { background: %window; color: %attention; border-style: dashed; }

QTableView { background: %surface; border: 1px solid %border; border-radius: 8px;
             gridline-color: #EDF0F3; selection-background-color: %accentSoft; selection-color: %text;
             alternate-background-color: #F9FAFC; }
QTableView:focus { border: 2px solid %accent; }
QTableView::item { padding: 4px 8px; border-bottom: 1px solid #EEF1F4; }
QHeaderView::section { background: %window; border: none; border-bottom: 1px solid %border;
                       padding: 6px 8px; font-size: 12px; font-weight: 700; color: %muted; }
QListWidget, QListView { background: %surface; border: 1px solid %border; border-radius: 8px; }

QTabWidget::pane { border: 1px solid %border; border-radius: 8px; top: -1px; background: %surface; }
QTabBar::tab { background: transparent; border: 1px solid transparent; padding: 7px 14px;
               margin-right: 2px; font-weight: 600; color: %muted; border-top-left-radius: 8px;
               border-top-right-radius: 8px; }
QTabBar::tab:selected { background: %surface; border: 1px solid %border; border-bottom-color: %surface;
                        color: %accent; }
QTabBar::tab:hover:!selected { color: %text; }
QCheckBox { spacing: 8px; font-weight: 600; }
QCheckBox:focus { color: %accent; }

QStatusBar { background: %surface; border-top: 1px solid %border; color: %muted; }
QStatusBar QLabel { color: %muted; padding: 0 6px; }
QProgressBar { border: none; background: %accentSoft; border-radius: 3px; max-height: 6px; }
QProgressBar::chunk { background: %accent; border-radius: 3px; }
)CSS");
    // clang-format on
    QString out = css;
    out.replace(QLatin1String("%window"), hex(Window))
        .replace(QLatin1String("%surface"), hex(Surface))
        .replace(QLatin1String("%border"), hex(Border))
        .replace(QLatin1String("%text"), hex(Text))
        .replace(QLatin1String("%muted"), hex(MutedText))
        .replace(QLatin1String("%accentSoft"), hex(AccentSoft))
        .replace(QLatin1String("%accentDark"), hex(AccentDark))
        .replace(QLatin1String("%accent"), hex(Accent))
        .replace(QLatin1String("%waitingSoft"), hex(WaitingSoft))
        .replace(QLatin1String("%waiting"), hex(Waiting))
        .replace(QLatin1String("%paidSoft"), hex(PaidSoft))
        .replace(QLatin1String("%paid"), hex(Paid))
        .replace(QLatin1String("%attentionSoft"), hex(AttentionSoft))
        .replace(QLatin1String("%attention"), hex(Attention));
    return out;
}

} // namespace kasir::theme
