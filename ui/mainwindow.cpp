#include "mainwindow.h"

#include "backendoptionsdialog.h"
#include "cachestatemodel.h"
#include "codeview.h"
#include "conceptflowview.h"
#include "courseoutline.h"
#include "executionsampleview.h"
#include "executiontablemodel.h"
#include "glyphicon.h"
#include "keymomentsview.h"
#include "lessonchecker.h"
#include "lessoneditordialog.h"
#include "lessonexporter.h"
#include "lessonreader.h"
#include "lessontranslator.h"
#include "narrator.h"
#include "quizview.h"
#include "roles.h"
#include "scriptoptions.h"
#include "settings.h"
#include "snapshotview.h"
#include "theme.h"
#include "timelineslider.h"
#include "trace.h"
#include "traceitemdelegate.h"
#include "transcriptview.h"
#include "variabletrackermodel.h"
#include "whatifdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTextDocument>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cachetutor {

namespace {

constexpr double MinZoom = 0.5;
constexpr double MaxZoom = 4.0;
constexpr double PresentationZoom = 1.6; // font scale a projector needs from the back row

QTableView *makeTableView(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setItemDelegate(new TraceItemDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // Columns are sized to what is in view when a trace is shown (see showTrace), not on every
    // change: a hidden table with a million rows would otherwise measure every row.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setResizeContentsPrecision(0);
    view->setWordWrap(false);
    return view;
}

QSplitter *makeSplitter(Qt::Orientation orientation, const QList<QWidget *> &widgets, const QList<int> &stretch)
{
    auto *splitter = new QSplitter(orientation);
    splitter->setChildrenCollapsible(false);
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        splitter->addWidget(widgets[i]);
        widgets[i]->show();
        splitter->setStretchFactor(static_cast<int>(i), stretch.value(i, 1));
    }
    // Start in proportion to the stretch factors; the user may drag from there.
    QList<int> sizes;
    for (qsizetype i = 0; i < widgets.size(); ++i)
        sizes.append(1000 * stretch.value(i, 1));
    splitter->setSizes(sizes);
    return splitter;
}

// The platform gives some widget classes fonts of their own (buttons, radio
// buttons, menus...), which do not inherit the window's font; zoom scales
// those too, from the sizes the platform gave them at start-up.
void scaleApplicationFonts(double scale)
{
    static const QList<const char *> classes = {"QAbstractButton", "QPushButton", "QRadioButton", "QCheckBox", "QToolButton",
                                                "QComboBox", "QHeaderView", "QTabBar", "QMenu", "QMenuBar", "QLabel",
                                                "QLineEdit", "QAbstractSpinBox", "QGroupBox", "QAbstractItemView", "QMessageBox"};
    static const QHash<QByteArray, QFont> original = [] {
        QHash<QByteArray, QFont> fonts;
        for (const char *name : classes)
            fonts.insert(name, QApplication::font(name));
        return fonts;
    }();
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        QFont font = it.value();
        font.setPointSizeF(it.value().pointSizeF() * scale);
        QApplication::setFont(font, it.key().constData());
    }
}

