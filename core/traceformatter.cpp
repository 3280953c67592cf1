#include "traceformatter.h"

#include <algorithm>
#include <cstdio>

namespace cachetutor {

namespace {

const std::vector<std::string_view> kColumnNames = {"Step", "Action", "Key", "Value Stored/Retrieved",
                                                    "Cache State", "Output", "Notes"};
constexpr std::size_t kNotesColumn = 6;

// Display width as the table counts it: code points, so that 'é' or '€'
// takes one column like an ASCII letter (UTF-8 continuation bytes are skipped).
std::size_t codePointCount(std::string_view utf8)
{
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A cell of a line-oriented table cannot hold a line break: printed text and
// error messages (which show a key with %s) may contain one.
std::string oneLine(std::string_view text)
{
    std::string line;
    line.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        case '\t': line += "\\t"; break;
        default: line += c;
        }
    }
    return line;
}

// Columns padded to their widest cell, two spaces apart, a rule under the
// header, no trailing blanks.
std::string renderColumns(const std::vector<std::string> &header, const std::vector<std::vector<std::string>> &rows)
{
    std::vector<std::size_t> widths(header.size());
    for (std::size_t c = 0; c < header.size(); ++c)
        widths[c] = codePointCount(header[c]);
    for (const auto &row : rows)
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], codePointCount(row[c]));

    std::string out;
    auto appendLine = [&](auto cellAt) {
        std::string line;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            const std::string cell = cellAt(c);
            line += cell;
            if (c + 1 < widths.size())
                line.append(widths[c] - codePointCount(cell) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line;
        out += '\n';
    };
    appendLine([&](std::size_t c) { return header[c]; });
    appendLine([&](std::size_t c) { return std::string(widths[c], '-'); });
    for (const auto &row : rows)
        appendLine([&](std::size_t c) { return row[c]; });
    return out;
}

// The execution table's header and cells, Notes only when some row has one.
struct TableCells {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

TableCells tableCells(const std::vector<TraceFormatter::Row> &rows)
{
    const bool withNotes = std::any_of(rows.begin(), rows.end(), [](const auto &row) { return !row.notes.empty(); });
    TableCells cells;
    const std::size_t columns = withNotes ? kColumnNames.size() : kNotesColumn;
    for (std::size_t c = 0; c < columns; ++c)
        cells.header.emplace_back(kColumnNames[c]);
    cells.rows.reserve(rows.size());
    for (const auto &row : rows) {
        std::vector<std::string> r{std::to_string(row.step), row.action, row.key, row.value, row.state, row.output};
        if (withNotes)
            r.push_back(row.notes);
        cells.rows.push_back(std::move(r));
    }
    return cells;
}

// A Markdown code span keeps reprs literal (no emphasis from '*' or '_', no
// backslash escapes); its fence is longer than any backtick run inside. A
// '|' must still be escaped, even inside the span, or it ends the cell.
std::string markdownCell(std::string_view text)
{
    if (text.empty())
        return {};
    std::size_t longestRun = 0, run = 0;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        longestRun = std::max(longestRun, run);
    }
    const std::string fence(longestRun + 1, '`');
    const bool pad = text.front() == '`' || text.back() == '`';
    std::string cell = fence + (pad ? " " : "");
    for (char c : oneLine(text)) {
        if (c == '|')
            cell += '\\';
        cell += c;
    }
    return cell + (pad ? " " : "") + fence;
}

void appendJsonList(std::string &out, const std::vector<std::string> &items)
{
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += TraceFormatter::jsonString(items[i]);
    }
    out += ']';
}

const Value *keywordArgument(const CallView &call, std::string_view name)
{
    for (const auto &[kwName, value] : call.kwargs)
        if (kwName == name)
            return &value;
    return nullptr;
}

// The argument bound to Python parameter `position` / `name`, if passed.
const Value *argument(const CallView &call, std::size_t position, std::string_view name)
{
    return position < call.args.size() ? &call.args[position] : keywordArgument(call, name);
}

