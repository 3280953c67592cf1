// Tests for LessonChecker: every shipped lesson agrees with its own trace;
// computed answers of every kind of source; the exact text of every
// disagreement a hand-written lesson can have with its trace; and the
// command-line tracer's --lesson and --list-lessons, which print what the
// checker computes.

#include "lessonchecker.h"
#include "lessonreader.h"
#include "testscripts.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cachetutor;

namespace {

// QT_NO_CAST_FROM_ASCII rules out QStringList{"a", "b"}.
QStringList list(std::initializer_list<const char *> words)
{
    QStringList result;
    for (const char *word : words)
        result << QString::fromUtf8(word);
    return result;
}

// Lesson 1's script and backend; a row adds its own fields (`extra`) or a script of its own.
QByteArray lessonJson(const QByteArray &extra, const QByteArray &script = {})
{
    const QByteArray lines = script.isEmpty() ? QByteArray(R"J(["from django.core.cache import cache",
        "cache.set('greet', 'Hello', 10)", "value = cache.get('greet')", "cache.delete('greet')",
        "value_after_delete = cache.get('greet')"])J")
                                              : script;
    return R"({"format": "cachetutor-lesson", "version": 1, "name": "t", "title": "T", "scriptName": "t.py", "script": )"
           + lines + (extra.isEmpty() ? QByteArray() : ", " + extra) + "}";
}

Lesson readLesson(const QByteArray &json)
{
    const LessonReadResult result = LessonReader::read(json, QStringLiteral("t.json"));
    if (!result.lesson) {
        qWarning("%s", qPrintable(result.errors.join(QLatin1Char('\n'))));
        return {};
    }
    return *result.lesson;
}

QuizQuestion withSource(AnswerSource source)
{
    QuizQuestion question;
    question.answerFrom = std::move(source);
    return question;
}

struct ProcessResult {
    int exitCode = -1;
    QString out, err;
};

ProcessResult runTracer(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CACHETUTOR_TRACE_EXE), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// What the tracer's quiz shows for basics.json, line by line.
const char *const BasicsAnswerLines[] = {
    "   Answer: C ('Hello') \u2014 computed from the trace: Output of step 2",
    "   Answer: B (Step 3) \u2014 computed from the trace: first step whose Cache State reads {}",
    "   Answer: A \u2014 as written in the lesson",
    "     step 1  Value Stored/Retrieved: 'Hello' \u2192 'Hi'",
    "     step 2  Output: 'Hello' \u2192 'Hi'",
};

// A predict question with options: the file has no answer, the trace gives B.
const QByteArray PredictQuiz = R"("quiz": [{"kind": "predict", "question": "What does step 2 output?",
    "options": ["None", "'Hello'", "True"], "answerFrom": {"cell": "Output", "step": 2}},
    {"kind": "predict", "question": "And step 3?", "answerFrom": {"cell": "Output", "step": 3}}])";

} // namespace

class TestLessonChecker : public QObject
{
    Q_OBJECT

private slots:
    void shippedLessonsCheckClean_data();
    void shippedLessonsCheckClean();
    void computeAnswer_data();
    void computeAnswer();
    void predictAnswersAreComputed();
    void scriptWithReplacement();
    void errors_data();
    void errors();
    void raisingScriptIsAllowed();

    void cliListLessons();
    void cliLessonBasics();
    void cliLessonFileWithPredict();
    void cliLessonErrors_data();
    void cliLessonErrors();
    void cliHelp();
};

// Whatever lessons ship, one row each: a new lesson checks clean or fails here by name.
void TestLessonChecker::shippedLessonsCheckClean_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = LessonReader::shippedLessonPaths();
    QVERIFY(paths.contains(QStringLiteral(":/lessons/01-basics.json")));
    for (const QString &path : paths)
        QTest::newRow(qPrintable(path)) << path;
}

