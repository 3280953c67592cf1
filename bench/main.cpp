// cachetutor-bench: traces a generated script making 1,000,000 cache calls and
// prints how fast and how big the trace is. A benchmark that prints figures,
// not a test: it never fails on a number.
//
//   cachetutor-bench [--iterations N] [--keys K] [--samples S] [--django] [--quick]
//
// --django also times the same calls on real Django (Debian's /usr/bin/python3
// with python3-django), untraced, for the speed ratio.

#include "interpreter.h"
#include "trace.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

using namespace cachetutor;

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Four cache calls per iteration: set, get, incr on one key and delete of
// another, so the store holds about keys/2 entries and every call does work.
std::string generateScript(long iterations, long keys)
{
    return "from django.core.cache import cache\n"
           "for i in range(" + std::to_string(iterations) + "):\n"
           "    k = i % " + std::to_string(keys) + "\n"
           "    cache.set(k, i)\n"
           "    cache.get(k)\n"
           "    cache.incr(k)\n"
           "    cache.delete((k + " + std::to_string(keys / 2) + ") % " + std::to_string(keys) + ")\n";
}

// The same calls on Django's LocMemCache, timed by Python itself; negative if Django is not there.
double djangoSeconds(long iterations, long keys)
{
    // The very script CacheTutor traced, timed untraced on Django itself.
    const std::string program =
        "import time\n"
        "import django\n"
        "from django.conf import settings\n"
        "settings.configure(CACHES={'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache', "
        "'OPTIONS': {'MAX_ENTRIES': " + std::to_string(keys * 2) + "}}})\n"
        "django.setup()\n"
        "t = time.perf_counter()\n"
        + generateScript(iterations, keys)
        + "print(time.perf_counter() - t)\n";
    const std::string path = "/tmp/cachetutor-bench-django.py";
    if (FILE *f = std::fopen(path.c_str(), "w")) {
        std::fputs(program.c_str(), f);
        std::fclose(f);
    } else {
        return -1.0;
    }
    FILE *pipe = popen(("/usr/bin/python3 " + path + " 2>/dev/null").c_str(), "r");
    if (!pipe)
        return -1.0;
    double seconds = -1.0;
    if (std::fscanf(pipe, "%lf", &seconds) != 1)
        seconds = -1.0;
    pclose(pipe);
    std::remove(path.c_str());
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    long iterations = 250'000;
    long keys = 1'000;
    int samples = 1'000;
    bool compareWithDjango = false;
    const char *const usage = "usage: cachetutor-bench [--iterations N] [--keys K>1] [--samples S] [--django] [--quick]\n"
                              "  --quick: 10,000 iterations and 100 samples, so CI can run it in a second\n";
    bool valid = true;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--django")) {
            compareWithDjango = true;
        } else if (!std::strcmp(argv[i], "--quick")) {
            iterations = 10'000;
            samples = 100;
        } else if (!std::strcmp(argv[i], "--help")) {
            std::printf("%s", usage);
            return 0;
        } else if (i + 1 < argc && !std::strcmp(argv[i], "--iterations")) {
            iterations = std::atol(argv[++i]);
        } else if (i + 1 < argc && !std::strcmp(argv[i], "--keys")) {
            keys = std::atol(argv[++i]);
        } else if (i + 1 < argc && !std::strcmp(argv[i], "--samples")) {
            samples = std::atoi(argv[++i]);
        } else {
            valid = false;
        }
    }
    if (!valid || iterations <= 0 || keys <= 1 || samples <= 0) {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }

    const std::string script = generateScript(iterations, keys);
    RunOptions options;
    options.fileName = "bench.py";
    options.maxSteps = iterations * 10;
    options.cache.maxEntries = keys * 2; // no culling: the benchmark measures the common path

    const long rssBefore = peakRssKiB();
    const auto start = std::chrono::steady_clock::now();
    const std::unique_ptr<Trace> trace = traceScript(script, options);
    const double traceSeconds = secondsSince(start);
    const long rssAfter = peakRssKiB();

    if (trace->status() != Trace::Status::Completed) {
        std::fprintf(stderr, "the benchmark script did not complete: %s\n", trace->finalError().c_str());
        return 1;
    }
    const auto steps = static_cast<double>(trace->stepCount());
    const Trace::Totals totals = trace->totals();
    std::printf("script: %ld iterations over %ld keys\n", iterations, keys);
    std::printf("steps traced:        %d\n", trace->stepCount());
    std::printf("cache calls traced:  %zu\n", totals.cacheCalls);
    std::printf("trace time:          %.3f s\n", traceSeconds);
    std::printf("steps per second:    %.0f\n", steps / traceSeconds);
    std::printf("cache calls per second: %.0f\n", static_cast<double>(totals.cacheCalls) / traceSeconds);
    std::printf("trace memory (counted): %.1f MiB, %.1f bytes per step\n",
                static_cast<double>(trace->memoryUsage()) / (1024.0 * 1024.0), static_cast<double>(trace->memoryUsage()) / steps);
    std::printf("peak RSS: %.1f MiB (grew %.1f MiB while tracing, %.1f bytes per step)\n", static_cast<double>(rssAfter) / 1024.0,
                static_cast<double>(rssAfter - rssBefore) / 1024.0, static_cast<double>(rssAfter - rssBefore) * 1024.0 / steps);

    // Rebuild the cache and the variables at random steps, as a view jumping around would.
    std::mt19937 random(42);
    std::uniform_int_distribution<int> pick(0, trace->stepCount() - 1);
    std::size_t entriesSeen = 0;
    double worst = 0.0;
    const auto rebuildStart = std::chrono::steady_clock::now();
    for (int s = 0; s < samples; ++s) {
        const auto one = std::chrono::steady_clock::now();
        const int step = pick(random);
        entriesSeen += trace->cacheAfterStep(step).size();
        entriesSeen += trace->variablesAfterStep(step).size();
        worst = std::max(worst, secondsSince(one));
    }
    const double rebuildSeconds = secondsSince(rebuildStart);
    std::printf("state rebuild at %d random steps: %.1f us average, %.1f us worst (%zu entries and variables read)\n", samples,
                rebuildSeconds * 1e6 / samples, worst * 1e6, entriesSeen);
    if (compareWithDjango) {
        const double django = djangoSeconds(iterations, keys);
        if (django < 0)
            std::printf("Django: not available (install python3-django)\n");
        else
            std::printf("Django LocMemCache, same calls, untraced: %.3f s; CacheTutor traced them %.1fx faster\n", django, django / traceSeconds);
    }
    return 0;
}
