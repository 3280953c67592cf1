// Tests for LessonReader: the shipped lesson with every field, the defaults,
// the backend settings (the command line's rules), and the exact text of
// every error a hand-written lesson file can give.

#include "conceptflow.h"
#include "lessonreader.h"
#include "testscripts.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
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

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The smallest valid lesson's fields, to which a table row adds its own.
#define REQUIRED R"("format": "cachetutor-lesson", "version": 1, "name": "t", "title": "T", "script": "x = 1\n")"

LessonReadResult readJson(const QByteArray &json)
{
    return LessonReader::read(json, QStringLiteral("t.json"));
}

// The backend as one line, so a table row can say what it expects in one string.
QString describe(const CacheConfig &config)
{
    return QStringLiteral("TIMEOUT=%1 MAX_ENTRIES=%2 CULL_FREQUENCY=%3 KEY_PREFIX='%4' VERSION=%5")
        .arg(config.timeout ? QString::number(*config.timeout) : QStringLiteral("None"))
        .arg(config.maxEntries)
        .arg(config.cullFrequency)
        .arg(QString::fromStdString(config.keyPrefix))
        .arg(config.version);
}

} // namespace

class TestLessonReader : public QObject
{
    Q_OBJECT

private slots:
    void shippedLessons();
    void basics();
    void basicsScriptIsTheExample();
    void basicsFlowNodesAllLightUp();
    void minimalLessonHasDefaults();
    void script_data();
    void script();
    void backend_data();
    void backend();
    void quizKinds_data();
    void quizKinds();
    void errors_data();
    void errors();
    void fileErrors_data();
    void fileErrors();
    void readFileReadsAnyPath();
    void severalErrorsTogether();
    void neverCrashesOnTruncatedFiles();
};

void TestLessonReader::shippedLessons()
{
    // Other lessons ship beside the first; each one must read clean.
    const QStringList paths = LessonReader::shippedLessonPaths();
    QVERIFY(paths.contains(QStringLiteral(":/lessons/01-basics.json")));
    QVERIFY(std::is_sorted(paths.begin(), paths.end()));
    QSet<QString> names;
    for (const QString &path : paths) {
        const LessonReadResult result = LessonReader::readFile(path);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QVERIFY(result.lesson);
        // The file is named after the lesson, maybe behind a number that orders the course.
        const QString fileName = path.section(QLatin1Char('/'), -1);
        const QRegularExpression pattern(QStringLiteral("^([0-9]+-)?%1\\.json$").arg(QRegularExpression::escape(result.lesson->name)));
        QVERIFY2(pattern.match(fileName).hasMatch(), qPrintable(fileName + QLatin1String(": ") + result.lesson->name));
        // `--lesson NAME` finds a lesson by its name: no two share one.
        QVERIFY2(!names.contains(result.lesson->name), qPrintable(result.lesson->name));
        names.insert(result.lesson->name);
    }
}

void TestLessonReader::basics()
{
    const LessonReadResult result = LessonReader::readFile(QStringLiteral(":/lessons/01-basics.json"));
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QVERIFY(result.lesson);
    const Lesson &lesson = *result.lesson;

    QCOMPARE(lesson.name, QStringLiteral("basics"));
    QCOMPARE(lesson.title, QString::fromUtf8("Low-level cache API in Django — Step-by-Step Execution"));
    QCOMPARE(lesson.framework, QStringLiteral("Django"));
    QCOMPARE(lesson.duration, QStringLiteral("~10 mins"));
    QCOMPARE(lesson.scriptName, QStringLiteral("lesson1_basics.py"));
    QCOMPARE(lesson.script, QString::fromUtf8(testing::LessonScript));
    QCOMPARE(lesson.description,
             QStringLiteral("The code sets the key 'greet' to 'Hello' in the cache for 10 seconds, retrieves it, "
                            "deletes it, and then tries to retrieve it again."));
    QCOMPARE(describe(lesson.backend), describe(CacheConfig{}));

    const QStringList labels = list({"Start", "Call cache.set(key, value, timeout)", "Store value in cache with key",
                                     "Call cache.get(key)", "Retrieve value if exists and not expired",
                                     "Return value or None", "Call cache.delete(key)", "Remove key from cache", "End"});
    const QStringList litBy = list({"start", "cache.set", "cache.set", "cache.get", "cache.get:hit", "cache.get",
                                    "cache.delete", "cache.delete", "end"});
    QCOMPARE(lesson.conceptFlow.size(), labels.size());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QCOMPARE(lesson.conceptFlow[i].label, labels[i]);
        QCOMPARE(lesson.conceptFlow[i].litBy, QStringList{litBy[i]});
    }

    QCOMPARE(lesson.keyMoments.size(), 2);
    QCOMPARE(lesson.keyMoments[0].question,
             QStringLiteral("Why does cache.get return None after cache.delete, even though the key existed before?"));
    QVERIFY(lesson.keyMoments[0].answer.contains(QLatin1String("removed the key")));
    QCOMPARE(lesson.keyMoments[0].steps, (QList<int>{3, 4}));
    QCOMPARE(lesson.keyMoments[1].question, QStringLiteral("What does cache.get return for a key that was never set?"));
    QVERIFY(lesson.keyMoments[1].answer.startsWith(QLatin1String("None")));
    QCOMPARE(lesson.keyMoments[1].steps, QList<int>{4});

    QCOMPARE(lesson.quiz.size(), 3);
    QCOMPARE(lesson.quiz[0].kind, QuizQuestion::Kind::Choice);
    QCOMPARE(lesson.quiz[0].answerFrom.kind, AnswerSource::Kind::Cell);
    QCOMPARE(lesson.quiz[0].answerFrom.column, QStringLiteral("Output"));
    QCOMPARE(lesson.quiz[0].answerFrom.step, 2);
    QCOMPARE(lesson.quiz[0].hintColumn, QStringLiteral("Output"));
    QCOMPARE(lesson.quiz[0].hintSteps, QList<int>{2});
    QVERIFY(lesson.quiz[0].explanation.contains(QLatin1String("returns 'Hello'")));
    QCOMPARE(lesson.quiz[0].proofStep, 2);
    QCOMPARE(lesson.quiz[1].kind, QuizQuestion::Kind::Choice);
    QCOMPARE(lesson.quiz[1].answerFrom.kind, AnswerSource::Kind::FirstStep);
    QCOMPARE(lesson.quiz[1].answerFrom.column, QStringLiteral("Cache State"));
    QCOMPARE(lesson.quiz[1].answerFrom.equals, QStringLiteral("{}"));
    QCOMPARE(lesson.quiz[1].hintColumn, QStringLiteral("Cache State"));
    QCOMPARE(lesson.quiz[1].hintSteps, QList<int>());
    QCOMPARE(lesson.quiz[1].proofStep, 3);
    QCOMPARE(lesson.quiz[2].kind, QuizQuestion::Kind::WhatIf);
    QCOMPARE(lesson.quiz[2].answerFrom.kind, AnswerSource::Kind::None);
    QCOMPARE(lesson.quiz[2].whatIf.line, 2);
    QCOMPARE(lesson.quiz[2].whatIf.replacement, QStringLiteral("cache.set('greet', 'Hi', 5)"));
    QCOMPARE(lesson.quiz[2].changes.size(), 5);
    QCOMPARE(lesson.quiz[2].changes[4].step, 2);
    QCOMPARE(lesson.quiz[2].changes[4].column, QStringLiteral("Output"));
    QCOMPARE(lesson.quiz[2].hintColumn, QStringLiteral("Value Stored/Retrieved"));
    QCOMPARE(lesson.quiz[2].hintSteps, QList<int>{1});
    QCOMPARE(lesson.quiz[2].proofStep, 1);
    QCOMPARE(lesson.quiz[0].question,
             QStringLiteral("Look at the execution table: what is the output of cache.get('greet') at step 2?"));
    QCOMPARE(lesson.quiz[0].options, list({"Error", "None", "'Hello'", "'' (empty string)"}));
    QCOMPARE(lesson.quiz[0].answer, 2);
    QCOMPARE(lesson.quiz[0].hint, QStringLiteral("Check the Output column at step 2."));
    QCOMPARE(lesson.quiz[1].question, QStringLiteral("At which step does the cache become empty?"));
    QCOMPARE(lesson.quiz[1].options, list({"Step 1", "Step 3", "Step 2", "Step 4"}));
    QCOMPARE(lesson.quiz[1].answer, 1);
    QCOMPARE(lesson.quiz[1].hint, QStringLiteral("Look at the Cache State column to see when {} appears."));
    QCOMPARE(lesson.quiz[2].question,
             QStringLiteral("If cache.set('greet', 'Hi', 5) is called instead of step 1, what changes in the execution table?"));
    QCOMPARE(lesson.quiz[2].options,
             list({"The value stored changes to 'Hi' at step 1", "The cache state becomes empty at step 1",
                   "The output at step 2 becomes None", "No change at all"}));
    QCOMPARE(lesson.quiz[2].answer, 0);
    QCOMPARE(lesson.quiz[2].hint, QStringLiteral("Look at the Value Stored/Retrieved column at step 1."));

    QCOMPARE(lesson.snapshot,
             list({"set(key, value, timeout) stores a value under a key for timeout seconds.",
                   "get(key) retrieves the value, or returns None when the key is missing or expired.",
                   "delete(key) removes the key from the cache.", "The cache holds key-value pairs temporarily.",
                   "Caching speeds up repeated access to the same data."}));
    QVERIFY(lesson.transcript.startsWith(QLatin1String("In this lesson")));
    QVERIFY(lesson.note.contains(QLatin1String("cache.set returns None")));
    QVERIFY(lesson.note.contains(QLatin1String("value_after_delete")));

    QCOMPARE(lesson.annotations.size(), 1);
    QCOMPARE(lesson.annotations[0].step, 3);
    QCOMPARE(lesson.annotations[0].text,
             QString::fromUtf8("Pause here: ask the class what cache.get will return at step 4, before you press →."));
}