void TestLessonChecker::shippedLessonsCheckClean()
{
    QFETCH(QString, path);
    const LessonReadResult read = LessonReader::readFile(path);
    QVERIFY2(read.lesson, qPrintable(read.errors.join(QLatin1Char('\n'))));
    const QStringList errors = LessonChecker::check(*read.lesson, path);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    // Every computed answer is the key the lesson shows: a predict question gets its option.
    const auto trace = LessonChecker::traceLesson(*read.lesson);
    const Lesson computed = LessonChecker::withComputedAnswers(*read.lesson, *trace);
    for (const QuizQuestion &question : computed.quiz)
        if (question.kind != QuizQuestion::Kind::WhatIf && !question.options.isEmpty())
            QVERIFY2(question.answer >= 0, qPrintable(question.question));
}

void TestLessonChecker::computeAnswer_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("column"); // or the variable's name
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("equals");
    QTest::addColumn<QString>("answer"); // "<none>" for no answer
    QTest::addColumn<QString>("source");

    const int cell = int(AnswerSource::Kind::Cell), first = int(AnswerSource::Kind::FirstStep),
              variable = int(AnswerSource::Kind::Variable);
    QTest::newRow("Output of step 2") << cell << QStringLiteral("Output") << 2 << QString() << QStringLiteral("'Hello'")
                                      << QStringLiteral("Output of step 2");
    QTest::newRow("Value of step 4") << cell << QStringLiteral("Value Stored/Retrieved") << 4 << QString()
                                     << QStringLiteral("None") << QStringLiteral("Value Stored/Retrieved of step 4");
    QTest::newRow("step 0") << cell << QStringLiteral("Key") << 0 << QString() << QStringLiteral("<none>")
                                   << QStringLiteral("Key of step 0");
    QTest::newRow("step beyond the trace") << cell << QStringLiteral("Output") << 5 << QString()
                                           << QStringLiteral("<none>") << QStringLiteral("Output of step 5");
    QTest::newRow("first empty cache") << first << QStringLiteral("Cache State") << 0 << QStringLiteral("{}")
                                       << QStringLiteral("Step 3")
                                       << QStringLiteral("first step whose Cache State reads {}");
    QTest::newRow("first True output") << first << QStringLiteral("Output") << 0 << QStringLiteral("True")
                                       << QStringLiteral("Step 3") << QStringLiteral("first step whose Output reads True");
    QTest::newRow("first empty Value cell") << first << QStringLiteral("Value Stored/Retrieved") << 0 << QString()
                                            << QStringLiteral("Step 3")
                                            << QStringLiteral("first step whose Value Stored/Retrieved reads empty");
    QTest::newRow("a text no step reads") << first << QStringLiteral("Output") << 0 << QStringLiteral("'Hi'")
                                          << QStringLiteral("<none>") << QStringLiteral("first step whose Output reads 'Hi'");
    QTest::newRow("value after step 4") << variable << QStringLiteral("value") << 4 << QString()
                                        << QStringLiteral("'Hello'") << QStringLiteral("value after step 4");
    QTest::newRow("a variable before it exists") << variable << QStringLiteral("value_after_delete") << 3 << QString()
                                                 << QStringLiteral("N/A") << QStringLiteral("value_after_delete after step 3");
    QTest::newRow("a variable never set") << variable << QStringLiteral("nothing") << 4 << QString()
                                          << QStringLiteral("N/A") << QStringLiteral("nothing after step 4");
}

void TestLessonChecker::computeAnswer()
{
    QFETCH(int, kind);
    QFETCH(QString, column);
    QFETCH(int, step);
    QFETCH(QString, equals);
    QFETCH(QString, answer);
    QFETCH(QString, source);

    AnswerSource from;
    from.kind = static_cast<AnswerSource::Kind>(kind);
    (from.kind == AnswerSource::Kind::Variable ? from.variable : from.column) = column;
    from.step = step;
    from.equals = equals;
    const auto trace = testing::traced(testing::LessonScript);
    const std::optional<QString> computed = LessonChecker::computeAnswer(withSource(from), *trace);
    QCOMPARE(computed.value_or(QStringLiteral("<none>")), answer);
    QCOMPARE(LessonChecker::describeSource(from), source);
}

