#include "cachehistory.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#include <string_view>
#include <unordered_set>
#include <vector>

// Layout. Changes are appended to a byte stream split into fixed chunks (no
// reallocation, no doubling slack). Each change starts with one header byte,
// low three bits the operation, then:
//   Put          variant:u32, value payload (0, 1, 4 or 8 bytes by kind), times unless "never"
//   PutSameExpiry  as Put, without times: the entry keeps the expiry it had (incr, decr)
//   MoveToFront  id:u32
//   Expiry       id:u32, times unless "never"
//   Remove       id:u32
//   Clear        -
// where times = expiry:f64, expirySetAt:f64 (the virtual time the expiry was
// set at, so a view can tell how much of the lifetime is left). An entry that
// never expires has neither: the header's "never" flag says so.
// A "variant" is one (made key, user key, version) combination, stored once:
// a script re-setting the same key under the same user key object reuses it,
// so a Put of an int costs 29 bytes (13 when it never expires or keeps its
// expiry, as incr's does). Heap values
// (str, list, ...) are kept in a side table and named by index.
//
// The recorder keeps a mirror of the store (by key id, with LRU links) so it
// can write a full checkpoint whenever max(256, 2 x entries) changes have
// passed since the last one: a checkpoint of n entries (32 bytes each) is then
// paid for by at least 2n changes (at most 16 bytes each), and a rebuild
// replays at most that many changes after loading the checkpoint before it.

namespace cachetutor {

// Short payloads (a bool, a heap index) are written as the low bytes of a u64.
static_assert(std::endian::native == std::endian::little);

namespace {

enum class Op : std::uint8_t { Put, MoveToFront, Expiry, Remove, Clear, PutSameExpiry };

constexpr std::uint8_t kOpMask = 0x07;
constexpr std::uint8_t kNeverFlag = 0x08; // expiry is None
constexpr int kKindShift = 4;             // the value's Kind, in the Put header's high nibble
constexpr std::size_t kChunkSize = std::size_t{64} * 1024;
constexpr std::uint32_t kMinCheckpointInterval = 256;
constexpr std::uint32_t kNone = 0xFFFFFFFFu;

std::size_t payloadSize(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::Bool:
        return 1;
    case Kind::Int:
    case Kind::Float:
        return 8;
    default:
        return 4; // index into the heap value table
    }
}

std::size_t hashKey(std::string_view key)
{
    return std::hash<std::string_view>{}(key);
}

std::size_t stringBytes(const std::string &s)
{
    // Beyond the std::string itself: the heap buffer when the text does not fit inline.
    return s.capacity() > 15 ? s.capacity() + 1 : 0;
}

// Rough bytes owned by a heap object, not counting the Value pointing at it.
// Counts each object once and walks without recursion: a stored value may
// hold itself (`a[0] = a`), share parts, or nest 100,000 levels deep.
std::size_t objectBytes(const Value &root)
{
    if (root.isStr())
        return sizeof(StrObject) + stringBytes(root.text()); // the common case, without the walk
    std::size_t bytes = 0;
    std::unordered_set<const Object *> seen;
    std::vector<const Value *> pending{&root};
    while (!pending.empty()) {
        const Value &value = *pending.back();
        pending.pop_back();
        if (!value.isHeap() || !seen.insert(value.heap()).second)
            continue;
        switch (value.kind()) {
        case Kind::Str:
            bytes += sizeof(StrObject) + stringBytes(value.text());
            break;
        case Kind::Tuple:
        case Kind::List:
            bytes += sizeof(SequenceObject) + value.sequence().m_items.size() * sizeof(Value);
            for (const Value &item : value.sequence().m_items)
                pending.push_back(&item);
            break;
        case Kind::Dict:
        case Kind::Set: {
            const ValueTable &table = value.kind() == Kind::Dict ? value.dict().m_table : value.set().m_table;
            bytes += (value.kind() == Kind::Dict ? sizeof(DictObject) : sizeof(SetObject))
                     + table.entries().size() * (sizeof(ValueTable::Entry) + 4);
            for (const ValueTable::Entry &e : table.entries()) {
                pending.push_back(&e.key);
                if (value.kind() == Kind::Dict)
                    pending.push_back(&e.value);
            }
            break;
        }
        default:
            bytes += 64;
        }
    }
    return bytes;
}

// Whether two user keys (or versions) show the same: same kind and the same
// immediate, the same text, or the very same object.
bool sameKeyObject(const Value &a, const Value &b)
{
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case Kind::None:
        return true;
    case Kind::Bool:
        return a.asBool() == b.asBool();
    case Kind::Int:
        return a.asInt() == b.asInt();
    case Kind::Float:
        return std::bit_cast<std::uint64_t>(a.asFloat()) == std::bit_cast<std::uint64_t>(b.asFloat());
    case Kind::Str:
        return a.isSameObject(b) || a.text() == b.text();
    default:
        return a.isSameObject(b);
    }
}

