#include "testscripts.h"
#include "tracerunner.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cachetutor;

namespace {

// Slow per step (a 20,000-character string each time) but light on memory
// (an expression step records no variable), so a test can watch it run for
// a while and cancel it long before its step limit. `while True: pass` would
// race through 5,000,000 steps in a fraction of a second.
const QString SlowLoop = QStringLiteral("while True:\n    len('x' * 20000)\n");

RunOptions optionsWithSteps(std::int64_t maxSteps, const char *fileName = "script.py")
{
    RunOptions options;
    options.maxSteps = maxSteps;
    options.fileName = fileName;
    return options;
}

std::shared_ptr<const Trace> traceFrom(const QSignalSpy &spy, int index = 0)
{
    return spy.at(index).at(0).value<std::shared_ptr<const Trace>>();
}

} // namespace

class TestTraceRunner : public QObject
{
    Q_OBJECT

private slots:
    void deliversCompletedTrace();
    void deliversNotRunTrace();
    void progressThenCancel();
    void cancelWhenIdleDoesNothing();
    void startSupersedesRunningRun();
    void startSupersedesFinishedButUndeliveredRun();
    void runningChangedSequence();
    void deleteWhileRunning();
    void deleteRightAfterStart();
    void waitForFinishedWhenIdle();
};

void TestTraceRunner::deliversCompletedTrace()
{
    TraceRunner runner;
    QSignalSpy started(&runner, &TraceRunner::started);
    QSignalSpy finished(&runner, &TraceRunner::finished);
    runner.start(QString::fromUtf8(testing::LessonScript), optionsWithSteps(1000, "lesson.py"));
    QCOMPARE(started.count(), 1);
    QVERIFY(runner.isRunning());
    QVERIFY(runner.waitForFinished(30000));
    QCOMPARE(finished.count(), 1);
    const auto trace = traceFrom(finished);
    QVERIFY(trace);
    QCOMPARE(trace->status(), Trace::Status::Completed);
    QCOMPARE(trace->stepCount(), 4);
    QCOMPARE(trace->fileName(), std::string("lesson.py"));
    QCOMPARE(trace->maxSteps(), std::int64_t{1000});
    QCOMPARE(runner.stepsDone(), qint64{4});
    QVERIFY(!runner.isRunning());
}

