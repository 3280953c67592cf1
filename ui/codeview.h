#pragma once

// CodeView: the script with line numbers, Python colours and the two marks a
// student follows while stepping: the line that just ran (green, "▶ just
// ran" in the gutter) and the line that runs next (amber arrow "➜ runs
// next"). The gutter also holds breakpoints (click to toggle) and an error
// mark for the line a syntax or runtime error points at.
//
// In stepping mode the view is read-only and a click on a line emits
// lineActivated() so the window can jump to that line's first step; in
// playground mode it is an editor. Built on Qt's codeeditor example.

#include <QPlainTextEdit>
#include <QSet>

namespace cachetutor {

class PythonHighlighter;

class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);

    // 1-based lines; 0 = none.
    void setLineMarks(int justRanLine, int runsNextLine);
    int justRanLine() const { return m_justRanLine; }
    int runsNextLine() const { return m_runsNextLine; }

    void setErrorLine(int line, const QString &message); // 0 clears
    int errorLine() const { return m_errorLine; }

    const QSet<int> &breakpoints() const { return m_breakpoints; }
    void setBreakpoints(const QSet<int> &lines);
    void toggleBreakpoint(int line);

    // Stepping (read-only, clickable lines) or playground (editable).
    void setEditing(bool editing);
    bool isEditing() const { return !isReadOnly(); }

    // The gutter, for Qt's codeeditor pattern; public so the gutter widget can paint through it.
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    void gutterClicked(int y);

    static QColor justRanColor();
    static QColor runsNextColor();

signals:
    void lineActivated(int line);
    void breakpointsChanged(const QSet<int> &lines);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateSelections();
    int lineAt(int y) const;

    QWidget *m_gutter = nullptr;
    PythonHighlighter *m_highlighter = nullptr;
    int m_justRanLine = 0;
    int m_runsNextLine = 0;
    int m_errorLine = 0;
    QString m_errorMessage;
    QSet<int> m_breakpoints;
};

} // namespace cachetutor
