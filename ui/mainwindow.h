#pragma once

// MainWindow: the step-through tracer. The script's code, the execution
// table, the live cache, the variable tracker, the console, one sentence of
// narration and the lesson's own material, arranged by the learning mode the
// student picks, all following the one PlaybackController.
//
// The window traces a script once (on a TraceRunner thread, so a long script
// never freezes it), shares the immutable Trace with its models and views,
// and from then on only moves the current step: no view re-runs the script
// or re-decides a cache rule. A script that cannot run is marked at its line
// and every view keeps the last good trace.

#include "learningmode.h"
#include "lesson.h"
#include "lessonreader.h"
#include "playbackcontroller.h"
#include "progressstore.h"
#include "tracerunner.h"

#include <QFont>
#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QSplitter;
class QTableView;
class QTabWidget;
class QTimer;
class QToolBar;
class QToolButton;

namespace cachetutor {

class CacheStateModel;
class CodeView;
class ConceptFlowView;
class CourseOutline;
class ExecutionSampleView;
class ExecutionTableModel;
class KeyMomentsView;
class QuizView;
class SnapshotView;
class TimelineSlider;
class Trace;
class TranscriptView;
class VariableTrackerModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a lesson: its script traced with its backend options, and its
    // material in the learning modes, with the student's saved answers.
    void loadLesson(const Lesson &lesson);
    // Reads, checks against the engine (LessonChecker) and shows a lesson
    // file, or a shipped lesson by name. A lesson that does not load or whose
    // answers disagree with the trace is refused with the reasons (see
    // lastLessonErrors()); the window keeps what it showed.
    bool openLessonFile(const QString &pathOrName);
    // Adds every lesson file of a folder to the course outline (those that do
    // not load flagged, never stopping the others) and opens the first good one.
    bool openLessonFolder(const QString &folder);
    QStringList lastLessonErrors() const { return m_lessonErrors; }
    // The lesson of the last session, at its last step; false if there is none.
    bool restoreLastLesson();
    ProgressStore &progress() { return m_progressStore; }
    // Traces a script that has no lesson material.
    void loadScript(const QString &source, const QString &fileName);
    bool openScriptFile(const QString &path);
    // The playground: traces what the code view holds now, off the GUI
    // thread. A script that cannot run is marked at its line and every view
    // keeps the last good trace.
    void runScript();
    // Waits (processing events) until the latest run has been shown or
    // refused. True when its trace is now in the views. For tests and the
    // headless screenshot.
    bool waitForTrace(int msecs = 30000);
    // Restores a playground script autosaved by an earlier session; false if there is none.
    bool restoreAutosave();

    // Teachers' handouts. The kind of file follows the suffix: .csv or .md
    // for the tables, .html or .pdf for the lesson, .png for the view.
    enum class Export { Table, Tracker, Lesson, View };
    bool exportTo(Export what, const QString &path, QString *error = nullptr);
    // The command that opens this lesson (or script) at this step in this
    // mode, as Copy Link to Step puts it on the clipboard.
    QString linkToStep() const;

    void setLearningMode(LearningMode mode);
    LearningMode learningMode() const { return m_mode; }
    void setZoom(double zoom); // 0.5 .. 4.0; 1 is the system font size
    double zoom() const { return m_zoom; }
    // Large text and only the panels the teacher picked; full screen unless
    // told otherwise (a slide picture of a given size).
    void setPresentationMode(bool on, bool fullScreen = true);
    bool isPresentationMode() const { return m_presentation; }

