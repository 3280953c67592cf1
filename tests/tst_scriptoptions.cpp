// Tests for ScriptOptions: every option from the command line and from a
// script's `# cachetutor:` comment, their precedence, and every error text.

#include "scriptoptions.h"

#include <QStringList>
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

std::vector<std::string> toWords(const QStringList &list)
{
    std::vector<std::string> words;
    for (const QString &word : list)
        words.push_back(word.toStdString());
    return words;
}

// The options that are set, in a fixed order, so a table row can say what it expects in one string.
QString describe(const ScriptOptions &options)
{
    QStringList parts;
    if (options.maxEntries)
        parts << QStringLiteral("max-entries=%1").arg(*options.maxEntries);
    if (options.cullFrequency)
        parts << QStringLiteral("cull-frequency=%1").arg(*options.cullFrequency);
    if (options.keyPrefix)
        parts << QStringLiteral("key-prefix='%1'").arg(QString::fromStdString(*options.keyPrefix));
    if (options.version)
        parts << QStringLiteral("version=%1").arg(*options.version);
    if (options.timeout) {
        parts << (*options.timeout ? QStringLiteral("timeout=%1").arg(QString::fromStdString(floatRepr(**options.timeout)))
                                   : QStringLiteral("timeout=None"));
    }
    if (options.maxSteps)
        parts << QStringLiteral("max-steps=%1").arg(*options.maxSteps);
    if (options.format)
        parts << QStringLiteral("format=%1").arg(QString::fromStdString(std::string(TraceFormatter::formatName(*options.format))));
    return parts.join(QLatin1Char(' '));
}

QString errorText(const std::optional<OptionError> &error)
{
    return error ? QString::fromStdString(error->text()) : QString();
}

} // namespace

class TestScriptOptions : public QObject
{
    Q_OBJECT

private slots:
    void parseArguments_data();
    void parseArguments();
    void argumentErrors_data();
    void argumentErrors();
    void operands();
    void scriptComment_data();
    void scriptComment();
    void scriptCommentErrors_data();
    void scriptCommentErrors();
    void precedence_data();
    void precedence();
    void toRunOptions();
    void helpListsEveryOption();
};

void TestScriptOptions::parseArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing") << list({}) << QString();
    QTest::newRow("max-entries") << list({"--max-entries", "3"}) << "max-entries=3";
    QTest::newRow("name=value") << list({"--max-entries=3"}) << "max-entries=3";
    QTest::newRow("leading plus") << list({"--max-entries", "+5"}) << "max-entries=5";
    QTest::newRow("cull-frequency 0") << list({"--cull-frequency", "0"}) << "cull-frequency=0";
    QTest::newRow("key-prefix") << list({"--key-prefix", "site1"}) << "key-prefix='site1'";
    QTest::newRow("empty key-prefix") << list({"--key-prefix="}) << "key-prefix=''";
    QTest::newRow("key-prefix with '='") << list({"--key-prefix=a=b"}) << "key-prefix='a=b'";
    QTest::newRow("version") << list({"--version", "2"}) << "version=2";
    QTest::newRow("negative version") << list({"--version", "-1"}) << "version=-1";
    QTest::newRow("timeout") << list({"--timeout", "60"}) << "timeout=60.0";
    QTest::newRow("timeout truncated like int()") << list({"--timeout", "2.5"}) << "timeout=2.0";
    QTest::newRow("timeout -0.5 is 0") << list({"--timeout", "-0.5"}) << "timeout=0.0";
    QTest::newRow("negative timeout") << list({"--timeout", "-3.7"}) << "timeout=-3.0";
    QTest::newRow("timeout exponent") << list({"--timeout", "1e3"}) << "timeout=1000.0";
    QTest::newRow("timeout None") << list({"--timeout", "None"}) << "timeout=None";
    QTest::newRow("timeout none") << list({"--timeout=none"}) << "timeout=None";
    QTest::newRow("max-steps") << list({"--max-steps", "10"}) << "max-steps=10";
    QTest::newRow("format table") << list({"--format", "table"}) << "format=table";
    QTest::newRow("format tracker") << list({"--format", "tracker"}) << "format=tracker";
    QTest::newRow("format json") << list({"--format", "json"}) << "format=json";
    QTest::newRow("format csv") << list({"--format", "csv"}) << "format=csv";
    QTest::newRow("format markdown") << list({"--format", "markdown"}) << "format=markdown";
    QTest::newRow("format summary") << list({"--format=summary"}) << "format=summary";
    QTest::newRow("the later one wins") << list({"--max-entries", "3", "--max-entries", "5"}) << "max-entries=5";
    QTest::newRow("all of them")
        << list({"--max-entries", "3", "--cull-frequency", "2", "--key-prefix", "p", "--version", "4",
                       "--timeout", "None", "--max-steps", "99", "--format", "json"})
        << "max-entries=3 cull-frequency=2 key-prefix='p' version=4 timeout=None max-steps=99 format=json";
}

