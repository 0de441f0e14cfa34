#include "core/payment/endofday.h"

#include "core/common/wib.h"
#include "core/faspay/hosts.h"
#include "core/faspay/wire.h"
#include "core/journal/readers.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>

#include <algorithm>

namespace kasir {

namespace {

constexpr const char *Ctx = "kasir::EndOfDay";

QString statusText(const std::optional<faspay::PaymentStatus> &status, const QString &code)
{
    if (!status)
        return code.isEmpty() ? QStringLiteral("?") : code;
    return faspay::paymentStatusCode(*status);
}

QString stateName(AttemptState state)
{
    return attemptStateLabel(state).toString();
}

} // namespace

QString discrepancyKindKey(Discrepancy::Kind kind)
{
    switch (kind) {
    case Discrepancy::Kind::JournalPaidFaspayNot:
        return QStringLiteral("journal-paid-faspay-not");
    case Discrepancy::Kind::FaspayPaidJournalNot:
        return QStringLiteral("faspay-paid-journal-not");
    case Discrepancy::Kind::AmountMismatch:
        return QStringLiteral("amount-mismatch");
    case Discrepancy::Kind::StatusDiffers:
        return QStringLiteral("status-differs");
    case Discrepancy::Kind::NotFoundAtFaspay:
        return QStringLiteral("not-found-at-faspay");
    case Discrepancy::Kind::NeedsAttention:
        return QStringLiteral("needs-attention");
    case Discrepancy::Kind::NotChecked:
        return QStringLiteral("not-checked");
    }
    return {};
}

TranslatableText discrepancyKindLabel(Discrepancy::Kind kind)
{
    switch (kind) {
    case Discrepancy::Kind::JournalPaidFaspayNot:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::EndOfDay", "Paid here, not paid at Faspay")};
    case Discrepancy::Kind::FaspayPaidJournalNot:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::EndOfDay", "Paid at Faspay, not paid here")};
    case Discrepancy::Kind::AmountMismatch:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::EndOfDay", "Amount differs")};
    case Discrepancy::Kind::StatusDiffers:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::EndOfDay", "Status differs")};
    case Discrepancy::Kind::NotFoundAtFaspay:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::EndOfDay", "Unknown to Faspay")};
    case Discrepancy::Kind::NeedsAttention:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::EndOfDay", "Needs a supervisor")};
    case Discrepancy::Kind::NotChecked:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::EndOfDay", "Could not be checked")};
    }
    return {};
}

std::optional<Discrepancy> compareWithFaspay(const Attempt &attempt,
                                             std::optional<faspay::PaymentStatus> status,
                                             const QString &statusCode, const QString &faspayTotal)
{
    using PS = faspay::PaymentStatus;
    Discrepancy d;
    d.attempt = attempt;
    d.faspayStatus = status;
    d.faspayStatusCode = statusCode;
    d.faspayTotal = faspayTotal;
    const QString code = statusText(status, statusCode);

    if (attempt.state == AttemptState::NeedsAttention) {
        d.kind = Discrepancy::Kind::NeedsAttention;
        d.explanation = {Ctx,
                         QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                           "Waiting for a supervisor (Faspay status %1). Open it "
                                           "in the history and settle it."),
                         {code}};
        return d;
    }
    if (!status) {
        d.kind = Discrepancy::Kind::NotChecked;
        d.explanation = {Ctx,
                         QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                           "Faspay's answer had no usable payment status (%1). "
                                           "Run Reconcile again later."),
                         {code}};
        return d;
    }

    const bool journalPaid = attempt.state == AttemptState::Paid;
    const bool journalOpen = !isTerminal(attempt.state); // waiting, unknown, cancelling, ...
    switch (*status) {
    case PS::Success:
        if (journalPaid) {
            // An empty payment_total says nothing about the amount (sandboxes leave it empty
            // before payment; some answers never fill it).
            if (!faspayTotal.trimmed().isEmpty() &&
                !faspay::returnedAmountMatches(faspayTotal, attempt.total)) {
                d.kind = Discrepancy::Kind::AmountMismatch;
                d.explanation = {Ctx,
                                 QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                                   "Faspay's payment total %1 is not the "
                                                   "sale's total %2. Compare with the lender's "
                                                   "statement before the money is settled."),
                                 {faspayTotal, QString::number(attempt.total.rupiah())}};
                return d;
            }
            return std::nullopt;
        }
        d.kind = Discrepancy::Kind::FaspayPaidJournalNot;
        d.explanation = {Ctx, QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                                "Faspay says this bill is paid, but Kasir has not "
                                                "recorded it as paid. Check its status from the "
                                                "history; if the customer has gone, a supervisor "
                                                "settles it.")};
        return d;
    case PS::Unprocessed:
    case PS::InProcess:
        if (journalPaid) {
            d.kind = Discrepancy::Kind::JournalPaidFaspayNot;
            d.explanation = {Ctx,
                             QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                               "Recorded as paid here, but Faspay says the bill "
                                               "is not paid (status %1). Do not hand over more "
                                               "goods; call Faspay with the bill number."),
                             {code}};
            return d;
        }
        if (journalOpen || attempt.state == AttemptState::Rejected)
            return std::nullopt; // both still open
        d.kind = Discrepancy::Kind::StatusDiffers;
        d.explanation = {Ctx,
                         QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                           "Closed in Kasir, but Faspay still waits for "
                                           "payment (status %1). Cancel it at Faspay so that "
                                           "the customer cannot pay it later."),
                         {code}};
        return d;
    case PS::NoBills:
        d.kind = journalPaid ? Discrepancy::Kind::JournalPaidFaspayNot
                             : Discrepancy::Kind::NotFoundAtFaspay;
        d.explanation = {Ctx,
                         QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                           "Faspay has no bill with this number and transaction "
                                           "id (status 5). Call Faspay with the bill number.")};
        return d;
    case PS::Failed:
    case PS::Reversed:
    case PS::Expired:
    case PS::Cancelled:
    case PS::Unknown: {
        const AttemptState expected = *status == PS::Failed      ? AttemptState::Failed
                                      : *status == PS::Reversed  ? AttemptState::Reversed
                                      : *status == PS::Expired   ? AttemptState::Expired
                                      : *status == PS::Cancelled ? AttemptState::Cancelled
                                                                 : AttemptState::NeedsAttention;
        if (attempt.state == expected)
            return std::nullopt;
        // Rejected attempts were never accepted by Faspay: anything but paid is consistent.
        if (attempt.state == AttemptState::Rejected && *status != PS::Unknown)
            return std::nullopt;
        if (journalPaid) {
            d.kind = Discrepancy::Kind::JournalPaidFaspayNot;
            d.explanation = {Ctx,
                             QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                               "Recorded as paid here, but Faspay says status "
                                               "%1. Do not hand over more goods; call Faspay "
                                               "with the bill number."),
                             {code}};
            return d;
        }
        d.kind = Discrepancy::Kind::StatusDiffers;
        d.explanation = {Ctx,
                         QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                           "Faspay says status %1, which is not what Kasir "
                                           "recorded. Check its status from the history."),
                         {code}};
        return d;
    }
    }
    return std::nullopt;
}

