#pragma once

#include <QtGlobal>

namespace kasir::test {

// A loopback port that was free a moment ago and on which nothing listens now: a connection
// to it is refused at once (the "gateway is down" case). Another process could take it in
// between; tests use it only where that would change nothing but the error text.
quint16 closedLoopbackPort();

} // namespace kasir::test