QString autosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/playground-autosave.py");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_baseFont(QApplication::font()),
      m_tableModel(new ExecutionTableModel(this)),
      m_trackerModel(new VariableTrackerModel(this)),
      m_cacheModel(new CacheStateModel(this))
{
    setWindowTitle(tr("CacheTutor"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cachetutor.png")));
    // The first lesson's flow diagram is the cache API's own: scripts without a lesson borrow it.
    for (const QString &path : LessonReader::shippedLessonPaths())
        m_courseLessons.append({path, LessonReader::readFile(path)});
    if (!m_courseLessons.isEmpty() && m_courseLessons.first().second.lesson)
        m_defaultFlow = m_courseLessons.first().second.lesson->conceptFlow;
    QString progressError;
    if (!m_progressStore.load(&progressError))
        QTimer::singleShot(0, this, [this, progressError] { statusBar()->showMessage(progressError); });

    createWidgets();
    createActions();
    createMenus();

    connect(&m_playback, &PlaybackController::currentStepChanged, this, &MainWindow::showStep);
    connect(&m_playback, &PlaybackController::playingChanged, this, &MainWindow::updateActions);
    connect(&m_runner, &TraceRunner::finished, this, &MainWindow::runFinished);
    connect(&m_runner, &TraceRunner::progress, this, [this](qint64 done, qint64 max) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(max > 0 ? static_cast<int>(1000 * std::min(done, max) / max) : 0);
        m_progress->setFormat(tr("Tracing: %1 steps").arg(QLocale().toString(done)));
        m_progress->show();
        m_cancelButton->show();
    });
    connect(&m_runner, &TraceRunner::runningChanged, this, [this](bool running) {
        m_cancelAction->setEnabled(running);
        if (!running) {
            m_progress->hide();
            m_cancelButton->hide();
        }
    });
    connect(m_codeView, &CodeView::lineActivated, this, [this](int line) {
        // Jump to the first step on that line.
        if (!m_trace)
            return;
        for (int i = 0; i < m_trace->stepCount(); ++i)
            if (static_cast<int>(m_trace->step(i).line) == line) {
                m_playback.setCurrentStep(i + 1);
                return;
            }
        statusBar()->showMessage(tr("Line %1 never runs in this trace").arg(line), 3000);
    });
    connect(m_codeView, &CodeView::breakpointsChanged, this, [this] { updateErrorMarks(); });
    connect(m_codeView, &QPlainTextEdit::textChanged, this, [this] {
        if (m_codeView->isEditing())
            scheduleAutosave();
    });
    connect(m_codeView->document(), &QTextDocument::modificationChanged, this, [this] { updateTitle(); });
    connect(m_tableView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_playback.setCurrentStep(index.data(StepRole).toInt());
    });
    connect(m_trackerView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_playback.setCurrentStep(index.data(StepRole).toInt());
    });
    connect(m_timeline, &QSlider::valueChanged, &m_playback, &PlaybackController::setCurrentStep);
    connect(m_keyMomentsView, &KeyMomentsView::stepRequested, &m_playback, &PlaybackController::setCurrentStep);
    connect(m_transcriptView, &TranscriptView::stepRequested, &m_playback, &PlaybackController::setCurrentStep);
    connect(m_sampleView, &ExecutionSampleView::stepRequested, &m_playback, &PlaybackController::setCurrentStep);
    connect(m_quizView, &QuizView::stepRequested, &m_playback, &PlaybackController::setCurrentStep);
    connect(m_quizView, &QuizView::hintCellsRequested, this, [this](const QString &column, const QList<int> &steps) {
        m_tableModel->setHighlightedCells(ExecutionTableModel::columnNamed(column), QSet<int>(steps.begin(), steps.end()));
        if (!steps.isEmpty())
            if (const int row = m_tableModel->rowForStep(steps.first()); row >= 0)
                m_tableView->scrollTo(m_tableModel->index(row, 0));
    });
    connect(m_quizView, &QuizView::whatIfRequested, this, &MainWindow::showWhatIf);
    connect(m_quizView, &QuizView::answerGiven, this, [this](int question, const QString &answer, bool correct) {
        if (m_lesson.name.isEmpty())
            return;
        m_progressStore.recordAnswer(m_lesson.name, question, answer, correct);
        saveProgress();
    });
    connect(m_quizView, &QuizView::answersCleared, this, [this] {
        m_tableModel->setHighlightedCells(-1, {});
        if (m_lesson.name.isEmpty())
            return;
        const int step = m_playback.currentStep();
        m_progressStore.resetLesson(m_lesson.name);
        m_progressStore.setLastStep(m_lesson.name, step);
        saveProgress();
    });
    connect(&m_playback, &PlaybackController::currentStepChanged, this, [this](int step) {
        if (!m_lesson.name.isEmpty() && !m_restoreStepPending)
            m_progressStore.setLastStep(m_lesson.name, step);
    });
    connect(m_outline, &CourseOutline::lessonActivated, this, [this](const QString &path) { openLessonFile(path); });
    connect(&Theme::instance(), &Theme::changed, this, [this] {
        for (int i = 0; i < LearningModeCount; ++i) {
            m_modeActions[i]->setIcon(learningModeIcon(static_cast<LearningMode>(i)));
            m_modeList->item(i)->setIcon(m_modeActions[i]->icon());
        }
        const QList<std::pair<QAction *, Glyph>> glyphs = {{m_firstAction, Glyph::First}, {m_backAction, Glyph::Back},
                                                           {m_forwardAction, Glyph::Forward}, {m_lastAction, Glyph::Last},
                                                           {m_runAction, Glyph::Run}, {m_cancelAction, Glyph::Stop}};
        for (const auto &[action, glyph] : glyphs)
            action->setIcon(glyphIcon(glyph));
        updateActions();
    });

    resize(1280, 800);
    restoreSettings();
    arrangeMode();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_codeView = new CodeView(this);
    m_codePanel = new QWidget(this);
    m_codePanel->setObjectName(QStringLiteral("code"));
    auto *codeLayout = new QVBoxLayout(m_codePanel);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_codeView);
    auto *legend = new QLabel(m_codePanel);
    legend->setAccessibleName(tr("Legend"));
    // Symbols as well as colours, so the legend works for colour-blind students.
    auto updateLegend = [legend] {
        legend->setText(tr("<span style='background:%1'>&nbsp;▶&nbsp;</span> just ran &nbsp;&nbsp; "
                           "<span style='background:%2'>&nbsp;➜&nbsp;</span> runs next &nbsp;&nbsp; "
                           "● breakpoint (click the gutter)")
                            .arg(CodeView::justRanColor().name(), CodeView::runsNextColor().name()));
    };
    updateLegend();
    connect(&Theme::instance(), &Theme::changed, legend, updateLegend);
    legend->setContentsMargins(4, 2, 4, 2);
    codeLayout->addWidget(legend);

    m_narration = new QLabel(this);
    m_narration->setObjectName(QStringLiteral("narration"));
    m_narration->setWordWrap(true);
    m_narration->setAccessibleName(tr("Narration"));
    m_narration->setMargin(8);
    m_narration->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_annotation = new QLabel(this);
    m_annotation->setObjectName(QStringLiteral("annotation"));
    m_annotation->setAccessibleName(tr("Teacher's note"));
    m_annotation->setTextFormat(Qt::PlainText);
    m_annotation->setWordWrap(true);
    m_annotation->setMargin(8);
    m_annotation->hide();

    m_cacheView = makeTableView(m_cacheModel, tr("Live cache state"), this);
    m_cacheView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // never more than MAX_ENTRIES rows
    m_cacheSummary = new QLabel(this);
    m_cacheSummary->setAccessibleName(tr("Clock, hits and misses"));
    m_cacheSummary->setMargin(4);
    m_cacheSummary->setWordWrap(true);
    m_cachePanel = new QWidget(this);
    m_cachePanel->setObjectName(QStringLiteral("cache"));
    auto *cacheLayout = new QVBoxLayout(m_cachePanel);
    cacheLayout->setContentsMargins(0, 0, 0, 0);
    m_cacheTitle = new QLabel(m_cachePanel);
    m_cacheTitle->setAccessibleName(tr("Live cache title"));
    cacheLayout->addWidget(m_cacheTitle);
    cacheLayout->addWidget(m_cacheView, 1);
    cacheLayout->addWidget(m_cacheSummary);

    m_tableView = makeTableView(m_tableModel, tr("Execution table"), this);
    m_tableView->setObjectName(QStringLiteral("tables"));
    m_trackerView = makeTableView(m_trackerModel, tr("Variable tracker"), this);
    m_trackerView->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_trackerView->verticalHeader()->show(); // the variable names
    // One column per step: a million columns cannot each be measured, so they share one width.
    m_trackerView->horizontalHeader()->setStretchLastSection(false);
    m_trackerView->horizontalHeader()->setDefaultSectionSize(m_trackerView->fontMetrics().horizontalAdvance(QStringLiteral("After Step 000000")));
    m_console = new QPlainTextEdit(this);
    m_console->setReadOnly(true);
    m_console->setAccessibleName(tr("Console output"));

    m_flowView = new ConceptFlowView(this);
    m_sampleView = new ExecutionSampleView(this);
    m_keyMomentsView = new KeyMomentsView(this);
    m_quizView = new QuizView(this);
    m_snapshotView = new SnapshotView(this);
    m_transcriptView = new TranscriptView(this);

    // "Choose your learning style": a side list of the nine modes.
    m_modePanel = new QWidget(this);
    m_modePanel->setObjectName(QStringLiteral("modes"));
    auto *modeLayout = new QVBoxLayout(m_modePanel);
    modeLayout->setContentsMargins(4, 4, 0, 4);
    // The course outline above the learning styles: what to learn, then how.
    modeLayout->addWidget(new QLabel(tr("<b>Course</b>"), m_modePanel));
    m_outline = new CourseOutline(m_modePanel);
    m_outline->setLessons(m_courseLessons);
    m_outline->setProgress(m_progressStore);
    // The side panel is narrow: titles get the room, durations stay in the lesson itself.
    m_outline->tree()->setColumnHidden(CourseOutline::DurationColumn, true);
    m_outline->tree()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    modeLayout->addWidget(m_outline, 2);
    auto *modeTitle = new QLabel(tr("<b>Choose your learning style</b>"), m_modePanel);
    modeTitle->setWordWrap(true);
    modeLayout->addWidget(modeTitle);
    m_modeList = new QListWidget(m_modePanel);
    m_modeList->setAccessibleName(tr("Learning styles"));
    m_modeList->setIconSize(QSize(24, 24));
    m_modeList->setSpacing(1);
    for (int i = 0; i < LearningModeCount; ++i) {
        const auto mode = static_cast<LearningMode>(i);
        auto *item = new QListWidgetItem(learningModeIcon(mode), QStringLiteral("%1  %2").arg(i + 1).arg(learningModeTitle(mode)), m_modeList);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(learningModeDescription(mode)).arg(i + 1));
    }
    modeLayout->addWidget(m_modeList, 3);
    connect(m_modeList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setLearningMode(static_cast<LearningMode>(row));
    });

    m_modeArea = new QWidget(this);
    auto *areaLayout = new QVBoxLayout(m_modeArea);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    m_body = new QSplitter(Qt::Horizontal, this);
    m_body->setObjectName(QStringLiteral("bodySplitter"));
    m_body->addWidget(m_modePanel);
    m_body->addWidget(m_modeArea);
    m_body->setStretchFactor(0, 0);
    m_body->setStretchFactor(1, 1);
    m_body->setSizes({290, 990});
    m_body->setChildrenCollapsible(false);
    setCentralWidget(m_body);

    m_timeline = new TimelineSlider(this);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setToolTip(tr("Drag to any step"));
    m_timeline->setMinimumWidth(200);
    m_stepLabel = new QLabel(this);
    m_stepLabel->setAccessibleName(tr("Current step"));
    m_stepLabel->setMinimumWidth(m_stepLabel->fontMetrics().horizontalAdvance(tr("Step 0000000 of 0000000")));
    m_speed = new QComboBox(this);
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("Steps per second while playing"));
    for (double speed : {0.5, 1.0, 2.0, 4.0, 10.0, 30.0})
        m_speed->addItem(tr("%1 steps/s").arg(speed), speed);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_playback.setStepsPerSecond(m_speed->itemData(index).toDouble());
    });

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Tracing progress"));
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(1000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::writeAutosave);
}

