#include "codeview.h"

#include "pythonhighlighter.h"
#include "theme.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QResizeEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace cachetutor {

namespace {

// The gutter delegates painting and clicks to its CodeView, as in Qt's codeeditor example.
class Gutter final : public QWidget
{
public:
    explicit Gutter(CodeView *view) : QWidget(view), m_view(view)
    {
        setAccessibleName(CodeView::tr("Line numbers and breakpoints"));
        setToolTip(CodeView::tr("Click a line number to set or clear a breakpoint"));
    }
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }
    void mouseReleaseEvent(QMouseEvent *event) override { m_view->gutterClicked(static_cast<int>(event->position().y())); }

private:
    CodeView *m_view;
};

} // namespace

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent),
      m_gutter(new Gutter(this)),
      m_highlighter(new PythonHighlighter(document()))
{
    setAccessibleName(tr("Script"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 1.1);
    setFont(mono);
    setReadOnly(true);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeView::updateGutter);
    updateGutterWidth();
    connect(&Theme::instance(), &Theme::changed, this, [this] {
        m_highlighter->rehighlight();
        updateSelections();
        m_gutter->update();
    });
}

QColor CodeView::justRanColor()
{
    return Theme::instance().color(Theme::Role::JustRan);
}

QColor CodeView::runsNextColor()
{
    return Theme::instance().color(Theme::Role::RunsNext);
}

void CodeView::setLineMarks(int justRanLine, int runsNextLine)
{
    if (justRanLine == m_justRanLine && runsNextLine == m_runsNextLine)
        return;
    m_justRanLine = justRanLine;
    m_runsNextLine = runsNextLine;
    updateSelections();
    m_gutter->update();
    // Keep the line that runs next (or the one that just ran) in view.
    const int line = runsNextLine > 0 ? runsNextLine : justRanLine;
    if (line > 0) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextCursor cursor(block);
            setTextCursor(cursor);
            ensureCursorVisible();
        }
    }
}

void CodeView::setErrorLine(int line, const QString &message)
{
    m_errorLine = line;
    m_errorMessage = message;
    updateSelections();
    m_gutter->update();
}

void CodeView::setBreakpoints(const QSet<int> &lines)
{
    if (lines == m_breakpoints)
        return;
    m_breakpoints = lines;
    m_gutter->update();
    emit breakpointsChanged(m_breakpoints);
}

void CodeView::toggleBreakpoint(int line)
{
    if (line < 1 || line > blockCount())
        return;
    QSet<int> lines = m_breakpoints;
    if (!lines.remove(line))
        lines.insert(line);
    setBreakpoints(lines);
}

void CodeView::setEditing(bool editing)
{
    setReadOnly(!editing);
    setAccessibleDescription(editing ? tr("Editable: type a script and press Run") : tr("Read-only: click a line to jump to its first step"));
    updateSelections();
}

int CodeView::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    // Room for the breakpoint dot and the step marker arrow, then the number.
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 4) + 8;
}

void CodeView::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeView::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    auto lineSelection = [&](int line, const QColor &color) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            return;
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(color);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(block);
        selections.append(selection);
    };
    if (m_runsNextLine > 0)
        lineSelection(m_runsNextLine, runsNextColor());
    if (m_justRanLine > 0 && m_justRanLine != m_runsNextLine)
        lineSelection(m_justRanLine, justRanColor());
    if (m_errorLine > 0) {
        const QTextBlock block = document()->findBlockByNumber(m_errorLine - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection selection;
            selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            selection.format.setUnderlineColor(Theme::instance().color(Theme::Role::Error));
            selection.format.setToolTip(m_errorMessage);
            selection.cursor = QTextCursor(block);
            selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            selections.append(selection);
        }
    }
    setExtraSelections(selections);
}

int CodeView::lineAt(int y) const
{
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (y >= top && y < bottom)
            return block.blockNumber() + 1;
        top = bottom;
        block = block.next();
    }
    return 0;
}

void CodeView::gutterClicked(int y)
{
    toggleBreakpoint(lineAt(y));
}

void CodeView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (isReadOnly() && event->button() == Qt::LeftButton) {
        const int line = cursorForPosition(event->position().toPoint()).blockNumber() + 1;
        emit lineActivated(line);
    }
}

bool CodeView::event(QEvent *event)
{
    // The error message as the tooltip of its line.
    if (event->type() == QEvent::ToolTip && m_errorLine > 0) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        if (cursorForPosition(inViewport).blockNumber() + 1 == m_errorLine) {
            QToolTip::showText(help->globalPos(), m_errorMessage, this);
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void CodeView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('9'));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int h = fontMetrics().height();
            if (m_breakpoints.contains(line)) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(Theme::instance().color(Theme::Role::Error));
                painter.drawEllipse(QRect(3, top + (h - unit) / 2, unit, unit));
            }
            QString marker;
            QColor markerColor;
            if (line == m_errorLine) {
                marker = QStringLiteral("✖");
                markerColor = Theme::instance().color(Theme::Role::Error);
            } else if (line == m_runsNextLine) {
                marker = QStringLiteral("➜");
                markerColor = Theme::instance().color(Theme::Role::RunsNextMark);
            } else if (line == m_justRanLine) {
                marker = QStringLiteral("▶");
                markerColor = Theme::instance().color(Theme::Role::JustRanMark);
            }
            if (!marker.isEmpty()) {
                painter.setPen(markerColor);
                painter.drawText(QRect(unit + 5, top, unit * 2, h), Qt::AlignCenter, marker);
            }
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRect(0, top, m_gutter->width() - 4, h), Qt::AlignRight, QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace cachetutor
