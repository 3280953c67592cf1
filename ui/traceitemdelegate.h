#pragma once

// TraceItemDelegate: draws the marks the trace models report through their
// roles (roles.h), in the active Theme's colours and always with a symbol as
// well as a colour, so colour-blind students see them too:
//
//  - ChangedRole (a tracker value that changed at that step): tinted, "●";
//  - IsCurrentRole on a tracker column: the current step's column tinted;
//  - ChangeKindRole (a live-cache entry the step added or updated): tinted,
//    "+" or "✎" before the key;
//  - ExpiredRole (expired but still stored): italic, on top of the model's
//    dimmed text.
//
// The delegate only draws what the model says; it decides nothing itself.

#include <QStyledItemDelegate>

namespace cachetutor {

class TraceItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace cachetutor
