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
// resets the model and moves the current step back to 0. setTrace() builds
// every row's text at once (TraceFormatter has no per-row accessor): for a
// million-step trace that is seconds and a large share of memory, unlike the
// step changes, which cost the same at any trace length.

#include "traceformatter.h"

#include <QAbstractTableModel>
#include <QString>

#include <memory>
#include <vector>

namespace cachetutor {

class Trace;

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

    // The first row of a 1-based step, or -1 when the step has no row in the
    // model (out of range, or hidden as a future step).
    int rowForStep(int step) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What a row needs beyond the formatter's text cells.
    struct RowInfo {
        int line = 0;
        QString error;    // the exception the row's call raised, or the statement's
        QString warnings; // newline separated
    };

    QString cellText(const TraceFormatter::Row &row, int column) const;
    // Rows of steps 1..step, i.e. the index of the first row after that step.
    int rowsUpToStep(int step) const;
    int stepCount() const { return static_cast<int>(m_stepFirstRow.size()) - 1; }

    std::shared_ptr<const Trace> m_trace;
    std::vector<TraceFormatter::Row> m_rows;
    std::vector<RowInfo> m_rowInfo;          // parallel to m_rows
    // m_stepFirstRow[s] is the first row of the 1-based step s + 1; the last
    // element is m_rows.size(). Every step has at least one row.
    std::vector<int> m_stepFirstRow{0};
    int m_currentStep = 0;
    bool m_showFutureSteps = true;
};

} // namespace cachetutor