void MainWindow::createActions()
{
    auto makeAction = [this](const QIcon &icon, const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(icon, text, this);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        } else {
            action->setToolTip(tip);
        }
        action->setStatusTip(tip);
        // Shortcuts keep working in presentation mode, where the menu bar is hidden.
        addAction(action);
        return action;
    };
    auto standard = [this](QStyle::StandardPixmap pixmap) { return style()->standardIcon(pixmap); };

    m_firstAction = makeAction(glyphIcon(Glyph::First), tr("&First Step"), QKeySequence(Qt::Key_Home),
                               tr("Go back to the start, before the first step"));
    m_backAction = makeAction(glyphIcon(Glyph::Back), tr("&Back"), QKeySequence(Qt::Key_Left), tr("Go back one step"));
    m_playAction = makeAction(glyphIcon(Glyph::Play), tr("&Play"), QKeySequence(Qt::Key_Space), tr("Play the steps one after another"));
    m_forwardAction = makeAction(glyphIcon(Glyph::Forward), tr("&Forward"), QKeySequence(Qt::Key_Right), tr("Run the next step"));
    m_lastAction = makeAction(glyphIcon(Glyph::Last), tr("&Last Step"), QKeySequence(Qt::Key_End), tr("Go to the last step"));
    connect(m_firstAction, &QAction::triggered, &m_playback, &PlaybackController::first);
    connect(m_backAction, &QAction::triggered, &m_playback, &PlaybackController::back);
    connect(m_playAction, &QAction::triggered, &m_playback, &PlaybackController::togglePlay);
    connect(m_forwardAction, &QAction::triggered, &m_playback, &PlaybackController::forward);
    connect(m_lastAction, &QAction::triggered, &m_playback, &PlaybackController::last);

    m_openAction = makeAction(standard(QStyle::SP_DialogOpenButton), tr("&Open Script..."), QKeySequence::Open, tr("Open a Python script and trace it"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openScript);
    m_openLessonAction = makeAction(QIcon(), tr("Open &Lesson..."), QKeySequence(Qt::CTRL | Qt::Key_L),
                                    tr("Open a lesson file (.json) and check it against the engine"));
    connect(m_openLessonAction, &QAction::triggered, this, &MainWindow::openLesson);
    m_openLessonFolderAction = makeAction(QIcon(), tr("Open Lesson &Folder..."), {}, tr("Add every lesson of a folder to the course outline"));
    connect(m_openLessonFolderAction, &QAction::triggered, this, &MainWindow::openLessonFolderDialog);
    m_resetProgressAction = makeAction(QIcon(), tr("Reset &Progress..."), {}, tr("Forget every answer and step saved for every lesson"));
    connect(m_resetProgressAction, &QAction::triggered, this, [this] {
        if (QMessageBox::question(this, tr("Reset Progress"), tr("Forget every saved answer in every lesson?")) != QMessageBox::Yes)
            return;
        m_progressStore.resetAll();
        saveProgress();
        m_quizView->reset();
    });
    m_copyLinkAction = makeAction(QIcon(), tr("Copy &Link to Step"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                  tr("Put the command that opens this step on the clipboard, to share it"));
    connect(m_copyLinkAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(linkToStep());
        statusBar()->showMessage(tr("Copied: %1").arg(linkToStep()), 5000);
    });
    m_printPreviewAction = makeAction(QIcon(), tr("Print Pre&view..."), QKeySequence::Print,
                                      tr("See the lesson handout as it prints, then print it"));
    connect(m_printPreviewAction, &QAction::triggered, this, &MainWindow::printPreview);
    m_saveAction = makeAction(standard(QStyle::SP_DialogSaveButton), tr("&Save Script"), QKeySequence::Save, tr("Save the script in the code view"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveScript);
    m_saveAsAction = makeAction(QIcon(), tr("Save Script &As..."), QKeySequence::SaveAs, tr("Save the script under a new name"));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveScriptAs);
    m_quitAction = makeAction(QIcon(), tr("&Quit"), QKeySequence::Quit, tr("Quit CacheTutor"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_editAction = makeAction(QIcon::fromTheme(QStringLiteral("document-edit"), standard(QStyle::SP_FileDialogDetailedView)),
                              tr("&Edit Script"), QKeySequence(Qt::CTRL | Qt::Key_E), tr("Type or paste your own script, then run it"));
    m_editAction->setCheckable(true);
    connect(m_editAction, &QAction::toggled, this, [this](bool editing) {
        m_codeView->setEditing(editing);
        arrangeMode(); // every mode shows the code while editing
        if (editing)
            m_codeView->setFocus();
    });
    m_runAction = makeAction(glyphIcon(Glyph::Run), tr("&Run"), QKeySequence(Qt::CTRL | Qt::Key_R),
                             tr("Trace the script in the code view again"));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::runScript);
    m_cancelAction = makeAction(glyphIcon(Glyph::Stop), tr("&Cancel Run"), QKeySequence(Qt::Key_Escape),
                                tr("Stop tracing a long script and keep the last good trace"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, &m_runner, &TraceRunner::cancel);
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backendAction = makeAction(QIcon(), tr("&Backend Options..."), QKeySequence(Qt::CTRL | Qt::Key_B),
                                 tr("MAX_ENTRIES, CULL_FREQUENCY, KEY_PREFIX, VERSION and TIMEOUT of the cache"));
    connect(m_backendAction, &QAction::triggered, this, &MainWindow::editBackendOptions);
    m_saveAsLessonAction = makeAction(QIcon(), tr("Save as &Lesson..."), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L),
                                      tr("Turn this script into a lesson file, checked against its trace as you edit"));
    connect(m_saveAsLessonAction, &QAction::triggered, this, &MainWindow::saveAsLesson);

    for (int i = 0; i < LearningModeCount; ++i) {
        const auto mode = static_cast<LearningMode>(i);
        QAction *action = makeAction(learningModeIcon(mode), learningModeTitle(mode), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)),
                                     learningModeDescription(mode));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, mode] { setLearningMode(mode); });
        m_modeActions.append(action);
    }
    auto *modeGroup = new QActionGroup(this);
    for (QAction *action : m_modeActions)
        modeGroup->addAction(action);

    m_showFutureAction = makeAction(QIcon(), tr("Show &Future Steps"), {}, tr("Show the rows of steps that have not run yet, greyed"));
    m_showFutureAction->setCheckable(true);
    m_showFutureAction->setChecked(true);
    connect(m_showFutureAction, &QAction::toggled, this, [this](bool show) {
        m_tableModel->setShowFutureSteps(show && m_mode != LearningMode::VisualQuiz);
    });
    m_zoomInAction = makeAction(QIcon(), tr("Zoom &In"), QKeySequence::ZoomIn, tr("Larger text in every panel"));
    connect(m_zoomInAction, &QAction::triggered, this, [this] { setZoom(m_zoom * 1.15); });
    m_zoomOutAction = makeAction(QIcon(), tr("Zoom &Out"), QKeySequence::ZoomOut, tr("Smaller text in every panel"));
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { setZoom(m_zoom / 1.15); });
    m_zoomResetAction = makeAction(QIcon(), tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), tr("Text at its normal size"));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { setZoom(1.0); });
    // Ctrl+= zooms in too: on most keyboards '+' needs Shift.
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_presentationAction = makeAction(QIcon(), tr("&Presentation Mode"), QKeySequence(Qt::Key_F11),
                                      tr("Full screen, large text and only the panels you pick, for teaching a class"));
    m_presentationAction->setCheckable(true);
    connect(m_presentationAction, &QAction::toggled, this, [this](bool on) { setPresentationMode(on); });
    const QList<std::pair<QString, QString>> panels = {
        {QStringLiteral("modes"), tr("Learning Styles List")},
        {QStringLiteral("code"), tr("Code")},
        {QStringLiteral("narration"), tr("Narration")},
        {QStringLiteral("cache"), tr("Live Cache")},
        {QStringLiteral("tables"), tr("Execution Table, Tracker and Console")},
        {QStringLiteral("toolbar"), tr("Playback Toolbar")},
    };
    for (const auto &[name, title] : panels) {
        QAction *action = makeAction(QIcon(), title, {}, tr("Show this panel in presentation mode"));
        action->setCheckable(true);
        action->setData(name);
        connect(action, &QAction::toggled, this, &MainWindow::applyPresentationPanels);
        m_presentationPanelActions.append(action);
    }

    m_themeGroup = new QActionGroup(this);
    const QList<std::pair<Theme::Kind, QString>> themes = {
        {Theme::Kind::System, tr("&System")},
        {Theme::Kind::Light, tr("&Light")},
        {Theme::Kind::Dark, tr("&Dark")},
        {Theme::Kind::HighContrast, tr("&High Contrast")},
    };
    for (const auto &[kind, title] : themes) {
        QAction *action = makeAction(QIcon(), title, {}, tr("Colours: %1").arg(QString(title).remove(QLatin1Char('&'))));
        action->setCheckable(true);
        action->setData(Theme::kindName(kind));
        action->setChecked(kind == Theme::instance().kind());
        connect(action, &QAction::triggered, this, [kind] { Theme::instance().setKind(kind); });
        m_themeGroup->addAction(action);
    }

    m_shortcutsAction = makeAction(QIcon(), tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, tr("List the keyboard shortcuts"));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = makeAction(QIcon(), tr("&About CacheTutor"), {}, tr("What CacheTutor is"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_openLessonAction);
    file->addAction(m_openLessonFolderAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    m_exportMenu = file->addMenu(tr("&Export"));
    const QList<std::pair<Export, QString>> exports = {
        {Export::Table, tr("Execution &Table (CSV or Markdown)...")},
        {Export::Tracker, tr("&Variable Tracker (CSV or Markdown)...")},
        {Export::Lesson, tr("&Lesson Handout (HTML or PDF)...")},
        {Export::View, tr("Current &View (PNG)...")},
    };
    for (const auto &[what, title] : exports) {
        QAction *action = m_exportMenu->addAction(title);
        action->setStatusTip(tr("Write a file for handouts and slides"));
        connect(action, &QAction::triggered, this, [this, what = what] { exportWithDialog(what); });
    }
    file->addAction(m_printPreviewAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentFilesMenu();

    QMenu *script = menuBar()->addMenu(tr("&Script"));
    script->addAction(m_editAction);
    script->addAction(m_runAction);
    script->addAction(m_cancelAction);
    script->addSeparator();
    script->addAction(m_backendAction);
    script->addSeparator();
    script->addAction(m_saveAsLessonAction);

    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    for (QAction *action : {m_firstAction, m_backAction, m_playAction, m_forwardAction, m_lastAction})
        playback->addAction(action);
    playback->addSeparator();
    playback->addAction(m_copyLinkAction);

    QMenu *learn = menuBar()->addMenu(tr("&Learn"));
    learn->addActions(m_modeActions);
    learn->addSeparator();
    learn->addAction(m_resetProgressAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showFutureAction);
    view->addSeparator();
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomResetAction);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Colours"));
    theme->addActions(m_themeGroup->actions());
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    // Names in their own language, so anyone can find theirs.
    const QList<std::pair<QString, QString>> choices = {
        {QString(), tr("System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    const QString current = Settings().language();
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setStatusTip(tr("Show CacheTutor in this language from the next start"));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            Settings().setLanguage(code);
            statusBar()->showMessage(tr("The language changes when CacheTutor starts again"), 5000);
        });
    }
    view->addSeparator();
    view->addAction(m_presentationAction);
    QMenu *panels = view->addMenu(tr("Presentation &Panels"));
    panels->addActions(m_presentationPanelActions);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);

    m_toolBar = addToolBar(tr("Playback"));
    m_toolBar->setObjectName(QStringLiteral("playbackToolBar"));
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_runAction);
    m_toolBar->addSeparator();
    for (QAction *action : {m_firstAction, m_backAction, m_playAction, m_forwardAction, m_lastAction})
        m_toolBar->addAction(action);
    m_toolBar->addWidget(m_speed);
    m_toolBar->addWidget(m_timeline);
    m_toolBar->addWidget(m_stepLabel);
    statusBar();
}