std::string valueCell(const CallView &call)
{
    const Value *stored = nullptr;
    switch (call.action) {
    case Action::CacheSet:
    case Action::CacheAdd:
        stored = argument(call, 1, "value");
        break;
    case Action::CacheSetMany:
        stored = argument(call, 0, "data");
        break;
    case Action::CacheGetOrSet:
        // A hit retrieves the cached value, a miss stores the default (or what
        // calling it gave): either way it is what the call returns.
    case Action::CacheGet:
    case Action::CacheGetMany:
    case Action::CacheIncr:
    case Action::CacheDecr:
    case Action::CacheIncrVersion:
    case Action::CacheDecrVersion:
        return call.raised ? std::string() : repr(call.output);
    default:
        break;
    }
    return stored ? repr(*stored) : std::string();
}

std::string keyCell(const CallView &call)
{
    if (call.hasKey)
        return repr(call.key);
    if (call.action == Action::CacheGetMany || call.action == Action::CacheDeleteMany)
        if (const Value *keys = argument(call, 0, "keys"))
            return repr(*keys);
    return {};
}

std::string actionCell(const CallView &call)
{
    std::string action(actionName(call.action));
    // The table has no column for a sleep's duration, and a lesson about
    // expiry needs to see it.
    if (call.action == Action::TimeSleep) {
        action += '(';
        if (const Value *seconds = argument(call, 0, "secs"))
            action += repr(*seconds);
        action += ')';
    }
    return action;
}

std::string joined(const std::vector<std::string> &items, std::string_view separator)
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += separator;
        text += items[i];
    }
    return text;
}

} // namespace

std::optional<TraceFormat> TraceFormatter::formatFromName(std::string_view name)
{
    const auto &names = formatNames();
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        return std::nullopt;
    return static_cast<TraceFormat>(it - names.begin());
}

std::string_view TraceFormatter::formatName(TraceFormat format)
{
    return formatNames()[static_cast<std::size_t>(format)];
}

const std::vector<std::string_view> &TraceFormatter::formatNames()
{
    static const std::vector<std::string_view> names = {"table", "tracker", "json", "csv", "markdown", "summary"};
    return names;
}

std::string_view TraceFormatter::statusName(Trace::Status status)
{
    switch (status) {
    case Trace::Status::Completed: return "completed";
    case Trace::Status::Raised: return "raised";
    case Trace::Status::StepLimit: return "step_limit";
    case Trace::Status::Cancelled: return "cancelled";
    case Trace::Status::NotRun: return "not_run";
    }
    return "not_run";
}

std::string TraceFormatter::format(TraceFormat format) const
{
    switch (format) {
    case TraceFormat::Table: return table();
    case TraceFormat::Tracker: return tracker();
    case TraceFormat::Json: return json();
    case TraceFormat::Csv: return csv();
    case TraceFormat::Markdown: return markdown();
    case TraceFormat::Summary: return summary();
    }
    return table();
}

TraceFormatter::TraceFormatter(const Trace &trace) : m_trace(trace)
{
    const int steps = m_trace.stepCount();
    m_stepFirstEvent.reserve(static_cast<std::size_t>(steps) + 1);
    std::uint32_t events = 0;
    m_stepFirstEvent.push_back(events);
    for (int s = 0; s < steps; ++s) {
        const StepRecord step = m_trace.step(s);
        events += std::max<std::uint32_t>(step.callsEnd - step.callsBegin, 1);
        m_stepFirstEvent.push_back(events);
    }
}

int TraceFormatter::eventStepIndex(std::size_t index) const
{
    const auto after = std::upper_bound(m_stepFirstEvent.begin(), m_stepFirstEvent.end(), index);
    return static_cast<int>(after - m_stepFirstEvent.begin()) - 1;
}

int TraceFormatter::eventStep(std::size_t event) const
{
    return eventStepIndex(event) + 1;
}

