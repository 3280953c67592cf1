// Tests for ExecutionTableModel: cell texts of the lesson script, the roles
// for errors and warnings, the dataChanged ranges a step change emits, and
// rows inserted and removed while future steps are hidden. Every test runs
// QAbstractItemModelTester on the model.

#include "executiontablemodel.h"
#include "testscripts.h"
#include "interpreter.h"
#include "roles.h"
#include "trace.h"
#include "traceformatter.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace cachetutor;
using namespace cachetutor::testing;

namespace {

// Step 1 makes two calls (two rows), step 2 none, step 3 one.
const char *const kTwoCallsScript = R"PY(from django.core.cache import cache
cache.set('n', cache.get('n', 0) + 1)
x = 5
cache.get('n')
)PY";

const char *const kErrorScript = R"PY(from django.core.cache import cache
cache.set('a b', 1)
cache.incr('missing')
)PY";

// The rows a dataChanged signal covered, as 'first-last'; columns must span the whole row.
QString changedRows(const QList<QVariant> &arguments)
{
    const auto topLeft = arguments.at(0).toModelIndex();
    const auto bottomRight = arguments.at(1).toModelIndex();
    if (topLeft.column() != 0 || bottomRight.column() != ExecutionTableModel::ColumnCount - 1)
        return QStringLiteral("bad columns");
    return QStringLiteral("%1-%2").arg(topLeft.row()).arg(bottomRight.row());
}

} // namespace

class TestExecutionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyModel();
    void headers();
    void lessonCells_data();
    void lessonCells();
    void currentAndFutureRoles();
    void stepChangeEmitsChangedRows_data();
    void stepChangeEmitsChangedRows();
    void hiddenFutureSteps();
    void toggleFutureSteps();
    void errorsAndWarnings();
    void newTraceResets();
    void rowsMatchFormatter_data();
    void rowsMatchFormatter();
    void longTraceLoadsLazily();
    void hintHighlightsCells_data();
    void hintHighlightsCells();
};

void TestExecutionTableModel::emptyModel()
{
    ExecutionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowForStep(1), -1);
    model.setCurrentStep(3); // no trace: stays at 0
    QCOMPARE(model.currentStep(), 0);
    model.setTrace(traced("x = (\n")); // syntax error: no steps
    QCOMPARE(model.rowCount(), 0);
}

void TestExecutionTableModel::headers()
{
    ExecutionTableModel model;
    const QStringList expected{"Step", "Action", "Key", "Value Stored/Retrieved", "Cache State", "Output"};
    QCOMPARE(model.columnCount(), expected.size());
    for (int c = 0; c < expected.size(); ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), expected.at(c));
}

void TestExecutionTableModel::lessonCells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<int>("line");
    QTest::newRow("set") << 0 << QStringList{"1", "cache.set", "'greet'", "'Hello'", "{'greet': 'Hello'}", "None"} << 2;
    QTest::newRow("get") << 1 << QStringList{"2", "cache.get", "'greet'", "'Hello'", "{'greet': 'Hello'}", "'Hello'"} << 3;
    QTest::newRow("delete") << 2 << QStringList{"3", "cache.delete", "'greet'", "", "{}", "True"} << 4;
    QTest::newRow("get after delete") << 3 << QStringList{"4", "cache.get", "'greet'", "None", "{}", "None"} << 5;
}

void TestExecutionTableModel::lessonCells()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    QFETCH(int, line);
    ExecutionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(LessonScript));
    QCOMPARE(model.rowCount(), 4);
    for (int c = 0; c < cells.size(); ++c)
        QCOMPARE(model.index(row, c).data().toString(), cells.at(c));
    QCOMPARE(model.index(row, 0).data(StepRole).toInt(), row + 1);
    QCOMPARE(model.index(row, 3).data(LineRole).toInt(), line);
    QCOMPARE(model.index(row, 0).data(ErrorRole).toString(), QString());
    QCOMPARE(model.index(row, 0).data(WarningRole).toString(), QString());
    QVERIFY(!model.index(row, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(row, 0).data(Qt::ToolTipRole).isValid());
    QCOMPARE(model.rowForStep(row + 1), row);
}

