#include "narrator.h"

#include <QCoreApplication>

#include <cmath>

namespace cachetutor {

namespace {

QString r(const Value &value)
{
    return QString::fromStdString(repr(value));
}

QString seconds(double s)
{
    const QString number = s == std::floor(s) && std::fabs(s) < 1e15 ? QString::number(static_cast<long long>(s))
                                                                      : QString::fromStdString(floatRepr(s));
    return number + (s == 1.0 ? Narrator::tr(" second") : Narrator::tr(" seconds"));
}

// The argument at `position`, or the keyword `name`.
const Value *argument(const CallView &call, std::size_t position, const char *name)
{
    if (call.args.size() > position)
        return &call.args[position];
    for (const auto &[key, value] : call.kwargs)
        if (key == name)
            return &value;
    return nullptr;
}

} // namespace

QString Narrator::describeTimeout(const CallView &call, std::size_t position) const
{
    const Value *timeout = argument(call, position, "timeout");
    if (!timeout) {
        const auto &configured = m_trace.config().timeout;
        return configured ? tr("for the default %1").arg(seconds(*configured)) : tr("with no expiry (the default timeout is None)");
    }
    if (timeout->isNone())
        return tr("with no expiry (timeout=None)");
    if (timeout->isNumber() && timeout->toDouble() <= 0)
        return tr("already expired (a timeout of %1 means \"don't cache\")").arg(r(*timeout));
    if (timeout->isNumber())
        return tr("for %1").arg(seconds(timeout->toDouble()));
    return tr("with timeout %1").arg(r(*timeout));
}

QString Narrator::narrateCall(const CallView &call) const
{
    const QString action = QString::fromUtf8(actionName(call.action).data(), static_cast<qsizetype>(actionName(call.action).size()));
    const QString key = call.hasKey ? r(call.key) : QString();
    const QString output = r(call.output);
    if (call.raised)
        return tr("%1 raises %2.").arg(action, QString::fromStdString(call.error));

    QString sentence;
    switch (call.action) {
    case Action::CacheGet:
        if (call.hits > 0)
            sentence = tr("cache.get finds %1 and returns %2.").arg(key, output);
        else if (call.expiredRemoved > 0)
            sentence = tr("cache.get finds %1 expired, removes it, and returns the default %2.").arg(key, output);
        else
            sentence = tr("cache.get finds nothing for %1 and returns the default %2.").arg(key, output);
        break;
    case Action::CacheSet: {
        const Value *value = argument(call, 1, "value");
        sentence = tr("cache.set stores %1 under %2 %3.").arg(value ? r(*value) : QString(), key, describeTimeout(call, 2));
        break;
    }
    case Action::CacheAdd: {
        const Value *value = argument(call, 1, "value");
        if (call.output.isBool() && call.output.asBool())
            sentence = tr("cache.add stores %1 under %2 %3, because %2 was not in the cache, and returns True.")
                           .arg(value ? r(*value) : QString(), key, describeTimeout(call, 2));
        else
            sentence = tr("cache.add leaves %1 alone because it already holds a live value, and returns False.").arg(key);
        break;
    }
    case Action::CacheGetOrSet:
        if (call.misses == 0)
            sentence = tr("cache.get_or_set finds %1 and returns %2.").arg(key, output);
        else
            sentence = tr("cache.get_or_set finds nothing for %1, stores %2 and returns it.").arg(key, output);
        break;
    case Action::CacheGetMany:
        sentence = tr("cache.get_many finds %n of the keys asked for and returns %1.", nullptr, call.hits).arg(output);
        break;
    case Action::CacheSetMany:
        sentence = tr("cache.set_many stores every pair of the dict and returns %1 (no key failed).").arg(output);
        break;
    case Action::CacheDelete:
        if (call.output.isBool() && call.output.asBool())
            sentence = tr("cache.delete removes %1 and returns True.").arg(key);
        else
            sentence = tr("cache.delete finds nothing to remove for %1 and returns False.").arg(key);
        break;
    case Action::CacheDeleteMany:
        sentence = tr("cache.delete_many removes each of the keys that is stored.");
        break;
    case Action::CacheHasKey:
    case Action::CacheContains:
        if (call.output.isBool() && call.output.asBool())
            sentence = tr("%1 finds a live entry for %2: True.").arg(call.action == Action::CacheContains ? tr("'in cache'") : action, key);
        else
            sentence = tr("%1 finds no live entry for %2: False.").arg(call.action == Action::CacheContains ? tr("'in cache'") : action, key);
        break;
    case Action::CacheIncr:
    case Action::CacheDecr:
        sentence = tr("%1 changes %2 to %3 and returns it.").arg(action, key, output);
        break;
    case Action::CacheTouch:
        if (call.output.isBool() && call.output.asBool())
            sentence = tr("cache.touch gives %1 a new expiry, %2, and returns True.").arg(key, describeTimeout(call, 1));
        else
            sentence = tr("cache.touch finds no live entry for %1 and returns False.").arg(key);
        break;
    case Action::CacheClear:
        sentence = tr("cache.clear empties the whole cache.");
        break;
    case Action::CacheIncrVersion:
    case Action::CacheDecrVersion:
        sentence = tr("%1 moves %2 to version %3 and returns it.").arg(action, key, output);
        break;
    case Action::CacheClose:
        sentence = tr("cache.close does nothing on the local-memory cache.");
        break;
    case Action::CacheMakeKey:
        sentence = tr("cache.make_key builds the internal key %1.").arg(output);
        break;
    case Action::Print: {
        QStringList parts;
        for (const Value &v : call.args)
            parts << QString::fromStdString(str(v));
        sentence = tr("print writes: %1").arg(parts.join(QLatin1Char(' ')));
        break;
    }
    case Action::TimeSleep:
        sentence = tr("time.sleep moves the virtual clock forward %1, to %2.")
                       .arg(call.args.empty() ? QString() : seconds(call.args[0].toDouble()), QString::fromStdString(floatRepr(call.clock)));
        break;
    case Action::TimeTime:
        sentence = tr("time.time reads the virtual clock: %1.").arg(output);
        break;
    default:
        sentence = tr("%1 returns %2.").arg(action, output);
    }
    if (call.culled > 0)
        sentence += QLatin1Char(' ') + tr("The cache was full, so it first culled %n of its least recently used entries.", nullptr, call.culled);
    if (!call.warnings.empty())
        sentence += QLatin1Char(' ') + tr("Django warns: %1").arg(QString::fromStdString(call.warnings.front()));
    return sentence;
}

QString Narrator::narrateStatement(const StepView &step, int index) const
{
    if (step.action == Action::StepLimit)
        return QString::fromStdString(m_trace.finalError());
    // What changed among the variables is the story of a step without calls.
    const auto before = m_trace.variablesAfterStep(index - 1);
    const auto after = m_trace.variablesAfterStep(index);
    QStringList changes;
    for (std::size_t v = 0; v < after.size(); ++v) {
        const bool was = v < before.size() && before[v].defined;
        const QString name = QString::fromStdString(m_trace.variableNames()[v]);
        if (after[v].defined && (!was || repr(before[v].value) != repr(after[v].value)))
            changes << tr("%1 becomes %2").arg(name, r(after[v].value));
        else if (!after[v].defined && was)
            changes << tr("%1 is deleted").arg(name);
    }
    QString sentence;
    switch (step.action) {
    case Action::If:
        sentence = tr("Line %1 tests an if condition.").arg(step.line);
        break;
    case Action::While:
        sentence = tr("Line %1 tests the while condition.").arg(step.line);
        break;
    case Action::For:
        sentence = tr("Line %1 starts the next round of the for loop.").arg(step.line);
        break;
    case Action::Return:
        sentence = tr("Line %1 returns from the function.").arg(step.line);
        break;
    default:
        sentence = tr("Line %1 runs.").arg(step.line);
    }
    if (!changes.isEmpty())
        sentence += QLatin1Char(' ') + changes.join(QStringLiteral(", ")) + QLatin1Char('.');
    return sentence;
}

QString Narrator::narrateStep(int index) const
{
    const StepView step = m_trace.stepView(index);
    QString sentence;
    if (step.calls.empty()) {
        sentence = narrateStatement(step, index);
    } else {
        QStringList parts;
        for (const CallView &call : step.calls)
            parts << narrateCall(call);
        sentence = parts.join(QLatin1Char(' '));
    }
    // The step limit is no exception the statement raised: narrateStatement() already said it.
    if (!step.error.empty() && step.action != Action::StepLimit && (step.calls.empty() || !step.calls.back().raised))
        sentence += QLatin1Char(' ') + tr("The statement raises %1.").arg(QString::fromStdString(step.error));
    return sentence;
}

QString Narrator::transcript() const
{
    QString text;
    for (int i = 0; i < m_trace.stepCount(); ++i)
        text += tr("Step %1 (line %2): %3").arg(i + 1).arg(m_trace.step(i).line).arg(narrateStep(i)) + QLatin1Char('\n');
    return text;
}

} // namespace cachetutor
