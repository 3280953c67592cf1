// libFuzzer target: traceScript() on arbitrary bytes, with a small step limit.
//
// Whatever the script, a run must end with a trace (NotRun, Completed,
// Raised or StepLimit): no crash, no sanitizer report, no run longer than
// libFuzzer's -timeout and no allocation past -rss_limit_mb. The step limit
// bounds loops and recursion; maxSequenceLength bounds what a single step can
// build, and maxTracedItems what the trace keeps; both are
// lower than the defaults, which take seconds to reach under the sanitizers
// (a 10-million-item list: 0.2 s in the release build, 2 s here).

#include "interpreter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view source(reinterpret_cast<const char *>(data), size);
    cachetutor::RunOptions options;
    options.maxSteps = 2000;
    options.maxTracedItems = 1'000'000;
    options.maxSequenceLength = 1'000'000;
    options.fileName = "fuzz.py";
    const auto trace = cachetutor::traceScript(source, options);
    if (!trace)
        std::abort();
    // Read every step back, as the views do.
    for (int i = 0; i < trace->stepCount(); ++i)
        (void)trace->stepView(i);
    return 0;
}