// An expiry and the virtual time it was set at, as the log writes them.
struct ExpiryTimes {
    double expiry = 0.0;
    double setAt = 0.0;
};
static_assert(sizeof(ExpiryTimes) == 16);

// One stored entry without its names: what checkpoints and the mirror hold.
struct CompactEntry {
    ExpiryTimes times; // unused when `never`
    std::uint64_t payload = 0; // immediate bits, or heap table index
    std::uint32_t variant = 0;
    Kind kind = Kind::None;
    bool never = false; // expiry is None
};
static_assert(sizeof(CompactEntry) == 32); // the checkpoint cost the layout comment counts on

// An LRU list over key ids with entries in a dense array. The recorder's
// mirror indexes it by id directly; a rebuild maps ids to a small local range.
struct LruList {
    struct Node {
        CompactEntry entry;
        std::uint32_t newer = kNone;
        std::uint32_t older = kNone;
        bool live = false;
    };
    std::vector<Node> nodes;
    std::uint32_t mru = kNone;
    std::uint32_t lru = kNone;
    std::size_t liveCount = 0;

    void linkFront(std::uint32_t i)
    {
        Node &n = nodes[i];
        n.newer = kNone;
        n.older = mru;
        if (mru != kNone)
            nodes[mru].newer = i;
        mru = i;
        if (lru == kNone)
            lru = i;
    }
    void unlink(std::uint32_t i)
    {
        Node &n = nodes[i];
        (n.newer != kNone ? nodes[n.newer].older : mru) = n.older;
        (n.older != kNone ? nodes[n.older].newer : lru) = n.newer;
        n.newer = n.older = kNone;
    }
    void put(std::uint32_t i, const CompactEntry &entry)
    {
        Node &n = nodes[i];
        if (n.live) {
            unlink(i);
        } else {
            n.live = true;
            ++liveCount;
        }
        n.entry = entry;
        linkFront(i);
    }
    void moveToFront(std::uint32_t i)
    {
        if (!nodes[i].live || mru == i)
            return;
        unlink(i);
        linkFront(i);
    }
    void setExpiry(std::uint32_t i, bool never, const ExpiryTimes &times)
    {
        Node &n = nodes[i];
        n.entry.never = never;
        n.entry.times = times;
    }
    void remove(std::uint32_t i)
    {
        if (!nodes[i].live)
            return;
        unlink(i);
        nodes[i].live = false;
        --liveCount;
    }
    void clear()
    {
        for (std::uint32_t i = mru; i != kNone;) {
            const std::uint32_t older = nodes[i].older;
            nodes[i].live = false;
            nodes[i].newer = nodes[i].older = kNone;
            i = older;
        }
        mru = lru = kNone;
        liveCount = 0;
    }
};

struct Checkpoint {
    std::uint32_t position = 0;     // changes before it
    std::uint64_t offset = 0;       // where change `position` starts in the stream
    std::vector<CompactEntry> entries; // least recently used first
};

} // namespace

struct CacheHistory::Data {
    struct Variant {
        Value userKey;
        Value version;
        std::uint32_t id = 0;
        bool isDefaultVersion = true;
    };

