#pragma once

// The payment engine (core/engine) as the application builds it in training mode, for the
// back-office and browser tests that drive a window against the training sandbox: the same
// wiring (journal, client, checkout service, receipts and the Paid hook) the window runs on.

#include "core/engine/engine.h"
#include "core/payment/checkoutservice.h"
#include "core/sandbox/trainingsandbox.h"
#include "tests/support/openengine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <memory>

namespace kasir::test {

// Opens the engine on `dataDir` against `sandbox` (credentials, gateway), starts it and waits
// for the channel list; the process stops when any of it fails. Status checks follow `poll`.
inline std::unique_ptr<Engine>
startTrainingEngine(const QString &dataDir, const TrainingSandbox &sandbox, const StoreInfo &store,
                    const PollPolicy &poll, const Clock *clock, QNetworkAccessManager *network)
{
    EngineConfig config;
    config.dataDir = dataDir;
    config.gatewayUrl = sandbox.baseUrl();
    config.credentials = sandbox.credentials();
    config.training = true;
    config.store = store;
    config.poll = poll;
    config.clock = clock;
    config.network = network;
    std::unique_ptr<Engine> engine = openEngineOrDie(std::move(config));
    QSignalSpy channels(engine->checkout(), &CheckoutService::channelsChanged);
    engine->start();
    if (!engine->checkout()->channels().isFetched() && !channels.wait(10000))
        qFatal("the channel list was not fetched");
    return engine;
}

// Status checks only when a test or a window's action asks for one (the first poll after ten
// minutes).
inline PollPolicy noPolling()
{
    PollPolicy poll;
    poll.fastIntervalMs = 600'000;
    poll.slowIntervalMs = 600'000;
    poll.jitter = 0;
    return poll;
}

} // namespace kasir::test
