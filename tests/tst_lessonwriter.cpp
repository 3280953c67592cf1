// Tests for LessonWriter: every shipped lesson survives read → write → read
// unchanged and writes the same bytes every time; the exact text of a small
// lesson (field order, defaults left out, two-space indentation); and the
// values that need care (a script without a final line break, TIMEOUT None,
// escapes, each kind of question, annotations).

#include "lessondiff.h"
#include "lessonreader.h"
#include "lessonwriter.h"

#include <QTest>

using namespace cachetutor;

namespace {

Lesson minimalLesson()
{
    Lesson lesson;
    lesson.name = QStringLiteral("t");
    lesson.title = QStringLiteral("T");
    lesson.script = QStringLiteral("x = 1\n");
    return lesson;
}

// Written, then read back: the lesson the file gives, or a failed test.
std::optional<Lesson> roundTrip(const Lesson &lesson)
{
    const QByteArray json = LessonWriter::write(lesson);
    const LessonReadResult result = LessonReader::read(json, QStringLiteral("written.json"));
    if (!result.lesson)
        qWarning("%s\n%s", json.constData(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    return result.lesson;
}

#define VERIFY_ROUND_TRIP(lesson)                                                                      \
    do {                                                                                               \
        const std::optional<Lesson> back = roundTrip(lesson);                                          \
        QVERIFY(back);                                                                                 \
        const QStringList differences = testing::lessonDifferences(lesson, *back);                    \
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1String(", "))));           \
    } while (false)

} // namespace

class TestLessonWriter : public QObject
{
    Q_OBJECT

private slots:
    void shippedLessonsRoundTrip_data();
    void shippedLessonsRoundTrip();
    void minimalLessonText();
    void fieldOrderAndLayout();
    void scriptWithoutFinalLineBreak();
    void backend_data();
    void backend();
    void escapes();
    void quizKinds();
    void annotations();
};

void TestLessonWriter::shippedLessonsRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = LessonReader::shippedLessonPaths();
    QVERIFY(paths.contains(QStringLiteral(":/lessons/01-basics.json")));
    for (const QString &path : paths)
        QTest::newRow(qPrintable(path)) << path;
}

void TestLessonWriter::shippedLessonsRoundTrip()
{
    QFETCH(QString, path);
    const LessonReadResult read = LessonReader::readFile(path);
    QVERIFY2(read.lesson, qPrintable(read.errors.join(QLatin1Char('\n'))));

    const QByteArray written = LessonWriter::write(*read.lesson);
    const LessonReadResult again = LessonReader::read(written, path);
    QVERIFY2(again.lesson, qPrintable(again.errors.join(QLatin1Char('\n'))));
    const QStringList differences = testing::lessonDifferences(*read.lesson, *again.lesson);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1String(", "))));

    // Stable: the same lesson, the same bytes, however it came.
    QCOMPARE(LessonWriter::write(*read.lesson), written);
    QCOMPARE(LessonWriter::write(*again.lesson), written);
}

void TestLessonWriter::minimalLessonText()
{
    QCOMPARE(LessonWriter::write(minimalLesson()), QByteArray(R"({
  "format": "cachetutor-lesson",
  "version": 1,
  "name": "t",
  "title": "T",
  "script": [
    "x = 1"
  ]
}
)"));
}

