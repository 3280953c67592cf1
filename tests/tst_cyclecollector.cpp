// CycleCollector: the reference cycles a script makes are freed (by the run's
// collector, or by ~Trace for the trace's own copies), printed as Python 3.11
// prints them (each expected text checked with CPython), compared without
// hanging, and kept as cycles in the trace's snapshots.

#include "cyclecollector.h"
#include "interpreter.h"
#include "pyexception.h"
#include "trace.h"

#include <QTest>

using namespace cachetutor;

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::unique_ptr<Trace> run(const QByteArray &source)
{
    RunOptions options;
    options.fileName = "test.py";
    return traceScript(source.toStdString(), options);
}

// The repr of a variable's snapshot after the last step.
QString finalRepr(const Trace &trace, const std::string &name)
{
    const auto values = trace.variablesAfterStep(trace.stepCount() - 1);
    for (std::size_t i = 0; i < trace.variableNames().size(); ++i)
        if (trace.variableNames()[i] == name)
            return values.at(i).defined ? q(repr(values.at(i).value)) : QStringLiteral("<undefined>");
    return QStringLiteral("<no variable>");
}

} // namespace

class TestCycleCollector : public QObject
{
    Q_OBJECT

private slots:
    // Each script makes a cycle: the output matches Python, the trace's
    // snapshot prints the same, and once the trace is gone every object the
    // run made is freed.
    void cyclicScripts_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("snapshot");

