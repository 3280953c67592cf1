#pragma once

// Value: one Python object as the CacheTutor interpreter sees it.
//
// A Value is 16 bytes: a kind tag plus either an immediate (None, bool, int,
// float) or a counted reference to a heap Object (str, tuple, list, dict, set,
// range, functions, exceptions, ...). Copying a Value shares the object, as
// Python names share objects; deepCopy() gives the pickle-like snapshot the
// cache and the trace keep.
//
// Reference counts are not atomic: a Value graph belongs to one thread at a
// time (the tracer builds a trace, then hands it over whole).

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cachetutor {

enum class Kind : std::uint8_t {
    None,
    Bool,
    Int,
    Float,
    Str,
    Tuple,
    List,
    Dict,
    Set,
    Range,
    Function,      // a user `def` or `lambda` (FunctionObject, interpreter.h)
    Builtin,       // len, print, ... and methods of `cache` / `time` (BuiltinObject)
    Module,        // the `time` module and the `cache` proxy (ModuleObject)
    ExceptionType, // ValueError, ... (ExceptionTypeObject)
    Exception,     // an exception instance (ExceptionObject)
};

class Object;
class Value;

// Intrusive, non-atomic counted pointer used for every heap object.
template <class T>
class Ref
{
public:
    Ref() = default;
    Ref(T *object) : m_object(object) { retain(); } // NOLINT: implicit on purpose, like a raw pointer
    Ref(const Ref &other) : m_object(other.m_object) { retain(); }
    Ref(Ref &&other) noexcept : m_object(std::exchange(other.m_object, nullptr)) {}
    template <class U>
    Ref(const Ref<U> &other) : m_object(other.get()) { retain(); } // NOLINT: upcast
    ~Ref() { release(); }
    Ref &operator=(Ref other) noexcept
    {
        std::swap(m_object, other.m_object);
        return *this;
    }
    T *get() const { return m_object; }
    T *operator->() const { return m_object; }
    T &operator*() const { return *m_object; }
    explicit operator bool() const { return m_object != nullptr; }

private:
    void retain();
    void release();
    T *m_object = nullptr;
};

// What Object::forEachReference() calls for each Value an object holds.
class ReferenceVisitor
{
public:
    virtual void visit(const Value &value) = 0;

protected:
    ~ReferenceVisitor() = default;
};

class Object
{
public:
    explicit Object(Kind kind) : m_kind(kind) { ++s_liveOnThisThread; }
    Object(const Object &) = delete;
    Object &operator=(const Object &) = delete;
    virtual ~Object() { --s_liveOnThisThread; }
    Kind kind() const { return m_kind; }

    // The Values this object holds that can lead back to it (items, keys,
    // arguments, default values), for the cycle collector (cyclecollector.h).
    // Scalars and objects that hold nothing have none.
    virtual void forEachReference(ReferenceVisitor &visitor) const { (void)visitor; }
    // Moves every Value forEachReference() visits into `sink`, leaving this
    // object empty: how the collector breaks a cycle nobody can reach.
    virtual void clearReferences(std::vector<Value> &sink) { (void)sink; }

    // Objects made minus objects deleted on the calling thread: a test hook
    // that shows whether a run freed everything it made.
    static std::int64_t liveObjectsOnThisThread() { return s_liveOnThisThread; }

    // Objects shared by every run in the process (the exception types, the
    // interpreter's unbound marker) are immortal: their count is never
    // touched, so traces made and read on different threads never race on it.
    static constexpr std::uint32_t ImmortalRefCount = 0x80000000u;
    void makeImmortal() { m_refCount = ImmortalRefCount; }
    bool isImmortal() const { return m_refCount >= ImmortalRefCount; }

    std::uint32_t m_refCount = 0;
    // One of the counts is a CycleCollector's registration (cyclecollector.h).
    bool m_tracked = false;

private:
    Kind m_kind;
    // Not atomic: counting costs next to nothing, and a test reads it on the one thread it runs on.
    static inline thread_local std::int64_t s_liveOnThisThread = 0;
};

// Deletes an object whose count reached zero. Nested objects freed by its
// destructor are queued and deleted one after another, not recursively, so a
// list nested a million levels deep cannot overflow the stack.
void destroyObject(Object *object);

template <class T>
void Ref<T>::retain()
{
    if (m_object && !static_cast<Object *>(m_object)->isImmortal())
        ++static_cast<Object *>(m_object)->m_refCount;
}

template <class T>
void Ref<T>::release()
{
    if (m_object && !static_cast<Object *>(m_object)->isImmortal() && --static_cast<Object *>(m_object)->m_refCount == 0)
        destroyObject(static_cast<Object *>(m_object));
}

class StrObject;
class SequenceObject;
class DictObject;
class SetObject;
class RangeObject;
class ExceptionObject;
class ExceptionTypeObject;

class Value
{
public:
    Value() = default; // None
    Value(const Value &other) : m_kind(other.m_kind), m_bits(other.m_bits) { retain(); }
    Value(Value &&other) noexcept : m_kind(other.m_kind), m_bits(other.m_bits) { other.m_kind = Kind::None; }
    Value &operator=(Value other) noexcept
    {
        std::swap(m_kind, other.m_kind);
        std::swap(m_bits, other.m_bits);
        return *this;
    }
    ~Value() { release(); }

    static Value none() { return {}; }
    static Value boolean(bool b);
    static Value integer(std::int64_t i);
    static Value floating(double d);
    static Value str(std::string utf8); // REQUIRES: valid UTF-8
    static Value tuple(std::vector<Value> items);
    static Value list(std::vector<Value> items);
    static Value object(const Ref<Object> &object); // any heap object, kind taken from it

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isBool() const { return m_kind == Kind::Bool; }
    bool isInt() const { return m_kind == Kind::Int; }
    bool isFloat() const { return m_kind == Kind::Float; }
    bool isStr() const { return m_kind == Kind::Str; }
    bool isHeap() const { return m_kind >= Kind::Str; }
    // int or bool: Python's bool is a subclass of int.
    bool isIntLike() const { return m_kind == Kind::Int || m_kind == Kind::Bool; }
    bool isNumber() const { return isIntLike() || m_kind == Kind::Float; }

    bool asBool() const { return m_bits.b; }          // REQUIRES: isBool()
    std::int64_t asInt() const { return m_bits.i; }   // REQUIRES: isInt()
    std::int64_t asIntLike() const { return m_kind == Kind::Bool ? m_bits.b : m_bits.i; }
    double asFloat() const { return m_bits.d; }       // REQUIRES: isFloat()
    double toDouble() const;                          // REQUIRES: isNumber()

    Object *heap() const { return isHeap() ? m_bits.o : nullptr; }
    template <class T>
    T *as() const { return static_cast<T *>(m_bits.o); } // REQUIRES: the right kind

    const StrObject &strObject() const;   // REQUIRES: isStr()
    const std::string &text() const;      // UTF-8 of a str; REQUIRES: isStr()
    SequenceObject &sequence() const;     // REQUIRES: Tuple or List
    DictObject &dict() const;             // REQUIRES: Dict
    SetObject &set() const;               // REQUIRES: Set

    // Identity, as Python's `is`.
    bool isSameObject(const Value &other) const;

private:
    void retain() const
    {
        if (isHeap() && !m_bits.o->isImmortal())
            ++m_bits.o->m_refCount;
    }
    void release()
    {
        if (isHeap() && !m_bits.o->isImmortal() && --m_bits.o->m_refCount == 0)
            destroyObject(m_bits.o);
    }

    Kind m_kind = Kind::None;
    union Bits {
        bool b;
        std::int64_t i;
        double d;
        Object *o;
    } m_bits{.i = 0};
};

class StrObject final : public Object
{
public:
    explicit StrObject(std::string utf8);
    const std::string &text() const { return m_text; }
    std::int64_t length() const { return m_length; } // in code points, as len()
    bool isAscii() const { return m_length == static_cast<std::int64_t>(m_text.size()); }
    std::size_t hash() const;
    // The code point at index i (0 <= i < length()) as its UTF-8 bytes.
    std::string_view codePointAt(std::int64_t index) const;
    // Byte offset of code point `index` (0..length()).
    std::size_t byteOffset(std::int64_t index) const;

private:
    std::string m_text;
    std::int64_t m_length = 0;
    mutable std::size_t m_hash = 0;
    mutable bool m_hashed = false;
};

// Tuple and list share their representation; the kind says which.
class SequenceObject final : public Object
{
public:
    SequenceObject(Kind kind, std::vector<Value> items); // tracked by the run's cycle collector when it can be in a cycle
    void forEachReference(ReferenceVisitor &visitor) const override;
    void clearReferences(std::vector<Value> &sink) override;
    std::vector<Value> m_items;
};

// Functions, builtins and modules: objects whose repr, type name and pickling
// the interpreter defines. `address` is a fake, deterministic id shown where
// Python prints `at 0x...`, so the same script gives the same trace.
class OpaqueObject : public Object
{
public:
    OpaqueObject(Kind kind, std::uint64_t address) : Object(kind), m_address(address) {}
    virtual std::string reprString() const = 0;
    virtual std::string typeNameString() const = 0;
    // What pickle does with it: returns `self` (pickled by reference) or throws
    // the PyException pickle raises.
    virtual Value pickleCopy(const Value &self) const = 0;
    std::uint64_t address() const { return m_address; }
    std::string addressText() const; // '0x7f3a...'

private:
    std::uint64_t m_address;
};

// Python's hash(): equal numbers hash equal (1 == 1.0 == True).
// Throws a TypeError PyException for unhashable values (list, dict, set).
std::size_t hashValue(const Value &value);

// An insertion-ordered hash table of Values, the body of dict and set.
// Removal leaves a tombstone so iteration order stays insertion order.
class ValueTable
{
public:
    struct Entry {
        Value key;
        Value value;
        std::size_t hash = 0;
        bool alive = true;
    };

    std::size_t size() const { return m_size; }
    // Index of key in entries(), or npos. Hashing may throw (unhashable).
    std::size_t find(const Value &key) const;
    // Inserts or, when present, replaces the value (keeping the original key object and position).
    void insert(const Value &key, Value value);
    bool remove(const Value &key);
    void clear();
    // Moves every live key and value into `sink` and empties the table (see Object::clearReferences).
    void takeAll(std::vector<Value> &sink);
    const std::vector<Entry> &entries() const { return m_entries; }
    template <class F>
    void forEach(F &&f) const
    {
        for (const Entry &e : m_entries)
            if (e.alive)
                f(e.key, e.value);
    }

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    void rehash(std::size_t buckets);
    std::vector<Entry> m_entries;
    std::vector<std::uint32_t> m_buckets; // entry index + 1; 0 = empty slot (open addressing)
    std::size_t m_size = 0;
};

class DictObject final : public Object
{
public:
    DictObject(); // tracked by the run's cycle collector
    void forEachReference(ReferenceVisitor &visitor) const override;
    void clearReferences(std::vector<Value> &sink) override;
    ValueTable m_table;
};

class SetObject final : public Object
{
public:
    SetObject(); // tracked by the run's cycle collector
    void forEachReference(ReferenceVisitor &visitor) const override;
    void clearReferences(std::vector<Value> &sink) override;
    ValueTable m_table; // values unused
};

class RangeObject final : public Object
{
public:
    RangeObject(std::int64_t start, std::int64_t stop, std::int64_t step)
        : Object(Kind::Range), m_start(start), m_stop(stop), m_step(step) {}
    std::int64_t length() const;
    std::int64_t at(std::int64_t index) const { return m_start + index * m_step; }
    const std::int64_t m_start;
    const std::int64_t m_stop;
    const std::int64_t m_step;
};

// Python's repr() and str() of any value, byte for byte. A container inside
// itself prints as Python prints it ([...], {...}, (...), set(...)). Never
// throw: nesting deeper than 1000 levels prints as '...' where CPython would
// raise RecursionError, and a text longer than `limit` bytes is cut there and
// ends in '…' (`cut`, when given, says whether it was). The default suits
// display: far more than a view shows, and a value holding another twice at
// each of forty levels (2^40 items to print) stops at once. The script's own
// print(), str(), repr() and formatting pass MaxSequenceLength (operators.h)
// and raise MemoryError when cut.
constexpr std::size_t DisplayTextLimit = 1'000'000;
std::string repr(const Value &value, std::size_t limit = DisplayTextLimit, bool *cut = nullptr);
std::string str(const Value &value, std::size_t limit = DisplayTextLimit, bool *cut = nullptr);
// The float repr Python prints: shortest round-trip digits, '1.0', '1e+16', 'inf', 'nan'.
std::string floatRepr(double d);
// repr() of a str's text: picks quotes and escapes as Python does.
std::string strRepr(std::string_view utf8);
// The name type(value).__name__ gives: 'int', 'str', 'NoneType', 'function', ...
std::string typeName(const Value &value);

bool truthy(const Value &value);
// Python ==. Throws only RecursionError for absurdly deep nesting.
bool equals(const Value &a, const Value &b);

// Pickle round trip: an independent copy of lists/dicts/sets, shared immutable
// parts. Throws the PyException pickle would raise for an unpicklable value.
Value deepCopy(const Value &value);

// Whether a value can hold references that lead back to it (a container,
// an exception, a function); false for scalars, strings, ranges, builtins.
bool mayHoldReferences(const Value &value);

// A dict from ordered key/value pairs, a set from items.
Value makeDict(const std::vector<std::pair<Value, Value>> &items = {});
Value makeSet(const std::vector<Value> &items = {});

} // namespace cachetutor