void TestLessonReader::basicsScriptIsTheExample()
{
    const LessonReadResult result = LessonReader::readFile(QStringLiteral(":/lessons/01-basics.json"));
    QVERIFY(result.lesson);
    const QString example = readText(QStringLiteral(CACHETUTOR_SOURCE_DIR "/examples/lesson1_basics.py"));
    QVERIFY(!example.isEmpty());
    QCOMPARE(result.lesson->script, example);
}

// Every node of the shipped lesson's diagram lights up at some step of its own trace.
void TestLessonReader::basicsFlowNodesAllLightUp()
{
    const LessonReadResult result = LessonReader::readFile(QStringLiteral(":/lessons/01-basics.json"));
    QVERIFY(result.lesson);
    const auto trace = testing::traced(result.lesson->script.toUtf8().constData());
    QSet<QString> events;
    for (int step = 0; step <= trace->stepCount(); ++step)
        for (const QString &event : flowEventsOfStep(*trace, step))
            events.insert(event);
    for (const ConceptFlowNode &node : result.lesson->conceptFlow)
        for (const QString &event : node.litBy)
            QVERIFY2(events.contains(event), qPrintable(node.label + QLatin1String(": ") + event));
}

void TestLessonReader::minimalLessonHasDefaults()
{
    const LessonReadResult result = readJson("{" REQUIRED "}");
    QCOMPARE(result.errors, QStringList());
    QVERIFY(result.lesson);
    const Lesson &lesson = *result.lesson;
    QCOMPARE(lesson.name, QStringLiteral("t"));
    QCOMPARE(lesson.title, QStringLiteral("T"));
    QCOMPARE(lesson.script, QStringLiteral("x = 1\n"));
    QVERIFY(lesson.framework.isEmpty());
    QVERIFY(lesson.duration.isEmpty());
    QVERIFY(lesson.description.isEmpty());
    QVERIFY(lesson.scriptName.isEmpty());
    QCOMPARE(describe(lesson.backend), QStringLiteral("TIMEOUT=300 MAX_ENTRIES=300 CULL_FREQUENCY=3 KEY_PREFIX='' VERSION=1"));
    QVERIFY(lesson.conceptFlow.isEmpty());
    QVERIFY(lesson.keyMoments.isEmpty());
    QVERIFY(lesson.quiz.isEmpty());
    QVERIFY(lesson.snapshot.isEmpty());
    QVERIFY(lesson.transcript.isEmpty());
    QVERIFY(lesson.note.isEmpty());
    QVERIFY(lesson.annotations.isEmpty());
}