TraceFormatter::Event TraceFormatter::eventAt(std::size_t index) const
{
    Event event;
    event.stepIndex = eventStepIndex(index);
    // The step's own fields only: resolving all of its calls (stepView) for
    // each of its events would make a step of n calls cost n * n call views.
    const StepRecord step = m_trace.step(event.stepIndex);
    event.step.number = event.stepIndex + 1;
    event.step.line = static_cast<int>(step.line);
    event.step.action = step.action;
    if (step.errorIndex >= 0)
        event.step.error = m_trace.errors()[static_cast<std::size_t>(step.errorIndex)];
    event.step.clock = step.clock;
    event.step.historyPosition = step.historyPosition;
    if (step.callsBegin == step.callsEnd) {
        event.lastOfStep = true;
        return event;
    }
    const std::size_t call = step.callsBegin + (index - m_stepFirstEvent[static_cast<std::size_t>(event.stepIndex)]);
    event.call = m_trace.callView(call);
    event.lastOfStep = call + 1 == step.callsEnd;
    // Only eventError() reads it, for the last event of a step that raised.
    if (event.lastOfStep && step.errorIndex >= 0)
        for (std::uint32_t c = step.callsBegin; c < step.callsEnd && !event.callRaised; ++c)
            event.callRaised = m_trace.call(c).errorIndex >= 0;
    return event;
}

template <class Visit>
void TraceFormatter::forEachEvent(Visit &&visit) const
{
    for (std::size_t e = 0; e < eventCount(); ++e)
        visit(eventAt(e));
}

std::string TraceFormatter::eventState(const Event &event) const
{
    if (event.call)
        return Trace::stateRepr(m_trace.cacheAt(event.call->historyPosition), event.call->clock);
    return Trace::stateRepr(m_trace.cacheAt(event.step.historyPosition), event.step.clock);
}

std::string TraceFormatter::eventError(const Event &event) const
{
    if (event.call && event.call->raised)
        return event.call->error;
    // An exception that did not come out of a recorded call ('x = 1 / 0',
    // 'y = cache.get(k) + 1') belongs to the statement: show it once, on the
    // step's last event.
    return event.lastOfStep && !event.callRaised ? event.step.error : std::string();
}

std::string TraceFormatter::printedText(const Event &event) const
{
    if (!event.call || event.call->action != Action::Print)
        return {};
    // print(*args, sep=' ', end='\n'), each argument through str(); rebuilt
    // per call because one statement may print more than once.
    auto textOf = [&](std::string_view name, std::string_view fallback) {
        const Value *value = keywordArgument(*event.call, name);
        return value && value->isStr() ? value->text() : std::string(fallback);
    };
    const std::string sep = textOf("sep", " ");
    std::string text;
    for (std::size_t i = 0; i < event.call->args.size(); ++i) {
        if (i > 0)
            text += sep;
        text += str(event.call->args[i]);
    }
    return text + textOf("end", "\n");
}

std::string TraceFormatter::stopMessage() const
{
    switch (m_trace.status()) {
    case Trace::Status::Completed:
        return {};
    case Trace::Status::Raised:
        return "Stopped at line " + std::to_string(m_trace.finalErrorLine()) + " by " + m_trace.finalError();
    case Trace::Status::StepLimit:
        // The interpreter words the limit on its final event; say it the same way.
        if (const int last = m_trace.stepCount() - 1; last >= 0)
            if (std::string message = m_trace.stepView(last).error; !message.empty())
                return message;
        return "Step limit reached: the script was stopped after " + std::to_string(m_trace.maxSteps()) + " steps";
    case Trace::Status::Cancelled:
        return "Cancelled after " + std::to_string(m_trace.stepCount()) + " steps";
    case Trace::Status::NotRun:
        return m_trace.diagnostic().format();
    }
    return {};
}

TraceFormatter::Row TraceFormatter::row(std::size_t index) const
{
    const Event event = eventAt(index);
    Row row;
    row.step = event.step.number;
    row.line = event.step.line;
    row.state = eventState(event);
    row.error = eventError(event);
    std::vector<std::string> notes;
    if (event.call) {
        const CallView &call = *event.call;
        row.action = actionCell(call);
        row.key = keyCell(call);
        row.value = valueCell(call);
        if (call.raised) {
            row.output = row.error;
        } else {
            row.output = call.action == Action::Print ? printedText(event) : repr(call.output);
            if (call.action == Action::Print && row.output.ends_with('\n'))
                row.output.pop_back();
            if (!row.error.empty())
                notes.push_back(row.error);
        }
        notes.insert(notes.end(), call.warnings.begin(), call.warnings.end());
        row.warnings = call.warnings;
    } else {
        row.action = actionName(event.step.action);
        row.output = row.error;
    }
    row.notes = joined(notes, "; ");
    return row;
}

