// Tests for TraceFormatter (every format, on the lesson script and on traces
// with errors, warnings, several calls per step, Unicode and the step limit)
// and for the cachetutor-trace executable built on it.

#include "interpreter.h"
#include "testscripts.h"
#include "traceformatter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cachetutor;
using namespace cachetutor::testing;

namespace {

const char *const kLessonTable = R"(Step  Action        Key      Value Stored/Retrieved  Cache State         Output
----  ------------  -------  ----------------------  ------------------  -------
1     cache.set     'greet'  'Hello'                 {'greet': 'Hello'}  None
2     cache.get     'greet'  'Hello'                 {'greet': 'Hello'}  'Hello'
3     cache.delete  'greet'                          {}                  True
4     cache.get     'greet'  None                    {}                  None
)";

const char *const kLessonTracker = R"(Variable            Start  After Step 1        After Step 2        After Step 3  After Step 4
------------------  -----  ------------------  ------------------  ------------  ------------
value               N/A    N/A                 'Hello'             'Hello'       'Hello'
value_after_delete  N/A    N/A                 N/A                 N/A           None
cache contents      {}     {'greet': 'Hello'}  {'greet': 'Hello'}  {}            {}
)";

const char *const kLessonJson = R"({"steps": [
{"step": 1, "line": 2, "action": "cache.set", "args": ["'greet'", "'Hello'", "10"], "kwargs": {}, "key": "'greet'", "output": "None", "error": null, "warnings": [], "state": "{'greet': 'Hello'}", "variables": {}, "clock": 0.0, "stdout": ""},
{"step": 2, "line": 3, "action": "cache.get", "args": ["'greet'"], "kwargs": {}, "key": "'greet'", "output": "'Hello'", "error": null, "warnings": [], "state": "{'greet': 'Hello'}", "variables": {"value": "'Hello'"}, "clock": 0.0, "stdout": ""},
{"step": 3, "line": 4, "action": "cache.delete", "args": ["'greet'"], "kwargs": {}, "key": "'greet'", "output": "True", "error": null, "warnings": [], "state": "{}", "variables": {"value": "'Hello'"}, "clock": 0.0, "stdout": ""},
{"step": 4, "line": 5, "action": "cache.get", "args": ["'greet'"], "kwargs": {}, "key": "'greet'", "output": "None", "error": null, "warnings": [], "state": "{}", "variables": {"value": "'Hello'", "value_after_delete": "None"}, "clock": 0.0, "stdout": ""}
], "status": "completed", "error": null}
)";

const char *const kLessonCsv = "Step,Action,Key,Value Stored/Retrieved,Cache State,Output\r\n"
                               "1,cache.set,'greet','Hello',{'greet': 'Hello'},None\r\n"
                               "2,cache.get,'greet','Hello',{'greet': 'Hello'},'Hello'\r\n"
                               "3,cache.delete,'greet',,{},True\r\n"
                               "4,cache.get,'greet',None,{},None\r\n";

const char *const kLessonMarkdown = R"(| Step | Action | Key | Value Stored/Retrieved | Cache State | Output |
| ---: | --- | --- | --- | --- | --- |
| 1 | `cache.set` | `'greet'` | `'Hello'` | `{'greet': 'Hello'}` | `None` |
| 2 | `cache.get` | `'greet'` | `'Hello'` | `{'greet': 'Hello'}` | `'Hello'` |
| 3 | `cache.delete` | `'greet'` |  | `{}` | `True` |
| 4 | `cache.get` | `'greet'` | `None` | `{}` | `None` |
)";

const char *const kLessonSummary = R"(Script:       lesson1_basics.py
Status:       completed
Steps:        4
Cache calls:  4 (1 hit, 1 miss)
Final cache:  {}
Clock:        0.0 s
Variables:    value = 'Hello'
              value_after_delete = None
Traced in 0.123 s
)";

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::unique_ptr<Trace> run(const char *source, RunOptions options = {})
{
    if (options.fileName == RunOptions().fileName)
        options.fileName = "lesson1_basics.py";
    return traceScript(source, options);
}

