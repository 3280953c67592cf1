// Tests for LessonTranslator and the lesson format's "translations": which
// translation a locale picks, that only text changes (the answer key, steps
// and script stay), that every shipped lesson's translations match it item
// for item, and that they survive LessonWriter.

#include "lessonchecker.h"
#include "lessonreader.h"
#include "lessontranslator.h"
#include "lessonwriter.h"

#include <QTest>

using namespace cachetutor;

namespace {

const QByteArray TranslatedLesson = R"json({
  "format": "cachetutor-lesson", "version": 1, "name": "t", "title": "Cache basics", "duration": "~5 mins",
  "script": ["from django.core.cache import cache", "cache.set('greet', 'Hello')", "value = cache.get('greet')"],
  "conceptFlow": [{"label": "Start", "litBy": ["start"]}, {"label": "Store", "litBy": ["cache.set"]}],
  "keyMoments": [{"question": "What is stored?", "answer": "'Hello'", "steps": [1]}],
  "quiz": [{"question": "What does step 2 output?", "options": ["None", "'Hello'"], "answer": "B",
            "answerFrom": {"cell": "Output", "step": 2}, "hint": "Look at step 2.", "explanation": "It was set."}],
  "snapshot": ["set stores", "get reads"],
  "annotations": [{"step": 1, "text": "Pause here."}, {"step": 2, "text": "Ask the class."}],
  "translations": {
    "de": {"title": "Cache-Grundlagen", "conceptFlow": ["Anfang", "Speichern"],
           "quiz": [{"question": "Was gibt Schritt 2 aus?", "options": ["None", "'Hello'"], "hint": "Schau dir Schritt 2 an."}],
           "snapshot": ["set speichert", "get liest"], "annotations": ["Hier anhalten.", "Frag die Klasse."]},
    "pt_BR": {"title": "Noções básicas de cache"},
    "pt": {"title": "Noções de cache"}
  }
})json";

Lesson translatedLesson()
{
    const LessonReadResult read = LessonReader::read(TranslatedLesson, QStringLiteral("t.json"));
    if (!read.errors.isEmpty())
        qWarning() << read.errors;
    return read.lesson.value_or(Lesson{});
}

} // namespace

class TestLessonTranslator : public QObject
{
    Q_OBJECT

private slots:
    void languageFor_data();
    void languageFor();
    void translatedTitle_data();
    void translatedTitle();
    void onlyTextChanges();
    void untranslatedFieldsKeepTheLessonsText();
    void answerKeyHoldsInEveryLanguage();
    void shippedLessonsAreTranslated_data();
    void shippedLessonsAreTranslated();
    void writerKeepsTranslations();
    void editedListsDropOnlyWhatNoLongerFits();
};

void TestLessonTranslator::languageFor_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::newRow("Austrian German falls back to German") << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("Brazilian Portuguese exactly") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
    QTest::newRow("Portugal's Portuguese by language") << QStringLiteral("pt_PT") << QStringLiteral("pt");
    QTest::newRow("no Spanish: the lesson's own text") << QStringLiteral("es_ES") << QString();
    QTest::newRow("English: the lesson's own text") << QStringLiteral("en_US") << QString();
    QTest::newRow("C locale") << QStringLiteral("C") << QString();
}

void TestLessonTranslator::languageFor()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(LessonTranslator::languageFor(translatedLesson(), QLocale(locale)), expected);
}

void TestLessonTranslator::translatedTitle_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Cache-Grundlagen");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("Noções básicas de cache");
    QTest::newRow("none") << QString() << QStringLiteral("Cache basics");
    QTest::newRow("unknown") << QStringLiteral("fr") << QStringLiteral("Cache basics");
}

void TestLessonTranslator::translatedTitle()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QCOMPARE(LessonTranslator::translated(translatedLesson(), language).title, title);
}

void TestLessonTranslator::onlyTextChanges()
{
    const Lesson lesson = translatedLesson();
    const Lesson german = LessonTranslator::translated(lesson, QStringLiteral("de"));
    QCOMPARE(german.conceptFlow.at(0).label, QStringLiteral("Anfang"));
    QCOMPARE(german.conceptFlow.at(1).litBy, lesson.conceptFlow.at(1).litBy);
    QCOMPARE(german.quiz.at(0).question, QStringLiteral("Was gibt Schritt 2 aus?"));
    QCOMPARE(german.quiz.at(0).hint, QStringLiteral("Schau dir Schritt 2 an."));
    QCOMPARE(german.snapshot, QStringList({QStringLiteral("set speichert"), QStringLiteral("get liest")}));
    QCOMPARE(german.annotations.at(1).text, QStringLiteral("Frag die Klasse."));
    QCOMPARE(german.annotations.at(1).step, 2);
    // What the trace decides is the same in every language.
    QCOMPARE(german.script, lesson.script);
    QCOMPARE(german.name, lesson.name);
    QCOMPARE(german.quiz.at(0).answer, lesson.quiz.at(0).answer);
    QCOMPARE(german.quiz.at(0).answerFrom.kind, lesson.quiz.at(0).answerFrom.kind);
    QCOMPARE(german.quiz.at(0).answerFrom.step, lesson.quiz.at(0).answerFrom.step);
    QCOMPARE(german.keyMoments.at(0).steps, lesson.keyMoments.at(0).steps);
}

void TestLessonTranslator::untranslatedFieldsKeepTheLessonsText()
{
    const Lesson lesson = translatedLesson();
    const Lesson german = LessonTranslator::translated(lesson, QStringLiteral("de"));
    QCOMPARE(german.duration, QStringLiteral("~5 mins"));
    QCOMPARE(german.keyMoments.at(0).question, QStringLiteral("What is stored?"));
    QCOMPARE(german.quiz.at(0).explanation, QStringLiteral("It was set."));
    const Lesson brazilian = LessonTranslator::translated(lesson, QStringLiteral("pt_BR"));
    QCOMPARE(brazilian.conceptFlow.at(0).label, QStringLiteral("Start"));
    QCOMPARE(brazilian.quiz.at(0).options, lesson.quiz.at(0).options);
}