// Places the shared panels for the current mode. While editing, every mode
// shows the code, so a student can change the script from wherever they are.
void MainWindow::arrangeMode()
{
    // Take the shared panels out of the old arrangement before deleting it.
    const QList<QWidget *> shared = {m_codePanel, m_narration, m_annotation, m_cachePanel, m_tableView, m_trackerView, m_console,
                                     m_flowView, m_sampleView, m_keyMomentsView, m_quizView, m_snapshotView, m_transcriptView};
    for (QWidget *widget : shared) {
        widget->hide();
        widget->setParent(this);
    }
    delete m_arrangement;
    m_arrangement = nullptr;

    auto tabs = [this] {
        auto *bottom = new QTabWidget;
        bottom->setObjectName(QStringLiteral("tables"));
        bottom->addTab(m_tableView, tr("Execution Table"));
        bottom->addTab(m_trackerView, tr("Variable Tracker"));
        bottom->addTab(m_console, tr("Console"));
        return bottom;
    };
    auto column = [](const QList<QWidget *> &widgets, const QList<int> &stretch) {
        return makeSplitter(Qt::Vertical, widgets, stretch);
    };

    // The narration sits above a panel in a plain layout, not a splitter, so
    // its wrapped sentence always gets the height it needs.
    auto withNarration = [this](QWidget *below) {
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(m_narration);
        layout->addWidget(m_annotation); // updateAnnotation() decides whether it shows
        layout->addWidget(below, 1);
        m_narration->show();
        below->show();
        return box;
    };

    QWidget *content = nullptr;
    bool showsCode = true;
    switch (m_mode) {
    case LearningMode::StepByStep:
        content = column({makeSplitter(Qt::Horizontal, {m_codePanel, withNarration(m_cachePanel)}, {3, 2}), tabs()}, {3, 2});
        break;
    case LearningMode::ConceptFlow:
        content = withNarration(makeSplitter(Qt::Horizontal, {m_codePanel, m_flowView}, {2, 3}));
        break;
    case LearningMode::ExecutionSample:
        content = m_sampleView;
        showsCode = false;
        break;
    case LearningMode::ExecutionTable:
        content = withNarration(column({m_tableView, m_console}, {4, 1}));
        showsCode = false;
        break;
    case LearningMode::VariableTracker:
        content = withNarration(m_trackerView);
        showsCode = false;
        break;
    case LearningMode::KeyMoments:
        content = makeSplitter(Qt::Horizontal, {m_keyMomentsView, withNarration(m_tableView)}, {2, 3});
        showsCode = false;
        break;
    case LearningMode::VisualQuiz:
        content = makeSplitter(Qt::Horizontal, {m_quizView, column({m_tableView, m_cachePanel}, {3, 2})}, {1, 1});
        showsCode = false;
        break;
    case LearningMode::ConceptSnapshot:
        content = m_snapshotView;
        showsCode = false;
        break;
    case LearningMode::FullTranscript:
        content = m_transcriptView;
        showsCode = false;
        break;
    }
    // The quiz asks about steps before they are shown: its table hides the steps still to come.
    m_tableModel->setShowFutureSteps(m_mode != LearningMode::VisualQuiz && m_showFutureAction->isChecked());
    if (!showsCode && m_codeView->isEditing())
        content = makeSplitter(Qt::Horizontal, {m_codePanel, content}, {2, 3});
    // A fresh container each time, so deleting the arrangement never deletes a shared panel.
    m_arrangement = new QWidget(m_modeArea);
    auto *layout = new QVBoxLayout(m_arrangement);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content);
    content->show();
    m_modeArea->layout()->addWidget(m_arrangement);
    m_arrangement->show();
    fitTableColumns(); // the table may have moved to a panel of another width
    updateAnnotation();
    if (m_presentation)
        applyPresentationPanels();
}

void MainWindow::setLearningMode(LearningMode mode)
{
    const int index = static_cast<int>(mode);
    m_modeActions[index]->setChecked(true);
    {
        const QSignalBlocker blocker(m_modeList);
        m_modeList->setCurrentRow(index);
    }
    if (mode == m_mode && m_arrangement)
        return;
    m_mode = mode;
    arrangeMode();
    statusBar()->showMessage(tr("%1: %2").arg(learningModeTitle(mode), learningModeDescription(mode)), 3000);
}

void MainWindow::loadLesson(const Lesson &lesson)
{
    saveProgress(); // the lesson being left
    // In the reader's language where the file carries it (QLocale's default is what --language or the settings chose).
    m_lesson = LessonTranslator::translated(lesson, QLocale());
    m_tableModel->setHighlightedCells(-1, {});
    m_outline->setCurrentLesson(lesson.name);
    m_restoreAnswersPending = !lesson.name.isEmpty();
    m_restoreStepPending = !lesson.name.isEmpty() && m_progressStore.lesson(lesson.name).lastStep > 0;
    m_backendOverride.reset();
    m_codeView->setEditing(false);
    m_editAction->setChecked(false);
    m_codeView->setPlainText(m_lesson.script);
    m_codeView->document()->setModified(false);
    m_fileName = m_lesson.scriptName;
    m_flowView->setLesson(m_lesson);
    m_sampleView->setLesson(m_lesson);
    m_keyMomentsView->setLesson(m_lesson);
    m_quizView->setLesson(m_lesson);
    m_snapshotView->setLesson(m_lesson);
    m_transcriptView->setLesson(m_lesson);
    updateTitle();
    runScript();
}

void MainWindow::loadScript(const QString &source, const QString &fileName)
{
    Lesson lesson;
    lesson.script = source;
    lesson.scriptName = QFileInfo(fileName).fileName();
    lesson.conceptFlow = m_defaultFlow;
    m_lessonPath.clear();
    loadLesson(lesson);
    m_fileName = fileName;
    updateTitle();
}