void TestScriptOptions::parseArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    ScriptOptions options;
    const auto error = options.parseArguments(toWords(arguments));
    QCOMPARE(errorText(error), QString());
    QCOMPARE(describe(options), expected);
}

void TestScriptOptions::argumentErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("unknown option") << list({"--frobnicate"}) << "--frobnicate: unknown option";
    QTest::newRow("unknown option=value") << list({"--colour=red"}) << "--colour: unknown option";
    QTest::newRow("single dash") << list({"-x"}) << "-x: unexpected argument, options start with --";
    QTest::newRow("a word") << list({"script.py"}) << "script.py: unexpected argument, options start with --";
    QTest::newRow("missing value") << list({"--max-entries"}) << "--max-entries: missing value N";
    QTest::newRow("missing timeout") << list({"--max-steps", "3", "--timeout"}) << "--timeout: missing value S";
    QTest::newRow("not an integer") << list({"--max-entries", "abc"})
                                    << "--max-entries: expected an integer, got 'abc'";
    QTest::newRow("trailing junk") << list({"--max-entries", "3x"})
                                   << "--max-entries: expected an integer, got '3x'";
    QTest::newRow("float for an integer") << list({"--cull-frequency", "2.5"})
                                          << "--cull-frequency: expected an integer, got '2.5'";
    QTest::newRow("empty integer") << list({"--version="}) << "--version: expected an integer, got ''";
    QTest::newRow("double sign") << list({"--version", "+-1"}) << "--version: expected an integer, got '+-1'";
    QTest::newRow("integer out of range") << list({"--max-entries", "99999999999999999999"})
                                          << "--max-entries: integer out of range: '99999999999999999999'";
    QTest::newRow("bad timeout") << list({"--timeout", "soon"})
                                 << "--timeout: expected a number of seconds or None, got 'soon'";
    QTest::newRow("infinite timeout") << list({"--timeout", "inf"})
                                      << "--timeout: expected a number of seconds or None, got 'inf'";
    QTest::newRow("nan timeout") << list({"--timeout", "nan"})
                                 << "--timeout: expected a number of seconds or None, got 'nan'";
    QTest::newRow("max-steps 0") << list({"--max-steps", "0"}) << "--max-steps: must be at least 1, got '0'";
    QTest::newRow("negative max-steps") << list({"--max-steps", "-5"})
                                        << "--max-steps: must be at least 1, got '-5'";
    QTest::newRow("unknown format") << list({"--format", "xml"})
                                    << "--format: unknown format 'xml' (choose table, tracker, json, csv, markdown or summary)";
    QTest::newRow("format names are lower case") << list({"--format", "JSON"})
                                                 << "--format: unknown format 'JSON' (choose table, tracker, json, csv, markdown or summary)";
}

void TestScriptOptions::argumentErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);

    ScriptOptions options;
    const auto error = options.parseArguments(toWords(arguments));
    QVERIFY(error.has_value());
    QCOMPARE(errorText(error), expectedError);
    QVERIFY(error->where.empty());
}