void TestExecutionTableModel::currentAndFutureRoles()
{
    ExecutionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(LessonScript));
    QCOMPARE(model.currentStep(), 0);
    for (int r = 0; r < 4; ++r) {
        QVERIFY(model.index(r, 1).data(IsFutureRole).toBool());
        QVERIFY(!model.index(r, 1).data(IsCurrentRole).toBool());
        QVERIFY(model.index(r, 1).data(Qt::ForegroundRole).isValid());
    }
    model.setCurrentStep(2);
    const bool past[] = {true, false, false, false};
    const bool current[] = {false, true, false, false};
    for (int r = 0; r < 4; ++r) {
        QCOMPARE(model.index(r, 4).data(IsCurrentRole).toBool(), current[r]);
        QCOMPARE(model.index(r, 4).data(IsFutureRole).toBool(), !past[r] && !current[r]);
        QCOMPARE(model.index(r, 4).data(Qt::ForegroundRole).isValid(), !past[r] && !current[r]);
    }
    model.setCurrentStep(99); // clamped to the last step
    QCOMPARE(model.currentStep(), 4);
    model.setCurrentStep(-1);
    QCOMPARE(model.currentStep(), 0);
}

void TestExecutionTableModel::stepChangeEmitsChangedRows_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("ranges"); // one dataChanged each
    QTest::newRow("start to 1") << LessonScript << 0 << 1 << QStringList{"0-0"};
    QTest::newRow("1 to 2") << LessonScript << 1 << 2 << QStringList{"0-1"};
    QTest::newRow("1 to 4") << LessonScript << 1 << 4 << QStringList{"0-3"};
    QTest::newRow("4 to 3") << LessonScript << 4 << 3 << QStringList{"2-3"};
    QTest::newRow("3 to start") << LessonScript << 3 << 0 << QStringList{"0-2"};
    QTest::newRow("same step") << LessonScript << 2 << 2 << QStringList{};
    QTest::newRow("beyond the end") << LessonScript << 4 << 7 << QStringList{};
    QTest::newRow("two calls: start to 1") << kTwoCallsScript << 0 << 1 << QStringList{"0-1"};
    QTest::newRow("two calls: 1 to 2") << kTwoCallsScript << 1 << 2 << QStringList{"0-2"};
    QTest::newRow("two calls: 3 to 2") << kTwoCallsScript << 3 << 2 << QStringList{"2-3"};
}

void TestExecutionTableModel::stepChangeEmitsChangedRows()
{
    QFETCH(QString, script);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, ranges);
    ExecutionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(script.toUtf8().constData()));
    model.setCurrentStep(from);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setCurrentStep(to);
    QStringList seen;
    for (const auto &arguments : std::as_const(changed)) {
        seen << changedRows(arguments);
        const auto roles = arguments.at(2).value<QList<int>>();
        QVERIFY(roles.contains(IsCurrentRole));
        QVERIFY(roles.contains(IsFutureRole));
        QVERIFY(roles.contains(Qt::ForegroundRole));
        QVERIFY(!roles.contains(Qt::DisplayRole));
    }
    QCOMPARE(seen, ranges);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
}

void TestExecutionTableModel::hiddenFutureSteps()
{
    ExecutionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setShowFutureSteps(false);
    model.setTrace(traced(kTwoCallsScript)); // rows: step 1, step 1, step 2, step 3
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowForStep(1), -1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setCurrentStep(2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(changed.size(), 0); // there was no current row before
    QCOMPARE(model.rowForStep(2), 2);
    QCOMPARE(model.rowForStep(3), -1);
    QVERIFY(model.index(2, 0).data(IsCurrentRole).toBool());

    inserted.clear();
    model.setCurrentStep(3);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changedRows(changed.at(0)), QStringLiteral("2-2")); // step 2 is no longer current

    changed.clear();
    model.setCurrentStep(1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 2);
    QCOMPARE(removed.at(0).at(2).toInt(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changedRows(changed.at(0)), QStringLiteral("0-1")); // step 1's two rows become current
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(model.index(r, 0).data(IsCurrentRole).toBool());
        QVERIFY(!model.index(r, 0).data(IsFutureRole).toBool());
    }
}

