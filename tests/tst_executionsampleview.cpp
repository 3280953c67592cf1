// ExecutionSampleView: the lesson header, each line beside the narration of
// its first step and its run count, lines no step ran, the current line's
// highlight and a playground script's header.

#include "executionsampleview.h"
#include "testlesson.h"
#include "testscripts.h"
#include "trace.h"

#include <QSignalSpy>
#include <QTest>

using namespace cachetutor;
using namespace cachetutor::testing;


class TestExecutionSampleView : public QObject
{
    Q_OBJECT

private slots:
    void header();
    void linesAndWhatTheyDo_data();
    void linesAndWhatTheyDo();
    void runCount();
    void highlightFollowsStep_data();
    void highlightFollowsStep();
    void playgroundHeader();
    void hugeTrace();
    void picture();
};

void TestExecutionSampleView::header()
{
    ExecutionSampleView view;
    view.setLesson(lessonOne());
    const QString header = view.headerText();
    QVERIFY(header.contains(QStringLiteral("Low-level cache API in Django")));
    QVERIFY(header.contains(QStringLiteral("Django · ~10 mins")));
    QVERIFY(header.contains(QStringLiteral("Stores a greeting")));
}

void TestExecutionSampleView::linesAndWhatTheyDo_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("what");
    QTest::newRow("import") << 1 << QStringLiteral("from django.core.cache import cache") << QStringLiteral("Sets things up; not a step of its own.");
    QTest::newRow("set") << 2 << QStringLiteral("cache.set('greet', 'Hello', 10)") << QStringLiteral("Step 1: cache.set stores 'Hello' under 'greet'");
    QTest::newRow("get hit") << 3 << QStringLiteral("value = cache.get('greet')") << QStringLiteral("Step 2: cache.get finds 'greet' and returns 'Hello'");
    QTest::newRow("get miss") << 5 << QStringLiteral("value_after_delete = cache.get('greet')") << QStringLiteral("Step 4: cache.get finds nothing");
}

void TestExecutionSampleView::linesAndWhatTheyDo()
{
    QFETCH(int, line);
    QFETCH(QString, code);
    QFETCH(QString, what);
    ExecutionSampleView view;
    view.setLesson(lessonOne());
    view.setTrace(testing::traced(testing::LessonScript));
    QCOMPARE(view.lineCount(), 5);
    QCOMPARE(view.codeOfLine(line), code);
    QVERIFY2(view.whatLineDoes(line).startsWith(what), qPrintable(view.whatLineDoes(line)));
    QVERIFY(!view.whatLineDoes(line).contains(QStringLiteral("times)")));
}

void TestExecutionSampleView::runCount()
{
    ExecutionSampleView view;
    view.setTrace(testing::traced("from django.core.cache import cache\nfor i in range(3):\n    cache.set(i, i)\nx = 1\nif x > 5:\n    x = 2\n"));
    QVERIFY2(view.whatLineDoes(3).endsWith(QStringLiteral("(runs 3 times)")), qPrintable(view.whatLineDoes(3)));
    QVERIFY2(!view.whatLineDoes(4).contains(QStringLiteral("times)")), qPrintable(view.whatLineDoes(4)));
    QCOMPARE(view.whatLineDoes(6), QStringLiteral("Never runs in this trace."));
}

void TestExecutionSampleView::highlightFollowsStep_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("line");
    QTest::newRow("start") << 0 << 0;
    QTest::newRow("step 1") << 1 << 2;
    QTest::newRow("step 2") << 2 << 3;
    QTest::newRow("step 4") << 4 << 5;
}

void TestExecutionSampleView::highlightFollowsStep()
{
    QFETCH(int, step);
    QFETCH(int, line);
    ExecutionSampleView view;
    view.setLesson(lessonOne());
    view.setTrace(testing::traced(testing::LessonScript));
    view.setCurrentStep(3); // from elsewhere, so the highlight must move
    view.setCurrentStep(step);
    QCOMPARE(view.highlightedLine(), line);
}

void TestExecutionSampleView::playgroundHeader()
{
    ExecutionSampleView view;
    view.setLesson(playgroundLesson());
    QVERIFY(view.headerText().contains(QStringLiteral("This script has no lesson description.")));
    QVERIFY(!view.headerText().contains(QStringLiteral(" · ")));
    view.setTrace(testing::traced(testing::LessonScript));
    QCOMPARE(view.lineCount(), 5);
    QVERIFY(view.whatLineDoes(2).startsWith(QStringLiteral("Step 1: ")));
}

void TestExecutionSampleView::hugeTrace()
{
    const auto trace = testing::traced("from django.core.cache import cache\nfor i in range(300000):\n    cache.set(i, i)\n", 2'000'000);
    ExecutionSampleView view;
    view.setTrace(trace);
    QCOMPARE(view.lineCount(), 3);
    QVERIFY(view.whatLineDoes(3).endsWith(QStringLiteral("(runs 300000 times)")));
    view.setCurrentStep(300'000);
    QCOMPARE(view.highlightedLine(), 3);
}

void TestExecutionSampleView::picture()
{
    ExecutionSampleView view;
    view.setLesson(lessonOne());
    view.setTrace(testing::traced(testing::LessonScript));
    view.setCurrentStep(2);
    savePicture(view, "executionsampleview");
}

QTEST_MAIN(TestExecutionSampleView)
#include "tst_executionsampleview.moc"