void TestLessonChecker::predictAnswersAreComputed()
{
    const Lesson lesson = readLesson(lessonJson(PredictQuiz));
    QCOMPARE(lesson.quiz.size(), 2);
    QCOMPARE(lesson.quiz[0].answer, -1); // the file has none
    QCOMPARE(lesson.quiz[1].answer, -1);
    QCOMPARE(LessonChecker::check(lesson, QStringLiteral("t.json")), QStringList());
    const auto trace = LessonChecker::traceLesson(lesson);
    const Lesson computed = LessonChecker::withComputedAnswers(lesson, *trace);
    QCOMPARE(computed.quiz[0].answer, 1);
    QCOMPARE(computed.quiz[1].answer, -1); // typed, no options
    QCOMPARE(LessonChecker::computeAnswer(computed.quiz[1], *trace).value_or(QString()), QStringLiteral("True"));
}

void TestLessonChecker::scriptWithReplacement()
{
    const QString script = QStringLiteral("a = 1\nb = 2\nc = 3\n");
    QCOMPARE(LessonChecker::scriptWithReplacement(script, {2, QStringLiteral("b = 5")}), QStringLiteral("a = 1\nb = 5\nc = 3\n"));
    QCOMPARE(LessonChecker::scriptWithReplacement(script, {3, QString()}), QStringLiteral("a = 1\nb = 2\n\n"));
    // The file's indentation is the replacement's to give: a line in a block keeps its place only if it is indented.
    QCOMPARE(LessonChecker::scriptWithReplacement(QStringLiteral("if x:\n    y = 1\n"), {2, QStringLiteral("    y = 2")}),
             QStringLiteral("if x:\n    y = 2\n"));
}