void TestLessonReader::script_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("script");

    const QByteArray head = R"({"format": "cachetutor-lesson", "version": 1, "name": "t", "title": "T", "script": )";
    QTest::newRow("one string, as is") << head + R"("a = 1\nb = 2"})" << QStringLiteral("a = 1\nb = 2");
    QTest::newRow("lines, each ending in a newline") << head + R"(["a = 1", "", "b = 2"]})"
                                                     << QStringLiteral("a = 1\n\nb = 2\n");
    QTest::newRow("a byte-order mark before the JSON") << "\xEF\xBB\xBF" + head + R"(["a = 1"]})"
                                                       << QStringLiteral("a = 1\n");
}

void TestLessonReader::script()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, script);
    const LessonReadResult result = readJson(json);
    QCOMPARE(result.errors, QStringList());
    QVERIFY(result.lesson);
    QCOMPARE(result.lesson->script, script);
}

void TestLessonReader::backend_data()
{
    QTest::addColumn<QByteArray>("backend");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty: Django's defaults") << QByteArray("{}")
                                              << QStringLiteral("TIMEOUT=300 MAX_ENTRIES=300 CULL_FREQUENCY=3 KEY_PREFIX='' VERSION=1");
    QTest::newRow("every field") << QByteArray(R"({"TIMEOUT": 60, "MAX_ENTRIES": 3, "CULL_FREQUENCY": 2, "KEY_PREFIX": "site", "VERSION": 7})")
                                 << QStringLiteral("TIMEOUT=60 MAX_ENTRIES=3 CULL_FREQUENCY=2 KEY_PREFIX='site' VERSION=7");
    QTest::newRow("TIMEOUT null: never expire") << QByteArray(R"({"TIMEOUT": null})")
                                                << QStringLiteral("TIMEOUT=None MAX_ENTRIES=300 CULL_FREQUENCY=3 KEY_PREFIX='' VERSION=1");
    // BaseCache runs int() on TIMEOUT, as --timeout does.
    QTest::newRow("TIMEOUT 2.5 truncated") << QByteArray(R"({"TIMEOUT": 2.5})")
                                           << QStringLiteral("TIMEOUT=2 MAX_ENTRIES=300 CULL_FREQUENCY=3 KEY_PREFIX='' VERSION=1");
    QTest::newRow("TIMEOUT -0.5 truncated to 0") << QByteArray(R"({"TIMEOUT": -0.5})")
                                                 << QStringLiteral("TIMEOUT=0 MAX_ENTRIES=300 CULL_FREQUENCY=3 KEY_PREFIX='' VERSION=1");
    QTest::newRow("TIMEOUT negative") << QByteArray(R"({"TIMEOUT": -1})")
                                      << QStringLiteral("TIMEOUT=-1 MAX_ENTRIES=300 CULL_FREQUENCY=3 KEY_PREFIX='' VERSION=1");
    // JSON has one number type: 4.0 is the integer 4.
    QTest::newRow("integral number written with a fraction") << QByteArray(R"({"MAX_ENTRIES": 4.0})")
                                                             << QStringLiteral("TIMEOUT=300 MAX_ENTRIES=4 CULL_FREQUENCY=3 KEY_PREFIX='' VERSION=1");
    // The command line takes any integer here, and so does a lesson.
    QTest::newRow("CULL_FREQUENCY 0: cull everything") << QByteArray(R"({"CULL_FREQUENCY": 0, "VERSION": -2})")
                                                       << QStringLiteral("TIMEOUT=300 MAX_ENTRIES=300 CULL_FREQUENCY=0 KEY_PREFIX='' VERSION=-2");
}

void TestLessonReader::backend()
{
    QFETCH(QByteArray, backend);
    QFETCH(QString, expected);
    const LessonReadResult result = readJson("{" REQUIRED R"(, "backend": )" + backend + "}");
    QCOMPARE(result.errors, QStringList());
    QVERIFY(result.lesson);
    QCOMPARE(describe(result.lesson->backend), expected);
}

// What each kind of question reads into, from the smallest form of each.
void TestLessonReader::quizKinds_data()
{
    QTest::addColumn<QByteArray>("question");
    QTest::addColumn<QString>("expected"); // the QuizQuestion, described in one line

    QTest::newRow("choice by default") << QByteArray(R"({"question": "Q", "options": ["a", "b"], "answer": "B"})")
                                       << QStringLiteral("choice answer=1 from=none hint=|");
    QTest::newRow("choice with every field")
        << QByteArray(R"({"kind": "choice", "question": "Q", "options": ["a", "b"], "answer": "A", "hint": "h",
                          "hintCells": {"column": "Key", "steps": [1, 2]}, "explanation": "e", "proofStep": 2,
                          "answerFrom": {"variable": "x", "afterStep": 1}})")
        << QStringLiteral("choice answer=0 from=variable:x@1 hint=Key|1,2 explanation=e proof=2");
    QTest::newRow("hint cells: whole rows") << QByteArray(R"({"question": "Q", "options": ["a", "b"], "answer": "A",
                                                             "hintCells": {"steps": [1]}})")
                                            << QStringLiteral("choice answer=0 from=none hint=|1");
    QTest::newRow("firstStep, empty text allowed")
        << QByteArray(R"({"question": "Q", "options": ["a", "b"], "answer": "A",
                          "answerFrom": {"firstStep": {"column": "Key", "equals": ""}}})")
        << QStringLiteral("choice answer=0 from=first:Key= hint=|");
    QTest::newRow("predict with options: the answer is computed")
        << QByteArray(R"({"kind": "predict", "question": "Q", "options": ["a", "b"], "answerFrom": {"cell": "Output", "step": 1}})")
        << QStringLiteral("predict answer=-1 from=cell:Output@1 hint=|");
    QTest::newRow("predict without options: typed")
        << QByteArray(R"({"kind": "predict", "question": "Q", "answerFrom": {"cell": "Cache State", "step": 1}})")
        << QStringLiteral("predict answer=-1 from=cell:Cache State@1 hint=|");
    QTest::newRow("what-if")
        << QByteArray(R"({"kind": "what-if", "question": "Q", "options": ["a", "b"], "answer": "B",
                          "whatIf": {"line": 1, "replace": "x = 2"}, "changes": [{"step": 1, "column": "Notes"}]})")
        << QStringLiteral("what-if answer=1 from=none hint=| line 1: x = 2 changes=1:Notes");
    QTest::newRow("what-if with no changes") << QByteArray(R"({"kind": "what-if", "question": "Q", "options": ["a", "b"],
                                                              "answer": "B", "whatIf": {"line": 1, "replace": ""}, "changes": []})")
                                             << QStringLiteral("what-if answer=1 from=none hint=| line 1:  changes=");
}