    // Interned made keys: id -> text, plus an open-addressing index (id + 1, 0 = empty).
    std::vector<std::string> names;
    std::vector<std::uint32_t> nameIndex = std::vector<std::uint32_t>(64, 0);
    std::size_t nameBytes = 0;

    std::vector<Variant> variants;
    std::vector<std::uint32_t> lastVariant; // per id: the variant its latest Put used
    std::size_t variantBytes = 0;

    std::vector<Value> heapValues;
    std::size_t heapBytes = 0;

    std::vector<std::unique_ptr<std::uint8_t[]>> chunks;
    std::vector<std::uint32_t> chunkUsed;

    std::uint32_t count = 0;
    std::uint32_t sinceCheckpoint = 0;
    std::vector<Checkpoint> checkpoints;
    std::size_t checkpointBytes = 0;

    LruList mirror; // the store now, indexed by id

    std::uint32_t findName(std::string_view key, std::size_t hash) const
    {
        const std::size_t mask = nameIndex.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const std::uint32_t slot = nameIndex[i];
            if (slot == 0)
                return kNone;
            if (names[slot - 1] == key)
                return slot - 1;
        }
    }

    void placeName(std::uint32_t id, std::size_t hash)
    {
        const std::size_t mask = nameIndex.size() - 1;
        std::size_t i = hash & mask;
        while (nameIndex[i] != 0)
            i = (i + 1) & mask;
        nameIndex[i] = id + 1;
    }

    std::uint32_t intern(const std::string &key)
    {
        const std::size_t hash = hashKey(key);
        const std::uint32_t found = findName(key, hash);
        if (found != kNone)
            return found;
        const auto id = static_cast<std::uint32_t>(names.size());
        names.push_back(key);
        nameBytes += stringBytes(names.back());
        lastVariant.push_back(kNone);
        mirror.nodes.emplace_back();
        if ((names.size() * 2) > nameIndex.size()) {
            nameIndex.assign(nameIndex.size() * 2, 0);
            for (std::uint32_t i = 0; i < names.size(); ++i)
                placeName(i, hashKey(names[i]));
        } else {
            placeName(id, hash);
        }
        return id;
    }

    std::uint32_t variantFor(std::uint32_t id, const CacheEntry &entry)
    {
        const std::uint32_t last = lastVariant[id];
        if (last != kNone) {
            const Variant &v = variants[last];
            if (v.isDefaultVersion == entry.isDefaultVersion && sameKeyObject(v.userKey, entry.userKey)
                && sameKeyObject(v.version, entry.version))
                return last;
        }
        const auto index = static_cast<std::uint32_t>(variants.size());
        variants.push_back({entry.userKey, entry.version, id, entry.isDefaultVersion});
        variantBytes += (entry.userKey.isHeap() ? objectBytes(entry.userKey) : 0)
                        + (entry.version.isHeap() ? objectBytes(entry.version) : 0);
        lastVariant[id] = index;
        return index;
    }

    std::uint64_t encodeValue(std::uint32_t id, const Value &value)
    {
        switch (value.kind()) {
        case Kind::None:
            return 0;
        case Kind::Bool:
            return value.asBool() ? 1 : 0;
        case Kind::Int:
            return static_cast<std::uint64_t>(value.asInt());
        case Kind::Float:
            return std::bit_cast<std::uint64_t>(value.asFloat());
        default:
            break;
        }
        // Putting the object the entry already holds (a str re-set in a loop) adds nothing.
        const LruList::Node &current = mirror.nodes[id];
        if (current.live && current.entry.kind == value.kind()
            && heapValues[current.entry.payload].isSameObject(value))
            return current.entry.payload;
        heapValues.push_back(value);
        heapBytes += objectBytes(value);
        return heapValues.size() - 1;
    }

    Value decodeValue(Kind kind, std::uint64_t payload) const
    {
        switch (kind) {
        case Kind::None:
            return Value::none();
        case Kind::Bool:
            return Value::boolean(payload != 0);
        case Kind::Int:
            return Value::integer(static_cast<std::int64_t>(payload));
        case Kind::Float:
            return Value::floating(std::bit_cast<double>(payload));
        default:
            return heapValues[payload];
        }
    }

    std::uint64_t endOffset() const
    {
        return chunks.empty() ? 0 : (chunks.size() - 1) * kChunkSize + chunkUsed.back();
    }

    // Room for one change; returns where to write it.
    std::uint8_t *reserve(std::size_t bytes)
    {
        if (chunks.empty() || chunkUsed.back() + bytes > kChunkSize) {
            chunks.push_back(std::make_unique_for_overwrite<std::uint8_t[]>(kChunkSize));
            chunkUsed.push_back(0);
        }
        std::uint8_t *out = chunks.back().get() + chunkUsed.back();
        chunkUsed.back() += static_cast<std::uint32_t>(bytes);
        return out;
    }

    void append(std::uint8_t header, std::uint32_t idOrVariant, const void *payload, std::size_t payloadBytes,
                const ExpiryTimes *times)
    {
        const bool hasId = static_cast<Op>(header & kOpMask) != Op::Clear;
        const std::size_t size = 1 + (hasId ? 4 : 0) + payloadBytes + (times ? sizeof(ExpiryTimes) : 0);
        std::uint8_t *out = reserve(size);
        *out++ = header;
        if (hasId) {
            std::memcpy(out, &idOrVariant, 4);
            out += 4;
        }
        if (payloadBytes) {
            std::memcpy(out, payload, payloadBytes);
            out += payloadBytes;
        }
        if (times)
            std::memcpy(out, times, sizeof(ExpiryTimes));
        changeRecorded();
    }

    void changeRecorded()
    {
        ++count;
        ++sinceCheckpoint;
        const std::size_t interval = std::max<std::size_t>(kMinCheckpointInterval, 2 * mirror.liveCount);
        if (sinceCheckpoint >= interval)
            writeCheckpoint();
    }

    void writeCheckpoint()
    {
        Checkpoint checkpoint;
        checkpoint.position = count;
        checkpoint.offset = endOffset();
        checkpoint.entries.reserve(mirror.liveCount);
        for (std::uint32_t i = mirror.lru; i != kNone; i = mirror.nodes[i].newer)
            checkpoint.entries.push_back(mirror.nodes[i].entry);
        checkpointBytes += checkpoint.entries.capacity() * sizeof(CompactEntry);
        checkpoints.push_back(std::move(checkpoint));
        sinceCheckpoint = 0;
    }
};

