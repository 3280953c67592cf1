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
// Events can also be read one at a time (eventCount(), row()), so that a view
// of a million-step trace builds only the rows it shows. The constructor
// counts each step's events once into a small index (four bytes a step); the
// text of a row is built when asked for, and rows() builds every row through
// the same row(), so the table and the exports always agree.
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
    explicit TraceFormatter(const Trace &trace);

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
        // For views that show them apart from the text cells:
        int line = 0;                      // the step's source line
        std::string error;                 // the call's exception, or the statement's (shown once)
        std::vector<std::string> warnings; // the call's warnings
    };
    std::vector<Row> rows() const; // every row(event), in order

    // Events one at a time. Events are numbered from 0 in table order, and
    // every step has at least one.
    std::size_t eventCount() const { return m_stepFirstEvent.back(); }
    // REQUIRES: event < eventCount()
    Row row(std::size_t event) const;
    // The 1-based step an event belongs to. REQUIRES: event < eventCount()
    int eventStep(std::size_t event) const;
    // The first event of a 1-based step; stepCount() + 1 gives eventCount(),
    // so that firstEventOfStep(s + 1) is the number of events of steps 1..s.
    // REQUIRES: 1 <= step <= m_trace.stepCount() + 1
    std::size_t firstEventOfStep(int step) const { return m_stepFirstEvent[static_cast<std::size_t>(step - 1)]; }

    // A JSON string literal: quotes, backslashes and control characters
    // escaped as Python's json.dumps escapes them, other UTF-8 kept as is.
    static std::string jsonString(std::string_view utf8);
    // An RFC 4180 field: quoted (quotes doubled) when it holds a comma, quote or line break.
    static std::string csvField(std::string_view text);

private:
    // One event: a recorded call, or a step without calls (no `call`).
    struct Event {
        int stepIndex = 0;            // 0-based
        StepView step;                // without its calls (step.calls stays empty)
        std::optional<CallView> call;
        bool lastOfStep = false;
        // Some call of the step raised. Worked out only where eventError()
        // reads it: on the last event of a step that raised.
        bool callRaised = false;
    };
    Event eventAt(std::size_t index) const;
    int eventStepIndex(std::size_t index) const; // 0-based
    template <class Visit>
    void forEachEvent(Visit &&visit) const;

    std::string eventState(const Event &event) const;
    std::string eventError(const Event &event) const;
    std::string printedText(const Event &event) const;
    // Why the trace ended early, or empty when it completed.
    std::string stopMessage() const;

    const Trace &m_trace;
    // m_stepFirstEvent[s] is the first event of the 0-based step s; the last
    // element is eventCount(). 32 bits, like the trace's own call and history
    // indexes: four billion events would not fit in memory anyway.
    std::vector<std::uint32_t> m_stepFirstEvent;
    double m_elapsedSeconds = -1.0;
    int m_trackerStepLimit = 50;
};

} // namespace cachetutor
