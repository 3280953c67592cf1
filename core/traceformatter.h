#pragma once

// TraceFormatter: a finished Trace as text, in the formats the command-line
// tracer prints and the app exports.
//
// Every format reads the trace only (no format re-runs the script or
// re-derives a cache rule), and the same trace always gives the same bytes,
// so the outputs can serve as golden files.
//
// The execution table (table, csv, markdown) and the JSON trace have one
// event per recorded call, in the order the calls finished; a step that made
// no call (an assignment, an `if` test, the step-limit event) is one event of
// its own. Each event shows the cache as it was right after that call, at
// that call's clock, so a step with several calls shows each change.
//
// The formatter keeps a reference to the trace: the trace must outlive it.

#include "trace.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cachetutor {

enum class TraceFormat : std::uint8_t {
    Table,    // the execution table, padded columns
    Tracker,  // the variable tracker: one row per variable, one column per step
    Json,     // every event with its arguments, state and variables
    Csv,      // the execution table, RFC 4180
    Markdown, // the execution table, GitHub Markdown
    Summary,  // counts, the final cache and variables, status, time taken
};

class TraceFormatter
{
public:
    explicit TraceFormatter(const Trace &trace) : m_trace(trace) {}

    // 'table', 'tracker', 'json', 'csv', 'markdown', 'summary'.
    static std::optional<TraceFormat> formatFromName(std::string_view name);
    static std::string_view formatName(TraceFormat format);
    static const std::vector<std::string_view> &formatNames(); // in TraceFormat order
    // 'completed', 'raised', 'step_limit', 'cancelled', 'not_run'.
    static std::string_view statusName(Trace::Status status);

    // How long tracing took, for the summary; a negative value leaves it out.
    void setElapsedSeconds(double seconds) { m_elapsedSeconds = seconds; }
    // The tracker shows at most this many step columns and says how many it left out.
    void setTrackerStepLimit(int steps) { m_trackerStepLimit = steps; }

    std::string format(TraceFormat format) const;
    std::string table() const;
    std::string tracker() const;
    std::string json() const;
    std::string csv() const;
    std::string markdown() const;
    std::string summary() const;

    // One row of the execution table, before any format's escaping.
    struct Row {
        int step = 0;          // 1-based
        std::string action;    // 'cache.get', 'time.sleep(11)', 'assign'
        std::string key;       // repr of the key (or of get_many's keys), or empty
        std::string value;     // repr of the value stored or retrieved, or empty
        std::string state;     // Trace::stateRepr after the call
        std::string output;    // repr of the result, the error, or what print printed
        std::string notes;     // warnings, and an error the row's output does not show
    };
    std::vector<Row> rows() const;

    // A JSON string literal: quotes, backslashes and control characters
    // escaped as Python's json.dumps escapes them, other UTF-8 kept as is.
    static std::string jsonString(std::string_view utf8);

private:
    // One event: a recorded call, or a step without calls (`call` null).
    struct Event {
        int stepIndex = 0; // 0-based
        const StepView *step = nullptr;
        const CallView *call = nullptr;
        bool lastOfStep = false;
    };
    template <class Visit>
    void forEachEvent(Visit &&visit) const;

    std::string eventState(const Event &event) const;
    std::string eventError(const Event &event) const;
    std::string printedText(const Event &event) const;
    // Why the trace ended early, or empty when it completed.
    std::string stopMessage() const;

    const Trace &m_trace;
    double m_elapsedSeconds = -1.0;
    int m_trackerStepLimit = 50;
};

} // namespace cachetutor
