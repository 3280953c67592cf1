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
//  - TimeToLiveFractionRole (an entry that expires, in the Expires column):
//    a thin bar under the "expires in ..." text, full when the expiry was
//    set and emptying as the virtual clock advances; accent-coloured, in the
//    error colour once less than a quarter is left (the text says the same
//    in seconds); on a selected row, in the selected text's colour. Every live-cache cell keeps that strip free below its text,
//    so the bar never covers text and a row's texts share one baseline; a
//    view showing the live cache makes its rows timeToLiveBarSpace() taller.
//
// The delegate only draws what the model says; it decides nothing itself.

#include <QStyledItemDelegate>

namespace cachetutor {

class TraceItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Longer cell texts are cut here and end in "…" (the full text stays in the tooltip).
    static constexpr int MaxShownCharacters = 300;

    // Pixels the live-cache cells keep free under their text for the bar.
    static int timeToLiveBarSpace();

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace cachetutor