void TestLessonTranslator::answerKeyHoldsInEveryLanguage()
{
    const Lesson lesson = translatedLesson();
    for (const QString &language : lesson.translations.keys())
        QVERIFY2(LessonChecker::check(LessonTranslator::translated(lesson, language), QStringLiteral("t.json")).isEmpty(),
                 qPrintable(language));
}

void TestLessonTranslator::shippedLessonsAreTranslated_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language");
    for (const QString &path : LessonReader::shippedLessonPaths())
        for (const char *language : {"de", "es"})
            QTest::newRow(qPrintable(path.section(QLatin1Char('/'), -1) + QLatin1Char(' ') + QLatin1String(language)))
                << path << QString::fromLatin1(language);
}

// Every shipped lesson reads in German and Spanish: every text field
// translated, the same answer key.
void TestLessonTranslator::shippedLessonsAreTranslated()
{
    QFETCH(QString, path);
    QFETCH(QString, language);
    const LessonReadResult read = LessonReader::readFile(path);
    QVERIFY2(read.lesson, qPrintable(read.errors.join(QLatin1Char('\n'))));
    const Lesson &lesson = *read.lesson;
    QVERIFY2(lesson.translations.contains(language), qPrintable(lesson.translations.keys().join(QLatin1Char(','))));
    const LessonText &text = lesson.translations[language];
    QVERIFY(!text.title.isEmpty());
    QCOMPARE(text.description.isEmpty(), lesson.description.isEmpty());
    QCOMPARE(text.duration.isEmpty(), lesson.duration.isEmpty());
    QCOMPARE(text.conceptFlow.size(), lesson.conceptFlow.size());
    QCOMPARE(text.keyMoments.size(), lesson.keyMoments.size());
    for (const KeyMomentText &moment : text.keyMoments)
        QVERIFY(!moment.question.isEmpty() && !moment.answer.isEmpty());
    QCOMPARE(text.quiz.size(), lesson.quiz.size());
    for (qsizetype i = 0; i < text.quiz.size(); ++i) {
        QVERIFY2(!text.quiz.at(i).question.isEmpty(), qPrintable(QString::number(i)));
        QCOMPARE(text.quiz.at(i).hint.isEmpty(), lesson.quiz.at(i).hint.isEmpty());
        QCOMPARE(text.quiz.at(i).explanation.isEmpty(), lesson.quiz.at(i).explanation.isEmpty());
    }
    QCOMPARE(text.snapshot.size(), lesson.snapshot.size());
    QCOMPARE(text.transcript.isEmpty(), lesson.transcript.isEmpty());
    QCOMPARE(text.note.isEmpty(), lesson.note.isEmpty());
    QCOMPARE(text.annotations.size(), lesson.annotations.size());
    // The answer key is checked on the lesson's own text (an option may read "Schritt 3"
    // where the trace says "Step 3") and shared: the translated quiz has the same one.
    const QStringList errors = LessonChecker::check(lesson, path);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    const Lesson translated = LessonTranslator::translated(lesson, language);
    for (qsizetype i = 0; i < translated.quiz.size(); ++i) {
        QCOMPARE(translated.quiz.at(i).answer, lesson.quiz.at(i).answer);
        QCOMPARE(translated.quiz.at(i).options.size(), lesson.quiz.at(i).options.size());
    }
}

void TestLessonTranslator::writerKeepsTranslations()
{
    const Lesson lesson = translatedLesson();
    const LessonReadResult again = LessonReader::read(LessonWriter::write(lesson), QStringLiteral("t.json"));
    QVERIFY2(again.lesson, qPrintable(again.errors.join(QLatin1Char('\n'))));
    QCOMPARE(again.lesson->translations.keys(), lesson.translations.keys());
    QCOMPARE(again.lesson->translations[QStringLiteral("de")].conceptFlow, QStringList({QStringLiteral("Anfang"), QStringLiteral("Speichern")}));
    QCOMPARE(again.lesson->translations[QStringLiteral("de")].quiz.at(0).options,
             lesson.translations[QStringLiteral("de")].quiz.at(0).options);
    QCOMPARE(again.lesson->translations[QStringLiteral("pt")].title, QStringLiteral("Noções de cache"));
}

void TestLessonTranslator::editedListsDropOnlyWhatNoLongerFits()
{
    Lesson lesson = translatedLesson();
    lesson.snapshot << QStringLiteral("a third bullet"); // one more item
    lesson.quiz[0].options << QStringLiteral("Error");   // one more option
    LessonTranslator::dropMismatchedLists(lesson);
    const LessonText &german = lesson.translations[QStringLiteral("de")];
    QVERIFY(german.snapshot.isEmpty());
    QVERIFY(german.quiz.at(0).options.isEmpty());
    QCOMPARE(german.quiz.at(0).question, QStringLiteral("Was gibt Schritt 2 aus?")); // the question still fits
    QCOMPARE(german.conceptFlow.size(), 2);
    QCOMPARE(german.annotations.size(), 2);
    QCOMPARE(german.title, QStringLiteral("Cache-Grundlagen"));
    // What is left reads back.
    const LessonReadResult again = LessonReader::read(LessonWriter::write(lesson), QStringLiteral("t.json"));
    QVERIFY2(again.lesson, qPrintable(again.errors.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLessonTranslator)
#include "tst_lessontranslator.moc"