QString EndOfDayNotice::kindKey() const
{
    switch (kind) {
    case Kind::SettledByHand:
        return QStringLiteral("settled-by-hand");
    case Kind::NotFaspay:
        return QStringLiteral("not-faspay");
    case Kind::PaidTwice:
        return QStringLiteral("paid-twice");
    }
    return {};
}

TranslatableText EndOfDayNotice::explanation() const
{
    switch (kind) {
    case Kind::SettledByHand:
        if (settledBy.isEmpty())
            return {Ctx,
                    QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                      "Settled by a supervisor, not confirmed by Faspay (%1). "
                                      "Check it against the lender's statement."),
                    {settledReason}};
        return {Ctx,
                QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                  "Settled by supervisor %1, not confirmed by Faspay (%2). "
                                  "Check it against the lender's statement."),
                {settledBy, settledReason}};
    case Kind::NotFaspay:
        return {Ctx,
                QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                  "Sold through %1 (merchant %2), which is not one of Faspay's "
                                  "hosts. Money through it is not Faspay's: check with the "
                                  "owner."),
                {attempt.gatewayHost, attempt.merchantId}};
    case Kind::PaidTwice:
        return {Ctx,
                QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                  "The same customer also paid bill %1 within one bill's "
                                  "lifetime. Check with the customer; if it was not meant, "
                                  "refund one through the lender."),
                {otherBillNo}};
    }
    return {};
}