std::vector<TraceFormatter::Row> TraceFormatter::rows() const
{
    std::vector<Row> rows;
    rows.reserve(eventCount());
    for (std::size_t e = 0; e < eventCount(); ++e)
        rows.push_back(row(e));
    return rows;
}

std::string TraceFormatter::table() const
{
    TableCells cells = tableCells(rows());
    for (auto &row : cells.rows)
        for (auto &cell : row)
            cell = oneLine(cell);
    std::string out = renderColumns(cells.header, cells.rows);
    if (const std::string stop = stopMessage(); !stop.empty())
        out += '\n' + stop + '\n';
    return out;
}

std::string TraceFormatter::csv() const
{
    const TableCells cells = tableCells(rows());
    // RFC 4180 ends every record with CRLF.
    auto appendRecord = [](std::string &out, const std::vector<std::string> &fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(fields[i]);
        }
        out += "\r\n";
    };
    std::string out;
    appendRecord(out, cells.header);
    for (const auto &row : cells.rows)
        appendRecord(out, row);
    return out;
}

std::string TraceFormatter::markdown() const
{
    const TableCells cells = tableCells(rows());
    std::string out = "|";
    for (const auto &name : cells.header)
        out += ' ' + name + " |";
    out += "\n|";
    for (std::size_t c = 0; c < cells.header.size(); ++c)
        out += c == 0 ? " ---: |" : " --- |";
    out += '\n';
    for (const auto &row : cells.rows) {
        out += "| " + row[0] + " |";
        for (std::size_t c = 1; c < row.size(); ++c)
            out += ' ' + markdownCell(row[c]) + " |";
        out += '\n';
    }
    if (const std::string stop = stopMessage(); !stop.empty())
        out += '\n' + markdownCell(stop) + '\n';
    return out;
}

std::string TraceFormatter::tracker() const
{
    const int steps = m_trace.stepCount();
    const int shown = std::clamp(m_trackerStepLimit, 0, steps);

    std::vector<std::string> header{"Variable", "Start"};
    for (int i = 1; i <= shown; ++i)
        header.push_back("After Step " + std::to_string(i));

    const auto &names = m_trace.variableNames();
    std::vector<std::vector<std::string>> rows(names.size() + 1);
    for (std::size_t v = 0; v < names.size(); ++v)
        rows[v].push_back(names[v]);
    rows.back().emplace_back("cache contents");

    for (int i = -1; i < shown; ++i) {
        const auto variables = m_trace.variablesAfterStep(i);
        for (std::size_t v = 0; v < names.size(); ++v) {
            const bool defined = v < variables.size() && variables[v].defined;
            rows[v].push_back(defined ? repr(variables[v].value) : "N/A");
        }
        const double clock = i < 0 ? 0.0 : m_trace.step(i).clock;
        rows.back().push_back(Trace::stateRepr(m_trace.cacheAfterStep(i), clock));
    }

    std::string out = renderColumns(header, rows);
    if (shown < steps) {
        const int left = steps - shown;
        out += "\n(" + std::to_string(left) + (left == 1 ? " more step" : " more steps") +
               " not shown; the JSON format has them all)\n";
    }
    return out;
}

