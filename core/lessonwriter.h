#pragma once

// LessonWriter: a Lesson as the JSON file LessonReader reads
// (docs/lesson-format.md), so that a lesson made in the editor is a file a
// teacher can open, diff and hand on.
//
// The output is meant to be read by people and kept under version control:
//   - format version 1, the fields in the order of the format's example
//     (format, version, name, title, framework, duration, description,
//     scriptName, script, backend, conceptFlow, keyMoments, quiz, snapshot,
//     transcript, note, annotations), and inside each object in the order of
//     its table;
//   - only what differs from the default: an empty description, a "choice"
//     kind, Django's default backend settings are left out;
//   - the script as an array of lines, one element per line (as a single
//     string only when an array could not give back the exact text: a script
//     without a final line break, or with a carriage return);
//   - two-space indentation; an array or object that fits in 100 columns is
//     written on one line, as the shipped lessons are ({"label": ..., "litBy": [...]});
//   - stable: the same Lesson always gives the same bytes.
//
// Contract: for every Lesson that LessonReader gave, reading write(lesson)
// gives back an equal Lesson (tst_lessonwriter holds every shipped lesson to it).
// A Lesson built elsewhere (the editor) is written as it is: whether the file
// then reads clean is LessonReader's to say.

#include "lesson.h"

#include <QByteArray>

namespace cachetutor {

class LessonWriter
{
public:
    // UTF-8 JSON ending in a line break.
    static QByteArray write(const Lesson &lesson);
};

} // namespace cachetutor