void TestLessonReader::quizKinds()
{
    QFETCH(QByteArray, question);
    QFETCH(QString, expected);
    const LessonReadResult result = readJson("{" REQUIRED R"(, "quiz": [)" + question + "]}");
    QCOMPARE(result.errors, QStringList());
    QVERIFY(result.lesson);
    const QuizQuestion &q = result.lesson->quiz.front();
    const char *kinds[] = {"choice", "predict", "what-if"};
    QString text = QLatin1String(kinds[static_cast<int>(q.kind)]) + QStringLiteral(" answer=%1").arg(q.answer);
    switch (q.answerFrom.kind) {
    case AnswerSource::Kind::None: text += QLatin1String(" from=none"); break;
    case AnswerSource::Kind::Cell: text += QStringLiteral(" from=cell:%1@%2").arg(q.answerFrom.column).arg(q.answerFrom.step); break;
    case AnswerSource::Kind::FirstStep: text += QStringLiteral(" from=first:%1=%2").arg(q.answerFrom.column, q.answerFrom.equals); break;
    case AnswerSource::Kind::Variable: text += QStringLiteral(" from=variable:%1@%2").arg(q.answerFrom.variable).arg(q.answerFrom.step); break;
    }
    QStringList steps;
    for (int step : q.hintSteps)
        steps << QString::number(step);
    text += QStringLiteral(" hint=%1|%2").arg(q.hintColumn, steps.join(QLatin1Char(',')));
    if (!q.explanation.isEmpty())
        text += QLatin1String(" explanation=") + q.explanation;
    if (q.proofStep != 0)
        text += QStringLiteral(" proof=%1").arg(q.proofStep);
    if (q.kind == QuizQuestion::Kind::WhatIf) {
        QStringList changes;
        for (const TableCell &cell : q.changes)
            changes << QStringLiteral("%1:%2").arg(cell.step).arg(cell.column);
        text += QStringLiteral(" line %1: %2 changes=%3").arg(q.whatIf.line).arg(q.whatIf.replacement, changes.join(QLatin1Char(',')));
    }
    QCOMPARE(text, expected);
}