void TestExecutionTableModel::toggleFutureSteps()
{
    ExecutionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(LessonScript));
    model.setCurrentStep(1);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setShowFutureSteps(false);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 3);
    model.setShowFutureSteps(false); // no change, no signal
    QCOMPARE(removed.size(), 1);
    model.setShowFutureSteps(true);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    model.setCurrentStep(4);
    model.setShowFutureSteps(false); // nothing in the future: nothing to remove
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 4);
}

void TestExecutionTableModel::errorsAndWarnings()
{
    ExecutionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(kErrorScript));
    QCOMPARE(model.rowCount(), 2);

    const QModelIndex warned = model.index(0, ExecutionTableModel::StepColumn);
    QVERIFY(warned.data(WarningRole).toString().startsWith("CacheKeyWarning"));
    QCOMPARE(warned.data(ErrorRole).toString(), QString());
    QCOMPARE(warned.data(Qt::ToolTipRole).toString(), warned.data(WarningRole).toString());
    QVERIFY(!warned.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.index(0, ExecutionTableModel::OutputColumn).data(Qt::DecorationRole).isValid());

    const QModelIndex failed = model.index(1, ExecutionTableModel::StepColumn);
    QCOMPARE(failed.data(ErrorRole).toString(), QStringLiteral("ValueError: Key ':1:missing' not found"));
    QCOMPARE(failed.data(WarningRole).toString(), QString());
    QCOMPARE(failed.data(Qt::ToolTipRole).toString(), failed.data(ErrorRole).toString());
    QVERIFY(!failed.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(1, ExecutionTableModel::OutputColumn).data().toString(),
             QStringLiteral("ValueError: Key ':1:missing' not found"));
}

void TestExecutionTableModel::newTraceResets()
{
    ExecutionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(LessonScript));
    model.setCurrentStep(3);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTrace(traced(kTwoCallsScript));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.currentStep(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(1, ExecutionTableModel::ActionColumn).data().toString(), QStringLiteral("cache.set"));
    QCOMPARE(model.index(2, ExecutionTableModel::ActionColumn).data().toString(), QStringLiteral("assign"));
    model.setTrace(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestExecutionTableModel::rowsMatchFormatter_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("lesson") << LessonScript;
    QTest::newRow("two calls") << kTwoCallsScript;
    QTest::newRow("errors") << kErrorScript;
}

// The model builds each row through TraceFormatter::row(), the path rows()
// and the exports take: cells, steps and row numbers agree with them.
void TestExecutionTableModel::rowsMatchFormatter()
{
    QFETCH(QString, script);
    const auto trace = traced(script.toUtf8().constData());
    const TraceFormatter formatter(*trace);
    const auto rows = formatter.rows();
    ExecutionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(trace);
    QCOMPARE(static_cast<std::size_t>(model.rowCount()), formatter.eventCount());
    QCOMPARE(rows.size(), formatter.eventCount());
    for (int r = model.rowCount() - 1; r >= 0; --r) { // backwards: a row must not need the one above built first
        const auto event = static_cast<std::size_t>(r);
        const auto &row = rows[event];
        const QStringList cells{QString::number(row.step), QString::fromStdString(row.action), QString::fromStdString(row.key),
                                QString::fromStdString(row.value), QString::fromStdString(row.state),
                                QString::fromStdString(row.output)};
        for (int c = 0; c < cells.size(); ++c)
            QCOMPARE(model.index(r, c).data().toString(), cells.at(c));
        QCOMPARE(model.index(r, 0).data(LineRole).toInt(), row.line);
        QCOMPARE(model.index(r, 0).data(ErrorRole).toString(), QString::fromStdString(row.error));
        QCOMPARE(formatter.eventStep(event), row.step);
        QCOMPARE(model.index(r, 0).data(StepRole).toInt(), row.step);
    }
    for (int step = 1; step <= trace->stepCount(); ++step)
        QCOMPARE(static_cast<std::size_t>(model.rowForStep(step)), formatter.firstEventOfStep(step));
    QCOMPARE(formatter.firstEventOfStep(trace->stepCount() + 1), formatter.eventCount());
}

