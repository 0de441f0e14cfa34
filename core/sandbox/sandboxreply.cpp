#include "core/sandbox/sandboxreply.h"

#include "core/sandbox/sandboxrequestchecker.h"
#include "core/sandbox/sandboxwire.h"

#include <QJsonDocument>

namespace kasir {

SandboxReply SandboxReply::make(int status, const QByteArray &contentType, const QByteArray &body)
{
    SandboxReply reply;
    reply.response.status = status;
    reply.response.contentType = contentType;
    reply.response.body = body;
    return reply;
}

SandboxReply SandboxReply::json(const QJsonObject &object, int status)
{
    SandboxReply reply =
        make(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
    reply.responseCode = object.value(QLatin1String("response_code")).toString();
    reply.description = object.value(QLatin1String("response_desc")).toString();
    return reply;
}

SandboxReply SandboxReply::violation(const SandboxViolation &violation, int status)
{
    SandboxReply reply =
        make(status, "application/json",
             sandboxwire::responseErrorJson(violation.responseCode, violation.description));
    reply.responseCode = violation.responseCode;
    reply.description = violation.description;
    return reply;
}

SandboxReply SandboxReply::html(int status, const QByteArray &html)
{
    SandboxReply reply = make(status, "text/html; charset=utf-8", html);
    reply.response.headers = {
        {"Cache-Control", "no-store"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Content-Type-Options", "nosniff"},
        {"Content-Security-Policy",
         "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
         "frame-ancestors 'self'"},
    };
    return reply;
}

SandboxReply SandboxReply::redirect(int status, const QByteArray &location, const QString &what)
{
    SandboxReply reply = make(status, QByteArray(), QByteArray());
    reply.response.headers = {{"Location", location}, {"Cache-Control", "no-store"}};
    reply.description = what;
    return reply;
}

} // namespace kasir