namespace {

QList<EndOfDayNotice> noticesFor(const QList<Attempt> &attempts)
{
    QList<EndOfDayNotice> notices;
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const Attempt &a = attempts.at(i);
        if (isSettledByHand(a))
            notices.append({EndOfDayNotice::Kind::SettledByHand, a, {}, {}, {}});
        if (faspay::isMarkedNotFaspay(a.training, a.gatewayHost))
            notices.append({EndOfDayNotice::Kind::NotFaspay, a, {}, {}, {}});
        if (a.state != AttemptState::Paid)
            continue;
        // The nearest other paid bill of the same customer inside this bill's lifetime, on
        // either side (both bills get a notice, each naming the other).
        const qint64 lifetime =
            a.billDate.isValid() && a.billExpired.isValid() ? a.billDate.secsTo(a.billExpired) : 0;
        for (qsizetype j = 0; j < attempts.size(); ++j) {
            const Attempt &b = attempts.at(j);
            if (j == i || b.state != AttemptState::Paid ||
                qAbs(a.createdAt.secsTo(b.createdAt)) > lifetime ||
                !isSameCustomer(a.order.customer, b.order.customer))
                continue;
            notices.append({EndOfDayNotice::Kind::PaidTwice, a, {}, {}, b.billNo});
            break;
        }
    }
    return notices;
}

} // namespace

EndOfDayReport EndOfDayReport::fromAttempts(QDate wibDay, bool training, const QList<Attempt> &all)
{
    EndOfDayReport r;
    r.day = wibDay;
    r.training = training;
    const QDateTime from = wibDayStartUtc(wibDay);
    const QDateTime to = wibDayEndUtc(wibDay);
    for (const Attempt &a : all) {
        if (a.training != training || a.createdAt < from || a.createdAt >= to)
            continue;
        r.attempts.append(a);
    }
    std::stable_sort(r.attempts.begin(), r.attempts.end(), [](const Attempt &x, const Attempt &y) {
        return x.createdAt < y.createdAt || (x.createdAt == y.createdAt && x.id < y.id);
    });
    for (const Attempt &a : std::as_const(r.attempts)) {
        Cell &c = r.cells[a.order.channel][a.state];
        ++c.count;
        c.total += a.total;
    }
    r.notices = noticesFor(r.attempts);
    return r;
}

std::optional<EndOfDayReport> EndOfDayReport::fromJournal(const AttemptReader &journal,
                                                          QDate wibDay, bool training,
                                                          JournalError *error)
{
    HistoryQuery q;
    q.from = wibDayStartUtc(wibDay);
    q.to = wibDayEndUtc(wibDay);
    q.training = training;
    q.limit = 500;
    QList<Attempt> all;
    for (;;) {
        JournalError e;
        const QList<Attempt> page = journal.search(q, &e);
        if (e.isError()) {
            if (error)
                *error = e;
            return std::nullopt;
        }
        all += page;
        if (page.size() < q.limit)
            break;
        q.offset += q.limit;
    }
    EndOfDayReport report = fromAttempts(wibDay, training, all);
    for (EndOfDayNotice &n : report.notices) {
        if (n.kind != EndOfDayNotice::Kind::SettledByHand)
            continue;
        JournalError e;
        if (const auto settled =
                handSettlement(journal.events(n.attempt.id, &e), n.attempt.state)) {
            n.settledBy = settled->by;
            n.settledReason = settled->reason;
        }
    }
    return report;
}

EndOfDayReport::Cell EndOfDayReport::cell(Channel channel, AttemptState state) const
{
    return cells.value(channel).value(state);
}

EndOfDayReport::Cell EndOfDayReport::channelTotal(Channel channel) const
{
    Cell sum;
    const QMap<AttemptState, Cell> row = cells.value(channel);
    for (const Cell &c : row) {
        sum.count += c.count;
        sum.total += c.total;
    }
    return sum;
}

EndOfDayReport::Cell EndOfDayReport::stateTotal(AttemptState state) const
{
    Cell sum;
    for (const QMap<AttemptState, Cell> &row : cells) {
        const Cell c = row.value(state);
        sum.count += c.count;
        sum.total += c.total;
    }
    return sum;
}

QList<Channel> EndOfDayReport::channels() const
{
    return cells.keys();
}

QList<AttemptState> EndOfDayReport::states() const
{
    QList<AttemptState> out;
    for (AttemptState s : allAttemptStates()) {
        if (stateTotal(s).count > 0)
            out.append(s);
    }
    return out;
}

