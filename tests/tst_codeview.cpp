// CodeView and PythonHighlighter: line marks, breakpoints, clicks, error line, colours.

#include "codeview.h"
#include "pythonhighlighter.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace cachetutor;

namespace {

const QString Lesson = QStringLiteral("from django.core.cache import cache\n"
                                      "cache.set('greet', 'Hello', 10)  # ten seconds\n"
                                      "value = cache.get('greet')\n"
                                      "cache.delete('greet')\n"
                                      "value_after_delete = cache.get('greet')\n");

// The colour the highlighter gave the text at `column` of `line`.
QColor colourAt(const CodeView &view, int line, int column)
{
    const QTextBlock block = view.document()->findBlockByNumber(line - 1);
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (column >= range.start && column < range.start + range.length)
            return range.format.foreground().color();
    return {};
}

} // namespace

class TestCodeView : public QObject
{
    Q_OBJECT

private slots:
    void lineMarksBecomeSelections()
    {
        CodeView view;
        view.setPlainText(Lesson);
        view.setLineMarks(2, 3);
        const auto selections = view.extraSelections();
        QCOMPARE(selections.size(), 2);
        QCOMPARE(selections[0].cursor.blockNumber() + 1, 3);
        QCOMPARE(selections[0].format.background().color(), CodeView::runsNextColor());
        QCOMPARE(selections[1].cursor.blockNumber() + 1, 2);
        QCOMPARE(selections[1].format.background().color(), CodeView::justRanColor());
        view.setLineMarks(0, 0);
        QCOMPARE(view.extraSelections().size(), 0);
    }

    void errorLineIsUnderlined()
    {
        CodeView view;
        view.setPlainText(Lesson);
        view.setErrorLine(4, QStringLiteral("SyntaxError: invalid syntax"));
        const auto selections = view.extraSelections();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections[0].format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(selections[0].format.toolTip(), QStringLiteral("SyntaxError: invalid syntax"));
        QCOMPARE(selections[0].cursor.blockNumber() + 1, 4);
    }

    void breakpointsToggle_data()
    {
        QTest::addColumn<QList<int>>("clicks");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("one") << QList<int>{2} << QList<int>{2};
        QTest::newRow("on and off") << QList<int>{2, 2} << QList<int>{};
        QTest::newRow("two lines") << QList<int>{2, 4} << QList<int>{2, 4};
        QTest::newRow("past the end ignored") << QList<int>{99} << QList<int>{};
    }

    void breakpointsToggle()
    {
        QFETCH(QList<int>, clicks);
        QFETCH(QList<int>, expected);
        CodeView view;
        view.setPlainText(Lesson);
        QSignalSpy spy(&view, &CodeView::breakpointsChanged);
        for (const int line : clicks)
            view.toggleBreakpoint(line);
        QList<int> actual = view.breakpoints().values();
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);
        QCOMPARE(spy.count(), static_cast<int>(std::count_if(clicks.begin(), clicks.end(), [](int l) { return l <= 5; })));
    }

    void clickingALineActivatesIt()
    {
        CodeView view;
        view.resize(600, 300);
        view.setPlainText(Lesson);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &CodeView::lineActivated);
        const QRect line3 = view.cursorRect(QTextCursor(view.document()->findBlockByNumber(2)));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, line3.center() + QPoint(20, 0));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 3);
        view.setEditing(true);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, line3.center() + QPoint(20, 0));
        QCOMPARE(spy.count(), 1); // editing: a click places the cursor, no jump
    }

    void highlighterColoursPython_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("token");
        QTest::newRow("keyword from") << 1 << 0 << int(PythonHighlighter::Token::Keyword);
        QTest::newRow("keyword import") << 1 << 24 << int(PythonHighlighter::Token::Keyword);
        QTest::newRow("cache api") << 2 << 2 << int(PythonHighlighter::Token::CacheApi);
        QTest::newRow("string") << 2 << 11 << int(PythonHighlighter::Token::String);
        QTest::newRow("number") << 2 << 29 << int(PythonHighlighter::Token::Number);
        QTest::newRow("comment") << 2 << 35 << int(PythonHighlighter::Token::Comment);
    }

    void highlighterColoursPython()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, token);
        CodeView view;
        view.setPlainText(Lesson);
        PythonHighlighter reference(nullptr);
        QCOMPARE(colourAt(view, line, column), reference.format(PythonHighlighter::Token(token)).foreground().color());
    }

    void tripleQuotedStringsSpanLines()
    {
        CodeView view;
        view.setPlainText(QStringLiteral("x = '''one\n# not a comment\nthree''' # comment\n"));
        PythonHighlighter reference(nullptr);
        const QColor string = reference.format(PythonHighlighter::Token::String).foreground().color();
        QCOMPARE(colourAt(view, 2, 0), string);
        QCOMPARE(colourAt(view, 3, 0), string);
        QCOMPARE(colourAt(view, 3, 10), reference.format(PythonHighlighter::Token::Comment).foreground().color());
    }
};

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
