// ExecutionSampleView: the lesson header, each line beside the narration of
// its first step and its run count, lines no step ran, the current line's
// highlight and a playground script's header.

#include "executionsampleview.h"
#include "testscripts.h"
#include "trace.h"

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