void TestLessonChecker::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("a lesson that agrees with its trace") << lessonJson(R"("quiz": [{"question": "Q",
        "options": ["Error", "None", "'Hello'"], "answer": "C", "answerFrom": {"cell": "Output", "step": 2}}])")
                                                         << QStringList();

    // ---- the script
    QTest::newRow("script that does not run")
        << lessonJson(R"("keyMoments": [{"question": "Q", "answer": "A", "steps": [9]}])",
                      R"(["from django.core.cache import cache", "cache.set('a'"])")
        << list({"t.json: script: does not run: line 2: SyntaxError: '(' was never closed"});
    QTest::newRow("script with a construct CacheTutor does not run")
        << lessonJson({}, R"(["class A:", "    pass"])")
        << list({"t.json: script: does not run: line 1: not supported in CacheTutor: class definitions"});

    // ---- steps beyond the trace's four
    QTest::newRow("key-moment step 9 in a 4-step trace")
        << lessonJson(R"("keyMoments": [{"question": "Q", "answer": "A", "steps": [4]},
                                        {"question": "R", "answer": "B", "steps": [1, 9]}])")
        << list({"t.json: keyMoments[1].steps[1]: step 9 is beyond the trace, which has 4 steps"});
    QTest::newRow("hint step and proof step beyond the trace")
        << lessonJson(R"("quiz": [{"question": "Q", "options": ["a", "b"], "answer": "A",
                                   "hintCells": {"column": "Output", "steps": [2, 5]}, "proofStep": 6}])")
        << list({"t.json: quiz[0].hintCells.steps[1]: step 5 is beyond the trace, which has 4 steps",
                 "t.json: quiz[0].proofStep: step 6 is beyond the trace, which has 4 steps"});
    QTest::newRow("answer sources beyond the trace")
        << lessonJson(R"("quiz": [{"question": "Q", "options": ["a", "b"], "answer": "A", "answerFrom": {"cell": "Output", "step": 7}},
                                  {"question": "R", "options": ["a", "b"], "answer": "A", "answerFrom": {"variable": "value", "afterStep": 8}}])")
        << list({"t.json: quiz[0].answerFrom.step: step 7 is beyond the trace, which has 4 steps",
                 "t.json: quiz[1].answerFrom.afterStep: step 8 is beyond the trace, which has 4 steps"});

    QTest::newRow("annotation steps beyond the trace")
        << lessonJson(R"("annotations": [{"step": 4, "text": "Last step"}, {"step": 99, "text": "Nowhere"},
                                         {"step": 5, "text": "One past"}])")
        << list({"t.json: annotations[1].step: step 99 is beyond the trace, which has 4 steps",
                 "t.json: annotations[2].step: step 5 is beyond the trace, which has 4 steps"});

    // ---- answers that disagree with the trace
    QTest::newRow("wrong answer letter")
        << lessonJson(R"("quiz": [{"question": "Q", "options": ["Error", "None", "'Hello'", "''"], "answer": "B",
                                   "answerFrom": {"cell": "Output", "step": 2}}])")
        << list({"t.json: quiz[0]: the answer B (None) disagrees with the trace: the Output of step 2 is 'Hello'"});
    QTest::newRow("wrong letter, the right text nowhere")
        << lessonJson(R"("quiz": [{"question": "Q", "options": ["Error", "None"], "answer": "A",
                                   "answerFrom": {"cell": "Cache State", "step": 1}}])")
        << list({"t.json: quiz[0]: the answer A (Error) disagrees with the trace: the Cache State of step 1 is {'greet': 'Hello'}"});
    QTest::newRow("wrong firstStep answer")
        << lessonJson(R"("quiz": [{"question": "Q", "options": ["Step 1", "Step 3", "Step 4"], "answer": "C",
                                   "answerFrom": {"firstStep": {"column": "Cache State", "equals": "{}"}}}])")
        << list({"t.json: quiz[0]: the answer C (Step 4) disagrees with the trace: the Cache State first reads {} at Step 3"});
    QTest::newRow("firstStep text that no step reads")
        << lessonJson(R"("quiz": [{"question": "Q", "options": ["Step 1", "Step 2"], "answer": "A",
                                   "answerFrom": {"firstStep": {"column": "Cache State", "equals": "{'greet': 'Hi'}"}}}])")
        << list({"t.json: quiz[0].answerFrom: no step's Cache State reads {'greet': 'Hi'}"});
    QTest::newRow("wrong variable answer")
        << lessonJson(R"("quiz": [{"question": "Q", "options": ["None", "'Hello'"], "answer": "A",
                                   "answerFrom": {"variable": "value", "afterStep": 4}}])")
        << list({"t.json: quiz[0]: the answer A (None) disagrees with the trace: value after step 4 is 'Hello'"});
    QTest::newRow("predict whose computed answer is not among the options")
        << lessonJson(R"("quiz": [{"kind": "predict", "question": "Q", "options": ["None", "'Hi'"],
                                   "answerFrom": {"cell": "Output", "step": 2}}])")
        << list({"t.json: quiz[0]: the computed answer is none of the options: the Output of step 2 is 'Hello'"});

    // ---- what-if changes
    const QByteArray whatIf = R"J("quiz": [{"kind": "what-if", "question": "Q", "options": ["a", "b"], "answer": "A",
        "whatIf": {"line": 2, "replace": "cache.set('greet', 'Hi', 5)"}, "changes": )J";
    QTest::newRow("what-if with the real changes")
        << lessonJson(whatIf + R"([{"step": 2, "column": "Output"}, {"step": 1, "column": "Value Stored/Retrieved"},
            {"step": 1, "column": "Cache State"}, {"step": 2, "column": "Value Stored/Retrieved"},
            {"step": 2, "column": "Cache State"}]}])")
        << QStringList();
    QTest::newRow("wrong what-if changes")
        << lessonJson(whatIf + R"([{"step": 1, "column": "Value Stored/Retrieved"}, {"step": 3, "column": "Output"},
            {"step": 2, "column": "Output"}]}])")
        << list({"t.json: quiz[0].changes[1]: step 3 Output does not change (True)",
                 "t.json: quiz[0].changes: step 1 Cache State changes ({'greet': 'Hello'} → {'greet': 'Hi'}) but is not listed",
                 "t.json: quiz[0].changes: step 2 Value Stored/Retrieved changes ('Hello' → 'Hi') but is not listed",
                 "t.json: quiz[0].changes: step 2 Cache State changes ({'greet': 'Hello'} → {'greet': 'Hi'}) but is not listed"});
    QTest::newRow("what-if listing an empty cell that stays empty")
        << lessonJson(R"J("quiz": [{"kind": "what-if", "question": "Q", "options": ["a", "b"], "answer": "A",
            "whatIf": {"line": 2, "replace": "cache.set('greet', 'Hello', 5)"}, "changes": [{"step": 3, "column": "Value Stored/Retrieved"}]}])J")
        << list({"t.json: quiz[0].changes[0]: step 3 Value Stored/Retrieved does not change (empty)"});
    QTest::newRow("what-if whose changed script does not run")
        << lessonJson(R"("quiz": [{"kind": "what-if", "question": "Q", "options": ["a", "b"], "answer": "A",
            "whatIf": {"line": 2, "replace": "cache.set("}, "changes": []}])")
        << list({"t.json: quiz[0].whatIf: the changed script does not run: line 2: SyntaxError: '(' was never closed"});
}