QString examplePath(const char *name)
{
    return QStringLiteral(CACHETUTOR_SOURCE_DIR "/examples/") + QLatin1String(name);
}

QStringList list(std::initializer_list<const char *> words)
{
    QStringList result;
    for (const char *word : words)
        result << QString::fromUtf8(word);
    return result;
}

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult runTracer(const QStringList &arguments, const QString &workingDirectory, const QByteArray &input = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(CACHETUTOR_TRACE_EXE), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestTraceFormatter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void formatNames_data();
    void formatNames();
    void jsonString_data();
    void jsonString();

    void lessonExampleIsTheLesson();
    void lessonFacts();
    void lessonFormats_data();
    void lessonFormats();

    void severalCallsInOneStep();
    void errorsAndWarnings();
    void statementErrorWithoutCall();
    void printAndSleep();
    void unicodeLinesUp();
    void csvQuoting();
    void markdownEscaping();
    void jsonIsValidAndEscaped();
    void raisedTrace();
    void stepLimit();
    void trackerLeavesOutLateSteps();
    void emptyTrace();

    void cli_data();
    void cli();
    void cliPrintsTheTable();
    void cliKeyWarningsOnce();
    void cliTraceback();

private:
    QTemporaryDir m_dir;
};

void TestTraceFormatter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const std::pair<const char *, const char *> scripts[] = {
        {"raise.py", "from django.core.cache import cache\ncache.set('a', 1)\ncache.incr('x')\nprint('not reached')\n"},
        {"syntax.py", "from django.core.cache import cache\ncache.set('a'\n"},
        {"unsupported.py", "class Greeting:\n    pass\n"},
        {"warn.py", "from django.core.cache import cache\ncache.set('a b', 1)\ncache.get('a b')\ncache.set('c d', 2)\n"},
        {"loop.py", "n = 0\nwhile True:\n    n = n + 1\n"},
        {"badoption.py", "# cachetutor: --max-entries lots\nx = 1\n"},
    };
    for (const auto &[name, source] : scripts) {
        QFile file(m_dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(source);
    }
}

void TestTraceFormatter::formatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: not a format

    QTest::newRow("table") << "table" << int(TraceFormat::Table);
    QTest::newRow("tracker") << "tracker" << int(TraceFormat::Tracker);
    QTest::newRow("json") << "json" << int(TraceFormat::Json);
    QTest::newRow("csv") << "csv" << int(TraceFormat::Csv);
    QTest::newRow("markdown") << "markdown" << int(TraceFormat::Markdown);
    QTest::newRow("summary") << "summary" << int(TraceFormat::Summary);
    QTest::newRow("unknown") << "xml" << -1;
    QTest::newRow("case matters") << "Table" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestTraceFormatter::formatNames()
{
    QFETCH(QString, name);
    QFETCH(int, format);

    const auto parsed = TraceFormatter::formatFromName(name.toStdString());
    QCOMPARE(parsed ? int(*parsed) : -1, format);
    if (parsed)
        QCOMPARE(q(TraceFormatter::formatName(*parsed)), name);
}

void TestTraceFormatter::jsonString_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QByteArray("greet") << QByteArray(R"("greet")");
    QTest::newRow("empty") << QByteArray() << QByteArray(R"("")");
    QTest::newRow("quote") << QByteArray(R"(say "hi")") << QByteArray(R"("say \"hi\"")");
    QTest::newRow("backslash") << QByteArray(R"(a\b)") << QByteArray(R"("a\\b")");
    QTest::newRow("newline, tab, return") << QByteArray("a\nb\tc\rd") << QByteArray(R"("a\nb\tc\rd")");
    QTest::newRow("backspace, form feed") << QByteArray("\b\f") << QByteArray(R"("\b\f")");
    QTest::newRow("other controls") << QByteArray("\x01\x1f\x1b", 3) << QByteArray(R"("\u0001\u001f\u001b")");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QByteArray(R"("a\u0000b")");
    QTest::newRow("DEL stays") << QByteArray("\x7f") << QByteArray("\"\x7f\"");
    QTest::newRow("UTF-8 stays") << QByteArray("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80")
                                 << QByteArray("\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"");
    QTest::newRow("a repr") << QByteArray(R"('it\'s')") << QByteArray(R"("'it\\'s'")");
}

void TestTraceFormatter::jsonString()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);

    const std::string escaped = TraceFormatter::jsonString(std::string_view(text.constData(), std::size_t(text.size())));
    QCOMPARE(QByteArray::fromStdString(escaped), expected);
    // What we escape, a JSON parser reads back.
    const QJsonDocument document = QJsonDocument::fromJson("[" + expected + "]");
    QVERIFY(document.isArray());
    QCOMPARE(document.array().at(0).toString().toUtf8(), text);
}

