#pragma once

// Lesson: the learning material around one script, as plain data.
//
// A lesson is the script a student steps through plus what the material says
// about it: a description of the sample, the concept-flow diagram, key
// moments, quiz questions, a concept snapshot, an optional written
// transcript and a teacher's annotations for steps. Nothing here is computed: the execution table, the tracker and
// which flow node lights up at a step all come from tracing `script`. A
// lesson only points into that trace (step numbers, flow events).
//
// Lessons are read from JSON by LessonReader (docs/lesson-format.md).

#include "interpreter.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cachetutor {

// One box of the concept-flow diagram. It lights up at a step when one of the
// step's flow events (see conceptflow.h) is in `litBy`, e.g. "cache.set",
// "cache.get:hit", "cache.get:miss", "cache.delete", "start", "end".
struct ConceptFlowNode {
    QString label;     // "Call cache.set(key, value, timeout)"
    QStringList litBy;
};

// A question the material asks about the trace, with its answer and the steps
// (1-based) it points at.
struct KeyMoment {
    QString question;
    QString answer;
    QList<int> steps;
};

// One cell of the execution table: a column as TraceFormatter names it
// ("Action", "Key", "Value Stored/Retrieved", "Cache State", "Output") at a
// 1-based step. An empty column with steps means whole rows; steps empty
// means the whole column.
struct TableCell {
    QString column;
    int step = 0;
};

// Where the engine finds a question's answer in the trace, so that answer
// keys are computed, never trusted (LessonChecker).
struct AnswerSource {
    enum class Kind {
        None,      // not computed: the written answer is taken as it is (explanations, opinions)
        Cell,      // the text of `column` at `step`
        FirstStep, // "Step N": the first step whose `column` reads `equals`
        Variable,  // repr of `variable` after `step` ("N/A" before it exists)
    };
    Kind kind = Kind::None;
    QString column;
    int step = 0;
    QString equals;
    QString variable;
};

// A what-if question's changed script: line `line` (1-based) of the lesson's
// script replaced by `replacement`.
struct WhatIf {
    int line = 0;
    QString replacement;
};

struct QuizQuestion {
    enum class Kind {
        Choice,  // pick one of the options
        Predict, // say what a step will output before it is revealed
        WhatIf,  // the script changed: what changes in the execution table?
    };
    Kind kind = Kind::Choice;
    QString question;
    QStringList options; // shown as A, B, C, D...; a Predict question may have none (typed answer)
    int answer = 0;      // index into options; -1 for a Predict question without options
    QString hint;
    QString hintColumn;   // the table column the hint points at, may be empty
    QList<int> hintSteps; // the steps (rows) it points at, may be empty
    QString explanation;  // shown after answering
    int proofStep = 0;    // the step that proves the answer (a jump after answering); 0 = none
    AnswerSource answerFrom;
    WhatIf whatIf;            // WhatIf questions only
    QList<TableCell> changes; // WhatIf: every cell the change alters (checked against a re-trace)
};

// A teacher's note for one step (1-based), shown in presentation mode when
// the class reaches it: "Pause here: ask the class what cache.get will return."
// Not for students: it says what to do in class, not what happens.
struct Annotation {
    int step = 0;
    QString text;
};

// The text of one quiz question in another language. Code stays code: a
// what-if replacement, answer sources and hint cells are the lesson's own.
struct QuizText {
    QString question;
    QStringList options; // empty, or one per option of the question, in its order
    QString hint;
    QString explanation;
};

struct KeyMomentText {
    QString question;
    QString answer;
};

// What students and teachers read of a lesson, in one other language (the
// "translations" of docs/lesson-format.md). An empty field or list keeps the
// lesson's own text; a list that is given has one entry per item of the
// lesson's list (LessonReader checks the counts).
struct LessonText {
    QString title;
    QString duration;
    QString description;
    QStringList conceptFlow; // the labels
    QList<KeyMomentText> keyMoments;
    QList<QuizText> quiz;
    QStringList snapshot;
    QString transcript;
    QString note;
    QStringList annotations; // the texts
};

struct Lesson {
    QString name;        // 'basics': what `--lesson` takes
    QString title;       // "Low-level cache API in Django — Step-by-Step Execution"
    QString framework;   // "Django"
    QString duration;    // "~10 mins"
    QString script;      // Python source
    QString scriptName;  // shown as the file name in tracebacks, 'lesson1_basics.py'
    CacheConfig backend; // the cache settings the script runs with
    QString description; // what the sample does, in a sentence or two
    QList<ConceptFlowNode> conceptFlow;
    QList<KeyMoment> keyMoments;
    QList<QuizQuestion> quiz;
    QStringList snapshot; // the concept snapshot's bullets
    QString transcript;   // written transcript; may be empty
    QString note;         // where the published material differs from Django, in one short note
    QList<Annotation> annotations; // teacher's notes, in file order; several may share a step
    QMap<QString, LessonText> translations; // by language code: "de", "es", "pt_BR"
};

} // namespace cachetutor
