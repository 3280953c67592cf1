#include "traceitemdelegate.h"

#include "cachestatemodel.h"
#include "roles.h"
#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cachetutor {

namespace {

// The time-to-live bar: its thickness, and the space it takes under the text.
constexpr int kBarHeight = 4;
constexpr int kBarMargin = 3; // left, right and below the bar
constexpr int kBarSpace = 1 + kBarHeight + kBarMargin; // with a pixel between the text and the bar
constexpr double kLowFraction = 0.25; // below this share of its lifetime left, the bar turns to the error colour

QString changeSymbol(const QModelIndex &index)
{
    if (index.column() != CacheStateModel::KeyColumn)
        return {};
    const QVariant kind = index.data(ChangeKindRole);
    if (!kind.isValid())
        return {};
    switch (static_cast<CacheStateModel::Change>(kind.toInt())) {
    case CacheStateModel::Change::Added: return QStringLiteral("+ ");
    case CacheStateModel::Change::Updated: return QStringLiteral("✎ ");
    case CacheStateModel::Change::Unchanged: break;
    }
    return {};
}

} // namespace

void TraceItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const Theme &theme = Theme::instance();
    if (index.data(ChangedRole).toBool()) {
        option->backgroundBrush = theme.color(Theme::Role::Changed);
        option->text = QStringLiteral("● ") + option->text;
        option->font.setBold(true);
    } else if (const QVariant kind = index.data(ChangeKindRole); kind.isValid()) {
        switch (static_cast<CacheStateModel::Change>(kind.toInt())) {
        case CacheStateModel::Change::Added: option->backgroundBrush = theme.color(Theme::Role::Added); break;
        case CacheStateModel::Change::Updated: option->backgroundBrush = theme.color(Theme::Role::Updated); break;
        case CacheStateModel::Change::Unchanged: break;
        }
        option->text = changeSymbol(index) + option->text;
    } else if (index.data(IsCurrentRole).toBool() && index.data(StepRole).isValid() && !index.data(LineRole).isValid()) {
        // A tracker column (the execution table's current row is selected instead).
        option->backgroundBrush = theme.color(Theme::Role::Current);
    }
    if (index.data(HighlightRole).toBool()) {
        option->backgroundBrush = theme.color(Theme::Role::Hint);
        option->font.setBold(true);
    }
    if (index.data(ExpiredRole).toBool())
        option->font.setItalic(true);
    // A cell shows at most a few hundred characters: the style lays out and
    // shapes the whole text before eliding it, and a cache state of a few
    // thousand entries would cost milliseconds per cell. The tooltip keeps it all.
    if (option->text.size() > MaxShownCharacters) {
        option->text.truncate(MaxShownCharacters);
        option->text += QStringLiteral("…");
    }
}

int TraceItemDelegate::timeToLiveBarSpace()
{
    return kBarSpace;
}

void TraceItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Every live-cache cell (the only ones with a change kind) keeps the strip
    // for the bar free, so the texts of a row share one baseline whether or
    // not the entry expires.
    if (!index.data(ChangeKindRole).isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        // A hinted cell also gets a frame, so it stands out without its colour.
        if (index.data(HighlightRole).toBool()) {
            painter->save();
            painter->setPen(QPen(Theme::instance().color(Theme::Role::Accent), 2));
            painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
            painter->restore();
        }
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus over the whole cell, without the text...
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // ...then the text alone, centred in the space above the bar. The style
    // would paint the selection again for a selected cell, so the text gets
    // the colour selection gives it instead.
    QStyleOptionViewItem textOpt = opt;
    textOpt.text = text;
    textOpt.rect.setBottom(opt.rect.bottom() - kBarSpace);
    textOpt.backgroundBrush = Qt::NoBrush;
    if (opt.state & QStyle::State_Selected) {
        textOpt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        textOpt.state &= ~QStyle::State_Selected;
    }
    textOpt.state &= ~(QStyle::State_HasFocus | QStyle::State_MouseOver);
    style->drawControl(QStyle::CE_ItemViewItem, &textOpt, painter, widget);

    const QVariant fraction = index.data(TimeToLiveFractionRole);
    const QRectF track(opt.rect.left() + kBarMargin, opt.rect.bottom() + 1 - kBarMargin - kBarHeight,
                       opt.rect.width() - 2 * kBarMargin, kBarHeight);
    if (!fraction.isValid() || track.width() <= 0)
        return;
    const double left = std::clamp(fraction.toDouble(), 0.0, 1.0);
    QPainterPath shape;
    shape.addRoundedRect(track, kBarHeight / 2.0, kBarHeight / 2.0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Mid is faint on dark palettes; a lighter grey keeps an empty track visible.
    painter->fillPath(shape, opt.palette.color(Theme::instance().isDark() ? QPalette::Light : QPalette::Mid));
    if (left > 0.0) {
        // The fill is the track's shape cut at the share left: rounded at the
        // start, square where it is cut, and never wider than the track.
        // On a selected row the accent would vanish into the highlight, so
        // the fill takes the selected text's colour there.
        const bool low = left < kLowFraction;
        const QColor fill = low ? Theme::instance().color(Theme::Role::Error)
                            : (opt.state & QStyle::State_Selected) ? opt.palette.color(QPalette::HighlightedText)
                                                                   : Theme::instance().color(Theme::Role::Accent);
        painter->setClipRect(QRectF(track.left(), track.top(), track.width() * left, track.height()));
        painter->fillPath(shape, fill);
    }
    painter->restore();
}

QSize TraceItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(ChangeKindRole).isValid())
        size.rheight() += kBarSpace;
    return size;
}

} // namespace cachetutor
