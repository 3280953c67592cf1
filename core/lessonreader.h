#pragma once

// LessonReader: a Lesson from its JSON file (docs/lesson-format.md).
//
// Reading is strict, so that a typo in a hand-written lesson is reported
// instead of quietly changing what students see: every field is checked for
// its type and value, an unknown field anywhere is an error, and concept-flow
// events must come from the vocabulary of conceptflow.h. The cache settings
// (`backend`) follow the same rules as the command line's options, through
// ScriptOptions, so a lesson and `--max-entries` never disagree.
//
// Errors are values: a read never throws and never crashes, whatever the
// bytes. It collects every error it can find, each naming the file, the
// field path and what was expected:
//
//     basics.json: quiz[1].answer: expected a letter A–D naming one of the 4 options, got "E"
//
// Two errors stop the checks early, because the rest of the file may follow
// other rules: a `format` that is not a lesson's and a `version` this build
// does not read.
//
// A lesson only points into the trace of its script (step numbers, table
// columns, answer sources). The reader checks what the file alone can tell:
// that a column is one the execution table has, that a what-if question's
// line is a line of the script, that each kind of question has the fields it
// needs. It does not run the script, so whether a step exists and whether a
// written answer agrees with the trace is LessonChecker's to say.

#include "lesson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace cachetutor {

struct LessonReadResult {
    std::optional<Lesson> lesson; // set exactly when `errors` is empty
    QStringList errors;           // "basics.json: keyMoments[0].steps[1]: expected ..."
};

class LessonReader
{
    Q_DECLARE_TR_FUNCTIONS(LessonReader)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileSize = qint64{5} * 1024 * 1024; // far above any lesson; stops a wrong file early

    // `fileName` only names the source in error messages.
    static LessonReadResult read(const QByteArray &json, const QString &fileName);
    // Any path, resource paths (":/lessons/01-basics.json") included; errors name it as given.
    static LessonReadResult readFile(const QString &path);
    // The lessons compiled into the core library, ":/lessons/*.json", sorted by name.
    static QStringList shippedLessonPaths();
    // A quiz question's "kind" as the file spells it: "choice", "predict", "what-if".
    static const char *quizKindName(QuizQuestion::Kind kind);
};

} // namespace cachetutor
