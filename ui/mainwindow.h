#pragma once

// MainWindow: the step-through tracer. The script's code, the execution
// table, the live cache, the variable tracker, the console and one sentence
// of narration, all following the one PlaybackController.
//
// The window runs a script once (traceScript), shares the immutable Trace
// with its models, and from then on only moves the current step: no view
// re-runs the script or re-decides a cache rule.

#include "playbackcontroller.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QSlider;
class QTableView;
class QAction;

namespace cachetutor {

class CacheStateModel;
class CodeView;
class ExecutionTableModel;
class Trace;
class VariableTrackerModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Traces the script and shows it from Start. Returns false (and shows
    // why, at the line) when it could not run.
    bool loadScript(const QString &source, const QString &fileName);
    bool openScriptFile(const QString &path);
    // The playground: traces what the code view holds now. A script that cannot
    // run is marked at its line and every view keeps the last good trace.
    bool runScript();

    PlaybackController &playback() { return m_playback; }
    std::shared_ptr<const Trace> trace() const { return m_trace; }

private:
    void createActions();
    void createWidgets();
    void showStep(int step);
    void updateActions();
    void openScript();
    void showShortcuts();

    PlaybackController m_playback;
    std::shared_ptr<const Trace> m_trace;
    QString m_fileName;

    ExecutionTableModel *m_tableModel = nullptr;
    VariableTrackerModel *m_trackerModel = nullptr;
    CacheStateModel *m_cacheModel = nullptr;

    CodeView *m_codeView = nullptr;
    QTableView *m_tableView = nullptr;
    QTableView *m_trackerView = nullptr;
    QTableView *m_cacheView = nullptr;
    QPlainTextEdit *m_console = nullptr;
    QLabel *m_narration = nullptr;
    QLabel *m_cacheSummary = nullptr;
    QLabel *m_stepLabel = nullptr;
    QSlider *m_timeline = nullptr;

    QAction *m_firstAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_lastAction = nullptr;
    QAction *m_showFutureAction = nullptr;
    QAction *m_editAction = nullptr;
};

} // namespace cachetutor
