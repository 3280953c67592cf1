// cachetutor-gui-bench: how fast the desktop app answers a step change on a
// 1,000,000-step trace with every view attached, and how long it takes to
// start. A benchmark that prints figures, not a test: it never fails on a
// number.
//
//   cachetutor-gui-bench [--samples N] [--startup-runs N] [--quick]
//
// Runs headless (QT_QPA_PLATFORM=offscreen unless the caller chose a platform)
// and never touches the user's settings or autosave: configuration and data
// go to a temporary directory, for this process and for the app it starts.

#include "learningmode.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "trace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace cachetutor;

namespace {

constexpr double FrameBudgetMs = 1000.0 / 60.0;

struct Options {
    long iterations = 166'667; // six steps an iteration: just over 1,000,000 steps
    int samples = 200;         // random steps per learning mode
    int sequential = 50;       // forward steps up to the last step, per learning mode
    int startupRuns = 5;
};

void printUsage(FILE *to)
{
    std::fprintf(to,
                 "usage: cachetutor-gui-bench [--samples N] [--startup-runs N] [--quick]\n"
                 "  --samples N       random step changes per learning mode (default 200)\n"
                 "  --startup-runs N  app start-ups to time, 0 to skip (default 5)\n"
                 "  --quick           a 100,000-step trace, 20 samples, 1 start-up (for CI)\n");
}

// The core bench's calls (set, get, incr on one key, delete of another), and
// options that let it run to its end: a trace that completes, of just over
// 1,000,000 steps, with no culling, as in cachetutor-bench.
QString generateScript(long iterations, long keys)
{
    const long steps = iterations * 6 + 10;
    const std::string script = "# cachetutor: --max-steps " + std::to_string(steps) + " --max-entries " + std::to_string(keys * 2) + "\n"
                               "from django.core.cache import cache\n"
                               "for i in range(" + std::to_string(iterations) + "):\n"
                               "    k = i % " + std::to_string(keys) + "\n"
                               "    cache.set(k, i)\n"
                               "    cache.get(k)\n"
                               "    cache.incr(k)\n"
                               "    cache.delete((k + " + std::to_string(keys / 2) + ") % " + std::to_string(keys) + ")\n";
    return QString::fromStdString(script);
}

// The offscreen platform warns on every top-level size-hint change, which a
// step change can cause; that says nothing about CacheTutor, so it is dropped.
QtMessageHandler defaultMessageHandler = nullptr;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    defaultMessageHandler(type, context, message);
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

struct Figures {
    double mean = 0;
    double p95 = 0;
    double worst = 0;
};

Figures summarize(std::vector<double> values)
{
    Figures f;
    if (values.empty())
        return f;
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (double v : values)
        sum += v;
    f.mean = sum / static_cast<double>(values.size());
    // Nearest rank: the smallest value at least 95% of the samples do not exceed.
    const auto rank = static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(values.size())));
    f.p95 = values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
    f.worst = values.back();
    return f;
}

// One frame's worth of a step change: the controller moves, every view
// updates, pending layouts run, the whole window paints synchronously, and
// whatever the change left queued (deferred item layouts, updates) is done.
// Returns {update ms, paint ms}.
std::pair<double, double> timeStepChange(MainWindow &window, int step)
{
    QElapsedTimer timer;
    timer.start();
    window.playback().setCurrentStep(step);
    const double update = msSince(timer);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    window.repaint();
    QCoreApplication::processEvents();
    return {update, msSince(timer) - update};
}

