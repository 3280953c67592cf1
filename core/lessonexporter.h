#pragma once

// LessonExporter: handouts made from a lesson and its trace, for teachers.
//
// Everything comes from the trace and the lesson as they are: the tables are
// TraceFormatter's rows and the trace's variables, the answer sheet's keys
// are computed from the trace wherever the lesson says where to find them
// (LessonChecker::computeAnswer), and otherwise are the lesson's own. Same
// lesson and trace, same bytes.
//
// The HTML page is self-contained (inline CSS), prints well (the answer
// sheet starts on a page of its own) and is what the PDF is printed from.

#include "lesson.h"

#include <QCoreApplication>
#include <QString>

namespace cachetutor {

class Trace;

class LessonExporter
{
    Q_DECLARE_TR_FUNCTIONS(LessonExporter)

public:
    // The variable tracker: one row per variable plus `cache contents`, one
    // column per step (Start, After Step 1, ...), at most `maxSteps` steps.
    static QString trackerCsv(const Trace &trace, int maxSteps = 200);
    static QString trackerMarkdown(const Trace &trace, int maxSteps = 200);
    // The execution table, as the command-line tracer prints it.
    static QString tableCsv(const Trace &trace);
    static QString tableMarkdown(const Trace &trace);

    // The whole lesson: description, code, execution table, variable tracker,
    // concept flow, key moments, quiz, concept snapshot, transcript, and an
    // answer sheet on a separate page. Tables stop after `maxSteps` steps and say so.
    static QString html(const Lesson &lesson, const Trace &trace, int maxSteps = 200);
};

} // namespace cachetutor
