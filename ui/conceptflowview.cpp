#include "conceptflowview.h"

#include "conceptflow.h"
#include "trace.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cachetutor {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : 8.0);
    font.setBold(true);
    return font;
}

constexpr int TextFlags = Qt::AlignCenter | Qt::TextWordWrap;

} // namespace

ConceptFlowView::ConceptFlowView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Concept flow"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateAccessibleDescription();
}

ConceptFlowView::~ConceptFlowView() = default;

void ConceptFlowView::setLesson(const Lesson &lesson)
{
    m_nodes = lesson.conceptFlow;
    m_layoutValid = false;
    updateLitNodes();
    updateGeometry();
    update();
}

void ConceptFlowView::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    m_step = 0;
    updateLitNodes();
    update();
}

void ConceptFlowView::setCurrentStep(int step)
{
    m_step = step;
    const QList<int> before = m_lit;
    updateLitNodes();
    if (m_lit != before)
        update();
}

void ConceptFlowView::updateLitNodes()
{
    m_lit.clear();
    if (m_trace && !m_nodes.isEmpty()) {
        const QStringList events = flowEventsOfStep(*m_trace, m_step);
        for (int i = 0; i < m_nodes.size(); ++i) {
            const QStringList &litBy = m_nodes.at(i).litBy;
            if (std::any_of(litBy.begin(), litBy.end(), [&](const QString &event) { return events.contains(event); }))
                m_lit << i;
        }
    }
    updateAccessibleDescription();
}

void ConceptFlowView::updateAccessibleDescription()
{
    if (m_nodes.isEmpty()) {
        setAccessibleDescription(placeholderText());
        return;
    }
    QStringList labels;
    for (int index : std::as_const(m_lit))
        labels << m_nodes.at(index).label;
    setAccessibleDescription(labels.isEmpty() ? tr("No box is lit at this step.")
                                              : tr("Lit now: %1.").arg(labels.join(QStringLiteral("; "))));
}

QString ConceptFlowView::placeholderText() const
{
    return tr("This script has no concept flow.\n\nLessons from the course come with a diagram of how their "
              "cache calls fit together; while you step through, the boxes each step touches light up here.");
}

QRectF ConceptFlowView::nodeRect(int index) const
{
    ensureLayout();
    return index >= 0 && index < m_rects.size() ? m_rects.at(index) : QRectF();
}

QString ConceptFlowView::nodeToolTip(int index) const
{
    if (index < 0 || index >= m_nodes.size())
        return QString();
    const ConceptFlowNode &node = m_nodes.at(index);
    QString tip = tr("%1. %2").arg(index + 1).arg(node.label);
    if (!node.litBy.isEmpty())
        tip += QLatin1Char('\n') + tr("Lights up when a step does: %1").arg(node.litBy.join(QStringLiteral(", ")));
    if (m_lit.contains(index))
        tip += QLatin1Char('\n') + tr("Lit at this step.");
    return tip;
}

QSize ConceptFlowView::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.averageCharWidth() * 110, metrics.height() * 28};
}

QSize ConceptFlowView::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.averageCharWidth() * 32, metrics.height() * 12};
}

void ConceptFlowView::ensureLayout() const
{
    if (!m_layoutValid || m_layoutSize != size())
        layoutNodes();
}

void ConceptFlowView::layoutNodes() const
{
    m_rects.clear();
    m_layoutSize = size();
    m_layoutValid = true;
    const int count = static_cast<int>(m_nodes.size());
    if (count == 0)
        return;

    QFont bold = font();
    bold.setBold(true); // measured bold: a lit box must not need more room than an unlit one
    const QFontMetricsF metrics(bold);
    const QFontMetricsF badgeMetrics(badgeFont(font()));
    const qreal em = metrics.height();
    const qreal margin = em;
    const qreal hgap = 2.5 * em; // room for an arrow between boxes
    const qreal vgap = 1.8 * em;
    const qreal padding = 0.6 * em;
    // Word wrap never breaks a word: a box is at least as wide as the longest one
    // ("cache.has_key(key)"), or it would be cut off on both sides.
    qreal longestWord = 0;
    for (const ConceptFlowNode &node : std::as_const(m_nodes))
        for (const QString &word : node.label.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
    const qreal minBoxWidth = std::max(metrics.averageCharWidth() * 16, longestWord) + 2 * padding;
    const qreal maxBoxWidth = std::max(metrics.averageCharWidth() * 32 + 2 * padding, minBoxWidth);
    const qreal availableWidth = std::max<qreal>(width() - 2 * margin, minBoxWidth);
    const qreal availableHeight = std::max<qreal>(height() - 2 * margin, em);

    // As many columns as fit, then balanced so the last row is not a lone box.
    int columns = std::clamp(static_cast<int>((availableWidth + hgap) / (minBoxWidth + hgap)), 1, count);
    const int rows = (count + columns - 1) / columns;
    columns = (count + rows - 1) / rows;

    const qreal boxWidth = std::min((availableWidth - (columns - 1) * hgap) / columns, maxBoxWidth);
    qreal textHeight = 0;
    for (const ConceptFlowNode &node : std::as_const(m_nodes))
        textHeight = std::max(textHeight, metrics.boundingRect(QRectF(0, 0, boxWidth - 2 * padding, 1e6), TextFlags, node.label).height());
    const qreal neededHeight = textHeight + badgeMetrics.height() + 2 * padding;
    // Grow the boxes into spare room a little (they read better), but never shrink them below their text.
    const qreal rowRoom = (availableHeight - (rows - 1) * vgap) / rows;
    const qreal boxHeight = std::max(neededHeight, std::min(rowRoom, neededHeight * 1.5));

    const qreal gridWidth = columns * boxWidth + (columns - 1) * hgap;
    const qreal gridHeight = rows * boxHeight + (rows - 1) * vgap;
    const qreal left = std::max(margin, (width() - gridWidth) / 2);
    const qreal top = std::max(margin, (height() - gridHeight) / 2);
    for (int i = 0; i < count; ++i) {
        const int row = i / columns;
        const int along = i % columns;
        // Odd rows run right to left, so each arrow is short and the path reads like a snake.
        const int column = row % 2 == 0 ? along : columns - 1 - along;
        m_rects << QRectF(left + column * (boxWidth + hgap), top + row * (boxHeight + vgap), boxWidth, boxHeight);
    }
}

void ConceptFlowView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_layoutValid = false;
}

