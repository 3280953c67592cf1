// TranscriptView: the written transcript, one numbered paragraph per step
// whose number links to the step, the moving highlight, and the cap on huge
// traces.

#include "transcriptview.h"
#include "testlesson.h"
#include "testscripts.h"
#include "trace.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>

using namespace cachetutor;
using namespace cachetutor::testing;


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