void TestScriptOptions::operands()
{
    ScriptOptions options;
    std::vector<std::string> operands;
    const auto error = options.parseArguments({"lesson.py", "--format", "json", "-", "--max-entries=2"}, &operands);
    QCOMPARE(errorText(error), QString());
    QCOMPARE(operands, (std::vector<std::string>{"lesson.py", "-"}));
    QCOMPARE(describe(options), QStringLiteral("max-entries=2 format=json"));
}

void TestScriptOptions::scriptComment_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first line") << "# cachetutor: --max-entries 3 --cull-frequency 2\nfrom django.core.cache import cache\n"
                                << "max-entries=3 cull-frequency=2";
    QTest::newRow("among comments and blank lines")
        << "#!/usr/bin/env python3\n\n# A lesson about versions.\n#cachetutor:--version 2\n\nx = 1\n" << "version=2";
    QTest::newRow("indented comment") << "   # cachetutor: --timeout None\nx = 1\n" << "timeout=None";
    QTest::newRow("several lines, later wins")
        << "# cachetutor: --max-entries 3 --version 2\n# cachetutor: --max-entries 5\n" << "max-entries=5 version=2";
    QTest::newRow("after the first statement: ignored") << "x = 1\n# cachetutor: --max-entries 3\n" << QString();
    QTest::newRow("after a docstring: ignored") << "'''A lesson.'''\n# cachetutor: --version 3\n" << QString();
    QTest::newRow("CRLF line ends") << "# cachetutor: --key-prefix p\r\nx = 1\r\n" << "key-prefix='p'";
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF# cachetutor: --version 7\n" << "version=7";
    QTest::newRow("single-quoted value") << "# cachetutor: --key-prefix 'my site'\n" << "key-prefix='my site'";
    QTest::newRow("double-quoted empty value") << "# cachetutor: --key-prefix \"\" --version 2\n"
                                               << "key-prefix='' version=2";
    QTest::newRow("tabs between words") << "# cachetutor:\t--max-steps\t40\n" << "max-steps=40";
    QTest::newRow("no marker") << "# cachetutor is how we teach caching\nx = 1\n" << QString();
    QTest::newRow("empty marker") << "# cachetutor:\nx = 1\n" << QString();
    QTest::newRow("no comment") << "from django.core.cache import cache\n" << QString();
    QTest::newRow("empty source") << QString() << QString();
    QTest::newRow("no final newline") << "# cachetutor: --format csv" << "format=csv";
    QTest::newRow("format from the script") << "# cachetutor: --format tracker\n" << "format=tracker";
}

void TestScriptOptions::scriptComment()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);

    ScriptOptions options;
    const auto error = options.parseScriptComment(source.toStdString(), "lesson.py");
    QCOMPARE(errorText(error), QString());
    QCOMPARE(describe(options), expected);
}

void TestScriptOptions::scriptCommentErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("bad value on line 3") << "# Lesson\n\n# cachetutor: --max-entries many\n"
                                         << "lesson.py:3: --max-entries: expected an integer, got 'many'";
    QTest::newRow("unknown option") << "# cachetutor: --max-entry 3\n" << "lesson.py:1: --max-entry: unknown option";
    QTest::newRow("word without dashes") << "# cachetutor: max-entries 3\n"
                                         << "lesson.py:1: max-entries: unexpected argument, options start with --";
    QTest::newRow("missing value") << "# cachetutor: --cull-frequency\n"
                                   << "lesson.py:1: --cull-frequency: missing value N";
    QTest::newRow("unterminated quote") << "# cachetutor: --key-prefix 'abc\n" << "lesson.py:1: unterminated quote '";
    QTest::newRow("bad timeout on line 2") << "\n# cachetutor: --timeout forever\n"
                                           << "lesson.py:2: --timeout: expected a number of seconds or None, got 'forever'";
}

