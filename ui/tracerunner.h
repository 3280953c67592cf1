#pragma once

// TraceRunner: runs traceScript() on a worker thread so that the window keeps
// painting and answering while a long script (hundreds of thousands of steps)
// is traced.
//
// One run is current at a time. start() begins a run; starting again while a
// run is active cancels the old one and its trace is never delivered (each
// run has a generation number, and only the latest one's result gets
// through). cancel() stops the current run, which still ends in finished()
// with a Cancelled trace holding the steps done so far, so the UI can say
// "cancelled after N steps" and decide whether to keep it.
//
// Every signal is emitted on the thread the runner lives in (the GUI thread):
// the worker only fills in per-run atomics and posts its result back. The
// cancel flag and the progress counter belong to the run, not to the runner,
// so a worker never reads memory the runner has freed; the destructor cancels
// every run and joins every worker before returning.
//
// The interpreter's Values have non-atomic reference counts. The objects
// every run shares (the built-in exception types, the unbound marker) are
// immortal, never counted, so a trace can be read on the GUI thread while the
// next one is made; runs still take turns through one process-wide lock, as
// only the latest run matters and a superseded one gives the lock up within
// 1024 steps of being cancelled. finished() carries a null trace only if
// traceScript() broke its promise not to throw (say, out of memory).

#include "interpreter.h"
#include "trace.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

namespace cachetutor {

class TraceRunner final : public QObject
{
    Q_OBJECT

public:
    explicit TraceRunner(QObject *parent = nullptr);
    // Cancels every run still going and waits for its worker to end.
    ~TraceRunner() override;

    // Traces `source` with `options` on a worker thread; emits started() and,
    // when the runner was idle, runningChanged(true). options.cancel and
    // options.progress are replaced by the run's own. A run still active is
    // cancelled and its finished() never comes.
    void start(const QString &source, const RunOptions &options);
    // Asks the current run to stop at its next check (every 1024 steps). Its
    // trace still arrives through finished(), with status Cancelled unless the
    // script ended first. Does nothing when idle.
    void cancel();

    bool isRunning() const { return m_running; }
    // Steps done by the current (or last) run, as of its last 1024-step mark
    // while it runs and exactly once it has ended.
    qint64 stepsDone() const;

    // Processes events until the latest run's finished() has been emitted,
    // or `msecs` have passed (negative: no time limit). Returns whether it
    // finished. For tests and the headless screenshot path; the UI connects
    // to finished() instead.
    bool waitForFinished(int msecs);

signals:
    void started();
    // Every ~100 ms while a run goes on, only when the count moved: a script
    // that finishes quickly emits none.
    void progress(qint64 stepsDone, qint64 maxSteps);
    // The current run's trace, on the runner's thread. runningChanged(false)
    // comes just before it. `trace` is null only if the interpreter itself
    // threw (which traceScript() does not do by contract).
    void finished(std::shared_ptr<const cachetutor::Trace> trace);
    void runningChanged(bool running);

private:
    struct Run; // what one run shares with its worker (tracerunner.cpp)
    struct Worker {
        std::shared_ptr<Run> run;
        std::thread thread;
    };

    // Called on the runner's thread by every worker as its last act.
    void workerDone(const std::shared_ptr<Run> &run, std::shared_ptr<const Trace> trace);
    // Joins the workers that have ended.
    void reapWorkers();
    void pollProgress();

    std::shared_ptr<Run> m_current; // the latest run; kept after it ends for stepsDone()
    std::vector<Worker> m_workers;  // the current run's worker and superseded ones still ending
    std::uint64_t m_generation = 0; // of the latest run
    qint64 m_reportedSteps = -1;    // last count progress() gave, so it only emits on change
    bool m_running = false;
    QTimer m_progressTimer;
};

} // namespace cachetutor

// finished() crosses threads in queued connections and QSignalSpy stores it.
Q_DECLARE_METATYPE(std::shared_ptr<const cachetutor::Trace>)
