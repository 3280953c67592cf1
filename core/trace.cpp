#include "trace.h"

#include "ast.h"

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

Trace::~Trace() = default;

CallView Trace::callView(std::size_t index) const
{
    const CallRecord &record = m_calls[index];
    CallView view;
    view.action = record.action;
    const auto first = m_values.begin() + record.argsBegin;
    view.args.assign(first, first + record.argCount);
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
    const StepRecord &record = step(index);
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
    const double now = index < 0 ? 0.0 : step(index).clock;
    std::erase_if(entries, [now](const CacheEntry &e) { return e.isExpiredAt(now); });
    return entries;
}

std::vector<Trace::VariableValue> Trace::variablesAfterStep(int index) const
{
    std::vector<VariableValue> result(m_variableNames.size());
    if (index < 0)
        return result;
    const auto stepIndex = static_cast<std::uint32_t>(index);
    for (std::size_t v = 0; v < m_variableChanges.size(); ++v) {
        const auto &changes = m_variableChanges[v];
        // The last change made at or before this step.
        auto it = std::upper_bound(changes.begin(), changes.end(), stepIndex,
                                   [](std::uint32_t s, const VariableChange &c) { return s < c.step; });
        if (it == changes.begin())
            continue;
        --it;
        result[v].value = it->value;
        result[v].defined = it->defined;
    }
    return result;
}

std::string_view Trace::stdoutAfterStep(int index) const
{
    if (index < 0)
        return {};
    return std::string_view(m_stdout).substr(0, step(index).stdoutEnd);
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
    for (const CallRecord &c : m_calls) {
        if (isCacheAction(c.action))
            ++t.cacheCalls;
        t.hits += c.hits;
        t.misses += c.misses;
    }
    return t;
}

std::size_t Trace::memoryUsage() const
{
    std::size_t bytes = sizeof(*this);
    bytes += m_steps.capacity() * sizeof(StepRecord);
    bytes += m_calls.capacity() * sizeof(CallRecord);
    bytes += m_values.capacity() * sizeof(Value);
    bytes += m_stdout.capacity();
    for (const auto &changes : m_variableChanges)
        bytes += changes.capacity() * sizeof(VariableChange);
    // Heap objects (strings, lists) referenced by recorded values: count each str once per reference.
    auto objectBytes = [](const Value &v) -> std::size_t {
        if (v.isStr())
            return (sizeof(StrObject) + v.text().capacity()) / std::max<std::uint32_t>(1, v.heap()->m_refCount);
        return 0;
    };
    for (const Value &v : m_values)
        bytes += objectBytes(v);
    for (const auto &changes : m_variableChanges)
        for (const VariableChange &c : changes)
            bytes += objectBytes(c.value);
    bytes += m_history->memoryUsage();
    return bytes;
}

} // namespace cachetutor
