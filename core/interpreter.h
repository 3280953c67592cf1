#pragma once

// traceScript(): runs a CacheTutor script once and returns its Trace.
//
// The script is parsed (a syntax error or unsupported construct gives a trace
// with status NotRun and a Diagnostic), resolved, and then evaluated by a
// tree-walking interpreter with Python's semantics against a fresh
// CacheEngine on a virtual clock. The run is sealed: the only modules are
// `time` (virtual) and Django's `cache`; nothing touches files, processes or
// the network. It always returns: Python exceptions end the trace with an
// error, the step limit ends it with a StepLimit event, and `cancel` (checked
// between steps) ends it as Cancelled. Deterministic: the same source and
// options give the same trace. Reference cycles the script makes are freed by
// a CycleCollector that lives as long as the run (cyclecollector.h); the
// trace's snapshots keep cycles as cycles, and ~Trace frees those.

#include "cacheengine.h"
#include "trace.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace cachetutor {

struct RunOptions {
    CacheConfig cache;
    std::int64_t maxSteps = 1'000'000;
    // Container items (list, tuple, dict and set entries) all the trace's
    // snapshots may hold; past it the run ends with a MemoryError. The default
    // bounds a trace to roughly 1.6 GB; the fuzzer uses far less.
    std::int64_t maxTracedItems = 25'000'000;
    // Largest str, list or tuple the script may build (MaxSequenceLength, operators.h).
    std::int64_t maxSequenceLength = 50'000'000;
    std::string fileName = "script.py";
    const std::atomic<bool> *cancel = nullptr; // may be null
    std::atomic<std::int64_t> *progress = nullptr; // may be null: steps done so far, updated every 1024 steps
};

std::unique_ptr<Trace> traceScript(std::string_view source, const RunOptions &options = {});

} // namespace cachetutor
