// Narrator: the sentence each step gets, generated from the trace's events.

#include "interpreter.h"
#include "narrator.h"

#include <QTest>

using namespace cachetutor;

class TestNarrator : public QObject
{
    Q_OBJECT

private slots:
    void sentences_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("sentence");
        const QString lesson = QStringLiteral("from django.core.cache import cache\ncache.set('greet', 'Hello', 10)\nvalue = cache.get('greet')\n"
                                              "cache.delete('greet')\nvalue_after_delete = cache.get('greet')\n");
        QTest::newRow("set") << lesson << 0 << "cache.set stores 'Hello' under 'greet' for 10 seconds.";
        QTest::newRow("get hit") << lesson << 1 << "cache.get finds 'greet' and returns 'Hello'.";
        QTest::newRow("delete") << lesson << 2 << "cache.delete removes 'greet' and returns True.";
        QTest::newRow("get miss") << lesson << 3 << "cache.get finds nothing for 'greet' and returns the default None.";
        const QString expiry = QStringLiteral("import time\nfrom django.core.cache import cache\ncache.set('k', 1, 5)\ntime.sleep(6)\n"
                                              "cache.get('k', 'gone')\ncache.set('n', 2, None)\ncache.set('d', 3)\n");
        QTest::newRow("sleep") << expiry << 1 << "time.sleep moves the virtual clock forward 6 seconds, to 6.0.";
        QTest::newRow("expired get") << expiry << 2 << "cache.get finds 'k' expired, removes it, and returns the default 'gone'.";
        QTest::newRow("no expiry") << expiry << 3 << "cache.set stores 2 under 'n' with no expiry (timeout=None).";
        QTest::newRow("default timeout") << expiry << 4 << "cache.set stores 3 under 'd' for the default 300 seconds.";
        const QString errors = QStringLiteral("from django.core.cache import cache\ntry:\n    cache.incr('x')\nexcept ValueError:\n    pass\n"
                                              "cache.add('a', 1)\ncache.add('a', 2)\nx = 5\n");
        QTest::newRow("raises") << errors << 0 << "cache.incr raises ValueError: Key ':1:x' not found.";
        QTest::newRow("add stores") << errors << 2 << "cache.add stores 1 under 'a' for the default 300 seconds, because 'a' was not in the cache, and returns True.";
        QTest::newRow("add refuses") << errors << 3 << "cache.add leaves 'a' alone because it already holds a live value, and returns False.";
        QTest::newRow("assignment") << errors << 4 << "Line 8 runs. x becomes 5.";
        const QString culling = QStringLiteral("from django.core.cache import cache\nfor k in 'abc':\n    cache.set(k, 1)\n");
        QTest::newRow("loop") << culling << 0 << "Line 2 starts the next round of the for loop. k becomes 'a'.";
    }

    void sentences()
    {
        QFETCH(QString, script);
        QFETCH(int, step);
        QFETCH(QString, sentence);
        const auto trace = traceScript(script.toStdString());
        QCOMPARE(Narrator(*trace).narrateStep(step), sentence);
    }

    void cullingIsExplained()
    {
        RunOptions options;
        options.cache.maxEntries = 2;
        options.cache.cullFrequency = 2;
        const auto trace = traceScript("from django.core.cache import cache\ncache.set('a', 1)\ncache.set('b', 2)\ncache.set('c', 3)\n", options);
        QCOMPARE(Narrator(*trace).narrateStep(2),
                 QStringLiteral("cache.set stores 3 under 'c' for the default 300 seconds. The cache was full, so it first culled 1 of its least recently used entries."));
    }

    void transcriptNumbersEveryStep()
    {
        const auto trace = traceScript("from django.core.cache import cache\ncache.set('a', 1)\nprint(cache.get('a'))\n");
        QCOMPARE(Narrator(*trace).transcript(),
                 QStringLiteral("Step 1 (line 2): cache.set stores 1 under 'a' for the default 300 seconds.\n"
                                "Step 2 (line 3): cache.get finds 'a' and returns 1. print writes: 1\n"));
    }
};

QTEST_GUILESS_MAIN(TestNarrator)
#include "tst_narrator.moc"
