#include "tracerunner.h"

#include <QEventLoop>
#include <QMetaObject>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <string>

namespace cachetutor {

namespace {

// Held by a worker for as long as it touches interpreter Values (tracing, and
// freeing a trace nobody will see): see the header on why runs take turns.
std::mutex &interpreterLock()
{
    static std::mutex lock;
    return lock;
}

} // namespace

// Owned jointly by the runner and the run's worker, so whichever lets go last
// frees it: the worker may still be storing progress after the runner has
// moved on to a newer run.
struct TraceRunner::Run {
    std::uint64_t generation = 0;
    std::int64_t maxSteps = 0;
    std::atomic<bool> cancel = false;
    // Set only together with `cancel`: nobody wants this run's trace any more.
    std::atomic<bool> superseded = false;
    std::atomic<std::int64_t> steps = 0;
    std::atomic<bool> done = false; // the worker has nothing left to do but return
};

TraceRunner::TraceRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const cachetutor::Trace>>();
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &TraceRunner::pollProgress);
}

TraceRunner::~TraceRunner()
{
    for (Worker &worker : m_workers) {
        worker.run->superseded.store(true);
        worker.run->cancel.store(true);
    }
    // A worker may still post workerDone() while we wait here; the runner is
    // whole until this body returns, and ~QObject drops the posted call.
    for (Worker &worker : m_workers)
        if (worker.thread.joinable())
            worker.thread.join();
}

void TraceRunner::start(const QString &source, const RunOptions &options)
{
    reapWorkers();
    if (m_current && !m_current->done.load()) {
        m_current->superseded.store(true);
        m_current->cancel.store(true);
    }

    auto run = std::make_shared<Run>();
    run->generation = ++m_generation;
    run->maxSteps = options.maxSteps;
    m_current = run;
    m_reportedSteps = -1;

    RunOptions runOptions = options;
    runOptions.cancel = &run->cancel;
    runOptions.progress = &run->steps;
    // The worker gets its own copies of everything it reads; `this` it only
    // uses to post its result, which the destructor's join keeps valid.
    m_workers.push_back({run, std::thread([this, run, runOptions = std::move(runOptions), script = source.toStdString()] {
        std::shared_ptr<const Trace> trace;
        {
            const std::lock_guard<std::mutex> turn(interpreterLock());
            if (!run->superseded.load()) {
                try {
                    trace = traceScript(script, runOptions);
                } catch (...) {
                    // traceScript() promises to return; should it break that
                    // promise, the run still ends (with a null trace) rather
                    // than taking the process down from a worker thread.
                }
            }
            // A big trace nobody will see is freed here, off the GUI thread,
            // and under the lock, since freeing touches reference counts.
            if (run->superseded.load())
                trace.reset();
        }
        run->done.store(true);
        QMetaObject::invokeMethod(
            this, [this, run, trace = std::move(trace)]() mutable { workerDone(run, std::move(trace)); },
            Qt::QueuedConnection);
    })});

    emit started();
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
    m_progressTimer.start();
}

void TraceRunner::cancel()
{
    if (m_running && m_current)
        m_current->cancel.store(true);
}

qint64 TraceRunner::stepsDone() const
{
    return m_current ? m_current->steps.load(std::memory_order_relaxed) : 0;
}

bool TraceRunner::waitForFinished(int msecs)
{
    if (!m_running)
        return true;
    QEventLoop loop;
    connect(this, &TraceRunner::finished, &loop, [this, &loop] {
        // A slot on finished() may have started another run: wait for that one too.
        if (!m_running)
            loop.quit();
    });
    if (msecs >= 0)
        QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
    return !m_running;
}

void TraceRunner::workerDone(const std::shared_ptr<Run> &run, std::shared_ptr<const Trace> trace)
{
    reapWorkers();
    // Superseded, or posted just before start() replaced it: not ours to deliver.
    if (run != m_current || run->generation != m_generation || run->superseded.load())
        return;
    m_progressTimer.stop();
    m_running = false;
    emit runningChanged(false);
    emit finished(std::move(trace));
}

void TraceRunner::reapWorkers()
{
    const auto ended = std::remove_if(m_workers.begin(), m_workers.end(), [](Worker &worker) {
        if (!worker.run->done.load())
            return false;
        // `done` is the worker's last store before posting: the join is immediate.
        worker.thread.join();
        return true;
    });
    m_workers.erase(ended, m_workers.end());
}

void TraceRunner::pollProgress()
{
    if (!m_running || !m_current)
        return;
    const qint64 steps = m_current->steps.load(std::memory_order_relaxed);
    if (steps == m_reportedSteps)
        return;
    m_reportedSteps = steps;
    emit progress(steps, m_current->maxSteps);
}

} // namespace cachetutor
