#include "cacheengine.h"

#include "cachehistory.h"
#include "operators.h"
#include "pyexception.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <utility>

// Each method below mirrors the Django 3.2 method of the same name statement
// by statement (base.py and locmem.py); the comments name the Python lines
// whose order matters when an exception is raised halfway.

namespace cachetutor {

namespace {

constexpr std::int64_t kMemcacheMaxKeyLength = 250; // base.py MEMCACHE_MAX_KEY_LENGTH

// A fast hash for short strings (8 bytes at a time, then a final mix so the
// low bits that pick a slot depend on every byte).
std::size_t hashKey(std::string_view key)
{
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ key.size();
    std::size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, key.data() + i, 8);
        h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, key.data() + i, key.size() - i);
    h = (h ^ tail) * 0x94D049BB133111EBull;
    return h ^ (h >> 29);
}

// Appends str(value) without building a temporary for the common key kinds.
void appendStr(std::string &out, const Value &value)
{
    switch (value.kind()) {
    case Kind::Str:
        out += value.text();
        return;
    case Kind::Int: {
        char digits[24];
        const auto result = std::to_chars(digits, digits + sizeof digits, value.asInt());
        out.append(digits, result.ptr);
        return;
    }
    case Kind::Bool:
        out += value.asBool() ? "True" : "False";
        return;
    case Kind::None:
        out += "None";
        return;
    default:
        out += str(value);
        return;
    }
}

void appendMadeKey(std::string &out, const std::string &prefix, const Value &version, const Value &key)
{
    out += prefix;
    out += ':';
    appendStr(out, version);
    out += ':';
    appendStr(out, key);
}

// The user key an entry is shown under. Mutable containers are snapshotted so
// that a script mutating its key object later does not rename stored entries
// (the made key, which is what Django keeps, never changes either).
Value frozenKey(const Value &key)
{
    switch (key.kind()) {
    case Kind::Tuple:
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
        try {
            return deepCopy(key);
        } catch (const PyException &) {
            return key; // holds something unpicklable (a function): showing it live is the best we can do
        }
    default:
        return key;
    }
}

// Python's `"Key '%s' not found" % key` for the user key of incr_version: a
// tuple is taken as the argument list of `%`, not as one argument.
std::string keyNotFoundMessage(const Value &key)
{
    if (key.kind() == Kind::Tuple) {
        const std::vector<Value> &items = key.sequence().m_items;
        if (items.empty())
            raise(ExceptionKind::TypeError, "not enough arguments for format string");
        if (items.size() > 1)
            raise(ExceptionKind::TypeError, "not all arguments converted during string formatting");
        return "Key '" + str(items.front()) + "' not found";
    }
    return "Key '" + str(key) + "' not found";
}

} // namespace

struct CacheEngine::Node {
    CacheEntry entry;
    Node *newer = nullptr; // towards the most recently used end
    Node *older = nullptr; // towards the least recently used end
    std::size_t hash = 0;
    std::uint32_t historyId = 0; // the made key's id in m_history, when there is one
    // False only for an entry whose first _set raised in get_backend_timeout:
    // Django then has it in _cache but not in _expire_info, which makes it
    // look expired (exp defaults to -1), makes _delete return False and makes
    // _cull raise KeyError when it pops it.
    bool hasExpireInfo = true;
};

// The OrderedDict plus _expire_info of LocMemCache: an open-addressing index
// from made key to node, and an intrusive doubly linked list, most recently
// used at `mru`. Nodes are recycled so the steady state allocates nothing.
struct CacheEngine::Store {
    std::vector<Node *> slots = std::vector<Node *>(16, nullptr); // size is a power of two, at most half full
    std::size_t count = 0;
    Node *mru = nullptr;
    Node *lru = nullptr;
    std::vector<std::unique_ptr<Node>> pool; // owns every node ever allocated
    std::vector<Node *> freeNodes;

    std::size_t mask() const { return slots.size() - 1; }

    Node *find(std::string_view key, std::size_t hash) const
    {
        for (std::size_t i = hash & mask();; i = (i + 1) & mask()) {
            Node *node = slots[i];
            if (!node)
                return nullptr;
            if (node->hash == hash && node->entry.madeKey == key)
                return node;
        }
    }

