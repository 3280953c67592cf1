#pragma once

// WhatIfDialog: a what-if question's answer, shown: the lesson's execution
// table and the table of the changed script side by side, every cell the
// change altered marked in both (colour and a "≠" sign), and a line listing
// them. Both tables come from real traces (the window traces the changed
// script); the marked cells come from diffExecutionTables(), never from the
// lesson's own claim.

#include "tracediff.h"

#include <QDialog>

#include <memory>

namespace cachetutor {

class Trace;

class WhatIfDialog final : public QDialog
{
    Q_OBJECT

public:
    // `changedLine` describes the change, e.g. "Line 2: cache.set('greet', 'Hi', 5)".
    WhatIfDialog(std::shared_ptr<const Trace> before, std::shared_ptr<const Trace> after, const QString &changedLine,
                 QWidget *parent = nullptr);

    const QList<CellChange> &changes() const { return m_changes; }

private:
    QList<CellChange> m_changes;
};

} // namespace cachetutor