void TestExecutionTableModel::longTraceLoadsLazily()
{
    // 200,000 steps: a `for` step and a cache.set step per iteration.
    const char *const script = "from django.core.cache import cache\n"
                               "for i in range(100000):\n"
                               "    cache.set(i % 100, i)\n";
    RunOptions options;
    options.maxSteps = 1'000'000;
    const std::shared_ptr<const Trace> trace(traceScript(script, options));
    QCOMPARE(trace->stepCount(), 200000);

    ExecutionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Only the formatter's index is built here, not the text of every row:
    // QBENCHMARK prints how long that takes.
    QBENCHMARK_ONCE {
        model.setTrace(trace);
    }
    QCOMPARE(model.rowCount(), 200000);

    const int last = model.rowCount() - 1;
    QStringList state;
    for (int k = 0; k < 100; ++k)
        state << QStringLiteral("%1: %2").arg(k).arg(99900 + k);
    const QStringList cells{"200000", "cache.set", "99", "99999", "{" + state.join(", ") + "}", "None"};
    for (int c = 0; c < cells.size(); ++c)
        QCOMPARE(model.index(last, c).data().toString(), cells.at(c));
    QCOMPARE(model.index(last, 0).data(StepRole).toInt(), 200000);
    QCOMPARE(model.index(last, 0).data(LineRole).toInt(), 3);
    QCOMPARE(model.index(1, ExecutionTableModel::ActionColumn).data().toString(), QStringLiteral("cache.set"));
    QCOMPARE(model.rowForStep(200000), last);

    model.setCurrentStep(200000);
    QVERIFY(model.index(last, 0).data(IsCurrentRole).toBool());
    QVERIFY(!model.index(last - 1, 0).data(IsCurrentRole).toBool());
    QVERIFY(!model.index(last - 1, 0).data(IsFutureRole).toBool());
}

void TestExecutionTableModel::hintHighlightsCells_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QList<int>>("steps");
    QTest::addColumn<QList<int>>("highlightedRows"); // rows (0-based) whose cell in `checked` is highlighted
    QTest::addColumn<int>("checked");
    QTest::newRow("one cell") << "Output" << QList<int>{2} << QList<int>{1} << int(ExecutionTableModel::OutputColumn);
    QTest::newRow("not that column") << "Output" << QList<int>{2} << QList<int>{} << int(ExecutionTableModel::StateColumn);
    QTest::newRow("whole column") << "Cache State" << QList<int>{} << QList<int>{0, 1, 2, 3} << int(ExecutionTableModel::StateColumn);
    QTest::newRow("cleared") << "" << QList<int>{} << QList<int>{} << int(ExecutionTableModel::OutputColumn);
}

void TestExecutionTableModel::hintHighlightsCells()
{
    QFETCH(QString, column);
    QFETCH(QList<int>, steps);
    QFETCH(QList<int>, highlightedRows);
    QFETCH(int, checked);
    ExecutionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(LessonScript));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHighlightedCells(ExecutionTableModel::columnNamed(column), QSet<int>(steps.begin(), steps.end()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{HighlightRole});
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, checked).data(HighlightRole).toBool(), highlightedRows.contains(row));
}

QTEST_MAIN(TestExecutionTableModel)
#include "tst_executiontablemodel.moc"