void MainWindow::runScript()
{
    const std::string source = m_codeView->toPlainText().toStdString();
    RunOptions options;
    options.fileName = QFileInfo(m_fileName).fileName().toStdString();
    if (options.fileName.empty())
        options.fileName = "script.py";
    options.cache = m_lesson.backend;
    // The script's own `# cachetutor:` comment, as on the command line; the dialog wins over both.
    ScriptOptions comment;
    if (const auto error = comment.parseScriptComment(source, options.fileName)) {
        m_codeView->setErrorLine(0, {});
        m_narration->setText(tr("The script's options comment is wrong: %1").arg(QString::fromStdString(error->text()).toHtmlEscaped()));
        statusBar()->showMessage(QString::fromStdString(error->text()));
        m_lastRunShown = false;
        m_runPending = false;
        emit traceFinished(false);
        return;
    }
    options = comment.toRunOptions(options);
    if (m_backendOverride)
        options.cache = *m_backendOverride;
    m_runPending = true;
    statusBar()->showMessage(tr("Tracing..."));
    m_runner.start(QString::fromStdString(source), options);
}

bool MainWindow::waitForTrace(int msecs)
{
    if (m_runPending)
        m_runner.waitForFinished(msecs);
    return !m_runPending && m_lastRunShown;
}

void MainWindow::runFinished(std::shared_ptr<const Trace> trace)
{
    m_runPending = false;
    m_lastRunShown = false;
    if (!trace) {
        statusBar()->showMessage(tr("The script could not be traced (out of memory?); the views keep the last trace"));
        emit traceFinished(false);
        return;
    }
    switch (trace->status()) {
    case Trace::Status::NotRun: {
        // Show why at its line and keep the last good trace in every view.
        const Diagnostic &d = trace->diagnostic();
        const QString message = QString::fromStdString(d.format());
        m_codeView->setErrorLine(d.line, message);
        m_narration->setText(tr("This script cannot run: %1").arg(message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
        statusBar()->showMessage(tr("Not run: line %1: %2").arg(d.line).arg(QString::fromStdString(d.message)));
        break;
    }
    case Trace::Status::Cancelled:
        statusBar()->showMessage(tr("Cancelled after %n steps; the views keep the last trace", nullptr, trace->stepCount()));
        break;
    default:
        m_codeView->setErrorLine(trace->status() == Trace::Status::Raised ? trace->finalErrorLine() : 0,
                                 QString::fromStdString(trace->finalError()));
        statusBar()->showMessage(trace->status() == Trace::Status::Completed
                                     ? tr("Traced %n steps", nullptr, trace->stepCount())
                                     : tr("Traced %1 steps; stopped by %2").arg(trace->stepCount()).arg(QString::fromStdString(trace->finalError())));
        showTrace(std::move(trace));
        m_lastRunShown = true;
        break;
    }
    emit traceFinished(m_lastRunShown);
}

void MainWindow::showTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = trace;
    m_tableModel->setTrace(trace);
    m_trackerModel->setTrace(trace);
    m_cacheModel->setTrace(trace);
    m_flowView->setTrace(trace);
    m_sampleView->setTrace(trace);
    m_keyMomentsView->setTrace(trace);
    m_transcriptView->setTrace(trace);
    m_quizView->setTrace(trace);
    m_timeline->setRange(0, trace->stepCount());
    updateErrorMarks();
    m_playback.setStepCount(trace->stepCount());
    showStep(m_playback.currentStep());
    restoreQuizAnswers();
    fitTableColumns();
}

// Once the window has laid itself out, fits the table's columns to the rows in view.
void MainWindow::fitTableColumns()
{
    QTimer::singleShot(0, this, [this] {
        // A hidden table has no rows in view: Qt would measure every row instead.
        if (!m_trace || !m_tableView->isVisible())
            return;
        // Steps still to come count too (the quiz hides them), so columns do not jump as they
        // appear; only for lesson-sized traces, as showing a million rows to measure a few costs seconds.
        const bool futureHidden = !m_tableModel->showFutureSteps() && m_trace->stepCount() <= 10'000;
        if (futureHidden)
            m_tableModel->setShowFutureSteps(true);
        m_tableView->resizeColumnsToContents();
        if (futureHidden)
            m_tableModel->setShowFutureSteps(false);
        // Sizing to contents shrank the last column too: let it fill the width again.
        m_tableView->horizontalHeader()->setStretchLastSection(false);
        m_tableView->horizontalHeader()->setStretchLastSection(true);
    });
}

// Breakpoints and error steps on the timeline, and the playback's pause points.
void MainWindow::updateErrorMarks()
{
    QSet<int> breakpointSteps, errorSteps;
    if (m_trace) {
        const QSet<int> &lines = m_codeView->breakpoints();
        for (int i = 0; i < m_trace->stepCount(); ++i) {
            const StepRecord step = m_trace->step(i);
            if (lines.contains(static_cast<int>(step.line)))
                breakpointSteps.insert(i + 1);
            bool failed = step.errorIndex >= 0;
            for (std::uint32_t c = step.callsBegin; c < step.callsEnd && !failed; ++c) {
                const CallRecord call = m_trace->call(c);
                failed = call.errorIndex >= 0 || call.warningsIndex >= 0;
            }
            if (failed)
                errorSteps.insert(i + 1);
        }
    }
    m_playback.setBreakpointSteps(breakpointSteps);
    m_timeline->setBreakpointSteps(breakpointSteps);
    m_timeline->setErrorSteps(errorSteps);
}

bool MainWindow::isInCourse(const QString &path) const
{
    return std::any_of(m_courseLessons.cbegin(), m_courseLessons.cend(), [&](const auto &entry) { return entry.first == path; });
}

bool MainWindow::openLessonFolder(const QString &folder)
{
    // Every lesson of the folder joins the outline, those that do not load
    // flagged with their first error; the first good one opens.
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QString first;
    for (const QFileInfo &file : files) {
        const QString path = file.absoluteFilePath();
        if (isInCourse(path))
            continue;
        LessonReadResult read = LessonReader::readFile(path);
        if (read.lesson)
            if (const QStringList errors = LessonChecker::check(*read.lesson, file.fileName()); !errors.isEmpty())
                read = LessonReadResult{std::nullopt, errors};
        if (read.lesson && first.isEmpty())
            first = path;
        m_courseLessons.append({path, read});
    }
    m_outline->setLessons(m_courseLessons);
    m_outline->setProgress(m_progressStore);
    if (first.isEmpty()) {
        m_lessonErrors = {tr("%1: no lesson here loads").arg(QDir::toNativeSeparators(folder))};
        statusBar()->showMessage(m_lessonErrors.first());
        return false;
    }
    statusBar()->showMessage(tr("Added %n lesson file(s) from %1", nullptr, static_cast<int>(files.size())).arg(QDir::toNativeSeparators(folder)));
    return openLessonFile(first);
}

bool MainWindow::openLessonFile(const QString &pathOrName)
{
    if (QFileInfo(pathOrName).isDir())
        return openLessonFolder(pathOrName);
    // A shipped lesson's name ('basics') or a file.
    QString path = pathOrName;
    for (const auto &[shipped, result] : std::as_const(m_courseLessons))
        if (result.lesson && result.lesson->name == pathOrName)
            path = shipped;
    const LessonReadResult read = LessonReader::readFile(path);
    m_lessonErrors = read.errors;
    if (read.lesson)
        m_lessonErrors = LessonChecker::check(*read.lesson, QFileInfo(path).fileName());
    if (!m_lessonErrors.isEmpty()) {
        statusBar()->showMessage(tr("Lesson not opened: %1").arg(m_lessonErrors.first()));
        if (isVisible()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Lesson"),
                                        tr("%1 cannot be opened:").arg(QDir::toNativeSeparators(path)), QMessageBox::Close, this);
            box->setInformativeText(m_lessonErrors.mid(0, 12).join(QLatin1Char('\n')));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        return false;
    }
    // A lesson from outside the course joins the outline for this session.
    const QString absolute = path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).absoluteFilePath();
    if (!isInCourse(absolute)) {
        m_courseLessons.append({absolute, read});
        m_outline->setLessons(m_courseLessons);
        m_outline->setProgress(m_progressStore);
    }
    m_lessonPath = absolute;
    QSettings().setValue(QStringLiteral("course/lastLesson"), absolute);
    loadLesson(*read.lesson);
    return true;
}

void MainWindow::openLessonFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Lesson Folder"), QFileInfo(m_lessonPath).absolutePath());
    if (!folder.isEmpty())
        openLessonFolder(folder);
}