void TestLessonWriter::fieldOrderAndLayout()
{
    Lesson lesson = minimalLesson();
    lesson.note = QStringLiteral("n");
    lesson.description = QStringLiteral("d");
    lesson.scriptName = QStringLiteral("t.py");
    lesson.framework = QStringLiteral("Django");
    lesson.duration = QStringLiteral("~5 mins");
    lesson.transcript = QStringLiteral("tr");
    lesson.snapshot = {QStringLiteral("s")};
    lesson.conceptFlow = {{QStringLiteral("Start"), {QStringLiteral("start")}}, {QStringLiteral("End"), {}}};
    lesson.keyMoments = {{QStringLiteral("Q"), QStringLiteral("A"), {1}}};
    lesson.annotations = {{1, QStringLiteral("Pause")}};
    // Short arrays and objects on one line, as the shipped lessons are written.
    QCOMPARE(LessonWriter::write(lesson), QByteArray(R"({
  "format": "cachetutor-lesson",
  "version": 1,
  "name": "t",
  "title": "T",
  "framework": "Django",
  "duration": "~5 mins",
  "description": "d",
  "scriptName": "t.py",
  "script": [
    "x = 1"
  ],
  "conceptFlow": [{"label": "Start", "litBy": ["start"]}, {"label": "End"}],
  "keyMoments": [{"question": "Q", "answer": "A", "steps": [1]}],
  "snapshot": ["s"],
  "transcript": "tr",
  "note": "n",
  "annotations": [{"step": 1, "text": "Pause"}]
}
)"));
    VERIFY_ROUND_TRIP(lesson);

    // What does not fit in 100 columns goes one item per line.
    lesson.snapshot = {QString(60, QLatin1Char('a')), QString(60, QLatin1Char('b'))};
    QVERIFY(LessonWriter::write(lesson).contains("  \"snapshot\": [\n    \"" + QByteArray(60, 'a') + "\",\n    \""
                                                 + QByteArray(60, 'b') + "\"\n  ],\n"));
}

void TestLessonWriter::scriptWithoutFinalLineBreak()
{
    // An array of lines would add the final "\n": the exact text needs the string form.
    Lesson lesson = minimalLesson();
    lesson.script = QStringLiteral("a = 1\nb = 2");
    QVERIFY(LessonWriter::write(lesson).endsWith("  \"script\": \"a = 1\\nb = 2\"\n}\n"));
    VERIFY_ROUND_TRIP(lesson);

    lesson.script = QStringLiteral("a = 1\r\nb = 2\r\n");
    VERIFY_ROUND_TRIP(lesson);

    lesson.script = QStringLiteral("a = 1\n\n\nb = 2\n\n");
    QVERIFY(LessonWriter::write(lesson).contains("\"script\": [\n    \"a = 1\",\n    \"\",\n    \"\",\n    \"b = 2\",\n    \"\"\n  ]"));
    VERIFY_ROUND_TRIP(lesson);
}

void TestLessonWriter::backend_data()
{
    QTest::addColumn<CacheConfig>("config");
    QTest::addColumn<QByteArray>("expected"); // the backend line, or empty for none

    QTest::newRow("defaults: no backend") << CacheConfig{} << QByteArray();
    CacheConfig never;
    never.timeout = std::nullopt;
    QTest::newRow("TIMEOUT None") << never << QByteArray(R"("backend": {"TIMEOUT": null})");
    CacheConfig every;
    every.timeout = 60.0;
    every.maxEntries = 3;
    every.cullFrequency = 0;
    every.keyPrefix = "s";
    QTest::newRow("every setting")
        << every << QByteArray(R"("backend": {"TIMEOUT": 60, "MAX_ENTRIES": 3, "CULL_FREQUENCY": 0, "KEY_PREFIX": "s"})");
    CacheConfig wide;
    wide.maxEntries = std::numeric_limits<std::int64_t>::max();
    QTest::newRow("64-bit integer") << wide << QByteArray(R"("backend": {"MAX_ENTRIES": 9223372036854775807})");
}

void TestLessonWriter::backend()
{
    QFETCH(CacheConfig, config);
    QFETCH(QByteArray, expected);
    Lesson lesson = minimalLesson();
    lesson.backend = config;
    const QByteArray json = LessonWriter::write(lesson);
    if (expected.isEmpty())
        QVERIFY(!json.contains("backend"));
    else
        QVERIFY2(json.contains(expected), json.constData());
    VERIFY_ROUND_TRIP(lesson);
}