void TestTraceFormatter::lessonExampleIsTheLesson()
{
    QFile file(examplePath("lesson1_basics.py"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(LessonScript));
}

void TestTraceFormatter::lessonFacts()
{
    const auto trace = run(LessonScript);
    QCOMPARE(trace->status(), Trace::Status::Completed);
    const auto rows = TraceFormatter(*trace).rows();
    QCOMPARE(rows.size(), std::size_t(4));

    const char *outputs[] = {"None", "'Hello'", "True", "None"};
    const char *states[] = {"{'greet': 'Hello'}", "{'greet': 'Hello'}", "{}", "{}"};
    const char *actions[] = {"cache.set", "cache.get", "cache.delete", "cache.get"};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(rows[std::size_t(i)].step, i + 1);
        QCOMPARE(q(rows[std::size_t(i)].action), QLatin1String(actions[i]));
        QCOMPARE(q(rows[std::size_t(i)].key), QStringLiteral("'greet'"));
        QCOMPARE(q(rows[std::size_t(i)].output), QLatin1String(outputs[i]));
        QCOMPARE(q(rows[std::size_t(i)].state), QLatin1String(states[i]));
        QCOMPARE(q(rows[std::size_t(i)].notes), QString());
    }
}

void TestTraceFormatter::lessonFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");

    QTest::newRow("table") << int(TraceFormat::Table) << QString::fromUtf8(kLessonTable);
    QTest::newRow("tracker") << int(TraceFormat::Tracker) << QString::fromUtf8(kLessonTracker);
    QTest::newRow("json") << int(TraceFormat::Json) << QString::fromUtf8(kLessonJson);
    QTest::newRow("csv") << int(TraceFormat::Csv) << QString::fromUtf8(kLessonCsv);
    QTest::newRow("markdown") << int(TraceFormat::Markdown) << QString::fromUtf8(kLessonMarkdown);
    QTest::newRow("summary") << int(TraceFormat::Summary) << QString::fromUtf8(kLessonSummary);
}

void TestTraceFormatter::lessonFormats()
{
    QFETCH(int, format);
    QFETCH(QString, expected);

    const auto trace = run(LessonScript);
    TraceFormatter formatter(*trace);
    formatter.setElapsedSeconds(0.123);
    QCOMPARE(q(formatter.format(TraceFormat(format))), expected);
}

void TestTraceFormatter::severalCallsInOneStep()
{
    const auto trace = run("from django.core.cache import cache\n"
                           "cache.set('n', cache.get('n', 0) + 1)\n"
                           "total = cache.get('n') + cache.incr('n')\n");
    const auto rows = TraceFormatter(*trace).rows();
    QCOMPARE(rows.size(), std::size_t(4));
    QCOMPARE(rows[0].step, 1);
    QCOMPARE(q(rows[0].action), QStringLiteral("cache.get"));
    QCOMPARE(q(rows[0].output), QStringLiteral("0"));
    QCOMPARE(q(rows[0].state), QStringLiteral("{}"));
    QCOMPARE(rows[1].step, 1);
    QCOMPARE(q(rows[1].action), QStringLiteral("cache.set"));
    QCOMPARE(q(rows[1].value), QStringLiteral("1"));
    QCOMPARE(q(rows[1].state), QStringLiteral("{'n': 1}"));
    QCOMPARE(rows[2].step, 2);
    QCOMPARE(q(rows[2].output), QStringLiteral("1"));
    QCOMPARE(q(rows[2].state), QStringLiteral("{'n': 1}"));
    QCOMPARE(rows[3].step, 2);
    QCOMPARE(q(rows[3].action), QStringLiteral("cache.incr"));
    QCOMPARE(q(rows[3].value), QStringLiteral("2"));
    QCOMPARE(q(rows[3].state), QStringLiteral("{'n': 2}"));

    // Both JSON events of step 2 carry the variables after the whole statement.
    const QJsonDocument json = QJsonDocument::fromJson(QByteArray::fromStdString(TraceFormatter(*trace).json()));
    const QJsonArray steps = json.object().value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 4);
    for (int i : {2, 3}) {
        QCOMPARE(steps.at(i).toObject().value(QStringLiteral("step")).toInt(), 2);
        QCOMPARE(steps.at(i).toObject().value(QStringLiteral("variables")).toObject().value(QStringLiteral("total")).toString(),
                 QStringLiteral("3"));
    }
}

