#include "transcriptview.h"

#include "narrator.h"
#include "trace.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace cachetutor {

namespace {

const QString StepScheme = QStringLiteral("step");

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace

TranscriptView::TranscriptView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Full transcript"));
    m_browser = new QTextBrowser(this);
    m_browser->setAccessibleName(tr("Full transcript"));
    m_browser->setToolTip(tr("Click a step number to go to that step"));
    m_browser->setOpenLinks(false); // step links are ours, not URLs to open
    connect(m_browser, &QTextBrowser::anchorClicked, this, &TranscriptView::openLink);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    rebuild();
}

TranscriptView::~TranscriptView() = default;

void TranscriptView::setLesson(const Lesson &lesson)
{
    m_writtenTranscript = lesson.transcript;
    rebuild();
}

void TranscriptView::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    m_step = 0;
    rebuild();
}

bool TranscriptView::isCapped() const
{
    return m_trace && m_trace->stepCount() > shownStepCount();
}

QString TranscriptView::stepParagraph(int step) const
{
    if (step < 1 || step > shownStepCount())
        return QString();
    return m_browser->document()->findBlockByNumber(m_stepBlocks[step - 1]).text();
}

QString TranscriptView::plainText() const
{
    return m_browser->toPlainText();
}

void TranscriptView::rebuild()
{
    m_stepBlocks.clear();
    m_highlightedStep = 0;
    QTextDocument *document = m_browser->document();
    document->clear();
    document->setUndoRedoEnabled(false); // the highlight edits block formats; nothing here is undoable
    document->setDefaultFont(font());
    document->setDocumentMargin(fontMetrics().height() * 0.75);
    QTextCursor cursor(document);

    QTextCharFormat plain;
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(font().pointSizeF() * 1.25);
    QTextCharFormat quiet;
    quiet.setFontItalic(true);
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(font().pointSizeF() * 0.5);
    paragraph.setLeftMargin(font().pointSizeF() * 0.5);
    paragraph.setRightMargin(font().pointSizeF() * 0.5);
    paragraph.setTopMargin(0);
    QTextBlockFormat headingBlock = paragraph;
    headingBlock.setTopMargin(font().pointSizeF());

    bool firstBlock = true;
    auto newBlock = [&](const QTextBlockFormat &format) {
        // The empty document already holds one block: use it for the first paragraph.
        if (firstBlock)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format);
        firstBlock = false;
    };

    newBlock(headingBlock);
    cursor.insertText(tr("Written transcript"), heading);
    if (m_writtenTranscript.trimmed().isEmpty()) {
        newBlock(paragraph);
        cursor.insertText(tr("This script has no written transcript. Lessons from the course come with one; "
                             "below is what each step did, as CacheTutor tells it."),
                          quiet);
    } else {
        const QStringList paragraphs = m_writtenTranscript.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        for (const QString &text : paragraphs) {
            newBlock(paragraph);
            cursor.insertText(text.trimmed(), plain);
        }
    }

    newBlock(headingBlock);
    cursor.insertText(tr("Step by step"), heading);
    if (!m_trace) {
        newBlock(paragraph);
        cursor.insertText(tr("Run the script to see what every step does."), quiet);
    } else {
        const int total = m_trace->stepCount();
        const int shown = std::min(total, MaxShownSteps);
        if (total == 0) {
            newBlock(paragraph);
            cursor.insertText(tr("The script ran no steps."), quiet);
        }
        const QLocale locale;
        if (shown < total) {
            newBlock(paragraph);
            cursor.insertText(tr("Showing the first %1 of %2 steps.").arg(locale.toString(shown), locale.toString(total)), quiet);
        }
        const Narrator narrator(*m_trace);
        m_stepBlocks.reserve(static_cast<std::size_t>(shown));
        QTextCharFormat link;
        link.setAnchor(true);
        link.setFontUnderline(true);
        link.setFontWeight(QFont::Bold);
        link.setForeground(palette().brush(QPalette::Link));
        for (int i = 0; i < shown; ++i) {
            newBlock(paragraph);
            m_stepBlocks.push_back(cursor.blockNumber());
            link.setAnchorHref(StepScheme + QLatin1Char(':') + QString::number(i + 1));
            link.setToolTip(tr("Go to step %1").arg(i + 1));
            cursor.insertText(tr("Step %1").arg(i + 1), link);
            cursor.insertText(tr(" (line %1): %2").arg(m_trace->step(i).line).arg(narrator.narrateStep(i)), plain);
        }
        if (shown < total) {
            newBlock(paragraph);
            cursor.insertText(tr("… %1 more steps are not shown here; the timeline and the execution table have them all.")
                                  .arg(locale.toString(total - shown)),
                              quiet);
        }
    }
    m_browser->verticalScrollBar()->setValue(0);
    updateHighlight();
}

void TranscriptView::setCurrentStep(int step)
{
    m_step = step;
    updateHighlight();
}

void TranscriptView::setBlockHighlighted(int step, bool highlighted)
{
    if (step < 1 || step > shownStepCount())
        return;
    QTextCursor cursor(m_browser->document()->findBlockByNumber(m_stepBlocks[step - 1]));
    QTextBlockFormat format = cursor.blockFormat();
    if (highlighted)
        format.setBackground(blend(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.3));
    else
        format.clearBackground();
    cursor.setBlockFormat(format);
}

void TranscriptView::updateHighlight()
{
    const int step = m_step >= 1 && m_step <= shownStepCount() ? m_step : 0;
    if (step == m_highlightedStep)
        return;
    // One block's format changes (a block background spans the full width, wrapped lines included);
    // the rest of the document stays as built.
    setBlockHighlighted(m_highlightedStep, false);
    setBlockHighlighted(step, true);
    m_highlightedStep = step;
    if (step == 0)
        return;

    // Scroll only when the paragraph is out of sight, and then put it a third of the way down.
    const QTextBlock block = m_browser->document()->findBlockByNumber(m_stepBlocks[step - 1]);
    const QRectF rect = m_browser->document()->documentLayout()->blockBoundingRect(block);
    QScrollBar *bar = m_browser->verticalScrollBar();
    const int viewportHeight = m_browser->viewport()->height();
    if (rect.top() < bar->value() || rect.bottom() > bar->value() + viewportHeight)
        bar->setValue(static_cast<int>(rect.top() - viewportHeight / 3));
}

void TranscriptView::openLink(const QUrl &url)
{
    if (url.scheme() != StepScheme)
        return;
    bool ok = false;
    const int step = url.path().toInt(&ok);
    if (ok && step >= 1)
        emit stepRequested(step);
}

void TranscriptView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

} // namespace cachetutor
