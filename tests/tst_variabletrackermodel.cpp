// Tests for VariableTrackerModel: cell texts and ChangedRole for the lesson
// script and a script with timeouts, the columns a step change reports, and
// that a long trace is not computed up front. Every test runs
// QAbstractItemModelTester on the model.

#include "interpreter.h"
#include "testscripts.h"
#include "roles.h"
#include "trace.h"
#include "variabletrackermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cachetutor;
using namespace cachetutor::testing;

namespace {

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int c = 0; c < model.columnCount(); ++c)
        texts << model.index(row, c).data().toString();
    return texts;
}

QList<bool> rowChanged(const QAbstractItemModel &model, int row)
{
    QList<bool> changed;
    for (int c = 0; c < model.columnCount(); ++c)
        changed << model.index(row, c).data(ChangedRole).toBool();
    return changed;
}

} // namespace

class TestVariableTrackerModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyModel();
    void headers();
    void cells_data();
    void cells();
    void accessibleChange();
    void currentColumn();
    void stepChangeEmitsOldAndNewColumns_data();
    void stepChangeEmitsOldAndNewColumns();
    void longTraceIsLazy();
};

void TestVariableTrackerModel::emptyModel()
{
    VariableTrackerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.setCurrentStep(2);
    QCOMPARE(model.currentStep(), 0);
    model.setTrace(traced("x = (\n")); // not run: only Start and the cache row
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("{}"));
}

void TestVariableTrackerModel::headers()
{
    VariableTrackerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(LessonScript));
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Start"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("After Step 1"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("After Step 4"));
    QCOMPARE(model.headerData(3, Qt::Horizontal, StepRole).toInt(), 3);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("value"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("value_after_delete"));
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("cache contents"));
    QCOMPARE(model.cacheRow(), 2);
}

void TestVariableTrackerModel::cells_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QList<bool>>("changed");
    QTest::newRow("value") << LessonScript << 0 << QStringList{"N/A", "N/A", "'Hello'", "'Hello'", "'Hello'"}
                           << QList<bool>{false, false, true, false, false};
    QTest::newRow("value_after_delete") << LessonScript << 1 << QStringList{"N/A", "N/A", "N/A", "N/A", "None"}
                                        << QList<bool>{false, false, false, false, true};
    QTest::newRow("lesson cache") << LessonScript << 2
                                  << QStringList{"{}", "{'greet': 'Hello'}", "{'greet': 'Hello'}", "{}", "{}"}
                                  << QList<bool>{false, true, false, true, false};
    // 'k' expires while time sleeps: the cache row drops it at step 2 although it is still stored.
    QTest::newRow("timeout cache") << TimeoutScript << 0 << QStringList{"{}", "{'k': 1}", "{}", "{'other': 2}"}
                                   << QList<bool>{false, true, true, true};
}

void TestVariableTrackerModel::cells()
{
    QFETCH(QString, script);
    QFETCH(int, row);
    QFETCH(QStringList, texts);
    QFETCH(QList<bool>, changed);
    VariableTrackerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(script.toUtf8().constData()));
    QCOMPARE(rowTexts(model, row), texts);
    QCOMPARE(rowChanged(model, row), changed);
}

void TestVariableTrackerModel::accessibleChange()
{
    VariableTrackerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(LessonScript));
    // The display text of a changed cell stays plain; the change is a role, not a marker in the text.
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("'Hello'"));
    QCOMPARE(model.index(0, 2).data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("changed"));
    QVERIFY(!model.index(0, 3).data(Qt::AccessibleDescriptionRole).isValid());
}

void TestVariableTrackerModel::currentColumn()
{
    VariableTrackerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(LessonScript));
    QVERIFY(model.index(0, 0).data(IsCurrentRole).toBool());
    QVERIFY(model.headerData(0, Qt::Horizontal, IsCurrentRole).toBool());
    model.setCurrentStep(3);
    for (int c = 0; c < model.columnCount(); ++c) {
        QCOMPARE(model.headerData(c, Qt::Horizontal, IsCurrentRole).toBool(), c == 3);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, c).data(IsCurrentRole).toBool(), c == 3);
    }
    model.setCurrentStep(50);
    QCOMPARE(model.currentStep(), 4);
    model.setTrace(traced(LessonScript));
    QCOMPARE(model.currentStep(), 0);
}

void TestVariableTrackerModel::stepChangeEmitsOldAndNewColumns_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QList<int>>("columns");
    QTest::newRow("start to 1") << 0 << 1 << QList<int>{0, 1};
    QTest::newRow("1 to 4") << 1 << 4 << QList<int>{1, 4};
    QTest::newRow("4 to 2") << 4 << 2 << QList<int>{4, 2};
    QTest::newRow("same") << 2 << 2 << QList<int>{};
    QTest::newRow("clamped to the same") << 4 << 9 << QList<int>{};
}

void TestVariableTrackerModel::stepChangeEmitsOldAndNewColumns()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QList<int>, columns);
    VariableTrackerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(LessonScript));
    model.setCurrentStep(from);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setCurrentStep(to);

    QList<int> changedColumns;
    for (const auto &arguments : std::as_const(changed)) {
        const QModelIndex topLeft = arguments.at(0).toModelIndex();
        const QModelIndex bottomRight = arguments.at(1).toModelIndex();
        QCOMPARE(topLeft.column(), bottomRight.column());
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), model.rowCount() - 1);
        QCOMPARE(arguments.at(2).value<QList<int>>(), QList<int>{IsCurrentRole});
        changedColumns << topLeft.column();
    }
    QCOMPARE(changedColumns, columns);

    QList<int> headerColumns;
    for (const auto &arguments : std::as_const(headers)) {
        QCOMPARE(arguments.at(0).value<Qt::Orientation>(), Qt::Horizontal);
        QCOMPARE(arguments.at(1).toInt(), arguments.at(2).toInt());
        headerColumns << arguments.at(1).toInt();
    }
    QCOMPARE(headerColumns, columns);
}

void TestVariableTrackerModel::longTraceIsLazy()
{
    // 200,001 steps (a while test and a body step per iteration); the limit ends the trace.
    const auto trace = traced("i = 0\nwhile True:\n    i = i + 1\n", 200'001);
    QVERIFY(trace->stepCount() > 200'000);
    VariableTrackerModel model;
    // Columns are computed when asked for, not up front: QBENCHMARK prints what setTrace costs.
    QBENCHMARK_ONCE {
        model.setTrace(trace);
    }
    QCOMPARE(model.columnCount(), trace->stepCount() + 1);
    // Cells far apart, as a view scrolled to the end asks for them.
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("1"));
    QVERIFY(model.index(0, 3).data(ChangedRole).toBool());
    const QString last = model.index(0, 200'000).data().toString();
    QVERIFY(!last.isEmpty());
    model.setCurrentStep(200'000);
    QVERIFY(model.index(0, 200'000).data(IsCurrentRole).toBool());
}

QTEST_MAIN(TestVariableTrackerModel)
#include "tst_variabletrackermodel.moc"