void TestTraceFormatter::errorsAndWarnings()
{
    const auto trace = run("from django.core.cache import cache\n"
                           "try:\n"
                           "    cache.incr('x')\n"
                           "except ValueError as error:\n"
                           "    print(error)\n"
                           "cache.set('a b', 1)\n");
    QCOMPARE(trace->status(), Trace::Status::Completed);
    TraceFormatter formatter(*trace);
    const auto rows = formatter.rows();
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(q(rows[0].action), QStringLiteral("cache.incr"));
    QCOMPARE(q(rows[0].output), QStringLiteral("ValueError: Key ':1:x' not found"));
    QCOMPARE(q(rows[0].notes), QString());
    QCOMPARE(q(rows[1].action), QStringLiteral("print"));
    QCOMPARE(q(rows[1].output), QStringLiteral("Key ':1:x' not found"));
    const QString warning = QStringLiteral(
        "CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a b'");
    QCOMPARE(q(rows[2].notes), warning);

    // The Notes column appears because a row has a note.
    const QString table = q(formatter.table());
    QVERIFY(table.startsWith(QStringLiteral("Step  Action")));
    QVERIFY(table.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral("Notes")));
    QVERIFY(table.contains(warning));

    const QJsonArray steps = QJsonDocument::fromJson(QByteArray::fromStdString(formatter.json()))
                                 .object().value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 3);
    const QJsonObject incr = steps.at(0).toObject();
    QVERIFY(incr.value(QStringLiteral("output")).isNull());
    QCOMPARE(incr.value(QStringLiteral("error")).toString(), QStringLiteral("ValueError: Key ':1:x' not found"));
    QCOMPARE(steps.at(1).toObject().value(QStringLiteral("stdout")).toString(), QStringLiteral("Key ':1:x' not found\n"));
    QCOMPARE(steps.at(2).toObject().value(QStringLiteral("warnings")).toArray(), QJsonArray{warning});
}

void TestTraceFormatter::statementErrorWithoutCall()
{
    const auto trace = run("from django.core.cache import cache\n"
                           "try:\n"
                           "    x = 1 / 0\n"
                           "except ZeroDivisionError:\n"
                           "    cache.set('k', 'v')\n"
                           "try:\n"
                           "    y = cache.get('k') + 1\n"
                           "except TypeError:\n"
                           "    pass\n");
    TraceFormatter formatter(*trace);
    const auto rows = formatter.rows();
    QCOMPARE(rows.size(), std::size_t(4));
    QCOMPARE(q(rows[0].action), QStringLiteral("assign"));
    QCOMPARE(q(rows[0].output), QStringLiteral("ZeroDivisionError: division by zero"));
    // The get returned; the statement failed after it: the error is a note.
    QCOMPARE(q(rows[2].action), QStringLiteral("cache.get"));
    QCOMPARE(q(rows[2].output), QStringLiteral("'v'"));
    QCOMPARE(q(rows[2].notes), QStringLiteral("TypeError: can only concatenate str (not \"int\") to str"));
    QCOMPARE(q(rows[3].action), QStringLiteral("pass"));

    const QJsonArray steps = QJsonDocument::fromJson(QByteArray::fromStdString(formatter.json()))
                                 .object().value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("ZeroDivisionError: division by zero"));
    QCOMPARE(steps.at(2).toObject().value(QStringLiteral("output")).toString(), QStringLiteral("'v'"));
    QCOMPARE(steps.at(2).toObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("TypeError: can only concatenate str (not \"int\") to str"));
}

