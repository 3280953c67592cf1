#pragma once

// PracticeGenerator: fresh quiz questions about any trace — a lesson's or a
// playground script's — so a student can keep practising after the lesson's
// own quiz.
//
// Every answer is read from the trace, never worked out again: the execution
// table's cells (through TraceFormatter, exactly as the table shows them) and
// the live cache's order (Trace::liveCacheAfterStep). Four kinds of question:
//
//   - Predict "What will step N output?" — answerFrom Cell(Output, N); the
//     options are the right text and up to 3 other texts from the trace's
//     Output column or the common None / True / False;
//   - Choice "What is in the cache after step N?" — answerFrom Cell(Cache State, N);
//   - Choice "At which step does the cache first become empty?" — answerFrom
//     FirstStep(Cache State == "{}"), asked only when the first step whose
//     state reads {} comes after the cache held something;
//   - Choice "Which key goes first when the cache culls after step N?" — the
//     least recently used live entry, asked only when 2 or more are live.
//     answerFrom is None: the answer is the order of the live entries, which
//     no single table cell holds, so the written answer is the key.
//
// Cell answers are taken only from steps with exactly one table row, so that
// "the cell at step N" means one text however a checker reads a step of
// several calls; texts longer than MaxOptionLength are not asked about (an
// option nobody can read is no question).
//
// REQUIRES of the caller: nothing. generate() is deterministic for a seed
// (its own shuffle over QRandomGenerator's documented sequence, not
// std::shuffle, whose algorithm differs between libraries), asks only about
// steps that exist, skips kinds that do not apply, never repeats a question
// and may return fewer than `count` questions (none for an empty trace).
// Each question has its options shuffled with `answer` pointing at the right
// one, a hint with hintColumn/hintSteps, an explanation and a proofStep.

#include "lesson.h"
#include "trace.h"

#include <QCoreApplication>
#include <QList>

namespace cachetutor {

class PracticeGenerator
{
    Q_DECLARE_TR_FUNCTIONS(PracticeGenerator)

public:
    static constexpr int MaxOptions = 4;
    static constexpr int MaxOptionLength = 80;
    // Longer traces are sampled at this many steps, so a million-step trace
    // costs no more than a short one.
    static constexpr int MaxSampledSteps = 300;
    // How far the "first empty" question looks for the first {} (table rows).
    static constexpr int MaxScannedRows = 20000;

    static QList<QuizQuestion> generate(const Trace &trace, int count, quint32 seed);

    // "Step 3": the text a FirstStep answer reads, as the lessons write it.
    static QString stepText(int step);
    // The key as the Cache State column names it ('greet', or the made key
    // ':2:greet' for an entry of another version).
    static QString keyText(const CacheEntry &entry);
};

} // namespace cachetutor
