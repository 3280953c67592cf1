#pragma once

// CacheStateModel: the cache as it is stored after the current step, one row
// per entry, least recently used first (the order LocMemCache evicts in).
//
// Expired entries that Django has not evicted yet (it deletes them lazily, on
// the next access) are shown too, greyed, with ExpiredRole true: seeing them
// linger is part of the lesson. ChangeKindRole compares each entry with the
// cache after the previous step by made key; removedKeys() lists the made
// keys the step took away, which have no row. TimeToLiveFractionRole gives
// the share of an entry's lifetime left on the virtual clock, for a bar that
// empties as time.sleep advances it: (expiry - clock) / (expiry - expirySetAt).
//
// Entries differ from one step to the next, so setCurrentStep() resets the
// model. The hit and miss counters up to the current step come from prefix
// sums built once in setTrace(), so a step change costs the same at step
// 10 as at step 1,000,000 (apart from rebuilding the cache itself).

#include "cacheengine.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace cachetutor {

class Trace;

class CacheStateModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, MadeKeyColumn, ValueColumn, VersionColumn, ExpiresColumn, ColumnCount };
    // ChangeKindRole: what the current step did to an entry.
    enum class Change { Unchanged, Added, Updated };
    Q_ENUM(Change)

    explicit CacheStateModel(QObject *parent = nullptr);
    ~CacheStateModel() override;

    // Resets the model at step 0 (the empty cache before the first step).
    void setTrace(std::shared_ptr<const Trace> trace);
    std::shared_ptr<const Trace> trace() const { return m_trace; }

    // 1-based step, 0 = before the first step; clamped. Resets the model.
    void setCurrentStep(int step);
    int currentStep() const { return m_currentStep; }

    // Made keys stored before the current step and gone after it.
    QStringList removedKeys() const { return m_removedKeys; }
    // Lookups that found a live entry / found none, in steps 1..currentStep().
    std::uint64_t hits() const;
    std::uint64_t misses() const;
    // Virtual time after the current step.
    double clock() const { return m_clock; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void loadStep(); // fills the entries and what changed from m_trace and m_currentStep
    int stepCount() const;
    QString expiresText(const CacheEntry &entry) const;
    QVariant timeToLiveFraction(const CacheEntry &entry) const;

    std::shared_ptr<const Trace> m_trace;
    int m_currentStep = 0;
    double m_clock = 0.0;
    std::vector<CacheEntry> m_entries; // least recently used first
    std::vector<Change> m_changes;     // parallel to m_entries
    QStringList m_removedKeys;
    // m_hitsUpTo[s]: hits in steps 1..s (index 0 = none yet); same for misses.
    std::vector<std::uint64_t> m_hitsUpTo{0};
    std::vector<std::uint64_t> m_missesUpTo{0};
};

} // namespace cachetutor
