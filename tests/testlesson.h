#pragma once

// Lesson data the view tests share: the course's lesson 1 written out by hand
// (so a test states exactly what it expects to see), the playground's
// material-less lesson, and a way to look at a view.

#include "lesson.h"
#include "testscripts.h"

#include <QCoreApplication>
#include <QWidget>

namespace cachetutor::testing {

inline QuizQuestion choice(const QString &question, const QStringList &options, int answer, const QString &hint)
{
    QuizQuestion quiz;
    quiz.question = question;
    quiz.options = options;
    quiz.answer = answer;
    quiz.hint = hint;
    return quiz;
}

// The course's lesson 1, by hand, as the shipped basics lesson gives it.
inline Lesson lessonOne()
{
    Lesson lesson;
    lesson.name = QStringLiteral("basics");
    lesson.title = QStringLiteral("Low-level cache API in Django — Step-by-Step Execution");
    lesson.framework = QStringLiteral("Django");
    lesson.duration = QStringLiteral("~10 mins");
    lesson.script = QString::fromUtf8(LessonScript);
    lesson.scriptName = QStringLiteral("lesson1_basics.py");
    lesson.description = QStringLiteral("Stores a greeting in the cache, reads it back, deletes it and reads it again.");
    lesson.conceptFlow = {
        {QStringLiteral("Start"), {QStringLiteral("start")}},
        {QStringLiteral("Call cache.set(key, value, timeout)"), {QStringLiteral("cache.set")}},
        {QStringLiteral("Store value in cache with key"), {QStringLiteral("cache.set")}},
        {QStringLiteral("Call cache.get(key)"), {QStringLiteral("cache.get")}},
        {QStringLiteral("Retrieve value if exists and not expired"), {QStringLiteral("cache.get:hit")}},
        {QStringLiteral("Return value or None"), {QStringLiteral("cache.get")}},
        {QStringLiteral("Call cache.delete(key)"), {QStringLiteral("cache.delete")}},
        {QStringLiteral("Remove key from cache"), {QStringLiteral("cache.delete")}},
        {QStringLiteral("End"), {QStringLiteral("end")}},
    };
    lesson.keyMoments = {
        {QStringLiteral("Why does cache.get return None after cache.delete, although the key was set before?"),
               QStringLiteral("cache.delete removed 'greet', so the later lookup misses and returns the default, None."),
               {3, 4}},
        {QStringLiteral("What does cache.get return for a key that was never set?"),
               QStringLiteral("None, the default, unless you pass another default."),
               {4}},
    };
    lesson.quiz = {
        choice(QStringLiteral("What does cache.get('greet') return right after cache.set('greet', 'Hello', 10)?"),
               {QStringLiteral("Error"), QStringLiteral("None"), QStringLiteral("'Hello'"), QStringLiteral("10")},
               2,
               QStringLiteral("The key was stored with a 10-second timeout, and no time has passed.")),
        choice(QStringLiteral("What does cache.get('greet') return after cache.delete('greet')?"),
               {QStringLiteral("'Hello'"), QStringLiteral("None"), QStringLiteral("Error"), QStringLiteral("''")},
               1,
               QStringLiteral("A lookup of a missing key returns the default.")),
        choice(QStringLiteral("What does the 10 in cache.set('greet', 'Hello', 10) mean?"),
               {QStringLiteral("The entry expires after 10 seconds"), QStringLiteral("The cache keeps at most 10 entries"),
                QStringLiteral("The value is stored 10 times"), QStringLiteral("Nothing")},
               0,
               QStringLiteral("It is the timeout.")),
    };
    lesson.snapshot = {
        QStringLiteral("cache.set(key, value, timeout) stores a value under a key for timeout seconds."),
        QStringLiteral("cache.get(key) returns the value, or None when the key is missing or expired."),
        QStringLiteral("cache.delete(key) removes the key; later lookups miss."),
        QStringLiteral("A miss is not an error: get returns its default."),
        QStringLiteral("The cache is a fast, temporary store: never the only copy of your data."),
    };
    lesson.note = QStringLiteral("The published quiz says cache.get raises for a missing key; Django returns None.");
    return lesson;
}

// A Lesson with only its script, as the playground gives one.
inline Lesson playgroundLesson()
{
    Lesson lesson;
    lesson.script = QString::fromUtf8(LessonScript);
    return lesson;
}

// Saves a picture of the view when CACHETUTOR_MODES_PNG_DIR is set, for looking at by eye.
inline void savePicture(QWidget &view, const char *name)
{
    const QByteArray dir = qgetenv("CACHETUTOR_MODES_PNG_DIR");
    if (dir.isEmpty())
        return;
    view.resize(900, 500);
    view.show();
    QCoreApplication::processEvents();
    view.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace cachetutor::testing
