#include "trace.h"

#include "ast.h"
#include "cyclecollector.h"

#include <algorithm>

namespace cachetutor {

std::string_view actionName(Action action)
{
    switch (action) {
    case Action::CacheGet: return "cache.get";
    case Action::CacheSet: return "cache.set";
    case Action::CacheAdd: return "cache.add";
    case Action::CacheGetOrSet: return "cache.get_or_set";
    case Action::CacheGetMany: return "cache.get_many";
    case Action::CacheSetMany: return "cache.set_many";
    case Action::CacheDelete: return "cache.delete";
    case Action::CacheDeleteMany: return "cache.delete_many";
    case Action::CacheHasKey: return "cache.has_key";
    case Action::CacheContains: return "cache.__contains__";
    case Action::CacheIncr: return "cache.incr";
    case Action::CacheDecr: return "cache.decr";
    case Action::CacheTouch: return "cache.touch";
    case Action::CacheClear: return "cache.clear";
    case Action::CacheIncrVersion: return "cache.incr_version";
    case Action::CacheDecrVersion: return "cache.decr_version";
    case Action::CacheClose: return "cache.close";
    case Action::CacheMakeKey: return "cache.make_key";
    case Action::Print: return "print";
    case Action::TimeSleep: return "time.sleep";
    case Action::TimeTime: return "time.time";
    case Action::Assign: return "assign";
    case Action::Expression: return "expression";
    case Action::If: return "if";
    case Action::While: return "while";
    case Action::For: return "for";
    case Action::Return: return "return";
    case Action::Raise: return "raise";
    case Action::Delete: return "del";
    case Action::Pass: return "pass";
    case Action::Break: return "break";
    case Action::Continue: return "continue";
    case Action::Assert: return "assert";
    case Action::StepLimit: return "step limit";
    }
    return "?";
}

bool isCacheAction(Action action)
{
    return action <= Action::CacheMakeKey;
}

bool actionTakesKey(Action action)
{
    switch (action) {
    case Action::CacheGet:
    case Action::CacheSet:
    case Action::CacheAdd:
    case Action::CacheGetOrSet:
    case Action::CacheDelete:
    case Action::CacheHasKey:
    case Action::CacheContains:
    case Action::CacheIncr:
    case Action::CacheDecr:
    case Action::CacheTouch:
    case Action::CacheIncrVersion:
    case Action::CacheDecrVersion:
    case Action::CacheMakeKey:
        return true;
    default:
        return false;
    }
}

Trace::Trace() : m_history(std::make_unique<CacheHistory>()) {}

Trace::~Trace()
{
    if (m_heldObjects.empty() && !m_mayHoldCycles)
        return; // nothing in it can be part of a cycle
    CycleCollector::Reachable reachable;
    for (const Ref<Object> &object : m_heldObjects)
        reachable.visit(Value::object(object));
    if (m_mayHoldCycles) {
        m_values.forEach([&reachable](const Value &value) { reachable.visit(value); });
        m_calls.forEach([&reachable](const StoredCall &call) { reachable.visit(call.output); });
        for (const VariableHistory &history : m_variableHistories)
            for (const Value &value : history.values)
                reachable.visit(value);
    }
    std::vector<Ref<Object>> candidates = reachable.take();
    // Let go of everything first: then only references from outside the trace
    // (a value a view still shows) keep a candidate alive.
    m_heldObjects.clear();
    m_values = {};
    m_calls = {};
    m_variableHistories.clear();
    m_history.reset();
    CycleCollector::collectCycles(std::move(candidates));
}

template <class T>
T Trace::Sparse<T>::exact(std::uint32_t index, T fallback) const
{
    const auto it = std::lower_bound(at.begin(), at.end(), index);
    return it != at.end() && *it == index ? values[static_cast<std::size_t>(it - at.begin())] : fallback;
}

template <class T>
T Trace::Sparse<T>::latest(std::uint32_t index, T fallback) const
{
    const auto it = std::upper_bound(at.begin(), at.end(), index);
    return it == at.begin() ? fallback : values[static_cast<std::size_t>(it - at.begin() - 1)];
}

void Trace::appendStep(const StepRecord &step)
{
    const auto index = static_cast<std::uint32_t>(m_steps.size());
    m_steps.push_back({step.line, step.callsBegin, step.historyPosition, step.action});
    if (step.clock != m_stepClocks.latest(index, 0.0))
        m_stepClocks.add(index, step.clock);
    if (step.stdoutEnd != m_stepStdoutEnds.latest(index, 0))
        m_stepStdoutEnds.add(index, step.stdoutEnd);
    if (step.errorIndex >= 0)
        m_stepErrors.add(index, step.errorIndex);
}

void Trace::appendCall(const CallRecord &call)
{
    const auto index = static_cast<std::uint32_t>(m_calls.size());
    m_calls.push_back({call.output, call.argsBegin, call.historyPosition, call.action,
                       static_cast<std::uint8_t>(std::min(call.argCount, MaxRecordedArgs)), call.hits, call.misses,
                       call.expiredRemoved, call.culled});
    if (call.clock != m_callClocks.latest(index, 0.0))
        m_callClocks.add(index, call.clock);
    if (call.errorIndex >= 0)
        m_callErrors.add(index, call.errorIndex);
    if (call.warningsIndex >= 0)
        m_callWarnings.add(index, call.warningsIndex);
    if (call.kwargCount > 0)
        m_callKwargs.add(index, {call.kwargNamesBegin, call.kwargCount});
}

void Trace::finish()
{
    m_kwargNames.shrink_to_fit();
    m_stdout.shrink_to_fit();
    for (auto *sparse : {&m_stepClocks, &m_callClocks})
        sparse->shrink();
    for (auto *sparse : {&m_stepErrors, &m_callErrors, &m_callWarnings})
        sparse->shrink();
    m_stepStdoutEnds.shrink();
    m_callKwargs.shrink();
    for (VariableHistory &h : m_variableHistories) {
        h.steps.shrink_to_fit();
        h.values.shrink_to_fit();
        h.defined.shrink_to_fit();
    }
}

StepRecord Trace::step(int index) const
{
    const auto i = static_cast<std::uint32_t>(index);
    const StoredStep &stored = m_steps[i];
    StepRecord record;
    record.line = stored.line;
    record.action = stored.action;
    record.callsBegin = stored.callsBegin;
    record.callsEnd = i + 1 < m_steps.size() ? m_steps[i + 1].callsBegin : static_cast<std::uint32_t>(m_calls.size());
    record.historyPosition = stored.historyPosition;
    record.stdoutEnd = m_stepStdoutEnds.latest(i, 0);
    record.errorIndex = m_stepErrors.exact(i, -1);
    record.clock = m_stepClocks.latest(i, 0.0);
    return record;
}

CallRecord Trace::call(std::size_t index) const
{
    const auto i = static_cast<std::uint32_t>(index);
    const StoredCall &stored = m_calls[i];
    CallRecord record;
    record.action = stored.action;
    record.argsBegin = stored.argsBegin;
    record.argCount = stored.argCount;
    const KwargRange kwargs = m_callKwargs.exact(i, KwargRange{0, 0});
    record.kwargCount = kwargs.count;
    record.kwargNamesBegin = kwargs.namesBegin;
    record.errorIndex = m_callErrors.exact(i, -1);
    record.warningsIndex = m_callWarnings.exact(i, -1);
    record.historyPosition = stored.historyPosition;
    record.output = stored.output;
    record.clock = m_callClocks.latest(i, 0.0);
    record.hits = stored.hits;
    record.misses = stored.misses;
    record.expiredRemoved = stored.expiredRemoved;
    record.culled = stored.culled;
    return record;
}

CallView Trace::callView(std::size_t index) const
{
    const CallRecord record = call(index);
    CallView view;
    view.action = record.action;
    for (std::uint32_t a = 0; a < record.argCount; ++a)
        view.args.push_back(m_values[record.argsBegin + a]);
    for (std::uint16_t k = 0; k < record.kwargCount; ++k)
        view.kwargs.emplace_back(m_kwargNames[record.kwargNamesBegin + k], m_values[record.argsBegin + record.argCount + k]);
    if (actionTakesKey(record.action)) {
        if (!view.args.empty()) {
            view.key = view.args.front();
            view.hasKey = true;
        } else {
            for (const auto &[name, value] : view.kwargs)
                if (name == "key") {
                    view.key = value;
                    view.hasKey = true;
                }
        }
    }
    view.output = record.output;
    view.raised = record.errorIndex >= 0;
    if (view.raised)
        view.error = m_errors[static_cast<std::size_t>(record.errorIndex)];
    if (record.warningsIndex >= 0)
        view.warnings = m_warningLists[static_cast<std::size_t>(record.warningsIndex)];
    view.historyPosition = record.historyPosition;
    view.clock = record.clock;
    view.hits = record.hits;
    view.misses = record.misses;
    view.expiredRemoved = record.expiredRemoved;
    view.culled = record.culled;
    return view;
}

StepView Trace::stepView(int index) const
{
    const StepRecord record = step(index);
    StepView view;
    view.number = index + 1;
    view.line = static_cast<int>(record.line);
    view.action = record.action;
    for (std::uint32_t c = record.callsBegin; c < record.callsEnd; ++c)
        view.calls.push_back(callView(c));
    if (record.errorIndex >= 0)
        view.error = m_errors[static_cast<std::size_t>(record.errorIndex)];
    view.clock = record.clock;
    view.historyPosition = record.historyPosition;
    return view;
}

std::vector<CacheEntry> Trace::cacheAt(std::uint32_t historyPosition) const
{
    return m_history->entriesAt(historyPosition);
}

std::vector<CacheEntry> Trace::cacheAfterStep(int index) const
{
    return m_history->entriesAt(index < 0 ? 0 : step(index).historyPosition);
}

std::vector<CacheEntry> Trace::liveCacheAfterStep(int index) const
{
    std::vector<CacheEntry> entries = cacheAfterStep(index);
    const double now = index < 0 ? 0.0 : m_stepClocks.latest(static_cast<std::uint32_t>(index), 0.0);
    std::erase_if(entries, [now](const CacheEntry &e) { return e.isExpiredAt(now); });
    return entries;
}

std::vector<Trace::VariableValue> Trace::variablesAfterStep(int index) const
{
    std::vector<VariableValue> result(m_variableNames.size());
    if (index < 0)
        return result;
    const auto stepIndex = static_cast<std::uint32_t>(index);
    for (std::size_t v = 0; v < m_variableHistories.size(); ++v) {
        const VariableHistory &h = m_variableHistories[v];
        // The last change made at or before this step.
        const auto it = std::upper_bound(h.steps.begin(), h.steps.end(), stepIndex);
        if (it == h.steps.begin())
            continue;
        const auto at = static_cast<std::size_t>(it - h.steps.begin() - 1);
        result[v].value = h.values[at];
        result[v].defined = h.defined[at];
    }
    return result;
}

std::string_view Trace::stdoutAfterStep(int index) const
{
    if (index < 0)
        return {};
    return std::string_view(m_stdout).substr(0, m_stepStdoutEnds.latest(static_cast<std::uint32_t>(index), 0));
}

std::string Trace::stateRepr(const std::vector<CacheEntry> &entries, double now)
{
    std::string out = "{";
    bool first = true;
    for (const CacheEntry &e : entries) {
        if (e.isExpiredAt(now))
            continue;
        if (!first)
            out += ", ";
        first = false;
        out += e.isDefaultVersion ? repr(e.userKey) : strRepr(e.madeKey);
        out += ": ";
        out += repr(e.value);
    }
    return out + '}';
}

Trace::Totals Trace::totals() const
{
    Totals t;
    t.calls = m_calls.size();
    m_calls.forEach([&t](const StoredCall &c) {
        if (isCacheAction(c.action))
            ++t.cacheCalls;
        t.hits += c.hits;
        t.misses += c.misses;
    });
    return t;
}

std::size_t Trace::memoryUsage() const
{
    std::size_t bytes = sizeof(*this);
    bytes += m_steps.capacityBytes() + m_calls.capacityBytes() + m_values.capacityBytes();
    bytes += m_stdout.capacity();
    bytes += m_stepClocks.bytes() + m_callClocks.bytes() + m_stepStdoutEnds.bytes() + m_stepErrors.bytes() + m_callErrors.bytes()
        + m_callWarnings.bytes() + m_callKwargs.bytes();
    // Heap objects referenced from the trace: a str is counted in equal shares by its references.
    auto objectBytes = [](const Value &v) -> std::size_t {
        if (v.isStr())
            return (sizeof(StrObject) + v.text().capacity()) / std::max<std::uint32_t>(1, v.heap()->m_refCount);
        return 0;
    };
    m_values.forEach([&](const Value &v) { bytes += objectBytes(v); });
    for (const VariableHistory &h : m_variableHistories) {
        bytes += h.steps.capacity() * sizeof(std::uint32_t) + h.values.capacity() * sizeof(Value) + h.defined.capacity() / 8;
        for (const Value &v : h.values)
            bytes += objectBytes(v);
    }
    bytes += m_history->memoryUsage();
    return bytes;
}

} // namespace cachetutor