void TestLessonReader::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    // ---- the document
    QTest::newRow("empty") << QByteArray("") << list({"t.json: empty file"});
    QTest::newRow("only blanks") << QByteArray(" \n\t\n") << list({"t.json: empty file"});
    // The position is where Qt's parser stopped: on or just after the offending character.
    QTest::newRow("invalid JSON: line and column")
        << QByteArray("{\n  \"format\": \"cachetutor-lesson\",\n  \"version\" 1\n}")
        << list({"t.json: line 3, column 14: not valid JSON: missing name separator"});
    QTest::newRow("invalid JSON: column counts characters, not bytes")
        << QByteArray("{\"title\": \"\xC3\xA9\xC3\xA9\", x}")
        << list({"t.json: line 1, column 18: not valid JSON: unterminated object"});
    QTest::newRow("invalid JSON: trailing comma") << QByteArray("{\"a\": 1,\n}")
                                                  << list({"t.json: line 2, column 2: not valid JSON: object is missing after a comma"});
    QTest::newRow("not an object: array") << QByteArray("[1, 2]")
                                          << list({"t.json: expected a JSON object at the top level, got an array"});

    // ---- required fields
    QTest::newRow("missing every required field")
        << QByteArray("{}")
        << list({"t.json: missing field \"format\"", "t.json: missing field \"version\"", "t.json: missing field \"name\"",
                 "t.json: missing field \"title\"", "t.json: missing field \"script\""});
    QTest::newRow("missing script")
        << QByteArray(R"({"format": "cachetutor-lesson", "version": 1, "name": "t", "title": "T"})")
        << list({"t.json: missing field \"script\""});
    QTest::newRow("missing nested fields") << QByteArray("{" REQUIRED R"(, "quiz": [{"hint": "h"}], "conceptFlow": [{}]})")
                                           << list({"t.json: conceptFlow[0]: missing field \"label\"",
                                                    "t.json: quiz[0]: missing field \"question\"",
                                                    "t.json: quiz[0]: missing field \"options\"",
                                                    "t.json: quiz[0]: missing field \"answer\""});

    // ---- format and version: a file of another kind or version stops the checks
    QTest::newRow("wrong format tag") << QByteArray(R"({"format": "cachetutor-trace", "steps": []})")
                                      << list({"t.json: format: expected \"cachetutor-lesson\", got \"cachetutor-trace\""});
    QTest::newRow("format not a string") << QByteArray(R"({"format": 1})")
                                         << list({"t.json: format: expected \"cachetutor-lesson\", got 1"});
    QTest::newRow("unsupported version")
        << QByteArray(R"({"format": "cachetutor-lesson", "version": 2, "name": "t", "title": "T", "script": "", "slides": []})")
        << list({"t.json: version: this CacheTutor reads lesson format version 1, the file says 2"});
    QTest::newRow("version as a string") << QByteArray(R"({"format": "cachetutor-lesson", "version": "1"})")
                                         << list({"t.json: version: expected an integer, got \"1\""});
    QTest::newRow("missing version: the rest is still checked")
        << QByteArray(R"({"format": "cachetutor-lesson", "name": "t", "title": 5, "script": "x = 1"})")
        << list({"t.json: missing field \"version\"", "t.json: title: expected a string, got 5"});

    // ---- top-level values
    QTest::newRow("name with capitals")
        << QByteArray(R"({"format": "cachetutor-lesson", "version": 1, "name": "Basics", "title": "T", "script": "x = 1"})")
        << list({"t.json: name: expected lower-case letters, digits and '-' only, got \"Basics\""});
    QTest::newRow("name with a blank")
        << QByteArray(R"({"format": "cachetutor-lesson", "version": 1, "name": "my lesson", "title": "T", "script": "x = 1"})")
        << list({"t.json: name: expected lower-case letters, digits and '-' only, got \"my lesson\""});
    QTest::newRow("name empty")
        << QByteArray(R"({"format": "cachetutor-lesson", "version": 1, "name": "", "title": "T", "script": "x = 1"})")
        << list({"t.json: name: expected lower-case letters, digits and '-' only, got \"\""});
    QTest::newRow("name a number")
        << QByteArray(R"({"format": "cachetutor-lesson", "version": 1, "name": 1, "title": "T", "script": "x = 1"})")
        << list({"t.json: name: expected a string, got 1"});
    QTest::newRow("title empty")
        << QByteArray(R"({"format": "cachetutor-lesson", "version": 1, "name": "t", "title": "", "script": "x = 1"})")
        << list({"t.json: title: expected a non-empty string, got \"\""});
    QTest::newRow("optional string of the wrong type") << QByteArray("{" REQUIRED R"(, "note": ["a"], "duration": false})")
                                                       << list({"t.json: duration: expected a string, got false",
                                                                "t.json: note: expected a string, got an array"});
    QTest::newRow("strings of the wrong type, in field order")
        << QByteArray("{" REQUIRED R"(, "framework": 1, "transcript": {"text": "x"}, "note": null, "description": "ok", )"
                      R"("scriptName": 0.5})")
        << list({"t.json: framework: expected a string, got 1", "t.json: scriptName: expected a string, got 0.5",
                 "t.json: transcript: expected a string, got an object", "t.json: note: expected a string, got null"});

    QTest::newRow("a long value is cut short in the message")
        << QByteArray(R"({"format": "cachetutor-lesson", "version": 1, "title": "T", "script": "x = 1", "name": ")"
                      + QByteArray(70, 'N') + R"("})")
        << QStringList{QStringLiteral("t.json: name: expected lower-case letters, digits and '-' only, got \"")
                       + QString(59, QLatin1Char('N')) + QString::fromUtf8("\u2026\"")};

    // ---- script
    const QByteArray head = R"({"format": "cachetutor-lesson", "version": 1, "name": "t", "title": "T", "script": )";
    QTest::newRow("script empty string") << head + R"(""})" << list({"t.json: script: expected a non-empty script"});
    QTest::newRow("script no lines") << head + "[]}" << list({"t.json: script: expected a non-empty script"});
    QTest::newRow("script a number") << head + "5}"
                                     << list({"t.json: script: expected a string or an array of lines, got 5"});
    QTest::newRow("script line not a string") << head + R"(["x = 1", 5]})"
                                              << list({"t.json: script[1]: expected a line of text, got 5"});
    QTest::newRow("script line with a line break") << head + R"(["x = 1\ny = 2"]})"
                                                   << list({"t.json: script[0]: expected one line, got a line break in \"x = 1\\ny = 2\""});

    // ---- wrong types at nested paths
    QTest::newRow("quiz not an array") << QByteArray("{" REQUIRED R"(, "quiz": {}})")
                                       << list({"t.json: quiz: expected an array, got an object"});
    QTest::newRow("quiz item not an object") << QByteArray("{" REQUIRED R"(, "quiz": ["q"]})")
                                             << list({"t.json: quiz[0]: expected an object, got \"q\""});
    QTest::newRow("label a number") << QByteArray("{" REQUIRED R"(, "conceptFlow": [{"label": "A"}, {"label": 3}]})")
                                    << list({"t.json: conceptFlow[1].label: expected a string, got 3"});
    QTest::newRow("litBy not an array") << QByteArray("{" REQUIRED R"(, "conceptFlow": [{"label": "A", "litBy": "start"}]})")
                                        << list({"t.json: conceptFlow[0].litBy: expected an array, got \"start\""});
    QTest::newRow("litBy event a boolean") << QByteArray("{" REQUIRED R"(, "conceptFlow": [{"label": "A", "litBy": [true]}]})")
                                           << list({"t.json: conceptFlow[0].litBy[0]: expected a string, got true"});
    QTest::newRow("steps not an array")
        << QByteArray("{" REQUIRED R"(, "keyMoments": [{"question": "Q", "answer": "A", "steps": "3"}]})")
        << list({"t.json: keyMoments[0].steps: expected an array, got \"3\""});
    QTest::newRow("snapshot bullet null") << QByteArray("{" REQUIRED R"(, "snapshot": ["a", null, ""]})")
                                          << list({"t.json: snapshot[1]: expected a string, got null",
                                                   "t.json: snapshot[2]: expected a non-empty string, got \"\""});
    QTest::newRow("backend not an object") << QByteArray("{" REQUIRED R"(, "backend": []})")
                                           << list({"t.json: backend: expected an object, got an array"});

    // ---- unknown fields
    QTest::newRow("unknown top-level field") << QByteArray("{" REQUIRED R"(, "quizz": []})")
                                             << list({"t.json: unknown field \"quizz\""});
    QTest::newRow("unknown fields, nested")
        << QByteArray("{" REQUIRED R"(, "backend": {"timeout": 5}, "quiz": [{"question": "Q", "options": ["a", "b"], )"
                      R"("answer": "A", "hints": "h"}], "keyMoments": [{"question": "Q", "answer": "A", "step": 1}]})")
        << list({"t.json: backend: unknown field \"timeout\"", "t.json: keyMoments[0]: unknown field \"step\"",
                 "t.json: quiz[0]: unknown field \"hints\""});

    // ---- concept-flow events
    QTest::newRow("unknown flow events")
        << QByteArray("{" REQUIRED R"(, "conceptFlow": [{"label": "A", "litBy": ["cache.gett", "cache.set:hitt", "print:hit", "Start"]}]})")
        << list({"t.json: conceptFlow[0].litBy[0]: unknown flow event \"cache.gett\"",
                 "t.json: conceptFlow[0].litBy[1]: unknown flow event \"cache.set:hitt\"",
                 "t.json: conceptFlow[0].litBy[2]: unknown flow event \"print:hit\"",
                 "t.json: conceptFlow[0].litBy[3]: unknown flow event \"Start\""});

    // ---- quiz answers and options
    const QByteArray quizHead = "{" REQUIRED R"(, "quiz": [{"question": "Q", "options": )";
    QTest::newRow("answer letter beyond the options") << quizHead + R"(["a", "b", "c", "d"], "answer": "E"}]})"
                                                      << list({"t.json: quiz[0].answer: expected a letter A–D naming one of the 4 options, got \"E\""});
    QTest::newRow("answer beyond two options") << quizHead + R"(["a", "b"], "answer": "C"}]})"
                                               << list({"t.json: quiz[0].answer: expected a letter A–B naming one of the 2 options, got \"C\""});
    QTest::newRow("answer lower-case") << quizHead + R"(["a", "b", "c"], "answer": "c"}]})"
                                       << list({"t.json: quiz[0].answer: expected a letter A–C naming one of the 3 options, got \"c\""});
    QTest::newRow("answer an index") << quizHead + R"(["a", "b", "c"], "answer": 2}]})"
                                     << list({"t.json: quiz[0].answer: expected a letter A–C naming one of the 3 options, got 2"});
    QTest::newRow("answer two letters") << quizHead + R"(["a", "b", "c"], "answer": "AB"}]})"
                                        << list({"t.json: quiz[0].answer: expected a letter A–C naming one of the 3 options, got \"AB\""});
    QTest::newRow("one option") << quizHead + R"(["a"], "answer": "A"}]})"
                                << list({"t.json: quiz[0].options: expected at least 2 options, got 1"});
    QTest::newRow("no options, answer still checked for form") << quizHead + R"([], "answer": "?"}]})"
                                                               << list({"t.json: quiz[0].options: expected at least 2 options, got 0",
                                                                        "t.json: quiz[0].answer: expected a letter naming one of the options, got \"?\""});
    QTest::newRow("27 options")
        << quizHead + R"(["a","b","c","d","e","f","g","h","i","j","k","l","m","n","o","p","q","r","s","t","u","v","w","x","y","z","aa"], "answer": "A"}]})"
        << list({"t.json: quiz[0].options: expected at most 26 options (A–Z), got 27"});
    QTest::newRow("empty option") << quizHead + R"(["a", ""], "answer": "A"}]})"
                                  << list({"t.json: quiz[0].options[1]: expected a non-empty string, got \"\""});
    QTest::newRow("second question") << QByteArray("{" REQUIRED R"(, "quiz": [{"question": "Q", "options": ["a", "b"], "answer": "B"}, )"
                                                   R"({"question": "R", "options": ["a", "b", "c", "d"], "answer": "E", "hint": 1}]})")
                                     << list({"t.json: quiz[1].answer: expected a letter A–D naming one of the 4 options, got \"E\"",
                                              "t.json: quiz[1].hint: expected a string, got 1"});

    // ---- question kinds and their fields
    const QByteArray q = "{" REQUIRED R"(, "quiz": [{"question": "Q", )";
    const QString columns = QStringLiteral("Step, Action, Key, Value Stored/Retrieved, Cache State, Output, Notes");
    QTest::newRow("unknown kind") << q + R"("kind": "open", "options": ["a", "b"], "answer": "A"}]})"
                                  << list({"t.json: quiz[0].kind: expected \"choice\", \"predict\" or \"what-if\", got \"open\""});
    QTest::newRow("choice without options and answer") << q + R"("kind": "choice"}]})"
                                                       << list({"t.json: quiz[0]: missing field \"options\"",
                                                                "t.json: quiz[0]: missing field \"answer\""});
    QTest::newRow("predict without answerFrom") << q + R"("kind": "predict", "options": ["a", "b"]}]})"
                                                << list({"t.json: quiz[0]: missing field \"answerFrom\""});
    QTest::newRow("predict with a written answer")
        << q + R"("kind": "predict", "options": ["a", "b"], "answer": "A", "answerFrom": {"cell": "Output", "step": 1}}]})"
        << list({"t.json: quiz[0].answer: expected no \"answer\" in a \"predict\" question: the answer is computed from \"answerFrom\""});
    QTest::newRow("predict from a first step")
        << q + R"("kind": "predict", "answerFrom": {"firstStep": {"column": "Output", "equals": "None"}}}]})"
        << list({"t.json: quiz[0].answerFrom: expected {\"cell\": COLUMN, \"step\": N} in a \"predict\" question: what a step outputs or stores"});
    QTest::newRow("predict with one option")
        << q + R"("kind": "predict", "options": ["a"], "answerFrom": {"cell": "Output", "step": 1}}]})"
        << list({"t.json: quiz[0].options: expected at least 2 options, got 1"});
    QTest::newRow("what-if without whatIf and changes") << q + R"("kind": "what-if", "options": ["a", "b"], "answer": "A"}]})"
                                                        << list({"t.json: quiz[0]: missing field \"whatIf\"",
                                                                 "t.json: quiz[0]: missing field \"changes\""});
    QTest::newRow("what-if fields in a choice question")
        << q + R"("options": ["a", "b"], "answer": "A", "whatIf": {"line": 1, "replace": "x"}, "changes": []}]})"
        << list({"t.json: quiz[0].whatIf: expected no \"whatIf\" in a \"choice\" question",
                 "t.json: quiz[0].changes: expected no \"changes\" in a \"choice\" question"});
    QTest::newRow("answerFrom in a what-if question")
        << q + R"("kind": "what-if", "options": ["a", "b"], "answer": "A", "answerFrom": {"cell": "Output", "step": 1},
                  "whatIf": {"line": 1, "replace": "x = 2"}, "changes": []}]})"
        << list({"t.json: quiz[0].answerFrom: expected no \"answerFrom\" in a \"what-if\" question"});
    QTest::newRow("what-if line beyond the script")
        << q + R"("kind": "what-if", "options": ["a", "b"], "answer": "A", "whatIf": {"line": 2, "replace": "x = 2"}, "changes": []}]})"
        << list({"t.json: quiz[0].whatIf.line: expected a line of the script, 1 to 1, got 2"});
    QTest::newRow("what-if replacement of two lines, unknown field")
        << q + R"("kind": "what-if", "options": ["a", "b"], "answer": "A",
                  "whatIf": {"line": 0, "replace": "x = 2\ny = 3", "with": 1}, "changes": [{"step": 0, "column": "Step"}, {"cell": "Key"}]}]})"
        << list({"t.json: quiz[0].whatIf.line: expected a line of the script, 1 to 1, got 0",
                 "t.json: quiz[0].whatIf.replace: expected one line, got a line break in \"x = 2\\ny = 3\"",
                 "t.json: quiz[0].whatIf: unknown field \"with\"",
                 "t.json: quiz[0].changes[0].step: expected a step number of at least 1, got 0",
                 "t.json: quiz[0].changes[0].column: expected a column other than \"Step\", which only numbers the rows",
                 "t.json: quiz[0].changes[1]: missing field \"step\"", "t.json: quiz[0].changes[1]: missing field \"column\"",
                 "t.json: quiz[0].changes[1]: unknown field \"cell\""});
    QTest::newRow("columns not in the table")
        << q + R"("options": ["a", "b"], "answer": "A", "hintCells": {"column": "output", "steps": [1]},
                  "answerFrom": {"cell": "Value", "step": 1}}]})"
        << QStringList{QStringLiteral("t.json: quiz[0].hintCells.column: expected a column of the execution table (%1), got \"output\"").arg(columns),
                       QStringLiteral("t.json: quiz[0].answerFrom.cell: expected a column of the execution table (%1), got \"Value\"").arg(columns)};
    QTest::newRow("hint cells empty, proof step 0, explanation a number")
        << q + R"("options": ["a", "b"], "answer": "A", "hintCells": {}, "explanation": 1, "proofStep": 0}]})"
        << list({"t.json: quiz[0].hintCells: expected \"column\", \"steps\" or both",
                 "t.json: quiz[0].explanation: expected a string, got 1",
                 "t.json: quiz[0].proofStep: expected a step number of at least 1, got 0"});
    QTest::newRow("answerFrom of two shapes") << q + R"("options": ["a", "b"], "answer": "A",
                                                        "answerFrom": {"cell": "Key", "variable": "x"}}]})"
                                              << list({"t.json: quiz[0].answerFrom: expected exactly one of \"cell\", \"firstStep\" or \"variable\", got \"cell\", \"variable\""});
    QTest::newRow("answerFrom of no shape") << q + R"("options": ["a", "b"], "answer": "A", "answerFrom": {"step": 2}}]})"
                                            << list({"t.json: quiz[0].answerFrom: expected exactly one of \"cell\", \"firstStep\" or \"variable\", got none"});
    QTest::newRow("answerFrom fields missing or wrong")
        << QByteArray("{" REQUIRED R"(, "quiz": [
               {"question": "Q", "options": ["a", "b"], "answer": "A", "answerFrom": {"cell": "Key"}},
               {"question": "Q", "options": ["a", "b"], "answer": "A", "answerFrom": {"firstStep": {"column": "Key"}}},
               {"question": "Q", "options": ["a", "b"], "answer": "A", "answerFrom": {"variable": "", "afterStep": -1, "step": 1}}]})")
        << list({"t.json: quiz[0].answerFrom: missing field \"step\"",
                 "t.json: quiz[1].answerFrom.firstStep: missing field \"equals\"",
                 "t.json: quiz[2].answerFrom.variable: expected a non-empty string, got \"\"",
                 "t.json: quiz[2].answerFrom.afterStep: expected a step number of at least 1, got -1",
                 "t.json: quiz[2].answerFrom: unknown field \"step\""});

    // ---- key-moment steps
    const QByteArray momentHead = "{" REQUIRED R"(, "keyMoments": [{"question": "Q", "answer": "A", "steps": )";
    QTest::newRow("step 0") << momentHead + "[3, 0]}]}"
                            << list({"t.json: keyMoments[0].steps[1]: expected a step number of at least 1, got 0"});
    QTest::newRow("negative step") << momentHead + "[-2]}]}"
                                   << list({"t.json: keyMoments[0].steps[0]: expected a step number of at least 1, got -2"});
    QTest::newRow("fractional step") << momentHead + "[2.5]}]}"
                                     << list({"t.json: keyMoments[0].steps[0]: expected a step number of at least 1, got 2.5"});
    QTest::newRow("step as a string") << momentHead + R"(["3"]}]})"
                                      << list({"t.json: keyMoments[0].steps[0]: expected a step number of at least 1, got \"3\""});
    QTest::newRow("step too large") << momentHead + "[3000000000]}]}"
                                    << list({"t.json: keyMoments[0].steps[0]: expected a step number of at most 2147483647, got 3000000000"});

    // ---- annotations
    const QByteArray annotationHead = "{" REQUIRED R"(, "annotations": )";
    QTest::newRow("annotations not an array") << annotationHead + R"({"step": 1, "text": "T"}})"
                                              << list({"t.json: annotations: expected an array, got an object"});
    QTest::newRow("annotation step 0 and empty text") << annotationHead + R"([{"step": 1, "text": "T"}, {"step": 0, "text": ""}]})"
                                                      << list({"t.json: annotations[1].step: expected a step number of at least 1, got 0",
                                                               "t.json: annotations[1].text: expected a non-empty string, got \"\""});
    QTest::newRow("annotation fields missing") << annotationHead + R"([{}]})"
                                               << list({"t.json: annotations[0]: missing field \"step\"",
                                                        "t.json: annotations[0]: missing field \"text\""});
    QTest::newRow("annotation step a string, unknown field")
        << annotationHead + R"([{"step": "3", "text": "T", "steps": [3]}]})"
        << list({"t.json: annotations[0].step: expected a step number of at least 1, got \"3\"",
                 "t.json: annotations[0]: unknown field \"steps\""});
    QTest::newRow("annotation text a number") << annotationHead + R"([{"step": 2, "text": 5}]})"
                                              << list({"t.json: annotations[0].text: expected a string, got 5"});

    // ---- backend values: the command line's rules
    const QByteArray backendHead = "{" REQUIRED R"(, "backend": )";
    QTest::newRow("MAX_ENTRIES a string") << backendHead + R"({"MAX_ENTRIES": "300"}})"
                                          << list({"t.json: backend.MAX_ENTRIES: expected an integer, got \"300\""});
    QTest::newRow("MAX_ENTRIES fractional") << backendHead + R"({"MAX_ENTRIES": 2.5}})"
                                            << list({"t.json: backend.MAX_ENTRIES: expected an integer, got 2.5"});
    QTest::newRow("MAX_ENTRIES beyond 64 bits") << backendHead + R"({"MAX_ENTRIES": 1e30}})"
                                                << list({"t.json: backend.MAX_ENTRIES: expected an integer, got 1e+30"});
    QTest::newRow("CULL_FREQUENCY null") << backendHead + R"({"CULL_FREQUENCY": null}})"
                                         << list({"t.json: backend.CULL_FREQUENCY: expected an integer, got null"});
    QTest::newRow("TIMEOUT a string") << backendHead + R"({"TIMEOUT": "300"}})"
                                      << list({"t.json: backend.TIMEOUT: expected a number of seconds or null, got \"300\""});
    QTest::newRow("TIMEOUT a boolean") << backendHead + R"({"TIMEOUT": true}})"
                                       << list({"t.json: backend.TIMEOUT: expected a number of seconds or null, got true"});
    QTest::newRow("KEY_PREFIX a number") << backendHead + R"({"KEY_PREFIX": 5}})"
                                         << list({"t.json: backend.KEY_PREFIX: expected a string, got 5"});
    QTest::newRow("VERSION fractional") << backendHead + R"({"VERSION": 1.5}})"
                                        << list({"t.json: backend.VERSION: expected an integer, got 1.5"});

    // ---- translations: text only, each list item for item with the lesson's
    const QByteArray translated = QByteArray("{" REQUIRED R"(, "conceptFlow": [{"label": "Start"}, {"label": "End"}],)"
                                             R"( "quiz": [{"question": "Q?", "options": ["a", "b"], "answer": "A"}],)"
                                             R"( "translations": )");
    QTest::newRow("translations not an object") << translated + R"([]})"
                                                << list({"t.json: translations: expected an object, got an array"});
    QTest::newRow("translation language not a code")
        << translated + R"({"German": {"title": "T"}}})"
        << list({"t.json: translations: expected a language code such as \"de\" or \"pt_BR\", got \"German\""});
    QTest::newRow("translation not an object") << translated + R"({"de": "Titel"}})"
                                               << list({"t.json: translations.de: expected an object, got \"Titel\""});
    QTest::newRow("translation of a field that is not text")
        << translated + R"({"de": {"title": "T", "script": "y = 2\n", "answer": "B"}}})"
        << list({"t.json: translations.de: unknown field \"answer\"", "t.json: translations.de: unknown field \"script\""});
    QTest::newRow("translated title empty") << translated + R"({"es": {"title": ""}}})"
                                            << list({"t.json: translations.es.title: expected a non-empty string, got \"\""});
    QTest::newRow("translated concept flow one label short")
        << translated + R"({"de": {"conceptFlow": ["Anfang"]}}})"
        << list({"t.json: translations.de.conceptFlow: expected one entry per concept-flow node of the lesson: 2, got 1"});
    QTest::newRow("translated quiz options one too many")
        << translated + R"({"de": {"quiz": [{"options": ["a", "b", "c"]}]}}})"
        << list({"t.json: translations.de.quiz[0].options: expected one entry per option of the lesson: 2, got 3"});
    QTest::newRow("translated quiz question with an unknown field")
        << translated + R"({"pt_BR": {"quiz": [{"question": "P?", "answerFrom": {"cell": "Output", "step": 1}}]}}})"
        << list({"t.json: translations.pt_BR.quiz[0]: unknown field \"answerFrom\""});
    QTest::newRow("translated key moments where the lesson has none")
        << translated + R"({"de": {"keyMoments": [{"question": "F?", "answer": "A"}]}}})"
        << list({"t.json: translations.de.keyMoments: expected one entry per key moment of the lesson: 0, got 1"});
}

