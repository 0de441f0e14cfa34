#include "core/sandbox/sandboxfaults.h"

#include <QRegularExpression>

namespace kasir {

namespace {

struct OperationName
{
    SandboxOperation operation;
    const char16_t *key;
};

constexpr OperationName OperationNames[] = {
    {SandboxOperation::Any, u"any"},
    {SandboxOperation::ChannelInquiry, u"channels"},
    {SandboxOperation::PostData, u"post-data"},
    {SandboxOperation::InquiryStatus, u"inquiry"},
    {SandboxOperation::Cancel, u"cancel"},
    {SandboxOperation::LenderPage, u"lender"},
    {SandboxOperation::Other, u"other"},
};

QString timesSuffix(int times)
{
    if (times == 1)
        return QString();
    if (times < 0)
        return QStringLiteral("*always");
    return QStringLiteral("*%1").arg(times);
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString sandboxOperationKey(SandboxOperation operation)
{
    for (const OperationName &name : OperationNames) {
        if (name.operation == operation)
            return QString::fromUtf16(name.key);
    }
    return QStringLiteral("other");
}

std::optional<SandboxOperation> sandboxOperationFromKey(QStringView key)
{
    for (const OperationName &name : OperationNames) {
        if (key == QStringView(name.key))
            return name.operation;
    }
    return std::nullopt;
}

SandboxFault SandboxFault::delay(int ms)
{
    SandboxFault f;
    f.kind = Kind::Delay;
    f.delayMs = ms;
    return f;
}

SandboxFault SandboxFault::hang()
{
    SandboxFault f;
    f.kind = Kind::Hang;
    return f;
}

SandboxFault SandboxFault::resetAfterRead()
{
    SandboxFault f;
    f.kind = Kind::ResetAfterRead;
    return f;
}

SandboxFault SandboxFault::httpError(int status)
{
    SandboxFault f;
    f.kind = Kind::HttpError;
    f.httpStatus = status;
    return f;
}

SandboxFault SandboxFault::htmlPage()
{
    SandboxFault f;
    f.kind = Kind::HtmlPage;
    return f;
}

SandboxFault SandboxFault::malformedJson()
{
    SandboxFault f;
    f.kind = Kind::MalformedJson;
    return f;
}

SandboxFault SandboxFault::withResponseCode(const QString &code)
{
    SandboxFault f;
    f.kind = Kind::ResponseCode;
    f.responseCode = code;
    f.processRequest = false;
    return f;
}

SandboxFault SandboxFault::badRedirect(RedirectFlaw flaw)
{
    SandboxFault f;
    f.kind = Kind::BadRedirect;
    f.redirectFlaw = flaw;
    return f;
}

SandboxFault SandboxFault::badEcho(EchoFlaw flaw)
{
    SandboxFault f;
    f.kind = Kind::BadEcho;
    f.echoFlaw = flaw;
    return f;
}

QString SandboxFault::describe() const
{
    switch (kind) {
    case Kind::Delay:
        return QStringLiteral("delay=%1").arg(delayMs);
    case Kind::Hang:
        return QStringLiteral("hang");
    case Kind::ResetAfterRead:
        return QStringLiteral("reset");
    case Kind::HttpError:
        return QStringLiteral("http=%1").arg(httpStatus);
    case Kind::HtmlPage:
        return QStringLiteral("html");
    case Kind::MalformedJson:
        return QStringLiteral("malformed");
    case Kind::ResponseCode:
        return QStringLiteral("code=") + responseCode;
    case Kind::BadRedirect:
        switch (redirectFlaw) {
        case RedirectFlaw::Scheme:
            return QStringLiteral("redirect-scheme");
        case RedirectFlaw::OtherBill:
            return QStringLiteral("redirect-bill");
        case RedirectFlaw::OtherMerchant:
            return QStringLiteral("redirect-merchant");
        case RedirectFlaw::OtherHost:
            return QStringLiteral("redirect-host");
        }
        break;
    case Kind::BadEcho:
        switch (echoFlaw) {
        case EchoFlaw::MissingBill:
            return QStringLiteral("echo-no-bill");
        case EchoFlaw::OtherBill:
            return QStringLiteral("echo-bill");
        case EchoFlaw::OtherTrx:
            return QStringLiteral("echo-trx");
        case EchoFlaw::OtherMerchant:
            return QStringLiteral("echo-merchant");
        }
        break;
    }
    return QString();
}

QString NotificationFault::describe() const
{
    switch (kind) {
    case Kind::Duplicate:
        return QStringLiteral("notify-duplicate=%1").arg(copies);
    case Kind::OutOfOrder:
        return QStringLiteral("notify-out-of-order");
    case Kind::Forged:
        return QStringLiteral("notify-forged");
    case Kind::Drop:
        return QStringLiteral("notify-drop");
    }
    return QString();
}

QString describeFaultRule(const SandboxFaultRule &rule)
{
    QString text = rule.fault.describe();
    if (rule.operation != SandboxOperation::Any)
        text += QLatin1Char('@') + sandboxOperationKey(rule.operation);
    if (!rule.billNo.isEmpty())
        text += QLatin1Char('#') + rule.billNo;
    text += timesSuffix(rule.times);
    return text;
}

QString describeFaultRule(const NotificationFaultRule &rule)
{
    QString text = rule.fault.describe();
    if (!rule.billNo.isEmpty())
        text += QLatin1Char('#') + rule.billNo;
    text += timesSuffix(rule.times);
    return text;
}

std::optional<SandboxFaultSpec> parseFaultSpec(QStringView text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression ruleSyntax(
        QStringLiteral("^([a-z-]+)(?:=([0-9]+))?(?:@([a-z-]+))?(?:#([A-Za-z0-9]{1,32}))?(?:\\*([0-"
                       "9]+|always))?$"));

    SandboxFaultSpec spec;
    const QStringList words = text.toString().split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        setError(error, QStringLiteral("no fault given"));
        return std::nullopt;
    }
    for (const QString &word : words) {
        const QRegularExpressionMatch m = ruleSyntax.match(word);
        if (!m.hasMatch()) {
            setError(error, QStringLiteral("cannot read fault \"%1\"").arg(word));
            return std::nullopt;
        }
        const QString kind = m.captured(1);
        const QString value = m.captured(2);
        const bool hasValue = !value.isEmpty();
        const int number = value.toInt();
        const QString operationKey = m.captured(3);
        const QString billNo = m.captured(4);
        const QString timesText = m.captured(5);
        int times = 1;
        if (timesText == u"always")
            times = -1;
        else if (!timesText.isEmpty())
            times = timesText.toInt();
        if (times == 0) {
            setError(error, QStringLiteral("\"%1\": *0 hits nothing").arg(word));
            return std::nullopt;
        }

        if (kind.startsWith(u"notify-")) {
            if (!operationKey.isEmpty()) {
                setError(
                    error,
                    QStringLiteral("\"%1\": notification faults take no @operation").arg(word));
                return std::nullopt;
            }
            NotificationFaultRule rule;
            rule.billNo = billNo;
            rule.times = times;
            if (kind == u"notify-duplicate") {
                rule.fault.kind = NotificationFault::Kind::Duplicate;
                rule.fault.copies = hasValue ? number : 2;
                if (rule.fault.copies < 2 || rule.fault.copies > 20) {
                    setError(error, QStringLiteral("\"%1\": copies must be 2 to 20").arg(word));
                    return std::nullopt;
                }
            } else if (kind == u"notify-out-of-order" && !hasValue) {
                rule.fault.kind = NotificationFault::Kind::OutOfOrder;
            } else if (kind == u"notify-forged" && !hasValue) {
                rule.fault.kind = NotificationFault::Kind::Forged;
            } else if (kind == u"notify-drop" && !hasValue) {
                rule.fault.kind = NotificationFault::Kind::Drop;
            } else {
                setError(error, QStringLiteral("unknown fault \"%1\"").arg(word));
                return std::nullopt;
            }
            spec.notificationFaults.append(rule);
            continue;
        }

        SandboxFaultRule rule;
        rule.billNo = billNo;
        rule.times = times;
        if (!operationKey.isEmpty()) {
            const std::optional<SandboxOperation> operation = sandboxOperationFromKey(operationKey);
            if (!operation || *operation == SandboxOperation::Other) {
                setError(
                    error,
                    QStringLiteral("\"%1\": unknown operation \"%2\"").arg(word, operationKey));
                return std::nullopt;
            }
            rule.operation = *operation;
        }
        if (kind == u"delay" && hasValue) {
            rule.fault = SandboxFault::delay(number);
        } else if (kind == u"hang" && !hasValue) {
            rule.fault = SandboxFault::hang();
        } else if (kind == u"reset" && !hasValue) {
            rule.fault = SandboxFault::resetAfterRead();
        } else if (kind == u"http") {
            rule.fault = SandboxFault::httpError(hasValue ? number : 503);
            if (rule.fault.httpStatus < 400 || rule.fault.httpStatus > 599) {
                setError(error, QStringLiteral("\"%1\": status must be 400 to 599").arg(word));
                return std::nullopt;
            }
        } else if (kind == u"html" && !hasValue) {
            rule.fault = SandboxFault::htmlPage();
        } else if (kind == u"malformed" && !hasValue) {
            rule.fault = SandboxFault::malformedJson();
        } else if (kind == u"code" && value.size() == 2) {
            rule.fault = SandboxFault::withResponseCode(value);
        } else if (kind == u"redirect-scheme" && !hasValue) {
            rule.fault = SandboxFault::badRedirect(SandboxFault::RedirectFlaw::Scheme);
        } else if (kind == u"redirect-bill" && !hasValue) {
            rule.fault = SandboxFault::badRedirect(SandboxFault::RedirectFlaw::OtherBill);
        } else if (kind == u"redirect-merchant" && !hasValue) {
            rule.fault = SandboxFault::badRedirect(SandboxFault::RedirectFlaw::OtherMerchant);
        } else if (kind == u"redirect-host" && !hasValue) {
            rule.fault = SandboxFault::badRedirect(SandboxFault::RedirectFlaw::OtherHost);
        } else if (kind == u"echo-no-bill" && !hasValue) {
            rule.fault = SandboxFault::badEcho(SandboxFault::EchoFlaw::MissingBill);
        } else if (kind == u"echo-bill" && !hasValue) {
            rule.fault = SandboxFault::badEcho(SandboxFault::EchoFlaw::OtherBill);
        } else if (kind == u"echo-trx" && !hasValue) {
            rule.fault = SandboxFault::badEcho(SandboxFault::EchoFlaw::OtherTrx);
        } else if (kind == u"echo-merchant" && !hasValue) {
            rule.fault = SandboxFault::badEcho(SandboxFault::EchoFlaw::OtherMerchant);
        } else {
            setError(error, QStringLiteral("unknown fault \"%1\"").arg(word));
            return std::nullopt;
        }
        spec.requestFaults.append(rule);
    }
    return spec;
}

// --- SandboxFaultRules ------------------------------------------------------------------------

bool SandboxFaultRules::addSpec(QStringView spec, QString *error)
{
    const std::optional<SandboxFaultSpec> parsed = parseFaultSpec(spec, error);
    if (!parsed)
        return false;
    for (const SandboxFaultRule &rule : parsed->requestFaults)
        add(rule);
    for (const NotificationFaultRule &rule : parsed->notificationFaults)
        add(rule);
    return true;
}

void SandboxFaultRules::clear()
{
    m_requestFaults.clear();
    m_notificationFaults.clear();
}

std::optional<SandboxFault> SandboxFaultRules::takeRequestFault(SandboxOperation operation,
                                                                const QString &billNo)
{
    if (operation == SandboxOperation::Other)
        return std::nullopt;
    for (qsizetype i = 0; i < m_requestFaults.size(); ++i) {
        SandboxFaultRule &rule = m_requestFaults[i];
        if (rule.operation != SandboxOperation::Any && rule.operation != operation)
            continue;
        if (!rule.billNo.isEmpty() && rule.billNo != billNo)
            continue;
        const SandboxFault fault = rule.fault;
        if (rule.times > 0 && --rule.times == 0)
            m_requestFaults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

std::optional<NotificationFault> SandboxFaultRules::takeNotificationFault(const QString &billNo)
{
    for (qsizetype i = 0; i < m_notificationFaults.size(); ++i) {
        NotificationFaultRule &rule = m_notificationFaults[i];
        if (!rule.billNo.isEmpty() && rule.billNo != billNo)
            continue;
        const NotificationFault fault = rule.fault;
        if (rule.times > 0 && --rule.times == 0)
            m_notificationFaults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

} // namespace kasir
