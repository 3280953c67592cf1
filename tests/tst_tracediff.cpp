// Tests for TraceDiff: the column names against TraceFormatter's own header,
// a step's cell over several rows, and what real edits of real scripts change
// in the execution table (both scripts traced, nothing predicted).

#include "testscripts.h"
#include "traceformatter.h"
#include "tracediff.h"

#include <QRegularExpression>
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

// "step|column|before|after", one string per change, so a table row reads as the change it expects.
QStringList describe(const QList<CellChange> &changes)
{
    QStringList lines;
    for (const CellChange &change : changes)
        lines << QStringLiteral("%1|%2|%3|%4").arg(change.step).arg(change.column, change.before, change.after);
    return lines;
}

QByteArray replaceLine(const char *script, int line, const char *replacement)
{
    QList<QByteArray> lines = QByteArray(script).split('\n');
    lines[line - 1] = replacement;
    return lines.join('\n');
}

} // namespace

class TestTraceDiff : public QObject
{
    Q_OBJECT

private slots:
    void columnsAreTheTableHeader();
    void cellsOfOneRowSteps();
    void cellOfSeveralRows();
    void diff_data();
    void diff();
};

void TestTraceDiff::columnsAreTheTableHeader()
{
    // A key with a blank warns, so the table has its Notes column too.
    const auto trace = testing::traced("from django.core.cache import cache\ncache.set('a b', 1)\n");
    const std::string table = TraceFormatter(*trace).table();
    const QString header = QString::fromStdString(table.substr(0, table.find('\n')));
    QCOMPARE(header.split(QRegularExpression(QStringLiteral(" {2,}"))), executionTableColumns());
    QVERIFY(isExecutionTableColumn(QStringLiteral("Cache State")));
    QVERIFY(!isExecutionTableColumn(QStringLiteral("cache state")));
}

void TestTraceDiff::cellsOfOneRowSteps()
{
    const auto trace = testing::traced(testing::LessonScript);
    const TraceFormatter table(*trace);
    QCOMPARE(executionTableStepCount(table), 4);
    auto cell = [&](int step, const char *column) { return executionTableCell(table, step, QString::fromUtf8(column)); };
    QCOMPARE(cell(1, "Step"), QStringLiteral("1"));
    QCOMPARE(cell(1, "Action"), QStringLiteral("cache.set"));
    QCOMPARE(cell(1, "Key"), QStringLiteral("'greet'"));
    QCOMPARE(cell(1, "Value Stored/Retrieved"), QStringLiteral("'Hello'"));
    QCOMPARE(cell(2, "Output"), QStringLiteral("'Hello'"));
    QCOMPARE(cell(3, "Cache State"), QStringLiteral("{}"));
    QCOMPARE(cell(3, "Value Stored/Retrieved"), QString());
    QCOMPARE(cell(4, "Notes"), QString());
    // Beyond the table, and a column it does not have: nothing.
    QCOMPARE(cell(0, "Output"), QString());
    QCOMPARE(cell(5, "Output"), QString());
    QCOMPARE(cell(2, "Outputs"), QString());
}

// Two calls in one statement: two rows of one step, one cell.
void TestTraceDiff::cellOfSeveralRows()
{
    const auto trace = testing::traced("from django.core.cache import cache\n"
                                       "cache.set('b', 2)\n"
                                       "x = cache.get('a') or cache.get('b')\n");
    const TraceFormatter table(*trace);
    QCOMPARE(table.eventCount(), std::size_t(3));
    QCOMPARE(executionTableStepCount(table), 2);
    auto cell = [&](const char *column) { return executionTableCell(table, 2, QString::fromUtf8(column)); };
    QCOMPARE(cell("Key"), QStringLiteral("'a'\n'b'"));
    QCOMPARE(cell("Value Stored/Retrieved"), QStringLiteral("None\n2"));
    QCOMPARE(cell("Output"), QStringLiteral("None\n2"));
    // The same text on consecutive rows once: neither get changed the cache.
    QCOMPARE(cell("Action"), QStringLiteral("cache.get"));
    QCOMPARE(cell("Cache State"), QStringLiteral("{'b': 2}"));
    QCOMPARE(cell("Step"), QStringLiteral("2"));
}

void TestTraceDiff::diff_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QStringList>("changes");

    const QByteArray lesson = testing::LessonScript;
    // basics.json's what-if question: its `changes` are exactly these cells.
    QTest::newRow("lesson 1, line 2 stores 'Hi' for 5 seconds")
        << lesson << replaceLine(testing::LessonScript, 2, "cache.set('greet', 'Hi', 5)")
        << list({"1|Value Stored/Retrieved|'Hello'|'Hi'", "1|Cache State|{'greet': 'Hello'}|{'greet': 'Hi'}",
                 "2|Value Stored/Retrieved|'Hello'|'Hi'", "2|Cache State|{'greet': 'Hello'}|{'greet': 'Hi'}",
                 "2|Output|'Hello'|'Hi'"});
    QTest::newRow("the same script: no change") << lesson << lesson << QStringList();
    // Only the timeout differs, and no time passes: the table cannot tell.
    QTest::newRow("lesson 1, a shorter timeout only")
        << lesson << replaceLine(testing::LessonScript, 2, "cache.set('greet', 'Hello', 5)") << QStringList();
    QTest::newRow("lesson 1 without the delete: the last get hits")
        << lesson << replaceLine(testing::LessonScript, 4, "pass")
        << list({"3|Action|cache.delete|pass", "3|Key|'greet'|", "3|Cache State|{}|{'greet': 'Hello'}",
                 "3|Output|True|", "4|Value Stored/Retrieved|None|'Hello'", "4|Cache State|{}|{'greet': 'Hello'}",
                 "4|Output|None|'Hello'"});
    QTest::newRow("a step more: every column but Step")
        << lesson << lesson + "print('done')\n"
        << list({"5|Action||print", "5|Key||", "5|Value Stored/Retrieved||", "5|Cache State||{}", "5|Output||done",
                 "5|Notes||"});
    QTest::newRow("a step fewer")
        << QByteArray("x = 1\ny = 2\n") << QByteArray("x = 1\n")
        << list({"2|Action|assign|", "2|Key||", "2|Value Stored/Retrieved||", "2|Cache State|{}|", "2|Output||",
                 "2|Notes||"});
    QTest::newRow("a warning appears in Notes")
        << QByteArray("from django.core.cache import cache\ncache.set('ab', 1)\n")
        << QByteArray("from django.core.cache import cache\ncache.set('a b', 1)\n")
        << list({"1|Key|'ab'|'a b'", "1|Cache State|{'ab': 1}|{'a b': 1}",
                 "1|Notes||CacheKeyWarning: Cache key contains characters that will cause errors if used with "
                 "memcached: ':1:a b'"});
}

void TestTraceDiff::diff()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QStringList, changes);
    const auto beforeTrace = testing::traced(before.constData());
    const auto afterTrace = testing::traced(after.constData());
    const QList<CellChange> forth = diffExecutionTables(*beforeTrace, *afterTrace);
    QCOMPARE(describe(forth), changes);
    // The other way round: the same cells, the sides swapped.
    QList<CellChange> swapped;
    for (const CellChange &change : forth)
        swapped << CellChange{change.step, change.column, change.after, change.before};
    QCOMPARE(describe(diffExecutionTables(*afterTrace, *beforeTrace)), describe(swapped));
}

QTEST_GUILESS_MAIN(TestTraceDiff)
#include "tst_tracediff.moc"
