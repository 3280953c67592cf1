#pragma once

// CacheHistory: every change CacheEngine made to its store, in order, so that
// the store as it was after any change can be rebuilt without keeping a copy
// of the cache per step.
//
// A position counts changes: position 0 is the empty store before the script,
// position() is the store now. The log keeps compact deltas plus periodic
// full checkpoints, placed so that rebuilding any position replays a bounded
// number of deltas (about as many as the store has entries) and memory stays
// a small constant per change. Made keys are interned: a delta names its
// entry by a 32-bit id.
//
// Recording is append-only; reading never changes what entriesAt() returns.
// Not thread-safe: one thread records, then any one thread reads.

#include "cacheengine.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cachetutor {

class CacheHistory
{
public:
    CacheHistory();
    ~CacheHistory();
    CacheHistory(const CacheHistory &) = delete;
    CacheHistory &operator=(const CacheHistory &) = delete;

    std::uint32_t position() const;

    // Recorded by CacheEngine, in the order it changes its store.
    void recordPut(const CacheEntry &entry); // insert or overwrite; the entry becomes most recently used
    void recordMoveToFront(const std::string &madeKey);
    // touch: a new expiry set at virtual time `expirySetAt`; no LRU move.
    void recordExpiry(const std::string &madeKey, std::optional<double> expiry, double expirySetAt);
    void recordRemove(const std::string &madeKey);
    void recordClear();

    // The store after the first `position` changes, least recently used first.
    // REQUIRES: position <= position()
    std::vector<CacheEntry> entriesAt(std::uint32_t position) const;

    // Bytes held, for the benchmark.
    std::size_t memoryUsage() const;

private:
    // CacheEngine interns a key once when it stores a new entry and records
    // by id afterwards, which saves a string hash per change.
    friend class CacheEngine;
    std::uint32_t internKey(const std::string &madeKey);
    void recordPutId(std::uint32_t id, const CacheEntry &entry); // REQUIRES: id == internKey(entry.madeKey)
    void recordMoveToFrontId(std::uint32_t id);
    void recordExpiryId(std::uint32_t id, std::optional<double> expiry, double expirySetAt);
    void recordRemoveId(std::uint32_t id);

    struct Data; // implementation in cachehistory.cpp
    std::unique_ptr<Data> m_data;
};

} // namespace cachetutor