void MainWindow::openLesson()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Lesson"), QFileInfo(m_lessonPath).absolutePath(),
                                                      tr("CacheTutor lessons (*.json);;All files (*)"));
    if (!path.isEmpty())
        openLessonFile(path);
}

bool MainWindow::restoreLastLesson()
{
    const QString last = QSettings().value(QStringLiteral("course/lastLesson")).toString();
    return !last.isEmpty() && (last.startsWith(QLatin1Char(':')) || QFile::exists(last)) && openLessonFile(last);
}

// Saved answers and the last step come back once the lesson's trace is shown
// (a Predict answer is computed from it).
void MainWindow::restoreQuizAnswers()
{
    if (m_lesson.name.isEmpty())
        return;
    const LessonProgress saved = m_progressStore.lesson(m_lesson.name);
    if (m_restoreAnswersPending) {
        m_restoreAnswersPending = false;
        for (auto it = saved.answers.cbegin(); it != saved.answers.cend(); ++it)
            m_quizView->restoreAnswer(it.key(), it.value().answer);
    }
    if (m_restoreStepPending) {
        m_restoreStepPending = false;
        m_playback.setCurrentStep(saved.lastStep);
    }
}

void MainWindow::saveProgress()
{
    QString error;
    if (!m_progressStore.save(&error))
        statusBar()->showMessage(tr("Progress not saved: %1").arg(error));
    m_outline->setProgress(m_progressStore);
}

void MainWindow::showWhatIf(int question)
{
    if (!m_trace || question < 0 || question >= m_quizView->questionCount())
        return;
    const WhatIf change = m_quizView->question(question).whatIf;
    if (change.line < 1 || change.line > m_lesson.script.count(QLatin1Char('\n')) + 1)
        return;
    // The run's own options (a backend override or the script's comment included), not the lesson's.
    RunOptions options;
    options.cache = m_trace->config();
    options.fileName = m_trace->fileName();
    const std::shared_ptr<const Trace> changed(traceScript(LessonChecker::scriptWithReplacement(m_lesson.script, change).toStdString(), options));
    if (changed->status() == Trace::Status::NotRun) {
        statusBar()->showMessage(tr("The changed script cannot run: %1").arg(QString::fromStdString(changed->diagnostic().format())));
        return;
    }
    auto *dialog = new WhatIfDialog(m_trace, changed, tr("Line %1: %2").arg(change.line).arg(change.replacement), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString MainWindow::linkToStep() const
{
    auto quoted = [](const QString &word) {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=+-]+$"));
        return plain.match(word).hasMatch() ? word : QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    };
    QStringList words{QStringLiteral("cachetutor")};
    const bool shipped = m_lessonPath.startsWith(QLatin1Char(':'));
    if (!m_lesson.name.isEmpty())
        words << QStringLiteral("--lesson") << quoted(shipped ? m_lesson.name : m_lessonPath);
    else if (QFileInfo(m_fileName).isAbsolute())
        words << quoted(m_fileName);
    words << QStringLiteral("--step") << QString::number(m_playback.currentStep()) << QStringLiteral("--mode") << learningModeName(m_mode);
    return words.join(QLatin1Char(' '));
}

bool MainWindow::exportTo(Export what, const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_trace)
        return fail(tr("There is no trace to export yet"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (what == Export::View) {
        if (suffix != QLatin1String("png"))
            return fail(tr("%1: the view exports as .png").arg(path));
        return grab().save(path, "PNG") || fail(tr("Cannot write %1").arg(path));
    }
    if (what == Export::Lesson && suffix == QLatin1String("pdf")) {
        QTextDocument document;
        document.setHtml(LessonExporter::html(m_lesson, *m_trace));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(m_lesson.title);
        writer.setCreator(QStringLiteral("CacheTutor"));
        document.print(&writer);
        return QFileInfo(path).size() > 0 || fail(tr("Cannot write %1").arg(path));
    }
    QString text;
    if (what == Export::Lesson && (suffix == QLatin1String("html") || suffix == QLatin1String("htm")))
        text = LessonExporter::html(m_lesson, *m_trace);
    else if (what == Export::Table && suffix == QLatin1String("csv"))
        text = LessonExporter::tableCsv(*m_trace);
    else if (what == Export::Table && suffix == QLatin1String("md"))
        text = LessonExporter::tableMarkdown(*m_trace);
    else if (what == Export::Tracker && suffix == QLatin1String("csv"))
        text = LessonExporter::trackerCsv(*m_trace);
    else if (what == Export::Tracker && suffix == QLatin1String("md"))
        text = LessonExporter::trackerMarkdown(*m_trace);
    else
        return fail(what == Export::Lesson ? tr("%1: the lesson exports as .html or .pdf").arg(path)
                                           : tr("%1: the tables export as .csv or .md").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

void MainWindow::exportWithDialog(Export what)
{
    QString filter;
    QString name = QFileInfo(m_fileName).completeBaseName();
    if (!m_lesson.name.isEmpty())
        name = m_lesson.name;
    switch (what) {
    case Export::Table: filter = tr("CSV (*.csv);;Markdown (*.md)"); name += QStringLiteral("-table.csv"); break;
    case Export::Tracker: filter = tr("CSV (*.csv);;Markdown (*.md)"); name += QStringLiteral("-tracker.csv"); break;
    case Export::Lesson: filter = tr("PDF (*.pdf);;HTML (*.html)"); name += QStringLiteral(".pdf"); break;
    case Export::View: filter = tr("PNG image (*.png)"); name += QStringLiteral(".png"); break;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QDir::home().filePath(name), filter);
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(what, path, &error))
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export"), error);
}

void MainWindow::printPreview()
{
    if (!m_trace)
        return;
    QPrinter printer;
    QPrintPreviewDialog preview(&printer, this);
    const QString html = LessonExporter::html(m_lesson, *m_trace);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [html](QPrinter *target) {
        QTextDocument document;
        document.setHtml(html);
        document.print(target);
    });
    preview.exec();
}

bool MainWindow::openScriptFile(const QString &path)
{
    // A file that is not a UTF-8 script is refused with why, in the status bar
    // (where the app's command line reads it) and, when the window is up, in a
    // box that does not block: decoding it anyway would show mojibake, or a
    // binary file's bytes, as if they were the script.
    constexpr qint64 MaxScriptFileSize = 64 * 1024 * 1024;
    const auto refuse = [this](const QString &message) {
        statusBar()->showMessage(message);
        if (isVisible()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Script"), message, QMessageBox::Close, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        return false;
    };
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (QFileInfo(path).isDir())
        return refuse(tr("Cannot open %1: it is a folder, not a script").arg(shownPath));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("Cannot read %1: %2").arg(shownPath, file.errorString()));
    if (file.size() > MaxScriptFileSize)
        return refuse(tr("Cannot open %1: it is %2 MB; scripts can be up to %3 MB")
                          .arg(shownPath).arg(file.size() / (1024 * 1024)).arg(MaxScriptFileSize / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return refuse(tr("Cannot open %1: it is not a text file (byte %2 is a NUL byte); a script is Python source saved as UTF-8")
                          .arg(shownPath).arg(nul));
    // The first byte that does not start or continue a valid UTF-8 sequence
    // (no overlong forms, surrogates or code points past U+10FFFF, as Python reads source).
    qsizetype bad = -1;
    for (qsizetype i = 0; i < bytes.size() && bad < 0;) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        const int length = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        const auto at = [&](qsizetype k) { return k < bytes.size() ? static_cast<unsigned char>(bytes[k]) : 0u; };
        bool ok = length > 0 && i + length <= bytes.size();
        for (int k = 1; ok && k < length; ++k)
            ok = (at(i + k) & 0xC0) == 0x80;
        if (ok && length == 3)
            ok = !(c == 0xE0 && at(i + 1) < 0xA0) && !(c == 0xED && at(i + 1) >= 0xA0);
        if (ok && length == 4)
            ok = !(c == 0xF0 && at(i + 1) < 0x90) && !(c == 0xF4 && at(i + 1) >= 0x90);
        if (ok)
            i += length;
        else
            bad = i;
    }
    if (bad >= 0)
        return refuse(tr("Cannot open %1: it is not UTF-8 text (byte %2, 0x%3, is not valid UTF-8); save it as UTF-8 and open it again")
                          .arg(shownPath)
                          .arg(bad)
                          .arg(static_cast<uint>(static_cast<unsigned char>(bytes[bad])), 2, 16, QLatin1Char('0')));
    loadScript(QString::fromUtf8(bytes), QFileInfo(path).absoluteFilePath());
    Settings().addRecentFile(QFileInfo(path).absoluteFilePath());
    updateRecentFilesMenu();
    return true;
}

void MainWindow::openScript()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Script"), QFileInfo(m_fileName).absolutePath(),
                                                      tr("Python scripts (*.py);;All files (*)"));
    if (!path.isEmpty())
        openScriptFile(path);
}

bool MainWindow::saveScript()
{
    // A lesson's script has no file of its own yet: ask where to put it.
    if (!QFileInfo(m_fileName).isAbsolute())
        return saveScriptAs();
    return writeScript(m_fileName);
}

bool MainWindow::saveScriptAs()
{
    QString suggestion = m_fileName.isEmpty() ? QStringLiteral("script.py") : m_fileName;
    if (!QFileInfo(suggestion).isAbsolute())
        suggestion = QDir::home().filePath(suggestion);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Script"), suggestion, tr("Python scripts (*.py);;All files (*)"));
    return !path.isEmpty() && writeScript(path);
}

bool MainWindow::writeScript(const QString &path)
{
    // QSaveFile: the old file stays whole until the new one is completely written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_codeView->toPlainText().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save Script"), tr("Cannot save %1: %2\nYour script is still here; try another place.").arg(path, file.errorString()));
        return false;
    }
    m_fileName = QFileInfo(path).absoluteFilePath();
    m_codeView->document()->setModified(false);
    clearAutosave();
    Settings().addRecentFile(m_fileName);
    updateRecentFilesMenu();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_fileName)), 3000);
    return true;
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings().recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openScriptFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
        connect(clear, &QAction::triggered, this, [this] {
            Settings().setRecentFiles({});
            updateRecentFilesMenu();
        });
    }
}