void TestLessonChecker::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const LessonReadResult read = LessonReader::read(json, QStringLiteral("t.json"));
    QVERIFY2(read.lesson, qPrintable(read.errors.join(QLatin1Char('\n'))));
    QCOMPARE(LessonChecker::check(*read.lesson, QStringLiteral("t.json")), expected);
}

// A lesson may be about an exception: the steps up to it are the trace.
void TestLessonChecker::raisingScriptIsAllowed()
{
    const Lesson lesson = readLesson(lessonJson(R"("keyMoments": [{"question": "Q", "answer": "A", "steps": [2]}],
        "quiz": [{"question": "Q", "options": ["None", "ValueError: Key ':1:k' not found"], "answer": "B",
                  "answerFrom": {"cell": "Output", "step": 2}}])",
                                                R"J(["from django.core.cache import cache", "x = 1", "cache.incr('k')"])J"));
    const auto trace = LessonChecker::traceLesson(lesson);
    QCOMPARE(trace->status(), Trace::Status::Raised);
    QCOMPARE(trace->fileName(), std::string("t.py"));
    QCOMPARE(LessonChecker::check(lesson, QStringLiteral("t.json"), *trace), QStringList());
}

void TestLessonChecker::cliListLessons()
{
    const ProcessResult result = runTracer({QStringLiteral("--list-lessons")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), LessonReader::shippedLessonPaths().size());
    QVERIFY(lines.contains(QString::fromUtf8("basics\tLow-level cache API in Django — Step-by-Step Execution")));
    // Each name is what --lesson takes, whatever the file is called.
    for (const QString &line : lines) {
        QCOMPARE(line.count(QLatin1Char('\t')), 1);
        const ProcessResult lesson = runTracer({QStringLiteral("--lesson"), line.section(QLatin1Char('\t'), 0, 0)});
        QVERIFY2(lesson.exitCode == 0, qPrintable(line + QLatin1Char('\n') + lesson.err));
        QVERIFY(lesson.out.startsWith(line.section(QLatin1Char('\t'), 1) + QLatin1Char('\n')));
    }
}