int benchStepChanges(const Options &options)
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    window.repaint();

    QElapsedTimer timer;
    timer.start();
    window.loadScript(generateScript(options.iterations, 1'000), QStringLiteral("guibench.py"));
    if (!window.waitForTrace(600'000) || !window.trace()) {
        std::fprintf(stderr, "the benchmark script was not traced\n");
        return 1;
    }
    const double traceMs = msSince(timer);
    QCoreApplication::processEvents(); // the column fit showTrace queues
    window.repaint();
    const double firstPaintMs = msSince(timer) - traceMs;

    const std::shared_ptr<const Trace> trace = window.trace();
    const int count = trace->stepCount();
    if (trace->status() != Trace::Status::Completed) {
        std::fprintf(stderr, "the benchmark script did not complete: %s\n", trace->finalError().c_str());
        return 1;
    }
    std::printf("window: 1280x800, platform %s\n", qPrintable(QGuiApplication::platformName()));
    std::printf("script: %ld iterations over 1000 keys\n", options.iterations);
    std::printf("steps traced:        %d\n", count);
    std::printf("load + trace:        %.0f ms (loadScript until waitForTrace shows it)\n", traceMs);
    std::printf("first paint:         %.0f ms (queued layout work + full repaint)\n", firstPaintMs);
    std::printf("load + trace + first paint: %.0f ms\n", traceMs + firstPaintMs);
    std::printf("\nstep change = setCurrentStep(k) + pending layouts + window.repaint() + queued events\n");
    std::printf("per mode: %d random steps (seed 42) + %d forward steps ending at step %d; target < %.1f ms (one 60 Hz frame)\n",
                options.samples, options.sequential, count, FrameBudgetMs);
    std::printf("%-18s %9s %9s %9s %9s %11s %10s\n", "mode", "mean ms", "p95 ms", "worst ms", "worst at", "update ms", "paint ms");

    double overallWorst = 0;
    QString overallWorstMode;
    int overallWorstStep = 0;
    for (int m = 0; m < LearningModeCount; ++m) {
        const auto mode = static_cast<LearningMode>(m);
        window.setLearningMode(mode);
        window.playback().setCurrentStep(0);
        QCoreApplication::processEvents();
        window.repaint();

        std::vector<int> steps;
        std::mt19937 random(42); // the same steps in every mode
        std::uniform_int_distribution<int> pick(1, count);
        for (int s = 0; s < options.samples; ++s)
            steps.push_back(pick(random));
        for (int s = std::max(1, count - options.sequential + 1); s <= count; ++s)
            steps.push_back(s);

        std::vector<double> totals, updates, paints;
        int worstStep = 0;
        double worst = -1;
        for (int step : steps) {
            const auto [update, paint] = timeStepChange(window, step);
            totals.push_back(update + paint);
            updates.push_back(update);
            paints.push_back(paint);
            if (update + paint > worst) {
                worst = update + paint;
                worstStep = step;
            }
        }
        const Figures f = summarize(totals);
        std::printf("%-18s %9.2f %9.2f %9.2f %9d %11.2f %10.2f%s\n", qPrintable(learningModeName(mode)), f.mean, f.p95, f.worst, worstStep,
                    summarize(updates).mean, summarize(paints).mean, f.worst > FrameBudgetMs ? "  over budget" : "");
        if (f.worst > overallWorst) {
            overallWorst = f.worst;
            overallWorstMode = learningModeName(mode);
            overallWorstStep = worstStep;
        }
    }
    std::printf("overall worst step change: %.2f ms (%s, step %d); %s\n", overallWorst, qPrintable(overallWorstMode), overallWorstStep,
                overallWorst < FrameBudgetMs ? "within one 60 Hz frame" : "OVER one 60 Hz frame");
    return 0;
}

int benchStartup(const Options &options, const QString &tempDir)
{
    if (options.startupRuns <= 0)
        return 0;
    const QString app = QStringLiteral(CACHETUTOR_APP_EXE);
    const QString png = QDir(tempDir).filePath(QStringLiteral("startup.png"));
    std::printf("\nstart-up: %s --screenshot FILE.png --size 1280x800\n", qPrintable(app));
    std::printf("measured: process start -> first lesson traced, window painted and grabbed, PNG saved -> exit\n");
    std::vector<double> runs;
    for (int r = 0; r < options.startupRuns; ++r) {
        QFile::remove(png);
        QProcess process;
        // Our environment: offscreen, and the temporary config and data directories.
        process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        QElapsedTimer timer;
        timer.start();
        process.start(app, {QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("1280x800")});
        if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            // Its messages matter only when it failed (offscreen chatter otherwise).
            std::fprintf(stderr, "the app did not start and exit cleanly: %s\n%s", qPrintable(process.errorString()),
                         process.readAllStandardError().constData());
            return 1;
        }
        runs.push_back(msSince(timer));
        if (!QFile::exists(png)) {
            std::fprintf(stderr, "the app wrote no screenshot\n");
            return 1;
        }
    }
    std::sort(runs.begin(), runs.end());
    std::printf("start-up runs:       %d\n", options.startupRuns);
    std::printf("start-up time:       %.0f ms min, %.0f ms median\n", runs.front(),
                runs[runs.size() / 2]);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h")) {
            printUsage(stdout);
            return 0;
        }
        if (!std::strcmp(arg, "--quick")) {
            options.iterations = 16'667; // just over 100,000 steps
            options.samples = 20;
            options.sequential = 10;
            options.startupRuns = 1;
            continue;
        }
        if (i + 1 < argc && !std::strcmp(arg, "--samples")) {
            options.samples = std::atoi(argv[++i]);
            continue;
        }
        if (i + 1 < argc && !std::strcmp(arg, "--startup-runs")) {
            options.startupRuns = std::atoi(argv[++i]);
            continue;
        }
        printUsage(stderr);
        return 2;
    }
    if (options.samples <= 0 || options.startupRuns < 0) {
        printUsage(stderr);
        return 2;
    }

    // Before QApplication: the platform plugin, and the directories QSettings
    // and the autosave resolve, are chosen once at start-up.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory: %s\n", qPrintable(home.errorString()));
        return 1;
    }
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) // as in CI containers; QStandardPaths warns without one
        qputenv("XDG_RUNTIME_DIR", home.path().toLocal8Bit());
    defaultMessageHandler = qInstallMessageHandler(messageHandler);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CacheTutorBench"));
    QApplication::setApplicationName(QStringLiteral("CacheTutorBench"));

    if (const int result = benchStepChanges(options))
        return result;
    std::fflush(stdout);
    return benchStartup(options, home.path());
}
