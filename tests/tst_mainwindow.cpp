// MainWindow: every view follows the one playback controller; the app's --screenshot option.

#include "codeview.h"
#include "mainwindow.h"
#include "trace.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cachetutor;

namespace {

const QString Lesson = QStringLiteral("from django.core.cache import cache\n"
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

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
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
        QVERIFY(window.loadScript(Lesson, QStringLiteral("lesson.py")));
        window.playback().setCurrentStep(step);
        const CodeView *code = window.findChild<CodeView *>();
        QCOMPARE(code->justRanLine(), justRan);
        QCOMPARE(code->runsNextLine(), runsNext);
        QVERIFY2(labelNamed(window, QStringLiteral("Narration"))->text().contains(narration),
                 qPrintable(labelNamed(window, QStringLiteral("Narration"))->text()));
        QCOMPARE(labelNamed(window, QStringLiteral("Current step"))->text(), stepText);
    }

    void keyboardStepsForwardAndBack()
    {
        MainWindow window;
        window.loadScript(Lesson, QStringLiteral("lesson.py"));
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
    }

    void scriptThatCannotRunKeepsNoTrace()
    {
        MainWindow window;
        QVERIFY(!window.loadScript(QStringLiteral("x = (1,\n"), QStringLiteral("broken.py")));
        QCOMPARE(window.findChild<CodeView *>()->errorLine(), 1);
        QVERIFY(labelNamed(window, QStringLiteral("Narration"))->text().contains(QStringLiteral("was never closed")));
    }

    void playgroundKeepsTheLastGoodTrace()
    {
        MainWindow window;
        QVERIFY(window.loadScript(Lesson, QStringLiteral("lesson.py")));
        const std::shared_ptr<const Trace> good = window.trace();
        CodeView *code = window.findChild<CodeView *>();
        code->setEditing(true);
        code->setPlainText(QStringLiteral("from django.core.cache import cache\ncache.set('a', 1\n"));
        QVERIFY(!window.runScript());
        QCOMPARE(window.trace(), good); // the views still show the lesson
        QCOMPARE(code->errorLine(), 2);
        QVERIFY(labelNamed(window, QStringLiteral("Narration"))->text().contains(QStringLiteral("was never closed")));

        code->setPlainText(QStringLiteral("from django.core.cache import cache\ncache.set('a', 1)\nx = cache.incr('b')\n"));
        QVERIFY(window.runScript());
        QVERIFY(window.trace() != good);
        QCOMPARE(window.trace()->status(), Trace::Status::Raised);
        QCOMPARE(code->errorLine(), 3); // a runtime error is marked at its line, its trace kept
        QCOMPARE(window.playback().stepCount(), 2);
    }

    void arrowKeysEditTextWhileEditing()
    {
        MainWindow window;
        window.loadScript(Lesson, QStringLiteral("lesson.py"));
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

    void screenshotOptionWritesAPicture()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        QProcess app;
        app.start(QStringLiteral(CACHETUTOR_APP_EXE), {QStringLiteral("--step"), QStringLiteral("2"), QStringLiteral("--screenshot"), file,
                                                       QStringLiteral("--size"), QStringLiteral("1000x700")});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 0);
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1000, 700));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
