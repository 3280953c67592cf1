#pragma once

// TraceDiff: what a change to a script changes in its execution table.
//
// A what-if question ("if line 2 stored 'Hi' instead, what changes?") is
// answered by tracing both scripts and comparing the two tables, never by
// predicting the effect of the edit: the trace is the contract. Tables are
// compared step by step (step N of one with step N of the other), cell by
// cell, in every column but Step, which only numbers the rows.
//
// A cell here is a step's cell: the execution table has one row per recorded
// call, so a step that made several calls spans several rows. Its cell is the
// non-empty texts of those rows, in order, one per line, a text repeated on
// consecutive rows given once (two gets in one statement leave the cache as
// it was: one state, not two). A step with one row, the common case in a
// lesson, has exactly that row's text. Texts are TraceFormatter::Row's,
// before any format's escaping.
//
// Lessons name columns by the table's own header texts, so the names live
// here, beside the only code that reads cells by name.

#include "trace.h"
#include "traceformatter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cachetutor {

// "Step", "Action", "Key", "Value Stored/Retrieved", "Cache State", "Output",
// "Notes": TraceFormatter's header, in its order (tst_tracediff holds them equal).
const QStringList &executionTableColumns();
bool isExecutionTableColumn(const QString &column);
// A column as readers see it: lessons name columns in English, handouts and
// answer keys show them in the running language (as the window's table does).
// Any other text comes back as it is.
QString executionTableColumnTitle(const QString &column);

// The number of steps the table shows: every step has at least one row.
int executionTableStepCount(const TraceFormatter &table);

// The text of `column` at a 1-based step, as described above; empty for a
// step the table does not have.
// REQUIRES: isExecutionTableColumn(column)
QString executionTableCell(const TraceFormatter &table, int step, const QString &column);

struct CellChange {
    int step = 0;   // 1-based
    QString column; // never "Step"
    QString before; // "" where `before` has no such step
    QString after;  // "" where `after` has no such step

    friend bool operator==(const CellChange &, const CellChange &) = default;
};

// Every cell that differs, by step and then in column order. A step only one
// trace has changes in every column but Step, even a column that is empty on
// its side too, so that a step appearing or vanishing is never silent.
QList<CellChange> diffExecutionTables(const Trace &before, const Trace &after);

} // namespace cachetutor
