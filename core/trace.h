#pragma once

// Trace: everything one run of a script did, step by step. The contract
// between the interpreter and every view.
//
// A step is one executed statement (an `if`/`while` test or one `for`
// iteration counts as one; `import` and `def` are not steps), numbered from 1
// in the order steps complete, so a call's body steps come before the
// statement that called it. Each step holds the cache calls (and print /
// time calls) it made, in the order they finished, each with its arguments,
// return value or error, warnings and the position of the cache history right
// after it. Steps are self-contained: stepView(n) needs no neighbour, and the
// cache and the variables after any step are rebuilt on demand from shared
// structure (CacheHistory deltas, per-variable change lists), never copied per
// step. A trace never changes once the interpreter has finished it.

#include "cacheengine.h"
#include "cachehistory.h"
#include "chunkedvector.h"
#include "diagnostic.h"
#include "value.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cachetutor {

namespace ast {
struct Program;
}

enum class Action : std::uint8_t {
    // cache calls
    CacheGet, CacheSet, CacheAdd, CacheGetOrSet, CacheGetMany, CacheSetMany, CacheDelete, CacheDeleteMany,
    CacheHasKey, CacheContains, CacheIncr, CacheDecr, CacheTouch, CacheClear, CacheIncrVersion,
    CacheDecrVersion, CacheClose, CacheMakeKey,
    // other recorded calls
    Print, TimeSleep, TimeTime,
    // steps without a recorded call
    Assign, Expression, If, While, For, Return, Raise, Delete, Pass, Break, Continue, Assert,
    // the final event of a trace stopped by the step limit
    StepLimit,
};

// 'cache.get', 'cache.__contains__', 'print', 'time.sleep', 'assign', 'if', ...
std::string_view actionName(Action action);
bool isCacheAction(Action action);
// Whether the first argument of this cache action is a single key.
bool actionTakesKey(Action action);

// One recorded call, as the interpreter hands it over and call() returns it.
// (Stored more compactly: see Trace's private part.)
struct CallRecord {
    Action action = Action::Expression;
    std::uint32_t argsBegin = 0;     // into Trace::values(): positional args...
    std::uint16_t argCount = 0;      // (at most MaxRecordedArgs are kept)
    std::uint16_t kwargCount = 0;    // ...then keyword values, names in Trace::kwargNames()
    std::uint32_t kwargNamesBegin = 0;
    std::int32_t errorIndex = -1;    // into Trace::errors(), when the call raised
    std::int32_t warningsIndex = -1; // into Trace::warningLists()
    std::uint32_t historyPosition = 0; // cache state right after the call
    Value output;                    // frozen return value (None when it raised)
    double clock = 0.0;              // virtual time when it finished
    std::uint8_t hits = 0, misses = 0, expiredRemoved = 0, culled = 0;
};

// Positional arguments kept per call; a print of more shows only these in the trace.
constexpr std::uint16_t MaxRecordedArgs = 255;

// One step, as the interpreter hands it over and step() returns it.
struct StepRecord {
    std::uint32_t line = 0;
    Action action = Action::Expression; // the first call's action, or the statement's kind
    std::uint32_t callsBegin = 0, callsEnd = 0;   // into the trace's calls
    std::uint32_t historyPosition = 0;            // cache state after the step
    std::uint32_t stdoutEnd = 0;                  // bytes of Trace::stdoutText() printed by the end of the step
    std::int32_t errorIndex = -1;                 // exception that left the statement (caught later or not)
    double clock = 0.0;                           // virtual time after the step
};

// A step with everything resolved, for views.
struct CallView {
    Action action;
    std::vector<Value> args;
    std::vector<std::pair<std::string, Value>> kwargs;
    Value key;            // the single key argument, or None with hasKey false
    bool hasKey = false;
    Value output;
    bool raised = false;
    std::string error;    // 'ValueError: Key ':1:x' not found'
    std::vector<std::string> warnings;
    std::uint32_t historyPosition = 0;
    double clock = 0.0;
    int hits = 0, misses = 0, expiredRemoved = 0, culled = 0;
};

struct StepView {
    int number = 0; // 1-based
    int line = 0;
    Action action = Action::Expression;
    std::vector<CallView> calls;
    std::string error; // empty when the statement finished normally
    double clock = 0.0;
    std::uint32_t historyPosition = 0;
};

class Trace
{
public:
    enum class Status {
        Completed,    // ran to the end
        Raised,       // an uncaught exception stopped it (exit status 1)
        StepLimit,    // the step limit stopped it; the last step is the StepLimit event
        Cancelled,    // stopped on request
        NotRun,       // syntax error or unsupported construct: see diagnostic()
    };

    Trace();
    ~Trace();
    Trace(const Trace &) = delete;
    Trace &operator=(const Trace &) = delete;

    // ---- what was run
    const std::string &fileName() const { return m_fileName; }
    const std::vector<std::string> &sourceLines() const { return m_sourceLines; }
    const CacheConfig &config() const { return m_config; }
    Status status() const { return m_status; }
    const Diagnostic &diagnostic() const { return m_diagnostic; }          // when NotRun
    const std::string &finalError() const { return m_finalError; }         // 'ValueError: ...' when Raised
    const std::string &traceback() const { return m_traceback; }           // Python's full traceback text
    int finalErrorLine() const { return m_finalErrorLine; }
    std::int64_t maxSteps() const { return m_maxSteps; }