void TestTraceFormatter::printAndSleep()
{
    const auto trace = run("import time\n"
                           "from django.core.cache import cache\n"
                           "cache.set('s', 'v', 5)\n"
                           "time.sleep(5)\n"
                           "print('gone:', cache.get('s'), sep=' ', end='!\\n')\n"
                           "print('two\\nlines')\n");
    TraceFormatter formatter(*trace);
    const auto rows = formatter.rows();
    QCOMPARE(rows.size(), std::size_t(5));
    QCOMPARE(q(rows[1].action), QStringLiteral("time.sleep(5)"));
    // Expired at exactly set time + timeout.
    QCOMPARE(q(rows[1].state), QStringLiteral("{}"));
    QCOMPARE(q(rows[2].action), QStringLiteral("cache.get"));
    QCOMPARE(q(rows[3].action), QStringLiteral("print"));
    QCOMPARE(q(rows[3].output), QStringLiteral("gone: None!"));
    QCOMPARE(q(rows[4].output), QStringLiteral("two\nlines"));
    QVERIFY(q(formatter.table()).contains(QStringLiteral("two\\nlines\n")));

    // What the print events say they printed is what the script printed.
    const QJsonArray steps = QJsonDocument::fromJson(QByteArray::fromStdString(formatter.json()))
                                 .object().value(QStringLiteral("steps")).toArray();
    QString printed;
    for (const auto &step : steps)
        printed += step.toObject().value(QStringLiteral("stdout")).toString();
    QCOMPARE(printed, q(trace->stdoutText()));
    QCOMPARE(printed, QStringLiteral("gone: None!\ntwo\nlines\n"));
    QCOMPARE(steps.at(1).toObject().value(QStringLiteral("clock")).toDouble(), 5.0);
    QVERIFY(formatter.json().find("\"clock\": 5.0") != std::string::npos);
}

void TestTraceFormatter::unicodeLinesUp()
{
    const auto trace = run("from django.core.cache import cache\n"
                           "cache.set('clé', 'café')\n"
                           "cache.set('€', '😀')\n");
    const QString expected = QStringLiteral(
        "Step  Action     Key    Value Stored/Retrieved  Cache State                Output\n"
        "----  ---------  -----  ----------------------  -------------------------  ------\n"
        "1     cache.set  'clé'  'café'                  {'clé': 'café'}            None\n"
        "2     cache.set  '€'    '😀'                     {'clé': 'café', '€': '😀'}  None\n");
    QCOMPARE(q(TraceFormatter(*trace).table()), expected);
}

void TestTraceFormatter::csvQuoting()
{
    const auto trace = run("from django.core.cache import cache\n"
                           "cache.set('a', 'x, \"y\"')\n"
                           "print('line one\\nline two')\n");
    const QString csv = q(TraceFormatter(*trace).csv());
    const QString expected = QStringLiteral(
        "Step,Action,Key,Value Stored/Retrieved,Cache State,Output\r\n"
        "1,cache.set,'a',\"'x, \"\"y\"\"'\",\"{'a': 'x, \"\"y\"\"'}\",None\r\n"
        "2,print,,,\"{'a': 'x, \"\"y\"\"'}\",\"line one\nline two\"\r\n");
    QCOMPARE(csv, expected);
}

void TestTraceFormatter::markdownEscaping()
{
    const auto trace = run("from django.core.cache import cache\n"
                           "cache.set('a|b', '`x`')\n");
    const QString markdown = q(TraceFormatter(*trace).markdown());
    const QString expected = QStringLiteral(
        "| Step | Action | Key | Value Stored/Retrieved | Cache State | Output |\n"
        "| ---: | --- | --- | --- | --- | --- |\n"
        "| 1 | `cache.set` | `'a\\|b'` | ``'`x`'`` | ``{'a\\|b': '`x`'}`` | `None` |\n");
    QCOMPARE(markdown, expected);
}