void TestLessonReader::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const LessonReadResult result = readJson(json);
    QCOMPARE(result.errors, expected);
    QVERIFY(!result.lesson);
}

void TestLessonReader::fileErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // written to the file; "<none>" for no file
    QTest::addColumn<QString>("expected");   // "%1" stands for the path

    QTest::newRow("missing file") << QByteArray("<none>") << QStringLiteral("%1: cannot read: No such file or directory");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("%1: empty file");
    // One byte over the limit; a lesson is a few kilobytes.
    QTest::newRow("oversized file") << QByteArray(LessonReader::MaxFileSize + 1, ' ')
                                    << QStringLiteral("%1: too large: 5242881 bytes, the limit is 5 MB");
    QTest::newRow("not an object") << QByteArray("[]\n") << QStringLiteral("%1: expected a JSON object at the top level, got an array");
    QTest::newRow("invalid JSON") << QByteArray("{\"a\":\n\n   x}") << QStringLiteral("%1: line 3, column 4: not valid JSON: illegal number");
}

void TestLessonReader::fileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lesson.json"));
    if (content != "<none>") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    const LessonReadResult result = LessonReader::readFile(path);
    QCOMPARE(result.errors, QStringList{expected.arg(path)});
    QVERIFY(!result.lesson);
}

void TestLessonReader::readFileReadsAnyPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{" REQUIRED R"(, "name": "mine"})");
    file.close();
    const LessonReadResult result = LessonReader::readFile(path);
    QCOMPARE(result.errors, QStringList());
    QVERIFY(result.lesson);
    QCOMPARE(result.lesson->name, QStringLiteral("mine"));

    const LessonReadResult folder = LessonReader::readFile(dir.path());
    QCOMPARE(folder.errors, QStringList{dir.path() + QLatin1String(": cannot read: it is a folder, not a file")});
}