void MainWindow::scheduleAutosave()
{
    if (m_codeView->document()->isModified())
        m_autosaveTimer->start();
}

void MainWindow::writeAutosave()
{
    m_autosaveTimer->stop();
    if (!m_codeView->document()->isModified())
        return;
    const QString path = autosavePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_codeView->toPlainText().toUtf8()) < 0 || !file.commit()) {
        statusBar()->showMessage(tr("Could not autosave to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("playground/fileName"), m_fileName);
}

void MainWindow::clearAutosave()
{
    m_autosaveTimer->stop();
    QFile::remove(autosavePath());
    QSettings().remove(QStringLiteral("playground"));
}

bool MainWindow::restoreAutosave()
{
    QFile file(autosavePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString source = QString::fromUtf8(file.readAll());
    const QString fileName = QSettings().value(QStringLiteral("playground/fileName")).toString();
    loadScript(source, fileName.isEmpty() ? QStringLiteral("script.py") : fileName);
    // Still unsaved: keep it marked as modified and keep autosaving it.
    m_codeView->document()->setModified(true);
    m_editAction->setChecked(true);
    updateTitle();
    statusBar()->showMessage(tr("Restored the unsaved script from your last session"), 5000);
    return true;
}

CacheConfig MainWindow::backendOptions() const
{
    if (m_backendOverride)
        return *m_backendOverride;
    return m_trace ? m_trace->config() : m_lesson.backend;
}

void MainWindow::setBackendOptions(const CacheConfig &config)
{
    m_backendOverride = config;
    runScript();
}

void MainWindow::editBackendOptions()
{
    BackendOptionsDialog dialog(this);
    dialog.setConfig(backendOptions());
    if (dialog.exec() == QDialog::Accepted)
        setBackendOptions(dialog.config());
}

void MainWindow::showStep(int step)
{
    if (!m_trace)
        return;
    const int count = m_trace->stepCount();
    m_tableModel->setCurrentStep(step);
    m_trackerModel->setCurrentStep(step);
    m_cacheModel->setCurrentStep(step);
    m_flowView->setCurrentStep(step);
    m_sampleView->setCurrentStep(step);
    m_keyMomentsView->setCurrentStep(step);
    m_transcriptView->setCurrentStep(step);

    const int justRan = step > 0 ? static_cast<int>(m_trace->step(step - 1).line) : 0;
    const int runsNext = step < count ? static_cast<int>(m_trace->step(step).line) : 0;
    m_codeView->setLineMarks(justRan, runsNext);

    if (step == 0)
        m_narration->setText(count > 0 ? tr("Start: nothing has run yet. Press → to run line %1.").arg(runsNext) : tr("This script has no steps."));
    else
        m_narration->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Step %1:").arg(step), Narrator(*m_trace).narrateStep(step - 1).toHtmlEscaped()));

    QString console = QString::fromStdString(std::string(m_trace->stdoutAfterStep(step - 1)));
    if (step == count && m_trace->status() == Trace::Status::Raised)
        console += QString::fromStdString(m_trace->traceback());
    m_console->setPlainText(console);

    m_cacheTitle->setText(m_cacheModel->rowCount() == 0 ? tr("<b>Live cache</b>: empty — nothing is stored after this step")
                                                         : tr("<b>Live cache</b> (least recently used first)"));
    QString summary = tr("Clock: %1 s   Hits: %2   Misses: %3")
                          .arg(QString::fromStdString(floatRepr(m_cacheModel->clock())))
                          .arg(m_cacheModel->hits())
                          .arg(m_cacheModel->misses());
    if (!m_cacheModel->removedKeys().isEmpty())
        summary += QStringLiteral("   ") + tr("Removed: %1").arg(m_cacheModel->removedKeys().join(QStringLiteral(", ")));
    // What this step's lookups found, so a miss is never mistaken for a stored None or a default.
    if (step > 0) {
        const StepRecord record = m_trace->step(step - 1);
        for (std::uint32_t c = record.callsBegin; c < record.callsEnd; ++c) {
            const CallRecord call = m_trace->call(c);
            if (call.action != Action::CacheGet || call.errorIndex >= 0)
                continue;
            const QString value = QString::fromStdString(repr(call.output));
            summary += QStringLiteral("\n") + (call.hits > 0 ? tr("This step: hit — the stored value is %1").arg(value)
                                                             : tr("This step: miss — cache.get returned the default %1").arg(value));
        }
    }
    m_cacheSummary->setText(summary);

    m_stepLabel->setText(step == 0 ? tr("Start (%n steps)", nullptr, count) : tr("Step %1 of %2").arg(step).arg(count));
    {
        const QSignalBlocker blocker(m_timeline);
        m_timeline->setValue(step);
    }
    const int row = m_tableModel->rowForStep(std::max(step, 1));
    if (row >= 0) {
        m_tableView->selectRow(row);
        m_tableView->scrollTo(m_tableModel->index(row, 0));
    }
    m_trackerView->scrollTo(m_trackerModel->index(0, std::min(step, m_trackerModel->columnCount() - 1)));
    updateActions();
    updateAnnotation();
}

void MainWindow::updateActions()
{
    m_firstAction->setEnabled(m_playback.canGoBack());
    m_backAction->setEnabled(m_playback.canGoBack());
    m_forwardAction->setEnabled(m_playback.canGoForward());
    m_lastAction->setEnabled(m_playback.canGoForward());
    const bool playing = m_playback.isPlaying();
    m_playAction->setText(playing ? tr("&Pause") : tr("&Play"));
    m_playAction->setIcon(glyphIcon(playing ? Glyph::Pause : Glyph::Play));
}

void MainWindow::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
    applyZoom();
}

// Every panel inherits the window's font; the ones with a font of their own
// (code, console, narration) are scaled from the same base here.
void MainWindow::applyZoom()
{
    const double scale = m_zoom * (m_presentation ? PresentationZoom : 1.0);
    QFont font = m_baseFont;
    font.setPointSizeF(m_baseFont.pointSizeF() * scale);
    setFont(font);
    scaleApplicationFonts(scale);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(m_baseFont.pointSizeF() * 1.1 * scale);
    m_codeView->setFont(mono);
    m_codeView->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 4);
    m_console->setFont(mono);
    QFont narration = font;
    narration.setPointSizeF(font.pointSizeF() * 1.25);
    m_narration->setFont(narration);
    m_annotation->setFont(narration);
    const int iconSize = qRound(24 * scale);
    m_modeList->setIconSize(QSize(iconSize, iconSize));
    m_toolBar->setIconSize(QSize(iconSize, iconSize));
    m_trackerView->horizontalHeader()->setDefaultSectionSize(QFontMetrics(font).horizontalAdvance(QStringLiteral("After Step 000000")));
    for (QTableView *view : {m_tableView, m_trackerView})
        view->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 8);
    // Live-cache rows keep room under the text for the time-to-live bar.
    m_cacheView->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 8 + TraceItemDelegate::timeToLiveBarSpace());
    // The learning-styles list is as wide as its longest title at this size.
    m_modePanel->setMinimumWidth(m_modeList->sizeHintForColumn(0) + 2 * m_modeList->frameWidth() + 12);
    m_zoomResetAction->setEnabled(m_zoom != 1.0);
    m_zoomInAction->setEnabled(m_zoom < MaxZoom);
    m_zoomOutAction->setEnabled(m_zoom > MinZoom);
    fitTableColumns();
}