void TestTraceFormatter::jsonIsValidAndEscaped()
{
    const auto trace = run("from django.core.cache import cache\n"
                           "s = 'tab\\there \"quoted\" back\\\\slash \\x01 é'\n"
                           "cache.set(s, s, timeout=None, version=2)\n");
    const std::string json = TraceFormatter(*trace).json();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.keys(), list({"error", "status", "steps"}));
    QCOMPARE(root.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QVERIFY(root.value(QStringLiteral("error")).isNull());

    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 2);
    const QString sRepr = QStringLiteral("'tab\\there \"quoted\" back\\\\slash \\x01 é'");
    const QJsonObject assign = steps.at(0).toObject();
    QCOMPARE(assign.value(QStringLiteral("action")).toString(), QStringLiteral("assign"));
    QCOMPARE(assign.value(QStringLiteral("args")).toArray(), QJsonArray());
    QCOMPARE(assign.value(QStringLiteral("kwargs")).toObject(), QJsonObject());
    QVERIFY(assign.value(QStringLiteral("key")).isNull());
    QVERIFY(assign.value(QStringLiteral("output")).isNull());
    QCOMPARE(assign.value(QStringLiteral("variables")).toObject().value(QStringLiteral("s")).toString(), sRepr);

    const QJsonObject set = steps.at(1).toObject();
    QCOMPARE(set.value(QStringLiteral("args")).toArray(), (QJsonArray{sRepr, sRepr}));
    QCOMPARE(set.value(QStringLiteral("kwargs")).toObject(),
             (QJsonObject{{QStringLiteral("timeout"), QStringLiteral("None")}, {QStringLiteral("version"), QStringLiteral("2")}}));
    QCOMPARE(set.value(QStringLiteral("key")).toString(), sRepr);

    // Every event on a line of its own, keys in the documented order.
    const QString text = q(json);
    QVERIFY(text.startsWith(QStringLiteral("{\"steps\": [\n{\"step\": 1, \"line\": 2, \"action\": \"assign\", \"args\": [], "
                                           "\"kwargs\": {}, \"key\": null, \"output\": null, \"error\": null, "
                                           "\"warnings\": [], \"state\": \"{}\", \"variables\": {\"s\": ")));
    QCOMPARE(text.count(QLatin1Char('\n')), 4);
}

void TestTraceFormatter::raisedTrace()
{
    const auto trace = run("from django.core.cache import cache\n"
                           "cache.set('a', 1)\n"
                           "cache.incr('x')\n"
                           "print('not reached')\n");
    QCOMPARE(trace->status(), Trace::Status::Raised);
    TraceFormatter formatter(*trace);
    const QString table = q(formatter.table());
    QVERIFY(table.endsWith(QStringLiteral("\n\nStopped at line 3 by ValueError: Key ':1:x' not found\n")));

    const QJsonObject root = QJsonDocument::fromJson(QByteArray::fromStdString(formatter.json())).object();
    QCOMPARE(root.value(QStringLiteral("status")).toString(), QStringLiteral("raised"));
    QCOMPARE(root.value(QStringLiteral("error")).toString(), QStringLiteral("ValueError: Key ':1:x' not found"));
    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 2);
    QVERIFY(!steps.at(0).toObject().contains(QStringLiteral("stopped")));
    QCOMPARE(steps.at(1).toObject().value(QStringLiteral("stopped")).toString(),
             QStringLiteral("Stopped at line 3 by ValueError: Key ':1:x' not found"));

    QVERIFY(q(formatter.summary()).contains(
        QStringLiteral("Status:       raised (Stopped at line 3 by ValueError: Key ':1:x' not found)\n")));
}