void TestScriptOptions::scriptCommentErrors()
{
    QFETCH(QString, source);
    QFETCH(QString, expectedError);

    ScriptOptions options;
    const auto error = options.parseScriptComment(source.toStdString(), "lesson.py");
    QCOMPARE(errorText(error), expectedError);
}

void TestScriptOptions::precedence_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    const QString comment = QStringLiteral("# cachetutor: --max-entries 3 --timeout 5 --format json\nx = 1\n");
    QTest::newRow("comment only") << comment << list({}) << "max-entries=3 timeout=5.0 format=json";
    QTest::newRow("command line only") << QStringLiteral("x = 1\n") << list({"--max-entries", "7"})
                                       << "max-entries=7";
    QTest::newRow("different options merge") << comment << list({"--cull-frequency", "2"})
                                             << "max-entries=3 cull-frequency=2 timeout=5.0 format=json";
    QTest::newRow("command line wins") << comment << list({"--max-entries", "300", "--format", "table"})
                                       << "max-entries=300 timeout=5.0 format=table";
    QTest::newRow("None on the command line wins") << comment << list({"--timeout", "None"})
                                                   << "max-entries=3 timeout=None format=json";
}

void TestScriptOptions::precedence()
{
    QFETCH(QString, source);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    ScriptOptions commandLine;
    QCOMPARE(errorText(commandLine.parseArguments(toWords(arguments))), QString());
    ScriptOptions options;
    QCOMPARE(errorText(options.parseScriptComment(source.toStdString(), "lesson.py")), QString());
    options.overrideWith(commandLine);
    QCOMPARE(describe(options), expected);
}

void TestScriptOptions::toRunOptions()
{
    RunOptions base;
    base.fileName = "lesson.py";

    // Nothing given: Django's defaults stay.
    const RunOptions defaults = ScriptOptions().toRunOptions(base);
    QCOMPARE(defaults.fileName, std::string("lesson.py"));
    QCOMPARE(defaults.cache.maxEntries, std::int64_t(300));
    QCOMPARE(defaults.cache.cullFrequency, std::int64_t(3));
    QCOMPARE(defaults.cache.keyPrefix, std::string());
    QCOMPARE(defaults.cache.version, std::int64_t(1));
    QCOMPARE(defaults.cache.timeout, std::optional<double>(300.0));
    QCOMPARE(defaults.maxSteps, std::int64_t(1'000'000));

    ScriptOptions options;
    QCOMPARE(errorText(options.parseArguments({"--max-entries", "3", "--cull-frequency", "0", "--key-prefix", "site",
                                               "--version", "2", "--timeout", "2.9", "--max-steps", "50"})),
             QString());
    const RunOptions run = options.toRunOptions(base);
    QCOMPARE(run.fileName, std::string("lesson.py"));
    QCOMPARE(run.cache.maxEntries, std::int64_t(3));
    QCOMPARE(run.cache.cullFrequency, std::int64_t(0));
    QCOMPARE(run.cache.keyPrefix, std::string("site"));
    QCOMPARE(run.cache.version, std::int64_t(2));
    QCOMPARE(run.cache.timeout, std::optional<double>(2.0));
    QCOMPARE(run.maxSteps, std::int64_t(50));

    ScriptOptions never;
    QCOMPARE(errorText(never.parseArguments({"--timeout", "None"})), QString());
    QVERIFY(!never.toRunOptions().cache.timeout.has_value());
}

void TestScriptOptions::helpListsEveryOption()
{
    const QString help = QString::fromStdString(ScriptOptions::helpText());
    for (const char *option : {"--max-entries N", "--cull-frequency N", "--key-prefix P", "--version N",
                               "--timeout S", "--max-steps N", "--format F"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
    QVERIFY(help.contains(QLatin1String("table, tracker, json, csv, markdown or summary")));
}

QTEST_GUILESS_MAIN(TestScriptOptions)
#include "tst_scriptoptions.moc"