void TestTraceRunner::deliversNotRunTrace()
{
    TraceRunner runner;
    QSignalSpy finished(&runner, &TraceRunner::finished);
    runner.start(QStringLiteral("x = (\n"), RunOptions{});
    QVERIFY(runner.waitForFinished(30000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(traceFrom(finished)->status(), Trace::Status::NotRun);
    QCOMPARE(runner.stepsDone(), qint64{0});
}

void TestTraceRunner::progressThenCancel()
{
    TraceRunner runner;
    QSignalSpy progress(&runner, &TraceRunner::progress);
    QSignalSpy finished(&runner, &TraceRunner::finished);
    runner.start(SlowLoop, optionsWithSteps(5'000'000));
    // Two reports with steps in them: the count is seen to move.
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 2 && progress.last().at(0).toLongLong() > 0, 60000);
    qint64 previous = -1;
    for (const QList<QVariant> &report : progress) {
        QVERIFY2(report.at(0).toLongLong() > previous, "progress counts only increase");
        previous = report.at(0).toLongLong();
        QCOMPARE(report.at(1).toLongLong(), qlonglong{5'000'000});
    }
    QVERIFY(runner.isRunning());
    QVERIFY(runner.stepsDone() >= previous);

    runner.cancel();
    QVERIFY(runner.waitForFinished(60000));
    QCOMPARE(finished.count(), 1);
    const auto trace = traceFrom(finished);
    QCOMPARE(trace->status(), Trace::Status::Cancelled);
    QVERIFY(trace->stepCount() > 0);
    QVERIFY(trace->stepCount() >= previous);
    QCOMPARE(runner.stepsDone(), qint64{trace->stepCount()});
    QVERIFY(!runner.isRunning());
}

void TestTraceRunner::cancelWhenIdleDoesNothing()
{
    TraceRunner runner;
    QSignalSpy finished(&runner, &TraceRunner::finished);
    QSignalSpy running(&runner, &TraceRunner::runningChanged);
    runner.cancel();
    QVERIFY(runner.waitForFinished(0));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(running.count(), 0);
    QCOMPARE(runner.stepsDone(), qint64{0});
}

void TestTraceRunner::startSupersedesRunningRun()
{
    TraceRunner runner;
    QSignalSpy finished(&runner, &TraceRunner::finished);
    QSignalSpy started(&runner, &TraceRunner::started);
    runner.start(SlowLoop, optionsWithSteps(5'000'000, "slow.py"));
    QTRY_VERIFY_WITH_TIMEOUT(runner.stepsDone() > 0, 60000);
    runner.start(QString::fromUtf8(testing::LessonScript), optionsWithSteps(1000, "lesson.py"));
    QCOMPARE(started.count(), 2);
    QVERIFY(runner.isRunning());
    QVERIFY(runner.waitForFinished(60000));
    QCOMPARE(finished.count(), 1);
    const auto trace = traceFrom(finished);
    QCOMPARE(trace->fileName(), std::string("lesson.py"));
    QCOMPARE(trace->status(), Trace::Status::Completed);
    QCOMPARE(trace->stepCount(), 4);
    // The first run's result, had it been posted, would have arrived by now.
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
}

void TestTraceRunner::startSupersedesFinishedButUndeliveredRun()
{
    // Both small runs may well end before the event loop runs at all: still
    // only the second may arrive.
    TraceRunner runner;
    QSignalSpy finished(&runner, &TraceRunner::finished);
    runner.start(QStringLiteral("a = 1\n"), optionsWithSteps(1000, "first.py"));
    runner.start(QStringLiteral("a = 1\nb = 2\n"), optionsWithSteps(1000, "second.py"));
    QVERIFY(runner.waitForFinished(30000));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(traceFrom(finished)->fileName(), std::string("second.py"));
    QCOMPARE(traceFrom(finished)->stepCount(), 2);
}

void TestTraceRunner::runningChangedSequence()
{
    TraceRunner runner;
    QStringList events;
    connect(&runner, &TraceRunner::started, this, [&] { events << QStringLiteral("started"); });
    connect(&runner, &TraceRunner::runningChanged, this, [&](bool running) {
        events << (running ? QStringLiteral("running") : QStringLiteral("idle"));
        QCOMPARE(runner.isRunning(), running);
    });
    connect(&runner, &TraceRunner::finished, this, [&] { events << QStringLiteral("finished"); });

    runner.start(SlowLoop, optionsWithSteps(5'000'000));
    runner.start(QStringLiteral("a = 1\n"), RunOptions{}); // already running: no second "running"
    QVERIFY(runner.waitForFinished(60000));
    QCOMPARE(events, (QStringList{QStringLiteral("started"), QStringLiteral("running"), QStringLiteral("started"),
                                   QStringLiteral("idle"), QStringLiteral("finished")}));

    events.clear();
    runner.start(QStringLiteral("a = 1\n"), RunOptions{});
    QVERIFY(runner.waitForFinished(30000));
    QCOMPARE(events, (QStringList{QStringLiteral("started"), QStringLiteral("running"), QStringLiteral("idle"),
                                   QStringLiteral("finished")}));
}

void TestTraceRunner::deleteWhileRunning()
{
    auto runner = std::make_unique<TraceRunner>();
    QSignalSpy progress(runner.get(), &TraceRunner::progress);
    runner->start(SlowLoop, optionsWithSteps(5'000'000));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000);
    runner->start(SlowLoop, optionsWithSteps(5'000'000)); // a superseded worker too
    runner.reset();
    // Anything the workers posted went with the runner.
    QTest::qWait(200);
}

void TestTraceRunner::deleteRightAfterStart()
{
    for (int i = 0; i < 20; ++i) {
        auto runner = std::make_unique<TraceRunner>();
        runner->start(QString::fromUtf8(testing::LessonScript), RunOptions{});
        runner.reset();
    }
    QTest::qWait(50);
}

void TestTraceRunner::waitForFinishedWhenIdle()
{
    TraceRunner runner;
    QVERIFY(runner.waitForFinished(0));
    QVERIFY(!runner.isRunning());
}

QTEST_MAIN(TestTraceRunner)
#include "tst_tracerunner.moc"
