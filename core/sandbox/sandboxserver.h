#pragma once

#include "core/sandbox/sandboxconfig.h"
#include "core/sandbox/sandboxfaults.h"
#include "core/sandbox/sandboxrecords.h"
#include "core/sandbox/sandboxreply.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QHttpServerRequest;
class QTcpSocket;

namespace kasir {

class BoundedTcpServer;
class Clock;
class LenderFlow;
class SandboxLedger;

// The sandbox's HTTP side: listens (Qt HttpServer on a BoundedTcpServer, 64 KiB bodies),
// routes, reads the JSON of the four calls (method, Content-Type) and hands the body to the
// ledger, the lender pages to the lender flow, applies the request faults to the answers, keeps
// the request records and the log, and serves the loopback admin endpoint (/sandbox/...).
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    // `ledger`, `lender`, `faults` and `clock` must outlive the server.
    SandboxServer(SandboxConfig config, SandboxLedger *ledger, LenderFlow *lender,
                  SandboxFaultRules *faults, const Clock *clock, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(QString *error);                           // on SandboxConfig::address and port
    void close();                                          // the listener and every open connection
    bool isStarted() const { return m_server != nullptr; } // from listen() to close()
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:port, or SandboxConfig::publicBaseUrl

    // Closes the connections kept open by "hang" faults.
    void releaseHungConnections();

    int postCount(const QString &billNo) const { return m_postCounts.value(billNo); }
    QList<SandboxRequestRecord> requests() const { return m_requests; }

Q_SIGNALS:
    void requestHandled(const kasir::SandboxRequestRecord &record);
    // A request refused by the size limits before it reached the sandbox.
    void requestRefused(const QString &description);

private:
    class HttpServer;
    friend class HttpServer;
    struct Exchange
    {
        QDateTime at;
        QHostAddress peer;
        QString method;
        QString path;
        SandboxOperation operation = SandboxOperation::Other;
        QString billNo;
    };

    void handleRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    SandboxReply route(const QHttpServerRequest &request, Exchange &exchange);
    SandboxReply handleCall(const QHttpServerRequest &request, const Exchange &exchange);
    SandboxReply handleAdmin(const QHttpServerRequest &request, Exchange &exchange);
    void warnTolerated(const Exchange &exchange, const QStringList &tolerated) const;
    void deliver(QTcpSocket *socket, qint64 sequence, const SandboxReply &reply,
                 const std::optional<SandboxFault> &fault, bool closeAfter);
    void record(const Exchange &exchange, const SandboxReply &reply,
                const std::optional<SandboxFault> &fault);

    SandboxConfig m_config;
    SandboxLedger *m_ledger;
    LenderFlow *m_lender;
    SandboxFaultRules *m_faults;
    const Clock *m_clock;
    HttpServer *m_server = nullptr;
    QPointer<BoundedTcpServer> m_tcp;
    QHash<QString, int> m_postCounts;
    QList<SandboxRequestRecord> m_requests;
    QList<QPointer<QTcpSocket>> m_hung;
};

} // namespace kasir
