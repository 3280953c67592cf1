#pragma once

// PlaybackController: the one owner of "the current step".
//
// Every view connects to currentStepChanged() and shows the trace as it was
// after that step; none of them moves the step itself except through this
// controller's slots, so back goes back exactly and all views agree. Step 0
// is "Start", before the first step; stepCount() is the last step.
//
// Playing advances one step per tick of a timer at stepsPerSecond(), and
// pauses by itself at the last step and on reaching a breakpoint step.

#include <QObject>
#include <QSet>
#include <QTimer>

namespace cachetutor {

class PlaybackController : public QObject
{
    Q_OBJECT

public:
    explicit PlaybackController(QObject *parent = nullptr);

    int currentStep() const { return m_currentStep; }
    int stepCount() const { return m_stepCount; }
    bool isPlaying() const { return m_timer.isActive(); }
    bool canGoBack() const { return m_currentStep > 0; }
    bool canGoForward() const { return m_currentStep < m_stepCount; }
    double stepsPerSecond() const { return m_stepsPerSecond; }
    const QSet<int> &breakpointSteps() const { return m_breakpointSteps; }

    // A new trace: the step count changes and the current step goes back to Start.
    void setStepCount(int count);
    // REQUIRES: stepsPerSecond > 0; clamped to 0.25 .. 60.
    void setStepsPerSecond(double stepsPerSecond);
    // Steps at which playing pauses (steps on breakpoint lines).
    void setBreakpointSteps(const QSet<int> &steps);

public slots:
    // Clamped to 0 .. stepCount(); emits only when the step really changes.
    void setCurrentStep(int step);
    void first();
    void back();
    void forward();
    void last();
    void play();
    void pause();
    void togglePlay();

signals:
    void currentStepChanged(int step);
    void stepCountChanged(int count);
    void playingChanged(bool playing);

private:
    void tick();

    int m_currentStep = 0;
    int m_stepCount = 0;
    double m_stepsPerSecond = 2.0;
    QSet<int> m_breakpointSteps;
    QTimer m_timer;
};

} // namespace cachetutor
