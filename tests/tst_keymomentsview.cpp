// KeyMomentsView: one card per moment, answers hidden until asked for, step
// buttons that emit their step or are disabled past the trace's end, and the
// highlight of the moments about the current step.

#include "keymomentsview.h"
#include "testlesson.h"
#include "testscripts.h"
#include "trace.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cachetutor;
using namespace cachetutor::testing;


class TestKeyMomentsView : public QObject
{
    Q_OBJECT

private slots:
    void cards();
    void stepButtonsEmit_data();
    void stepButtonsEmit();
    void stepsPastTheEndAreDisabled();
    void answerHiddenUntilAsked();
    void highlight_data();
    void highlight();
    void placeholderWithoutMoments();
    void picture();
};

void TestKeyMomentsView::cards()
{
    KeyMomentsView view;
    view.setLesson(lessonOne());
    view.setTrace(testing::traced(testing::LessonScript));
    QCOMPARE(view.momentCount(), 2);
    QCOMPARE(view.stepButtons(0).size(), 2);
    QCOMPARE(view.stepButtons(1).size(), 1);
    QCOMPARE(view.stepButtons(0).at(1)->text(), QStringLiteral("Go to step 4"));
    QCOMPARE(view.placeholderText(), QString());
}

void TestKeyMomentsView::stepButtonsEmit_data()
{
    QTest::addColumn<int>("moment");
    QTest::addColumn<int>("button");
    QTest::addColumn<int>("step");
    QTest::newRow("moment 1, step 3") << 0 << 0 << 3;
    QTest::newRow("moment 1, step 4") << 0 << 1 << 4;
    QTest::newRow("moment 2, step 4") << 1 << 0 << 4;
}

void TestKeyMomentsView::stepButtonsEmit()
{
    QFETCH(int, moment);
    QFETCH(int, button);
    QFETCH(int, step);
    KeyMomentsView view;
    view.setLesson(lessonOne());
    view.setTrace(testing::traced(testing::LessonScript));
    QSignalSpy spy(&view, &KeyMomentsView::stepRequested);
    QPushButton *goTo = view.stepButtons(moment).at(button);
    QVERIFY(goTo->isEnabled());
    QTest::mouseClick(goTo, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), step);
}

void TestKeyMomentsView::stepsPastTheEndAreDisabled()
{
    Lesson lesson = lessonOne();
    lesson.keyMoments[0].steps = {3, 9};
    KeyMomentsView view;
    view.setLesson(lesson);
    // Before a trace nothing can be visited.
    QVERIFY(!view.stepButtons(0).at(0)->isEnabled());
    view.setTrace(testing::traced(testing::LessonScript));
    QVERIFY(view.stepButtons(0).at(0)->isEnabled());
    QPushButton *missing = view.stepButtons(0).at(1);
    QVERIFY(!missing->isEnabled());
    QVERIFY2(missing->toolTip().contains(QStringLiteral("only 4 steps")), qPrintable(missing->toolTip()));
    QSignalSpy spy(&view, &KeyMomentsView::stepRequested);
    QTest::mouseClick(missing, Qt::LeftButton);
    QCOMPARE(spy.size(), 0);
}

void TestKeyMomentsView::answerHiddenUntilAsked()
{
    KeyMomentsView view;
    view.setLesson(lessonOne());
    QVERIFY(!view.isAnswerShown(0));
    QCOMPARE(view.answerButton(0)->text(), QStringLiteral("Show answer"));
    QTest::mouseClick(view.answerButton(0), Qt::LeftButton);
    QVERIFY(view.isAnswerShown(0));
    QVERIFY(!view.isAnswerShown(1));
    QCOMPARE(view.answerButton(0)->text(), QStringLiteral("Hide answer"));
    QTest::mouseClick(view.answerButton(0), Qt::LeftButton);
    QVERIFY(!view.isAnswerShown(0));
}

void TestKeyMomentsView::highlight_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QList<int>>("moments");
    QTest::newRow("start") << 0 << QList<int>{};
    QTest::newRow("step 2") << 2 << QList<int>{};
    QTest::newRow("step 3") << 3 << QList<int>{0};
    QTest::newRow("step 4") << 4 << QList<int>{0, 1};
}

void TestKeyMomentsView::highlight()
{
    QFETCH(int, step);
    QFETCH(QList<int>, moments);
    KeyMomentsView view;
    view.setLesson(lessonOne());
    view.setTrace(testing::traced(testing::LessonScript));
    view.setCurrentStep(4); // from elsewhere, so the highlight must move
    view.setCurrentStep(step);
    QCOMPARE(view.highlightedMoments(), moments);
}

void TestKeyMomentsView::placeholderWithoutMoments()
{
    KeyMomentsView view;
    view.setLesson(playgroundLesson());
    view.setTrace(testing::traced(testing::LessonScript));
    QCOMPARE(view.momentCount(), 0);
    QVERIFY(view.placeholderText().startsWith(QStringLiteral("This script has no key moments.")));
}

void TestKeyMomentsView::picture()
{
    KeyMomentsView view;
    Lesson lesson = lessonOne();
    lesson.keyMoments[1].steps << 12; // shows a disabled button too
    view.setLesson(lesson);
    view.setTrace(testing::traced(testing::LessonScript));
    view.setCurrentStep(3);
    view.setAnswerShown(0, true);
    savePicture(view, "keymomentsview");
}

QTEST_MAIN(TestKeyMomentsView)
#include "tst_keymomentsview.moc"