void TestLessonWriter::escapes()
{
    Lesson lesson = minimalLesson();
    lesson.title = QString::fromUtf8("Quotes \" and \\ — tab\there, bell\x07 and “curly”");
    lesson.script = QStringLiteral("print(\"a\\tb\")\n");
    const QByteArray json = LessonWriter::write(lesson);
    QVERIFY2(json.contains(R"("title": "Quotes \" and \\ — tab\there, bell\u0007 and “curly”",)"), json.constData());
    VERIFY_ROUND_TRIP(lesson);
}

void TestLessonWriter::quizKinds()
{
    Lesson lesson = minimalLesson();
    QuizQuestion choice;
    choice.question = QStringLiteral("Q");
    choice.options = {QStringLiteral("a"), QStringLiteral("b")};
    choice.answer = 1;
    choice.answerFrom = {AnswerSource::Kind::FirstStep, QStringLiteral("Key"), 0, QString(), QString()};
    choice.hintColumn = QStringLiteral("Key");
    choice.proofStep = 1;
    QuizQuestion predict;
    predict.kind = QuizQuestion::Kind::Predict;
    predict.question = QStringLiteral("P");
    predict.answer = -1;
    predict.answerFrom = {AnswerSource::Kind::Cell, QStringLiteral("Output"), 1, QString(), QString()};
    predict.hintSteps = {1};
    QuizQuestion variable = choice;
    variable.answerFrom = {AnswerSource::Kind::Variable, QString(), 1, QString(), QStringLiteral("x")};
    variable.hintColumn.clear();
    variable.explanation = QStringLiteral("e");
    QuizQuestion whatIf;
    whatIf.kind = QuizQuestion::Kind::WhatIf;
    whatIf.question = QStringLiteral("W");
    whatIf.options = {QStringLiteral("a"), QStringLiteral("b")};
    whatIf.whatIf = {1, QStringLiteral("x = 2")};
    whatIf.hint = QStringLiteral("h");
    lesson.quiz = {choice, predict, variable, whatIf};

    const QByteArray json = LessonWriter::write(lesson);
    auto has = [&json](const char *text) { return json.contains(text); };
    QVERIFY2(has(R"("answerFrom": {"firstStep": {"column": "Key", "equals": ""}},)"), json.constData());
    QVERIFY2(has(R"("hintCells": {"column": "Key"},)"), json.constData());
    QVERIFY2(!has(R"("kind": "choice")"), json.constData()); // the default
    // A predict question: no options, no written answer.
    QVERIFY2(has("      \"kind\": \"predict\",\n      \"question\": \"P\",\n      \"answerFrom\": {\"cell\": \"Output\", \"step\": 1},\n"
                 "      \"hintCells\": {\"steps\": [1]}\n"),
             json.constData());
    QVERIFY2(has(R"("answerFrom": {"variable": "x", "afterStep": 1},)"), json.constData());
    QVERIFY2(has(R"("whatIf": {"line": 1, "replace": "x = 2"},)"), json.constData());
    QVERIFY2(has(R"("changes": [],)"), json.constData());
    VERIFY_ROUND_TRIP(lesson);

    lesson.quiz[3].changes = {{QStringLiteral("Output"), 1}, {QStringLiteral("Key"), 1}};
    VERIFY_ROUND_TRIP(lesson);
}

void TestLessonWriter::annotations()
{
    const LessonReadResult basics = LessonReader::readFile(QStringLiteral(":/lessons/01-basics.json"));
    QVERIFY(basics.lesson);
    QCOMPARE(basics.lesson->annotations.size(), 1);
    const QByteArray json = LessonWriter::write(*basics.lesson);
    QVERIFY2(json.contains("  \"annotations\": [\n    {\n      \"step\": 3,\n      \"text\": \"Pause here: ask the class"),
             json.constData());
    // The last field but the translations.
    QVERIFY(json.indexOf("\n  \"annotations\": [") < json.indexOf("\n  \"translations\": {"));
    QVERIFY(json.contains("\n  ],\n  \"translations\": {\n"));
}

QTEST_GUILESS_MAIN(TestLessonWriter)
#include "tst_lessonwriter.moc"
