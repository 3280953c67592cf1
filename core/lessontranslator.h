#pragma once

// LessonTranslator: a lesson in the reader's language.
//
// A lesson file may carry its text in other languages ("translations",
// docs/lesson-format.md). The lesson as read keeps its own text, so that
// LessonChecker and LessonWriter see what the author wrote; the window, the
// handouts and the outline show translated() instead. Only text changes:
// the script, steps, answers and answer sources are the same in every
// language, so a translated quiz has the same answer key.

#include "lesson.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace cachetutor {

class LessonTranslator
{
public:
    // The translation `locale` asks for: its exact name ("pt_BR"), else its
    // language ("de" for de_AT); empty when the lesson has none. Only the
    // locale's own language counts: a German reader with English as a second
    // choice still reads the lesson's own text rather than a Spanish one.
    static QString languageFor(const Lesson &lesson, const QLocale &locale);
    // `lesson` with the text of translation `language` where it has one; the
    // lesson itself when `language` is empty or not among its translations.
    static Lesson translated(const Lesson &lesson, const QString &language);
    static Lesson translated(const Lesson &lesson, const QLocale &locale) { return translated(lesson, languageFor(lesson, locale)); }
    // After an edit that added or removed items (the lesson editor): empties
    // each translated list that no longer has one entry per item, so the
    // lesson still reads back; those items then show the lesson's own text.
    static void dropMismatchedLists(Lesson &lesson);
};

} // namespace cachetutor
