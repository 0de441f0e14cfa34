#include "core/sandbox/lenderpages.h"

#include <QLocale>

namespace kasir {

namespace {

// One stylesheet for every page; each lender sets its colours on <body>.
constexpr char Css[] = R"css(
:root{--brand:#2f6f73;--brand-2:#1f4f52;--on-brand:#fff;--ink:#17181a;--muted:#5b6068;
--line:#d5d9df;--bg:#f3f4f6}
body.kredivo{--brand:#f26a21;--brand-2:#c9500f}
body.akulaku{--brand:#e0262f;--brand-2:#a8141b}
body.indodana{--brand:#0f8f8a;--brand-2:#0a6662}
body.briceria{--brand:#0a4c95;--brand-2:#06356a}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.45 system-ui,-apple-system,
"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
.training{background:repeating-linear-gradient(135deg,#ffcf00 0 12px,#17181a 12px 24px);
padding:5px}
.training div{background:#ffcf00;color:#17181a;text-align:center;border-radius:4px;
padding:5px 8px;font-weight:800;letter-spacing:.12em;font-size:15px}
.training small{display:block;letter-spacing:0;font-weight:600;font-size:12px}
.brand{background:linear-gradient(160deg,var(--brand),var(--brand-2));color:var(--on-brand);
padding:18px 20px 58px}
.brand .inner{max-width:440px;margin:0 auto;display:flex;align-items:center;gap:12px}
.mark{width:40px;height:40px;border-radius:12px;background:rgba(255,255,255,.95);
color:var(--brand);display:flex;align-items:center;justify-content:center;font-weight:900;
font-size:22px}
.wordmark{font-size:28px;font-weight:800;letter-spacing:-.02em;line-height:1}
.wordmark i{font-style:normal;font-weight:400;opacity:.85}
.wordmark .box{background:#fff;color:var(--brand);border-radius:6px;padding:0 6px;
margin-right:6px;font-weight:900}
.wordmark .accent{color:#ffb35c}
.tagline{font-size:12px;opacity:.85;margin-top:4px}
main{max-width:440px;margin:-42px auto 16px;padding:0 12px}
.card{background:#fff;border-radius:18px;box-shadow:0 6px 20px rgba(16,24,40,.08);
padding:20px;margin-bottom:12px}
h1{font-size:22px;line-height:1.25;margin:0 0 14px}
.en{display:block;color:var(--muted);font-size:.8em;font-weight:400}
.steps{display:flex;gap:6px;margin:0 0 16px}
.steps span{flex:1;height:5px;border-radius:3px;background:#e4e7eb}
.steps span.on{background:var(--brand)}
label{display:block;font-weight:650;margin:14px 0 6px}
input[type=tel],input[type=password],input[type=text]{display:block;width:100%;font-size:22px;
padding:13px 14px;border:2px solid var(--line);border-radius:12px;background:#fff;color:var(--ink)}
input:focus{outline:none;border-color:var(--brand)}
button,input{font-family:inherit}
.nb{white-space:nowrap}
legend{font-weight:650;padding:0;margin:14px 0 2px}
fieldset{border:0;padding:0;margin:0;min-width:0}
button,.button{display:block;width:100%;min-height:56px;font-size:18px;font-weight:750;
border:0;border-radius:14px;margin-top:16px;cursor:pointer;text-align:center;
text-decoration:none;padding:15px 12px;line-height:1.2}
.primary{background:var(--brand);color:var(--on-brand)}
.secondary{background:#fff;color:var(--ink);border:2px solid var(--line)}
button .en,.button .en{color:inherit;opacity:.8;font-size:13px;font-weight:500}
.error{background:#fdecea;color:#9b1111;border-radius:12px;padding:12px 14px;margin:0 0 8px;
font-weight:650}
.error .en{color:#9b1111}
.hint{background:#fff8dc;border:1px dashed #d9a900;border-radius:14px;padding:12px 14px;
font-size:14px}
.hint code{font:700 16px ui-monospace,"DejaVu Sans Mono",monospace;background:#fff;
padding:1px 6px;border-radius:6px}
.hint p{margin:4px 0}
.hint .alt{display:block;color:var(--muted);font-size:13px;margin-top:2px}
.order h2{font-size:14px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);
margin:0 0 8px}
.order table{width:100%;border-collapse:collapse;font-size:15px}
.order td{padding:5px 0;vertical-align:top;border-bottom:1px solid #eef0f3}
.order td.amount{text-align:right;white-space:nowrap;padding-left:10px}
.order tr.discount td{color:#127a3a}
.order .total{display:flex;justify-content:space-between;align-items:baseline;margin-top:12px}
.order .total b{font-size:26px}
.meta{color:var(--muted);font-size:13px;margin:0 0 10px}
.tenors label{display:flex;align-items:center;gap:12px;border:2px solid var(--line);
border-radius:14px;padding:12px 14px;margin:8px 0;font-weight:650}
.tenors input{width:22px;height:22px;margin:0;accent-color:var(--brand);flex:none}
.tenors .opt{flex:1}
.tenors .per{display:block;margin-top:2px;font-size:14px;font-weight:700;color:var(--brand-2)}
.tenors label.off{opacity:.45}
.result{text-align:center}
.result .icon{width:72px;height:72px;border-radius:50%;margin:4px auto 12px;display:flex;
align-items:center;justify-content:center;font-size:38px;font-weight:900;color:#fff}
.ok{background:#1c8c4e}.no{background:#c62828}.wait{background:#8a8f98}
footer{text-align:center;color:var(--muted);font-size:12px;padding:4px 12px 28px}
)css";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// "Bahasa" with "English" under it.
QString both(const QString &id, const QString &en)
{
    return esc(id) + QStringLiteral("<span class=\"en\">") + esc(en) + QStringLiteral("</span>");
}

// Plain text (no markup): used inside both(), which escapes.
QString rupiahText(Money amount)
{
    return amount.format(QLocale(QLocale::Indonesian, QLocale::Indonesia));
}

// Markup: an amount that never breaks between "Rp" and the number.
QString rupiah(Money amount)
{
    return QStringLiteral("<span class=\"nb\">") + rupiahText(amount) + QStringLiteral("</span>");
}

QString brandKey(const QString &channelName)
{
    const QString key = channelName.toLower().remove(QLatin1Char(' '));
    if (key == u"kredivo" || key == u"akulaku" || key == u"indodana" || key == u"briceria")
        return key;
    return QStringLiteral("neutral");
}

// The lender's name drawn as text.
QString wordmark(const QString &key)
{
    if (key == u"kredivo")
        return QStringLiteral(
            "<div class=\"mark\">k</div><div><div class=\"wordmark\">kredivo"
            "</div><div class=\"tagline\">Beli sekarang, bayar nanti</div></div>");
    if (key == u"akulaku")
        return QStringLiteral(
            "<div class=\"mark\">a</div><div><div class=\"wordmark\">akulaku"
            "</div><div class=\"tagline\">Cicilan tanpa kartu kredit</div></div>");
    if (key == u"indodana")
        return QStringLiteral(
            "<div class=\"mark\">i</div><div><div class=\"wordmark\">indo<i>dana"
            "</i></div><div class=\"tagline\">PayLater &amp; cicilan</div></div>");
    if (key == u"briceria")
        return QStringLiteral("<div><div class=\"wordmark\"><span class=\"box\">BRI</span><span "
                              "class=\"accent\">Ceria</span></div><div class=\"tagline\">Kartu "
                              "kredit digital</div></div>");
    return QStringLiteral("<div class=\"mark\">K</div><div><div class=\"wordmark\">Kasir</div>"
                          "<div class=\"tagline\">Faspay Debit · sandbox latihan</div></div>");
}

QByteArray page(const QString &key, const QString &title, const QString &content)
{
    QString html;
    html.reserve(8192);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                           "<title>");
    html += esc(title);
    html += QStringLiteral(" · LATIHAN</title><style>");
    html += QLatin1String(Css);
    html += QStringLiteral("</style></head><body class=\"");
    html += key;
    html += QStringLiteral("\"><div class=\"training\" role=\"note\"><div>LATIHAN · TRAINING"
                           "<small>Bukan transaksi sungguhan — tidak ada uang yang berpindah · "
                           "Not a real payment — no money moves</small></div></div>"
                           "<header class=\"brand\"><div class=\"inner\">");
    html += wordmark(key);
    html += QStringLiteral("</div></header><main>");
    html += content;
    html +=
        key == u"neutral"
            ? QStringLiteral("</main><footer>Sandbox latihan Kasir · Kasir training sandbox"
                             "</footer></body></html>\n")
            : QStringLiteral("</main><footer>Sandbox latihan Kasir · Kasir training sandbox<br>"
                             "Tampilan contoh, bukan situs pemberi pinjaman · Sample look, not the "
                             "lender's site</footer></body></html>\n");
    return html.toUtf8();
}

QString steps(int current)
{
    QString html =
        QStringLiteral("<div class=\"steps\" aria-label=\"Langkah %1 dari 3\">").arg(current);
    for (int i = 1; i <= 3; ++i)
        html += i <= current ? QStringLiteral("<span class=\"on\"></span>")
                             : QStringLiteral("<span></span>");
    html += QStringLiteral("</div>");
    return html;
}

QString orderCard(const LenderPages::Bill &bill)
{
    QString html = QStringLiteral("<section class=\"card order\"><h2>Ringkasan belanja · Order"
                                  "</h2><p class=\"meta\">");
    html += esc(bill.merchantName) + QStringLiteral(" · Tagihan / Bill <b>") + esc(bill.billNo) +
            QStringLiteral("</b></p><table>");
    for (const LenderPages::Bill::Line &line : bill.lines) {
        html += line.isDiscount ? QStringLiteral("<tr class=\"discount\"><td>")
                                : QStringLiteral("<tr><td>");
        html += esc(line.name);
        if (line.qty != 1)
            html += QStringLiteral(" × %1").arg(line.qty);
        html += QStringLiteral("</td><td class=\"amount\">");
        html +=
            line.isDiscount ? QStringLiteral("−") + rupiah(line.lineTotal) : rupiah(line.lineTotal);
        html += QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table><div class=\"total\"><span>Total</span><b>") +
            rupiah(bill.total) + QStringLiteral("</b></div></section>");
    return html;
}

QString errorBox(const QString &error)
{
    if (error.isEmpty())
        return QString();
    const qsizetype newline = error.indexOf(QLatin1Char('\n'));
    const QString id = newline < 0 ? error : error.left(newline);
    const QString en = newline < 0 ? QString() : error.mid(newline + 1);
    return QStringLiteral("<div class=\"error\" role=\"alert\">") + both(id, en) +
           QStringLiteral("</div>");
}

QString formStart(const LenderPages::Form &form, const char *step)
{
    return QStringLiteral("<form method=\"post\" action=\"") + esc(form.action) +
           QStringLiteral("\"><input type=\"hidden\" name=\"step\" value=\"") +
           QLatin1String(step) +
           QStringLiteral("\"><input type=\"hidden\" name=\"token\" value=\"") + esc(form.token) +
           QStringLiteral("\">");
}

QString maskedPhone(const QString &phone)
{
    if (phone.size() < 8)
        return phone;
    return phone.left(4) + QString(phone.size() - 8, QLatin1Char('*')) + phone.right(4);
}

} // namespace

LenderPages::TrainingLogin LenderPages::trainingLogin(const QString &channelName)
{
    const QString key = brandKey(channelName);
    // Kredivo's public sandbox shopper (Part B §14); the others are the sandbox's own.
    if (key == u"kredivo")
        return {QStringLiteral("081513114262"), QStringLiteral("663482"), QStringLiteral("4567")};
    if (key == u"akulaku")
        return {QStringLiteral("081200000807"), QStringLiteral("807807"), QStringLiteral("8070")};
    if (key == u"indodana")
        return {QStringLiteral("081200000820"), QStringLiteral("820820"), QStringLiteral("8200")};
    return {QStringLiteral("081200000721"), QStringLiteral("721721"), QStringLiteral("7210")};
}

QList<LenderPages::Tenor> LenderPages::kredivoTenors()
{
    return {
        {QStringLiteral("30_days"), 0, QStringLiteral("Bayar dalam 30 hari"),
         QStringLiteral("Pay in full within 30 days")},
        {QStringLiteral("3_months"), 3, QStringLiteral("Cicilan 3 bulan"),
         QStringLiteral("3 monthly instalments")},
        {QStringLiteral("6_months"), 6, QStringLiteral("Cicilan 6 bulan"),
         QStringLiteral("6 monthly instalments")},
        {QStringLiteral("12_months"), 12, QStringLiteral("Cicilan 12 bulan"),
         QStringLiteral("12 monthly instalments")},
    };
}

QByteArray LenderPages::signIn(const Bill &bill, const Form &form, const TrainingLogin &login)
{
    QString html = QStringLiteral("<section class=\"card\">") + steps(1);
    html += QStringLiteral("<h1>") +
            both(QStringLiteral("Masuk ke ") + bill.channelName,
                 QStringLiteral("Sign in to ") + bill.channelName) +
            QStringLiteral("</h1>");
    html += errorBox(form.error);
    html += formStart(form, "signin");
    html += QStringLiteral("<label for=\"phone\">") +
            both(QStringLiteral("Nomor HP"), QStringLiteral("Mobile number")) +
            QStringLiteral("</label><input id=\"phone\" name=\"phone\" type=\"tel\" "
                           "inputmode=\"tel\" autocomplete=\"tel\" required value=\"") +
            esc(form.phone) + QStringLiteral("\">");
    html += QStringLiteral("<label for=\"pin\">") +
            both(QStringLiteral("PIN (6 angka)"), QStringLiteral("PIN (6 digits)")) +
            QStringLiteral("</label><input id=\"pin\" name=\"pin\" type=\"password\" "
                           "inputmode=\"numeric\" autocomplete=\"current-password\" "
                           "maxlength=\"6\" required>");
    html += QStringLiteral("<button class=\"primary\" type=\"submit\">") +
            both(QStringLiteral("Masuk"), QStringLiteral("Sign in")) +
            QStringLiteral("</button></form></section>");
    html += QStringLiteral("<section class=\"card hint\"><p><b>Data latihan · Training data"
                           "</b></p><p>HP / Phone <code>") +
            esc(login.phone) +
            QStringLiteral("</code><span class=\"alt\">atau nomor HP pelanggan · or the customer's "
                           "own number</span></p><p>PIN <code>") +
            esc(login.pin) + QStringLiteral("</code></p></section>");
    html += orderCard(bill);
    return page(brandKey(bill.channelName), bill.channelName, html);
}

QByteArray LenderPages::otp(const Bill &bill, const Form &form, const TrainingLogin &login)
{
    QString html = QStringLiteral("<section class=\"card\">") + steps(2);
    html += QStringLiteral("<h1>") +
            both(QStringLiteral("Masukkan kode OTP"), QStringLiteral("Enter the one-time code")) +
            QStringLiteral("</h1>");
    html +=
        QStringLiteral("<p class=\"meta\">") +
        both(QStringLiteral("Kode dikirim lewat SMS ke ") + maskedPhone(form.phone),
             QStringLiteral("The code was sent by text message to ") + maskedPhone(form.phone)) +
        QStringLiteral("</p>");
    html += errorBox(form.error);
    html += formStart(form, "otp");
    html += QStringLiteral("<label for=\"otp\">") +
            both(QStringLiteral("Kode OTP"), QStringLiteral("One-time code")) +
            QStringLiteral("</label><input id=\"otp\" name=\"otp\" type=\"text\" "
                           "inputmode=\"numeric\" autocomplete=\"one-time-code\" "
                           "maxlength=\"6\" required>");
    html += QStringLiteral("<button class=\"primary\" type=\"submit\">") +
            both(QStringLiteral("Verifikasi"), QStringLiteral("Verify")) +
            QStringLiteral("</button></form></section>");
    html += QStringLiteral("<section class=\"card hint\"><p><b>Data latihan · Training data"
                           "</b></p><p>OTP <code>") +
            esc(login.otp) + QStringLiteral("</code></p></section>");
    html += orderCard(bill);
    return page(brandKey(bill.channelName), bill.channelName, html);
}

QByteArray LenderPages::confirm(const Bill &bill, const Form &form)
{
    const bool kredivo = brandKey(bill.channelName) == u"kredivo";
    QString html = QStringLiteral("<section class=\"card\">") + steps(3);
    html += QStringLiteral("<h1>") +
            both(QStringLiteral("Konfirmasi pembayaran"), QStringLiteral("Confirm the payment")) +
            QStringLiteral("</h1>");
    html += QStringLiteral("<p class=\"meta\">") +
            both(QStringLiteral("Bayar ") + rupiahText(bill.total) + QStringLiteral(" ke ") +
                     bill.merchantName + QStringLiteral(" dengan ") + bill.channelName,
                 QStringLiteral("Pay ") + rupiahText(bill.total) + QStringLiteral(" to ") +
                     bill.merchantName + QStringLiteral(" with ") + bill.channelName) +
            QStringLiteral("</p>");
    html += errorBox(form.error);
    html += formStart(form, "confirm");
    if (kredivo) {
        html += QStringLiteral("<fieldset class=\"tenors\"><legend>") +
                both(QStringLiteral("Pilih tenor"), QStringLiteral("Choose how to pay")) +
                QStringLiteral("</legend>");
        const bool instalmentsAllowed = bill.total.rupiah() >= 1'500'000;
        for (const Tenor &tenor : kredivoTenors()) {
            const bool allowed = tenor.months == 0 || instalmentsAllowed;
            const bool checked = tenor.key == bill.tenor;
            html += allowed ? QStringLiteral("<label>") : QStringLiteral("<label class=\"off\">");
            html += QStringLiteral("<input type=\"radio\" name=\"tenor\" value=\"") + tenor.key +
                    QLatin1Char('"') + (checked ? QStringLiteral(" checked") : QString()) +
                    (allowed ? QString() : QStringLiteral(" disabled")) + QLatin1Char('>');
            html += QStringLiteral("<span class=\"opt\">") + both(tenor.labelId, tenor.labelEn);
            if (tenor.months > 0) {
                // Training shows no interest: the total split evenly, rounded up.
                const qint64 perMonth = (bill.total.rupiah() + tenor.months - 1) / tenor.months;
                html += QStringLiteral("<span class=\"per\">") +
                        esc(rupiahText(Money::fromRupiah(perMonth))) +
                        QStringLiteral("/bulan · month</span>");
            }
            html += QStringLiteral("</span></label>");
        }
        if (!instalmentsAllowed)
            html += QStringLiteral("<p class=\"meta\">") +
                    both(QStringLiteral("Cicilan mulai belanja Rp 1.500.000."),
                         QStringLiteral("Instalments start at Rp 1,500,000.")) +
                    QStringLiteral("</p>");
        html += QStringLiteral("</fieldset>");
    }
    html += QStringLiteral("<button class=\"primary\" type=\"submit\" name=\"action\" "
                           "value=\"approve\">") +
            both(QStringLiteral("Setujui & bayar"), QStringLiteral("Approve and pay")) +
            QStringLiteral("</button><button class=\"secondary\" type=\"submit\" "
                           "name=\"action\" value=\"decline\">") +
            both(QStringLiteral("Tolak"), QStringLiteral("Decline")) +
            QStringLiteral("</button></form></section>");
    html += orderCard(bill);
    return page(brandKey(bill.channelName), bill.channelName, html);
}

QByteArray LenderPages::finished(const Bill &bill, int paymentStatus, const QUrl &returnUrl)
{
    QString icon = QStringLiteral("<div class=\"icon wait\">!</div>");
    QString title = both(QStringLiteral("Tagihan sudah diproses"),
                         QStringLiteral("This bill has been dealt with"));
    switch (paymentStatus) {
    case 2:
        icon = QStringLiteral("<div class=\"icon ok\">✓</div>");
        title = both(QStringLiteral("Pembayaran disetujui"), QStringLiteral("Payment approved"));
        break;
    case 3:
        icon = QStringLiteral("<div class=\"icon no\">✕</div>");
        title = both(QStringLiteral("Pembayaran ditolak"), QStringLiteral("Payment declined"));
        break;
    case 7:
        title = both(QStringLiteral("Tagihan kedaluwarsa"), QStringLiteral("The bill has expired"));
        break;
    case 8:
        title =
            both(QStringLiteral("Tagihan dibatalkan"), QStringLiteral("The bill was cancelled"));
        break;
    default:
        break;
    }
    QString html = QStringLiteral("<section class=\"card result\">") + icon +
                   QStringLiteral("<h1>") + title + QStringLiteral("</h1><p class=\"meta\">") +
                   esc(bill.merchantName) + QStringLiteral(" · ") + esc(bill.billNo) +
                   QStringLiteral(" · ") + rupiah(bill.total) + QStringLiteral("</p>");
    if (returnUrl.isValid())
        html += QStringLiteral("<a class=\"button primary\" href=\"") +
                esc(returnUrl.toString(QUrl::FullyEncoded)) + QStringLiteral("\">") +
                both(QStringLiteral("Kembali ke toko"), QStringLiteral("Back to the store")) +
                QStringLiteral("</a>");
    html += QStringLiteral("</section>");
    return page(brandKey(bill.channelName), bill.channelName, html);
}

QByteArray LenderPages::error(const QString &titleId, const QString &titleEn,
                              const QString &detailId, const QString &detailEn)
{
    const QString html = QStringLiteral("<section class=\"card result\"><div class=\"icon no\">!"
                                        "</div><h1>") +
                         both(titleId, titleEn) + QStringLiteral("</h1><p>") +
                         both(detailId, detailEn) + QStringLiteral("</p></section>");
    return page(QStringLiteral("neutral"), titleEn, html);
}

QByteArray LenderPages::kasirReturn(const QString &billNo, const QString &status)
{
    QString result;
    if (status == u"2")
        result = both(QStringLiteral("Pembayaran disetujui pemberi pinjaman."),
                      QStringLiteral("The lender approved the payment."));
    else if (status == u"3")
        result = both(QStringLiteral("Pembayaran ditolak pemberi pinjaman."),
                      QStringLiteral("The lender declined the payment."));
    else
        result = both(QStringLiteral("Status pembayaran: ") + status,
                      QStringLiteral("Payment status: ") + status);
    const QString icon = status == u"2"   ? QStringLiteral("<div class=\"icon ok\">✓</div>")
                         : status == u"3" ? QStringLiteral("<div class=\"icon no\">✕</div>")
                                          : QStringLiteral("<div class=\"icon wait\">…</div>");
    const QString html =
        QStringLiteral("<section class=\"card result\">") + icon + QStringLiteral("<h1>") +
        both(QStringLiteral("Pembayaran selesai — kembali ke kasir"),
             QStringLiteral("Payment finished — return to the cashier")) +
        QStringLiteral("</h1><p>") + result + QStringLiteral("</p><p class=\"meta\">") +
        both(QStringLiteral("Tagihan ") + billNo +
                 QStringLiteral(". Layar kasir memastikan status pembayaran."),
             QStringLiteral("Bill ") + billNo +
                 QStringLiteral(". The cashier's screen confirms the payment.")) +
        QStringLiteral("</p></section>");
    return page(QStringLiteral("neutral"), QStringLiteral("Kasir"), html);
}

QByteArray LenderPages::maintenance()
{
    return QByteArrayLiteral(
        "<!DOCTYPE html>\n<html><head><title>503 Service Temporarily Unavailable</title></head>"
        "<body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>"
        "Sedang dalam pemeliharaan / Under maintenance</center></body></html>\n");
}

} // namespace kasir
