#pragma once

// CacheEngine: Django's `cache` object backed by LocMemCache, on a virtual clock.
//
// Every public method is the Django method of the same name with its
// arguments already bound (the interpreter maps positional and keyword
// arguments onto them), and behaves as Django 3.2's LocMemCache does: the
// same return values, the same exceptions with the same messages (thrown as
// PyException), the same CacheKeyWarning texts, LRU order, culling and lazy
// expiry. ../shared/django-cache-semantics.md lists the rules with citations;
// Django's own base.py and locmem.py settle any doubt.
//
// Values are stored as deep copies (pickle semantics) and handed out as fresh
// copies. Each change to the store is reported to the CacheHistory, if any, so
// a trace can rebuild the cache at any step without copying it per step.
//
// The clock only moves through sleep(): the same script gives the same trace.

#include "value.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cachetutor {

class CacheHistory;

struct CacheConfig {
    std::optional<double> timeout = 300.0; // TIMEOUT; nullopt is None: never expire
    std::int64_t maxEntries = 300;         // OPTIONS['MAX_ENTRIES']
    std::int64_t cullFrequency = 3;        // OPTIONS['CULL_FREQUENCY']
    std::string keyPrefix;                 // KEY_PREFIX
    std::int64_t version = 1;              // VERSION
};

// One stored entry, as LocMemCache holds it.
struct CacheEntry {
    std::string madeKey;            // ':1:greet', the internal key
    Value userKey;                  // the key object the last storing call used ('greet', 5)
    Value version;                  // the version it was stored under
    bool isDefaultVersion = true;   // version equals the configured VERSION
    Value value;                    // frozen copy; never mutated
    std::optional<double> expiry;   // absolute virtual time; nullopt = never
    // Virtual time at which `expiry` was last set (a storing call or touch;
    // incr/decr keep both); meaningless when expiry is nullopt. Django keeps
    // no such thing: it is here so a view can show how much of an entry's
    // lifetime, expiry - expirySetAt, is left.
    double expirySetAt = 0.0;

    // Django's _has_expired: `exp is not None and exp <= now`.
    bool isExpiredAt(double now) const { return expiry && *expiry <= now; }
};

// What one API call did besides its return value, for the trace and narration.
struct CallEffects {
    std::vector<std::string> warnings; // 'CacheKeyWarning: Cache key contains characters ...'
    int hits = 0;            // lookups that found a live entry
    int misses = 0;          // lookups that found nothing (absent or expired)
    int expiredRemoved = 0;  // expired entries deleted lazily by this call
    int culled = 0;          // entries removed by culling
};

class CacheEngine
{
public:
    explicit CacheEngine(CacheConfig config = {}, CacheHistory *history = nullptr);

    const CacheConfig &config() const { return m_config; }

    // Calls a Python callable with no arguments (get_or_set's default); set by the interpreter.
    using CallFunction = std::function<Value(const Value &callable)>;
    void setCallFunction(CallFunction call) { m_call = std::move(call); }

    // The virtual clock (seconds). time.sleep() advances it; nothing else does.
    double now() const { return m_now; }
    void sleep(double seconds); // REQUIRES: seconds >= 0

    // std::nullopt for `timeout` means "not passed" (DEFAULT_TIMEOUT); Value::none() means None.
    using Timeout = std::optional<Value>;

    Value get(const Value &key, const Value &defaultValue = {}, const Value &version = {});
    Value set(const Value &key, const Value &value, const Timeout &timeout = {}, const Value &version = {});
    Value add(const Value &key, const Value &value, const Timeout &timeout = {}, const Value &version = {});
    Value getOrSet(const Value &key, const Value &defaultValue, const Timeout &timeout = {}, const Value &version = {});
    Value getMany(const Value &keys, const Value &version = {});
    Value setMany(const Value &data, const Timeout &timeout = {}, const Value &version = {});
    Value deleteKey(const Value &key, const Value &version = {}); // cache.delete
    Value deleteMany(const Value &keys, const Value &version = {});
    Value hasKey(const Value &key, const Value &version = {});
    Value contains(const Value &key);                             // `key in cache`
    Value incr(const Value &key, const Value &delta = Value::integer(1), const Value &version = {});
    Value decr(const Value &key, const Value &delta = Value::integer(1), const Value &version = {});
    Value touch(const Value &key, const Timeout &timeout = {}, const Value &version = {});
    Value clear();
    Value incrVersion(const Value &key, const Value &delta = Value::integer(1), const Value &version = {});
    Value decrVersion(const Value &key, const Value &delta = Value::integer(1), const Value &version = {});
    Value close();
    Value makeKey(const Value &key, const Value &version = {}) const; // returns a str Value

    // Effects gathered since the last call of takeEffects().
    CallEffects takeEffects();
    // Puts effects taken earlier back in front of what was gathered since: the
    // interpreter sets a call's effects aside while get_or_set's callable makes
    // cache calls of its own, which take their own effects.
    void restoreEffects(CallEffects earlier);

    // The store, least recently used first (LocMem's OrderedDict read backwards).
    std::vector<CacheEntry> entries() const;
    std::size_t size() const;

private:
    struct Node;  // one stored entry plus its LRU links (cacheengine.cpp)
    struct Store; // the hash index and the LRU list (cacheengine.cpp)

    // Builds '%s:%s:%s' % (KEY_PREFIX, version, key) into m_keyBuffer and runs
    // validate_key on it. `version` is already resolved (never None here).
    const std::string &makeValidatedKey(const Value &key, const Value &version);
    Value resolveVersion(const Value &version) const;
    bool isDefaultVersion(const Value &version) const;
    // get_backend_timeout(): the absolute expiry, nullopt for None. May throw.
    std::optional<double> backendTimeout(const Timeout &timeout) const;

    // The live entry under m_keyBuffer, or nullptr after deleting an expired
    // one; counts the lookup as a hit or a miss (get, has_key, incr).
    Node *findLive();
    // Django's _set(): cull, store, move to front, then the expiry.
    void storeValue(const Value &key, const Value &version, Value value, const Timeout &timeout);
    void cull();
    // Django's _delete(): true when both the entry and its expiry were there.
    bool deleteNode(Node *node);

    // get() with `default=_missing_key`: nullopt on a miss.
    std::optional<Value> lookup(const Value &key, const Value &version);

    CacheConfig m_config;
    CacheHistory *m_history = nullptr;
    CallFunction m_call;
    double m_now = 0.0;
    CallEffects m_effects;
    std::shared_ptr<Store> m_store;
    // int(TIMEOUT) as BaseCache.__init__ coerces it; nullopt is None.
    std::optional<double> m_defaultTimeout;
    std::string m_versionText;     // str(VERSION), to tell default-version entries
    std::string m_defaultKeyStart; // 'KEY_PREFIX:VERSION:', what most made keys start with
    std::string m_keyBuffer;       // the made key of the call in progress; reused to avoid allocating
    std::size_t m_keyHash = 0;     // hash of m_keyBuffer
};

} // namespace cachetutor