std::string TraceFormatter::json() const
{
    std::string out = "{\"steps\": [";
    int variablesStep = -2;
    std::string variablesJson; // the step's variables, shared by all its events
    bool first = true;
    const int lastStep = m_trace.stepCount() - 1;
    forEachEvent([&](const Event &event) {
        if (event.stepIndex != variablesStep) {
            variablesStep = event.stepIndex;
            const auto values = m_trace.variablesAfterStep(event.stepIndex);
            const auto &names = m_trace.variableNames();
            variablesJson = "{";
            for (std::size_t v = 0; v < values.size() && v < names.size(); ++v) {
                if (!values[v].defined)
                    continue;
                if (variablesJson.size() > 1)
                    variablesJson += ", ";
                variablesJson += jsonString(names[v]) + ": " + jsonString(repr(values[v].value));
            }
            variablesJson += '}';
        }

        out += first ? "\n" : ",\n";
        first = false;
        const CallView *call = event.call ? &*event.call : nullptr;
        out += "{\"step\": " + std::to_string(event.step.number);
        out += ", \"line\": " + std::to_string(event.step.line);
        out += ", \"action\": " + jsonString(actionName(call ? call->action : event.step.action));

        std::vector<std::string> args;
        out += ", \"args\": ";
        if (call)
            for (const Value &arg : call->args)
                args.push_back(repr(arg));
        appendJsonList(out, args);

        out += ", \"kwargs\": {";
        if (call)
            for (std::size_t k = 0; k < call->kwargs.size(); ++k)
                out += (k > 0 ? ", " : "") + jsonString(call->kwargs[k].first) + ": " +
                       jsonString(repr(call->kwargs[k].second));
        out += '}';

        out += ", \"key\": " + (call && call->hasKey ? jsonString(repr(call->key)) : std::string("null"));
        const std::string error = eventError(event);
        out += ", \"output\": " + (call && !call->raised ? jsonString(repr(call->output)) : std::string("null"));
        out += ", \"error\": " + (error.empty() ? std::string("null") : jsonString(error));
        out += ", \"warnings\": ";
        appendJsonList(out, call ? call->warnings : std::vector<std::string>());
        out += ", \"state\": " + jsonString(eventState(event));
        out += ", \"variables\": " + variablesJson;
        out += ", \"clock\": " + floatRepr(call ? call->clock : event.step.clock);
        out += ", \"stdout\": " + jsonString(printedText(event));
        if (event.stepIndex == lastStep && event.lastOfStep)
            if (const std::string stop = stopMessage(); !stop.empty())
                out += ", \"stopped\": " + jsonString(stop);
        out += '}';
    });
    out += first ? "]" : "\n]";

    std::string finalError;
    if (m_trace.status() == Trace::Status::Raised)
        finalError = m_trace.finalError();
    else if (m_trace.status() == Trace::Status::NotRun)
        finalError = m_trace.diagnostic().format();
    out += ", \"status\": " + jsonString(statusName(m_trace.status()));
    out += ", \"error\": " + (finalError.empty() ? std::string("null") : jsonString(finalError));
    out += "}\n";
    return out;
}

std::string TraceFormatter::summary() const
{
    const int steps = m_trace.stepCount();
    const Trace::Totals totals = m_trace.totals();
    auto plural = [](std::size_t n, std::string_view one, std::string_view many) {
        return std::to_string(n) + ' ' + std::string(n == 1 ? one : many);
    };

    std::string out;
    auto line = [&](std::string_view label, const std::string &text) {
        std::string padded(label);
        padded.resize(14, ' ');
        out += padded + text + '\n';
    };
    line("Script:", m_trace.fileName());
    std::string status(statusName(m_trace.status()));
    if (const std::string stop = stopMessage(); !stop.empty())
        status += " (" + oneLine(stop) + ')';
    line("Status:", status);
    line("Steps:", std::to_string(steps));
    line("Cache calls:", std::to_string(totals.cacheCalls) + " (" + plural(totals.hits, "hit", "hits") + ", " +
                             plural(totals.misses, "miss", "misses") + ')');
    const double clock = steps > 0 ? m_trace.step(steps - 1).clock : 0.0;
    line("Final cache:", Trace::stateRepr(m_trace.cacheAfterStep(steps - 1), clock));
    line("Clock:", floatRepr(clock) + " s");

    std::vector<std::string> variables;
    if (steps > 0) {
        const auto values = m_trace.variablesAfterStep(steps - 1);
        const auto &names = m_trace.variableNames();
        for (std::size_t v = 0; v < values.size() && v < names.size(); ++v)
            if (values[v].defined)
                variables.push_back(names[v] + " = " + repr(values[v].value));
    }
    if (variables.empty())
        variables.emplace_back("(none)");
    line("Variables:", variables.front());
    for (std::size_t v = 1; v < variables.size(); ++v)
        line("", variables[v]);

    if (m_elapsedSeconds >= 0.0) {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.3f", m_elapsedSeconds);
        out += "Traced in " + std::string(seconds) + " s\n";
    }
    return out;
}

std::string TraceFormatter::jsonString(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (byte < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

std::string TraceFormatter::csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string field = "\"";
    for (char c : text) {
        if (c == '"')
            field += '"';
        field += c;
    }
    return field + '"';
}

} // namespace cachetutor