    PlaybackController &playback() { return m_playback; }
    std::shared_ptr<const Trace> trace() const { return m_trace; }
    const Lesson &lesson() const { return m_lesson; }
    CacheConfig backendOptions() const;
    // Sets the cache options every following run uses, and reruns the script.
    void setBackendOptions(const CacheConfig &config);

signals:
    // A run finished: shown is true when its trace is now in the views.
    void traceFinished(bool shown);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void createMenus();
    void arrangeMode();
    void showTrace(std::shared_ptr<const Trace> trace);
    void runFinished(std::shared_ptr<const Trace> trace);
    void showStep(int step);
    void updateActions();
    void updateErrorMarks();
    void fitTableColumns();
    void applyZoom();
    void applyPresentationPanels();
    void openScript();
    bool saveScript();
    bool saveScriptAs();
    bool writeScript(const QString &path);
    void updateRecentFilesMenu();
    void scheduleAutosave();
    void writeAutosave();
    void clearAutosave();
    void editBackendOptions();
    void showShortcuts();
    void showAbout();
    void openLesson();
    void exportWithDialog(Export what);
    void printPreview();
    void saveAsLesson();
    void updateAnnotation();
    void openLessonFolderDialog();
    bool isInCourse(const QString &path) const; // listed in the course outline already
    void showWhatIf(int question);
    void restoreQuizAnswers();
    void saveProgress();
    void refreshOutline();
    void saveSettings();
    void restoreSettings();
    void updateTitle();

    PlaybackController m_playback;
    TraceRunner m_runner;
    std::shared_ptr<const Trace> m_trace;
    Lesson m_lesson;
    QList<ConceptFlowNode> m_defaultFlow; // the first lesson's flow, for scripts that bring none
    QString m_lessonPath;                 // the lesson's file, empty for a plain script
    QStringList m_lessonErrors;
    QList<std::pair<QString, LessonReadResult>> m_courseLessons; // what the outline lists
    ProgressStore m_progressStore;
    bool m_restoreAnswersPending = false; // restore once the lesson's trace is shown
    bool m_restoreStepPending = false;
    QString m_fileName;                   // full path, or a lesson's script name
    std::optional<CacheConfig> m_backendOverride; // set in the Backend Options dialog
    LearningMode m_mode = LearningMode::StepByStep;
    double m_zoom = 1.0;
    QFont m_baseFont;
    bool m_presentation = false;
    bool m_lastRunShown = false;
    bool m_runPending = false;

    ExecutionTableModel *m_tableModel = nullptr;
    VariableTrackerModel *m_trackerModel = nullptr;
    CacheStateModel *m_cacheModel = nullptr;

    // Panels shared by the modes; arrangeMode() places them.
    QWidget *m_codePanel = nullptr;
    CodeView *m_codeView = nullptr;
    QLabel *m_narration = nullptr;
    QLabel *m_annotation = nullptr; // the teacher's note for the step, in presentation mode
    QWidget *m_cachePanel = nullptr;
    QTableView *m_cacheView = nullptr;
    QLabel *m_cacheTitle = nullptr;
    QLabel *m_cacheSummary = nullptr;
    QTableView *m_tableView = nullptr;
    QTableView *m_trackerView = nullptr;
    QPlainTextEdit *m_console = nullptr;
    ConceptFlowView *m_flowView = nullptr;
    ExecutionSampleView *m_sampleView = nullptr;
    KeyMomentsView *m_keyMomentsView = nullptr;
    QuizView *m_quizView = nullptr;
    SnapshotView *m_snapshotView = nullptr;
    TranscriptView *m_transcriptView = nullptr;

    QWidget *m_modePanel = nullptr; // "Choose your learning style"
    QListWidget *m_modeList = nullptr;
    CourseOutline *m_outline = nullptr;
    QWidget *m_modeArea = nullptr;  // holds the current mode's arrangement
    QWidget *m_arrangement = nullptr;
    QSplitter *m_body = nullptr;    // mode list | mode area

    QLabel *m_stepLabel = nullptr;
    TimelineSlider *m_timeline = nullptr;
    QComboBox *m_speed = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTimer *m_autosaveTimer = nullptr;

    QAction *m_firstAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_lastAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openLessonAction = nullptr;
    QAction *m_openLessonFolderAction = nullptr;
    QAction *m_resetProgressAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_backendAction = nullptr;
    QAction *m_showFutureAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_modeActions;
    QList<QAction *> m_presentationPanelActions;
    QActionGroup *m_themeGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QAction *m_saveAsLessonAction = nullptr;
};

} // namespace cachetutor