void TestLessonChecker::cliLessonBasics()
{
    const ProcessResult result = runTracer({QStringLiteral("--lesson"), QStringLiteral("basics")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QString::fromUtf8("Low-level cache API in Django — Step-by-Step Execution\n"
                                                    "Lesson basics, script lesson1_basics.py\n")));
    QVERIFY(result.out.contains(QLatin1String("2     cache.get     'greet'  'Hello'")));
    QVERIFY(result.out.contains(QLatin1String("\nVariable tracker\n")));
    QVERIFY(result.out.contains(QLatin1String("\n1. Look at the execution table")));
    QVERIFY(result.out.contains(QLatin1String("\n3. [what-if] If cache.set('greet', 'Hi', 5)")));
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    for (const char *line : BasicsAnswerLines)
        QVERIFY2(lines.contains(QString::fromUtf8(line)), line);

    // --format picks the trace's format instead of the table and tracker.
    const ProcessResult csv = runTracer({QStringLiteral("--lesson=basics"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.contains(QLatin1String("Step,Action,Key,Value Stored/Retrieved,Cache State,Output\r\n")));
    QVERIFY(!csv.out.contains(QLatin1String("Variable tracker")));
    QVERIFY(csv.out.contains(QString::fromUtf8(BasicsAnswerLines[0])));
}

void TestLessonChecker::cliLessonFileWithPredict()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("predict.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lessonJson(PredictQuiz));
    file.close();

    const ProcessResult result = runTracer({QStringLiteral("--lesson"), path});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    QVERIFY(lines.contains(QStringLiteral("1. [predict] What does step 2 output?")));
    QVERIFY(lines.contains(QString::fromUtf8("   Answer: B ('Hello') — computed from the trace: Output of step 2")));
    QVERIFY(lines.contains(QString::fromUtf8("   Answer: True — computed from the trace: Output of step 3")));
}

void TestLessonChecker::cliLessonErrors_data()
{
    QTest::addColumn<QByteArray>("json"); // "<none>": no such file
    QTest::addColumn<QStringList>("errors"); // on stderr; "%1" stands for the path

    QTest::newRow("a field of the wrong type")
        << lessonJson(R"("quiz": [{"question": "Q", "options": ["a", "b"], "answer": "A", "proofStep": "2"}])")
        << list({"%1: quiz[0].proofStep: expected a step number of at least 1, got \"2\""});
    QTest::newRow("an answer that disagrees with the trace")
        << lessonJson(R"("quiz": [{"question": "Q", "options": ["None", "'Hello'"], "answer": "A",
                                   "answerFrom": {"cell": "Output", "step": 2}}])")
        << list({"%1: quiz[0]: the answer A (None) disagrees with the trace: the Output of step 2 is 'Hello'"});
    QTest::newRow("no such lesson") << QByteArray("<none>") << list({"%1: cannot read: No such file or directory"});
}

void TestLessonChecker::cliLessonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, errors);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    if (json != "<none>") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }
    const ProcessResult result = runTracer({QStringLiteral("--lesson"), path});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QString expected;
    for (const QString &line : errors)
        expected += line.arg(path) + QLatin1Char('\n');
    QCOMPARE(result.err, expected);
}

void TestLessonChecker::cliHelp()
{
    const ProcessResult result = runTracer({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1String("--lesson FILE|NAME")));
    QVERIFY(result.out.contains(QLatin1String("--list-lessons")));

    const ProcessResult both = runTracer({QStringLiteral("--lesson"), QStringLiteral("basics"), QStringLiteral("x.py")});
    QCOMPARE(both.exitCode, 2);
    QVERIFY(both.err.contains(QLatin1String("--lesson runs the lesson's script, got 'x.py' too")));
    const ProcessResult options = runTracer({QStringLiteral("--lesson"), QStringLiteral("basics"), QStringLiteral("--max-entries"), QStringLiteral("2")});
    QCOMPARE(options.exitCode, 2);
    QVERIFY(options.err.contains(QLatin1String("only --format goes with it")));
}

QTEST_GUILESS_MAIN(TestLessonChecker)
#include "tst_lessonchecker.moc"
