#include "lessontranslator.h"

namespace cachetutor {

namespace {

void replace(QString &text, const QString &translation)
{
    if (!translation.isEmpty())
        text = translation;
}

} // namespace

QString LessonTranslator::languageFor(const Lesson &lesson, const QLocale &locale)
{
    QString name = locale.name(); // "de_DE"
    if (lesson.translations.contains(name))
        return name;
    QString language = name.section(QLatin1Char('_'), 0, 0);
    if (lesson.translations.contains(language))
        return language;
    return {};
}

Lesson LessonTranslator::translated(const Lesson &lesson, const QString &language)
{
    const auto found = lesson.translations.constFind(language);
    if (language.isEmpty() || found == lesson.translations.cend())
        return lesson;
    const LessonText &text = found.value();
    Lesson out = lesson;
    replace(out.title, text.title);
    replace(out.duration, text.duration);
    replace(out.description, text.description);
    // The reader holds every list to the lesson's length; the bounds are checked anyway,
    // for a Lesson built in code.
    for (qsizetype i = 0; i < text.conceptFlow.size() && i < out.conceptFlow.size(); ++i)
        replace(out.conceptFlow[i].label, text.conceptFlow.at(i));
    for (qsizetype i = 0; i < text.keyMoments.size() && i < out.keyMoments.size(); ++i) {
        replace(out.keyMoments[i].question, text.keyMoments.at(i).question);
        replace(out.keyMoments[i].answer, text.keyMoments.at(i).answer);
    }
    for (qsizetype i = 0; i < text.quiz.size() && i < out.quiz.size(); ++i) {
        const QuizText &from = text.quiz.at(i);
        QuizQuestion &to = out.quiz[i];
        replace(to.question, from.question);
        if (from.options.size() == to.options.size())
            to.options = from.options;
        replace(to.hint, from.hint);
        replace(to.explanation, from.explanation);
    }
    for (qsizetype i = 0; i < text.snapshot.size() && i < out.snapshot.size(); ++i)
        replace(out.snapshot[i], text.snapshot.at(i));
    replace(out.transcript, text.transcript);
    replace(out.note, text.note);
    for (qsizetype i = 0; i < text.annotations.size() && i < out.annotations.size(); ++i)
        replace(out.annotations[i].text, text.annotations.at(i));
    return out;
}

void LessonTranslator::dropMismatchedLists(Lesson &lesson)
{
    auto fit = [](auto &list, qsizetype count) {
        if (!list.isEmpty() && list.size() != count)
            list.clear();
    };
    for (LessonText &text : lesson.translations) {
        fit(text.conceptFlow, lesson.conceptFlow.size());
        fit(text.keyMoments, lesson.keyMoments.size());
        fit(text.quiz, lesson.quiz.size());
        for (qsizetype i = 0; i < text.quiz.size(); ++i)
            fit(text.quiz[i].options, lesson.quiz.at(i).options.size());
        fit(text.snapshot, lesson.snapshot.size());
        fit(text.annotations, lesson.annotations.size());
    }
}

} // namespace cachetutor