namespace {

QByteArray csvField(const QString &value)
{
    QString v = value;
    // A leading =, +, - or @ makes spreadsheets run the cell as a formula.
    if (!v.isEmpty() &&
        (v.at(0) == QLatin1Char('=') || v.at(0) == QLatin1Char('+') || v.at(0) == QLatin1Char('@')))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

void csvRow(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(fields.at(i));
    }
    out += "\r\n";
}

QString wibText(const QDateTime &t)
{
    return t.isValid() ? toWib(t).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace

QByteArray endOfDayCsv(const EndOfDayReport &report, const QList<Discrepancy> &discrepancies)
{
    QByteArray out;
    csvRow(out, {QStringLiteral("Kasir end of day"), report.day.toString(Qt::ISODate),
                 report.training ? QStringLiteral("training") : QStringLiteral("live")});
    out += "\r\n";
    csvRow(out, {QStringLiteral("channel"), QStringLiteral("state"), QStringLiteral("count"),
                 QStringLiteral("total_rupiah")});
    for (Channel ch : report.channels()) {
        const QMap<AttemptState, EndOfDayReport::Cell> row = report.cells.value(ch);
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            csvRow(out, {channelDisplayName(ch), attemptStateKey(it.key()),
                         QString::number(it->count), QString::number(it->total.rupiah())});
    }
    const EndOfDayReport::Cell paid = report.paid();
    csvRow(out, {QStringLiteral("all"), QStringLiteral("paid"), QString::number(paid.count),
                 QString::number(paid.total.rupiah())});
    out += "\r\n";
    csvRow(out, {QStringLiteral("bill_no"), QStringLiteral("created_wib"),
                 QStringLiteral("channel"), QStringLiteral("state"), QStringLiteral("total_rupiah"),
                 QStringLiteral("trx_id"), QStringLiteral("payment_reff"),
                 QStringLiteral("paid_at_wib"), QStringLiteral("cashier"),
                 QStringLiteral("gateway_host"), QStringLiteral("merchant_id")});
    for (const Attempt &a : report.attempts)
        csvRow(out,
               {a.billNo, wibText(a.createdAt), channelDisplayName(a.order.channel),
                attemptStateKey(a.state), QString::number(a.total.rupiah()), a.trxId, a.paymentReff,
                wibText(a.paymentDate), a.cashier, a.gatewayHost, a.merchantId});
    if (!report.notices.isEmpty()) {
        out += "\r\n";
        csvRow(out, {QStringLiteral("notice"), QStringLiteral("bill_no"), QStringLiteral("state"),
                     QStringLiteral("total_rupiah"), QStringLiteral("explanation")});
        for (const EndOfDayNotice &n : report.notices)
            csvRow(out, {n.kindKey(), n.attempt.billNo, attemptStateKey(n.attempt.state),
                         QString::number(n.attempt.total.rupiah()), n.explanation().english()});
    }
    if (!discrepancies.isEmpty()) {
        out += "\r\n";
        csvRow(out, {QStringLiteral("discrepancy"), QStringLiteral("bill_no"),
                     QStringLiteral("journal_state"), QStringLiteral("faspay_status"),
                     QStringLiteral("journal_total_rupiah"), QStringLiteral("faspay_total"),
                     QStringLiteral("explanation")});
        for (const Discrepancy &d : discrepancies)
            csvRow(out,
                   {discrepancyKindKey(d.kind), d.attempt.billNo, attemptStateKey(d.attempt.state),
                    statusText(d.faspayStatus, d.faspayStatusCode),
                    QString::number(d.attempt.total.rupiah()), d.faspayTotal,
                    d.explanation.english()});
    }
    return out;
}

bool writeEndOfDayPdf(const EndOfDayReport &report, const QList<Discrepancy> &discrepancies,
                      const QString &storeName, const QString &path, QString *error)
{
    // Laying out text needs fonts, which need a GUI application (the window; not a headless
    // command).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QStringLiteral("writeEndOfDayPdf needs a QGuiApplication");
        return false;
    }
    const QLocale locale;
    QString html = QStringLiteral("<html><body style=\"font-family:sans-serif;font-size:9pt\">");
    html += QStringLiteral("<h2>") + storeName.toHtmlEscaped() + QStringLiteral(" — ") +
            QCoreApplication::translate("kasir::EndOfDay", "End of day").toHtmlEscaped() +
            QLatin1Char(' ') + locale.toString(report.day, QLocale::LongFormat).toHtmlEscaped() +
            QStringLiteral("</h2>");
    if (report.training)
        html += QStringLiteral("<p><b>") +
                QCoreApplication::translate("kasir::EndOfDay", "TRAINING — no money moved")
                    .toHtmlEscaped() +
                QStringLiteral("</b></p>");
    html += QStringLiteral("<p>") +
            QCoreApplication::translate("kasir::EndOfDay", "Paid: %1 sales, %2")
                .arg(report.paid().count)
                .arg(report.paid().total.format(locale))
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "width=\"100%\"><tr><th align=\"left\">") +
            QCoreApplication::translate("kasir::EndOfDay", "Channel").toHtmlEscaped() +
            QStringLiteral("</th><th align=\"left\">") +
            QCoreApplication::translate("kasir::EndOfDay", "Status").toHtmlEscaped() +
            QStringLiteral("</th><th align=\"right\">") +
            QCoreApplication::translate("kasir::EndOfDay", "Count").toHtmlEscaped() +
            QStringLiteral("</th><th align=\"right\">") +
            QCoreApplication::translate("kasir::EndOfDay", "Total").toHtmlEscaped() +
            QStringLiteral("</th></tr>");
    for (Channel ch : report.channels()) {
        const QMap<AttemptState, EndOfDayReport::Cell> row = report.cells.value(ch);
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            html += QStringLiteral("<tr><td>") + channelDisplayName(ch).toHtmlEscaped() +
                    QStringLiteral("</td><td>") + stateName(it.key()).toHtmlEscaped() +
                    QStringLiteral("</td><td align=\"right\">") + locale.toString(it->count) +
                    QStringLiteral("</td><td align=\"right\">") +
                    it->total.format(locale).toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    if (!discrepancies.isEmpty()) {
        html +=
            QStringLiteral("<h3>") +
            QCoreApplication::translate("kasir::EndOfDay", "Differences between Kasir and Faspay")
                .toHtmlEscaped() +
            QStringLiteral("</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "width=\"100%\">");
        for (const Discrepancy &d : discrepancies)
            html += QStringLiteral("<tr><td>") + d.attempt.billNo.toHtmlEscaped() +
                    QStringLiteral("</td><td>") +
                    discrepancyKindLabel(d.kind).toString().toHtmlEscaped() +
                    QStringLiteral("</td><td>") + d.explanation.toString().toHtmlEscaped() +
                    QStringLiteral("</td></tr>");
        html += QStringLiteral("</table>");
    }
    if (!report.notices.isEmpty()) {
        html += QStringLiteral("<h3>") +
                QCoreApplication::translate("kasir::EndOfDay", "Sales to look at again")
                    .toHtmlEscaped() +
                QStringLiteral("</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                               "width=\"100%\">");
        for (const EndOfDayNotice &n : report.notices)
            html += QStringLiteral("<tr><td>") + n.attempt.billNo.toHtmlEscaped() +
                    QStringLiteral("</td><td align=\"right\">") +
                    n.attempt.total.format(locale).toHtmlEscaped() + QStringLiteral("</td><td>") +
                    n.explanation().toString().toHtmlEscaped() + QStringLiteral("</td></tr>");
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h3>") +
            QCoreApplication::translate("kasir::EndOfDay", "Sales").toHtmlEscaped() +
            QStringLiteral("</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "width=\"100%\">");
    for (const Attempt &a : report.attempts)
        html += QStringLiteral("<tr><td>") + a.billNo.toHtmlEscaped() +
                QStringLiteral("</td><td>") + toWib(a.createdAt).toString(QStringLiteral("HH:mm")) +
                QStringLiteral("</td><td>") + channelDisplayName(a.order.channel).toHtmlEscaped() +
                QStringLiteral("</td><td>") + stateName(a.state).toHtmlEscaped() +
                QStringLiteral("</td><td align=\"right\">") +
                a.total.format(locale).toHtmlEscaped() + QStringLiteral("</td></tr>");
    html += QStringLiteral("</table></body></html>");

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate(
                         "kasir::EndOfDay",
                         "The report could not be saved to %1 (%2). Choose another folder.")
                         .arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("kasir::EndOfDay", "End of day %1")
                            .arg(report.day.toString(Qt::ISODate)));
        writer.setCreator(QStringLiteral("Kasir"));
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate(
                         "kasir::EndOfDay",
                         "The report could not be saved to %1 (%2). Choose another folder.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace kasir
