#include "ui/cashier/customerdisplay.h"

#include "core/qr/qrcode.h"

#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScreen>
#include <QVBoxLayout>
#include <QWindow>

namespace kasir {

namespace {

// The QR, painted pixel-aligned and as large as the widget allows, on a white quiet zone.
class QrView : public QWidget
{
public:
    explicit QrView(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumSize(220, 220);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    void setPayload(const QString &payload)
    {
        m_payload = payload;
        m_code = payload.isEmpty() ? std::nullopt : QrCode::encode(payload.toUtf8());
        update();
    }
    const QString &payload() const { return m_payload; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_code)
            return;
        QPainter painter(this);
        const int side = qMin(width(), height());
        const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
        painter.fillRect(square, Qt::white);
        // Four modules of quiet zone around the symbol.
        const qreal module = side / qreal(m_code->size() + 8);
        const QRectF symbol =
            QRectF(square).adjusted(4 * module, 4 * module, -4 * module, -4 * module);
        m_code->paint(&painter, symbol);
    }

private:
    QString m_payload;
    std::optional<QrCode> m_code;
};

QString channelName(const Attempt &attempt)
{
    return channelDisplayName(attempt.order.channel);
}

} // namespace

CustomerDisplay::CustomerDisplay(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("customerDisplay"));
    setWindowTitle(tr("Kasir — customer display"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xf7, 0xf8, 0xfa));
    pal.setColor(QPalette::WindowText, QColor(0x1b, 0x27, 0x33));
    setPalette(pal);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->setSpacing(14);

    auto makeLabel = [this](const char *name, qreal pointScale, bool bold) -> QLabel * {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * pointScale);
        f.setBold(bold);
        label->setFont(f);
        return label;
    };
    m_title = makeLabel("title", 1.8, true);
    m_amount = makeLabel("amount", 3.6, true);
    m_channel = makeLabel("channel", 1.8, false);
    m_hint = makeLabel("hint", 1.5, false);
    m_status = makeLabel("status", 2.6, true);
    m_qr = new QrView(this);
    m_qr->setObjectName(QStringLiteral("qr"));

    layout->addWidget(m_title);
    layout->addWidget(m_amount);
    layout->addWidget(m_channel);
    layout->addWidget(m_qr, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_status);
    resize(720, 900);
    applyMode();
}

CustomerDisplay::~CustomerDisplay() = default;

void CustomerDisplay::setStoreName(const QString &name)
{
    m_storeName = name;
    applyMode();
}

void CustomerDisplay::setPayment(const Attempt &attempt)
{
    m_attempt = attempt;
    m_mode = Mode::Payment;
    applyMode();
}

void CustomerDisplay::clear()
{
    m_attempt.reset();
    m_mode = Mode::Idle;
    applyMode();
}

void CustomerDisplay::showPaid()
{
    m_mode = Mode::Paid;
    applyMode();
}

void CustomerDisplay::showPaid(const Attempt &attempt)
{
    m_attempt = attempt;
    showPaid();
}

QString CustomerDisplay::qrPayload() const
{
    return static_cast<QrView *>(m_qr)->payload();
}

void CustomerDisplay::applyMode()
{
    auto *qr = static_cast<QrView *>(m_qr);
    // Amounts the Indonesian way whatever the cashier's language: the customer reads them.
    const QLocale idLocale(QLocale::Indonesian, QLocale::Indonesia);
    const QString store = m_storeName.isEmpty() ? tr("Welcome") : m_storeName;
    switch (m_mode) {
    case Mode::Idle:
        m_title->setText(store);
        m_amount->clear();
        m_channel->clear();
        qr->setPayload(QString());
        qr->hide();
        m_hint->setText(tr("Selamat datang / Welcome"));
        m_status->clear();
        break;
    case Mode::Payment: {
        m_title->setText(store);
        m_amount->setText(m_attempt ? m_attempt->total.format(idLocale) : QString());
        m_channel->setText(m_attempt ? tr("Pay with %1").arg(channelName(*m_attempt)) : QString());
        const QUrl url(m_attempt ? m_attempt->redirectUrl : QString());
        const bool linkOk = url.isValid() && (url.scheme() == QLatin1String("https") ||
                                              url.scheme() == QLatin1String("http"));
        qr->setPayload(linkOk ? url.toString(QUrl::FullyEncoded) : QString());
        qr->setVisible(linkOk);
        m_hint->setText(linkOk ? tr("Pindai dengan ponsel Anda\nScan with your phone")
                               : tr("Mohon tunggu…\nPlease wait…"));
        m_status->clear();
        break;
    }
    case Mode::Paid:
        m_title->setText(store);
        m_amount->setText(m_attempt ? m_attempt->total.format(idLocale) : QString());
        m_channel->setText(m_attempt ? channelName(*m_attempt) : QString());
        qr->setPayload(QString());
        qr->hide();
        m_hint->setText(tr("Pembayaran berhasil\nPayment successful"));
        m_status->setText(tr("Terima kasih!\nThank you!"));
        break;
    }
}

QScreen *CustomerDisplay::customerScreen(const QWidget *cashierWindow)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2)
        return nullptr;
    QScreen *cashier = cashierWindow ? cashierWindow->screen() : QGuiApplication::primaryScreen();
    for (QScreen *s : screens) {
        if (s != cashier)
            return s;
    }
    return nullptr;
}

void CustomerDisplay::showFor(const QWidget *cashierWindow)
{
    if (QScreen *screen = customerScreen(cashierWindow)) {
        setGeometry(screen->geometry());
        if (!windowHandle())
            create();
        windowHandle()->setScreen(screen);
        showFullScreen();
    } else {
        showNormal();
    }
}

} // namespace kasir
