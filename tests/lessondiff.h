#pragma once

// Field-by-field comparison of two Lessons for the round-trip tests: the
// paths of the fields that differ ("quiz[1].answerFrom.step"), so that a
// failure names what the writer lost instead of saying "not equal". Lesson
// has no operator== on purpose: only tests compare whole lessons.

#include "lesson.h"

#include <QString>
#include <QStringList>

namespace cachetutor::testing {

inline QStringList lessonDifferences(const Lesson &a, const Lesson &b)
{
    QStringList out;
    auto field = [&out](const QString &path, const auto &x, const auto &y) {
        if (!(x == y))
            out << path;
    };
    auto at = [](const char *list, qsizetype i) { return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i); };

    field(QStringLiteral("name"), a.name, b.name);
    field(QStringLiteral("title"), a.title, b.title);
    field(QStringLiteral("framework"), a.framework, b.framework);
    field(QStringLiteral("duration"), a.duration, b.duration);
    field(QStringLiteral("script"), a.script, b.script);
    field(QStringLiteral("scriptName"), a.scriptName, b.scriptName);
    field(QStringLiteral("backend.TIMEOUT"), a.backend.timeout, b.backend.timeout);
    field(QStringLiteral("backend.MAX_ENTRIES"), a.backend.maxEntries, b.backend.maxEntries);
    field(QStringLiteral("backend.CULL_FREQUENCY"), a.backend.cullFrequency, b.backend.cullFrequency);
    field(QStringLiteral("backend.KEY_PREFIX"), a.backend.keyPrefix, b.backend.keyPrefix);
    field(QStringLiteral("backend.VERSION"), a.backend.version, b.backend.version);
    field(QStringLiteral("description"), a.description, b.description);

