#include "glyphicon.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace cachetutor {

namespace {

QPolygonF triangle(double left, double right, bool pointsRight)
{
    return pointsRight ? QPolygonF({{left, 5}, {right, 12}, {left, 19}}) : QPolygonF({{right, 5}, {left, 12}, {right, 19}});
}

// On a 24x24 grid.
void drawGlyph(QPainter &p, Glyph glyph, const QColor &ink)
{
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    switch (glyph) {
    case Glyph::First:
        p.drawRect(QRectF(4, 5, 2.5, 14));
        p.drawPolygon(triangle(7, 19, false));
        break;
    case Glyph::Back:
        p.drawPolygon(triangle(2, 12, false));
        p.drawPolygon(triangle(11, 21, false));
        break;
    case Glyph::Play:
        p.drawPolygon(triangle(6, 19, true));
        break;
    case Glyph::Pause:
        p.drawRect(QRectF(6, 5, 4, 14));
        p.drawRect(QRectF(14, 5, 4, 14));
        break;
    case Glyph::Forward:
        p.drawPolygon(triangle(3, 13, true));
        p.drawPolygon(triangle(12, 22, true));
        break;
    case Glyph::Last:
        p.drawPolygon(triangle(5, 17, true));
        p.drawRect(QRectF(17.5, 5, 2.5, 14));
        break;
    case Glyph::Run: { // a circular arrow: run the script again
        QPen pen(ink, 2.4, Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(4, 4, 16, 16), 60 * 16, 290 * 16);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawPolygon(QPolygonF({{13, 1.5}, {19.5, 5}, {13, 9}}));
        break;
    }
    case Glyph::Stop:
        p.drawRoundedRect(QRectF(5, 5, 14, 14), 2, 2);
        break;
    }
}

QPixmap render(Glyph glyph, int size, const QColor &ink)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 24.0, size / 24.0);
    drawGlyph(painter, glyph, ink);
    return pixmap;
}

} // namespace

QIcon glyphIcon(Glyph glyph)
{
    const QPalette palette = QGuiApplication::palette();
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        icon.addPixmap(render(glyph, size, palette.color(QPalette::Active, QPalette::ButtonText)), QIcon::Normal);
        icon.addPixmap(render(glyph, size, palette.color(QPalette::Disabled, QPalette::ButtonText)), QIcon::Disabled);
    }
    return icon;
}

} // namespace cachetutor
