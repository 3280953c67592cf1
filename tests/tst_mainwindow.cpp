// MainWindow: every view follows the one playback controller; the learning
// modes, the playground, zoom, presentation mode, files and autosave; the
// app's --screenshot and --mode options.

#include "codeview.h"
#include "courseoutline.h"
#include "executiontablemodel.h"
#include "guitestmain.h"
#include "mainwindow.h"
#include "progressstore.h"
#include "quizview.h"
#include "roles.h"
#include "settings.h"
#include "theme.h"
#include "trace.h"
#include "whatifdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QProgressBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace cachetutor;

namespace {

const QString LessonSource = QStringLiteral("from django.core.cache import cache\n"
                                      "cache.set('greet', 'Hello', 10)\n"
                                      "value = cache.get('greet')\n"
                                      "cache.delete('greet')\n"
                                      "value_after_delete = cache.get('greet')\n");

QLabel *labelNamed(QWidget &window, const QString &accessibleName)
{
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->accessibleName() == accessibleName)
            return label;
    return nullptr;
}

QWidget *widgetNamed(QWidget &window, const QString &accessibleName)
{
    for (QWidget *widget : window.findChildren<QWidget *>())
        if (widget->accessibleName() == accessibleName)
            return widget;
    return nullptr;
}

QAction *actionNamed(QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    return nullptr;
}

// Loads and waits for the trace, as the app does.
void load(MainWindow &window, const QString &source, const QString &name = QStringLiteral("lesson.py"))
{
    window.loadScript(source, name);
    QVERIFY(window.waitForTrace());
}

struct AppRun {
    int exitCode = -1;
    QString stderrText;
};