    field(QStringLiteral("conceptFlow.size"), a.conceptFlow.size(), b.conceptFlow.size());
    for (qsizetype i = 0; i < qMin(a.conceptFlow.size(), b.conceptFlow.size()); ++i) {
        field(at("conceptFlow", i) + QLatin1String(".label"), a.conceptFlow[i].label, b.conceptFlow[i].label);
        field(at("conceptFlow", i) + QLatin1String(".litBy"), a.conceptFlow[i].litBy, b.conceptFlow[i].litBy);
    }
    field(QStringLiteral("keyMoments.size"), a.keyMoments.size(), b.keyMoments.size());
    for (qsizetype i = 0; i < qMin(a.keyMoments.size(), b.keyMoments.size()); ++i) {
        field(at("keyMoments", i) + QLatin1String(".question"), a.keyMoments[i].question, b.keyMoments[i].question);
        field(at("keyMoments", i) + QLatin1String(".answer"), a.keyMoments[i].answer, b.keyMoments[i].answer);
        field(at("keyMoments", i) + QLatin1String(".steps"), a.keyMoments[i].steps, b.keyMoments[i].steps);
    }
    field(QStringLiteral("quiz.size"), a.quiz.size(), b.quiz.size());
    for (qsizetype i = 0; i < qMin(a.quiz.size(), b.quiz.size()); ++i) {
        const QuizQuestion &x = a.quiz[i];
        const QuizQuestion &y = b.quiz[i];
        const QString path = at("quiz", i) + QLatin1Char('.');
        field(path + QLatin1String("kind"), x.kind, y.kind);
        field(path + QLatin1String("question"), x.question, y.question);
        field(path + QLatin1String("options"), x.options, y.options);
        field(path + QLatin1String("answer"), x.answer, y.answer);
        field(path + QLatin1String("hint"), x.hint, y.hint);
        field(path + QLatin1String("hintColumn"), x.hintColumn, y.hintColumn);
        field(path + QLatin1String("hintSteps"), x.hintSteps, y.hintSteps);
        field(path + QLatin1String("explanation"), x.explanation, y.explanation);
        field(path + QLatin1String("proofStep"), x.proofStep, y.proofStep);
        field(path + QLatin1String("answerFrom.kind"), x.answerFrom.kind, y.answerFrom.kind);
        field(path + QLatin1String("answerFrom.column"), x.answerFrom.column, y.answerFrom.column);
        field(path + QLatin1String("answerFrom.step"), x.answerFrom.step, y.answerFrom.step);
        field(path + QLatin1String("answerFrom.equals"), x.answerFrom.equals, y.answerFrom.equals);
        field(path + QLatin1String("answerFrom.variable"), x.answerFrom.variable, y.answerFrom.variable);
        field(path + QLatin1String("whatIf.line"), x.whatIf.line, y.whatIf.line);
        field(path + QLatin1String("whatIf.replace"), x.whatIf.replacement, y.whatIf.replacement);
        field(path + QLatin1String("changes.size"), x.changes.size(), y.changes.size());
        for (qsizetype c = 0; c < qMin(x.changes.size(), y.changes.size()); ++c) {
            field(path + at("changes", c) + QLatin1String(".step"), x.changes[c].step, y.changes[c].step);
            field(path + at("changes", c) + QLatin1String(".column"), x.changes[c].column, y.changes[c].column);
        }
    }
    field(QStringLiteral("snapshot"), a.snapshot, b.snapshot);
    field(QStringLiteral("transcript"), a.transcript, b.transcript);
    field(QStringLiteral("note"), a.note, b.note);
    field(QStringLiteral("annotations.size"), a.annotations.size(), b.annotations.size());
    for (qsizetype i = 0; i < qMin(a.annotations.size(), b.annotations.size()); ++i) {
        field(at("annotations", i) + QLatin1String(".step"), a.annotations[i].step, b.annotations[i].step);
        field(at("annotations", i) + QLatin1String(".text"), a.annotations[i].text, b.annotations[i].text);
    }
    field(QStringLiteral("translations.languages"), a.translations.keys(), b.translations.keys());
    for (auto it = a.translations.cbegin(); it != a.translations.cend(); ++it) {
        if (!b.translations.contains(it.key()))
            continue;
        const LessonText &x = it.value();
        const LessonText &y = b.translations[it.key()];
        const QString path = QStringLiteral("translations.%1.").arg(it.key());
        field(path + QLatin1String("title"), x.title, y.title);
        field(path + QLatin1String("duration"), x.duration, y.duration);
        field(path + QLatin1String("description"), x.description, y.description);
        field(path + QLatin1String("conceptFlow"), x.conceptFlow, y.conceptFlow);
        field(path + QLatin1String("keyMoments.size"), x.keyMoments.size(), y.keyMoments.size());
        for (qsizetype i = 0; i < qMin(x.keyMoments.size(), y.keyMoments.size()); ++i) {
            field(path + at("keyMoments", i) + QLatin1String(".question"), x.keyMoments[i].question, y.keyMoments[i].question);
            field(path + at("keyMoments", i) + QLatin1String(".answer"), x.keyMoments[i].answer, y.keyMoments[i].answer);
        }
        field(path + QLatin1String("quiz.size"), x.quiz.size(), y.quiz.size());
        for (qsizetype i = 0; i < qMin(x.quiz.size(), y.quiz.size()); ++i) {
            field(path + at("quiz", i) + QLatin1String(".question"), x.quiz[i].question, y.quiz[i].question);
            field(path + at("quiz", i) + QLatin1String(".options"), x.quiz[i].options, y.quiz[i].options);
            field(path + at("quiz", i) + QLatin1String(".hint"), x.quiz[i].hint, y.quiz[i].hint);
            field(path + at("quiz", i) + QLatin1String(".explanation"), x.quiz[i].explanation, y.quiz[i].explanation);
        }
        field(path + QLatin1String("snapshot"), x.snapshot, y.snapshot);
        field(path + QLatin1String("transcript"), x.transcript, y.transcript);
        field(path + QLatin1String("note"), x.note, y.note);
        field(path + QLatin1String("annotations"), x.annotations, y.annotations);
    }
    return out;
}

} // namespace cachetutor::testing
