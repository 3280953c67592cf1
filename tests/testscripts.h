#pragma once

// What several test suites share: the first lesson's script, exactly as the
// course teaches it, a timeout script, and a shorthand that traces a script.

#include "interpreter.h"
#include "trace.h"

#include <cstdint>
#include <memory>

namespace cachetutor::testing {

inline constexpr const char *LessonScript = R"PY(from django.core.cache import cache
cache.set('greet', 'Hello', 10)
value = cache.get('greet')
cache.delete('greet')
value_after_delete = cache.get('greet')
)PY";

// An entry that expires while still stored: 'k' outlives its 5 seconds until culling or a lookup.
inline constexpr const char *TimeoutScript = R"PY(from django.core.cache import cache
import time
cache.set('k', 1, 5)
time.sleep(6)
cache.set('other', 2)
)PY";

inline std::shared_ptr<const Trace> traced(const char *source, std::int64_t maxSteps = 1'000'000)
{
    RunOptions options;
    options.maxSteps = maxSteps;
    return std::shared_ptr<const Trace>(traceScript(source, options));
}

} // namespace cachetutor::testing