void ConceptFlowView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_layoutValid = false;
        updateGeometry();
    }
}

int ConceptFlowView::nodeAt(const QPointF &position) const
{
    ensureLayout();
    for (int i = 0; i < m_rects.size(); ++i)
        if (m_rects.at(i).contains(position))
            return i;
    return -1;
}

bool ConceptFlowView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = nodeAt(help->pos());
        if (node >= 0)
            QToolTip::showText(help->globalPos(), nodeToolTip(node), this, nodeRect(node).toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ConceptFlowView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();

    if (m_nodes.isEmpty()) {
        const QFontMetrics metrics(font());
        const QRect area = rect().adjusted(metrics.height() * 2, metrics.height() * 2, -metrics.height() * 2, -metrics.height() * 2);
        painter.setPen(colours.color(QPalette::WindowText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, placeholderText());
        return;
    }

    ensureLayout();
    const QColor text = colours.color(QPalette::Text);
    const QColor base = colours.color(QPalette::Base);
    const QColor window = colours.color(QPalette::Window);
    const QColor accent = colours.color(QPalette::Highlight);
    const QColor onAccent = colours.color(QPalette::HighlightedText);
    const QColor arrowColour = blend(colours.color(QPalette::WindowText), window, 0.3);
    const QFontMetricsF metrics(font());
    const qreal em = metrics.height();
    const qreal padding = 0.6 * em;
    const qreal radius = 0.5 * em;

    // Arrows first, so boxes sit on top of their ends.
    painter.setPen(QPen(arrowColour, std::max<qreal>(1.5, em / 10)));
    painter.setBrush(arrowColour);
    const qreal head = 0.45 * em;
    for (int i = 0; i + 1 < m_rects.size(); ++i) {
        const QRectF &from = m_rects.at(i);
        const QRectF &to = m_rects.at(i + 1);
        QPointF start, end;
        if (qFuzzyCompare(from.top(), to.top())) {
            const bool rightwards = to.left() > from.left();
            start = QPointF(rightwards ? from.right() : from.left(), from.center().y());
            end = QPointF(rightwards ? to.left() : to.right(), to.center().y());
        } else {
            start = QPointF(from.center().x(), from.bottom());
            end = QPointF(to.center().x(), to.top());
        }
        const QPointF direction = (end - start) / std::max<qreal>(1.0, std::hypot(end.x() - start.x(), end.y() - start.y()));
        const QPointF normal(-direction.y(), direction.x());
        const QPointF tipBase = end - direction * head;
        painter.drawLine(start, tipBase);
        const QPointF triangle[3] = {end, tipBase + normal * head * 0.6, tipBase - normal * head * 0.6};
        painter.drawPolygon(triangle, 3);
    }

    const QFont normalFont = font();
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFont smallFont = badgeFont(font());
    const qreal badgeHeight = QFontMetricsF(smallFont).height();
    for (int i = 0; i < m_rects.size(); ++i) {
        const QRectF &box = m_rects.at(i);
        const bool lit = m_lit.contains(i);
        painter.setBrush(lit ? accent : base);
        painter.setPen(lit ? QPen(colours.color(QPalette::WindowText), std::max<qreal>(3.0, em / 5)) : QPen(blend(text, base, 0.45), 1.2));
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), radius, radius);

        const QColor ink = lit ? onAccent : text;
        const QRectF badgeArea(box.left() + padding, box.top() + padding * 0.5, box.width() - 2 * padding, badgeHeight);
        painter.setFont(smallFont);
        painter.setPen(lit ? onAccent : blend(text, base, 0.4));
        painter.drawText(badgeArea, Qt::AlignLeft | Qt::AlignVCenter, QString::number(i + 1));
        if (lit)
            painter.drawText(badgeArea, Qt::AlignRight | Qt::AlignVCenter, tr("● now"));

        painter.setFont(lit ? boldFont : normalFont);
        painter.setPen(ink);
        const QRectF textArea(box.left() + padding, badgeArea.bottom(), box.width() - 2 * padding, box.bottom() - badgeArea.bottom() - padding * 0.5);
        painter.drawText(textArea, TextFlags, m_nodes.at(i).label);
    }
}

} // namespace cachetutor
