#include "traceitemdelegate.h"

#include "cachestatemodel.h"
#include "roles.h"
#include "theme.h"


namespace cachetutor {

namespace {

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
    if (index.data(ExpiredRole).toBool())
        option->font.setItalic(true);
}

} // namespace cachetutor
