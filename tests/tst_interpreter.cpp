// The interpreter: Python's semantics and messages (checked against CPython 3.11
// by tests/oracle/python_cases.py), steps as the trace counts them, the step
// limit, the sandbox, and the trace of cache scripts.

#include "interpreter.h"
#include "operators.h"
#include "testscripts.h"
#include "pyexception.h"
#include "trace.h"

#include <QTest>

using namespace cachetutor;
using namespace cachetutor::testing;

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::unique_ptr<Trace> run(const QString &source, std::int64_t maxSteps = 1'000'000)
{
    RunOptions options;
    options.maxSteps = maxSteps;
    options.fileName = "test.py";
    return traceScript(source.toStdString(), options);
}

QStringList column(const Trace &trace, const std::function<QString(const StepView &)> &f)
{
    QStringList out;
    for (int i = 0; i < trace.stepCount(); ++i)
        out << f(trace.stepView(i));
    return out;
}

} // namespace

#include "pythoncases.inc"

class TestInterpreter : public QObject
{
    Q_OBJECT

private slots:
    void runsLikePython_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("stdout");
        addRunCases();
    }

    void runsLikePython()
    {
        QFETCH(QString, source);
        QFETCH(QString, stdout);
        const auto trace = run(source);
        QCOMPARE(q(trace->finalError()), QString());
        QCOMPARE(trace->status(), Trace::Status::Completed);
        QCOMPARE(q(trace->stdoutText()), stdout);
    }

    void raisesLikePython_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("stdout");
        QTest::addColumn<QString>("error");
        addErrorCases();
        // CacheTutor's own limits, found by fuzz/fuzz_interpreter: these crashed
        // (a C++ stack overflow) or filled the machine's memory.
        QTest::newRow("recursion under deep expressions")
            << "def f(n):\n    return " + QString(190, QLatin1Char('-')) + "f(n + 1)\nf(0)\n"
            << "" << "RecursionError: maximum recursion depth exceeded";
        QTest::newRow("a big list changed at every step")
            << "x = [0] * 10**6\nfor i in range(1000):\n    x[i] = 1\n"
            << "" << "MemoryError: the trace would hold over 25000000 items of lists, tuples, dicts and sets, CacheTutor's limit";
    }

    void raisesLikePython()
    {
        QFETCH(QString, source);
        QFETCH(QString, stdout);
        QFETCH(QString, error);
        const auto trace = run(source);
        QCOMPARE(trace->status(), Trace::Status::Raised);
        QCOMPARE(q(trace->finalError()), error);
        QCOMPARE(q(trace->stdoutText()), stdout);
        QVERIFY(trace->traceback().starts_with("Traceback (most recent call last):\n"));
    }

    void sequenceLimitIsARunOption_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("error"); // empty: completes
        QTest::newRow("list at the limit") << "x = [0] * 1000\n" << "";
        QTest::newRow("list one past it") << "x = [0] * 1001\n" << "MemoryError: result would have 1001 items, over CacheTutor's limit of 1000";
        QTest::newRow("str past it") << "x = 'ab' * 501\n" << "MemoryError: result would have 1002 items, over CacheTutor's limit of 1000";
        QTest::newRow("printing past it") << "print(list(range(300)))\n" << "MemoryError: str() of this value is over CacheTutor's limit of 1000 bytes";
        QTest::newRow("repr past it") << "x = repr(list(range(300)))\n" << "MemoryError: repr() of this value is over CacheTutor's limit of 1000 bytes";
    }

    // The fuzzer lowers it (fuzz/fuzz_interpreter.cpp); the run restores the thread's limit after.
    void sequenceLimitIsARunOption()
    {
        QFETCH(QString, source);
        QFETCH(QString, error);
        RunOptions options;
        options.maxSequenceLength = 1000;
        const auto trace = traceScript(source.toStdString(), options);
        QCOMPARE(trace->status(), error.isEmpty() ? Trace::Status::Completed : Trace::Status::Raised);
        QCOMPARE(q(trace->finalError()), error);
        QCOMPARE(maxSequenceLength(), MaxSequenceLength);
        QCOMPARE(run(source)->status(), Trace::Status::Completed); // the default limit is far above
    }

    void lessonScriptTrace()
    {
        const auto trace = run(QString::fromUtf8(LessonScript));
        QCOMPARE(trace->status(), Trace::Status::Completed);
        QCOMPARE(trace->stepCount(), 4);
        QCOMPARE(column(*trace, [](const StepView &s) { return q(actionName(s.action)); }),
                 QStringList({"cache.set", "cache.get", "cache.delete", "cache.get"}));
        QCOMPARE(column(*trace, [](const StepView &s) { return QString::number(s.line); }), QStringList({"2", "3", "4", "5"}));
        QCOMPARE(column(*trace, [](const StepView &s) { return q(repr(s.calls.at(0).output)); }),
                 QStringList({"None", "'Hello'", "True", "None"}));
        QCOMPARE(column(*trace, [](const StepView &s) { return q(repr(s.calls.at(0).key)); }),
                 QStringList({"'greet'", "'greet'", "'greet'", "'greet'"}));
        QStringList states;
        for (int i = 0; i < trace->stepCount(); ++i)
            states << q(Trace::stateRepr(trace->cacheAfterStep(i), trace->step(i).clock));
        QCOMPARE(states, QStringList({"{'greet': 'Hello'}", "{'greet': 'Hello'}", "{}", "{}"}));

        QCOMPARE(trace->variableNames(), (std::vector<std::string>{"value", "value_after_delete"}));
        auto cell = [&](int step, int variable) {
            const auto values = trace->variablesAfterStep(step);
            return values[static_cast<std::size_t>(variable)].defined ? q(repr(values[static_cast<std::size_t>(variable)].value)) : QStringLiteral("N/A");
        };
        QCOMPARE(QStringList({cell(-1, 0), cell(0, 0), cell(1, 0), cell(2, 0), cell(3, 0)}),
                 QStringList({"N/A", "N/A", "'Hello'", "'Hello'", "'Hello'"}));
        QCOMPARE(QStringList({cell(-1, 1), cell(0, 1), cell(1, 1), cell(2, 1), cell(3, 1)}),
                 QStringList({"N/A", "N/A", "N/A", "N/A", "None"}));
    }

    void stepCounting_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("steps"); // "line:action" per step
        QTest::newRow("imports and defs are not steps")
            << "import time\nfrom django.core.cache import cache\ndef f():\n    return 1\nx = f()\n"
            << QStringList({"4:return", "5:assign"});
        QTest::newRow("for iterations") << "for i in range(2):\n    pass\n" << QStringList({"1:for", "2:pass", "1:for", "2:pass"});
        QTest::newRow("empty for is one step") << "for i in []:\n    pass\n" << QStringList({"1:for"});
        QTest::newRow("while tests") << "n = 0\nwhile n < 2:\n    n += 1\n"
                                     << QStringList({"1:assign", "2:while", "3:assign", "2:while", "3:assign", "2:while"});
        QTest::newRow("if and elif tests") << "x = 2\nif x == 1:\n    pass\nelif x == 2:\n    pass\n"
                                           << QStringList({"1:assign", "2:if", "4:if", "5:pass"});
        QTest::newRow("cache call in a condition names the step")
            << "from django.core.cache import cache\nif cache.get('k') is None:\n    print('miss')\n"
            << QStringList({"2:cache.get", "3:print"});
        QTest::newRow("time.sleep") << "import time\ntime.sleep(5)\nt = time.time()\n" << QStringList({"2:time.sleep", "3:time.time"});
        QTest::newRow("try and except lines are not steps")
            << "try:\n    x = 1 / 0\nexcept ZeroDivisionError:\n    x = 0\n" << QStringList({"2:assign", "4:assign"});
    }

    void stepCounting()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, steps);
        const auto trace = run(source);
        QCOMPARE(column(*trace, [](const StepView &s) { return QString::number(s.line) + ':' + q(actionName(s.action)); }), steps);
    }

    void severalCallsInOneStep()
    {
        const auto trace = run("from django.core.cache import cache\ncache.set('a', 1)\nprint(cache.get('a'), cache.get('b', 'dflt'), 'a' in cache)\n");
        QCOMPARE(trace->stepCount(), 2);
        const StepView step = trace->stepView(1);
        QCOMPARE(step.calls.size(), std::size_t(4));
        QCOMPARE(column(*trace, [](const StepView &s) { return QString::number(s.calls.size()); }), QStringList({"1", "4"}));
        QCOMPARE(q(actionName(step.calls[2].action)), QStringLiteral("cache.__contains__"));
        QCOMPARE(q(actionName(step.calls[3].action)), QStringLiteral("print"));
        QCOMPARE(q(repr(step.calls[1].output)), QStringLiteral("'dflt'"));
        QCOMPARE(step.calls[0].hits, 1);
        QCOMPARE(step.calls[1].misses, 1);
        QCOMPARE(q(trace->stdoutText()), QStringLiteral("1 dflt True\n"));
    }

    void errorsInsideCacheCallsAreRecorded()
    {
        const auto trace = run("from django.core.cache import cache\ntry:\n    cache.incr('x')\nexcept ValueError as e:\n    print(e)\n"
                               "cache.set('f', lambda: 1)\n");
        QCOMPARE(trace->status(), Trace::Status::Raised);
        const StepView incr = trace->stepView(0);
        QVERIFY(incr.calls.at(0).raised);
        QCOMPARE(q(incr.calls.at(0).error), QStringLiteral("ValueError: Key ':1:x' not found"));
        QCOMPARE(q(incr.error), QStringLiteral("ValueError: Key ':1:x' not found"));
        QCOMPARE(q(trace->stdoutText()), QStringLiteral("Key ':1:x' not found\n"));
        QVERIFY(trace->finalError().starts_with("PicklingError: Can't pickle <function <lambda> at 0x"));
        QVERIFY(q(trace->traceback()).contains(QStringLiteral("_pickle.PicklingError: Can't pickle <function <lambda> at 0x")));
        QCOMPARE(trace->finalErrorLine(), 6);
    }

    void getOrSetCallableKeepsItsOwnEffects()
    {
        const auto trace = run("from django.core.cache import cache\ndef compute():\n    cache.get('inner')\n    return 42\n"
                               "v = cache.get_or_set('outer', compute, 60)\n");
        QCOMPARE(column(*trace, [](const StepView &s) { return q(actionName(s.action)); }),
                 QStringList({"cache.get", "return", "cache.get_or_set"}));
        const CallView inner = trace->stepView(0).calls.at(0);
        const CallView outer = trace->stepView(2).calls.at(0);
        QCOMPARE(inner.misses, 1);
        QCOMPARE(inner.hits, 0);
        // Django's get_or_set: a get that misses, the add, then a get that hits.
        QCOMPARE(outer.misses, 1);
        QCOMPARE(outer.hits, 1);
        QCOMPARE(q(repr(outer.output)), QStringLiteral("42"));
    }

    void tracebackNamesEveryFrame()
    {
        const auto trace = run("def inner():\n    return 1 / 0\n\ndef outer():\n    return inner()\n\nouter()\n");
        QCOMPARE(q(trace->traceback()), QStringLiteral("Traceback (most recent call last):\n"
                                                       "  File \"test.py\", line 7, in <module>\n    outer()\n"
                                                       "  File \"test.py\", line 5, in outer\n    return inner()\n"
                                                       "  File \"test.py\", line 2, in inner\n    return 1 / 0\n"
                                                       "ZeroDivisionError: division by zero\n"));
    }

    void stepLimitKeepsThePartialTrace()
    {
        const auto trace = run("n = 0\nwhile True:\n    n += 1\n", 100);
        QCOMPARE(trace->status(), Trace::Status::StepLimit);
        QCOMPARE(trace->stepCount(), 101); // 100 steps and the final event
        QCOMPARE(trace->step(100).action, Action::StepLimit);
        QVERIFY(q(trace->finalError()).contains(QStringLiteral("100 steps")));
        const auto vars = trace->variablesAfterStep(99);
        QCOMPARE(q(repr(vars.at(0).value)), QStringLiteral("49"));
    }

    void sandboxRejectsBeforeRunning_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("open") << "x = 1\nf = open('/etc/passwd')\n" << "the builtin 'open'" << 2;
        QTest::newRow("eval") << "eval('1')\n" << "the builtin 'eval'" << 1;
        QTest::newRow("__import__") << "m = __import__('os')\n" << "the builtin '__import__'" << 1;
        QTest::newRow("dunder attribute") << "x = (1).__class__\n" << "special attribute '__class__'" << 1;
        QTest::newRow("attribute assignment") << "from django.core.cache import cache\ncache.x = 1\n" << "assignment to attributes" << 2;
    }

    void sandboxRejectsBeforeRunning()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        QFETCH(int, line);
        const auto trace = run(source);
        QCOMPARE(trace->status(), Trace::Status::NotRun);
        QCOMPARE(trace->diagnostic().kind, Diagnostic::Kind::Unsupported);
        QCOMPARE(q(trace->diagnostic().message), message);
        QCOMPARE(trace->diagnostic().line, line);
        QCOMPARE(trace->stepCount(), 0);
    }

    void shadowingAForbiddenNameIsFine()
    {
        const auto trace = run("input = 'x'\nprint(input)\n");
        QCOMPARE(trace->status(), Trace::Status::Completed);
        QCOMPARE(q(trace->stdoutText()), QStringLiteral("x\n"));
    }

    void trackerSeesInPlaceChanges()
    {
        const auto trace = run("a = [1]\nb = a\nb[0] = 2\nc = 3\n");
        QCOMPARE(trace->variableNames(), (std::vector<std::string>{"a", "b", "c"}));
        const auto after2 = trace->variablesAfterStep(1);
        const auto after3 = trace->variablesAfterStep(2);
        QCOMPARE(q(repr(after2[0].value)), QStringLiteral("[1]"));
        QCOMPARE(q(repr(after3[0].value)), QStringLiteral("[2]"));
        QCOMPARE(q(repr(after3[1].value)), QStringLiteral("[2]"));
        QVERIFY(!after3[2].defined);
    }

    void trackerLeavesOutModulesAndFunctions()
    {
        const auto trace = run("import time\nfrom django.core.cache import cache\ndef f():\n    pass\ng = lambda: 1\nx = 1\n");
        QCOMPARE(trace->variableNames(), (std::vector<std::string>{"x"}));
    }

    void cachedValuesAreCopies()
    {
        const auto trace = run("from django.core.cache import cache\nitems = [1, 2]\ncache.set('k', items)\nitems[0] = 99\n"
                               "got = cache.get('k')\ngot[1] = 7\nprint(cache.get('k'), got, items)\n");
        QCOMPARE(q(trace->stdoutText()), QStringLiteral("[1, 2] [1, 7] [99, 2]\n"));
    }

    void virtualClockExpiresEntries()
    {
        const auto trace = run("import time\nfrom django.core.cache import cache\ncache.set('k', 'v', 10)\ntime.sleep(9.5)\n"
                               "a = cache.get('k')\ntime.sleep(0.5)\nb = cache.get('k')\nprint(a, b, time.time())\n");
        QCOMPARE(q(trace->stdoutText()), QStringLiteral("v None 10.0\n"));
        QCOMPARE(trace->step(2).clock, 9.5);
    }

    void functionLocalsAreNotGlobals()
    {
        const auto trace = run("x = 'global'\ndef f():\n    x = 'local'\n    return x\nprint(f(), x)\n");
        QCOMPARE(q(trace->stdoutText()), QStringLiteral("local global\n"));
    }

    void deeplyNestedValuesNeitherCrashNorThrow()
    {
        // Freeing or printing 100,000 nested lists must not recurse 100,000 C++ frames deep.
        const auto trace = run("x = []\nfor i in range(100000):\n    x = [x]\n");
        QCOMPARE(trace->status(), Trace::Status::Completed);
        const auto vars = trace->variablesAfterStep(trace->stepCount() - 1);
        const std::string text = repr(vars.at(0).value);
        QVERIFY(text.starts_with("[[[["));
        QVERIFY(text.find("[...]") != std::string::npos);
    }

    void sameScriptSameTrace()
    {
        const QString source = QStringLiteral("from django.core.cache import cache\nf = lambda: 1\nprint(f, cache, cache.get)\n");
        const auto a = run(source);
        const auto b = run(source);
        QCOMPARE(q(a->stdoutText()), q(b->stdoutText()));
        QVERIFY(a->stdoutText().starts_with("<function <lambda> at 0x"));
    }
};

QTEST_APPLESS_MAIN(TestInterpreter)
#include "tst_interpreter.moc"