        QTest::newRow("list holds itself") << QByteArray("a = [0]\na[0] = a\nprint(a, str(a))\n")
                                           << "[[...]] [[...]]\n" << "a" << "[[...]]";
        QTest::newRow("dict holds itself") << QByteArray("d = {}\nd['d'] = d\nprint(d)\n")
                                           << "{'d': {...}}\n" << "d" << "{'d': {...}}";
        QTest::newRow("list holds itself twice") << QByteArray("a = [0, 0]\na[0] = a\na[1] = a\nprint(a)\n")
                                                 << "[[...], [...]]\n" << "a" << "[[...], [...]]";
        QTest::newRow("through exception args")
            << QByteArray("l = [0]\ne = ValueError(l)\nl[0] = e\nprint(repr(l), repr(e), str(e))\n")
            << "[ValueError([...])] ValueError([ValueError([...])]) [ValueError([...])]\n" << "l" << "[ValueError([...])]";
        QTest::newRow("through KeyError args") << QByteArray("d = {}\ne = KeyError(d)\nd[1] = e\nprint(d, str(e))\n")
                                               << "{1: KeyError({...})} {1: KeyError({...})}\n" << "d" << "{1: KeyError({...})}";
        QTest::newRow("through a function default") << QByteArray("l = [0]\ndef f(x=l):\n    pass\nl[0] = f\nprint(len(l))\n")
                                                    << "1\n" << "l" << "[<function f at 0x7f3a2c001960>]";
        QTest::newRow("through a tuple") << QByteArray("l = [0]\nt = (l,)\nl[0] = t\nprint(t, l)\n")
                                         << "([(...)],) [([...],)]\n" << "t" << "([(...)],)";
        QTest::newRow("dict in a list in itself") << QByteArray("d = {}\nd[1] = [d]\nprint(d)\n")
                                                  << "{1: [{...}]}\n" << "d" << "{1: [{...}]}";
        QTest::newRow("stored in the cache")
            << QByteArray("from django.core.cache import cache\na = [0]\na[0] = a\ncache.set('k', a)\nb = cache.get('k')\nprint(b, b[0] is b)\n")
            << "[[...]] True\n" << "b" << "[[...]]";
        QTest::newRow("compared") << QByteArray("a = [0]\na[0] = a\nb = [0]\nb[0] = b\ntry:\n    print(a == b)\nexcept RecursionError as e:\n    print(a == a, e)\n")
                                  << "True maximum recursion depth exceeded in comparison\n" << "b" << "[[...]]";
        QTest::newRow("made in a loop") << QByteArray("for i in range(3000):\n    a = [0, i]\n    a[0] = a\n    d = {}\n    d[i] = [d, a]\nprint(len(a), len(d))\n")
                                        << "2 1\n" << "a" << "[[...], 2999]";
        QTest::newRow("closure") << QByteArray("def f():\n    def g():\n        return g\n    return g\nh = f()\nprint(h() is h)\n")
                                 << "True\n" << "h" << "<no variable>"; // functions are not tracked
        QTest::newRow("shared, no cycle") << QByteArray("x = [1]\ny = [x, x]\nprint(y)\n") << "[[1], [1]]\n" << "y" << "[[1], [1]]";
    }

    void cyclicScripts()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, output);
        QFETCH(QString, variable);
        QFETCH(QString, snapshot);

        run(script); // the first run makes the process-wide objects (exception types) once
        const std::int64_t before = Object::liveObjectsOnThisThread();
        {
            const auto trace = run(script);
            QCOMPARE(trace->status(), Trace::Status::Completed);
            QCOMPARE(q(trace->stdoutText()), output);
            QCOMPARE(finalRepr(*trace, variable.toStdString()), snapshot);
        }
        QCOMPARE(Object::liveObjectsOnThisThread(), before);
    }

    // A snapshot keeps the cycle as it was, not the live list changed since.
    void snapshotsKeepCyclesAsTheyWere()
    {
        const auto trace = run("a = [0]\na[0] = a\nb = a\na[0] = 1\n");
        QCOMPARE(trace->stepCount(), 4);
        QCOMPARE(q(repr(trace->variablesAfterStep(1).at(0).value)), QStringLiteral("[[...]]"));
        QCOMPARE(q(repr(trace->variablesAfterStep(3).at(0).value)), QStringLiteral("[1]"));
    }

    // Every step after a change in place compares the tracked containers with
    // their snapshots: a cycle, and 2**30 paths through a shared list, must
    // stay quick and count as unchanged.
    void cyclicSnapshotsCompareQuickly()
    {
        const auto trace = run("a = [0, 0]\na[0] = a\na[1] = a\nx = [a]\nfor i in range(30):\n    x = [x, x]\n"
                               "c = [0]\nfor i in range(100):\n    c[0] = i\n");
        QCOMPARE(trace->status(), Trace::Status::Completed);
        QCOMPARE(trace->variableNames().at(0), std::string("a"));
        // a changed at steps 1..3 only, never again.
        const auto early = trace->variablesAfterStep(2).at(0).value;
        const auto late = trace->variablesAfterStep(trace->stepCount() - 1).at(0).value;
        QVERIFY(early.isSameObject(late));
    }

    // The collector on its own: a garbage cycle goes, a cycle held from outside stays whole.
    void collectorBreaksOnlyUnreachableCycles()
    {
        const std::int64_t before = Object::liveObjectsOnThisThread();
        Value kept;
        {
            CycleCollector collector;
            Value garbage = Value::list({Value()});
            garbage.sequence().m_items[0] = garbage;
            kept = makeDict();
            kept.dict().m_table.insert(Value::integer(1), kept);
            garbage = Value();
            const std::vector<Ref<Object>> survivors = collector.finish();
            QCOMPARE(survivors.size(), std::size_t{1});
            QVERIFY(survivors.front().get() == kept.heap());
        }
        QCOMPARE(q(repr(kept)), QStringLiteral("{1: {...}}"));
        QCOMPARE(Object::liveObjectsOnThisThread(), before + 1);
        kept.dict().m_table.clear();
        kept = Value();
        QCOMPARE(Object::liveObjectsOnThisThread(), before);
    }

    // A set can only be inside itself through a hashable object such as an exception.
    void setInsideItselfPrintsAsPython()
    {
        const std::int64_t before = Object::liveObjectsOnThisThread();
        {
            Value set = makeSet();
            Value e = Value::object(Ref<Object>(new ExceptionObject(exceptionType(ExceptionKind::ValueError), {set})));
            set.set().m_table.insert(e, Value());
            QCOMPARE(q(repr(set)), QStringLiteral("{ValueError(set(...))}"));
            QCOMPARE(q(str(e)), QStringLiteral("{ValueError(set(...))}"));
            CycleCollector::Reachable reachable;
            reachable.visit(set);
            std::vector<Ref<Object>> candidates = reachable.take();
            set = Value();
            e = Value();
            QVERIFY(CycleCollector::collectCycles(std::move(candidates)).empty());
        }
        QCOMPARE(Object::liveObjectsOnThisThread(), before);
    }

    // Deeper than repr() prints, a snapshot shares the live list (never shown)
    // rather than recurse without bound; that list is freed with the trace.
    void deepNestingAfterAChangeInPlace()
    {
        const QByteArray script("x = []\nfor i in range(3000):\n    x = [x]\ny = [0]\ny[0] = y\n");
        run(script);
        const std::int64_t before = Object::liveObjectsOnThisThread();
        {
            const auto trace = run(script);
            QCOMPARE(trace->status(), Trace::Status::Completed);
            QVERIFY(repr(trace->variablesAfterStep(trace->stepCount() - 1).at(0).value).starts_with("[[[["));
            QCOMPARE(finalRepr(*trace, "y"), QStringLiteral("[[...]]"));
        }
        QCOMPARE(Object::liveObjectsOnThisThread(), before);
    }
};

QTEST_APPLESS_MAIN(TestCycleCollector)
#include "tst_cyclecollector.moc"