void TestLessonReader::severalErrorsTogether()
{
    const QByteArray json = R"({
        "format": "cachetutor-lesson", "version": 1, "name": "Bad Name", "title": "T", "script": "x = 1",
        "backend": {"MAX_ENTRIES": "many", "TIMEOUT": "soon"},
        "conceptFlow": [{"label": "A", "litBy": ["cache.sett"]}],
        "keyMoments": [{"question": "Q", "answer": "A", "steps": [1, 0, -1]}],
        "quiz": [{"question": "Q", "options": ["a", "b", "c", "d"], "answer": "E"},
                 {"question": "R", "options": ["a"], "answer": "A", "hints": ""}],
        "quizz": []
    })";
    const LessonReadResult result = readJson(json);
    QVERIFY(!result.lesson);
    QCOMPARE(result.errors,
             list({"t.json: name: expected lower-case letters, digits and '-' only, got \"Bad Name\"",
                   "t.json: backend.TIMEOUT: expected a number of seconds or null, got \"soon\"",
                   "t.json: backend.MAX_ENTRIES: expected an integer, got \"many\"",
                   "t.json: conceptFlow[0].litBy[0]: unknown flow event \"cache.sett\"",
                   "t.json: keyMoments[0].steps[1]: expected a step number of at least 1, got 0",
                   "t.json: keyMoments[0].steps[2]: expected a step number of at least 1, got -1",
                   "t.json: quiz[0].answer: expected a letter A–D naming one of the 4 options, got \"E\"",
                   "t.json: quiz[1].options: expected at least 2 options, got 1",
                   "t.json: quiz[1]: unknown field \"hints\"", "t.json: unknown field \"quizz\""}));
}

// Every prefix of the shipped lesson is either that lesson or a list of errors, never a crash.
void TestLessonReader::neverCrashesOnTruncatedFiles()
{
    QFile file(QStringLiteral(":/lessons/01-basics.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    for (qsizetype size = 0; size < json.size(); ++size) {
        const LessonReadResult result = LessonReader::read(json.left(size), QStringLiteral("01-basics.json"));
        QCOMPARE(result.lesson.has_value(), result.errors.isEmpty());
        // The last bytes are blanks after the closing brace.
        if (json.mid(size).trimmed().isEmpty())
            QVERIFY(result.lesson);
        else
            QVERIFY2(!result.errors.isEmpty(), qPrintable(QString::number(size)));
    }
}

QTEST_GUILESS_MAIN(TestLessonReader)
#include "tst_lessonreader.moc"