void TestTraceFormatter::stepLimit()
{
    RunOptions options;
    options.maxSteps = 10;
    const auto trace = run("n = 0\nwhile True:\n    n = n + 1\n", options);
    QCOMPARE(trace->status(), Trace::Status::StepLimit);
    TraceFormatter formatter(*trace);
    const QJsonObject root = QJsonDocument::fromJson(QByteArray::fromStdString(formatter.json())).object();
    QCOMPARE(root.value(QStringLiteral("status")).toString(), QStringLiteral("step_limit"));
    QVERIFY(root.value(QStringLiteral("error")).isNull());
    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), trace->stepCount());
    const QJsonObject last = steps.last().toObject();
    QCOMPARE(last.value(QStringLiteral("action")).toString(), q(actionName(Action::StepLimit)));
    const QString message = QStringLiteral("Step limit reached: the script was stopped after 10 steps "
                                           "(is there a loop that never ends?)");
    QCOMPARE(last.value(QStringLiteral("error")).toString(), message);
    QCOMPARE(last.value(QStringLiteral("stopped")).toString(), message);
    QVERIFY(q(formatter.table()).endsWith(QStringLiteral("\n\n") + message + QLatin1Char('\n')));
    QVERIFY(q(formatter.summary()).contains(QStringLiteral("Status:       step_limit (") + message + QStringLiteral(")\n")));
}

void TestTraceFormatter::trackerLeavesOutLateSteps()
{
    const auto trace = run("for i in range(30):\n    pass\n");
    QCOMPARE(trace->stepCount(), 60);
    TraceFormatter formatter(*trace);
    QString tracker = q(formatter.tracker());
    QString header = tracker.section(QLatin1Char('\n'), 0, 0);
    QVERIFY(header.endsWith(QStringLiteral("After Step 50")));
    QVERIFY(tracker.endsWith(QStringLiteral("\n(10 more steps not shown; the JSON format has them all)\n")));
    QVERIFY(tracker.section(QLatin1Char('\n'), 2, 2).startsWith(QStringLiteral("i               N/A    0             0             1")));

    formatter.setTrackerStepLimit(1);
    tracker = q(formatter.tracker());
    QCOMPARE(tracker, QStringLiteral("Variable        Start  After Step 1\n"
                                     "--------------  -----  ------------\n"
                                     "i               N/A    0\n"
                                     "cache contents  {}     {}\n"
                                     "\n(59 more steps not shown; the JSON format has them all)\n"));
}

void TestTraceFormatter::emptyTrace()
{
    const auto trace = run("from django.core.cache import cache\n");
    QCOMPARE(trace->stepCount(), 0);
    TraceFormatter formatter(*trace);
    QCOMPARE(q(formatter.table()),
             QStringLiteral("Step  Action  Key  Value Stored/Retrieved  Cache State  Output\n"
                            "----  ------  ---  ----------------------  -----------  ------\n"));
    QCOMPARE(q(formatter.json()), QStringLiteral("{\"steps\": [], \"status\": \"completed\", \"error\": null}\n"));
    QCOMPARE(q(formatter.tracker()), QStringLiteral("Variable        Start\n--------------  -----\ncache contents  {}\n"));
}