    // REQUIRES: key not present. The new node is linked as most recently used.
    Node *insert(std::string_view key, std::size_t hash)
    {
        if ((count + 1) * 2 > slots.size())
            rehash(slots.size() * 2);
        Node *node;
        if (freeNodes.empty()) {
            pool.push_back(std::make_unique<Node>());
            node = pool.back().get();
        } else {
            node = freeNodes.back();
            freeNodes.pop_back();
        }
        node->entry.madeKey.assign(key); // reuses the recycled node's capacity
        node->hash = hash;
        node->hasExpireInfo = true;
        place(node);
        ++count;
        linkFront(node);
        return node;
    }

    void remove(Node *node)
    {
        unlink(node);
        eraseSlot(node);
        --count;
        recycle(node);
    }

    void clear()
    {
        for (Node *node = mru; node;) {
            Node *older = node->older;
            recycle(node);
            node = older;
        }
        std::fill(slots.begin(), slots.end(), nullptr);
        count = 0;
        mru = lru = nullptr;
    }

    void moveToFront(Node *node)
    {
        if (node == mru)
            return;
        unlink(node);
        linkFront(node);
    }

private:
    void linkFront(Node *node)
    {
        node->newer = nullptr;
        node->older = mru;
        if (mru)
            mru->newer = node;
        mru = node;
        if (!lru)
            lru = node;
    }

    void unlink(Node *node)
    {
        (node->newer ? node->newer->older : mru) = node->older;
        (node->older ? node->older->newer : lru) = node->newer;
        node->newer = node->older = nullptr;
    }

    void recycle(Node *node)
    {
        // Drop the references now so the objects die when Python's would.
        node->entry.userKey = Value();
        node->entry.version = Value();
        node->entry.value = Value();
        freeNodes.push_back(node);
    }

    void place(Node *node)
    {
        std::size_t i = node->hash & mask();
        while (slots[i])
            i = (i + 1) & mask();
        slots[i] = node;
    }

    // Linear probing deletion by backward shift, so no tombstones pile up.
    void eraseSlot(Node *node)
    {
        std::size_t i = node->hash & mask();
        while (slots[i] != node)
            i = (i + 1) & mask();
        for (std::size_t j = (i + 1) & mask(); slots[j]; j = (j + 1) & mask()) {
            const std::size_t home = slots[j]->hash & mask();
            // Move slots[j] into the hole unless its home lies cyclically in (i, j].
            const bool homeBetween = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!homeBetween) {
                slots[i] = slots[j];
                i = j;
            }
        }
        slots[i] = nullptr;
    }

    void rehash(std::size_t size)
    {
        slots.assign(size, nullptr);
        for (Node *node = mru; node; node = node->older)
            place(node);
    }
};

CacheEngine::CacheEngine(CacheConfig config, CacheHistory *history)
    : m_config(std::move(config))
    , m_history(history)
    , m_store(std::make_shared<Store>())
{
    // BaseCache.__init__: `timeout = int(timeout)`, and 300 when int() raises ValueError (NaN).
    if (m_config.timeout) {
        const double t = *m_config.timeout;
        m_defaultTimeout = std::isnan(t) ? 300.0 : std::trunc(t);
    }
    m_versionText = std::to_string(m_config.version);
    m_defaultKeyStart = m_config.keyPrefix + ':' + m_versionText + ':';
}

void CacheEngine::sleep(double seconds)
{
    m_now += seconds;
}

Value CacheEngine::resolveVersion(const Value &version) const
{
    return version.isNone() ? Value::integer(m_config.version) : version;
}

bool CacheEngine::isDefaultVersion(const Value &version) const
{
    // Same made key as with the configured VERSION: version '1' or 1 both give ':1:k'.
    if (version.isInt())
        return version.asInt() == m_config.version;
    return str(version) == m_versionText;
}