CacheHistory::CacheHistory() : m_data(std::make_unique<Data>()) {}

CacheHistory::~CacheHistory() = default;

std::uint32_t CacheHistory::position() const
{
    return m_data->count;
}

std::uint32_t CacheHistory::internKey(const std::string &madeKey)
{
    return m_data->intern(madeKey);
}

void CacheHistory::recordPut(const CacheEntry &entry)
{
    recordPutId(internKey(entry.madeKey), entry);
}

void CacheHistory::recordMoveToFront(const std::string &madeKey)
{
    recordMoveToFrontId(internKey(madeKey));
}

void CacheHistory::recordExpiry(const std::string &madeKey, std::optional<double> expiry, double expirySetAt)
{
    recordExpiryId(internKey(madeKey), expiry, expirySetAt);
}

void CacheHistory::recordRemove(const std::string &madeKey)
{
    recordRemoveId(internKey(madeKey));
}

void CacheHistory::recordPutId(std::uint32_t id, const CacheEntry &entry)
{
    Data &d = *m_data;
    CompactEntry compact;
    compact.variant = d.variantFor(id, entry);
    compact.kind = entry.value.kind();
    compact.payload = d.encodeValue(id, entry.value);
    compact.never = !entry.expiry;
    if (entry.expiry)
        compact.times = {*entry.expiry, entry.expirySetAt};

    // An overwrite that leaves the expiry as it was (incr, decr) need not repeat it.
    const LruList::Node &current = d.mirror.nodes[id];
    // Bitwise on purpose: only identical bits may be left out of the log (0.0 == -0.0, but
    // replaying the old bits must give back exactly what the new ones would).
    const bool sameExpiry = !compact.never && current.live && !current.entry.never
                            // NOLINTNEXTLINE(bugprone-suspicious-memory-comparison): two doubles, no padding (static_assert above)
                            && std::memcmp(&current.entry.times, &compact.times, sizeof(ExpiryTimes)) == 0;
    const Op op = sameExpiry ? Op::PutSameExpiry : Op::Put;
    const auto header = static_cast<std::uint8_t>(static_cast<std::uint8_t>(op)
                                                  | (compact.never ? kNeverFlag : 0)
                                                  | (static_cast<std::uint8_t>(compact.kind) << kKindShift));
    d.mirror.put(id, compact);
    // Little-endian: the low bytes of the payload are its short forms (bool, heap index).
    d.append(header, compact.variant, &compact.payload, payloadSize(compact.kind),
             compact.never || sameExpiry ? nullptr : &compact.times);
}