    // ---- steps
    int stepCount() const { return static_cast<int>(m_steps.size()); }
    StepRecord step(int index) const; // 0-based
    StepView stepView(int index) const;
    std::size_t callCount() const { return m_calls.size(); }
    CallRecord call(std::size_t index) const;
    CallView callView(std::size_t index) const;

    // ---- state after a step (index 0-based; -1 = before the first step)
    std::vector<CacheEntry> cacheAt(std::uint32_t historyPosition) const;
    std::vector<CacheEntry> cacheAfterStep(int index) const;
    // Live (non-expired at the step's clock) entries, least recently used first.
    std::vector<CacheEntry> liveCacheAfterStep(int index) const;
    // Names in order of first appearance (modules, functions and the cache left out).
    const std::vector<std::string> &variableNames() const { return m_variableNames; }
    // The value of each variable after the step; `defined` false where it does not exist (yet).
    struct VariableValue {
        Value value;
        bool defined = false;
    };
    std::vector<VariableValue> variablesAfterStep(int index) const;
    std::string_view stdoutAfterStep(int index) const;
    const std::string &stdoutText() const { return m_stdout; }

    // 'Cache state' as the execution table and JSON show it: the repr of a dict
    // of live entries, least recently used first, each named by the user's key
    // when it has the configured prefix and version, else by its made key.
    static std::string stateRepr(const std::vector<CacheEntry> &entries, double now);

    // Totals for the summary.
    struct Totals {
        std::size_t calls = 0, cacheCalls = 0, hits = 0, misses = 0;
    };
    Totals totals() const;
    std::size_t memoryUsage() const; // bytes held, for the benchmark

    // ---- recording (the interpreter's side)
    const ChunkedVector<Value> &values() const { return m_values; }
    const std::vector<std::string> &kwargNames() const { return m_kwargNames; }
    const std::vector<std::string> &errors() const { return m_errors; }
    const std::vector<std::vector<std::string>> &warningLists() const { return m_warningLists; }
    CacheHistory &history() { return *m_history; }
    const CacheHistory &history() const { return *m_history; }

private:
    friend class Interpreter;

    // Storage is laid out for million-step traces: what every step or call has
    // sits in small fixed records; what few have (errors, warnings, keyword
    // arguments, clock and stdout changes) sits in sparse side tables.
    struct StoredStep {
        std::uint32_t line;
        std::uint32_t callsBegin;
        std::uint32_t historyPosition;
        Action action;
    };
    struct StoredCall {
        Value output;
        std::uint32_t argsBegin;
        std::uint32_t historyPosition;
        Action action;
        std::uint8_t argCount;
        std::uint8_t hits, misses, expiredRemoved, culled;
    };
    // Values recorded at some indexes only, in increasing index order.
    template <class T>
    struct Sparse {
        std::vector<std::uint32_t> at;
        std::vector<T> values;
        void add(std::uint32_t index, T value)
        {
            at.push_back(index);
            values.push_back(value);
        }
        // The value recorded exactly at index, else fallback.
        T exact(std::uint32_t index, T fallback) const;
        // The last value recorded at or before index, else fallback.
        T latest(std::uint32_t index, T fallback) const;
        std::size_t bytes() const { return at.capacity() * sizeof(std::uint32_t) + values.capacity() * sizeof(T); }
        void shrink()
        {
            at.shrink_to_fit();
            values.shrink_to_fit();
        }
    };
    struct KwargRange {
        std::uint32_t namesBegin;
        std::uint16_t count;
    };
    // One variable's values over the run: after step steps[i] it holds values[i] (or nothing).
    struct VariableHistory {
        std::vector<std::uint32_t> steps;
        std::vector<Value> values;
        std::vector<bool> defined;
    };

    void appendStep(const StepRecord &step);
    void appendCall(const CallRecord &call);
    // Gives back the slack of the growing vectors once the run is over.
    void finish();

    std::string m_fileName;
    std::vector<std::string> m_sourceLines;
    CacheConfig m_config;
    Status m_status = Status::NotRun;
    Diagnostic m_diagnostic;
    std::string m_finalError;
    std::string m_traceback;
    int m_finalErrorLine = 0;
    std::int64_t m_maxSteps = 0;

    ChunkedVector<StoredStep> m_steps;
    ChunkedVector<StoredCall> m_calls;
    Sparse<double> m_stepClocks, m_callClocks;
    Sparse<std::uint32_t> m_stepStdoutEnds;
    Sparse<std::int32_t> m_stepErrors, m_callErrors, m_callWarnings;
    Sparse<KwargRange> m_callKwargs;
    ChunkedVector<Value> m_values;
    std::vector<std::string> m_kwargNames;
    std::vector<std::string> m_errors;
    std::vector<std::vector<std::string>> m_warningLists;
    std::string m_stdout;
    std::vector<std::string> m_variableNames;
    std::vector<VariableHistory> m_variableHistories; // per variable, by step
    std::unique_ptr<CacheHistory> m_history;
    // What the run made that the trace still holds when the run ends (cache
    // values in the history, objects freeze() shares), handed over by the
    // run's CycleCollector; with m_mayHoldCycles (a frozen copy holds a cycle),
    // what ~Trace looks at to break the cycles reference counting cannot free.
    std::vector<Ref<Object>> m_heldObjects;
    bool m_mayHoldCycles = false;
    // Function values in the trace point into the tree they were defined in.
    std::unique_ptr<ast::Program> m_program;
};

} // namespace cachetutor
