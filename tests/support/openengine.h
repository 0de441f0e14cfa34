#pragma once

// The engine for a rig or a benchmark that cannot go on without one.

#include "core/engine/engine.h"

#include <memory>

namespace kasir::test {

// Engine::open(config); when it fails the process stops with what the engine said.
inline std::unique_ptr<Engine> openEngineOrDie(EngineConfig config)
{
    TranslatableText problem;
    QString detail;
    std::unique_ptr<Engine> engine = Engine::open(std::move(config), &problem, &detail);
    if (!engine)
        qFatal("engine: %s (%s)", qPrintable(problem.english()), qPrintable(detail));
    return engine;
}

} // namespace kasir::test