void TestTraceFormatter::cli_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");

    const QString lesson = examplePath("lesson1_basics.py");
    const QString lru = examplePath("lru_culling.py");
    QTest::newRow("json") << QStringList{lesson, QStringLiteral("--format"), QStringLiteral("json")} << 0
                          << QString::fromUtf8(kLessonJson) << QString();
    QTest::newRow("tracker") << QStringList{lesson, QStringLiteral("--format=tracker")} << 0
                             << QString::fromUtf8(kLessonTracker) << QString();
    QTest::newRow("summary") << QStringList{lesson, QStringLiteral("--format"), QStringLiteral("summary")} << 0
                             << QStringLiteral("Script:       %1\nStatus:       completed\nSteps:        4\n").arg(lesson)
                             << QString();
    QTest::newRow("options from the script") << QStringList{lru, QStringLiteral("--format"), QStringLiteral("summary")} << 0
                                             << "Final cache:  {'d': 4, 'e': 5, 'f': 6}\n" << QString();
    QTest::newRow("command line beats the script")
        << QStringList{lru, QStringLiteral("--max-entries"), QStringLiteral("300"), QStringLiteral("--format"), QStringLiteral("summary")}
        << 0 << "Final cache:  {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}\n" << QString();
    QTest::newRow("raised") << list({"raise.py"}) << 1 << "2     cache.incr  'x'" << "ValueError: Key ':1:x' not found\n";
    QTest::newRow("step limit") << list({"loop.py", "--max-steps", "10", "--format", "json"}) << 1
                                << "\"status\": \"step_limit\"" << "cachetutor-trace: stopped after 10 steps";
    QTest::newRow("syntax error") << list({"syntax.py"}) << 2 << QString() << "SyntaxError";
    QTest::newRow("unsupported") << list({"unsupported.py"}) << 2 << QString() << "not supported in CacheTutor";
    QTest::newRow("unknown option") << list({"raise.py", "--frobnicate"}) << 2 << QString()
                                    << "cachetutor-trace: --frobnicate: unknown option\nTry 'cachetutor-trace --help'.\n";
    QTest::newRow("bad value") << list({"raise.py", "--max-entries", "x"}) << 2 << QString()
                               << "cachetutor-trace: --max-entries: expected an integer, got 'x'\n";
    QTest::newRow("bad format") << list({"raise.py", "--format", "xml"}) << 2 << QString() << "unknown format 'xml'";
    QTest::newRow("no script") << list({"--format", "json"}) << 2 << QString() << "cachetutor-trace: no script given\n";
    QTest::newRow("two scripts") << list({"raise.py", "loop.py"}) << 2 << QString()
                                 << "cachetutor-trace: one script at a time, got 'raise.py' and 'loop.py'\n";
    QTest::newRow("missing file") << list({"nope.py"}) << 2 << QString()
                                  << "cachetutor-trace: cannot read 'nope.py': No such file or directory\n";
    QTest::newRow("a directory") << list({"."}) << 2 << QString()
                                 << "cachetutor-trace: cannot read '.': Is a directory\n";
    QTest::newRow("bad option in the script") << list({"badoption.py"}) << 2 << QString()
                                              << "cachetutor-trace: badoption.py:1: --max-entries: expected an integer, got 'lots'\n";
    QTest::newRow("help") << list({"--help"}) << 0 << "Usage: cachetutor-trace SCRIPT.py|- [options]" << QString();
}

void TestTraceFormatter::cli()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);

    const ProcessResult result = runTracer(arguments, m_dir.path());
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.contains(stdoutContains), qPrintable(result.out));
    if (stderrContains.isEmpty())
        QCOMPARE(result.err, QString());
    else
        QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
    if (exitCode == 2)
        QCOMPARE(result.out, QString()); // a run that could not start prints no trace
}

void TestTraceFormatter::cliPrintsTheTable()
{
    ProcessResult result = runTracer({examplePath("lesson1_basics.py")}, m_dir.path());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QString::fromUtf8(kLessonTable));
    QCOMPARE(result.err, QString());

    // '-' reads the script from stdin.
    result = runTracer(list({"-", "--format", "summary"}), m_dir.path(), LessonScript);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("Script:       <stdin>\nStatus:       completed\nSteps:        4\n")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("\nTraced in \\d+\\.\\d{3} s\n$"))));
}

void TestTraceFormatter::cliKeyWarningsOnce()
{
    const ProcessResult result = runTracer(list({"warn.py"}), m_dir.path());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err,
             QStringLiteral("warn.py:2: CacheKeyWarning: Cache key contains characters that will cause errors if used "
                            "with memcached: ':1:a b'\n"
                            "warn.py:4: CacheKeyWarning: Cache key contains characters that will cause errors if used "
                            "with memcached: ':1:c d'\n"));
}

void TestTraceFormatter::cliTraceback()
{
    const ProcessResult result = runTracer(list({"raise.py"}), m_dir.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QStringLiteral("Traceback (most recent call last):\n  File \"raise.py\", line 3")),
             qPrintable(result.err));
    QVERIFY(result.err.endsWith(QStringLiteral("ValueError: Key ':1:x' not found\n")));
    // The trace up to the error is still printed.
    QVERIFY(result.out.startsWith(QStringLiteral("Step  Action")));
    QVERIFY(result.out.contains(QStringLiteral("{'a': 1}")));
    QVERIFY(!result.out.contains(QStringLiteral("not reached")));
}

QTEST_GUILESS_MAIN(TestTraceFormatter)
#include "tst_traceformatter.moc"
