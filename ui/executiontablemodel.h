#pragma once

// ExecutionTableModel: the execution table of a trace, one row per recorded
// call (a step without calls is one row of its own), as TraceFormatter::rows()
// builds it for the text formats, so the app and the exports always agree.
//
// The model knows the current step (1-based; 0 = before the first step).
// Rows of that step answer IsCurrentRole, rows after it IsFutureRole and a
// greyed ForegroundRole. A step change emits dataChanged for the rows whose
// current/future state changed, and nothing else.
//
// With future steps hidden (setShowFutureSteps(false)) the rows after the
// current step are not in the model at all: moving the step inserts or removes
// them (beginInsertRows / beginRemoveRows) at the end of the table, so a view
// needs no proxy to hide them and rows keep their numbers.
//
// The model shares the trace it shows; a new run calls setTrace(), which
// resets the model and moves the current step back to 0. A row's text is
// built when a view first asks for it (TraceFormatter::row()) and the last
// thousand or so are kept, so setTrace() costs only the formatter's event
// index (four bytes a step) and, like a step change, stays fast on a
// million-step trace.

#include "trace.h"
#include "traceformatter.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cachetutor {

class ExecutionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, ActionColumn, KeyColumn, ValueColumn, StateColumn, OutputColumn, ColumnCount };

    explicit ExecutionTableModel(QObject *parent = nullptr);
    ~ExecutionTableModel() override;

    void setTrace(std::shared_ptr<const Trace> trace);
    std::shared_ptr<const Trace> trace() const { return m_trace; }

    // Clamped to 0..stepCount().
    void setCurrentStep(int step);
    int currentStep() const { return m_currentStep; }

    void setShowFutureSteps(bool show);
    bool showFutureSteps() const { return m_showFutureSteps; }

    // The cells a quiz hint points at, answered through HighlightRole:
    // `column` of the rows of `steps`; column -1 means whole rows, no steps
    // means the whole column; column -1 with no steps clears them.
    void setHighlightedCells(int column, const QSet<int> &steps);
    // The column whose header reads `title` ("Output"), or -1.
    static int columnNamed(const QString &title);

    // The first row of a 1-based step, or -1 when the step has no row in the
    // model (out of range, or hidden as a future step).
    int rowForStep(int step) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A built row: the formatter's text plus what the roles need as QStrings.
    struct CachedRow {
        int row = -1; // the model row, or -1 for an empty slot
        TraceFormatter::Row text;
        QString error;    // the exception the row's call raised, or the statement's
        QString warnings; // newline separated
    };
    // A view asks for neighbouring rows, cell by cell and role by role: a
    // direct-mapped cache (slot = row % size) holds any run of consecutive
    // rows up to its size without bookkeeping, and scrolling replaces only
    // the rows that left. The size covers the 1000 rows around the visible
    // ones that a ResizeToContents header measures by default.
    static constexpr std::size_t RowCacheSize = 1024;

    // REQUIRES: 0 <= row < the trace's row count
    const CachedRow &cachedRow(int row) const;
    QString cellText(const TraceFormatter::Row &row, int column) const;
    // Rows of steps 1..step, i.e. the index of the first row after that step.
    int rowsUpToStep(int step) const;
    int stepCount() const { return m_trace ? m_trace->stepCount() : 0; }
    int totalRows() const { return m_formatter ? static_cast<int>(m_formatter->eventCount()) : 0; }

    std::shared_ptr<const Trace> m_trace;
    std::optional<TraceFormatter> m_formatter; // over *m_trace; one event per row
    // RowCacheSize slots once a trace is set. Filled by the const data(),
    // which a model only serves on the GUI thread.
    mutable std::vector<CachedRow> m_rowCache;
    int m_currentStep = 0;
    bool m_showFutureSteps = true;
    int m_highlightColumn = -1;
    QSet<int> m_highlightSteps;
    bool m_highlighting = false;
};

} // namespace cachetutor
