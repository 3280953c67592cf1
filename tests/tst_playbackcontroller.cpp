// PlaybackController: bounds, back/forward, the play timer, breakpoints and its signals.

#include "playbackcontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace cachetutor;

class TestPlaybackController : public QObject
{
    Q_OBJECT

private slots:
    void startsAtStartOfANewTrace()
    {
        PlaybackController controller;
        QSignalSpy steps(&controller, &PlaybackController::currentStepChanged);
        QSignalSpy counts(&controller, &PlaybackController::stepCountChanged);
        controller.setStepCount(4);
        QCOMPARE(controller.stepCount(), 4);
        QCOMPARE(controller.currentStep(), 0);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(steps.count(), 1);
        QVERIFY(!controller.canGoBack());
        QVERIFY(controller.canGoForward());
    }

    void navigation_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("emitted");
        QTest::newRow("forward") << 1 << "forward" << 2 << true;
        QTest::newRow("back") << 2 << "back" << 1 << true;
        QTest::newRow("back at start stays") << 0 << "back" << 0 << false;
        QTest::newRow("forward at end stays") << 4 << "forward" << 4 << false;
        QTest::newRow("first") << 3 << "first" << 0 << true;
        QTest::newRow("last") << 1 << "last" << 4 << true;
        QTest::newRow("last at last") << 4 << "last" << 4 << false;
        QTest::newRow("set beyond end clamps") << 1 << "set 99" << 4 << true;
        QTest::newRow("set below start clamps") << 2 << "set -5" << 0 << true;
    }

    void navigation()
    {
        QFETCH(int, from);
        QFETCH(QString, action);
        QFETCH(int, to);
        QFETCH(bool, emitted);
        PlaybackController controller;
        controller.setStepCount(4);
        controller.setCurrentStep(from);
        QSignalSpy spy(&controller, &PlaybackController::currentStepChanged);
        if (action == QLatin1String("forward"))
            controller.forward();
        else if (action == QLatin1String("back"))
            controller.back();
        else if (action == QLatin1String("first"))
            controller.first();
        else if (action == QLatin1String("last"))
            controller.last();
        else
            controller.setCurrentStep(action.mid(4).toInt());
        QCOMPARE(controller.currentStep(), to);
        QCOMPARE(spy.count(), emitted ? 1 : 0);
        if (emitted)
            QCOMPARE(spy.at(0).at(0).toInt(), to);
    }

    void backGoesBackExactly()
    {
        PlaybackController controller;
        controller.setStepCount(10);
        QList<int> seen;
        connect(&controller, &PlaybackController::currentStepChanged, this, [&](int step) { seen << step; });
        for (int i = 0; i < 3; ++i)
            controller.forward();
        for (int i = 0; i < 3; ++i)
            controller.back();
        QCOMPARE(seen, QList<int>({1, 2, 3, 2, 1, 0}));
    }

    void playRunsToTheEndAndPauses()
    {
        PlaybackController controller;
        controller.setStepCount(3);
        controller.setStepsPerSecond(60);
        QSignalSpy playing(&controller, &PlaybackController::playingChanged);
        controller.play();
        QVERIFY(controller.isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(controller.currentStep(), 3, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isPlaying(), 2000);
        QCOMPARE(playing.count(), 2);
        QCOMPARE(playing.at(0).at(0).toBool(), true);
        QCOMPARE(playing.at(1).at(0).toBool(), false);
    }

    void playPausesAtABreakpoint()
    {
        PlaybackController controller;
        controller.setStepCount(10);
        controller.setStepsPerSecond(60);
        controller.setBreakpointSteps({4});
        controller.play();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isPlaying(), 2000);
        QCOMPARE(controller.currentStep(), 4);
        controller.play(); // goes on past it
        QTRY_COMPARE_WITH_TIMEOUT(controller.currentStep(), 10, 2000);
    }

    void playFromTheEndStartsOver()
    {
        PlaybackController controller;
        controller.setStepCount(2);
        controller.last();
        controller.play();
        QCOMPARE(controller.currentStep(), 0);
        QVERIFY(controller.isPlaying());
        controller.togglePlay();
        QVERIFY(!controller.isPlaying());
    }

    void emptyTraceDoesNotPlay()
    {
        PlaybackController controller;
        controller.setStepCount(0);
        controller.play();
        QVERIFY(!controller.isPlaying());
        QVERIFY(!controller.canGoForward());
    }

    void speedIsClamped()
    {
        PlaybackController controller;
        controller.setStepsPerSecond(1000);
        QCOMPARE(controller.stepsPerSecond(), 60.0);
        controller.setStepsPerSecond(0.01);
        QCOMPARE(controller.stepsPerSecond(), 0.25);
    }

    void newTraceStopsPlaying()
    {
        PlaybackController controller;
        controller.setStepCount(5);
        controller.play();
        controller.setStepCount(7);
        QVERIFY(!controller.isPlaying());
        QCOMPARE(controller.currentStep(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlaybackController)
#include "tst_playbackcontroller.moc"
