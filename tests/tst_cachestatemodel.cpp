// Tests for CacheStateModel: the live cache of the lesson script step by
// step, expired entries still stored, change kinds and removed keys, the hit
// and miss counters, and the reset a step change makes. Every test runs
// QAbstractItemModelTester on the model.

#include "cachestatemodel.h"
#include "testscripts.h"
#include "interpreter.h"
#include "roles.h"
#include "trace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cachetutor;
using namespace cachetutor::testing;

namespace {

const char *const kChangesScript = R"PY(from django.core.cache import cache
cache.set('a', 1, None)
cache.set('b', [1, 2])
cache.set('a', 2, None)
cache.get('b')
cache.touch('b', 50)
cache.set('c', 3, version=2)
cache.set_many({'a': 2, 'b': [1, 2]}, 50)
cache.clear()
)PY";

using Change = CacheStateModel::Change;

// 'key=value/expires/change' per row, in model order.
QStringList describe(const CacheStateModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(r, column).data(role); };
        const auto change = static_cast<Change>(cell(0, ChangeKindRole).toInt());
        const char *changeName = change == Change::Added ? "added" : change == Change::Updated ? "updated" : "unchanged";
        rows << QStringLiteral("%1=%2/%3/%4")
                    .arg(cell(CacheStateModel::KeyColumn).toString(), cell(CacheStateModel::ValueColumn).toString(),
                         cell(CacheStateModel::ExpiresColumn).toString(), QLatin1String(changeName));
    }
    return rows;
}

} // namespace

class TestCacheStateModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyModel();
    void headers();
    void lessonCells();
    void lessonSteps_data();
    void lessonSteps();
    void expiredStillStored();
    void changeKinds_data();
    void changeKinds();
    void timeToLiveFraction_data();
    void timeToLiveFraction();
    void stepChangeResets();
};

void TestCacheStateModel::emptyModel()
{
    CacheStateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.hits(), 0u);
    QCOMPARE(model.misses(), 0u);
    model.setCurrentStep(3);
    QCOMPARE(model.currentStep(), 0);
    model.setTrace(traced("x = (\n"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.removedKeys().isEmpty());
}

void TestCacheStateModel::headers()
{
    CacheStateModel model;
    const QStringList expected{"Key", "Made Key", "Value", "Version", "Expires"};
    QCOMPARE(model.columnCount(), expected.size());
    for (int c = 0; c < expected.size(); ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), expected.at(c));
}

void TestCacheStateModel::lessonCells()
{
    CacheStateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(LessonScript));
    QCOMPARE(model.rowCount(), 0); // before the first step
    model.setCurrentStep(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CacheStateModel::KeyColumn).data().toString(), QStringLiteral("'greet'"));
    QCOMPARE(model.index(0, CacheStateModel::MadeKeyColumn).data().toString(), QStringLiteral(":1:greet"));
    QCOMPARE(model.index(0, CacheStateModel::ValueColumn).data().toString(), QStringLiteral("'Hello'"));
    QCOMPARE(model.index(0, CacheStateModel::VersionColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, CacheStateModel::ExpiresColumn).data().toString(), QStringLiteral("expires in 10 s"));
    QCOMPARE(model.index(0, 0).data(ChangeKindRole).toInt(), int(Change::Added));
    QCOMPARE(model.index(0, 0).data(TimeToLiveRole).toDouble(), 10.0);
    QCOMPARE(model.index(0, 0).data(ExpiredRole).toBool(), false);
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.removedKeys().isEmpty());
}

void TestCacheStateModel::lessonSteps_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<int>("hits");
    QTest::addColumn<int>("misses");
    QTest::newRow("start") << 0 << QStringList{} << QStringList{} << 0 << 0;
    QTest::newRow("set") << 1 << QStringList{"'greet'='Hello'/expires in 10 s/added"} << QStringList{} << 0 << 0;
    QTest::newRow("get") << 2 << QStringList{"'greet'='Hello'/expires in 10 s/unchanged"} << QStringList{} << 1 << 0;
    QTest::newRow("delete") << 3 << QStringList{} << QStringList{":1:greet"} << 1 << 0;
    QTest::newRow("get after delete") << 4 << QStringList{} << QStringList{} << 1 << 1;
}