void MainWindow::setPresentationMode(bool on, bool fullScreen)
{
    m_presentation = on;
    {
        const QSignalBlocker blocker(m_presentationAction);
        m_presentationAction->setChecked(on);
    }
    if (on && fullScreen)
        showFullScreen();
    else if (!on && isFullScreen())
        showNormal();
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    applyPresentationPanels();
    applyZoom();
    updateAnnotation();
}

// In presentation mode only the panels the teacher picked stay visible.
void MainWindow::applyPresentationPanels()
{
    auto shown = [this](const QString &name) {
        if (!m_presentation)
            return true;
        for (QAction *action : std::as_const(m_presentationPanelActions))
            if (action->data().toString() == name)
                return action->isChecked();
        return true;
    };
    m_modePanel->setVisible(shown(QStringLiteral("modes")));
    m_toolBar->setVisible(shown(QStringLiteral("toolbar")));
    for (QWidget *panel : {static_cast<QWidget *>(m_codePanel), static_cast<QWidget *>(m_narration), m_cachePanel})
        if (panel->parentWidget() != this) // placed by the current mode
            panel->setVisible(shown(panel->objectName()));
    // In Step-by-Step the table sits in the bottom tabs; elsewhere on its own.
    if (auto *tabs = m_arrangement ? m_arrangement->findChild<QTabWidget *>(QStringLiteral("tables")) : nullptr)
        tabs->setVisible(shown(QStringLiteral("tables")));
    else if (m_tableView->parentWidget() != this)
        m_tableView->setVisible(shown(QStringLiteral("tables")));
}

void MainWindow::saveAsLesson()
{
    LessonEditorDialog dialog(this);
    Lesson start = m_lesson;
    start.backend = backendOptions(); // the settings the playground runs with now
    // A lesson shown translated is edited and saved in that language as the new
    // lesson's own text; its translations were of the old text.
    if (!LessonTranslator::languageFor(start, QLocale()).isEmpty())
        start.translations.clear();
    dialog.setLesson(start);
    dialog.setScript(m_codeView->toPlainText());
    if (!m_lessonPath.isEmpty() && !m_lessonPath.startsWith(QLatin1Char(':')))
        dialog.setSaveDirectory(QFileInfo(m_lessonPath).absolutePath());
    if (dialog.exec() != QDialog::Accepted || dialog.savedPath().isEmpty())
        return;
    if (!openLessonFile(dialog.savedPath())) // shows it and puts it in the course outline
        QMessageBox::warning(this, tr("Save as Lesson"),
                             tr("The lesson was saved but could not be opened:\n%1").arg(m_lessonErrors.join(QLatin1Char('\n'))));
}

// The teacher's notes for the current step: in presentation mode only, under the narration.
void MainWindow::updateAnnotation()
{
    QStringList notes;
    const int step = m_playback.currentStep();
    for (const Annotation &annotation : std::as_const(m_lesson.annotations))
        if (annotation.step == step)
            notes << tr("Teacher's note: %1").arg(annotation.text);
    m_annotation->setText(notes.join(QLatin1Char('\n')));
    // Only where the current mode placed and shows the narration (Execution Sample has none).
    const bool narrationShown = m_narration->parentWidget() != this && !m_narration->isHidden();
    m_annotation->setVisible(m_presentation && narrationShown && !notes.isEmpty());
    QPalette colours = m_annotation->palette();
    colours.setColor(QPalette::Window, Theme::instance().color(Theme::Role::Hint));
    m_annotation->setAutoFillBackground(true);
    m_annotation->setPalette(colours);
}

void MainWindow::showShortcuts()
{
    QString text = QStringLiteral("<table cellspacing='6'>");
    const QList<QAction *> listed = QList<QAction *>{m_firstAction, m_backAction, m_playAction, m_forwardAction, m_lastAction,
                                                     m_openAction, m_saveAction, m_editAction, m_runAction, m_cancelAction,
                                                     m_backendAction}
                                    + m_modeActions
                                    + QList<QAction *>{m_zoomInAction, m_zoomOutAction, m_zoomResetAction, m_presentationAction, m_quitAction};
    for (QAction *action : listed)
        text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                    .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                         action->text().remove(QLatin1Char('&')).toHtmlEscaped(), action->statusTip().toHtmlEscaped());
    text += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::Information, tr("Keyboard Shortcuts"), text, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CacheTutor"),
                       tr("<h3>CacheTutor %1</h3><p>Step through Django's low-level cache API "
                          "(<code>from django.core.cache import cache</code>) one statement at a time.</p>"
                          "<p>Every table, tracker and answer comes from running the script through an engine "
                          "with Django's LocMemCache rules on a virtual clock.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::updateTitle()
{
    const QString name = m_fileName.isEmpty() ? tr("untitled") : QFileInfo(m_fileName).fileName();
    const QString title = m_lesson.title.isEmpty() ? name : m_lesson.title;
    setWindowTitle(tr("%1%2 — CacheTutor").arg(title, m_codeView->document()->isModified() ? QStringLiteral("*") : QString()));
}

void MainWindow::saveSettings()
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(QStringLiteral("body"), m_body->saveState());
    settings.setLearningMode(learningModeName(m_mode));
    settings.setTheme(Theme::kindName(Theme::instance().kind()));
    settings.setZoom(m_zoom);
    settings.setStepsPerSecond(m_playback.stepsPerSecond());
    settings.setShowFutureSteps(m_showFutureAction->isChecked());
    QStringList panels;
    for (QAction *action : std::as_const(m_presentationPanelActions))
        if (action->isChecked())
            panels.append(action->data().toString());
    settings.setPresentationPanels(panels);
}

void MainWindow::restoreSettings()
{
    const Settings settings;
    if (const QByteArray geometry = settings.windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.windowState(); !state.isEmpty())
        restoreState(state);
    if (const QByteArray body = settings.splitterState(QStringLiteral("body")); !body.isEmpty())
        m_body->restoreState(body);
    const Theme::Kind theme = Theme::kindFromName(settings.theme());
    if (theme != Theme::instance().kind())
        Theme::instance().setKind(theme);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == Theme::kindName(theme));
    m_mode = learningModeFromString(settings.learningMode()).value_or(LearningMode::StepByStep);
    m_modeActions[static_cast<int>(m_mode)]->setChecked(true);
    {
        const QSignalBlocker blocker(m_modeList);
        m_modeList->setCurrentRow(static_cast<int>(m_mode));
    }
    const double speed = settings.stepsPerSecond();
    int speedIndex = m_speed->findData(speed);
    m_speed->setCurrentIndex(speedIndex >= 0 ? speedIndex : m_speed->findData(2.0));
    m_showFutureAction->setChecked(settings.showFutureSteps());
    const QStringList panels = settings.presentationPanels();
    for (QAction *action : std::as_const(m_presentationPanelActions))
        action->setChecked(panels.contains(action->data().toString()));
    m_zoom = settings.zoom();
    applyZoom();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved playground edits are kept for the next start, not lost and not nagged about.
    writeAutosave();
    saveProgress();
    if (m_presentation)
        setPresentationMode(false);
    saveSettings();
    m_runner.cancel();
    event->accept();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Esc leaves presentation mode, as it leaves full screen elsewhere (while
    // a long run is tracing, the Cancel Run action takes Esc first).
    if (event->key() == Qt::Key_Escape && m_presentation) {
        setPresentationMode(false);
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Leaving full screen by the window manager (not F11) ends presentation mode too.
    if (event->type() == QEvent::WindowStateChange && m_presentation && !isFullScreen())
        setPresentationMode(false);
    QMainWindow::changeEvent(event);
}

} // namespace cachetutor
