#include "app/headless.h"

#include "app/appcontext.h"
#include "app/languages.h"
#include "core/faspay/channelcatalog.h"
#include "core/faspay/codes.h"
#include "core/journal/journal.h"
#include "core/order/order.h"
#include "core/payment/attemptmachine.h"
#include "core/payment/checkoutservice.h"
#include "core/receipt/receiptservice.h"
#include "core/sandbox/sandboxconfig.h"
#include "core/sandbox/trainingsandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <pwd.h>
#include <unistd.h>

namespace kasir {

namespace {
constexpr char Ctx[] = "kasir::Headless";

enum ExitCode { ExitPaid = 0, ExitBadInput = 1, ExitNotPaid = 2, ExitNotFinal = 3 };

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Every problem in English and in Bahasa Indonesia, so that whoever reads the terminal or the
// log understands it.
void printProblem(const TranslatableText &text, const QString &prefix = QString())
{
    const QString english = text.english();
    const QString indonesian = text.translatedWith(indonesianTranslator());
    err() << "kasir: " << prefix << english << Qt::endl;
    if (indonesian != english)
        err() << "kasir: " << prefix << indonesian << Qt::endl;
}

void printFieldErrors(const FieldErrors &errors)
{
    for (const FieldError &e : errors)
        printProblem(e.message, e.field + QLatin1String(": "));
}

void printJson(const QJsonValue &value)
{
    const QByteArray bytes = value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

// The `status` field of the headless commands (issue #4).
QString cliStatus(AttemptState state)
{
    switch (state) {
    case AttemptState::Paid:
        return QStringLiteral("paid");
    case AttemptState::Failed:
    case AttemptState::Reversed: // paid, then reversed: final and not paid ("state" says which)
        return QStringLiteral("failed");
    case AttemptState::Expired:
        return QStringLiteral("expired");
    case AttemptState::Cancelled:
        return QStringLiteral("cancelled");
    case AttemptState::Rejected:
        return QStringLiteral("rejected");
    case AttemptState::Unknown:
        return QStringLiteral("unknown");
    case AttemptState::NeedsAttention:
        return QStringLiteral("needs_attention");
    case AttemptState::Draft:
    case AttemptState::Sending:
    case AttemptState::AwaitingPayment:
    case AttemptState::Cancelling:
        return QStringLiteral("pending");
    }
    return QStringLiteral("pending");
}

int exitCodeFor(AttemptState state)
{
    if (state == AttemptState::Paid)
        return ExitPaid;
    return isTerminal(state) ? ExitNotPaid : ExitNotFinal;
}

QJsonObject attemptJson(const Attempt &a, const QString &receipt)
{
    QJsonObject o;
    o.insert(QStringLiteral("bill_no"), a.billNo);
    o.insert(QStringLiteral("trx_id"), a.trxId.isEmpty() ? QJsonValue() : QJsonValue(a.trxId));
    o.insert(QStringLiteral("redirect_url"),
             a.redirectUrl.isEmpty() ? QJsonValue() : QJsonValue(a.redirectUrl));
    o.insert(QStringLiteral("status"), cliStatus(a.state));
    o.insert(QStringLiteral("state"), attemptStateKey(a.state));
    o.insert(QStringLiteral("payment_status_code"),
             a.paymentStatusCode >= 0 ? QJsonValue(a.paymentStatusCode) : QJsonValue());
    o.insert(QStringLiteral("payment_reff"),
             a.paymentReff.isEmpty() ? QJsonValue() : QJsonValue(a.paymentReff));
    o.insert(QStringLiteral("receipt"), receipt.isEmpty() ? QJsonValue() : QJsonValue(receipt));
    o.insert(QStringLiteral("response_code"),
             a.responseCode.isEmpty() ? QJsonValue() : QJsonValue(a.responseCode));
    o.insert(QStringLiteral("channel"), channelKey(a.order.channel));
    o.insert(QStringLiteral("total"), a.total.rupiah());
    o.insert(QStringLiteral("training"), a.training);
    if (!a.reason.isEmpty()) {
        o.insert(QStringLiteral("reason"), a.reason);
        o.insert(QStringLiteral("message"),
                 attemptReasonText(attemptReasonFromKey(a.reason)).english());
    }
    if (a.previousAttemptId != 0)
        o.insert(QStringLiteral("replaces_attempt"), a.previousAttemptId);
    // Where the bill was posted and who posted it (issue 12); null on attempts written before
    // Kasir recorded them.
    const auto textOrNull = [](const QString &t) {
        return t.isEmpty() ? QJsonValue() : QJsonValue(t);
    };
    o.insert(QStringLiteral("gateway_host"), textOrNull(a.gatewayHost));
    o.insert(QStringLiteral("merchant_id"), textOrNull(a.merchantId));
    o.insert(QStringLiteral("staff"), textOrNull(a.cashier));
    return o;
}

QString receiptFor(AppContext &context, const Attempt &a)
{
    if (a.state != AttemptState::Paid || !context.receipts())
        return {};
    return context.receipts()->originalPdf(a.id);
}

bool parseWait(const QCommandLineParser &parser, int *seconds)
{
    *seconds = -1;
    if (!parser.isSet(QStringLiteral("wait")))
        return true;
    bool ok = false;
    const int value = parser.value(QStringLiteral("wait")).toInt(&ok);
    if (!ok || value < 0 || value > 7 * 24 * 3600) {
        printProblem(TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::Headless",
                                                             "--wait needs a number of seconds "
                                                             "(0 or more).")));
        return false;
    }
    *seconds = value;
    return true;
}

// Runs the event loop until `done` says so or `timeoutMs` passes (-1: no limit).
template<typename Done>
void waitUntil(QObject *watched, Done done, qint64 timeoutMs)
{
    if (done())
        return;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop, &done] {
        if (done())
            loop.quit();
    });
    poll.start();
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (timeoutMs >= 0)
        deadline.start(static_cast<int>(std::min<qint64>(timeoutMs, INT_MAX)));
    Q_UNUSED(watched);
    loop.exec();
}

