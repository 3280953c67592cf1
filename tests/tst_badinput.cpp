// The bad-input catalogue: every kind of input a student or a teacher can get
// wrong — scripts that cannot run, scripts that run away, files that are not
// scripts or not lessons, a damaged settings or progress file — with the exact
// message the window gives, and proof that nothing else broke: the window
// still steps through the previous good trace, the next good script runs, and
// the first lesson still loads and steps to its end in the same window.
//
// Set BADINPUT_DUMP=1 to print what the window says for each row instead of
// comparing (for writing a new row).

#include "codeview.h"
#include "executiontablemodel.h"
#include "guitestmain.h"
#include "mainwindow.h"
#include "progressstore.h"
#include "trace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <unistd.h>

using namespace cachetutor;

namespace {

const QString GoodSource = QStringLiteral("from django.core.cache import cache\n"
                                          "cache.set('greet', 'Hello', 10)\n"
                                          "value = cache.get('greet')\n"
                                          "cache.delete('greet')\n"
                                          "value_after_delete = cache.get('greet')\n");
constexpr int GoodSteps = 4;

// `expected` as is; "…tail" matches a text ending so, "head…" one starting so
// (for texts tens of thousands of characters long).
bool matches(const QString &actual, const QString &expected)
{
    if (expected.startsWith(QChar(0x2026)))
        return actual.endsWith(expected.mid(1));
    if (expected.endsWith(QChar(0x2026)))
        return actual.startsWith(expected.chopped(1));
    return actual == expected;
}

bool dumping()
{
    return qEnvironmentVariableIsSet("BADINPUT_DUMP");
}

// A C++ string literal of `text`, for BADINPUT_DUMP.
QString literal(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QLabel *labelNamed(QWidget &window, const QString &accessibleName)
{
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->accessibleName() == accessibleName)
            return label;
    return nullptr;
}

QString narration(MainWindow &window)
{
    return labelNamed(window, QStringLiteral("Narration"))->text();
}

QString consoleText(MainWindow &window)
{
    for (QPlainTextEdit *edit : window.findChildren<QPlainTextEdit *>())
        if (edit->accessibleName() == QStringLiteral("Console output"))
            return edit->toPlainText();
    return {};
}

QString status(MainWindow &window)
{
    return window.statusBar()->currentMessage();
}

// The execution table's cell at the last step, as the student reads it.
QString tableCell(MainWindow &window, int column)
{
    for (QTableView *view : window.findChildren<QTableView *>())
        if (auto *model = qobject_cast<ExecutionTableModel *>(view->model())) {
            const int row = model->rowForStep(window.playback().stepCount());
            return row < 0 ? QString() : model->index(row, column).data().toString();
        }
    return {};
}

// Steps from Start to the end of whatever trace is shown, checking every step.
bool stepsToTheEnd(MainWindow &window, int steps)
{
    if (!window.trace() || window.playback().stepCount() != steps)
        return false;
    for (int step = 0; step <= steps; ++step) {
        window.playback().setCurrentStep(step);
        if (window.playback().currentStep() != step)
            return false;
        const QString expected = step == 0 ? QStringLiteral("Start (%1 steps)").arg(steps) : QStringLiteral("Step %1 of %2").arg(step).arg(steps);
        if (labelNamed(window, QStringLiteral("Current step"))->text() != expected)
            return false;
    }
    return true;
}

// The app stays usable: the first lesson loads and steps to its end in the same window.
void checkUsable(MainWindow &window)
{
    QVERIFY2(window.openLessonFile(QStringLiteral("basics")), qPrintable(window.lastLessonErrors().join(QLatin1Char('\n'))));
    QVERIFY(window.waitForTrace());
    QVERIFY(stepsToTheEnd(window, GoodSteps));
    QVERIFY2(narration(window).contains(QStringLiteral("cache.get finds nothing for 'greet' and returns the default None.")),
             qPrintable(narration(window)));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A 1x1 PNG, as a picture picked by mistake.
QByteArray png()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
                               "0000000c49444154789c63f8ff0f000001010000189ddb6e0000000049454e44ae426082");
}

