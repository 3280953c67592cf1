#pragma once

// Narrator: one plain-language sentence for each step of a trace, for the
// narration panel and the full transcript.
//
// Every sentence is generated from the recorded events alone (what a call
// returned, its hits and misses, what it culled, how the variables changed),
// never by re-running or re-deciding a cache rule. Sentences go through
// Narrator::tr() so that translations/*.ts translate them.

#include "trace.h"

#include <QCoreApplication>
#include <QString>

namespace cachetutor {

class Narrator
{
    Q_DECLARE_TR_FUNCTIONS(Narrator)

public:
    explicit Narrator(const Trace &trace) : m_trace(trace) {}

    // The sentence for step `index` (0-based), e.g.
    // "cache.get finds 'greet' and returns 'Hello'."
    QString narrateStep(int index) const;
    // One recorded call of a step.
    QString narrateCall(const CallView &call) const;
    // Every step, numbered, one per line: the generated transcript.
    QString transcript() const;

private:
    QString narrateStatement(const StepView &step, int index) const;
    QString describeTimeout(const CallView &call, std::size_t position) const;

    const Trace &m_trace;
};

} // namespace cachetutor