const std::string &CacheEngine::makeValidatedKey(const Value &key, const Value &version)
{
    if (version.isInt() && version.asInt() == m_config.version) {
        m_keyBuffer.assign(m_defaultKeyStart); // the common case: no need to format the version again
        appendStr(m_keyBuffer, key);
    } else {
        m_keyBuffer.clear();
        appendMadeKey(m_keyBuffer, m_config.keyPrefix, version, key);
    }
    m_keyHash = hashKey(m_keyBuffer);

    // validate_key / memcache_key_warnings. In UTF-8 every byte below 0x80 is
    // a whole character, so testing bytes tests code points.
    std::int64_t codePoints = 0;
    bool badCharacter = false;
    for (const unsigned char c : m_keyBuffer) {
        codePoints += (c & 0xC0) != 0x80;
        badCharacter |= c < 33 || c == 127;
    }
    if (codePoints > kMemcacheMaxKeyLength) {
        m_effects.warnings.push_back("CacheKeyWarning: Cache key will cause errors if used with memcached: "
                                     + strRepr(m_keyBuffer) + " (longer than 250)");
    }
    if (badCharacter) {
        m_effects.warnings.push_back(
            "CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: "
            + strRepr(m_keyBuffer));
    }
    return m_keyBuffer;
}

std::optional<double> CacheEngine::backendTimeout(const Timeout &timeout) const
{
    if (!timeout) {
        if (!m_defaultTimeout)
            return std::nullopt;
        return m_now + *m_defaultTimeout;
    }
    const Value &t = *timeout;
    if (equals(t, Value::integer(0)))
        return m_now + -1.0; // ticket 21147: 0 means "already expired"
    if (t.isNone())
        return std::nullopt;
    if (t.isNumber())
        return m_now + t.toDouble();
    // time.time() + timeout: Python's own TypeError for anything else.
    return binaryOp(ast::BinaryOperator::Add, Value::floating(m_now), t).toDouble();
}

CacheEngine::Node *CacheEngine::findLive()
{
    Node *node = m_store->find(m_keyBuffer, m_keyHash);
    if (node && !node->entry.isExpiredAt(m_now)) {
        ++m_effects.hits;
        return node;
    }
    // _has_expired() is true for absent keys too; only a stored one is deleted.
    if (node) {
        deleteNode(node);
        ++m_effects.expiredRemoved;
    }
    ++m_effects.misses;
    return nullptr;
}

bool CacheEngine::deleteNode(Node *node)
{
    const bool hadExpireInfo = node->hasExpireInfo;
    if (m_history)
        m_history->recordRemoveId(node->historyId);
    m_store->remove(node);
    return hadExpireInfo;
}

void CacheEngine::cull()
{
    Store &store = *m_store;
    if (m_config.cullFrequency == 0) {
        m_effects.culled += static_cast<int>(store.count);
        store.clear();
        if (m_history)
            m_history->recordClear();
        return;
    }
    // `len // CULL_FREQUENCY` with a negative frequency is <= 0: range() is empty.
    if (m_config.cullFrequency < 0)
        return;
    const std::int64_t count = static_cast<std::int64_t>(store.count) / m_config.cullFrequency;
    for (std::int64_t i = 0; i < count; ++i) {
        Node *victim = store.lru;
        ++m_effects.culled;
        if (!victim->hasExpireInfo) {
            // `key, _ = popitem()` succeeded, then `del self._expire_info[key]` raises.
            Value madeKey = Value::str(victim->entry.madeKey);
            deleteNode(victim);
            raiseKeyError(madeKey);
        }
        deleteNode(victim);
    }
}

void CacheEngine::storeValue(const Value &key, const Value &version, Value value, const Timeout &timeout)
{
    // _set() computes the expiry last, after storing and moving to front. The
    // computation only reads the clock, so doing it first and raising its
    // error at the end leaves the store exactly as Django leaves it, and the
    // history gets one Put instead of a Put and a correction.
    std::optional<double> expiry;
    std::optional<PyException> timeoutError;
    try {
        expiry = backendTimeout(timeout);
    } catch (const PyException &e) {
        timeoutError = e;
    }

    Store &store = *m_store;
    if (static_cast<std::int64_t>(store.count) >= m_config.maxEntries)
        cull(); // a KeyError from here pre-empts the timeout's error, as in Django

    Node *node = store.find(m_keyBuffer, m_keyHash);
    const bool isNew = node == nullptr;
    if (isNew) {
        node = store.insert(m_keyBuffer, m_keyHash);
        if (m_history)
            node->historyId = m_history->internKey(node->entry.madeKey);
    } else
        store.moveToFront(node);

    CacheEntry &entry = node->entry;
    entry.userKey = frozenKey(key);
    entry.isDefaultVersion = isDefaultVersion(version);
    entry.version = frozenKey(version);
    entry.value = std::move(value);
    if (!timeoutError) {
        entry.expiry = expiry;
        entry.expirySetAt = m_now;
        node->hasExpireInfo = true;
    } else if (isNew) {
        node->hasExpireInfo = false;
        entry.expiry = -1.0; // what _has_expired reads: _expire_info.get(key, -1)
        entry.expirySetAt = m_now; // not from the recycled node's last entry
    } // else an overwritten entry keeps its old expiry, and when it was set

    if (m_history)
        m_history->recordPutId(node->historyId, entry);
    if (timeoutError)
        throw *timeoutError;
}

