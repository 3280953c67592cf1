#include "mainwindow.h"

#include "cachestatemodel.h"
#include "codeview.h"
#include "executiontablemodel.h"
#include "interpreter.h"
#include "narrator.h"
#include "roles.h"
#include "trace.h"
#include "variabletrackermodel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cachetutor {

namespace {

QTableView *makeTableView(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // Columns are sized to what is in view when a trace is shown (see loadScript), not on every
    // change: a hidden table with a million rows would otherwise measure every row.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setResizeContentsPrecision(0);
    view->setWordWrap(false);
    return view;
}

QLabel *makeLegendLabel(const QColor &colour, const QString &marker, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<span style='background:%1'>&nbsp;%2&nbsp;</span> %3").arg(colour.name(), marker, text), parent);
    label->setAccessibleName(text);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_tableModel(new ExecutionTableModel(this)),
      m_trackerModel(new VariableTrackerModel(this)),
      m_cacheModel(new CacheStateModel(this))
{
    setWindowTitle(tr("CacheTutor"));
    createWidgets();
    createActions();
    connect(&m_playback, &PlaybackController::currentStepChanged, this, &MainWindow::showStep);
    connect(&m_playback, &PlaybackController::playingChanged, this, &MainWindow::updateActions);
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
    connect(m_codeView, &CodeView::breakpointsChanged, this, [this](const QSet<int> &lines) {
        QSet<int> steps;
        if (m_trace)
            for (int i = 0; i < m_trace->stepCount(); ++i)
                if (lines.contains(static_cast<int>(m_trace->step(i).line)))
                    steps.insert(i + 1);
        m_playback.setBreakpointSteps(steps);
    });
    connect(m_tableView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_playback.setCurrentStep(index.data(StepRole).toInt());
    });
    connect(m_timeline, &QSlider::valueChanged, &m_playback, &PlaybackController::setCurrentStep);
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_codeView = new CodeView(this);

    auto *codePanel = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(codePanel);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_codeView);
    auto *legend = new QWidget(codePanel);
    auto *legendLayout = new QHBoxLayout(legend);
    legendLayout->setContentsMargins(4, 0, 4, 0);
    legendLayout->addWidget(makeLegendLabel(CodeView::justRanColor(), QStringLiteral("▶"), tr("just ran"), legend));
    legendLayout->addWidget(makeLegendLabel(CodeView::runsNextColor(), QStringLiteral("➜"), tr("runs next"), legend));
    legendLayout->addStretch();
    codeLayout->addWidget(legend);

    m_narration = new QLabel(this);
    m_narration->setWordWrap(true);
    m_narration->setAccessibleName(tr("Narration"));
    QFont narrationFont = m_narration->font();
    narrationFont.setPointSizeF(narrationFont.pointSizeF() * 1.25);
    m_narration->setFont(narrationFont);
    m_narration->setMargin(8);
    m_narration->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_cacheView = makeTableView(m_cacheModel, tr("Live cache state"), this);
    m_cacheView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // never more than MAX_ENTRIES rows
    m_cacheSummary = new QLabel(this);
    m_cacheSummary->setAccessibleName(tr("Clock, hits and misses"));
    m_cacheSummary->setMargin(4);

    auto *cachePanel = new QWidget(this);
    auto *cacheLayout = new QVBoxLayout(cachePanel);
    cacheLayout->setContentsMargins(0, 0, 0, 0);
    auto *cacheTitle = new QLabel(tr("<b>Live cache</b> (least recently used first)"), cachePanel);
    cacheLayout->addWidget(m_narration);
    cacheLayout->addWidget(cacheTitle);
    cacheLayout->addWidget(m_cacheView, 1);
    cacheLayout->addWidget(m_cacheSummary);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(codePanel);
    top->addWidget(cachePanel);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    m_tableView = makeTableView(m_tableModel, tr("Execution table"), this);
    m_trackerView = makeTableView(m_trackerModel, tr("Variable tracker"), this);
    m_trackerView->setSelectionBehavior(QAbstractItemView::SelectColumns);
    // One column per step: a million columns cannot each be measured, so they share one width.
    m_trackerView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_trackerView->horizontalHeader()->setStretchLastSection(false);
    m_trackerView->horizontalHeader()->setDefaultSectionSize(m_trackerView->fontMetrics().horizontalAdvance(QStringLiteral("After Step 000000")));
    m_console = new QPlainTextEdit(this);
    m_console->setReadOnly(true);
    m_console->setAccessibleName(tr("Console output"));
    m_console->setFont(m_codeView->font());