QString autosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/playground-autosave.py");
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QSettings().clear();
        QFile::remove(autosavePath());
        QFile::remove(ProgressStore::defaultPath());
    }

    // ---- scripts typed into the playground

    void scripts_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("steps");        // -1: refused before running, the last good trace stays
        QTest::addColumn<QString>("status");   // the status bar
        QTest::addColumn<QString>("narration"); // the narration label, at the last step when it ran
        QTest::addColumn<QString>("console");  // the console at the last step (when it ran)
        QTest::addColumn<QString>("table");    // the last step's Cache State and Output cells, " | " between

        // clang-format off
        const QString overflow = QStringLiteral("OverflowError: integer result does not fit in 64 bits (CacheTutor's ints are 64-bit)");
        const QString stepLimit = QStringLiteral("Step limit reached: the script was stopped after 5000 steps (is there a loop that never ends?)");
        const QString memory = QStringLiteral("MemoryError: result would have %1 items, over CacheTutor's limit of 50000000");
        const QString printTooLong = QStringLiteral("MemoryError: str() of this value is over CacheTutor's limit of 50000000 bytes");
        const QString traceback = QStringLiteral("Traceback (most recent call last):\n  File \"lesson.py\", line %1, in <module>\n    %2\n%3\n");
        QTest::newRow("empty script") << QByteArray("") << 0 << "Traced 0 steps" << "This script has no steps." << "" << "";
        QTest::newRow("only comments") << QByteArray("# nothing to run\n# still nothing\n") << 0 << "Traced 0 steps" << "This script has no steps." << "" << "";
        QTest::newRow("unclosed string") << QByteArray("x = 'abc\n") << -1
            << "Not run: line 1: unterminated string literal (detected at line 1)"
            << "This script cannot run:   File &quot;lesson.py&quot;, line 1<br>    x = 'abc<br>        ^<br>SyntaxError: unterminated string literal (detected at line 1)" << "" << "";
        QTest::newRow("unexpected indent") << QByteArray("x = 1\n  y = 2\n") << -1
            << "Not run: line 2: unexpected indent"
            << "This script cannot run:   File &quot;lesson.py&quot;, line 2<br>    y = 2<br>IndentationError: unexpected indent" << "" << "";
        QTest::newRow("unindent does not match") << QByteArray("if True:\n    x = 1\n  y = 2\n") << -1
            << "Not run: line 3: unindent does not match any outer indentation level"
            << "This script cannot run:   File &quot;lesson.py&quot;, line 3<br>    y = 2<br>         ^<br>IndentationError: unindent does not match any outer indentation level" << "" << "";
        QTest::newRow("unmatched brackets") << QByteArray("x = (1, 2]\n") << -1
            << "Not run: line 1: closing parenthesis ']' does not match opening parenthesis '('"
            << "This script cannot run:   File &quot;lesson.py&quot;, line 1<br>    x = (1, 2]<br>             ^<br>SyntaxError: closing parenthesis ']' does not match opening parenthesis '('" << "" << "";
        QTest::newRow("bracket never closed") << QByteArray("from django.core.cache import cache\ncache.set('a', [1, 2\n") << -1
            << "Not run: line 2: '[' was never closed"
            << "This script cannot run:   File &quot;lesson.py&quot;, line 2<br>    cache.set('a', [1, 2<br>                   ^<br>SyntaxError: '[' was never closed" << "" << "";
        QTest::newRow("stray $") << QByteArray("x = 1 $ 2\n") << -1
            << "Not run: line 1: invalid syntax"
            << "This script cannot run:   File &quot;lesson.py&quot;, line 1<br>    x = 1 $ 2<br>          ^<br>SyntaxError: invalid syntax" << "" << "";
        QTest::newRow("stray ?") << QByteArray("x = 1 ? 2\n") << -1
            << "Not run: line 1: invalid syntax"
            << "This script cannot run:   File &quot;lesson.py&quot;, line 1<br>    x = 1 ? 2<br>          ^<br>SyntaxError: invalid syntax" << "" << "";
        QTest::newRow("tabs mixed with spaces") << QByteArray("if True:\n\tx = 1\n        y = 2\n") << -1
            << "Not run: line 3: inconsistent use of tabs and spaces in indentation"
            << "This script cannot run:   File &quot;lesson.py&quot;, line 3<br>    y = 2<br>TabError: inconsistent use of tabs and spaces in indentation" << "" << "";
        QTest::newRow("NUL byte") << QByteArray("x = 1\0\n", 7) << -1
            << "Not run: line 1: source code cannot contain null bytes"
            << "This script cannot run:   File &quot;lesson.py&quot;, line 1<br>    x = 1<br>         ^<br>SyntaxError: source code cannot contain null bytes" << "" << "";
        QTest::newRow("class") << QByteArray("class A:\n    pass\n") << -1
            << "Not run: line 1: class definitions"
            << "This script cannot run: lesson.py:1:1: not supported in CacheTutor: class definitions<br>    class A:<br>    ^" << "" << "";
        QTest::newRow("with") << QByteArray("with x as y:\n    pass\n") << -1
            << "Not run: line 1: with statements"
            << "This script cannot run: lesson.py:1:1: not supported in CacheTutor: with statements<br>    with x as y:<br>    ^" << "" << "";
        QTest::newRow("import os") << QByteArray("import os\n") << -1
            << "Not run: line 1: import of module 'os'"
            << "This script cannot run: lesson.py:1:1: not supported in CacheTutor: import of module 'os'<br>    import os<br>    ^" << "" << "";
        QTest::newRow("open()") << QByteArray("f = open('/etc/passwd')\n") << -1
            << "Not run: line 1: the builtin 'open'"
            << "This script cannot run: lesson.py:1:5: not supported in CacheTutor: the builtin 'open'<br>    f = open('/etc/passwd')<br>        ^" << "" << "";
        QTest::newRow("attribute assignment") << QByteArray("import time\ntime.sleep = 1\n") << -1
            << "Not run: line 2: assignment to attributes"
            << "This script cannot run: lesson.py:2:1: not supported in CacheTutor: assignment to attributes<br>    time.sleep = 1<br>    ^" << "" << "";
        QTest::newRow("list method") << QByteArray("x = []\nx.append(1)\n") << 2
            << "Traced 2 steps; stopped by AttributeError: list.append is not supported in CacheTutor"
            << "<b>Step 2:</b> Line 2 runs. The statement raises AttributeError: list.append is not supported in CacheTutor."
            << traceback.arg(2).arg("x.append(1)", "AttributeError: list.append is not supported in CacheTutor")
            << "{} | AttributeError: list.append is not supported in CacheTutor";
        QTest::newRow("runtime exception midway")
            << QByteArray("from django.core.cache import cache\ncache.set('a', 1)\nprint('before')\nx = 1 / 0\ncache.set('b', 2)\n") << 3
            << "Traced 3 steps; stopped by ZeroDivisionError: division by zero"
            << "<b>Step 3:</b> Line 4 runs. The statement raises ZeroDivisionError: division by zero."
            << "before\n" + traceback.arg(4).arg("x = 1 / 0", "ZeroDivisionError: division by zero")
            << "{'a': 1} | ZeroDivisionError: division by zero";
        QTest::newRow("infinite loop") << QByteArray("# cachetutor: --max-steps 5000\nx = 0\nwhile True:\n    x = x + 1\n") << 5001
            << "Traced 5001 steps; stopped by " + stepLimit << "<b>Step 5001:</b> " + stepLimit << "" << "{} | " + stepLimit;
        QTest::newRow("deep recursion") << QByteArray("def f():\n    return f()\nf()\n") << 1001
            << "Traced 1001 steps; stopped by RecursionError: maximum recursion depth exceeded"
            << "<b>Step 1001:</b> Line 3 runs. The statement raises RecursionError: maximum recursion depth exceeded."
            << "…  File \"lesson.py\", line 2, in f\n    return f()\nRecursionError: maximum recursion depth exceeded\n"
            << "{} | RecursionError: maximum recursion depth exceeded";
        QTest::newRow("10,000 nested parentheses") << "x = " + QByteArray(10000, '(') + "1" + QByteArray(10000, ')') + "\n" << -1
            << "Not run: line 1: too many nested parentheses" << "…^<br>SyntaxError: too many nested parentheses" << "" << "";
        QTest::newRow("5,000 nested unary minus") << "x = " + QByteArray("-").repeated(5000) + "1\n" << -1
            << "Not run: line 1: expressions nested deeper than 200 levels"
            << "This script cannot run: lesson.py:1:205: not supported in CacheTutor: expressions nested deeper than 200 levels<br>    x = ---…" << "" << "";
        QTest::newRow("10 MB string literal") << "x = '" + QByteArray(10 * 1024 * 1024, 'a') + "'\nprint(len(x))\n" << 2
            << "Traced 2 steps" << "<b>Step 2:</b> print writes: 10485760" << "10485760\n" << "{} | 10485760";
        QTest::newRow("million items in a loop") << QByteArray("# cachetutor: --max-steps 5000\nx = []\nfor i in range(1000000):\n    x = x + [i]\n") << 5001
            << "Traced 5001 steps; stopped by " + stepLimit << "<b>Step 5001:</b> " + stepLimit << "" << "{} | " + stepLimit;
        QTest::newRow("a list holding another twice, 40 levels deep") << QByteArray("x = [0]\nfor i in range(40):\n    x = [x, x]\nprint(len(x))\n") << 82
            << "Traced 82 steps" << "<b>Step 82:</b> print writes: 2" << "2\n" << "{} | 2";
        QTest::newRow("printing it: 2^40 items") << QByteArray("x = [0]\nfor i in range(40):\n    x = [x, x]\nprint(x)\n") << 82
            << "Traced 82 steps; stopped by " + printTooLong << "<b>Step 82:</b> print raises " + printTooLong + '.'
            << traceback.arg(4).arg("print(x)", printTooLong) << "{} | " + printTooLong;
        QTest::newRow("[0] * 10**6") << QByteArray("x = [0] * 10**6\nprint(len(x))\n") << 2
            << "Traced 2 steps" << "<b>Step 2:</b> print writes: 1000000" << "1000000\n" << "{} | 1000000";
        QTest::newRow("[0] * 10**9") << QByteArray("x = [0] * 10**9\n") << 1
            << "Traced 1 steps; stopped by " + memory.arg(1000000000)
            << "<b>Step 1:</b> Line 1 runs. The statement raises " + memory.arg(1000000000) + "."
            << traceback.arg(1).arg("x = [0] * 10**9", memory.arg(1000000000)) << "{} | " + memory.arg(1000000000);
        QTest::newRow("list(range(10**9))") << QByteArray("x = list(range(10**9))\n") << 1
            << "Traced 1 steps; stopped by " + memory.arg(1000000000)
            << "<b>Step 1:</b> Line 1 runs. The statement raises " + memory.arg(1000000000) + "."
            << traceback.arg(1).arg("x = list(range(10**9))", memory.arg(1000000000)) << "{} | " + memory.arg(1000000000);
        QTest::newRow("'a' * 10**12") << QByteArray("x = 'a' * 10**12\n") << 1
            << "Traced 1 steps; stopped by " + memory.arg(1000000000000)
            << "<b>Step 1:</b> Line 1 runs. The statement raises " + memory.arg(1000000000000) + "."
            << traceback.arg(1).arg("x = 'a' * 10**12", memory.arg(1000000000000)) << "{} | " + memory.arg(1000000000000);
        QTest::newRow("2**64") << QByteArray("x = 2**64\n") << 1
            << "Traced 1 steps; stopped by " + overflow << "<b>Step 1:</b> Line 1 runs. The statement raises " + overflow + "."
            << traceback.arg(1).arg("x = 2**64", overflow) << "{} | " + overflow;
        QTest::newRow("int literal past 64 bits") << QByteArray("x = 18446744073709551616\n") << -1
            << "Not run: line 1: integers beyond 64 bits"
            << "This script cannot run: lesson.py:1:5: not supported in CacheTutor: integers beyond 64 bits<br>    x = 18446744073709551616<br>        ^" << "" << "";
        QTest::newRow("cache.incr past 64 bits") << QByteArray("from django.core.cache import cache\ncache.set('n', 9223372036854775807)\ncache.incr('n')\n") << 2
            << "Traced 2 steps; stopped by " + overflow << "<b>Step 2:</b> cache.incr raises " + overflow + "."
            << traceback.arg(3).arg("cache.incr('n')", overflow) << "{'n': 9223372036854775807} | " + overflow;
        QTest::newRow("unicode and emoji") << QByteArray("from django.core.cache import cache\ncache.set('ключ🔑', 'значение 😀')\nv = cache.get('ключ🔑')\n") << 2
            << "Traced 2 steps" << "<b>Step 2:</b> cache.get finds 'ключ🔑' and returns 'значение 😀'." << ""
            << "{'ключ🔑': 'значение 😀'} | 'значение 😀'";
        QTest::newRow("key with a control character") << QByteArray("from django.core.cache import cache\ncache.set('a\\nb', 1)\n") << 1
            << "Traced 1 steps"
            << "<b>Step 1:</b> cache.set stores 1 under 'a\\nb' for the default 300 seconds. Django warns: CacheKeyWarning: "
               "Cache key contains characters that will cause errors if used with memcached: ':1:a\\nb'"
            << "" << "{'a\\nb': 1} | None";
        const QString k251(251, QLatin1Char('k'));
        QTest::newRow("key over 250 characters") << QByteArray("from django.core.cache import cache\ncache.set('k' * 251, 1)\n") << 1
            << "Traced 1 steps"
            << "<b>Step 1:</b> cache.set stores 1 under '" + k251 + "' for the default 300 seconds. Django warns: CacheKeyWarning: "
               "Cache key will cause errors if used with memcached: ':1:" + k251 + "' (longer than 250)"
            << "" << "{'" + k251 + "': 1} | None";
        // clang-format on
    }

    void scripts()
    {
        QFETCH(QByteArray, source);
        QFETCH(int, steps);
        QFETCH(QString, status);
        QFETCH(QString, narration);
        QFETCH(QString, console);
        QFETCH(QString, table);

        MainWindow window;
        window.loadScript(GoodSource, QStringLiteral("lesson.py"));
        QVERIFY(window.waitForTrace());
        const std::shared_ptr<const Trace> good = window.trace();
        CodeView *code = window.findChild<CodeView *>();
        code->setEditing(true);
        code->setPlainText(QString::fromUtf8(source));
        QSignalSpy finished(&window, &MainWindow::traceFinished);
        window.runScript();
        const bool shown = window.waitForTrace(120000);
        QCOMPARE(finished.size(), 1);
        if (shown)
            window.playback().setCurrentStep(window.playback().stepCount());
        const QString tableText = shown && window.playback().stepCount() > 0
            ? tableCell(window, ExecutionTableModel::StateColumn) + QStringLiteral(" | ") + tableCell(window, ExecutionTableModel::OutputColumn)
            : QString();

        if (dumping()) {
            qInfo().noquote() << QTest::currentDataTag() << (shown ? window.playback().stepCount() : -1) << "\n  " << literal(::status(window))
                              << "\n  " << literal(::narration(window)) << "\n  " << literal(consoleText(window)) << "\n  " << literal(tableText);
        } else {
            QCOMPARE(shown ? window.playback().stepCount() : -1, steps);
            QCOMPARE(::status(window), status);
            QVERIFY2(matches(::narration(window), narration), qPrintable(::narration(window).left(2000)));
            if (shown)
                QVERIFY2(matches(consoleText(window), console), qPrintable(consoleText(window).right(2000)));
            if (!table.isEmpty())
                QCOMPARE(tableText, table);
        }
        if (!shown) {
            // Refused: the previous good trace is still in every view, and still steps.
            QCOMPARE(window.trace(), good);
            QVERIFY(stepsToTheEnd(window, GoodSteps));
        }
        // The next good script runs.
        code->setPlainText(GoodSource);
        window.runScript();
        QVERIFY(window.waitForTrace());
        QVERIFY(stepsToTheEnd(window, GoodSteps));
        checkUsable(window);
    }

    // ---- files opened as scripts (File → Open, Open Recent, the command line)

    void scriptFiles_data()
    {
        QTest::addColumn<QByteArray>("content"); // "<none>": no such file; "<folder>": a folder
        QTest::addColumn<bool>("opens");
        QTest::addColumn<QString>("message"); // the status bar; %1 is the path

        QTest::newRow("UTF-8 script") << QByteArray("x = 'café ☕'\nprint(x)\n") << true << "Traced 2 steps";
        QTest::newRow("UTF-8 with a byte-order mark") << QByteArray("\xEF\xBB\xBFprint('bom')\n") << true << "Traced 1 steps";
        QTest::newRow("Latin-1 bytes") << QByteArray("name = 'caf\xE9'\n") << false
            << "Cannot open %1: it is not UTF-8 text (byte 11, 0xe9, is not valid UTF-8); save it as UTF-8 and open it again";
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFEx\0=\0001\0", 8) << false
            << "Cannot open %1: it is not a text file (byte 3 is a NUL byte); a script is Python source saved as UTF-8";
        QTest::newRow("truncated UTF-8 sequence") << QByteArray("x = '\xE2\x98'\n") << false
            << "Cannot open %1: it is not UTF-8 text (byte 5, 0xe2, is not valid UTF-8); save it as UTF-8 and open it again";
        QTest::newRow("PNG picture") << png() << false
            << "Cannot open %1: it is not a text file (byte 8 is a NUL byte); a script is Python source saved as UTF-8";
        QTest::newRow("missing file") << QByteArray("<none>") << false << "Cannot read %1: No such file or directory";
        QTest::newRow("folder") << QByteArray("<folder>") << false << "Cannot open %1: it is a folder, not a script";
    }

    void scriptFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, opens);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("script.py"));
        if (content == "<folder>")
            QVERIFY(QDir().mkpath(path));
        else if (content != "<none>")
            writeFile(path, content);
        if (message.contains(QStringLiteral("%1")))
            message = message.arg(path);

        MainWindow window;
        window.loadScript(GoodSource, QStringLiteral("lesson.py"));
        QVERIFY(window.waitForTrace());
        const std::shared_ptr<const Trace> good = window.trace();
        QCOMPARE(window.openScriptFile(path), opens);
        if (opens)
            QVERIFY(window.waitForTrace());
        if (dumping())
            qInfo().noquote() << QTest::currentDataTag() << literal(::status(window));
        else
            QCOMPARE(::status(window), message);
        if (!opens) {
            // Nothing of the file reaches the editor: no mojibake, no raw bytes.
            QCOMPARE(window.findChild<CodeView *>()->toPlainText(), GoodSource);
            QCOMPARE(window.trace(), good);
            QVERIFY(stepsToTheEnd(window, GoodSteps));
            // The app's command line says the same and exits with 2.
            QProcess app;
            app.start(QStringLiteral(CACHETUTOR_APP_EXE), {path, QStringLiteral("--screenshot"), QStringLiteral("/dev/null")});
            QVERIFY(app.waitForFinished(30000));
            QCOMPARE(app.exitCode(), 2);
            // The app takes a folder for a folder of lessons.
            const QString expectedStderr = content == "<none>"     ? QStringLiteral("cachetutor: cannot read '%1'\n").arg(path)
                                         : content == "<folder>" ? QStringLiteral("cachetutor: %1: no lesson here loads\n").arg(path)
                                                                 : QStringLiteral("cachetutor: %1\n").arg(message);
            // (Qt's own notes, such as XDG_RUNTIME_DIR's, are not the app's message.)
            QString stderrText;
            for (const QString &line : QString::fromUtf8(app.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                if (line.startsWith(QStringLiteral("cachetutor: ")))
                    stderrText += line + QLatin1Char('\n');
            QCOMPARE(stderrText, expectedStderr);
        }
        checkUsable(window);
    }

    // ---- files opened as lessons

    void lessonFiles_data()
    {
        QTest::addColumn<QByteArray>("content"); // "<none>": no such file
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("error");      // lastLessonErrors().first(); %1 is the path, %2 the file name

        QFile shipped(QStringLiteral(":/lessons/01-basics.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QByteArray basics = shipped.readAll();
        QByteArray wrongAnswer = basics;
        wrongAnswer.replace("\"answer\": \"C\"", "\"answer\": \"B\"");
        QByteArray missingStep = basics;
        missingStep.replace("\"steps\": [3, 4]", "\"steps\": [3, 40]");
        QByteArray missingProof = basics;
        missingProof.replace("\"proofStep\": 2", "\"proofStep\": 99");

        const QString json = QStringLiteral("lesson.json");
        QTest::newRow("missing") << QByteArray("<none>") << json << "%1: cannot read: No such file or directory";
        QTest::newRow("empty") << QByteArray() << json << "%1: empty file";
        QTest::newRow("truncated") << basics.left(300) << json << "%1: line 8, column 108: not valid JSON: unterminated string";
        QTest::newRow("oversized (50 MB)") << "{\"x\": \"" + QByteArray(50 * 1024 * 1024, 'a') + "\"}" << json
                                           << "%1: too large: 52428809 bytes, the limit is 5 MB";
        QTest::newRow("PNG named .png") << png() << QStringLiteral("picture.png")
                                        << "%1: not a lesson: a lesson file is JSON starting with '{' (see docs/lesson-format.md)";
        QTest::newRow("PNG named .json") << png() << json
                                         << "%1: not a lesson: a lesson file is JSON starting with '{' (see docs/lesson-format.md)";
        QTest::newRow("JSON array") << QByteArray("[1, 2, 3]\n") << json << "%1: expected a JSON object at the top level, got an array";
        QTest::newRow("a script") << GoodSource.toUtf8() << QStringLiteral("lesson.py")
                                  << "%1: not a lesson: a lesson file is JSON starting with '{' (see docs/lesson-format.md)";
        QTest::newRow("wrong answer key") << wrongAnswer << json
                                          << "%2: quiz[0]: the answer B (None) disagrees with the trace: the Output of step 2 is 'Hello'";
        QTest::newRow("key moment step that does not exist") << missingStep << json << "%2: keyMoments[0].steps[1]: step 40 is beyond the trace, which has 4 steps";
        QTest::newRow("proof step that does not exist") << missingProof << json << "%2: quiz[0].proofStep: step 99 is beyond the trace, which has 4 steps";
    }

    void lessonFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        if (content != "<none>")
            writeFile(path, content);

        MainWindow window;
        QVERIFY(window.openLessonFile(QStringLiteral("basics")));
        QVERIFY(window.waitForTrace());
        const std::shared_ptr<const Trace> shown = window.trace();
        QVERIFY(!window.openLessonFile(path));
        const QString first = window.lastLessonErrors().value(0);
        if (dumping()) {
            qInfo().noquote() << QTest::currentDataTag() << literal(first);
        } else {
            QCOMPARE(first, QString(error).replace(QStringLiteral("%1"), path).replace(QStringLiteral("%2"), fileName));
            QCOMPARE(::status(window), QStringLiteral("Lesson not opened: %1").arg(first));
        }
        QCOMPARE(window.trace(), shown); // the window keeps what it showed
        QCOMPARE(window.lesson().name, QStringLiteral("basics"));
        QVERIFY(stepsToTheEnd(window, GoodSteps));
        checkUsable(window);
    }

    // ---- damaged files of the app's own

    void corruptSettingsStartWithDefaults()
    {
        const QString path = QSettings().fileName();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QByteArray garbage = "[view\nzoom=banana\nmode=dance\n=\n[window]\ngeometry=@ByteArray(\\x1\\xff\\0)\nstate=\x01\x02\x03\n";
        garbage += png();
        garbage += "\n[playback]\nstepsPerSecond=-1e308\n[recent]\nfiles=@Variant(\\0\\0\\0\\x7f)\n";
        writeFile(path, garbage);

        MainWindow window;
        QCOMPARE(window.zoom(), 1.0);
        QCOMPARE(window.learningMode(), LearningMode::StepByStep);
        checkUsable(window);
    }

    void corruptProgressStartsEmptyWithAMessage()
    {
        const QString path = ProgressStore::defaultPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        writeFile(path, "{\"format\": \"cachetutor-progress\", \"version\": 1, \"lessons\": {\"basics\": ");

        MainWindow window;
        QVERIFY(window.progress().lessonNames().isEmpty());
        const QString expected = QStringLiteral("The progress file %1 is damaged (").arg(QDir::toNativeSeparators(path));
        QTRY_VERIFY2(::status(window).startsWith(expected), qPrintable(::status(window)));
        if (dumping())
            qInfo().noquote() << literal(::status(window));
        QVERIFY2(::status(window).contains(QStringLiteral("), so progress starts empty. A copy of it was kept as ")), qPrintable(::status(window)));
        checkUsable(window);
        // The next save replaces the damaged file with a good one.
        window.playback().setCurrentStep(2);
        window.close();
        ProgressStore reread;
        QVERIFY(reread.load());
        QCOMPARE(reread.lesson(QStringLiteral("basics")).lastStep, 2);
    }

    // ---- a data directory that cannot be written

    void unwritableDataDirectoryKeepsTheWorkInMemory_data()
    {
        QTest::addColumn<bool>("readOnly"); // chmod 0555; otherwise the directory's place is taken by a file
        QTest::newRow("read-only directory") << true;
        QTest::newRow("a file where the directory should be") << false;
    }

    void unwritableDataDirectoryKeepsTheWorkInMemory()
    {
        QFETCH(bool, readOnly);
        // root ignores permission bits: a read-only directory is writable for it.
        if (readOnly && ::geteuid() == 0)
            QSKIP("running as root, which writes into a read-only (0555) directory anyway; "
                  "the other row (a file in the directory's place) fails the same way for every user");
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir(dataDir).removeRecursively();
        QFile::remove(dataDir);
        if (readOnly) {
            QVERIFY(QDir().mkpath(dataDir));
            QVERIFY(QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                       | QFile::ReadOther | QFile::ExeOther));
        } else {
            QVERIFY(QDir().mkpath(QFileInfo(dataDir).absolutePath()));
            writeFile(dataDir, "not a directory");
        }
        const auto restore = qScopeGuard([&] {
            if (readOnly)
                QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            else
                QFile::remove(dataDir);
        });

        const QString edited = GoodSource + QStringLiteral("print('mine')\n");
        MainWindow window;
        window.loadScript(GoodSource, QStringLiteral("lesson.py"));
        QVERIFY(window.waitForTrace());
        CodeView *code = window.findChild<CodeView *>();
        code->setEditing(true);
        code->selectAll();
        code->insertPlainText(edited);
        const QString expected = QStringLiteral("Could not autosave to %1: ").arg(QDir::toNativeSeparators(autosavePath()));
        QTRY_VERIFY2_WITH_TIMEOUT(::status(window).startsWith(expected), qPrintable(::status(window)), 5000);
        if (dumping())
            qInfo().noquote() << QTest::currentDataTag() << literal(::status(window));
        QVERIFY(!QFile::exists(autosavePath()));
        // The work is still here, marked unsaved, and runs.
        QCOMPARE(code->toPlainText(), edited);
        QVERIFY(code->document()->isModified());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("lesson.py*")));
        window.runScript();
        QVERIFY(window.waitForTrace());
        QCOMPARE(window.trace()->stdoutText(), std::string("mine\n"));
    }
};

CACHETUTOR_GUI_TEST_MAIN(TestBadInput, "CacheTutorTests", "tst_badinput")

#include "tst_badinput.moc"