std::optional<Value> CacheEngine::lookup(const Value &key, const Value &version)
{
    makeValidatedKey(key, resolveVersion(version));
    Node *node = findLive();
    if (!node)
        return std::nullopt;
    m_store->moveToFront(node);
    if (m_history)
        m_history->recordMoveToFrontId(node->historyId);
    return deepCopy(node->entry.value); // pickle.loads: the script never shares the stored object
}

Value CacheEngine::get(const Value &key, const Value &defaultValue, const Value &version)
{
    if (std::optional<Value> value = lookup(key, version))
        return std::move(*value);
    return defaultValue; // the caller's object itself, not a copy
}

Value CacheEngine::set(const Value &key, const Value &value, const Timeout &timeout, const Value &version)
{
    const Value resolved = resolveVersion(version);
    makeValidatedKey(key, resolved);
    Value pickled = deepCopy(value); // raises before the store is touched
    storeValue(key, resolved, std::move(pickled), timeout);
    return Value::none();
}

Value CacheEngine::add(const Value &key, const Value &value, const Timeout &timeout, const Value &version)
{
    const Value resolved = resolveVersion(version);
    makeValidatedKey(key, resolved);
    Value pickled = deepCopy(value); // pickled first: raises even when the key exists
    // _has_expired() without _delete(): an expired entry is overwritten in place.
    const Node *node = m_store->find(m_keyBuffer, m_keyHash);
    if (node && !node->entry.isExpiredAt(m_now))
        return Value::boolean(false);
    storeValue(key, resolved, std::move(pickled), timeout);
    return Value::boolean(true);
}

Value CacheEngine::getOrSet(const Value &key, const Value &defaultValue, const Timeout &timeout,
                            const Value &version)
{
    if (std::optional<Value> value = lookup(key, version))
        return std::move(*value);
    Value computed = defaultValue;
    if (isCallable(computed)) {
        if (!m_call)
            raise(ExceptionKind::RuntimeError, "get_or_set: no way to call the default");
        computed = m_call(computed); // may run script code that uses the cache itself
    }
    add(key, computed, timeout, version);
    // base.py fetches again rather than returning `computed`.
    return get(key, computed, version);
}

Value CacheEngine::getMany(const Value &keys, const Value &version)
{
    Value result = makeDict();
    ValueTable &table = result.dict().m_table;
    iterate(keys, [&](const Value &key) {
        if (std::optional<Value> value = lookup(key, version))
            table.insert(key, std::move(*value)); // `d[k] = val`: an unhashable key raises after its get
        return true;
    });
    return result;
}

Value CacheEngine::setMany(const Value &data, const Timeout &timeout, const Value &version)
{
    if (data.kind() != Kind::Dict)
        raise(ExceptionKind::AttributeError, "'" + typeName(data) + "' object has no attribute 'items'");
    data.dict().m_table.forEach([&](const Value &key, const Value &value) { set(key, value, timeout, version); });
    return Value::list({});
}

Value CacheEngine::deleteKey(const Value &key, const Value &version)
{
    makeValidatedKey(key, resolveVersion(version));
    Node *node = m_store->find(m_keyBuffer, m_keyHash);
    if (!node)
        return Value::boolean(false);
    return Value::boolean(deleteNode(node)); // expired entries count: they are physically there
}

Value CacheEngine::deleteMany(const Value &keys, const Value &version)
{
    iterate(keys, [&](const Value &key) {
        deleteKey(key, version);
        return true;
    });
    return Value::none();
}