void TestCacheStateModel::lessonSteps()
{
    QFETCH(int, step);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, removed);
    QFETCH(int, hits);
    QFETCH(int, misses);
    CacheStateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(LessonScript));
    // Arrive from the far end, as a student stepping backwards does.
    model.setCurrentStep(4);
    model.setCurrentStep(step);
    QCOMPARE(describe(model), rows);
    QCOMPARE(model.removedKeys(), removed);
    QCOMPARE(model.hits(), std::uint64_t(hits));
    QCOMPARE(model.misses(), std::uint64_t(misses));
    QCOMPARE(model.clock(), 0.0);
}

void TestCacheStateModel::expiredStillStored()
{
    CacheStateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(TimeoutScript));
    model.setCurrentStep(1);
    QCOMPARE(describe(model), QStringList{"'k'=1/expires in 5 s/added"});
    model.setCurrentStep(2); // time.sleep(6): 'k' has expired, but Django only deletes it when asked for it
    QCOMPARE(model.clock(), 6.0);
    QCOMPARE(describe(model), QStringList{"'k'=1/expired (still stored)/unchanged"});
    model.setCurrentStep(3);
    QCOMPARE(describe(model),
             (QStringList{"'k'=1/expired (still stored)/unchanged", "'other'=2/expires in 300 s/added"}));
    QCOMPARE(model.index(0, 0).data(ExpiredRole).toBool(), true);
    QVERIFY(model.index(0, CacheStateModel::ValueColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(0, 0).data(TimeToLiveRole).toDouble(), 0.0);
    QCOMPARE(model.index(1, 0).data(ExpiredRole).toBool(), false);
    QVERIFY(!model.index(1, CacheStateModel::ValueColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, 0).data(TimeToLiveRole).toDouble(), 300.0);
    QVERIFY(model.removedKeys().isEmpty());
}

void TestCacheStateModel::changeKinds_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("removed");
    QTest::newRow("set a forever") << 1 << QStringList{"'a'=1/never/added"} << QStringList{};
    QTest::newRow("set b") << 2 << QStringList{"'a'=1/never/unchanged", "'b'=[1, 2]/expires in 300 s/added"}
                           << QStringList{};
    QTest::newRow("new value for a") << 3
                                     << QStringList{"'b'=[1, 2]/expires in 300 s/unchanged", "'a'=2/never/updated"}
                                     << QStringList{};
    QTest::newRow("get moves b, changes nothing")
        << 4 << QStringList{"'a'=2/never/unchanged", "'b'=[1, 2]/expires in 300 s/unchanged"} << QStringList{};
    QTest::newRow("touch changes the expiry")
        << 5 << QStringList{"'a'=2/never/unchanged", "'b'=[1, 2]/expires in 50 s/updated"} << QStringList{};
    QTest::newRow("another version is another entry")
        << 6
        << QStringList{"'a'=2/never/unchanged", "'b'=[1, 2]/expires in 50 s/unchanged", "'c'=3/expires in 300 s/added"}
        << QStringList{};
    QTest::newRow("same values, new expiry")
        << 7
        << QStringList{"'c'=3/expires in 300 s/unchanged", "'a'=2/expires in 50 s/updated",
                       "'b'=[1, 2]/expires in 50 s/unchanged"}
        << QStringList{};
    QTest::newRow("clear") << 8 << QStringList{} << QStringList{":2:c", ":1:a", ":1:b"};
}

void TestCacheStateModel::changeKinds()
{
    QFETCH(int, step);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, removed);
    CacheStateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(kChangesScript));
    QCOMPARE(model.trace()->status(), Trace::Status::Completed);
    model.setCurrentStep(step);
    QCOMPARE(describe(model), rows);
    QCOMPARE(model.removedKeys(), removed);
}

