#include "timelineslider.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolTip>

#include <algorithm>
#include <cstdlib>

namespace cachetutor {

namespace {

constexpr int MarkSize = 8;   // width and height of a mark, in pixels
constexpr int MarkGap = 2;    // between a mark and the handle's reach
constexpr int HoverReach = 3; // how near the cursor must be to a mark's column

QColor markColor(TimelineSlider::MarkKind kind)
{
    switch (kind) {
    case TimelineSlider::MarkKind::Breakpoint:
        return QColor(0xd3, 0x2f, 0x2f); // the code view's breakpoint red
    case TimelineSlider::MarkKind::Error:
        return QColor(0xef, 0x6c, 0x00);
    case TimelineSlider::MarkKind::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    }
    return {};
}

} // namespace

TimelineSlider::TimelineSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
    setAccessibleName(tr("Timeline"));
    setToolTip(tr("Drag to any step"));
    setStatusTip(tr("Drag to any step; red dots mark breakpoints, orange triangles errors"));
    setMouseTracking(true); // the tooltip follows the cursor from mark to mark
    updateAccessibleDescription();
}

void TimelineSlider::setBreakpointSteps(const QSet<int> &steps)
{
    setSteps(MarkKind::Breakpoint, steps);
}

void TimelineSlider::setErrorSteps(const QSet<int> &steps)
{
    setSteps(MarkKind::Error, steps);
}

void TimelineSlider::setWarningSteps(const QSet<int> &steps)
{
    setSteps(MarkKind::Warning, steps);
}

void TimelineSlider::setSteps(MarkKind kind, const QSet<int> &steps)
{
    m_steps[index(kind)] = steps;
    invalidateColumns();
    updateAccessibleDescription();
}

void TimelineSlider::handleTravel(int *left, int *span, bool *upsideDown) const
{
    // Ask the style where the handle stands at both ends rather than assume
    // the groove's geometry: styles differ in margins and handle length, and
    // a mark belongs exactly where the handle will stop.
    QStyleOptionSlider option;
    initStyleOption(&option);
    auto centreAt = [&](int value) {
        option.sliderPosition = value;
        option.sliderValue = value;
        return style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this).center().x();
    };
    const int atMinimum = centreAt(minimum());
    const int atMaximum = centreAt(maximum());
    *left = std::min(atMinimum, atMaximum);
    *span = std::abs(atMaximum - atMinimum);
    *upsideDown = atMaximum < atMinimum; // right-to-left layouts and inverted appearance
}

int TimelineSlider::pixelForStep(int step) const
{
    int left = 0, span = 0;
    bool upsideDown = false;
    handleTravel(&left, &span, &upsideDown);
    return left + QStyle::sliderPositionFromValue(minimum(), maximum(), step, span, upsideDown);
}

int TimelineSlider::stepAtPixel(int x) const
{
    int left = 0, span = 0;
    bool upsideDown = false;
    handleTravel(&left, &span, &upsideDown);
    return QStyle::sliderValueFromPosition(minimum(), maximum(), std::clamp(x - left, 0, span), span, upsideDown);
}

void TimelineSlider::invalidateColumns()
{
    m_columnsValid = false;
    update();
}

void TimelineSlider::ensureColumns() const
{
    if (m_columnsValid && m_columnsLayout == currentLayout())
        return;
    int left = 0, span = 0;
    bool upsideDown = false;
    handleTravel(&left, &span, &upsideDown);
    const int columns = std::max(width(), 1);
    for (int k = 0; k < KindCount; ++k) {
        std::vector<int> &byColumn = m_columns[k];
        byColumn.assign(static_cast<std::size_t>(columns), -1);
        // One pass over the steps, O(1) each: a column keeps its smallest step.
        for (const int step : m_steps[k]) {
            if (step < minimum() || step > maximum())
                continue;
            const int x = left + QStyle::sliderPositionFromValue(minimum(), maximum(), step, span, upsideDown);
            if (x < 0 || x >= columns)
                continue;
            int &kept = byColumn[static_cast<std::size_t>(x)];
            if (kept < 0 || step < kept)
                kept = step;
        }
    }
    m_columnsLayout = currentLayout();
    m_columnsValid = true;
}

QList<int> TimelineSlider::markPixels(MarkKind kind) const
{
    ensureColumns();
    QList<int> pixels;
    const std::vector<int> &byColumn = m_columns[index(kind)];
    for (std::size_t x = 0; x < byColumn.size(); ++x)
        if (byColumn[x] >= 0)
            pixels.append(static_cast<int>(x));
    return pixels;
}