    auto *bottom = new QTabWidget(this);
    bottom->addTab(m_tableView, tr("Execution Table"));
    bottom->addTab(m_trackerView, tr("Variable Tracker"));
    bottom->addTab(m_console, tr("Console"));

    auto *central = new QSplitter(Qt::Vertical, this);
    central->addWidget(top);
    central->addWidget(bottom);
    central->setStretchFactor(0, 3);
    central->setStretchFactor(1, 2);
    setCentralWidget(central);

    m_timeline = new QSlider(Qt::Horizontal, this);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setToolTip(tr("Drag to any step"));
    m_timeline->setMinimumWidth(200);
    m_stepLabel = new QLabel(this);
    m_stepLabel->setAccessibleName(tr("Current step"));
    m_stepLabel->setMinimumWidth(m_stepLabel->fontMetrics().horizontalAdvance(tr("Step 0000 of 0000")));
}

void MainWindow::createActions()
{
    auto makeAction = [this](QStyle::StandardPixmap icon, const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setShortcut(key);
        action->setStatusTip(tip);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        return action;
    };
    m_firstAction = makeAction(QStyle::SP_MediaSkipBackward, tr("&First Step"), QKeySequence(Qt::Key_Home), tr("Go back to the start, before the first step"));
    m_backAction = makeAction(QStyle::SP_MediaSeekBackward, tr("&Back"), QKeySequence(Qt::Key_Left), tr("Go back one step"));
    m_playAction = makeAction(QStyle::SP_MediaPlay, tr("&Play"), QKeySequence(Qt::Key_Space), tr("Play the steps one after another"));
    m_forwardAction = makeAction(QStyle::SP_MediaSeekForward, tr("&Forward"), QKeySequence(Qt::Key_Right), tr("Run the next step"));
    m_lastAction = makeAction(QStyle::SP_MediaSkipForward, tr("&Last Step"), QKeySequence(Qt::Key_End), tr("Go to the last step"));
    connect(m_firstAction, &QAction::triggered, &m_playback, &PlaybackController::first);
    connect(m_backAction, &QAction::triggered, &m_playback, &PlaybackController::back);
    connect(m_playAction, &QAction::triggered, &m_playback, &PlaybackController::togglePlay);
    connect(m_forwardAction, &QAction::triggered, &m_playback, &PlaybackController::forward);
    connect(m_lastAction, &QAction::triggered, &m_playback, &PlaybackController::last);

    m_showFutureAction = new QAction(tr("Show &Future Steps"), this);
    m_showFutureAction->setCheckable(true);
    m_showFutureAction->setChecked(true);
    m_showFutureAction->setStatusTip(tr("Show the rows of steps that have not run yet, greyed"));
    connect(m_showFutureAction, &QAction::toggled, this, [this](bool show) { m_tableModel->setShowFutureSteps(show); });

    auto *openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Script..."), this);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a Python script and trace it"));
    connect(openAction, &QAction::triggered, this, &MainWindow::openScript);
    m_editAction = new QAction(tr("&Edit Script"), this);
    m_editAction->setCheckable(true);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setStatusTip(tr("Type or paste your own script, then run it"));
    connect(m_editAction, &QAction::toggled, this, [this](bool editing) {
        m_codeView->setEditing(editing);
        if (editing)
            m_codeView->setFocus();
    });
    auto *runAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Run"), this);
    runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    runAction->setStatusTip(tr("Trace the script in the code view again"));
    connect(runAction, &QAction::triggered, this, &MainWindow::runScript);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setStatusTip(tr("Quit CacheTutor"));
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    auto *shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcutsAction->setStatusTip(tr("List the keyboard shortcuts"));
    connect(shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(openAction);
    file->addSeparator();
    file->addAction(m_editAction);
    file->addAction(runAction);
    file->addSeparator();
    file->addAction(quitAction);
    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    for (QAction *action : {m_firstAction, m_backAction, m_playAction, m_forwardAction, m_lastAction})
        playback->addAction(action);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showFutureAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcutsAction);

    QToolBar *toolbar = addToolBar(tr("Playback"));
    toolbar->setObjectName(QStringLiteral("playbackToolBar"));
    toolbar->addAction(openAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(runAction);
    toolbar->addSeparator();
    for (QAction *action : {m_firstAction, m_backAction, m_playAction, m_forwardAction, m_lastAction})
        toolbar->addAction(action);
    toolbar->addWidget(m_timeline);
    toolbar->addWidget(m_stepLabel);
    statusBar();
}

