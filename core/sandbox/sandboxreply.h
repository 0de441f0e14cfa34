#pragma once

#include "core/net/rawhttpresponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kasir {

struct SandboxViolation;

// One HTTP answer of the sandbox, with what its request log and records say about it. Built by
// the HTTP layer (SandboxServer) and the lender flow (LenderFlow).
struct SandboxReply
{
    RawHttpResponse response;
    QString responseCode; // Faspay response_code, when the answer has one
    QString description;

    static SandboxReply make(int status, const QByteArray &contentType, const QByteArray &body);
    // A JSON API answer; responseCode and description from its response_code / response_desc.
    static SandboxReply json(const QJsonObject &object, int status = 200);
    // {"response_error":{"response_code","response_desc"}}
    static SandboxReply violation(const SandboxViolation &violation, int status = 200);
    // A page for a browser: not cached, not framed by other sites, no scripts.
    static SandboxReply html(int status, const QByteArray &html);
    static SandboxReply redirect(int status, const QByteArray &location, const QString &what);
};

} // namespace kasir
