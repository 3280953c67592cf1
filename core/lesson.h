#pragma once

// Lesson: the learning material around one script, as plain data.
//
// A lesson is the script a student steps through plus what the material says
// about it: a description of the sample, the concept-flow diagram, key
// moments, quiz questions, a concept snapshot and an optional written
// transcript. Nothing here is computed: the execution table, the tracker and
// which flow node lights up at a step all come from tracing `script`. A
// lesson only points into that trace (step numbers, flow events).
//
// Lessons are read from JSON by LessonReader (docs/lesson-format.md).

#include "interpreter.h"

#include <QList>
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

struct QuizQuestion {
    QString question;
    QStringList options; // shown as A, B, C, D...
    int answer = 0;      // index into options
    QString hint;
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
};

} // namespace cachetutor