// Who a headless run acts as: no one signs in, so the journal records the operating-system
// account that ran the command, "operator NAME" (design §3 invariant 8).
QString operatorName()
{
    QString name;
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name)
        name = QString::fromLocal8Bit(pw->pw_name);
    if (name.isEmpty())
        name = QStringLiteral("uid %1").arg(::getuid());
    return QStringLiteral("operator %1").arg(name);
}

std::unique_ptr<AppContext> makeContext(AppContext::Purpose purpose)
{
    TranslatableText problem;
    std::unique_ptr<AppContext> context = AppContext::create(purpose, &problem);
    if (!context)
        printProblem(problem);
    else if (context->checkout())
        context->checkout()->setCashier(operatorName());
    return context;
}

void reportProgress(AppContext &context)
{
    QObject::connect(context.checkout(), &CheckoutService::attemptChanged, context.checkout(),
                     [](const Attempt &a) {
                         err() << "kasir: bill " << a.billNo << ": " << attemptStateKey(a.state);
                         if (a.state == AttemptState::AwaitingPayment && !a.redirectUrl.isEmpty())
                             err() << " redirect_url " << a.redirectUrl;
                         err() << Qt::endl;
                     });
    QObject::connect(context.checkout(), &CheckoutService::alarmRaised, context.checkout(),
                     [](qint64, const TranslatableText &message) { printProblem(message); });
    QObject::connect(context.checkout(), &CheckoutService::paymentsDisabled, context.checkout(),
                     [](const TranslatableText &message) { printProblem(message); });
}
} // namespace

int runCheckoutCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Posts one sale to Faspay and follows it."));
    parser.addPositionalArgument(QStringLiteral("order"), QStringLiteral("ORDER.json"));
    parser.addOption({QStringLiteral("wait"),
                      QStringLiteral("Wait up to SECONDS for a final status."),
                      QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("receipt"),
                      QStringLiteral("Write the receipt PDF here when paid."),
                      QStringLiteral("file")});
    parser.addHelpOption();
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1) {
        printProblem(TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::Headless",
                                                             "Usage: kasir checkout ORDER.json "
                                                             "[--wait SECONDS] [--receipt "
                                                             "FILE.pdf]")));
        return ExitBadInput;
    }
    int waitSeconds = -1;
    if (!parseWait(parser, &waitSeconds))
        return ExitBadInput;

    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        printProblem(TranslatableText(Ctx,
                                      QT_TRANSLATE_NOOP("kasir::Headless",
                                                        "The order file %1 cannot be read "
                                                        "(%2)."),
                                      {file.fileName(), file.errorString()}));
        return ExitBadInput;
    }
    const OrderParseResult parsed = parseOrderJson(file.read(4 * 1024 * 1024));
    if (!parsed.ok()) {
        printFieldErrors(parsed.errors);
        return ExitBadInput;
    }

    std::unique_ptr<AppContext> context = makeContext(AppContext::Purpose::TrackPayments);
    if (!context)
        return ExitBadInput;
    CheckoutService *checkout = context->checkout();
    if (!checkout->paymentsEnabled()) {
        printProblem(checkout->paymentsDisabledReason());
        return ExitBadInput;
    }
    reportProgress(*context);
    context->start();

    // The channel list decides which code each lender has (BRI Ceria's is discovered).
    bool channelsDone = checkout->channels().isFetched();
    TranslatableText channelProblem;
    QObject::connect(checkout, &CheckoutService::channelsChanged, checkout,
                     [&channelsDone] { channelsDone = true; });
    QObject::connect(checkout, &CheckoutService::channelsRefreshFailed, checkout,
                     [&channelsDone, &channelProblem](const TranslatableText &message) {
                         channelProblem = message;
                         channelsDone = true;
                     });
    waitUntil(
        checkout, [&channelsDone] { return channelsDone; }, 60'000);
    if (!checkout->channels().isFetched()) {
        printProblem(channelProblem.isEmpty()
                         ? TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::Headless",
                                                                   "Faspay's channel list could "
                                                                   "not be fetched. Nothing was "
                                                                   "sent."))
                         : channelProblem);
        return ExitBadInput;
    }

    const CheckoutService::StartResult started = checkout->startCheckout(*parsed.order);
    if (!started.ok()) {
        printFieldErrors(started.errors);
        if (!started.refusal.isEmpty())
            printProblem(started.refusal);
        return ExitBadInput;
    }
    const qint64 id = started.attemptId;
    const auto current = [checkout, id] {
        return checkout->attempt(id);
    };

    // First the answer to Post Data, then (with --wait) a final status. If the journal fails
    // meanwhile, the answer can never be recorded (the attempt stays Sending until a restart
    // makes it Unknown): stop waiting instead of hanging, and say so.
    waitUntil(
        checkout,
        [&current, checkout] {
            const auto a = current();
            return !a || a->state != AttemptState::Sending || !checkout->paymentsEnabled();
        },
        -1);
    if (waitSeconds > 0 && checkout->paymentsEnabled()) {
        waitUntil(
            checkout,
            [&current, checkout] {
                const auto a = current();
                return !a || isTerminal(a->state) || !checkout->paymentsEnabled();
            },
            qint64(waitSeconds) * 1000);
    }
    // Let the receipt of a sale that just became Paid be made (it follows the same signal).
    QCoreApplication::processEvents();

    const std::optional<Attempt> a = current();
    if (!a) {
        printProblem(TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::Headless",
                                                             "The journal lost track of the "
                                                             "attempt.")));
        return ExitBadInput;
    }
    QString receipt = receiptFor(*context, *a);
    if (a->state == AttemptState::Paid && parser.isSet(QStringLiteral("receipt"))) {
        const QString path = QFileInfo(parser.value(QStringLiteral("receipt"))).absoluteFilePath();
        QString error;
        if (context->receipts()->writePdfTo(a->id, path, &error)) {
            receipt = path;
        } else {
            printProblem(TranslatableText(Ctx,
                                          QT_TRANSLATE_NOOP("kasir::Headless",
                                                            "The receipt could not be "
                                                            "written to %1 (%2). The sale "
                                                            "is paid; reprint it later."),
                                          {path, error}));
        }
    }
    printJson(attemptJson(*a, receipt));
    if (!a->reason.isEmpty() && a->state != AttemptState::Paid)
        printProblem(attemptReasonText(attemptReasonFromKey(a->reason)));
    // Refused by Faspay: what its code means, not only that it refused (design §4).
    if (a->state == AttemptState::Rejected && !a->responseCode.isEmpty())
        printProblem(faspay::responseCodeText(a->responseCode),
                     QStringLiteral("Faspay %1: ").arg(a->responseCode));
    return exitCodeFor(a->state);
}

int runStatusCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("bill_no"), QStringLiteral("BILL_NO"));
    parser.addHelpOption();
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1) {
        printProblem(TranslatableText(
            Ctx, QT_TRANSLATE_NOOP("kasir::Headless", "Usage: kasir status BILL_NO")));
        return ExitBadInput;
    }
    std::unique_ptr<AppContext> context = makeContext(AppContext::Purpose::ReadOnly);
    if (!context)
        return ExitBadInput;
    const QString billNo = parser.positionalArguments().first();
    const std::optional<Attempt> a = context->journal()->attemptByBillNo(billNo);
    if (!a) {
        printProblem(TranslatableText(Ctx,
                                      QT_TRANSLATE_NOOP("kasir::Headless",
                                                        "No attempt with bill number %1 in "
                                                        "this journal."),
                                      {billNo}));
        return ExitBadInput;
    }
    QString receipt;
    for (const ReceiptRecord &r : context->journal()->receipts(a->id)) {
        if (!r.isCopy())
            receipt = r.pdfPath;
    }
    printJson(attemptJson(*a, receipt));
    return exitCodeFor(a->state);
}

int runPendingCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.process(arguments);
    std::unique_ptr<AppContext> context = makeContext(AppContext::Purpose::ReadOnly);
    if (!context)
        return ExitBadInput;
    QJsonArray list;
    for (const Attempt &a : context->journal()->nonTerminalAttempts()) {
        if (a.state != AttemptState::Draft)
            list.append(attemptJson(a, QString()));
    }
    printJson(list);
    return 0;
}

int runResumeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("wait"),
                      QStringLiteral("Wait up to SECONDS for final statuses."),
                      QStringLiteral("seconds")});
    parser.addHelpOption();
    parser.process(arguments);
    int waitSeconds = -1;
    if (!parseWait(parser, &waitSeconds))
        return ExitBadInput;
    std::unique_ptr<AppContext> context = makeContext(AppContext::Purpose::TrackPayments);
    if (!context)
        return ExitBadInput;
    CheckoutService *checkout = context->checkout();
    QList<qint64> ids;
    for (const Attempt &a : checkout->pendingAttempts())
        ids.append(a.id);
    reportProgress(*context);
    context->start();
    const auto allFinal = [checkout, &ids] {
        for (qint64 id : ids) {
            const auto a = checkout->attempt(id);
            if (a && !isTerminal(a->state))
                return false;
        }
        return true;
    };
    if (waitSeconds > 0)
        waitUntil(checkout, allFinal, qint64(waitSeconds) * 1000);
    QCoreApplication::processEvents();
    QJsonArray list;
    for (qint64 id : ids) {
        if (const auto a = checkout->attempt(id))
            list.append(attemptJson(*a, receiptFor(*context, *a)));
    }
    printJson(list);
    return allFinal() ? 0 : ExitNotFinal;
}

int runSandboxCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves the training Faspay sandbox until stopped."));
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port to listen on (0: any)."),
                      QStringLiteral("port"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("notify-url"),
                      QStringLiteral("Where to send payment notifications."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("notify-format"), QStringLiteral("json or xml."),
                      QStringLiteral("format"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("return-url"),
                      QStringLiteral("Where lender pages send the browser back."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("public-url"),
                      QStringLiteral("Base URL phones use to reach this sandbox."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("fault"),
                      QStringLiteral("A fault to inject (repeatable), see the sandbox docs."),
                      QStringLiteral("spec")});
    parser.addOption({QStringLiteral("strict"),
                      QStringLiteral("Refuse what real Faspay tolerates but Kasir never sends "
                                     "(JSON as text/plain, another request label, extra "
                                     "inquiry fields, local-time dates) instead of accepting "
                                     "it with a warning.")});
    parser.addHelpOption();
    parser.process(arguments);

    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        printProblem(TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::Headless",
                                                             "--port needs a number from 0 to "
                                                             "65535.")));
        return ExitBadInput;
    }
    SandboxConfig config;
    config.port = static_cast<quint16>(port);
    if (parser.isSet(QStringLiteral("notify-url")))
        config.notificationUrl = QUrl(parser.value(QStringLiteral("notify-url")));
    if (parser.value(QStringLiteral("notify-format")) == QLatin1String("xml"))
        config.notificationFormat = SandboxConfig::NotificationFormat::Xml;
    if (parser.isSet(QStringLiteral("return-url")))
        config.returnUrl = QUrl(parser.value(QStringLiteral("return-url")));
    if (parser.isSet(QStringLiteral("public-url")))
        config.publicBaseUrl = QUrl(parser.value(QStringLiteral("public-url")));
    config.strict = parser.isSet(QStringLiteral("strict"));

    SystemClock clock;
    QNetworkAccessManager network;
    TrainingSandbox sandbox(config, &clock, &network);
    for (const QString &spec : parser.values(QStringLiteral("fault"))) {
        QString error;
        if (!sandbox.addFaultSpec(spec, &error)) {
            err() << "kasir: bad --fault " << spec << ": " << error << Qt::endl;
            return ExitBadInput;
        }
    }
    if (!sandbox.start()) {
        err() << "kasir: the sandbox could not start: " << sandbox.errorString() << Qt::endl;
        return ExitBadInput;
    }
    QTextStream out(stdout);
    out << sandbox.baseUrl().toString() << Qt::endl;
    err() << "kasir: training sandbox (LATIHAN) on " << sandbox.baseUrl().toString()
          << ", merchant id " << config.merchantId << ", password " << config.password
          << " (training credentials, not a real merchant)" << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace kasir
