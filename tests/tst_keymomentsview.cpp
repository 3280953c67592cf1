// KeyMomentsView: one card per moment, answers hidden until asked for, step
// buttons that emit their step or are disabled past the trace's end, and the
// highlight of the moments about the current step.

#include "keymomentsview.h"
#include "testscripts.h"
#include "trace.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cachetutor;

// The course's lesson 1, by hand, as the shipped basics lesson gives it.
inline cachetutor::Lesson lessonOne()
{
    using namespace cachetutor;
    Lesson lesson;
    lesson.name = QStringLiteral("basics");
    lesson.title = QStringLiteral("Low-level cache API in Django — Step-by-Step Execution");
    lesson.framework = QStringLiteral("Django");
    lesson.duration = QStringLiteral("~10 mins");
    lesson.script = QString::fromUtf8(testing::LessonScript);
    lesson.scriptName = QStringLiteral("lesson1_basics.py");
    lesson.description = QStringLiteral("Stores a greeting in the cache, reads it back, deletes it and reads it again.");
    lesson.conceptFlow = {
        {QStringLiteral("Start"), {QStringLiteral("start")}},
        {QStringLiteral("Call cache.set(key, value, timeout)"), {QStringLiteral("cache.set")}},
        {QStringLiteral("Store value in cache with key"), {QStringLiteral("cache.set")}},
        {QStringLiteral("Call cache.get(key)"), {QStringLiteral("cache.get")}},
        {QStringLiteral("Retrieve value if exists and not expired"), {QStringLiteral("cache.get:hit")}},
        {QStringLiteral("Return value or None"), {QStringLiteral("cache.get")}},
        {QStringLiteral("Call cache.delete(key)"), {QStringLiteral("cache.delete")}},
        {QStringLiteral("Remove key from cache"), {QStringLiteral("cache.delete")}},
        {QStringLiteral("End"), {QStringLiteral("end")}},
    };
    lesson.keyMoments = {
        {QStringLiteral("Why does cache.get return None after cache.delete, although the key was set before?"),
         QStringLiteral("cache.delete removed 'greet', so the later lookup misses and returns the default, None."),
         {3, 4}},
        {QStringLiteral("What does cache.get return for a key that was never set?"),
         QStringLiteral("None, the default, unless you pass another default."),
         {4}},
    };
    lesson.quiz = {
        {QStringLiteral("What does cache.get('greet') return right after cache.set('greet', 'Hello', 10)?"),
         {QStringLiteral("Error"), QStringLiteral("None"), QStringLiteral("'Hello'"), QStringLiteral("10")},
         2,
         QStringLiteral("The key was stored with a 10-second timeout, and no time has passed.")},
        {QStringLiteral("What does cache.get('greet') return after cache.delete('greet')?"),
         {QStringLiteral("'Hello'"), QStringLiteral("None"), QStringLiteral("Error"), QStringLiteral("''")},
         1,
         QStringLiteral("A lookup of a missing key returns the default.")},
        {QStringLiteral("What does the 10 in cache.set('greet', 'Hello', 10) mean?"),
         {QStringLiteral("The entry expires after 10 seconds"), QStringLiteral("The cache keeps at most 10 entries"),
          QStringLiteral("The value is stored 10 times"), QStringLiteral("Nothing")},
         0,
         QStringLiteral("It is the timeout.")},
    };
    lesson.snapshot = {
        QStringLiteral("cache.set(key, value, timeout) stores a value under a key for timeout seconds."),
        QStringLiteral("cache.get(key) returns the value, or None when the key is missing or expired."),
        QStringLiteral("cache.delete(key) removes the key; later lookups miss."),
        QStringLiteral("A miss is not an error: get returns its default."),
        QStringLiteral("The cache is a fast, temporary store: never the only copy of your data."),
    };
    lesson.note = QStringLiteral("The published quiz says cache.get raises for a missing key; Django returns None.");
    return lesson;
}

// A Lesson with only its script, as the playground gives one.
inline cachetutor::Lesson playgroundLesson()
{
    cachetutor::Lesson lesson;
    lesson.script = QString::fromUtf8(cachetutor::testing::LessonScript);
    return lesson;
}

// Saves a picture of the view when CACHETUTOR_MODES_PNG_DIR is set, for looking at by eye.
inline void savePicture(QWidget &view, const char *name)
{
    const QByteArray dir = qgetenv("CACHETUTOR_MODES_PNG_DIR");
    if (dir.isEmpty())
        return;
    view.resize(900, 500);
    view.show();
    QCoreApplication::processEvents();
    view.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

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