AppRun runApp(const QStringList &arguments)
{
    QProcess app;
    app.start(QStringLiteral(CACHETUTOR_APP_EXE), arguments);
    AppRun run;
    if (!app.waitForFinished(30000))
        return run;
    run.exitCode = app.exitCode();
    run.stderrText = QString::fromUtf8(app.readAllStandardError());
    return run;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Every test starts from no settings and no autosave.
        QSettings().clear();
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/playground-autosave.py"));
        QFile::remove(ProgressStore::defaultPath());
    }

    void viewsFollowTheCurrentStep_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("justRan");
        QTest::addColumn<int>("runsNext");
        QTest::addColumn<QString>("narration");
        QTest::addColumn<QString>("stepText");
        QTest::newRow("start") << 0 << 0 << 2 << "Start: nothing has run yet. Press → to run line 2." << "Start (4 steps)";
        QTest::newRow("step 2") << 2 << 3 << 4 << "cache.get finds 'greet' and returns 'Hello'." << "Step 2 of 4";
        QTest::newRow("last") << 4 << 5 << 0 << "cache.get finds nothing for 'greet' and returns the default None." << "Step 4 of 4";
    }

    void viewsFollowTheCurrentStep()
    {
        QFETCH(int, step);
        QFETCH(int, justRan);
        QFETCH(int, runsNext);
        QFETCH(QString, narration);
        QFETCH(QString, stepText);
        MainWindow window;
        load(window, LessonSource);
        window.playback().setCurrentStep(step);
        const CodeView *code = window.findChild<CodeView *>();
        QCOMPARE(code->justRanLine(), justRan);
        QCOMPARE(code->runsNextLine(), runsNext);
        QVERIFY2(labelNamed(window, QStringLiteral("Narration"))->text().contains(narration),
                 qPrintable(labelNamed(window, QStringLiteral("Narration"))->text()));
        QCOMPARE(labelNamed(window, QStringLiteral("Current step"))->text(), stepText);
    }

    void cacheSummaryTellsAMissFromAStoredNoneAndADefault_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("summary");
        QTest::newRow("stored None") << 2 << "Clock: 0.0 s   Hits: 1   Misses: 0\nThis step: hit — the stored value is None";
        QTest::newRow("miss") << 3 << "Clock: 0.0 s   Hits: 1   Misses: 1\nThis step: miss — cache.get returned the default None";
        QTest::newRow("default") << 4 << "Clock: 0.0 s   Hits: 1   Misses: 2\nThis step: miss — cache.get returned the default 'fallback'";
        QTest::newRow("not a lookup") << 1 << "Clock: 0.0 s   Hits: 0   Misses: 0";
    }

    void cacheSummaryTellsAMissFromAStoredNoneAndADefault()
    {
        QFETCH(int, step);
        QFETCH(QString, summary);
        MainWindow window;
        load(window, QStringLiteral("from django.core.cache import cache\ncache.set('n', None)\na = cache.get('n')\n"
                                    "b = cache.get('missing')\nc = cache.get('missing', 'fallback')\n"));
        window.playback().setCurrentStep(step);
        QCOMPARE(labelNamed(window, QStringLiteral("Clock, hits and misses"))->text(), summary);
    }

    void keyboardStepsForwardAndBack()
    {
        MainWindow window;
        load(window, LessonSource);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Right);
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.playback().currentStep(), 2);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.playback().currentStep(), 1);
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(window.playback().currentStep(), 4);
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(window.playback().currentStep(), 0);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(window.playback().isPlaying());
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!window.playback().isPlaying());
    }

    void ctrlDigitPicksTheLearningMode_data()
    {
        QTest::addColumn<int>("digit");
        QTest::addColumn<QString>("shownView"); // accessible name of a panel only that mode shows
        QTest::newRow("1 step-by-step") << 1 << "Live cache state";
        QTest::newRow("2 concept flow") << 2 << "Concept flow";
        QTest::newRow("4 execution table") << 4 << "Execution table";
        QTest::newRow("5 variable tracker") << 5 << "Variable tracker";
    }

    void ctrlDigitPicksTheLearningMode()
    {
        QFETCH(int, digit);
        QFETCH(QString, shownView);
        MainWindow window;
        load(window, LessonSource);
        window.setLearningMode(LearningMode::ConceptSnapshot);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_0 + digit), Qt::ControlModifier);
        QCOMPARE(static_cast<int>(window.learningMode()), digit - 1);
        QCOMPARE(window.findChild<QListWidget *>()->currentRow(), digit - 1);
        QWidget *view = widgetNamed(window, shownView);
        QVERIFY(view);
        QVERIFY(view->isVisible());
        // The step survives a change of mode.
        window.playback().setCurrentStep(3);
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window.learningMode(), LearningMode::ConceptSnapshot);
        QVERIFY(!view->isVisible());
        QCOMPARE(window.playback().currentStep(), 3);
    }

    void everyModeShowsTheCodeWhileEditing()
    {
        MainWindow window;
        load(window, LessonSource);
        window.show();
        CodeView *code = window.findChild<CodeView *>();
        for (int i = 0; i < LearningModeCount; ++i) {
            window.setLearningMode(static_cast<LearningMode>(i));
            actionNamed(window, QStringLiteral("Edit Script"))->setChecked(true);
            QVERIFY2(code->isVisible(), qPrintable(learningModeName(window.learningMode())));
            QVERIFY(code->isEditing());
            actionNamed(window, QStringLiteral("Edit Script"))->setChecked(false);
        }
    }

    void scriptThatCannotRunKeepsNoTrace()
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::traceFinished);
        window.loadScript(QStringLiteral("x = (1,\n"), QStringLiteral("broken.py"));
        QVERIFY(!window.waitForTrace());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(window.findChild<CodeView *>()->errorLine(), 1);
        QVERIFY(labelNamed(window, QStringLiteral("Narration"))->text().contains(QStringLiteral("was never closed")));
        QVERIFY(!window.trace());
    }

    void playgroundKeepsTheLastGoodTrace()
    {
        MainWindow window;
        load(window, LessonSource);
        const std::shared_ptr<const Trace> good = window.trace();
        CodeView *code = window.findChild<CodeView *>();
        code->setEditing(true);
        code->setPlainText(QStringLiteral("from django.core.cache import cache\ncache.set('a', 1\n"));
        window.runScript();
        QVERIFY(!window.waitForTrace());
        QCOMPARE(window.trace(), good); // the views still show the lesson
        QCOMPARE(code->errorLine(), 2);
        QVERIFY(labelNamed(window, QStringLiteral("Narration"))->text().contains(QStringLiteral("was never closed")));

        code->setPlainText(QStringLiteral("from django.core.cache import cache\ncache.set('a', 1)\nx = cache.incr('b')\n"));
        window.runScript();
        QVERIFY(window.waitForTrace());
        QVERIFY(window.trace() != good);
        QCOMPARE(window.trace()->status(), Trace::Status::Raised);
        QCOMPARE(code->errorLine(), 3); // a runtime error is marked at its line, its trace kept
        QCOMPARE(window.playback().stepCount(), 2);
    }

    void longScriptRunsOffTheGuiThreadAndCancels()
    {
        MainWindow window;
        load(window, LessonSource);
        const std::shared_ptr<const Trace> good = window.trace();
        window.show();
        CodeView *code = window.findChild<CodeView *>();
        code->setEditing(true);
        code->setPlainText(QStringLiteral("# cachetutor: --max-steps 100000000\nx = 0\nwhile True:\n    x = x + 1\n"));
        QSignalSpy finished(&window, &MainWindow::traceFinished);
        window.runScript();
        // The event loop keeps running: the progress bar appears and counts.
        auto *progress = window.findChild<QProgressBar *>();
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 10000);
        QVERIFY(finished.isEmpty());
        actionNamed(window, QStringLiteral("Cancel Run"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(window.trace(), good);
        QVERIFY(!progress->isVisible());
    }

    void backendOptionsRerunTheTrace()
    {
        MainWindow window;
        load(window, QStringLiteral("from django.core.cache import cache\nfor i in range(5):\n    cache.set(i, i)\n"));
        QCOMPARE(window.trace()->config().maxEntries, 300);
        CacheConfig config;
        config.maxEntries = 2;
        config.cullFrequency = 2;
        config.keyPrefix = "site";
        window.setBackendOptions(config);
        QVERIFY(window.waitForTrace());
        QCOMPARE(window.trace()->config().maxEntries, 2);
        QCOMPARE(window.trace()->config().keyPrefix, std::string("site"));
        QCOMPARE(window.backendOptions().cullFrequency, 2);
        QVERIFY(window.trace()->cacheAfterStep(window.trace()->stepCount() - 1).size() <= 2);
    }

    void zoomScalesEveryPanel()
    {
        MainWindow window;
        load(window, LessonSource);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const CodeView *code = window.findChild<CodeView *>();
        auto *table = static_cast<QTableView *>(widgetNamed(window, QStringLiteral("Execution table")));
        const double codeSize = code->font().pointSizeF();
        const double tableSize = table->font().pointSizeF();
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(window.zoom() > 1.2);
        QVERIFY(code->font().pointSizeF() > codeSize * 1.2);
        QVERIFY(table->font().pointSizeF() > tableSize * 1.2);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.zoom(), 1.0);
        QCOMPARE(code->font().pointSizeF(), codeSize);
    }

    void presentationModeShowsOnlyThePickedPanels()
    {
        MainWindow window;
        load(window, LessonSource);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        actionNamed(window, QStringLiteral("Live Cache"))->setChecked(false);
        const double normalSize = window.font().pointSizeF();
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isPresentationMode());
        QVERIFY(!window.menuBar()->isVisible());
        QVERIFY(!widgetNamed(window, QStringLiteral("Live cache state"))->isVisible());
        QVERIFY(window.findChild<CodeView *>()->isVisible());
        QVERIFY(window.font().pointSizeF() > normalSize * 1.4);
        // Playback keys keep working with the menu bar hidden.
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.playback().currentStep(), 1);
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isPresentationMode());
        QVERIFY(widgetNamed(window, QStringLiteral("Live cache state"))->isVisible());
        QCOMPARE(window.font().pointSizeF(), normalSize);
    }

    void teachersNotesShowInPresentationModeAtTheirStep()
    {
        MainWindow window;
        QVERIFY(window.openLessonFile(QStringLiteral("basics")));
        QVERIFY(window.waitForTrace());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *note = static_cast<QLabel *>(widgetNamed(window, QStringLiteral("Teacher's note")));
        QVERIFY(note);
        window.playback().setCurrentStep(3);
        QVERIFY(!note->isVisible()); // not outside presentation mode
        window.setPresentationMode(true, false);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().startsWith(QStringLiteral("Teacher's note: Pause here: ask the class")));
        window.playback().setCurrentStep(2);
        QVERIFY(!note->isVisible());
        window.setPresentationMode(false);
    }

    void themesChangeTheHighlightColours_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << "Light" << false;
        QTest::newRow("dark") << "Dark" << true;
        QTest::newRow("high contrast") << "High Contrast" << true;
    }

    void themesChangeTheHighlightColours()
    {
        QFETCH(QString, theme);
        QFETCH(bool, dark);
        MainWindow window;
        actionNamed(window, theme)->trigger();
        QCOMPARE(Theme::instance().isDark(), dark);
        // The line that just ran stays readable: its background contrasts with the text.
        const QColor text = QApplication::palette().color(QPalette::Text);
        const QColor justRan = CodeView::justRanColor();
        QVERIFY(std::abs(text.lightness() - justRan.lightness()) > 100);
        actionNamed(window, QStringLiteral("System"))->trigger();
    }

    void settingsRememberModeZoomAndTheme()
    {
        {
            MainWindow window;
            window.setLearningMode(LearningMode::VisualQuiz);
            window.setZoom(1.5);
            window.close();
        }
        MainWindow window;
        QCOMPARE(window.learningMode(), LearningMode::VisualQuiz);
        QCOMPARE(window.zoom(), 1.5);
    }

    void saveWritesTheScriptAndRecentFilesRemembersIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.py"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(LessonSource.toUtf8());
        }
        MainWindow window;
        QVERIFY(window.openScriptFile(path));
        QVERIFY(window.waitForTrace());
        QCOMPARE(Settings().recentFiles().value(0), QFileInfo(path).absoluteFilePath());
        CodeView *code = window.findChild<CodeView *>();
        code->setEditing(true);
        code->moveCursor(QTextCursor::End);
        code->insertPlainText(QStringLiteral("print(value)\n"));
        QVERIFY(window.windowTitle().contains(QLatin1Char('*')));
        actionNamed(window, QStringLiteral("Save Script"))->trigger();
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), LessonSource + QStringLiteral("print(value)\n"));
        QVERIFY(!window.windowTitle().contains(QLatin1Char('*')));
    }

    void unsavedEditsSurviveARestart()
    {
        const QString edited = LessonSource + QStringLiteral("print('mine')\n");
        {
            MainWindow window;
            load(window, LessonSource);
            CodeView *code = window.findChild<CodeView *>();
            actionNamed(window, QStringLiteral("Edit Script"))->setChecked(true);
            code->selectAll();
            code->insertPlainText(edited);
            // Autosaved shortly after typing stops, without closing the window.
            const QString autosave = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/playground-autosave.py");
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosave), 5000);
        }
        MainWindow window;
        QVERIFY(window.restoreAutosave());
        QVERIFY(window.waitForTrace());
        QCOMPARE(window.findChild<CodeView *>()->toPlainText(), edited);
        QVERIFY(window.findChild<CodeView *>()->isEditing());
        QCOMPARE(window.trace()->stdoutText(), std::string("mine\n"));
    }

    void openLessonByNameOrFile_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<int>("steps");
        QTest::newRow("shipped name") << "basics" << 4;
        QTest::newRow("resource path") << ":/lessons/01-basics.json" << 4;
        QTest::newRow("another lesson") << "timeouts" << 10;
    }

    void openLessonByNameOrFile()
    {
        QFETCH(QString, lesson);
        QFETCH(int, steps);
        MainWindow window;
        QVERIFY2(window.openLessonFile(lesson), qPrintable(window.lastLessonErrors().join(QLatin1Char('\n'))));
        QVERIFY(window.waitForTrace());
        QCOMPARE(window.trace()->stepCount(), steps);
        QVERIFY(!window.lesson().quiz.isEmpty());
    }

    void aLessonThatDisagreesWithTheEngineIsRefused()
    {
        QFile shipped(QStringLiteral(":/lessons/01-basics.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray json = shipped.readAll();
        // Claim that step 2 outputs None.
        QVERIFY(json.contains("\"answer\": \"C\""));
        json.replace("\"answer\": \"C\"", "\"answer\": \"B\"");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wrong.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();

        MainWindow window;
        QVERIFY(window.openLessonFile(QStringLiteral("basics")));
        QVERIFY(window.waitForTrace());
        const std::shared_ptr<const Trace> shown = window.trace();
        QVERIFY(!window.openLessonFile(path));
        QCOMPARE(window.lastLessonErrors().value(0),
                 QStringLiteral("wrong.json: quiz[0]: the answer B (None) disagrees with the trace: the Output of step 2 is 'Hello'"));
        QCOMPARE(window.trace(), shown); // the window keeps what it showed
        QVERIFY(!window.openLessonFile(dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(!window.lastLessonErrors().isEmpty());
    }

    void aFolderOfLessonsLoadsEveryGoodOne()
    {
        QTemporaryDir dir;
        QFile::copy(QStringLiteral(":/lessons/02-timeouts.json"), dir.filePath(QStringLiteral("a-timeouts.json")));
        QFile broken(dir.filePath(QStringLiteral("b-broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"cachetutor-lesson\", ");
        broken.close();
        MainWindow window;
        const int before = window.findChild<CourseOutline *>()->tree()->topLevelItemCount();
        QVERIFY(window.openLessonFile(dir.path()));
        QVERIFY(window.waitForTrace());
        QCOMPARE(window.lesson().name, QStringLiteral("timeouts"));
        auto *outline = window.findChild<CourseOutline *>();
        QCOMPARE(outline->tree()->topLevelItemCount(), before + 2);
        QVERIFY(!outline->isLoadable(before + 1)); // the broken one is listed, flagged
        QVERIFY(outline->toolTip(before + 1, CourseOutline::TitleColumn).contains(QStringLiteral("b-broken.json")));
    }

    void lessonOpensInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("question");
        QTest::newRow("German") << "de_DE" << "Grundlagen" << "Was gibt Schritt 2 aus?";
        QTest::newRow("Swiss German: German") << "de_CH" << "Grundlagen" << "Was gibt Schritt 2 aus?";
        QTest::newRow("Spanish") << "es_ES" << "Fundamentos" << "What does step 2 output?";
        QTest::newRow("French: the lesson's own") << "fr_FR" << "Basics" << "What does step 2 output?";
    }

    // QLocale's default is what main() sets from --language or the settings.
    void lessonOpensInTheChosenLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, title);
        QFETCH(QString, question);
        const QByteArray json = R"json({"format": "cachetutor-lesson", "version": 1, "name": "translated", "title": "Basics",
            "script": ["from django.core.cache import cache", "cache.set('greet', 'Hello')", "value = cache.get('greet')"],
            "quiz": [{"question": "What does step 2 output?", "options": ["None", "'Hello'"], "answer": "B",
                      "answerFrom": {"cell": "Output", "step": 2}}],
            "translations": {"de": {"title": "Grundlagen", "quiz": [{"question": "Was gibt Schritt 2 aus?"}]},
                             "es": {"title": "Fundamentos"}}})json";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("translated.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();

        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        MainWindow window;
        QVERIFY2(window.openLessonFile(path), qPrintable(window.lastLessonErrors().join(QLatin1Char('\n'))));
        QVERIFY(window.waitForTrace());
        QCOMPARE(window.lesson().title, title);
        QCOMPARE(window.lesson().quiz.at(0).question, question);
        QCOMPARE(window.lesson().quiz.at(0).answer, 1); // the answer key is every language's
        QVERIFY(window.windowTitle().contains(title));
        const QTreeWidget *tree = window.findChild<CourseOutline *>()->tree();
        QCOMPARE(tree->topLevelItem(tree->topLevelItemCount() - 1)->text(CourseOutline::TitleColumn), title);
    }

    void answersAndStepAreSavedAndRestored()
    {
        {
            MainWindow window;
            QVERIFY(window.openLessonFile(QStringLiteral("basics")));
            QVERIFY(window.waitForTrace());
            window.setLearningMode(LearningMode::VisualQuiz);
            auto *quiz = window.findChild<QuizView *>();
            QVERIFY(quiz->checkAnswer(0, 2));  // C: right
            QVERIFY(!quiz->checkAnswer(1, 0)); // A: wrong
            window.playback().setCurrentStep(3);
            window.close();
        }
        ProgressStore saved;
        QVERIFY(saved.load());
        QCOMPARE(saved.lesson(QStringLiteral("basics")).answeredCount(), 2);
        QCOMPARE(saved.lesson(QStringLiteral("basics")).correctCount(), 1);
        QCOMPARE(saved.lesson(QStringLiteral("basics")).lastStep, 3);

        MainWindow window;
        QVERIFY(window.restoreLastLesson());
        QVERIFY(window.waitForTrace());
        auto *quiz = window.findChild<QuizView *>();
        QCOMPARE(quiz->score(), 1);
        QCOMPARE(quiz->answeredCount(), 2);
        QCOMPARE(quiz->chosenOption(0), 2);
        QCOMPARE(window.playback().currentStep(), 3);
    }

    void hintHighlightsTheTableCells()
    {
        MainWindow window;
        QVERIFY(window.openLessonFile(QStringLiteral("basics")));
        QVERIFY(window.waitForTrace());
        window.setLearningMode(LearningMode::VisualQuiz);
        window.playback().setCurrentStep(4);
        auto *quiz = window.findChild<QuizView *>();
        auto *table = static_cast<QTableView *>(widgetNamed(window, QStringLiteral("Execution table")));
        quiz->showHint(0, true); // "Check the Output column at step 2."
        QVERIFY(table->model()->index(1, ExecutionTableModel::OutputColumn).data(HighlightRole).toBool());
        QVERIFY(!table->model()->index(0, ExecutionTableModel::OutputColumn).data(HighlightRole).toBool());
        QVERIFY(!table->model()->index(1, ExecutionTableModel::KeyColumn).data(HighlightRole).toBool());
        quiz->showHint(0, false);
        QVERIFY(!table->model()->index(1, ExecutionTableModel::OutputColumn).data(HighlightRole).toBool());
    }

    void whatIfShowsBothTablesSideBySide()
    {
        MainWindow window;
        QVERIFY(window.openLessonFile(QStringLiteral("basics")));
        QVERIFY(window.waitForTrace());
        window.show();
        auto *quiz = window.findChild<QuizView *>();
        emit quiz->whatIfRequested(2);
        auto *dialog = window.findChild<WhatIfDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->changes().size(), 5);
        QCOMPARE(dialog->changes().first().before, QStringLiteral("'Hello'"));
        QCOMPARE(dialog->changes().first().after, QStringLiteral("'Hi'"));
        dialog->close();
    }

    void quizModeHidesStepsStillToCome()
    {
        MainWindow window;
        load(window, LessonSource);
        auto *table = static_cast<QTableView *>(widgetNamed(window, QStringLiteral("Execution table")));
        window.playback().setCurrentStep(2);
        QCOMPARE(table->model()->rowCount(), 4);
        window.setLearningMode(LearningMode::VisualQuiz);
        QCOMPARE(table->model()->rowCount(), 2);
        window.setLearningMode(LearningMode::ExecutionTable);
        QCOMPARE(table->model()->rowCount(), 4);
    }

    // Before answering, a wrong answer with its hint, a right answer: the states a
    // student sees. Saves pictures when CACHETUTOR_PNG_DIR is set, to look at by eye.
    void quizStatesAsAStudentSeesThem()
    {
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(window.openLessonFile(QStringLiteral("basics")));
        QVERIFY(window.waitForTrace());
        window.setLearningMode(LearningMode::VisualQuiz);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.playback().setCurrentStep(2);
        auto picture = [&window](const char *name) {
            const QByteArray dir = qgetenv("CACHETUTOR_PNG_DIR");
            QTest::qWait(50); // let the cards lay themselves out, as they would on screen
            if (!dir.isEmpty())
                QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name)));
        };
        auto *quiz = window.findChild<QuizView *>();
        QVERIFY(quiz->feedbackText(0).isEmpty());
        picture("quiz-before.png");

        QVERIFY(!quiz->checkAnswer(1, 3)); // "Step 4": wrong
        quiz->showHint(1, true);
        QCOMPARE(quiz->feedbackText(1), QStringLiteral("✘ Not quite — the answer is B. Step 3"));
        QVERIFY(!quiz->hintText(1).isEmpty());
        picture("quiz-wrong-with-hint.png");

        QVERIFY(quiz->checkAnswer(0, 2)); // 'Hello': right
        QCOMPARE(quiz->feedbackText(0), QStringLiteral("✔ Correct"));
        QVERIFY(!quiz->explanationText(0).isEmpty());
        picture("quiz-right.png");
    }

    void exportsWriteEveryKind_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start"); // what the file starts with
        QTest::newRow("table csv") << int(MainWindow::Export::Table) << "t.csv" << QByteArray("Step,Action,Key,Value Stored/Retrieved,Cache State,Output");
        QTest::newRow("table md") << int(MainWindow::Export::Table) << "t.md" << QByteArray("| Step | Action |");
        QTest::newRow("tracker csv") << int(MainWindow::Export::Tracker) << "k.csv" << QByteArray("Variable,Start,After Step 1");
        QTest::newRow("tracker md") << int(MainWindow::Export::Tracker) << "k.md" << QByteArray("| Variable | Start |");
        QTest::newRow("lesson html") << int(MainWindow::Export::Lesson) << "l.html" << QByteArray("<!DOCTYPE html>");
        QTest::newRow("lesson pdf") << int(MainWindow::Export::Lesson) << "l.pdf" << QByteArray("%PDF");
        QTest::newRow("view png") << int(MainWindow::Export::View) << "v.png" << QByteArray("\x89PNG");
    }

    void exportsWriteEveryKind()
    {
        QFETCH(int, what);
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLessonFile(QStringLiteral("basics")));
        QVERIFY(window.waitForTrace());
        QString error;
        QVERIFY2(window.exportTo(static_cast<MainWindow::Export>(what), dir.filePath(file), &error), qPrintable(error));
        QFile written(dir.filePath(file));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith(start));
    }

    void exportsRefuseAWrongSuffix()
    {
        MainWindow window;
        load(window, LessonSource);
        QString error;
        QVERIFY(!window.exportTo(MainWindow::Export::Table, QStringLiteral("/tmp/x.pdf"), &error));
        QCOMPARE(error, QStringLiteral("/tmp/x.pdf: the tables export as .csv or .md"));
    }

    void linkToStepReopensTheSameStep()
    {
        MainWindow window;
        QVERIFY(window.openLessonFile(QStringLiteral("timeouts")));
        QVERIFY(window.waitForTrace());
        window.setLearningMode(LearningMode::ConceptFlow);
        window.playback().setCurrentStep(3);
        QCOMPARE(window.linkToStep(), QStringLiteral("cachetutor --lesson timeouts --step 3 --mode concept-flow"));
    }

    void commandLineExportsWorkHeadless()
    {
        QTemporaryDir dir;
        const AppRun run = runApp({QStringLiteral("--lesson"), QStringLiteral("basics"), QStringLiteral("--export-tracker"),
                                   dir.filePath(QStringLiteral("tracker.csv")), QStringLiteral("--export-lesson"), dir.filePath(QStringLiteral("handout.html"))});
        QCOMPARE(run.exitCode, 0);
        QFile tracker(dir.filePath(QStringLiteral("tracker.csv")));
        QVERIFY(tracker.open(QIODevice::ReadOnly));
        QVERIFY(tracker.readAll().contains("cache contents,{},{'greet': 'Hello'}"));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("handout.html"))).size() > 1000);
    }

    void aLessonFileOnTheCommandLineOpensAtItsStep()
    {
        QTemporaryDir dir;
        QFile::copy(QStringLiteral(":/lessons/01-basics.json"), dir.filePath(QStringLiteral("lesson.json")));
        const AppRun run = runApp({dir.filePath(QStringLiteral("lesson.json")), QStringLiteral("--step"), QStringLiteral("3"),
                                   QStringLiteral("--export-table"), dir.filePath(QStringLiteral("t.csv"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("t.csv"))).size() > 0);
    }

    void arrowKeysEditTextWhileEditing()
    {
        MainWindow window;
        load(window, LessonSource);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CodeView *code = window.findChild<CodeView *>();
        code->setEditing(true);
        code->setFocus();
        code->moveCursor(QTextCursor::Start);
        QTest::keyClick(code, Qt::Key_Right);
        QCOMPARE(code->textCursor().position(), 1);
        QCOMPARE(window.playback().currentStep(), 0);
    }

    void everyActionHasAStatusTipAndEveryControlAName()
    {
        MainWindow window;
        load(window, LessonSource);
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->isSeparator() || action->menu() || action->text().isEmpty() || !action->parent() || action->parent() != &window)
                continue;
            QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->text()));
        }
        for (QWidget *control : window.findChildren<QWidget *>()) {
            const bool isControl = (qobject_cast<QAbstractSlider *>(control) && !qobject_cast<QScrollBar *>(control))
                                   || qobject_cast<QComboBox *>(control) || qobject_cast<QProgressBar *>(control)
                                   || qobject_cast<QListWidget *>(control) || qobject_cast<QTableView *>(control);
            if (isControl)
                QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
        }
    }

    void screenshotOptionWritesAPicture_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("default mode") << QStringList{};
        QTest::newRow("mode by name") << QStringList{QStringLiteral("--mode"), QStringLiteral("concept-flow")};
        QTest::newRow("mode by number") << QStringList{QStringLiteral("--mode"), QStringLiteral("9")};
    }

    void screenshotOptionWritesAPicture()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        const AppRun run = runApp(arguments + QStringList{QStringLiteral("--step"), QStringLiteral("2"), QStringLiteral("--screenshot"), file,
                                                         QStringLiteral("--size"), QStringLiteral("1000x700")});
        QCOMPARE(run.exitCode, 0);
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1000, 700));
    }

    void badCommandLinesSayWhy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("mode") << QStringList{QStringLiteral("--mode"), QStringLiteral("dance")} << "--mode expects a name or a number 1-9";
        QTest::newRow("mode 10") << QStringList{QStringLiteral("--mode"), QStringLiteral("10")} << "--mode expects a name or a number 1-9";
        QTest::newRow("step") << QStringList{QStringLiteral("--step"), QStringLiteral("two")} << "--step expects a step number";
        QTest::newRow("size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")} << "--size expects WxH";
        QTest::newRow("missing script") << QStringList{QStringLiteral("/nonexistent/x.py")} << "cannot read '/nonexistent/x.py'";
    }

    void badCommandLinesSayWhy()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const AppRun run = runApp(arguments + QStringList{QStringLiteral("--screenshot"), QStringLiteral("/dev/null")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.stderrText.contains(message), qPrintable(run.stderrText));
    }
};

CACHETUTOR_GUI_TEST_MAIN(TestMainWindow, "CacheTutorTests", "tst_mainwindow")

#include "tst_mainwindow.moc"
