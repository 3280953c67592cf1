#pragma once

// What several test suites share: the first lesson's script, exactly as the
// course teaches it, and a shorthand that traces a script for the models.

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

inline std::shared_ptr<const Trace> traced(const char *source, std::int64_t maxSteps = 1'000'000)
{
    RunOptions options;
    options.maxSteps = maxSteps;
    return std::shared_ptr<const Trace>(traceScript(source, options));
}

} // namespace cachetutor::testing
