#pragma once

// VariableTrackerModel: the variable tracker, one row per variable (in order
// of first appearance, so rows never jump) plus a last row with the cache
// contents, and one column per moment: Start (before the first step), then
// After Step 1 ... After Step N.
//
// A cell shows the repr of the variable after that step, N/A where it does
// not exist (yet); the cache row shows Trace::stateRepr at the step's clock.
// ChangedRole (and Qt::AccessibleDescriptionRole "changed") marks a cell whose
// text differs from the column before it; the display text stays plain, so a
// view can add a symbol rather than rely on colour alone.
//
// Traces may have a million steps: cells are computed in data(), one column
// at a time, and the last few columns are kept in a small cache. Nothing is
// computed per column up front.

#include <QAbstractTableModel>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace cachetutor {

class Trace;

class VariableTrackerModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit VariableTrackerModel(QObject *parent = nullptr);
    ~VariableTrackerModel() override;

    // Resets the model; the current step goes back to 0 (the Start column).
    void setTrace(std::shared_ptr<const Trace> trace);
    std::shared_ptr<const Trace> trace() const { return m_trace; }

    // 1-based step, 0 = before the first step; clamped. Column `step` is current.
    void setCurrentStep(int step);
    int currentStep() const { return m_currentStep; }

    // The row of the cache contents (the last row).
    int cacheRow() const { return rowCount() - 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // One column's cell texts: the variables in row order, then the cache.
    const std::vector<QString> &columnTexts(int column) const;
    void emitColumnChanged(int column);

    std::shared_ptr<const Trace> m_trace;
    int m_currentStep = 0;

    // A direct-mapped cache of column texts: enough for the columns a view
    // shows at once plus each one's left neighbour (ChangedRole compares them).
    struct CachedColumn {
        int column = -1;
        std::vector<QString> texts;
    };
    static constexpr std::size_t CacheSlots = 256;
    mutable std::array<CachedColumn, CacheSlots> m_columnCache;
};

} // namespace cachetutor