void CacheHistory::recordMoveToFrontId(std::uint32_t id)
{
    Data &d = *m_data;
    d.mirror.moveToFront(id);
    d.append(static_cast<std::uint8_t>(Op::MoveToFront), id, nullptr, 0, nullptr);
}

void CacheHistory::recordExpiryId(std::uint32_t id, std::optional<double> expiry, double expirySetAt)
{
    Data &d = *m_data;
    const ExpiryTimes times = expiry ? ExpiryTimes{*expiry, expirySetAt} : ExpiryTimes{};
    d.mirror.setExpiry(id, !expiry, times);
    const auto header = static_cast<std::uint8_t>(static_cast<std::uint8_t>(Op::Expiry) | (expiry ? 0 : kNeverFlag));
    d.append(header, id, nullptr, 0, expiry ? &times : nullptr);
}

void CacheHistory::recordRemoveId(std::uint32_t id)
{
    Data &d = *m_data;
    d.mirror.remove(id);
    d.append(static_cast<std::uint8_t>(Op::Remove), id, nullptr, 0, nullptr);
}

void CacheHistory::recordClear()
{
    Data &d = *m_data;
    d.mirror.clear();
    d.append(static_cast<std::uint8_t>(Op::Clear), 0, nullptr, 0, nullptr);
}