QString TimelineSlider::toolTipAt(int x) const
{
    ensureColumns();
    // Marks in the nearest column within reach, each kind on its own.
    struct Hit {
        int step;
        MarkKind kind;
    };
    std::vector<Hit> hits;
    for (const MarkKind kind : {MarkKind::Breakpoint, MarkKind::Error, MarkKind::Warning}) {
        const std::vector<int> &byColumn = m_columns[index(kind)];
        for (int distance = 0; distance <= HoverReach; ++distance) {
            int found = -1;
            for (const int column : {x - distance, x + distance})
                if (column >= 0 && column < static_cast<int>(byColumn.size()) && byColumn[static_cast<std::size_t>(column)] >= 0)
                    found = byColumn[static_cast<std::size_t>(column)];
            if (found >= 0) {
                hits.push_back({found, kind});
                break;
            }
        }
    }
    if (hits.empty())
        return tr("Step %1").arg(stepAtPixel(x));

    // One line per step, its marks listed after it.
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.step < b.step; });
    QStringList lines;
    for (std::size_t i = 0; i < hits.size();) {
        QStringList marks;
        const int step = hits[i].step;
        for (; i < hits.size() && hits[i].step == step; ++i) {
            switch (hits[i].kind) {
            case MarkKind::Breakpoint:
                marks << tr("breakpoint");
                break;
            case MarkKind::Error:
                marks << tr("error");
                break;
            case MarkKind::Warning:
                marks << tr("warning");
                break;
            }
        }
        lines << tr("Step %1 — %2").arg(step).arg(marks.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QSize TimelineSlider::sizeHint() const
{
    QSize size = QSlider::sizeHint();
    size.rheight() += 2 * (MarkSize + MarkGap); // a row of marks above and one below
    return size;
}

QSize TimelineSlider::minimumSizeHint() const
{
    QSize size = QSlider::minimumSizeHint();
    size.rheight() += 2 * (MarkSize + MarkGap);
    return size;
}

bool TimelineSlider::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(), toolTipAt(help->pos().x()), this);
        return true;
    }
    case QEvent::StyleChange:
        invalidateColumns(); // the handle's travel may have moved
        break;
    default:
        break;
    }
    return QSlider::event(event);
}

void TimelineSlider::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    ensureColumns();

    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    // Rows clear of the handle, which reaches further than the groove, so a
    // mark under the handle still shows above and below it.
    const int reachTop = std::min(groove.top(), handle.top());
    const int reachBottom = std::max(groove.bottom(), handle.bottom());
    const qreal dotCentre = std::max<qreal>(reachTop - MarkGap - MarkSize / 2.0, MarkSize / 2.0);
    const qreal belowTop = std::min<qreal>(reachBottom + MarkGap, height() - MarkSize - 1);

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor outline = palette().color(QPalette::Window).darker(250);
    const qreal half = MarkSize / 2.0;

    // Warnings first, so an error in the same column is drawn over its warning.
    const std::vector<int> &warnings = m_columns[index(MarkKind::Warning)];
    painter.setPen(QPen(outline, 0.8));
    painter.setBrush(markColor(MarkKind::Warning));
    for (std::size_t x = 0; x < warnings.size(); ++x) {
        if (warnings[x] < 0)
            continue;
        const qreal cx = static_cast<qreal>(x) + 0.5;
        const QPointF diamond[] = {{cx, belowTop}, {cx + half - 1, belowTop + half}, {cx, belowTop + MarkSize}, {cx - half + 1, belowTop + half}};
        painter.drawPolygon(diamond, 4);
    }

    const std::vector<int> &errors = m_columns[index(MarkKind::Error)];
    for (std::size_t x = 0; x < errors.size(); ++x) {
        if (errors[x] < 0)
            continue;
        const qreal cx = static_cast<qreal>(x) + 0.5;
        const QPointF triangle[] = {{cx, belowTop}, {cx + half + 0.5, belowTop + MarkSize}, {cx - half - 0.5, belowTop + MarkSize}};
        painter.setPen(QPen(outline, 0.8));
        painter.setBrush(markColor(MarkKind::Error));
        painter.drawPolygon(triangle, 3);
        // The "!": a short bar and a dot, in white so it reads on orange.
        painter.setPen(QPen(Qt::white, 1.2, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(cx, belowTop + 2.8), QPointF(cx, belowTop + MarkSize - 3.2));
        painter.drawPoint(QPointF(cx, belowTop + MarkSize - 1.4));
    }

    const std::vector<int> &breakpoints = m_columns[index(MarkKind::Breakpoint)];
    painter.setPen(QPen(outline, 0.8));
    painter.setBrush(markColor(MarkKind::Breakpoint));
    for (std::size_t x = 0; x < breakpoints.size(); ++x)
        if (breakpoints[x] >= 0)
            painter.drawEllipse(QPointF(static_cast<qreal>(x) + 0.5, dotCentre), half - 0.5, half - 0.5);
}

void TimelineSlider::updateAccessibleDescription()
{
    QString description = tr("%n breakpoints", nullptr, static_cast<int>(breakpointSteps().size())) + QStringLiteral(", ")
                          + tr("%n errors", nullptr, static_cast<int>(errorSteps().size()));
    if (!warningSteps().isEmpty())
        description += QStringLiteral(", ") + tr("%n warnings", nullptr, static_cast<int>(warningSteps().size()));
    setAccessibleDescription(description);
}

} // namespace cachetutor
