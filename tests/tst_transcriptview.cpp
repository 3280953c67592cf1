// TranscriptView: the written transcript, one numbered paragraph per step
// whose number links to the step, the moving highlight, and the cap on huge
// traces.

#include "transcriptview.h"
#include "testscripts.h"
#include "trace.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>

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

class TestTranscriptView : public QObject
{
    Q_OBJECT

private slots:
    void oneParagraphPerStep();
    void writtenTranscriptFirst();
    void highlightMoves_data();
    void highlightMoves();
    void stepLinksEmit();
    void placeholders();
    void hugeTraceIsCapped();
    void picture();
};

void TestTranscriptView::oneParagraphPerStep()
{
    TranscriptView view;
    view.setLesson(lessonOne());
    view.setTrace(testing::traced(testing::LessonScript));
    QCOMPARE(view.shownStepCount(), 4);
    QVERIFY(!view.isCapped());
    for (int step = 1; step <= 4; ++step)
        QVERIFY2(view.stepParagraph(step).startsWith(QStringLiteral("Step %1 (line %2): ").arg(step).arg(step + 1)),
                 qPrintable(view.stepParagraph(step)));
    QVERIFY(view.stepParagraph(2).contains(QStringLiteral("'Hello'")));
    QCOMPARE(view.stepParagraph(5), QString());
    QCOMPARE(view.plainText().count(QStringLiteral("Step ")), 4 + 1); // four steps and the "Step by step" heading
}

void TestTranscriptView::writtenTranscriptFirst()
{
    Lesson lesson = lessonOne();
    lesson.transcript = QStringLiteral("First we store a greeting.\n\nThen we read it back.");
    TranscriptView view;
    view.setLesson(lesson);
    view.setTrace(testing::traced(testing::LessonScript));
    const QString text = view.plainText();
    QVERIFY(text.indexOf(QStringLiteral("Then we read it back.")) >= 0);
    QVERIFY(text.indexOf(QStringLiteral("Then we read it back.")) < text.indexOf(QStringLiteral("Step 1 ")));
}

void TestTranscriptView::highlightMoves_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("highlighted");
    QTest::newRow("start") << 0 << 0;
    QTest::newRow("step 1") << 1 << 1;
    QTest::newRow("step 2") << 2 << 2;
    QTest::newRow("step 4") << 4 << 4;
    QTest::newRow("past the end") << 7 << 0;
}

void TestTranscriptView::highlightMoves()
{
    QFETCH(int, step);
    QFETCH(int, highlighted);
    TranscriptView view;
    view.setLesson(lessonOne());
    view.setTrace(testing::traced(testing::LessonScript));
    view.setCurrentStep(3); // from elsewhere, so the highlight must move
    view.setCurrentStep(step);
    QCOMPARE(view.highlightedStep(), highlighted);
    // Exactly the highlighted step's paragraph has a background.
    int withBackground = 0;
    for (QTextBlock block = view.browser()->document()->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().hasProperty(QTextFormat::BackgroundBrush)) {
            ++withBackground;
            QCOMPARE(block.text(), view.stepParagraph(highlighted));
        }
    QCOMPARE(withBackground, highlighted == 0 ? 0 : 1);
}

void TestTranscriptView::stepLinksEmit()
{
    TranscriptView view;
    view.setLesson(lessonOne());
    view.setTrace(testing::traced(testing::LessonScript));
    QSignalSpy spy(&view, &TranscriptView::stepRequested);
    emit view.browser()->anchorClicked(QUrl(QStringLiteral("step:3")));
    emit view.browser()->anchorClicked(QUrl(QStringLiteral("https://example.com/")));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 3);
    // The link really is in the document, on the step's number.
    const QTextBlock block = view.browser()->document()->findBlockByNumber(0);
    bool found = false;
    for (QTextBlock b = block; b.isValid() && !found; b = b.next())
        for (auto it = b.begin(); !it.atEnd() && !found; ++it)
            found = it.fragment().charFormat().anchorHref() == QStringLiteral("step:3") && it.fragment().text() == QStringLiteral("Step 3");
    QVERIFY(found);
}

void TestTranscriptView::placeholders()
{
    TranscriptView view;
    view.setLesson(playgroundLesson());
    QVERIFY(view.plainText().contains(QStringLiteral("This script has no written transcript.")));
    QVERIFY(view.plainText().contains(QStringLiteral("Run the script")));
    view.setTrace(testing::traced(testing::LessonScript));
    QVERIFY(view.plainText().contains(QStringLiteral("This script has no written transcript.")));
    QCOMPARE(view.shownStepCount(), 4);
}

void TestTranscriptView::hugeTraceIsCapped()
{
    const auto trace = testing::traced("from django.core.cache import cache\nfor i in range(300000):\n    cache.set(i, i)\n", 2'000'000);
    QVERIFY(trace->stepCount() > TranscriptView::MaxShownSteps);
    TranscriptView view;
    view.setLesson(lessonOne());
    view.setTrace(trace);
    QCOMPARE(view.shownStepCount(), TranscriptView::MaxShownSteps);
    QVERIFY(view.isCapped());
    const QString notice = QStringLiteral("Showing the first %1 of %2 steps.")
                               .arg(QLocale().toString(TranscriptView::MaxShownSteps), QLocale().toString(trace->stepCount()));
    QVERIFY2(view.plainText().contains(notice), qPrintable(notice));
    QVERIFY(view.stepParagraph(TranscriptView::MaxShownSteps).startsWith(QStringLiteral("Step 5000 ")));
    QCOMPARE(view.stepParagraph(TranscriptView::MaxShownSteps + 1), QString());
    view.setCurrentStep(TranscriptView::MaxShownSteps);
    QCOMPARE(view.highlightedStep(), TranscriptView::MaxShownSteps);
    view.setCurrentStep(trace->stepCount()); // not shown: nothing highlighted, nothing built
    QCOMPARE(view.highlightedStep(), 0);
    QCOMPARE(view.shownStepCount(), TranscriptView::MaxShownSteps);
}

void TestTranscriptView::picture()
{
    TranscriptView view;
    Lesson lesson = lessonOne();
    lesson.transcript = QStringLiteral("In this lesson we store a greeting in Django's cache, read it back, delete it and read it again.\n\n"
                                       "Watch what cache.get returns each time.");
    view.setLesson(lesson);
    view.setTrace(testing::traced(testing::LessonScript));
    view.setCurrentStep(2);
    savePicture(view, "transcriptview");
}

QTEST_MAIN(TestTranscriptView)
#include "tst_transcriptview.moc"
