#include "tests/support/loopbackport.h"

#include <QHostAddress>
#include <QTcpServer>

namespace kasir::test {

quint16 closedLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a loopback port");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace kasir::test