Value CacheEngine::hasKey(const Value &key, const Value &version)
{
    makeValidatedKey(key, resolveVersion(version));
    return Value::boolean(findLive() != nullptr); // no move to front
}

Value CacheEngine::contains(const Value &key)
{
    return hasKey(key);
}

Value CacheEngine::incr(const Value &key, const Value &delta, const Value &version)
{
    const Value resolved = resolveVersion(version);
    makeValidatedKey(key, resolved);
    Node *node = findLive();
    if (!node)
        raise(ExceptionKind::ValueError, "Key '" + m_keyBuffer + "' not found"); // the made key
    Value value = deepCopy(node->entry.value);
    Value newValue = binaryOp(ast::BinaryOperator::Add, value, delta); // a TypeError leaves the entry as it was
    Value pickled = deepCopy(newValue);
    CacheEntry &entry = node->entry;
    entry.value = std::move(pickled);
    entry.userKey = frozenKey(key);
    entry.isDefaultVersion = isDefaultVersion(resolved);
    entry.version = frozenKey(resolved);
    m_store->moveToFront(node); // the expiry (and expirySetAt) is left alone, and there is no culling
    if (m_history)
        m_history->recordPutId(node->historyId, entry);
    return newValue; // Django returns new_value itself, not the stored copy
}

Value CacheEngine::decr(const Value &key, const Value &delta, const Value &version)
{
    const Value negated = unaryOp(ast::UnaryOperator::Neg, delta); // before anything else
    return incr(key, negated, version);
}

Value CacheEngine::touch(const Value &key, const Timeout &timeout, const Value &version)
{
    makeValidatedKey(key, resolveVersion(version));
    Node *node = m_store->find(m_keyBuffer, m_keyHash);
    if (!node || node->entry.isExpiredAt(m_now))
        return Value::boolean(false); // an expired entry stays where it is
    const std::optional<double> expiry = backendTimeout(timeout);
    node->entry.expiry = expiry;
    node->entry.expirySetAt = m_now;
    if (m_history)
        m_history->recordExpiryId(node->historyId, expiry, m_now);
    return Value::boolean(true);
}

Value CacheEngine::clear()
{
    m_store->clear();
    if (m_history)
        m_history->recordClear();
    return Value::none();
}

Value CacheEngine::incrVersion(const Value &key, const Value &delta, const Value &version)
{
    const Value resolved = resolveVersion(version);
    std::optional<Value> value = lookup(key, resolved);
    if (!value)
        raise(ExceptionKind::ValueError, keyNotFoundMessage(key)); // the user's key, unlike incr
    set(key, *value, std::nullopt, binaryOp(ast::BinaryOperator::Add, resolved, delta)); // default timeout
    deleteKey(key, resolved);
    return binaryOp(ast::BinaryOperator::Add, resolved, delta);
}

Value CacheEngine::decrVersion(const Value &key, const Value &delta, const Value &version)
{
    const Value negated = unaryOp(ast::UnaryOperator::Neg, delta);
    return incrVersion(key, negated, version);
}

Value CacheEngine::close()
{
    return Value::none();
}

Value CacheEngine::makeKey(const Value &key, const Value &version) const
{
    std::string made;
    appendMadeKey(made, m_config.keyPrefix, resolveVersion(version), key);
    return Value::str(std::move(made));
}

void CacheEngine::restoreEffects(CallEffects earlier)
{
    earlier.warnings.insert(earlier.warnings.end(), m_effects.warnings.begin(), m_effects.warnings.end());
    earlier.hits += m_effects.hits;
    earlier.misses += m_effects.misses;
    earlier.expiredRemoved += m_effects.expiredRemoved;
    earlier.culled += m_effects.culled;
    m_effects = std::move(earlier);
}

CallEffects CacheEngine::takeEffects()
{
    return std::exchange(m_effects, CallEffects{});
}

std::vector<CacheEntry> CacheEngine::entries() const
{
    std::vector<CacheEntry> result;
    result.reserve(m_store->count);
    for (const Node *node = m_store->lru; node; node = node->newer)
        result.push_back(node->entry);
    return result;
}

std::size_t CacheEngine::size() const
{
    return m_store->count;
}

} // namespace cachetutor
