#include "conceptflow.h"

#include "trace.h"

namespace cachetutor {

namespace {

QString nameOf(Action action)
{
    const std::string_view name = actionName(action);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

void addOnce(QStringList &events, const QString &event)
{
    if (!events.contains(event))
        events << event;
}

} // namespace

QStringList flowEventsOfStep(const Trace &trace, int step)
{
    if (step < 0 || step > trace.stepCount())
        return {};
    if (step == 0)
        return {QStringLiteral("start")};

    const StepRecord record = trace.step(step - 1);
    QStringList events;
    for (std::uint32_t i = record.callsBegin; i < record.callsEnd; ++i) {
        const CallRecord call = trace.call(i);
        const QString name = nameOf(call.action);
        addOnce(events, name);
        // The outcome is what the engine counted when the call ran; a call
        // can both hit and miss (get_many with one key present, one absent).
        if (call.hits > 0)
            addOnce(events, name + QLatin1String(":hit"));
        if (call.misses > 0)
            addOnce(events, name + QLatin1String(":miss"));
    }
    if (record.callsBegin == record.callsEnd)
        events << nameOf(record.action);
    if (step == trace.stepCount())
        events << QStringLiteral("end");
    return events;
}

} // namespace cachetutor
