#pragma once

// The custom item-data roles every CacheTutor model answers, in one place so
// views and delegates agree on them.

#include <Qt>

namespace cachetutor {

enum Role {
    StepRole = Qt::UserRole + 1,  // int: the 1-based step a row or column stands for
    LineRole,                     // int: the script line of a row's step
    IsCurrentRole,                // bool: the row/column of the current step
    IsFutureRole,                 // bool: after the current step
    ChangedRole,                  // bool: the value changed at this step (tracker cells)
    ErrorRole,                    // QString: error text of a row, empty if none
    WarningRole,                  // QString: warnings of a row, newline separated
    ChangeKindRole,               // int: CacheStateModel::Change of a live-cache row
    ExpiredRole,                  // bool: entry expired but still stored (Django evicts lazily)
    HighlightRole,                // bool: a cell a quiz hint points at (execution table)
    TimeToLiveRole,               // double: seconds left, negative = never expires
    TimeToLiveFractionRole,       // double 0..1: share of its lifetime an entry has left (Expires
                                  // column of entries that expire; 0 once expired; no data if never)
};

} // namespace cachetutor