void TestCacheStateModel::timeToLiveFraction_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("hasBar");
    QTest::addColumn<double>("fraction");

    const QString header = QStringLiteral("from django.core.cache import cache\nimport time\n");
    const QString sleepy = header + "cache.set('k', 1, 10)\ntime.sleep(4)\ntime.sleep(6)\n";
    QTest::newRow("just set") << sleepy << 1 << true << 1.0;
    QTest::newRow("4 of 10 s gone") << sleepy << 2 << true << 0.6;
    QTest::newRow("gone at exactly its expiry") << sleepy << 3 << true << 0.0;
    const QString touched = header + "cache.set('k', 1, 10)\ntime.sleep(4)\ncache.touch('k', 20)\ntime.sleep(5)\n";
    QTest::newRow("touch starts a new lifetime") << touched << 3 << true << 1.0;
    QTest::newRow("5 of the touch's 20 s gone") << touched << 4 << true << 0.75;
    const QString incremented = header + "cache.set('k', 1, 10)\ntime.sleep(4)\ncache.incr('k')\ntime.sleep(3)\n";
    QTest::newRow("incr keeps the lifetime") << incremented << 3 << true << 0.6;
    QTest::newRow("and the clock runs on") << incremented << 4 << true << 0.3;
    const QString reset = header + "cache.set('k', 1, 10)\ntime.sleep(4)\ncache.set('k', 2, 8)\ntime.sleep(2)\n";
    QTest::newRow("set again starts a new lifetime") << reset << 3 << true << 1.0;
    QTest::newRow("2 of the new 8 s gone") << reset << 4 << true << 0.75;
    QTest::newRow("expired but still stored") << QString::fromUtf8(TimeoutScript) << 2 << true << 0.0;
    QTest::newRow("born expired (timeout 0)") << header + "cache.set('k', 1, 0)\n" << 1 << true << 0.0;
    QTest::newRow("never expires") << header + "cache.set('k', 1, None)\ntime.sleep(4)\n" << 2 << false << 0.0;
    QTest::newRow("touch to never") << header + "cache.set('k', 1, 10)\ncache.touch('k', None)\n" << 2 << false << 0.0;
}

void TestCacheStateModel::timeToLiveFraction()
{
    QFETCH(QString, script);
    QFETCH(int, step);
    QFETCH(bool, hasBar);
    QFETCH(double, fraction);
    CacheStateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(script.toUtf8().constData()));
    QCOMPARE(model.trace()->status(), Trace::Status::Completed);
    model.setCurrentStep(step);
    QCOMPARE(model.currentStep(), step);
    QCOMPARE(model.rowCount(), 1);
    const QVariant value = model.index(0, CacheStateModel::ExpiresColumn).data(TimeToLiveFractionRole);
    QCOMPARE(value.isValid(), hasBar);
    if (hasBar)
        QCOMPARE(value.toDouble(), fraction);
    // Only the Expires column has a bar.
    for (int c = 0; c < model.columnCount(); ++c)
        if (c != CacheStateModel::ExpiresColumn)
            QVERIFY(!model.index(0, c).data(TimeToLiveFractionRole).isValid());
}

void TestCacheStateModel::stepChangeResets()
{
    CacheStateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traced(LessonScript));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCurrentStep(2);
    QCOMPARE(reset.size(), 1);
    model.setCurrentStep(2); // same step: nothing
    model.setCurrentStep(99); // clamped to 4
    QCOMPARE(model.currentStep(), 4);
    QCOMPARE(reset.size(), 2);
    model.setCurrentStep(4);
    QCOMPARE(reset.size(), 2);
    // Entries differ per step: the model resets rather than patching rows.
    QCOMPARE(changed.size(), 0);
}

QTEST_MAIN(TestCacheStateModel)
#include "tst_cachestatemodel.moc"