bool MainWindow::loadScript(const QString &source, const QString &fileName)
{
    m_codeView->setEditing(false);
    m_editAction->setChecked(false);
    m_codeView->setPlainText(source);
    m_fileName = fileName;
    setWindowTitle(tr("%1 — CacheTutor").arg(QFileInfo(fileName).fileName()));
    return runScript();
}

bool MainWindow::runScript()
{
    RunOptions options;
    options.fileName = QFileInfo(m_fileName).fileName().toStdString();
    std::shared_ptr<const Trace> trace = traceScript(m_codeView->toPlainText().toStdString(), options);
    if (trace->status() == Trace::Status::NotRun) {
        // Show why at its line and keep the last good trace in every view.
        const Diagnostic &d = trace->diagnostic();
        const QString message = QString::fromStdString(d.format());
        m_codeView->setErrorLine(d.line, message);
        m_narration->setText(tr("This script cannot run: %1").arg(message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
        statusBar()->showMessage(tr("Not run: line %1: %2").arg(d.line).arg(QString::fromStdString(d.message)));
        return false;
    }
    m_codeView->setErrorLine(trace->status() == Trace::Status::Raised ? trace->finalErrorLine() : 0,
                             QString::fromStdString(trace->finalError()));
    statusBar()->showMessage(trace->status() == Trace::Status::Completed
                                 ? tr("Traced %n steps", nullptr, trace->stepCount())
                                 : tr("Traced %1 steps; stopped by %2").arg(trace->stepCount()).arg(QString::fromStdString(trace->finalError())));
    m_trace = trace;
    m_tableModel->setTrace(trace);
    m_trackerModel->setTrace(trace);
    m_cacheModel->setTrace(trace);
    m_timeline->setRange(0, trace->stepCount());
    m_playback.setStepCount(trace->stepCount());
    // Once the window has laid itself out, fit the columns to the rows in view.
    QTimer::singleShot(0, this, [this] {
        m_tableView->resizeColumnsToContents();
        // Sizing to contents shrank the last column too: let it fill the width again.
        m_tableView->horizontalHeader()->setStretchLastSection(false);
        m_tableView->horizontalHeader()->setStretchLastSection(true);
    });
    return true;
}

bool MainWindow::openScriptFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open Script"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    return loadScript(QString::fromUtf8(file.readAll()), path);
}

void MainWindow::openScript()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Script"), QFileInfo(m_fileName).absolutePath(),
                                                      tr("Python scripts (*.py);;All files (*)"));
    if (!path.isEmpty())
        openScriptFile(path);
}

void MainWindow::showStep(int step)
{
    if (!m_trace)
        return;
    const int count = m_trace->stepCount();
    m_tableModel->setCurrentStep(step);
    m_trackerModel->setCurrentStep(step);
    m_cacheModel->setCurrentStep(step);

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

    QString summary = tr("Clock: %1 s   Hits: %2   Misses: %3")
                          .arg(QString::fromStdString(floatRepr(m_cacheModel->clock())))
                          .arg(m_cacheModel->hits())
                          .arg(m_cacheModel->misses());
    if (!m_cacheModel->removedKeys().isEmpty())
        summary += QStringLiteral("   ") + tr("Removed: %1").arg(m_cacheModel->removedKeys().join(QStringLiteral(", ")));
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
}

void MainWindow::updateActions()
{
    m_firstAction->setEnabled(m_playback.canGoBack());
    m_backAction->setEnabled(m_playback.canGoBack());
    m_forwardAction->setEnabled(m_playback.canGoForward());
    m_lastAction->setEnabled(m_playback.canGoForward());
    const bool playing = m_playback.isPlaying();
    m_playAction->setText(playing ? tr("&Pause") : tr("&Play"));
    m_playAction->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void MainWindow::showShortcuts()
{
    QString text = QStringLiteral("<table>");
    for (QAction *action : {m_firstAction, m_backAction, m_playAction, m_forwardAction, m_lastAction})
        text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(action->shortcut().toString(QKeySequence::NativeText), action->statusTip().toHtmlEscaped());
    text += QStringLiteral("</table>");
    QMessageBox::information(this, tr("Keyboard Shortcuts"), text);
}

} // namespace cachetutor
