#include "playbackcontroller.h"

#include <algorithm>
#include <cmath>

namespace cachetutor {

PlaybackController::PlaybackController(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(static_cast<int>(std::lround(1000.0 / m_stepsPerSecond)));
    connect(&m_timer, &QTimer::timeout, this, &PlaybackController::tick);
}

void PlaybackController::setStepCount(int count)
{
    pause();
    count = std::max(0, count);
    if (count != m_stepCount) {
        m_stepCount = count;
        emit stepCountChanged(count);
    }
    // A new trace starts at Start, even if the old one was there already, so views redraw.
    m_currentStep = 0;
    emit currentStepChanged(0);
}

void PlaybackController::setStepsPerSecond(double stepsPerSecond)
{
    m_stepsPerSecond = std::clamp(stepsPerSecond, 0.25, 60.0);
    m_timer.setInterval(static_cast<int>(std::lround(1000.0 / m_stepsPerSecond)));
}

void PlaybackController::setBreakpointSteps(const QSet<int> &steps)
{
    m_breakpointSteps = steps;
}

void PlaybackController::setCurrentStep(int step)
{
    step = std::clamp(step, 0, m_stepCount);
    if (step == m_currentStep)
        return;
    m_currentStep = step;
    emit currentStepChanged(step);
}

void PlaybackController::first()
{
    setCurrentStep(0);
}

void PlaybackController::back()
{
    setCurrentStep(m_currentStep - 1);
}

void PlaybackController::forward()
{
    setCurrentStep(m_currentStep + 1);
}

void PlaybackController::last()
{
    setCurrentStep(m_stepCount);
}

void PlaybackController::play()
{
    if (isPlaying() || m_stepCount == 0)
        return;
    // Playing from the end starts over, as media players do.
    if (m_currentStep == m_stepCount)
        setCurrentStep(0);
    m_timer.start();
    emit playingChanged(true);
}

void PlaybackController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void PlaybackController::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void PlaybackController::tick()
{
    forward();
    if (m_currentStep >= m_stepCount || m_breakpointSteps.contains(m_currentStep))
        pause();
}

} // namespace cachetutor
