// Tests for flowEventsOfStep(): the events each step of a traced script gives
// the concept-flow diagram, read from the recorded calls, their hits and
// misses, and the statement kinds.

#include "conceptflow.h"
#include "testscripts.h"

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

} // namespace

class TestConceptFlow : public QObject
{
    Q_OBJECT

private slots:
    void events_data();
    void events();
};

void TestConceptFlow::events_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("step");
    QTest::addColumn<QStringList>("expected");

    const QByteArray lesson = testing::LessonScript;
    QTest::newRow("lesson: before the first step") << lesson << 0 << list({"start"});
    QTest::newRow("lesson: set") << lesson << 1 << list({"cache.set"});
    QTest::newRow("lesson: get finds the key") << lesson << 2 << list({"cache.get", "cache.get:hit"});
    QTest::newRow("lesson: delete") << lesson << 3 << list({"cache.delete"});
    QTest::newRow("lesson: get after delete misses, last step") << lesson << 4
                                                                << list({"cache.get", "cache.get:miss", "end"});
    QTest::newRow("lesson: past the end") << lesson << 5 << QStringList();
    QTest::newRow("lesson: negative") << lesson << -1 << QStringList();

    const QByteArray expired = "from django.core.cache import cache\n"
                               "import time\n"
                               "cache.set('k', 1, 5)\n"
                               "time.sleep(6)\n"
                               "v = cache.get('k')\n";
    QTest::newRow("expired: sleep") << expired << 2 << list({"time.sleep"});
    QTest::newRow("expired: a stored but expired entry is a miss") << expired << 3
                                                                    << list({"cache.get", "cache.get:miss", "end"});

    const QByteArray many = "from django.core.cache import cache\n"
                            "cache.set('a', 1)\n"
                            "found = cache.get_many(['a', 'b'])\n"
                            "both = cache.get_many(['a'])\n"
                            "neither = cache.get_many(['b', 'c'])\n";
    QTest::newRow("get_many: one present, one absent") << many << 2
                                                       << list({"cache.get_many", "cache.get_many:hit", "cache.get_many:miss"});
    QTest::newRow("get_many: all present") << many << 3 << list({"cache.get_many", "cache.get_many:hit"});
    // Two misses in one call still give the event once.
    QTest::newRow("get_many: none present") << many << 4 << list({"cache.get_many", "cache.get_many:miss", "end"});

    const QByteArray hasKey = "from django.core.cache import cache\n"
                              "cache.set('a', 1)\n"
                              "if cache.has_key('a'):\n"
                              "    print(cache.has_key('b'))\n"
                              "print('a' in cache)\n";
    QTest::newRow("has_key: present, as an if test") << hasKey << 2 << list({"cache.has_key", "cache.has_key:hit"});
    // Calls in the order they finished: the argument before print itself.
    QTest::newRow("has_key: absent, inside print") << hasKey << 3
                                                   << list({"cache.has_key", "cache.has_key:miss", "print"});
    QTest::newRow("in: present") << hasKey << 4
                                 << list({"cache.__contains__", "cache.__contains__:hit", "print", "end"});

    const QByteArray plain = "x = 1\n"
                             "print(x)\n";
    QTest::newRow("plain: assignment without a call") << plain << 1 << list({"assign"});
    QTest::newRow("plain: print, last step") << plain << 2 << list({"print", "end"});
    QTest::newRow("plain: far past the end") << plain << 100 << QStringList();

    const QByteArray repeated = "from django.core.cache import cache\n"
                                "v = cache.get_or_set('n', 5)\n"
                                "cache.incr('n')\n"
                                "print(cache.get('n'), cache.get('zz'), cache.get('n'))\n";
    // Django's get_or_set misses, adds, then reads the added value back: both outcomes.
    QTest::newRow("get_or_set on a missing key") << repeated << 1
                                                 << list({"cache.get_or_set", "cache.get_or_set:hit", "cache.get_or_set:miss"});
    QTest::newRow("incr") << repeated << 2 << list({"cache.incr", "cache.incr:hit"});
    // Three gets give each event once, in order of first appearance.
    QTest::newRow("three gets in one step") << repeated << 3
                                            << list({"cache.get", "cache.get:hit", "cache.get:miss", "print", "end"});

    const QByteArray loop = "for i in range(2):\n"
                            "    pass\n";
    QTest::newRow("loop: for") << loop << 1 << list({"for"});
    QTest::newRow("loop: pass") << loop << 2 << list({"pass"});
    QTest::newRow("loop: last pass") << loop << 4 << list({"pass", "end"});

    // A call that raises still counts its miss; the uncaught error ends the trace there.
    const QByteArray raises = "from django.core.cache import cache\n"
                              "cache.incr('nope')\n"
                              "print('never')\n";
    QTest::newRow("raising incr ends the trace") << raises << 1 << list({"cache.incr", "cache.incr:miss", "end"});

    QTest::newRow("syntax error: only the start") << QByteArray("x = (\n") << 0 << list({"start"});
    QTest::newRow("syntax error: no step 1") << QByteArray("x = (\n") << 1 << QStringList();
}

void TestConceptFlow::events()
{
    QFETCH(QByteArray, script);
    QFETCH(int, step);
    QFETCH(QStringList, expected);

    const auto trace = testing::traced(script.constData());
    QCOMPARE(flowEventsOfStep(*trace, step), expected);
}

QTEST_GUILESS_MAIN(TestConceptFlow)
#include "tst_conceptflow.moc"
