// LessonExporter: the tracker as CSV and Markdown, and the lesson handout
// whose answer sheet is computed from the trace.

#include "lessonexporter.h"
#include "lessonreader.h"
#include "testscripts.h"
#include "trace.h"

#include <QTest>

using namespace cachetutor;
using namespace cachetutor::testing;

class TestLessonExporter : public QObject
{
    Q_OBJECT

private slots:
    void trackerCsv()
    {
        const auto trace = traced(LessonScript);
        QCOMPARE(LessonExporter::trackerCsv(*trace),
                 QStringLiteral("Variable,Start,After Step 1,After Step 2,After Step 3,After Step 4\r\n"
                                "value,N/A,N/A,'Hello','Hello','Hello'\r\n"
                                "value_after_delete,N/A,N/A,N/A,N/A,None\r\n"
                                "cache contents,{},{'greet': 'Hello'},{'greet': 'Hello'},{},{}\r\n"));
    }

    void trackerMarkdownEscapesPipes()
    {
        const auto trace = traced("x = 'a|b'\n");
        QCOMPARE(LessonExporter::trackerMarkdown(*trace),
                 QStringLiteral("| Variable | Start | After Step 1 |\n|---|---|---|\n| x | N/A | 'a\\|b' |\n| cache contents | {} | {} |\n"));
    }

    void trackerStopsAtTheStepLimit()
    {
        const auto trace = traced("for i in range(10):\n    x = i\n");
        const QString csv = LessonExporter::trackerCsv(*trace, 3);
        QVERIFY(csv.startsWith(QStringLiteral("Variable,Start,After Step 1,After Step 2,After Step 3\r\n")));
    }

    void handoutHasEveryPartAndAComputedAnswerSheet()
    {
        const LessonReadResult read = LessonReader::readFile(QStringLiteral(":/lessons/01-basics.json"));
        QVERIFY(read.lesson);
        const auto trace = traced(LessonScript);
        const QString html = LessonExporter::html(*read.lesson, *trace);
        for (const char *part : {"<h1>Low-level cache API in Django — Step-by-Step Execution</h1>", "<h2>Code</h2>",
                                 "<h2>Execution Table</h2>", "<h2>Variable Tracker</h2>", "<h2>Concept Flow</h2>",
                                 "<h2>Key Moments</h2>", "<h2>Quiz</h2>", "<h2>Concept Snapshot</h2>", "<h2>Full Transcript</h2>",
                                 "<div class=\"answers\">", "<h2>Answer Sheet</h2>"})
            QVERIFY2(html.contains(QString::fromUtf8(part)), part);
        // The sheet's first answer is C, 'Hello', computed from the trace.
        QVERIFY(html.contains(QStringLiteral("<li><b>C. 'Hello'</b> <span class=\"meta\">(computed from the trace: Output of step 2)</span>")));
        // The answer sheet comes after the quiz, on its own page.
        QVERIFY(html.indexOf(QStringLiteral("<h2>Answer Sheet</h2>")) > html.indexOf(QStringLiteral("<h2>Quiz</h2>")));
        QVERIFY(html.contains(QStringLiteral("page-break-before: always")));
        // Same lesson and trace, same bytes.
        QCOMPARE(LessonExporter::html(*read.lesson, *traced(LessonScript)), html);
    }

    void handoutOfAPlainScript()
    {
        Lesson lesson;
        const auto trace = traced(LessonScript);
        const QString html = LessonExporter::html(lesson, *trace);
        QVERIFY(html.contains(QStringLiteral("<h2>Execution Table</h2>")));
        QVERIFY(!html.contains(QStringLiteral("Answer Sheet")));
    }
};

QTEST_MAIN(TestLessonExporter)
#include "tst_lessonexporter.moc"
