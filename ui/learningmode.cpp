#include "learningmode.h"

#include "theme.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace cachetutor {

namespace {

const char *const Names[LearningModeCount] = {
    "step-by-step", "concept-flow", "execution-sample", "execution-table", "variable-tracker",
    "key-moments", "visual-quiz", "concept-snapshot", "full-transcript",
};

// Each glyph is drawn on a 24x24 grid, scaled to the pixmap.
void drawGlyph(QPainter &p, LearningMode mode, const QColor &ink, const QColor &accent)
{
    QPen pen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (mode) {
    case LearningMode::StepByStep: // footsteps: a play triangle over stairs
        p.drawPolyline(QPolygonF({{3, 20}, {9, 20}, {9, 14}, {15, 14}, {15, 8}, {21, 8}}));
        p.setBrush(accent);
        p.setPen(Qt::NoPen);
        p.drawPolygon(QPolygonF({{4, 4}, {11, 8}, {4, 12}}));
        break;
    case LearningMode::ConceptFlow: // three boxes joined by arrows
        p.drawRoundedRect(QRectF(2, 3, 8, 6), 1.5, 1.5);
        p.drawRoundedRect(QRectF(14, 9, 8, 6), 1.5, 1.5);
        p.setBrush(accent);
        p.drawRoundedRect(QRectF(2, 15, 8, 6), 1.5, 1.5);
        p.drawLine(QPointF(10, 6), QPointF(18, 6));
        p.drawLine(QPointF(18, 6), QPointF(18, 9));
        p.drawLine(QPointF(14, 12), QPointF(6, 12));
        p.drawLine(QPointF(6, 12), QPointF(6, 15));
        break;
    case LearningMode::ExecutionSample: // code brackets
        p.drawPolyline(QPolygonF({{8, 6}, {3, 12}, {8, 18}}));
        p.drawPolyline(QPolygonF({{16, 6}, {21, 12}, {16, 18}}));
        p.setPen(QPen(accent, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(13.5, 5), QPointF(10.5, 19));
        break;
    case LearningMode::ExecutionTable: // a table with a highlighted row
        p.fillRect(QRectF(3, 10, 18, 4), accent);
        p.drawRect(QRectF(3, 4, 18, 16));
        p.drawLine(QPointF(3, 10), QPointF(21, 10));
        p.drawLine(QPointF(3, 14), QPointF(21, 14));
        p.drawLine(QPointF(9, 4), QPointF(9, 20));
        break;
    case LearningMode::VariableTracker: // a value changing over time
        p.drawLine(QPointF(3, 20), QPointF(21, 20));
        p.drawLine(QPointF(3, 4), QPointF(3, 20));
        p.setPen(QPen(accent, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({{5, 16}, {10, 16}, {10, 10}, {15, 10}, {15, 6}, {20, 6}}));
        break;
    case LearningMode::KeyMoments: // a key
        p.drawEllipse(QPointF(8, 12), 4.5, 4.5);
        p.drawLine(QPointF(12.5, 12), QPointF(21, 12));
        p.drawLine(QPointF(18, 12), QPointF(18, 16));
        p.drawLine(QPointF(21, 12), QPointF(21, 15));
        p.setBrush(accent);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(8, 12), 2, 2);
        break;
    case LearningMode::VisualQuiz: { // a question mark in a speech bubble
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(2, 3, 20, 14), 4, 4);
        bubble.moveTo(7, 17);
        bubble.lineTo(6, 22);
        bubble.lineTo(12, 17);
        p.drawPath(bubble.simplified());
        QFont f = p.font();
        f.setPixelSize(12);
        f.setBold(true);
        p.setFont(f);
        p.setPen(accent);
        p.drawText(QRectF(2, 3, 20, 14), Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case LearningMode::ConceptSnapshot: // a camera
        p.drawRoundedRect(QRectF(2, 7, 20, 13), 2, 2);
        p.drawLine(QPointF(8, 7), QPointF(10, 4));
        p.drawLine(QPointF(10, 4), QPointF(14, 4));
        p.drawLine(QPointF(14, 4), QPointF(16, 7));
        p.setBrush(accent);
        p.drawEllipse(QPointF(12, 13.5), 3.5, 3.5);
        break;
    case LearningMode::FullTranscript: // lines of text on a page
        p.drawRoundedRect(QRectF(4, 2, 16, 20), 2, 2);
        p.setPen(QPen(accent, 1.8, Qt::SolidLine, Qt::RoundCap));
        for (double y : {7.0, 11.0, 15.0})
            p.drawLine(QPointF(7, y), QPointF(17, y));
        p.drawLine(QPointF(7, 19), QPointF(13, 19));
        break;
    }
}

} // namespace

QString learningModeName(LearningMode mode)
{
    return QLatin1String(Names[static_cast<int>(mode)]);
}

QString learningModeTitle(LearningMode mode)
{
    switch (mode) {
    case LearningMode::StepByStep: return QCoreApplication::translate("LearningMode", "Step-by-Step");
    case LearningMode::ConceptFlow: return QCoreApplication::translate("LearningMode", "Concept Flow");
    case LearningMode::ExecutionSample: return QCoreApplication::translate("LearningMode", "Execution Sample");
    case LearningMode::ExecutionTable: return QCoreApplication::translate("LearningMode", "Execution Table");
    case LearningMode::VariableTracker: return QCoreApplication::translate("LearningMode", "Variable Tracker");
    case LearningMode::KeyMoments: return QCoreApplication::translate("LearningMode", "Key Moments");
    case LearningMode::VisualQuiz: return QCoreApplication::translate("LearningMode", "Visual Quiz");
    case LearningMode::ConceptSnapshot: return QCoreApplication::translate("LearningMode", "Concept Snapshot");
    case LearningMode::FullTranscript: return QCoreApplication::translate("LearningMode", "Full Transcript");
    }
    return {};
}

QString learningModeDescription(LearningMode mode)
{
    switch (mode) {
    case LearningMode::StepByStep:
        return QCoreApplication::translate("LearningMode", "Code, execution table, live cache and playback together");
    case LearningMode::ConceptFlow:
        return QCoreApplication::translate("LearningMode", "A diagram of the flow whose current step lights up");
    case LearningMode::ExecutionSample:
        return QCoreApplication::translate("LearningMode", "The code and what each line does");
    case LearningMode::ExecutionTable:
        return QCoreApplication::translate("LearningMode", "One row per step: action, key, value, cache state, output");
    case LearningMode::VariableTracker:
        return QCoreApplication::translate("LearningMode", "Every variable and the cache after each step");
    case LearningMode::KeyMoments:
        return QCoreApplication::translate("LearningMode", "The moments of the trace worth stopping at, with answers");
    case LearningMode::VisualQuiz:
        return QCoreApplication::translate("LearningMode", "Questions about the trace, with hints");
    case LearningMode::ConceptSnapshot:
        return QCoreApplication::translate("LearningMode", "The concept in a few bullets");
    case LearningMode::FullTranscript:
        return QCoreApplication::translate("LearningMode", "The whole story of the trace, step by step");
    }
    return {};
}

QIcon learningModeIcon(LearningMode mode)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor ink = palette.color(QPalette::WindowText);
    const QColor accent = Theme::instance().color(Theme::Role::Accent);
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 24.0, size / 24.0);
        drawGlyph(painter, mode, ink, accent);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

std::optional<LearningMode> learningModeFromString(const QString &text)
{
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= LearningModeCount ? std::optional(static_cast<LearningMode>(number - 1)) : std::nullopt;
    for (int i = 0; i < LearningModeCount; ++i)
        if (text.compare(QLatin1String(Names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<LearningMode>(i);
    return std::nullopt;
}

} // namespace cachetutor