std::vector<CacheEntry> CacheHistory::entriesAt(std::uint32_t position) const
{
    const Data &d = *m_data;
    position = std::min(position, d.count);

    // The latest checkpoint at or before `position`; none means the empty start.
    const auto after = std::upper_bound(d.checkpoints.begin(), d.checkpoints.end(), position,
                                        [](std::uint32_t p, const Checkpoint &c) { return p < c.position; });
    const Checkpoint *checkpoint = after == d.checkpoints.begin() ? nullptr : &*std::prev(after);
    const std::uint32_t start = checkpoint ? checkpoint->position : 0;
    const std::size_t loaded = checkpoint ? checkpoint->entries.size() : 0;

    // A local LRU list over the ids this rebuild touches, found through a
    // small hash table so the cost does not depend on how many keys exist.
    LruList list;
    const std::size_t maxNodes = loaded + (position - start) + 1;
    list.nodes.reserve(maxNodes);
    std::vector<std::uint32_t> local(std::bit_ceil(maxNodes * 2), kNone); // slot -> node index
    std::vector<std::uint32_t> nodeIds;
    nodeIds.reserve(maxNodes);
    const std::size_t mask = local.size() - 1;
    auto nodeFor = [&](std::uint32_t id) {
        std::size_t i = ((id * std::uint64_t{0x9E3779B97F4A7C15ull}) >> 32) & mask; // Fibonacci hashing
        for (;; i = (i + 1) & mask) {
            if (local[i] == kNone) {
                local[i] = static_cast<std::uint32_t>(list.nodes.size());
                list.nodes.emplace_back();
                nodeIds.push_back(id);
                return local[i];
            }
            if (nodeIds[local[i]] == id)
                return local[i];
        }
    };

    if (checkpoint) {
        for (const CompactEntry &entry : checkpoint->entries)
            list.put(nodeFor(d.variants[entry.variant].id), entry);
    }

    std::uint64_t offset = checkpoint ? checkpoint->offset : 0;
    std::size_t chunk = offset / kChunkSize;
    std::size_t at = offset % kChunkSize;
    for (std::uint32_t p = start; p < position; ++p) {
        if (at >= d.chunkUsed[chunk]) {
            ++chunk;
            at = 0;
        }
        const std::uint8_t *in = d.chunks[chunk].get() + at;
        const std::uint8_t *const begin = in;
        const std::uint8_t header = *in++;
        const auto op = static_cast<Op>(header & kOpMask);
        std::uint32_t idOrVariant = 0;
        if (op != Op::Clear) {
            std::memcpy(&idOrVariant, in, 4);
            in += 4;
        }
        switch (op) {
        case Op::Put:
        case Op::PutSameExpiry: {
            CompactEntry entry;
            entry.variant = idOrVariant;
            entry.kind = static_cast<Kind>(header >> kKindShift);
            const std::size_t bytes = payloadSize(entry.kind);
            std::memcpy(&entry.payload, in, bytes);
            in += bytes;
            const std::uint32_t node = nodeFor(d.variants[idOrVariant].id);
            if (op == Op::PutSameExpiry) {
                entry.times = list.nodes[node].entry.times; // live here, as it was when recorded
            } else {
                entry.never = header & kNeverFlag;
                if (!entry.never) {
                    std::memcpy(&entry.times, in, sizeof(ExpiryTimes));
                    in += sizeof(ExpiryTimes);
                }
            }
            list.put(node, entry);
            break;
        }
        case Op::MoveToFront:
            list.moveToFront(nodeFor(idOrVariant));
            break;
        case Op::Expiry: {
            const bool never = header & kNeverFlag;
            ExpiryTimes times;
            if (!never) {
                std::memcpy(&times, in, sizeof(ExpiryTimes));
                in += sizeof(ExpiryTimes);
            }
            list.setExpiry(nodeFor(idOrVariant), never, times);
            break;
        }
        case Op::Remove:
            list.remove(nodeFor(idOrVariant));
            break;
        case Op::Clear:
            list.clear();
            break;
        }
        at += static_cast<std::size_t>(in - begin);
    }

    std::vector<CacheEntry> result;
    result.reserve(list.liveCount);
    for (std::uint32_t i = list.lru; i != kNone; i = list.nodes[i].newer) {
        const CompactEntry &compact = list.nodes[i].entry;
        const Data::Variant &variant = d.variants[compact.variant];
        CacheEntry entry;
        entry.madeKey = d.names[variant.id];
        entry.userKey = variant.userKey;
        entry.version = variant.version;
        entry.isDefaultVersion = variant.isDefaultVersion;
        entry.value = d.decodeValue(compact.kind, compact.payload);
        if (!compact.never) {
            entry.expiry = compact.times.expiry;
            entry.expirySetAt = compact.times.setAt;
        }
        result.push_back(std::move(entry));
    }
    return result;
}

std::size_t CacheHistory::memoryUsage() const
{
    const Data &d = *m_data;
    std::size_t bytes = sizeof(CacheHistory) + sizeof(Data);
    bytes += d.chunks.capacity() * sizeof(d.chunks[0]) + d.chunks.size() * kChunkSize;
    bytes += d.chunkUsed.capacity() * sizeof(std::uint32_t);
    bytes += d.names.capacity() * sizeof(std::string) + d.nameBytes;
    bytes += d.nameIndex.capacity() * sizeof(std::uint32_t);
    bytes += d.variants.capacity() * sizeof(Data::Variant) + d.variantBytes;
    bytes += d.lastVariant.capacity() * sizeof(std::uint32_t);
    bytes += d.heapValues.capacity() * sizeof(Value) + d.heapBytes;
    bytes += d.checkpoints.capacity() * sizeof(Checkpoint) + d.checkpointBytes;
    bytes += d.mirror.nodes.capacity() * sizeof(LruList::Node);
    return bytes;
}

} // namespace cachetutor
