#pragma once

// LessonChecker: does a lesson agree with the trace of its own script?
//
// LessonReader checks a lesson file's form; this checks its content against
// what really happens, by tracing the script once with the lesson's backend
// (and, for each what-if question, the changed script once more). Answer keys
// are computed, never trusted: a question that says where the trace holds its
// answer (AnswerSource) must mark that very text as the right option. So a
// lesson whose script is edited, or whose cache rules change with the engine,
// cannot go on teaching a wrong answer unnoticed.
//
// What is reported, each error naming the file and the question or moment:
//   - a script that does not run (a syntax error or unsupported construct);
//     a script that raises is fine, a lesson may be about the exception;
//   - a step beyond the trace: key-moment steps, hint steps, proof steps,
//     the steps of answer sources and of annotations;
//   - a computed answer that disagrees with the option marked right, or, for
//     a predict question with options, that is none of them;
//   - a what-if question whose `changes` are not exactly the cells that the
//     change alters (diffExecutionTables on the two traces).
//
//     basics.json: quiz[0]: the answer B (None) disagrees with the trace: the Output of step 2 is 'Hello'
//
// Errors are values: checking never throws, whatever the lesson says.

#include "lesson.h"
#include "trace.h"
#include "tracediff.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cachetutor {

class LessonChecker
{
    Q_DECLARE_TR_FUNCTIONS(LessonChecker)

public:
    // Traces the lesson's script, then checks against that trace.
    static QStringList check(const Lesson &lesson, const QString &fileName);
    // `trace` must be traceLesson(lesson)'s, for a caller that shows it too.
    static QStringList check(const Lesson &lesson, const QString &fileName, const Trace &trace);

    // The lesson's script with its backend, named by its scriptName.
    static std::unique_ptr<Trace> traceLesson(const Lesson &lesson);
    // The script with what-if line `whatIf.line` replaced, traced as above.
    // REQUIRES: 1 <= whatIf.line <= the script's line count (LessonReader checks it)
    static std::unique_ptr<Trace> traceWhatIf(const Lesson &lesson, const WhatIf &whatIf);
    static QString scriptWithReplacement(const QString &script, const WhatIf &whatIf);

    // The answer the trace gives, as the execution table or the tracker
    // shows it: a cell's text (executionTableCell), "Step N" for the first
    // step whose column reads `equals`, a variable's repr after a step ("N/A"
    // where it does not exist). Nothing for a question without a source, a
    // step beyond the trace, or a column that never reads `equals`.
    static std::optional<QString> computeAnswer(const QuizQuestion &question, const Trace &trace);
    // Where the answer comes from, for an answer key: "Output of step 2",
    // "first step whose Cache State reads {}", "value after step 4". Empty
    // for a question without a source.
    static QString describeSource(const AnswerSource &source);

    // Every question whose computed answer is one of its options gets that
    // option as its answer: a predict question's key is set here, never in
    // the file. A predict question whose answer is not among its options
    // keeps -1 (check() reports it).
    static Lesson withComputedAnswers(Lesson lesson, const Trace &trace);
};

} // namespace cachetutor
