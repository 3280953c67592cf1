#include "interpreter.h"

#include "ast.h"
#include "cachehistory.h"
#include "cyclecollector.h"
#include "operators.h"
#include "parser.h"
#include "pyexception.h"
#include "utf8.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <new>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <pthread.h>

namespace cachetutor {

namespace {

// Python's default recursion limit.
constexpr int MaxCallDepth = 1000;

// The lowest stack address a run may reach before it raises RecursionError.
// MaxCallDepth alone does not bound the C++ stack: each Python call can sit
// under 200 nested expressions inside 99 nested blocks, and 1000 such calls
// overflow any thread's stack (found by fuzz/fuzz_interpreter). So eval(),
// exec() and calls also check how much stack is left, keeping a quarter of
// the thread's stack (at most 4 MB) for what runs below the deepest check:
// the value walkers (value.cpp, at most 1000 levels), exception unwinding,
// and a sanitizer's report.
const char *stackLimit()
{
    const char *here = static_cast<const char *>(__builtin_frame_address(0));
    std::size_t available = std::size_t{1} << 20; // where the stack's size is unknown: 1 MB below here
#if defined(__GLIBC__)
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) == 0) {
        void *low = nullptr;
        std::size_t size = 0;
        if (pthread_attr_getstack(&attributes, &low, &size) == 0 && low && here > static_cast<const char *>(low))
            available = static_cast<std::size_t>(here - static_cast<const char *>(low));
        pthread_attr_destroy(&attributes);
    }
#endif
    return here - (available - std::min<std::size_t>(available / 4, std::size_t{4} << 20));
}

// Python's own methods of the builtin types CacheTutor has, none of which it
// implements: `x.append(1)` must not claim that Python's list has no append.
bool isPythonMethod(const std::string &type, const std::string &attr)
{
    static const std::unordered_map<std::string, std::vector<std::string>> methods = {
        {"list", {"append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"}},
        {"tuple", {"count", "index"}},
        {"dict", {"clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"}},
        {"set", {"add", "clear", "copy", "difference", "difference_update", "discard", "intersection", "intersection_update",
                 "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference",
                 "symmetric_difference_update", "union", "update"}},
        {"str", {"capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format",
                 "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
                 "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower",
                 "lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex",
                 "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
                 "title", "translate", "upper", "zfill"}},
        {"int", {"as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes", "imag",
                 "numerator", "real", "to_bytes"}},
        {"float", {"as_integer_ratio", "conjugate", "fromhex", "hex", "imag", "is_integer", "real"}},
    };
    const auto it = methods.find(type);
    return it != methods.end() && std::find(it->second.begin(), it->second.end(), attr) != it->second.end();
}

// Not Python exceptions: they stop the run and no `except` can catch them.
struct StepLimitReached {
    int line;
};
struct RunCancelled {};
// The trace would hold more than RunOptions::maxTracedItems container items: ends the run
// with a MemoryError that no `except` can catch (see freeze()).
struct TraceTooLarge {};

// RunOptions::maxTracedItems bounds the container items the trace may hold in
// all its snapshots. Each step that changes a container stores a copy of it,
// so without a bound a 3-line script (a million-item list changed in a loop)
// filled 15 GB, and a list holding itself twice 40 levels deep copied 2**40
// items in one step (found by fuzz/fuzz_interpreter). The default is as high
// as tst_interpreter's deeplyNestedValuesNeitherCrashNorThrow needs (100,000
// steps each copying 201 nested lists, about 1.6 GB).

// Where Python prints `at 0x...`: deterministic per run, so traces are reproducible.
class AddressBook
{
public:
    std::uint64_t next() { return m_next += 0x30; }

private:
    std::uint64_t m_next = 0x7f3a2c001000ULL;
};

// ---------------------------------------------------------------- runtime objects

struct Frame {
    std::vector<Value> locals;
    std::shared_ptr<Frame> enclosing; // lexically enclosing function frame, for closures
    bool captured = false;            // a function made in this frame keeps it as its closure
};

std::vector<std::string> paramNames(const ast::FunctionInfo &info)
{
    std::vector<std::string> names;
    for (const auto &p : info.params)
        names.push_back(p.name);
    return names;
}

class FunctionObject final : public OpaqueObject
{
public:
    FunctionObject(std::uint64_t address, const ast::FunctionInfo &info, const std::vector<ast::StmtPtr> *body,
                   const ast::Expr *lambdaBody, std::vector<Value> defaults, std::shared_ptr<Frame> closure)
        : OpaqueObject(Kind::Function, address), m_info(info), m_body(body), m_lambdaBody(lambdaBody),
          m_defaults(std::move(defaults)), m_closure(std::move(closure))
    {
        // `def f(x=l)` with `l[0] = f` is a cycle; the closure frame is ~Interpreter's business.
        if (CycleCollector::isTracking() && std::any_of(m_defaults.begin(), m_defaults.end(), mayHoldReferences))
            CycleCollector::track(this);
    }
    void forEachReference(ReferenceVisitor &visitor) const override
    {
        for (const Value &value : m_defaults)
            visitor.visit(value);
    }
    void clearReferences(std::vector<Value> &sink) override
    {
        for (Value &value : m_defaults)
            sink.push_back(std::move(value));
        m_defaults.clear();
    }

    std::string reprString() const override { return "<function " + m_info.qualifiedName + " at " + addressText() + '>'; }
    std::string typeNameString() const override { return "function"; }
    Value pickleCopy(const Value &self) const override
    {
        // pickle stores functions by reference: fine for a module-level def, not for these.
        if (m_lambdaBody)
            raise(ExceptionKind::PicklingError, "Can't pickle " + reprString() + ": attribute lookup <lambda> on __main__ failed");
        if (m_info.isNested)
            raise(ExceptionKind::AttributeError, "Can't pickle local object '" + m_info.qualifiedName + "'");
        return self;
    }

    const ast::FunctionInfo &m_info;
    std::vector<std::string> m_paramNames = paramNames(m_info);
    const std::vector<ast::StmtPtr> *m_body;
    const ast::Expr *m_lambdaBody;
    std::vector<Value> m_defaults; // one per parameter with a default, aligned to the last params
    std::shared_ptr<Frame> m_closure;
};

enum class BuiltinId {
    // builtin functions
    Len, Repr, Sorted, Min, Max, Sum, Abs, Isinstance, Print, Round, Any, All, Callable, Chr, Ord, Divmod, Pow, Format,
    // builtin types (callable, and usable with isinstance)
    TypeInt, TypeFloat, TypeStr, TypeBool, TypeList, TypeTuple, TypeDict, TypeSet, TypeRange,
    // time
    TimeSleep, TimeTime, TimeMonotonic,
    // cache methods
    CacheGet, CacheSet, CacheAdd, CacheGetOrSet, CacheGetMany, CacheSetMany, CacheDelete, CacheDeleteMany,
    CacheHasKey, CacheIncr, CacheDecr, CacheTouch, CacheClear, CacheIncrVersion, CacheDecrVersion, CacheClose,
    CacheMakeKey,
};

struct BuiltinInfo {
    BuiltinId id;
    const char *name;
};

constexpr BuiltinInfo GlobalBuiltins[] = {
    {BuiltinId::Len, "len"}, {BuiltinId::Repr, "repr"}, {BuiltinId::Sorted, "sorted"}, {BuiltinId::Min, "min"},
    {BuiltinId::Max, "max"}, {BuiltinId::Sum, "sum"}, {BuiltinId::Abs, "abs"}, {BuiltinId::Isinstance, "isinstance"},
    {BuiltinId::Print, "print"}, {BuiltinId::Round, "round"}, {BuiltinId::Any, "any"}, {BuiltinId::All, "all"},
    {BuiltinId::Callable, "callable"}, {BuiltinId::Chr, "chr"}, {BuiltinId::Ord, "ord"}, {BuiltinId::Divmod, "divmod"},
    {BuiltinId::Pow, "pow"}, {BuiltinId::Format, "format"},
    {BuiltinId::TypeInt, "int"}, {BuiltinId::TypeFloat, "float"}, {BuiltinId::TypeStr, "str"}, {BuiltinId::TypeBool, "bool"},
    {BuiltinId::TypeList, "list"}, {BuiltinId::TypeTuple, "tuple"}, {BuiltinId::TypeDict, "dict"}, {BuiltinId::TypeSet, "set"},
    {BuiltinId::TypeRange, "range"},
};

// Real Python builtins a script may not use here: they would reach outside the sandbox or are not implemented.
const std::set<std::string> &forbiddenBuiltins()
{
    static const std::set<std::string> names = {
        "open", "exec", "eval", "compile", "__import__", "globals", "locals", "vars", "getattr", "setattr",
        "delattr", "hasattr", "input", "breakpoint", "exit", "quit", "help", "dir", "id", "object", "type",
        "super", "classmethod", "staticmethod", "property", "memoryview", "bytearray", "bytes", "iter", "next",
        "map", "filter", "issubclass", "frozenset", "complex", "hex", "oct", "bin", "slice", "ascii", "hash",
        "enumerate", "zip", "reversed", "aiter", "anext", "__build_class__", "copyright", "credits", "license",
    };
    return names;
}

struct CacheMethod {
    BuiltinId id;
    Action action;
    const char *name;
    const char *owner; // the class that defines it in Django, as Python's messages name it
    std::vector<std::string> params;
    std::size_t required;
    std::string qualifiedName() const { return std::string(owner) + '.' + name; }
};

const std::vector<CacheMethod> &cacheMethods()
{
    static const std::vector<CacheMethod> methods = {
        {BuiltinId::CacheGet, Action::CacheGet, "get", "LocMemCache", {"key", "default", "version"}, 1},
        {BuiltinId::CacheSet, Action::CacheSet, "set", "LocMemCache", {"key", "value", "timeout", "version"}, 2},
        {BuiltinId::CacheAdd, Action::CacheAdd, "add", "LocMemCache", {"key", "value", "timeout", "version"}, 2},
        {BuiltinId::CacheGetOrSet, Action::CacheGetOrSet, "get_or_set", "BaseCache", {"key", "default", "timeout", "version"}, 2},
        {BuiltinId::CacheGetMany, Action::CacheGetMany, "get_many", "BaseCache", {"keys", "version"}, 1},
        {BuiltinId::CacheSetMany, Action::CacheSetMany, "set_many", "BaseCache", {"data", "timeout", "version"}, 1},
        {BuiltinId::CacheDelete, Action::CacheDelete, "delete", "LocMemCache", {"key", "version"}, 1},
        {BuiltinId::CacheDeleteMany, Action::CacheDeleteMany, "delete_many", "BaseCache", {"keys", "version"}, 1},
        {BuiltinId::CacheHasKey, Action::CacheHasKey, "has_key", "LocMemCache", {"key", "version"}, 1},
        {BuiltinId::CacheIncr, Action::CacheIncr, "incr", "LocMemCache", {"key", "delta", "version"}, 1},
        {BuiltinId::CacheDecr, Action::CacheDecr, "decr", "BaseCache", {"key", "delta", "version"}, 1},
        {BuiltinId::CacheTouch, Action::CacheTouch, "touch", "LocMemCache", {"key", "timeout", "version"}, 1},
        {BuiltinId::CacheClear, Action::CacheClear, "clear", "LocMemCache", {}, 0},
        {BuiltinId::CacheIncrVersion, Action::CacheIncrVersion, "incr_version", "BaseCache", {"key", "delta", "version"}, 1},
        {BuiltinId::CacheDecrVersion, Action::CacheDecrVersion, "decr_version", "BaseCache", {"key", "delta", "version"}, 1},
        {BuiltinId::CacheClose, Action::CacheClose, "close", "BaseCache", {}, 0},
        {BuiltinId::CacheMakeKey, Action::CacheMakeKey, "make_key", "BaseCache", {"key", "version"}, 1},
    };
    return methods;
}

int cacheMethodIndex(std::string_view name)
{
    const auto &methods = cacheMethods();
    for (std::size_t i = 0; i < methods.size(); ++i)
        if (name == methods[i].name)
            return static_cast<int>(i);
    return -1;
}

constexpr std::array<std::pair<BuiltinId, const char *>, 3> TimeFunctions = {{
    {BuiltinId::TimeSleep, "sleep"}, {BuiltinId::TimeTime, "time"}, {BuiltinId::TimeMonotonic, "monotonic"},
}};

int timeFunctionIndex(std::string_view name)
{
    for (std::size_t i = 0; i < TimeFunctions.size(); ++i)
        if (name == TimeFunctions[i].second)
            return static_cast<int>(i);
    return -1;
}

const CacheMethod *cacheMethod(BuiltinId id)
{
    for (const CacheMethod &m : cacheMethods())
        if (m.id == id)
            return &m;
    return nullptr;
}

constexpr const char *CacheReprText = "<django.core.cache.backends.locmem.LocMemCache object at ";

class BuiltinObject final : public OpaqueObject
{
public:
    BuiltinObject(std::uint64_t address, BuiltinId id, std::string name, std::string cacheAddress = {})
        : OpaqueObject(Kind::Builtin, address), m_id(id), m_name(std::move(name)), m_cacheAddress(std::move(cacheAddress)) {}

    bool isType() const { return m_id >= BuiltinId::TypeInt && m_id <= BuiltinId::TypeRange; }
    std::string reprString() const override
    {
        if (isType())
            return "<class '" + m_name + "'>";
        if (m_id >= BuiltinId::CacheGet)
            return "<bound method " + std::string(cacheMethod(m_id)->owner) + '.' + m_name + " of " + CacheReprText + m_cacheAddress + ">>";
        return "<built-in function " + m_name + '>';
    }
    std::string typeNameString() const override
    {
        return isType() ? "type" : m_id >= BuiltinId::CacheGet ? "method" : "builtin_function_or_method";
    }
    Value pickleCopy(const Value &self) const override { return self; } // by reference, as pickle does

    BuiltinId m_id;
    std::string m_name;
    std::string m_cacheAddress;
};

class ModuleObject final : public OpaqueObject
{
public:
    enum class Which { Time, Cache };
    ModuleObject(std::uint64_t address, Which which) : OpaqueObject(Kind::Module, address), m_which(which) {}
    std::string reprString() const override
    {
        return m_which == Which::Time ? "<module 'time' (built-in)>" : "<django.utils.connection.ConnectionProxy object at " + addressText() + '>';
    }
    std::string typeNameString() const override { return m_which == Which::Time ? "module" : "ConnectionProxy"; }
    Value pickleCopy(const Value &) const override
    {
        raise(ExceptionKind::TypeError, "cannot pickle '" + typeNameString() + "' object");
    }
    Which m_which;
};

// A unique object marking "no value bound" in variable slots.
class UnboundMarker final : public OpaqueObject
{
public:
    UnboundMarker() : OpaqueObject(Kind::Module, 0) {}
    std::string reprString() const override { return "<unbound>"; }
    std::string typeNameString() const override { return "unbound"; }
    Value pickleCopy(const Value &self) const override { return self; }
};

const Value &unbound()
{
    // Shared by every run, on any thread: immortal, so copying it never touches a count.
    static const Value marker = [] {
        auto *object = new UnboundMarker;
        object->makeImmortal();
        return Value::object(Ref<Object>(object));
    }();
    return marker;
}

bool isUnbound(const Value &v)
{
    return v.kind() == Kind::Module && v.heap() == unbound().heap();
}

// What the variable tracker shows: data, not modules, functions or the cache.
bool isTrackable(const Value &v)
{
    switch (v.kind()) {
    case Kind::Module:
    case Kind::Function:
    case Kind::Builtin:
    case Kind::ExceptionType:
        return false;
    default:
        return true;
    }
}

// How deep freeze() copies and sameSnapshot() compares. repr() prints nesting
// deeper than 1000 levels as '...', so what lies below is never shown; past
// it freeze() shares the live object (which the run's collector then hands to
// the trace, see Trace) rather than recurse without bound.
constexpr int MaxSnapshotDepth = 1000;

// Makes the frozen copies the trace keeps: containers copied, exceptions
// copied with frozen arguments, everything else shared. Takes the items it
// copies from `budget`, the items the trace may still hold, and throws
// TraceTooLarge rather than go below zero; throws nothing else (unlike
// deepCopy, which follows pickle and refuses lambdas).
//
// A memo maps each live container to its frozen copy, as deepCopy's does, so
// cycles stay cycles and shared parts stay shared. It lives across calls
// until the script changes a container in place (`mutations` moves): in
// `x = [x]` repeated 100,000 times each step then copies one list, not the
// whole chain. Memo entries hold the live object, so its address cannot be
// reused while the entry exists.
class Freezer
{
public:
    Value freeze(const Value &v, std::int64_t &budget, std::uint64_t mutations)
    {
        if (!v.isHeap() || !mayHoldReferences(v))
            return v;
        if (mutations != m_mutations || m_memo.size() > MaxMemo) {
            m_memo.clear();
            m_mutations = mutations;
        }
        const CycleCollector::Pause pause; // the trace's copies are its own business (see ~Trace)
        return copy(v, budget, 0);
    }
    // Set once a frozen copy contains a cycle: the trace must break it when it goes.
    bool madeCycle() const { return m_madeCycle; }

private:
    static constexpr std::size_t MaxMemo = 1 << 16;

    struct Entry {
        Ref<Object> live;
        Value frozen;
        bool done = false;
    };

    Value copy(const Value &v, std::int64_t &budget, int depth)
    {
        if (!mayHoldReferences(v) || v.kind() == Kind::Function)
            return v;
        // An object one reference holds (besides its registration) is met
        // once and is not in the memo (an entry would hold it too): most
        // items of most containers. Copy it without touching the memo, which
        // keeps freezing as cheap as before the memo. Roots are remembered
        // for the next call.
        const Object *object = v.heap();
        if (depth > 0 && object->m_refCount - static_cast<std::uint32_t>(object->m_tracked) <= 1)
            return copyUnshared(v, budget, depth);
        if (const auto it = m_memo.find(v.heap()); it != m_memo.end()) {
            if (!it->second.done)
                m_madeCycle = true;
            if (!it->second.frozen.isNone())
                return it->second.frozen;
            // A tuple or exception inside itself (through a list): copy it again, as pickle does.
        }
        if (depth >= MaxSnapshotDepth)
            return v;
        const auto spend = [&budget](std::size_t items) { Freezer::spend(budget, items); };
        switch (v.kind()) {
        case Kind::List: {
            spend(v.sequence().m_items.size());
            Value out = Value::list({});
            remember(v, out);
            auto &items = out.sequence().m_items;
            items.reserve(v.sequence().m_items.size());
            for (const Value &item : v.sequence().m_items)
                items.push_back(copy(item, budget, depth + 1));
            m_memo[v.heap()].done = true;
            return out;
        }
        case Kind::Tuple: {
            // Immutable: the items come first, so the tuple is remembered after them.
            spend(v.sequence().m_items.size());
            m_memo.try_emplace(v.heap(), Entry{v.heap(), Value(), false});
            std::vector<Value> items;
            items.reserve(v.sequence().m_items.size());
            for (const Value &item : v.sequence().m_items)
                items.push_back(copy(item, budget, depth + 1));
            return finish(v, Value::tuple(std::move(items)));
        }
        case Kind::Dict: {
            spend(v.dict().m_table.size());
            Value out = makeDict();
            remember(v, out);
            v.dict().m_table.forEach([&](const Value &k, const Value &val) { out.dict().m_table.insert(k, copy(val, budget, depth + 1)); });
            m_memo[v.heap()].done = true;
            return out;
        }
        case Kind::Set: {
            spend(v.set().m_table.size());
            Value out = makeSet();
            remember(v, out);
            v.set().m_table.forEach([&](const Value &k, const Value &) { out.set().m_table.insert(k, {}); });
            m_memo[v.heap()].done = true;
            return out;
        }
        case Kind::Exception: {
            const auto *e = v.as<ExceptionObject>();
            spend(e->args().size());
            m_memo.try_emplace(v.heap(), Entry{v.heap(), Value(), false});
            std::vector<Value> args;
            args.reserve(e->args().size());
            for (const Value &arg : e->args())
                args.push_back(copy(arg, budget, depth + 1));
            return finish(v, Value::object(Ref<Object>(new ExceptionObject(e->type(), std::move(args)))));
        }
        default:
            return v;
        }
    }

    Value copyUnshared(const Value &v, std::int64_t &budget, int depth)
    {
        if (depth >= MaxSnapshotDepth)
            return v;
        switch (v.kind()) {
        case Kind::Tuple:
        case Kind::List: {
            spend(budget, v.sequence().m_items.size());
            std::vector<Value> items;
            items.reserve(v.sequence().m_items.size());
            for (const Value &item : v.sequence().m_items)
                items.push_back(copy(item, budget, depth + 1));
            return v.kind() == Kind::List ? Value::list(std::move(items)) : Value::tuple(std::move(items));
        }
        case Kind::Dict: {
            spend(budget, v.dict().m_table.size());
            Value out = makeDict();
            v.dict().m_table.forEach([&](const Value &k, const Value &val) { out.dict().m_table.insert(k, copy(val, budget, depth + 1)); });
            return out;
        }
        case Kind::Set: {
            spend(budget, v.set().m_table.size());
            Value out = makeSet();
            v.set().m_table.forEach([&](const Value &k, const Value &) { out.set().m_table.insert(k, {}); });
            return out;
        }
        case Kind::Exception: {
            const auto *e = v.as<ExceptionObject>();
            spend(budget, e->args().size());
            std::vector<Value> args;
            args.reserve(e->args().size());
            for (const Value &arg : e->args())
                args.push_back(copy(arg, budget, depth + 1));
            return Value::object(Ref<Object>(new ExceptionObject(e->type(), std::move(args))));
        }
        default:
            return v;
        }
    }

    static void spend(std::int64_t &budget, std::size_t items)
    {
        budget -= static_cast<std::int64_t>(items);
        if (budget < 0)
            throw TraceTooLarge{};
    }

    void remember(const Value &live, const Value &frozen)
    {
        m_memo[live.heap()] = Entry{live.heap(), frozen, false};
    }

    // A tuple or exception is done. When a copy of it was made inside it (it
    // holds itself through a list), that copy is the one the list holds, so
    // it is the one to use: then the frozen cycle closes as the live one does.
    Value finish(const Value &live, Value frozen)
    {
        Entry &entry = m_memo[live.heap()];
        if (entry.frozen.isNone())
            entry.frozen = std::move(frozen);
        entry.done = true;
        return entry.frozen;
    }

    std::unordered_map<const Object *, Entry> m_memo;
    std::uint64_t m_mutations = 0;
    bool m_madeCycle = false;
};

// Same structure and same scalars (1 and 1.0 differ here, unlike ==): has the
// tracked value changed? Runs every step for every tracked container, so the
// first try remembers nothing; a value too deep or too shared for it (a cycle,
// or a list holding itself twice 40 levels deep) is compared again
// remembering the pairs already met, each of which then counts as equal.
class SnapshotComparer
{
public:
    static bool same(const Value &a, const Value &b)
    {
        SnapshotComparer fast(false);
        const bool result = fast.compare(a, b, 0);
        if (!fast.m_gaveUp)
            return result;
        SnapshotComparer thorough(true);
        return thorough.compare(a, b, 0);
    }

private:
    explicit SnapshotComparer(bool remember) : m_remember(remember) {}

    static constexpr int FastDepth = 64;
    static constexpr std::size_t FastContainers = std::size_t{1} << 16;

    struct PairHash {
        std::size_t operator()(const std::pair<const Object *, const Object *> &p) const
        {
            return std::hash<const void *>{}(p.first) * 31 + std::hash<const void *>{}(p.second);
        }
    };

    // false when a container pair needs comparing and this pass cannot or need not.
    bool enter(const Value &a, const Value &b, int depth)
    {
        if (!m_remember) {
            if (depth > FastDepth || ++m_containers > FastContainers) {
                m_gaveUp = true;
                return false;
            }
            return true;
        }
        return m_seen.emplace(a.heap(), b.heap()).second;
    }

    bool compare(const Value &a, const Value &b, int depth)
    {
        if (m_gaveUp)
            return false;
        if (a.kind() != b.kind())
            return false;
        switch (a.kind()) {
        case Kind::Tuple:
        case Kind::List: {
            const auto &x = a.sequence().m_items;
            const auto &y = b.sequence().m_items;
            if (x.size() != y.size())
                return false;
            if (a.heap() == b.heap())
                return true;
            if (depth >= MaxSnapshotDepth)
                return false; // freeze() shared nothing this deep that is still alike
            if (!enter(a, b, depth))
                return !m_gaveUp; // met before: equal unless shown otherwise
            for (std::size_t i = 0; i < x.size(); ++i)
                if (!compare(x[i], y[i], depth + 1))
                    return false;
            return true;
        }
        case Kind::Dict:
        case Kind::Set: {
            const ValueTable &x = a.kind() == Kind::Dict ? a.dict().m_table : a.set().m_table;
            const ValueTable &y = b.kind() == Kind::Dict ? b.dict().m_table : b.set().m_table;
            if (x.size() != y.size())
                return false;
            if (a.heap() == b.heap())
                return true;
            if (depth >= MaxSnapshotDepth)
                return false;
            if (!enter(a, b, depth))
                return !m_gaveUp;
            std::vector<std::pair<Value, Value>> xs, ys;
            x.forEach([&](const Value &k, const Value &v) { xs.emplace_back(k, v); });
            y.forEach([&](const Value &k, const Value &v) { ys.emplace_back(k, v); });
            for (std::size_t i = 0; i < xs.size(); ++i)
                if (!compare(xs[i].first, ys[i].first, depth + 1) || !compare(xs[i].second, ys[i].second, depth + 1))
                    return false;
            return true;
        }
        case Kind::Exception: {
            // freeze() copies exceptions, so compare type and arguments, not identity.
            const auto *x = a.as<ExceptionObject>();
            const auto *y = b.as<ExceptionObject>();
            if (x->type() != y->type() || x->args().size() != y->args().size())
                return false;
            if (a.heap() == b.heap())
                return true;
            if (depth >= MaxSnapshotDepth)
                return false;
            if (!enter(a, b, depth))
                return !m_gaveUp;
            for (std::size_t i = 0; i < x->args().size(); ++i)
                if (!compare(x->args()[i], y->args()[i], depth + 1))
                    return false;
            return true;
        }
        case Kind::Float:
            return a.asFloat() == b.asFloat() || (std::isnan(a.asFloat()) && std::isnan(b.asFloat()));
        default:
            return a.isSameObject(b) || equals(a, b);
        }
    }

    bool m_remember;
    bool m_gaveUp = false;
    std::size_t m_containers = 0;
    std::unordered_set<std::pair<const Object *, const Object *>, PairHash> m_seen;
};

bool sameSnapshot(const Value &a, const Value &b)
{
    return SnapshotComparer::same(a, b);
}

std::string plural(std::size_t n, const char *word)
{
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
}

// 'a', 'a' and 'b', 'a', 'b', and 'c' - as Python lists missing arguments.
std::string quotedList(const std::vector<std::string> &names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += '\'' + names[i] + '\'';
    }
    return out;
}

struct Keyword {
    std::string name;
    Value value;
};

// Binds positional and keyword arguments to named parameters with Python's messages.
// `selfOffset` is 1 for methods: Python counts `self` in "takes N positional arguments".
std::string callableName(const CacheMethod &m)
{
    return m.qualifiedName();
}

std::string callableName(const std::string &name)
{
    return name;
}

// `Bound` is std::vector<std::optional<Value>> or a std::array big enough for params.
template <class Bound, class Named>
Bound bindArguments(const Named &named, const std::vector<std::string> &params,
                    std::size_t required, std::size_t selfOffset,
                    const std::vector<Value> &args, const std::vector<Keyword> &kwargs)
{
    Bound bound{};
    if constexpr (requires { bound.resize(0); })
        bound.resize(params.size());
    if (args.size() <= params.size() && kwargs.empty() && args.size() >= required) {
        // The common call: positional arguments only, nothing to report.
        for (std::size_t i = 0; i < args.size(); ++i)
            bound[i] = args[i];
        return bound;
    }
    const std::string qualname = callableName(named);
    if (args.size() > params.size()) {
        const std::size_t lo = required + selfOffset;
        const std::size_t hi = params.size() + selfOffset;
        const std::string takes = lo == hi ? plural(hi, "positional argument") : "from " + std::to_string(lo) + " to " + std::to_string(hi) + " positional arguments";
        const std::size_t given = args.size() + selfOffset;
        raise(ExceptionKind::TypeError, qualname + "() takes " + takes + " but " + std::to_string(given) + (given == 1 ? " was" : " were") + " given");
    }
    for (std::size_t i = 0; i < args.size(); ++i)
        bound[i] = args[i];
    for (const Keyword &kw : kwargs) {
        const auto it = std::find(params.begin(), params.end(), kw.name);
        if (it == params.end())
            raise(ExceptionKind::TypeError, qualname + "() got an unexpected keyword argument '" + kw.name + '\'');
        auto &slot = bound[static_cast<std::size_t>(it - params.begin())];
        if (slot)
            raise(ExceptionKind::TypeError, qualname + "() got multiple values for argument '" + kw.name + '\'');
        slot = kw.value;
    }
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < required; ++i)
        if (!bound[i])
            missing.push_back(params[i]);
    if (!missing.empty())
        raise(ExceptionKind::TypeError, qualname + "() missing " + std::to_string(missing.size()) + " required positional argument"
                                            + (missing.size() == 1 ? "" : "s") + ": " + quotedList(missing));
    return bound;
}

std::string stripWhitespace(const std::string &s)
{
    const auto begin = s.find_first_not_of(" \t\n\r\f\v");
    if (begin == std::string::npos)
        return {};
    const auto end = s.find_last_not_of(" \t\n\r\f\v");
    return s.substr(begin, end - begin + 1);
}

Value parseIntLiteral(const std::string &text, int base)
{
    std::string s = stripWhitespace(text);
    bool negative = false;
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        negative = s[i++] == '-';
    auto fail = [&]() { raise(ExceptionKind::ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " + strRepr(text)); };
    // Underscores may only sit between digits, one at a time, as in Python's int().
    std::string digits;
    bool lastUnderscore = true;
    for (; i < s.size(); ++i) {
        if (s[i] == '_') {
            if (lastUnderscore)
                fail();
            lastUnderscore = true;
            continue;
        }
        lastUnderscore = false;
        digits += s[i];
    }
    if (digits.empty() || lastUnderscore)
        fail();
    std::int64_t value = 0;
    for (const char c : digits) {
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
        if (d >= base)
            fail();
        if (__builtin_mul_overflow(value, base, &value) || __builtin_sub_overflow(value, d, &value))
            raise(ExceptionKind::OverflowError, "integer does not fit in 64 bits (CacheTutor's ints are 64-bit)");
    }
    // Accumulated negatively so that -2**63 parses.
    if (!negative) {
        if (value == std::numeric_limits<std::int64_t>::min())
            raise(ExceptionKind::OverflowError, "integer does not fit in 64 bits (CacheTutor's ints are 64-bit)");
        value = -value;
    }
    return Value::integer(value);
}

Value parseFloatLiteral(const std::string &text)
{
    std::string s = stripWhitespace(text);
    std::string lower = s;
    std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
    const std::string unsigned_ = !lower.empty() && (lower[0] == '+' || lower[0] == '-') ? lower.substr(1) : lower;
    const double sign = !lower.empty() && lower[0] == '-' ? -1.0 : 1.0;
    if (unsigned_ == "inf" || unsigned_ == "infinity")
        return Value::floating(sign * INFINITY);
    if (unsigned_ == "nan")
        return Value::floating(NAN);
    bool ok = !s.empty() && s.find_first_not_of("0123456789+-.eE_") == std::string::npos;
    std::string cleaned;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 == s.size() || !std::isdigit(static_cast<unsigned char>(s[i - 1])) || !std::isdigit(static_cast<unsigned char>(s[i + 1])))
                ok = false;
            continue;
        }
        cleaned += s[i];
    }
    char *end = nullptr;
    const double d = ok ? std::strtod(cleaned.c_str(), &end) : 0.0;
    if (!ok || end != cleaned.c_str() + cleaned.size())
        raise(ExceptionKind::ValueError, "could not convert string to float: " + strRepr(text));
    return Value::floating(d);
}

std::int64_t requireInteger(const Value &v)
{
    if (!v.isIntLike())
        raise(ExceptionKind::TypeError, "'" + typeName(v) + "' object cannot be interpreted as an integer");
    return v.asIntLike();
}

// ---------------------------------------------------------------- resolver

// Gives every name its storage (global slot, local slot, enclosing frame) before the run,
// and rejects what the sandbox forbids.
class Resolver
{
public:
    struct Result {
        std::vector<std::string> globalNames;
        bool ok = true;
        Diagnostic diagnostic;
    };

    explicit Resolver(const ast::Program &program) : m_program(program) {}

    Result run(ast::Program &program)
    {
        Scope module;
        collectBlock(program.body, module);
        m_moduleAssigned = module.assigned;
        for (const std::string &name : module.assigned)
            globalSlot(name);
        try {
            resolveBlock(program.body, module);
        } catch (const Diagnostic &d) {
            m_result.ok = false;
            m_result.diagnostic = d;
        }
        return std::move(m_result);
    }

private:
    struct Scope {
        ast::FunctionInfo *info = nullptr; // null: module
        Scope *parent = nullptr;
        std::set<std::string> assigned;
        std::set<std::string> declaredGlobal;
        std::map<std::string, int> locals;
        std::vector<std::string> order;
    };

    int globalSlot(const std::string &name)
    {
        const auto it = m_globalSlots.find(name);
        if (it != m_globalSlots.end())
            return it->second;
        const int slot = static_cast<int>(m_result.globalNames.size());
        m_globalSlots.emplace(name, slot);
        m_result.globalNames.push_back(name);
        return slot;
    }

    void assign(Scope &scope, const std::string &name)
    {
        if (scope.assigned.insert(name).second)
            scope.order.push_back(name);
    }

    void collectTarget(const ast::Expr &target, Scope &scope)
    {
        switch (target.kind) {
        case ast::ExprKind::Name:
            assign(scope, static_cast<const ast::Name &>(target).id);
            break;
        case ast::ExprKind::Tuple:
            for (const auto &e : static_cast<const ast::Tuple &>(target).elts)
                collectTarget(*e, scope);
            break;
        case ast::ExprKind::List:
            for (const auto &e : static_cast<const ast::List &>(target).elts)
                collectTarget(*e, scope);
            break;
        default:
            break;
        }
    }

    // Pass 1: which names does this scope bind? (Not looking inside nested functions.)
    void collectBlock(const std::vector<ast::StmtPtr> &body, Scope &scope)
    {
        for (const auto &s : body)
            collectStmt(*s, scope);
    }

    void collectStmt(const ast::Stmt &s, Scope &scope)
    {
        using K = ast::StmtKind;
        switch (s.kind) {
        case K::Assign:
            for (const auto &t : static_cast<const ast::Assign &>(s).targets)
                collectTarget(*t, scope);
            break;
        case K::AugAssign:
            collectTarget(*static_cast<const ast::AugAssign &>(s).target, scope);
            break;
        case K::For: {
            const auto &f = static_cast<const ast::For &>(s);
            collectTarget(*f.target, scope);
            collectBlock(f.body, scope);
            collectBlock(f.orelse, scope);
            break;
        }
        case K::While: {
            const auto &w = static_cast<const ast::While &>(s);
            collectBlock(w.body, scope);
            collectBlock(w.orelse, scope);
            break;
        }
        case K::If: {
            const auto &i = static_cast<const ast::If &>(s);
            collectBlock(i.body, scope);
            collectBlock(i.orelse, scope);
            break;
        }
        case K::Try: {
            const auto &t = static_cast<const ast::Try &>(s);
            collectBlock(t.body, scope);
            for (const auto &h : t.handlers) {
                if (!h.name.empty())
                    assign(scope, h.name);
                collectBlock(h.body, scope);
            }
            collectBlock(t.orelse, scope);
            collectBlock(t.finalbody, scope);
            break;
        }
        case K::FunctionDef:
            assign(scope, static_cast<const ast::FunctionDef &>(s).info.name);
            break;
        case K::Import:
            assign(scope, static_cast<const ast::Import &>(s).boundName);
            break;
        case K::Delete:
            for (const auto &t : static_cast<const ast::Delete &>(s).targets)
                collectTarget(*t, scope);
            break;
        case K::Global:
            for (const auto &n : static_cast<const ast::Global &>(s).names) {
                scope.declaredGlobal.insert(n);
                m_functionGlobals.insert(n);
            }
            break;
        default:
            break;
        }
    }

    void bindStorage(Scope &scope, const std::string &name, ast::NameScope &where, int &slot)
    {
        if (!scope.info || scope.declaredGlobal.count(name)) {
            where = ast::NameScope::Global;
            slot = globalSlot(name);
        } else {
            where = ast::NameScope::Local;
            slot = scope.locals.at(name);
        }
    }

    void resolveName(ast::Name &name, Scope &scope, bool store)
    {
        if (!store)
            checkForbidden(name.id, name.pos);
        if (scope.info && !scope.declaredGlobal.count(name.id)) {
            if (const auto it = scope.locals.find(name.id); it != scope.locals.end()) {
                name.scope = ast::NameScope::Local;
                name.slot = it->second;
                return;
            }
            int depth = 1;
            for (Scope *outer = scope.parent; outer && outer->info; outer = outer->parent, ++depth) {
                if (outer->declaredGlobal.count(name.id))
                    break;
                if (const auto it = outer->locals.find(name.id); it != outer->locals.end()) {
                    name.scope = ast::NameScope::Enclosing;
                    name.slot = it->second;
                    name.depth = depth;
                    return;
                }
            }
        }
        name.scope = ast::NameScope::Global;
        name.slot = globalSlot(name.id);
    }

    void checkForbidden(const std::string &name, ast::Position pos)
    {
        if (forbiddenBuiltins().count(name) && !m_moduleAssigned.count(name) && !m_functionGlobals.count(name))
            fail(pos, "the builtin '" + name + "'");
    }

    [[noreturn]] void fail(ast::Position pos, const std::string &what)
    {
        Diagnostic d;
        d.kind = Diagnostic::Kind::Unsupported;
        d.fileName = m_program.fileName;
        d.line = pos.line;
        d.column = pos.column;
        d.message = what;
        if (pos.line >= 1 && static_cast<std::size_t>(pos.line) <= m_program.lines.size())
            d.lineText = m_program.lines[static_cast<std::size_t>(pos.line - 1)];
        throw d;
    }

    void resolveTarget(ast::Expr &target, Scope &scope)
    {
        switch (target.kind) {
        case ast::ExprKind::Name:
            resolveName(static_cast<ast::Name &>(target), scope, true);
            break;
        case ast::ExprKind::Tuple:
            for (auto &e : static_cast<ast::Tuple &>(target).elts)
                resolveTarget(*e, scope);
            break;
        case ast::ExprKind::List:
            for (auto &e : static_cast<ast::List &>(target).elts)
                resolveTarget(*e, scope);
            break;
        case ast::ExprKind::Subscript: {
            auto &s = static_cast<ast::Subscript &>(target);
            resolveExpr(*s.value, scope);
            resolveExpr(*s.index, scope);
            break;
        }
        case ast::ExprKind::Attribute:
            fail(target.pos, "assignment to attributes");
        default:
            resolveExpr(target, scope);
        }
    }

    void resolveBlock(std::vector<ast::StmtPtr> &body, Scope &scope)
    {
        for (auto &s : body)
            resolveStmt(*s, scope);
    }

    void resolveFunction(ast::FunctionInfo &info, Scope &outer, const std::function<void(Scope &)> &collect,
                         const std::function<void(Scope &)> &resolveBody)
    {
        Scope scope;
        scope.info = &info;
        scope.parent = &outer;
        for (const auto &p : info.params)
            assign(scope, p.name);
        collect(scope);
        for (const std::string &name : scope.order) {
            if (scope.declaredGlobal.count(name))
                continue;
            scope.locals.emplace(name, static_cast<int>(info.locals.size()));
            info.locals.push_back(name);
        }
        info.isNested = outer.info != nullptr;
        info.qualifiedName = outer.info ? outer.info->qualifiedName + ".<locals>." + info.name : info.name;
        resolveBody(scope);
    }

    void resolveStmt(ast::Stmt &s, Scope &scope)
    {
        using K = ast::StmtKind;
        switch (s.kind) {
        case K::Expr:
            resolveExpr(*static_cast<ast::ExprStmt &>(s).value, scope);
            break;
        case K::Assign: {
            auto &a = static_cast<ast::Assign &>(s);
            resolveExpr(*a.value, scope);
            for (auto &t : a.targets)
                resolveTarget(*t, scope);
            break;
        }
        case K::AugAssign: {
            auto &a = static_cast<ast::AugAssign &>(s);
            resolveExpr(*a.value, scope);
            if (a.target->kind == ast::ExprKind::Name)
                resolveName(static_cast<ast::Name &>(*a.target), scope, false);
            else
                resolveTarget(*a.target, scope);
            break;
        }
        case K::If: {
            auto &i = static_cast<ast::If &>(s);
            resolveExpr(*i.test, scope);
            resolveBlock(i.body, scope);
            resolveBlock(i.orelse, scope);
            break;
        }
        case K::For: {
            auto &f = static_cast<ast::For &>(s);
            resolveExpr(*f.iter, scope);
            resolveTarget(*f.target, scope);
            resolveBlock(f.body, scope);
            resolveBlock(f.orelse, scope);
            break;
        }
        case K::While: {
            auto &w = static_cast<ast::While &>(s);
            resolveExpr(*w.test, scope);
            resolveBlock(w.body, scope);
            resolveBlock(w.orelse, scope);
            break;
        }
        case K::Try: {
            auto &t = static_cast<ast::Try &>(s);
            resolveBlock(t.body, scope);
            for (auto &h : t.handlers) {
                if (h.type)
                    resolveExpr(*h.type, scope);
                if (!h.name.empty())
                    bindStorage(scope, h.name, h.nameScope, h.nameSlot);
                resolveBlock(h.body, scope);
            }
            resolveBlock(t.orelse, scope);
            resolveBlock(t.finalbody, scope);
            break;
        }
        case K::Raise: {
            auto &r = static_cast<ast::Raise &>(s);
            if (r.exc)
                resolveExpr(*r.exc, scope);
            if (r.cause)
                resolveExpr(*r.cause, scope);
            break;
        }
        case K::FunctionDef: {
            auto &f = static_cast<ast::FunctionDef &>(s);
            for (auto &p : f.info.params)
                if (p.defaultValue)
                    resolveExpr(*p.defaultValue, scope);
            bindStorage(scope, f.info.name, f.nameScope, f.nameSlot);
            resolveFunction(
                f.info, scope, [&](Scope &inner) { collectBlock(f.body, inner); },
                [&](Scope &inner) { resolveBlock(f.body, inner); });
            break;
        }
        case K::Return: {
            auto &r = static_cast<ast::Return &>(s);
            if (r.value)
                resolveExpr(*r.value, scope);
            break;
        }
        case K::Delete:
            for (auto &t : static_cast<ast::Delete &>(s).targets)
                resolveTarget(*t, scope);
            break;
        case K::Import: {
            auto &i = static_cast<ast::Import &>(s);
            bindStorage(scope, i.boundName, i.nameScope, i.nameSlot);
            break;
        }
        case K::Assert: {
            auto &a = static_cast<ast::Assert &>(s);
            resolveExpr(*a.test, scope);
            if (a.msg)
                resolveExpr(*a.msg, scope);
            break;
        }
        default:
            break;
        }
    }

    void resolveExpr(ast::Expr &e, Scope &scope)
    {
        using K = ast::ExprKind;
        switch (e.kind) {
        case K::Constant:
            break;
        case K::FString:
            for (auto &part : static_cast<ast::FString &>(e).parts)
                if (part.expr)
                    resolveExpr(*part.expr, scope);
            break;
        case K::Name:
            resolveName(static_cast<ast::Name &>(e), scope, false);
            break;
        case K::Tuple:
            for (auto &x : static_cast<ast::Tuple &>(e).elts)
                resolveExpr(*x, scope);
            break;
        case K::List:
            for (auto &x : static_cast<ast::List &>(e).elts)
                resolveExpr(*x, scope);
            break;
        case K::Set:
            for (auto &x : static_cast<ast::Set &>(e).elts)
                resolveExpr(*x, scope);
            break;
        case K::Dict: {
            auto &d = static_cast<ast::Dict &>(e);
            for (std::size_t i = 0; i < d.keys.size(); ++i) {
                resolveExpr(*d.keys[i], scope);
                resolveExpr(*d.values[i], scope);
            }
            break;
        }
        case K::Subscript: {
            auto &s = static_cast<ast::Subscript &>(e);
            resolveExpr(*s.value, scope);
            resolveExpr(*s.index, scope);
            break;
        }
        case K::Slice: {
            auto &s = static_cast<ast::Slice &>(e);
            for (ast::ExprPtr *part : {&s.lower, &s.upper, &s.step})
                if (*part)
                    resolveExpr(**part, scope);
            break;
        }
        case K::Attribute: {
            auto &a = static_cast<ast::Attribute &>(e);
            if (a.attr.size() > 1 && a.attr[0] == '_' && a.attr[1] == '_')
                fail(a.pos, "special attribute '" + a.attr + "'");
            a.cacheMethod = cacheMethodIndex(a.attr);
            a.timeFunction = timeFunctionIndex(a.attr);
            resolveExpr(*a.value, scope);
            break;
        }
        case K::Call: {
            auto &c = static_cast<ast::Call &>(e);
            resolveExpr(*c.func, scope);
            for (auto &a : c.args)
                resolveExpr(*a, scope);
            for (auto &k : c.keywords)
                resolveExpr(*k.value, scope);
            break;
        }
        case K::Lambda: {
            auto &l = static_cast<ast::Lambda &>(e);
            for (auto &p : l.info.params)
                if (p.defaultValue)
                    resolveExpr(*p.defaultValue, scope);
            resolveFunction(
                l.info, scope, [](Scope &) {}, [&](Scope &inner) { resolveExpr(*l.body, inner); });
            break;
        }
        case K::UnaryOp:
            resolveExpr(*static_cast<ast::UnaryOp &>(e).operand, scope);
            break;
        case K::BinOp: {
            auto &b = static_cast<ast::BinOp &>(e);
            resolveExpr(*b.left, scope);
            resolveExpr(*b.right, scope);
            break;
        }
        case K::BoolOp:
            for (auto &v : static_cast<ast::BoolOp &>(e).values)
                resolveExpr(*v, scope);
            break;
        case K::Compare: {
            auto &c = static_cast<ast::Compare &>(e);
            resolveExpr(*c.left, scope);
            for (auto &x : c.comparators)
                resolveExpr(*x, scope);
            break;
        }
        case K::IfExp: {
            auto &i = static_cast<ast::IfExp &>(e);
            resolveExpr(*i.test, scope);
            resolveExpr(*i.body, scope);
            resolveExpr(*i.orelse, scope);
            break;
        }
        }
    }

    const ast::Program &m_program;
    Result m_result;
    std::map<std::string, int> m_globalSlots;
    std::set<std::string> m_moduleAssigned;
    std::set<std::string> m_functionGlobals;
};

} // namespace

// ---------------------------------------------------------------- the interpreter

class Interpreter
{
public:
    static std::unique_ptr<Trace> trace(std::string_view source, const RunOptions &options);

    Interpreter(const RunOptions &options, Trace &trace)
        : m_options(options), m_trace(trace), m_engine(options.cache, &trace.history())
    {
        m_engine.setCallFunction([this](const Value &callable) {
            // The callable's own cache calls record their own effects; keep get_or_set's apart.
            CallEffects outer = m_engine.takeEffects();
            Value result;
            try {
                result = callValue(callable, {}, {});
            } catch (...) {
                m_engine.restoreEffects(std::move(outer));
                throw;
            }
            m_engine.restoreEffects(std::move(outer));
            return result;
        });
        m_cacheValue = Value::object(Ref<Object>(new ModuleObject(m_addresses.next(), ModuleObject::Which::Cache)));
        m_timeValue = Value::object(Ref<Object>(new ModuleObject(m_addresses.next(), ModuleObject::Which::Time)));
        const std::string cacheAddress = m_cacheValue.as<OpaqueObject>()->addressText();
        for (const CacheMethod &m : cacheMethods())
            m_cacheMethodValues.push_back(Value::object(Ref<Object>(new BuiltinObject(m_addresses.next(), m.id, m.name, cacheAddress))));
        for (const auto &[id, name] : TimeFunctions)
            m_timeFunctionValues.push_back(Value::object(Ref<Object>(new BuiltinObject(m_addresses.next(), id, name))));
        for (const BuiltinInfo &b : GlobalBuiltins)
            m_builtins.emplace(b.name, Value::object(Ref<Object>(new BuiltinObject(m_addresses.next(), b.id, b.name))));
        for (ExceptionTypeObject *type : allExceptionTypes())
            if (type->module().empty())
                m_builtins.emplace(type->name(), Value::object(Ref<Object>(type)));
    }

    // The run is over and nothing calls these functions again (the trace only shows
    // them), so emptying the frames they captured frees each frame <-> function cycle.
    ~Interpreter()
    {
        for (const std::weak_ptr<Frame> &weak : m_capturedFrames) {
            if (const std::shared_ptr<Frame> frame = weak.lock()) {
                frame->locals.clear();
                frame->enclosing.reset();
            }
        }
    }
    Interpreter(const Interpreter &) = delete;
    Interpreter &operator=(const Interpreter &) = delete;

    // Whether a frozen copy in the trace holds a cycle (see Freezer).
    bool frozeCycle() const { return m_freezer.madeCycle(); }

    void run(ast::Program &program)
    {
        Resolver::Result resolved = Resolver(program).run(program);
        if (!resolved.ok) {
            m_trace.m_status = Trace::Status::NotRun;
            m_trace.m_diagnostic = resolved.diagnostic;
            return;
        }
        m_globalNames = resolved.globalNames;
        m_globals.assign(m_globalNames.size(), unbound());
        m_globalBuiltin.resize(m_globalNames.size());
        for (std::size_t i = 0; i < m_globalNames.size(); ++i)
            if (const auto it = m_builtins.find(m_globalNames[i]); it != m_builtins.end())
                m_globalBuiltin[i] = it->second;
        m_globalVariable.assign(m_globalNames.size(), -1);
        m_dirty.assign(m_globalNames.size(), 0);
        m_program = &program;
        m_callStack.push_back({"<module>", 0});
        try {
            try {
                execBlock(program.body);
                m_trace.m_status = Trace::Status::Completed;
            } catch (const std::bad_alloc &) {
                raise(ExceptionKind::MemoryError, "");
            } catch (const TraceTooLarge &) {
                raise(ExceptionKind::MemoryError, "the trace would hold over " + std::to_string(m_options.maxTracedItems)
                                                      + " items of lists, tuples, dicts and sets, CacheTutor's limit");
            }
        } catch (PyException &e) {
            e.traceback.push_back({m_callStack.front().line, "<module>"});
            finishRaised(e);
        } catch (const StepLimitReached &limit) {
            finishStepLimit(limit.line);
        } catch (const RunCancelled &) {
            m_open.clear();
            m_pendingCalls.clear();
            m_trace.m_status = Trace::Status::Cancelled;
        }
    }

private:
    enum class Flow { Normal, Break, Continue, Return };

    struct OpenStep {
        int line;
        Action action;
        std::size_t callsBegin; // into m_pendingCalls
    };

    struct CallFrame {
        const char *function;
        int line;
    };

    // ------------------------------------------------------------ steps

    void beginStep(const ast::Stmt &s, Action action)
    {
        if (m_started >= m_options.maxSteps)
            throw StepLimitReached{s.pos.line};
        ++m_started;
        m_callStack.back().line = s.pos.line;
        m_open.push_back({s.pos.line, action, m_pendingCalls.size()});
    }

    void endStep(std::int32_t errorIndex = -1)
    {
        const OpenStep open = m_open.back();
        m_open.pop_back();
        StepRecord record;
        record.line = static_cast<std::uint32_t>(open.line);
        record.action = open.action;
        record.callsBegin = static_cast<std::uint32_t>(m_trace.callCount());
        std::optional<Action> firstCall;
        std::optional<Action> firstCacheCall;
        for (std::size_t i = open.callsBegin; i < m_pendingCalls.size(); ++i) {
            const Action a = m_pendingCalls[i].action;
            m_trace.appendCall(m_pendingCalls[i]);
            if (!firstCall)
                firstCall = a;
            if (!firstCacheCall && isCacheAction(a))
                firstCacheCall = a;
        }
        if (firstCacheCall)
            record.action = *firstCacheCall;
        else if (firstCall)
            record.action = *firstCall;
        m_pendingCalls.resize(open.callsBegin);
        record.callsEnd = static_cast<std::uint32_t>(m_trace.callCount());
        record.historyPosition = m_trace.m_history->position();
        record.stdoutEnd = static_cast<std::uint32_t>(m_trace.m_stdout.size());
        record.errorIndex = errorIndex;
        record.clock = m_engine.now();
        m_trace.appendStep(record);
        recordVariables(static_cast<std::uint32_t>(m_trace.stepCount() - 1));
        // Between steps every object in use is held by a counted reference: a safe point.
        CycleCollector::collectIfDue();
        if ((m_trace.stepCount() & 1023) == 0) {
            // Relaxed: a watcher only needs a recent count, not ordering with the trace's data.
            if (m_options.progress)
                m_options.progress->store(m_trace.stepCount(), std::memory_order_relaxed);
            if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
                throw RunCancelled{};
        }
    }

    std::int32_t recordError(const PyException &e)
    {
        m_trace.m_errors.push_back(e.object().formatted());
        return static_cast<std::int32_t>(m_trace.m_errors.size() - 1);
    }

    void failStep(const PyException &e) { endStep(recordError(e)); }

    template <class F>
    auto inStep(const ast::Stmt &s, Action action, F &&body)
    {
        beginStep(s, action);
        try {
            if constexpr (std::is_void_v<decltype(body())>) {
                body();
                endStep();
            } else {
                auto result = body();
                endStep();
                return result;
            }
        } catch (PyException &e) {
            failStep(e);
            throw;
        }
    }

    void markDirty(int slot)
    {
        if (!m_dirty[static_cast<std::size_t>(slot)]) {
            m_dirty[static_cast<std::size_t>(slot)] = 1;
            m_dirtyList.push_back(slot);
        }
    }

    void recordChange(int slot, std::uint32_t stepIndex, const Value &value)
    {
        int &variable = m_globalVariable[static_cast<std::size_t>(slot)];
        const bool defined = !isUnbound(value) && isTrackable(value);
        if (variable < 0 && !defined)
            return;
        // Before the variable is registered: freeze() may throw, and a history has at least one step.
        Value snapshot = defined ? freeze(value) : Value();
        if (variable < 0) {
            variable = static_cast<int>(m_trace.m_variableNames.size());
            m_trace.m_variableNames.push_back(m_globalNames[static_cast<std::size_t>(slot)]);
            m_trace.m_variableHistories.emplace_back();
            m_trackedSlots.push_back(slot);
        }
        Trace::VariableHistory &h = m_trace.m_variableHistories[static_cast<std::size_t>(variable)];
        if (!h.steps.empty() && h.steps.back() == stepIndex) {
            h.values.back() = std::move(snapshot);
            h.defined.back() = defined;
        } else {
            h.steps.push_back(stepIndex);
            h.values.push_back(std::move(snapshot));
            h.defined.push_back(defined);
        }
    }

    Value freeze(const Value &value) { return m_freezer.freeze(value, m_tracedItemsLeft, m_mutations); }

    void recordVariables(std::uint32_t stepIndex)
    {
        for (const int slot : m_dirtyList) {
            m_dirty[static_cast<std::size_t>(slot)] = 0;
            recordChange(slot, stepIndex, m_globals[static_cast<std::size_t>(slot)]);
        }
        m_dirtyList.clear();
        if (m_mutations != m_mutationsSeen) {
            // Something was changed in place: compare each tracked container with its last snapshot.
            m_mutationsSeen = m_mutations;
            for (const int slot : m_trackedSlots) {
                const Value &live = m_globals[static_cast<std::size_t>(slot)];
                if (!live.isHeap() || live.isStr() || isUnbound(live))
                    continue;
                const Trace::VariableHistory &h = m_trace.m_variableHistories[static_cast<std::size_t>(m_globalVariable[static_cast<std::size_t>(slot)])];
                if (h.steps.empty() || !h.defined.back() || !sameSnapshot(h.values.back(), live))
                    recordChange(slot, stepIndex, live);
            }
        }
    }

    void finishRaised(PyException &e)
    {
        m_open.clear();
        m_pendingCalls.clear();
        m_trace.m_status = Trace::Status::Raised;
        m_trace.m_finalError = e.object().formatted();
        std::string tb = "Traceback (most recent call last):\n";
        // Reverse iterators, not std::views::reverse: Debian 12's clang 14 cannot
        // compile libstdc++ 12's <ranges>, and the fuzz build (tools/fuzz.sh) uses it.
        for (auto it = e.traceback.rbegin(); it != e.traceback.rend(); ++it) { // NOLINT(modernize-loop-convert): see above
            const auto &frame = *it;
            tb += "  File \"" + m_options.fileName + "\", line " + std::to_string(frame.line) + ", in " + frame.function + '\n';
            if (frame.line >= 1 && static_cast<std::size_t>(frame.line) <= m_program->lines.size()) {
                const std::string &text = m_program->lines[static_cast<std::size_t>(frame.line - 1)];
                const auto begin = text.find_first_not_of(" \t");
                if (begin != std::string::npos)
                    tb += "    " + text.substr(begin) + '\n';
            }
        }
        tb += e.object().tracebackLine() + '\n';
        m_trace.m_traceback = tb;
        m_trace.m_finalErrorLine = e.traceback.empty() ? 0 : e.traceback.front().line;
    }

    void finishStepLimit(int line)
    {
        m_open.clear();
        m_pendingCalls.clear();
        m_trace.m_status = Trace::Status::StepLimit;
        m_trace.m_finalError = "Step limit reached: the script was stopped after " + std::to_string(m_options.maxSteps)
            + " steps (is there a loop that never ends?)";
        m_trace.m_errors.push_back(m_trace.m_finalError);
        StepRecord record;
        record.line = static_cast<std::uint32_t>(line);
        record.action = Action::StepLimit;
        record.callsBegin = record.callsEnd = static_cast<std::uint32_t>(m_trace.callCount());
        record.historyPosition = m_trace.m_history->position();
        record.stdoutEnd = static_cast<std::uint32_t>(m_trace.m_stdout.size());
        record.errorIndex = static_cast<std::int32_t>(m_trace.m_errors.size() - 1);
        record.clock = m_engine.now();
        m_trace.appendStep(record);
        m_trace.m_finalErrorLine = line;
    }

    // ------------------------------------------------------------ recorded calls

    // Runs `body` as a recorded call: arguments and result frozen into the trace with the engine's effects.
    template <class F>
    Value recordedCall(Action action, const std::vector<Value> &args, const std::vector<Keyword> &kwargs, F &&body)
    {
        CallRecord record;
        record.action = action;
        record.argsBegin = static_cast<std::uint32_t>(m_trace.m_values.size());
        record.argCount = static_cast<std::uint16_t>(std::min<std::size_t>(args.size(), MaxRecordedArgs));
        record.kwargCount = static_cast<std::uint16_t>(std::min<std::size_t>(kwargs.size(), 0xFFFF));
        record.kwargNamesBegin = static_cast<std::uint32_t>(m_trace.m_kwargNames.size());
        for (std::size_t i = 0; i < record.argCount; ++i)
            m_trace.m_values.push_back(freeze(args[i]));
        for (std::size_t i = 0; i < record.kwargCount; ++i) {
            m_trace.m_values.push_back(freeze(kwargs[i].value));
            m_trace.m_kwargNames.push_back(kwargs[i].name);
        }
        auto finish = [&](CallEffects effects) {
            if (!effects.warnings.empty()) {
                record.warningsIndex = static_cast<std::int32_t>(m_trace.m_warningLists.size());
                m_trace.m_warningLists.push_back(std::move(effects.warnings));
            }
            auto clamp = [](int n) { return static_cast<std::uint8_t>(std::min(n, 255)); };
            record.hits = clamp(effects.hits);
            record.misses = clamp(effects.misses);
            record.expiredRemoved = clamp(effects.expiredRemoved);
            record.culled = clamp(effects.culled);
            record.historyPosition = m_trace.m_history->position();
            record.clock = m_engine.now();
            if (m_open.empty())
                return; // only a def's default values run outside a step; nothing to attach to
            m_pendingCalls.push_back(std::move(record));
        };
        Value result;
        try {
            result = body();
        } catch (PyException &e) {
            record.errorIndex = recordError(e);
            finish(m_engine.takeEffects());
            throw;
        }
        record.output = freeze(result);
        finish(m_engine.takeEffects());
        return result;
    }

    Value callCacheMethod(BuiltinId id, const std::vector<Value> &args, const std::vector<Keyword> &kwargs)
    {
        const CacheMethod &m = *cacheMethod(id);
        if (id == BuiltinId::CacheClose) {
            // close(**kwargs): any keywords, no positionals.
            if (!args.empty())
                raise(ExceptionKind::TypeError, "BaseCache.close() takes 1 positional argument but " + std::to_string(args.size() + 1) + " were given");
            return recordedCall(m.action, args, kwargs, [&] { return m_engine.close(); });
        }
        const auto b = bindArguments<std::array<std::optional<Value>, 4>>(m, m.params, m.required, 1, args, kwargs);
        auto arg = [&](std::size_t i, const Value &fallback = {}) { return b[i] ? *b[i] : fallback; };
        auto timeout = [&](std::size_t i) { return b[i]; }; // nullopt: DEFAULT_TIMEOUT
        const Value one = Value::integer(1);
        return recordedCall(m.action, args, kwargs, [&]() -> Value {
            switch (id) {
            case BuiltinId::CacheGet: return m_engine.get(arg(0), arg(1), arg(2));
            case BuiltinId::CacheSet: return m_engine.set(arg(0), arg(1), timeout(2), arg(3));
            case BuiltinId::CacheAdd: return m_engine.add(arg(0), arg(1), timeout(2), arg(3));
            case BuiltinId::CacheGetOrSet: return m_engine.getOrSet(arg(0), arg(1), timeout(2), arg(3));
            case BuiltinId::CacheGetMany: return m_engine.getMany(arg(0), arg(1));
            case BuiltinId::CacheSetMany: return m_engine.setMany(arg(0), timeout(1), arg(2));
            case BuiltinId::CacheDelete: return m_engine.deleteKey(arg(0), arg(1));
            case BuiltinId::CacheDeleteMany: return m_engine.deleteMany(arg(0), arg(1));
            case BuiltinId::CacheHasKey: return m_engine.hasKey(arg(0), arg(1));
            case BuiltinId::CacheIncr: return m_engine.incr(arg(0), arg(1, one), arg(2));
            case BuiltinId::CacheDecr: return m_engine.decr(arg(0), arg(1, one), arg(2));
            case BuiltinId::CacheTouch: return m_engine.touch(arg(0), timeout(1), arg(2));
            case BuiltinId::CacheClear: return m_engine.clear();
            case BuiltinId::CacheIncrVersion: return m_engine.incrVersion(arg(0), arg(1, one), arg(2));
            case BuiltinId::CacheDecrVersion: return m_engine.decrVersion(arg(0), arg(1, one), arg(2));
            case BuiltinId::CacheMakeKey: return m_engine.makeKey(arg(0), arg(1));
            default: return {};
            }
        });
    }

    // Python's message for both limits: the same error, whichever comes first.
    void checkStack() const
    {
        if (static_cast<const char *>(__builtin_frame_address(0)) < m_stackLimit)
            raise(ExceptionKind::RecursionError, "maximum recursion depth exceeded");
    }

    // ------------------------------------------------------------ statements

    Flow execBlock(const std::vector<ast::StmtPtr> &body)
    {
        for (const auto &s : body) {
            const Flow flow = exec(*s);
            if (flow != Flow::Normal)
                return flow;
        }
        return Flow::Normal;
    }

    Flow exec(const ast::Stmt &s)
    {
        checkStack();
        using K = ast::StmtKind;
        switch (s.kind) {
        case K::Expr:
            inStep(s, Action::Expression, [&] { eval(*static_cast<const ast::ExprStmt &>(s).value); });
            return Flow::Normal;
        case K::Assign: {
            const auto &a = static_cast<const ast::Assign &>(s);
            inStep(s, Action::Assign, [&] {
                const Value value = eval(*a.value);
                for (const auto &t : a.targets)
                    assignTarget(*t, value);
            });
            return Flow::Normal;
        }
        case K::AugAssign:
            inStep(s, Action::Assign, [&] { execAugAssign(static_cast<const ast::AugAssign &>(s)); });
            return Flow::Normal;
        case K::If: {
            const auto &i = static_cast<const ast::If &>(s);
            const bool taken = inStep(s, Action::If, [&] { return truthy(eval(*i.test)); });
            return execBlock(taken ? i.body : i.orelse);
        }
        case K::While:
            return execWhile(static_cast<const ast::While &>(s));
        case K::For:
            return execFor(static_cast<const ast::For &>(s));
        case K::Break:
            inStep(s, Action::Break, [] {});
            return Flow::Break;
        case K::Continue:
            inStep(s, Action::Continue, [] {});
            return Flow::Continue;
        case K::Pass:
            inStep(s, Action::Pass, [] {});
            return Flow::Normal;
        case K::Try:
            return execTry(static_cast<const ast::Try &>(s));
        case K::Raise:
            inStep(s, Action::Raise, [&] { execRaise(static_cast<const ast::Raise &>(s)); });
            return Flow::Normal;
        case K::FunctionDef:
            execFunctionDef(static_cast<const ast::FunctionDef &>(s));
            return Flow::Normal;
        case K::Return: {
            const auto &r = static_cast<const ast::Return &>(s);
            inStep(s, Action::Return, [&] { m_returnValue = r.value ? eval(*r.value) : Value(); });
            return Flow::Return;
        }
        case K::Delete:
            inStep(s, Action::Delete, [&] {
                for (const auto &t : static_cast<const ast::Delete &>(s).targets)
                    deleteTarget(*t);
            });
            return Flow::Normal;
        case K::Import: {
            const auto &i = static_cast<const ast::Import &>(s);
            m_callStack.back().line = s.pos.line;
            store(i.nameScope, i.nameSlot, i.module == ast::ImportedModule::Time ? m_timeValue : m_cacheValue);
            return Flow::Normal;
        }
        case K::Global:
            return Flow::Normal;
        case K::Assert: {
            const auto &a = static_cast<const ast::Assert &>(s);
            inStep(s, Action::Assert, [&] {
                if (!truthy(eval(*a.test))) {
                    std::vector<Value> args;
                    if (a.msg)
                        args.push_back(eval(*a.msg));
                    throw PyException(Value::object(Ref<Object>(new ExceptionObject(exceptionType(ExceptionKind::AssertionError), std::move(args)))));
                }
            });
            return Flow::Normal;
        }
        }
        return Flow::Normal;
    }

    Flow execWhile(const ast::While &w)
    {
        for (;;) {
            const bool go = inStep(w, Action::While, [&] { return truthy(eval(*w.test)); });
            if (!go)
                return execBlock(w.orelse);
            const Flow flow = execBlock(w.body);
            if (flow == Flow::Break)
                return Flow::Normal;
            if (flow == Flow::Return)
                return flow;
        }
    }

    Flow execFor(const ast::For &f)
    {
        // The first step evaluates the iterable and binds the first item; each later item is a step.
        beginStep(f, Action::For);
        bool stepOpen = true;
        Flow result = Flow::Normal;
        bool broke = false;
        try {
            const Value iterable = eval(*f.iter);
            iterate(iterable, [&](const Value &item) {
                if (!stepOpen) {
                    beginStep(f, Action::For);
                    stepOpen = true;
                }
                assignTarget(*f.target, item);
                stepOpen = false;
                endStep();
                const Flow flow = execBlock(f.body);
                if (flow == Flow::Break) {
                    broke = true;
                    return false;
                }
                if (flow == Flow::Return) {
                    result = Flow::Return;
                    return false;
                }
                return true;
            });
        } catch (PyException &e) {
            if (stepOpen)
                failStep(e);
            throw;
        }
        if (stepOpen)
            endStep();
        if (result == Flow::Return)
            return result;
        if (!broke)
            return execBlock(f.orelse);
        return Flow::Normal;
    }

    bool handlerMatches(const ast::ExceptHandler &h, const PyException &e)
    {
        if (!h.type)
            return true;
        const Value type = eval(*h.type);
        auto matches = [&](const Value &t) {
            if (t.kind() != Kind::ExceptionType)
                raise(ExceptionKind::TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return e.object().type()->isSubclassOf(t.as<ExceptionTypeObject>());
        };
        if (type.kind() == Kind::Tuple) {
            bool any = false;
            for (const Value &t : type.sequence().m_items)
                any = matches(t) || any;
            return any;
        }
        return matches(type);
    }

    Flow execTry(const ast::Try &t)
    {
        Flow flow = Flow::Normal;
        try {
            bool raised = false;
            try {
                flow = execBlock(t.body);
            } catch (PyException &e) {
                raised = true;
                const ast::ExceptHandler *handler = nullptr;
                for (const auto &h : t.handlers) {
                    if (handlerMatches(h, e)) {
                        handler = &h;
                        break;
                    }
                }
                if (!handler)
                    throw;
                e.traceback.clear();
                const Value exception = e.exception();
                if (!handler->name.empty())
                    store(handler->nameScope, handler->nameSlot, exception);
                m_handling.push_back(exception);
                try {
                    flow = execBlock(handler->body);
                } catch (PyException &) {
                    m_handling.pop_back();
                    if (!handler->name.empty())
                        store(handler->nameScope, handler->nameSlot, unbound());
                    throw;
                }
                m_handling.pop_back();
                // Python deletes the `as` name when the handler ends.
                if (!handler->name.empty())
                    store(handler->nameScope, handler->nameSlot, unbound());
            }
            if (!raised && flow == Flow::Normal)
                flow = execBlock(t.orelse);
        } catch (PyException &) {
            if (!t.finalbody.empty()) {
                const Flow finalFlow = execBlock(t.finalbody);
                if (finalFlow != Flow::Normal)
                    return finalFlow; // `return` in finally swallows the exception, as in Python
            }
            throw;
        }
        if (!t.finalbody.empty()) {
            const Flow finalFlow = execBlock(t.finalbody);
            if (finalFlow != Flow::Normal)
                return finalFlow;
        }
        return flow;
    }

    void execRaise(const ast::Raise &r)
    {
        if (!r.exc) {
            if (m_handling.empty())
                raise(ExceptionKind::RuntimeError, "No active exception to reraise");
            throw PyException(m_handling.back());
        }
        const Value value = eval(*r.exc);
        if (r.cause)
            eval(*r.cause);
        if (value.kind() == Kind::Exception)
            throw PyException(value);
        if (value.kind() == Kind::ExceptionType)
            throw PyException(Value::object(Ref<Object>(new ExceptionObject(value.as<ExceptionTypeObject>(), {}))));
        raise(ExceptionKind::TypeError, "exceptions must derive from BaseException");
    }

    void execFunctionDef(const ast::FunctionDef &f)
    {
        auto define = [&] {
            std::vector<Value> defaults;
            for (const auto &p : f.info.params)
                if (p.defaultValue)
                    defaults.push_back(eval(*p.defaultValue));
            store(f.nameScope, f.nameSlot, makeFunction(f.info, &f.body, nullptr, std::move(defaults)));
        };
        const bool plainDefaults = std::all_of(f.info.params.begin(), f.info.params.end(), [](const ast::Parameter &p) {
            return !p.defaultValue || p.defaultValue->kind == ast::ExprKind::Constant;
        });
        m_callStack.back().line = f.pos.line;
        // A `def` is not a step, unless its default values run code (a call could touch the cache).
        if (plainDefaults)
            define();
        else
            inStep(f, Action::Assign, define);
    }

    Value makeFunction(const ast::FunctionInfo &info, const std::vector<ast::StmtPtr> *body, const ast::Expr *lambdaBody,
                       std::vector<Value> defaults)
    {
        if (m_frame && !m_frame->captured) {
            m_frame->captured = true;
            if (m_capturedFrames.size() >= m_capturedFramesPruneAt) {
                std::erase_if(m_capturedFrames, [](const std::weak_ptr<Frame> &f) { return f.expired(); });
                m_capturedFramesPruneAt = std::max<std::size_t>(64, 2 * m_capturedFrames.size());
            }
            m_capturedFrames.push_back(m_frame);
        }
        return Value::object(Ref<Object>(new FunctionObject(m_addresses.next(), info, body, lambdaBody, std::move(defaults), m_frame)));
    }

    void execAugAssign(const ast::AugAssign &a)
    {
        if (a.target->kind == ast::ExprKind::Subscript) {
            const auto &sub = static_cast<const ast::Subscript &>(*a.target);
            const Value container = eval(*sub.value);
            const Value index = eval(*sub.index);
            const Value current = getItem(container, index);
            const Value rhs = eval(*a.value);
            const Value result = inplaceOp(a.op, current, rhs);
            setItem(container, index, result);
            ++m_mutations;
            return;
        }
        if (a.target->kind != ast::ExprKind::Name)
            raise(ExceptionKind::TypeError, "unsupported augmented assignment target");
        const auto &name = static_cast<const ast::Name &>(*a.target);
        const Value current = load(name);
        const Value rhs = eval(*a.value);
        if (current.kind() == Kind::List)
            ++m_mutations; // list += extends the shared object in place
        store(name.scope, name.slot, inplaceOp(a.op, current, rhs), name.depth);
    }

    // ------------------------------------------------------------ variables

    void store(ast::NameScope scope, int slot, const Value &value, int depth = 0)
    {
        switch (scope) {
        case ast::NameScope::Global:
            m_globals[static_cast<std::size_t>(slot)] = value;
            markDirty(slot);
            return;
        case ast::NameScope::Local:
            m_frame->locals[static_cast<std::size_t>(slot)] = value;
            return;
        case ast::NameScope::Enclosing: {
            Frame *frame = m_frame.get();
            for (int d = 0; d < depth; ++d)
                frame = frame->enclosing.get();
            frame->locals[static_cast<std::size_t>(slot)] = value;
            return;
        }
        default:
            return;
        }
    }

    Value load(const ast::Name &name)
    {
        switch (name.scope) {
        case ast::NameScope::Local: {
            const Value &v = m_frame->locals[static_cast<std::size_t>(name.slot)];
            if (isUnbound(v))
                raise(ExceptionKind::UnboundLocalError, "cannot access local variable '" + name.id + "' where it is not associated with a value");
            return v;
        }
        case ast::NameScope::Enclosing: {
            Frame *frame = m_frame.get();
            for (int d = 0; d < name.depth; ++d)
                frame = frame->enclosing.get();
            const Value &v = frame->locals[static_cast<std::size_t>(name.slot)];
            if (isUnbound(v))
                raise(ExceptionKind::NameError, "cannot access free variable '" + name.id + "' where it is not associated with a value in enclosing scope");
            return v;
        }
        default: {
            const Value &v = m_globals[static_cast<std::size_t>(name.slot)];
            if (!isUnbound(v))
                return v;
            const Value &builtin = m_globalBuiltin[static_cast<std::size_t>(name.slot)];
            if (!builtin.isNone())
                return builtin;
            raise(ExceptionKind::NameError, "name '" + name.id + "' is not defined");
        }
        }
    }

    void assignTarget(const ast::Expr &target, const Value &value)
    {
        switch (target.kind) {
        case ast::ExprKind::Name: {
            const auto &name = static_cast<const ast::Name &>(target);
            store(name.scope, name.slot, value, name.depth);
            return;
        }
        case ast::ExprKind::Tuple:
        case ast::ExprKind::List: {
            const auto &elts = target.kind == ast::ExprKind::Tuple ? static_cast<const ast::Tuple &>(target).elts
                                                                  : static_cast<const ast::List &>(target).elts;
            if (!(value.kind() == Kind::List || value.kind() == Kind::Tuple || value.kind() == Kind::Str || value.kind() == Kind::Dict
                  || value.kind() == Kind::Set || value.kind() == Kind::Range))
                raise(ExceptionKind::TypeError, "cannot unpack non-iterable " + typeName(value) + " object");
            const std::vector<Value> items = toVector(value);
            if (items.size() > elts.size())
                raise(ExceptionKind::ValueError, "too many values to unpack (expected " + std::to_string(elts.size()) + ")");
            if (items.size() < elts.size())
                raise(ExceptionKind::ValueError, "not enough values to unpack (expected " + std::to_string(elts.size()) + ", got " + std::to_string(items.size()) + ")");
            for (std::size_t i = 0; i < elts.size(); ++i)
                assignTarget(*elts[i], items[i]);
            return;
        }
        case ast::ExprKind::Subscript: {
            const auto &sub = static_cast<const ast::Subscript &>(target);
            const Value container = eval(*sub.value);
            if (sub.index->kind == ast::ExprKind::Slice)
                raise(ExceptionKind::TypeError, "slice assignment is not supported in CacheTutor");
            const Value index = eval(*sub.index);
            setItem(container, index, value);
            ++m_mutations;
            return;
        }
        default:
            raise(ExceptionKind::TypeError, "cannot assign to this target");
        }
    }

    void deleteTarget(const ast::Expr &target)
    {
        if (target.kind == ast::ExprKind::Name) {
            const auto &name = static_cast<const ast::Name &>(target);
            load(name); // NameError when not bound, as Python's `del`
            store(name.scope, name.slot, unbound(), name.depth);
            return;
        }
        if (target.kind == ast::ExprKind::Subscript) {
            const auto &sub = static_cast<const ast::Subscript &>(target);
            const Value container = eval(*sub.value);
            const Value index = eval(*sub.index);
            delItem(container, index);
            ++m_mutations;
            return;
        }
        if (target.kind == ast::ExprKind::Tuple || target.kind == ast::ExprKind::List) {
            const auto &elts = target.kind == ast::ExprKind::Tuple ? static_cast<const ast::Tuple &>(target).elts
                                                                  : static_cast<const ast::List &>(target).elts;
            for (const auto &e : elts)
                deleteTarget(*e);
            return;
        }
        raise(ExceptionKind::TypeError, "cannot delete this target");
    }

    // ------------------------------------------------------------ expressions

    Value eval(const ast::Expr &e)
    {
        checkStack();
        using K = ast::ExprKind;
        switch (e.kind) {
        case K::Constant:
            return static_cast<const ast::Constant &>(e).value;
        case K::Name:
            return load(static_cast<const ast::Name &>(e));
        case K::FString:
            return evalFString(static_cast<const ast::FString &>(e));
        case K::Tuple: {
            std::vector<Value> items;
            for (const auto &x : static_cast<const ast::Tuple &>(e).elts)
                items.push_back(eval(*x));
            return Value::tuple(std::move(items));
        }
        case K::List: {
            std::vector<Value> items;
            for (const auto &x : static_cast<const ast::List &>(e).elts)
                items.push_back(eval(*x));
            return Value::list(std::move(items));
        }
        case K::Set: {
            Value out = makeSet();
            for (const auto &x : static_cast<const ast::Set &>(e).elts)
                out.set().m_table.insert(eval(*x), {});
            return out;
        }
        case K::Dict: {
            const auto &d = static_cast<const ast::Dict &>(e);
            Value out = makeDict();
            for (std::size_t i = 0; i < d.keys.size(); ++i) {
                Value k = eval(*d.keys[i]);
                Value v = eval(*d.values[i]);
                out.dict().m_table.insert(k, std::move(v));
            }
            return out;
        }
        case K::Subscript: {
            const auto &s = static_cast<const ast::Subscript &>(e);
            const Value container = eval(*s.value);
            if (s.index->kind == K::Slice) {
                const auto &sl = static_cast<const ast::Slice &>(*s.index);
                return getSlice(container, sl.lower ? eval(*sl.lower) : Value(), sl.upper ? eval(*sl.upper) : Value(),
                                sl.step ? eval(*sl.step) : Value());
            }
            return getItem(container, eval(*s.index));
        }
        case K::Slice:
            raise(ExceptionKind::TypeError, "slices are only supported inside []");
        case K::Attribute: {
            const auto &a = static_cast<const ast::Attribute &>(e);
            return getAttribute(eval(*a.value), a);
        }
        case K::Call:
            return evalCall(static_cast<const ast::Call &>(e));
        case K::Lambda: {
            const auto &l = static_cast<const ast::Lambda &>(e);
            std::vector<Value> defaults;
            for (const auto &p : l.info.params)
                if (p.defaultValue)
                    defaults.push_back(eval(*p.defaultValue));
            return makeFunction(l.info, nullptr, l.body.get(), std::move(defaults));
        }
        case K::UnaryOp: {
            const auto &u = static_cast<const ast::UnaryOp &>(e);
            return unaryOp(u.op, eval(*u.operand));
        }
        case K::BinOp: {
            const auto &b = static_cast<const ast::BinOp &>(e);
            const Value left = eval(*b.left);
            const Value right = eval(*b.right);
            return binaryOp(b.op, left, right);
        }
        case K::BoolOp: {
            const auto &b = static_cast<const ast::BoolOp &>(e);
            Value v;
            for (const auto &x : b.values) {
                v = eval(*x);
                if (truthy(v) == (b.op == ast::BoolOperator::Or))
                    return v;
            }
            return v;
        }
        case K::Compare: {
            const auto &c = static_cast<const ast::Compare &>(e);
            Value left = eval(*c.left);
            for (std::size_t i = 0; i < c.ops.size(); ++i) {
                Value right = eval(*c.comparators[i]);
                const bool ok = c.ops[i] == ast::CompareOperator::In || c.ops[i] == ast::CompareOperator::NotIn
                    ? containsValue(c.ops[i], left, right)
                    : compare(c.ops[i], left, right);
                if (!ok)
                    return Value::boolean(false);
                left = std::move(right);
            }
            return Value::boolean(true);
        }
        case K::IfExp: {
            const auto &i = static_cast<const ast::IfExp &>(e);
            return truthy(eval(*i.test)) ? eval(*i.body) : eval(*i.orelse);
        }
        }
        return {};
    }

    // `key in cache` is a cache call (cache.__contains__); everything else is plain containment.
    bool containsValue(ast::CompareOperator op, const Value &item, const Value &container)
    {
        bool found;
        if (container.kind() == Kind::Module && container.heap() == m_cacheValue.heap())
            found = truthy(recordedCall(Action::CacheContains, {item}, {}, [&] { return m_engine.contains(item); }));
        else if (container.kind() == Kind::Module)
            raise(ExceptionKind::TypeError, "argument of type 'module' is not iterable");
        else
            found = contains(container, item);
        return op == ast::CompareOperator::In ? found : !found;
    }

    Value evalFString(const ast::FString &f)
    {
        std::string out;
        for (const auto &part : f.parts) {
            if (!part.expr) {
                out += part.literal;
                continue;
            }
            const Value v = eval(*part.expr);
            const char conversion = part.conversion;
            if (conversion == 'r' || conversion == 'a')
                out += formatValue(Value::str(scriptRepr(v)), part.formatSpec);
            else if (conversion == 's')
                out += formatValue(Value::str(scriptStr(v)), part.formatSpec);
            else
                out += formatValue(v, part.formatSpec);
            if (static_cast<std::int64_t>(out.size()) > maxSequenceLength())
                raise(ExceptionKind::MemoryError, "f-string result over CacheTutor's size limit");
        }
        return Value::str(std::move(out));
    }

    Value getAttribute(const Value &object, const ast::Attribute &a)
    {
        const std::string &attr = a.attr;
        if (object.kind() == Kind::Module) {
            const auto *module = object.as<ModuleObject>();
            if (module->m_which == ModuleObject::Which::Cache) {
                if (a.cacheMethod >= 0)
                    return m_cacheMethodValues[static_cast<std::size_t>(a.cacheMethod)];
                raise(ExceptionKind::AttributeError, "'LocMemCache' object has no attribute '" + attr + '\'');
            }
            if (a.timeFunction >= 0)
                return m_timeFunctionValues[static_cast<std::size_t>(a.timeFunction)];
            raise(ExceptionKind::AttributeError, "module 'time' has no attribute '" + attr + '\'');
        }
        if (object.kind() == Kind::Exception && attr == "args")
            return Value::tuple(object.as<ExceptionObject>()->args());
        if (isPythonMethod(typeName(object), attr))
            raise(ExceptionKind::AttributeError, typeName(object) + '.' + attr + " is not supported in CacheTutor");
        raise(ExceptionKind::AttributeError, "'" + typeName(object) + "' object has no attribute '" + attr + '\'');
    }

    Value evalCall(const ast::Call &c)
    {
        const Value callee = eval(*c.func);
        std::vector<Value> args;
        args.reserve(c.args.size());
        for (const auto &a : c.args)
            args.push_back(eval(*a));
        std::vector<Keyword> kwargs;
        for (const auto &k : c.keywords)
            kwargs.push_back({k.name, eval(*k.value)});
        return callValue(callee, args, kwargs);
    }

    Value callValue(const Value &callee, const std::vector<Value> &args, const std::vector<Keyword> &kwargs)
    {
        switch (callee.kind()) {
        case Kind::Function:
            return callFunction(*callee.as<FunctionObject>(), args, kwargs);
        case Kind::Builtin:
            return callBuiltin(*callee.as<BuiltinObject>(), args, kwargs);
        case Kind::ExceptionType: {
            if (!kwargs.empty())
                raise(ExceptionKind::TypeError, callee.as<ExceptionTypeObject>()->name() + "() takes no keyword arguments");
            return Value::object(Ref<Object>(new ExceptionObject(callee.as<ExceptionTypeObject>(), args)));
        }
        default:
            raise(ExceptionKind::TypeError, "'" + typeName(callee) + "' object is not callable");
        }
    }

    Value callFunction(const FunctionObject &f, const std::vector<Value> &args, const std::vector<Keyword> &kwargs)
    {
        const ast::FunctionInfo &info = f.m_info;
        const std::vector<std::string> &params = f.m_paramNames;
        const std::size_t required = info.params.size() - f.m_defaults.size();
        auto bound = bindArguments<std::vector<std::optional<Value>>>(info.name, params, required, 0, args, kwargs);
        if (m_callStack.size() > MaxCallDepth)
            raise(ExceptionKind::RecursionError, "maximum recursion depth exceeded");
        auto frame = std::make_shared<Frame>();
        frame->locals.assign(info.locals.size(), unbound());
        frame->enclosing = f.m_closure;
        for (std::size_t i = 0; i < params.size(); ++i)
            frame->locals[i] = bound[i] ? *bound[i] : f.m_defaults[i - required];
        std::shared_ptr<Frame> saved = std::move(m_frame);
        m_frame = std::move(frame);
        m_callStack.push_back({info.name.c_str(), 0});
        Value result;
        try {
            if (f.m_lambdaBody) {
                result = eval(*f.m_lambdaBody);
            } else {
                const Flow flow = execBlock(*f.m_body);
                if (flow == Flow::Return)
                    result = std::exchange(m_returnValue, Value());
            }
        } catch (PyException &e) {
            e.traceback.push_back({m_callStack.back().line, info.name});
            m_callStack.pop_back();
            m_frame = std::move(saved);
            throw;
        } catch (...) {
            m_callStack.pop_back();
            m_frame = std::move(saved);
            throw;
        }
        m_callStack.pop_back();
        m_frame = std::move(saved);
        return result;
    }

    // ------------------------------------------------------------ builtins

    void expectArgs(const std::string &name, const std::vector<Value> &args, std::size_t min, std::size_t max)
    {
        if (args.size() >= min && args.size() <= max)
            return;
        if (min == max && min == 1)
            raise(ExceptionKind::TypeError, name + "() takes exactly one argument (" + std::to_string(args.size()) + " given)");
        if (args.size() < min)
            raise(ExceptionKind::TypeError, name + " expected at least " + plural(min, "argument") + ", got " + std::to_string(args.size()));
        raise(ExceptionKind::TypeError, name + " expected at most " + plural(max, "argument") + ", got " + std::to_string(args.size()));
    }

    void noKeywords(const std::string &name, const std::vector<Keyword> &kwargs)
    {
        if (!kwargs.empty())
            raise(ExceptionKind::TypeError, name + "() takes no keyword arguments");
    }

    const Value *keyword(const std::vector<Keyword> &kwargs, const char *name)
    {
        for (const Keyword &k : kwargs)
            if (k.name == name)
                return &k.value;
        return nullptr;
    }

    void onlyKeywords(const std::string &fn, const std::vector<Keyword> &kwargs, std::initializer_list<const char *> allowed)
    {
        for (const Keyword &k : kwargs)
            if (std::none_of(allowed.begin(), allowed.end(), [&](const char *a) { return k.name == a; }))
                raise(ExceptionKind::TypeError, "'" + k.name + "' is an invalid keyword argument for " + fn + "()");
    }

    Value callBuiltin(const BuiltinObject &b, const std::vector<Value> &args, const std::vector<Keyword> &kwargs)
    {
        const std::string &name = b.m_name;
        if (b.m_id >= BuiltinId::CacheGet)
            return callCacheMethod(b.m_id, args, kwargs);
        switch (b.m_id) {
        case BuiltinId::Print:
            return builtinPrint(args, kwargs);
        case BuiltinId::TimeSleep: {
            noKeywords("sleep", kwargs);
            expectArgs("sleep", args, 1, 1);
            return recordedCall(Action::TimeSleep, args, kwargs, [&] {
                const Value &s = args[0];
                if (!s.isNumber())
                    raise(ExceptionKind::TypeError, "'" + typeName(s) + "' object cannot be interpreted as an integer");
                const double seconds = s.toDouble();
                if (seconds < 0)
                    raise(ExceptionKind::ValueError, "sleep length must be non-negative");
                if (!std::isfinite(seconds))
                    raise(ExceptionKind::OverflowError, "timestamp too large to convert to C _PyTime_t");
                m_engine.sleep(seconds);
                return Value();
            });
        }
        case BuiltinId::TimeTime:
        case BuiltinId::TimeMonotonic:
            noKeywords(name, kwargs);
            if (!args.empty())
                raise(ExceptionKind::TypeError, "time." + name + "() takes no arguments (" + std::to_string(args.size()) + " given)");
            return recordedCall(Action::TimeTime, args, kwargs, [&] { return Value::floating(m_engine.now()); });
        default:
            break;
        }
        if (b.m_id != BuiltinId::Sorted && b.m_id != BuiltinId::Min && b.m_id != BuiltinId::Max && b.m_id != BuiltinId::Sum
            && b.m_id != BuiltinId::TypeDict && b.m_id != BuiltinId::TypeInt && b.m_id != BuiltinId::Round)
            noKeywords(name, kwargs);
        switch (b.m_id) {
        case BuiltinId::Len:
            expectArgs(name, args, 1, 1);
            return Value::integer(length(args[0]));
        case BuiltinId::Repr:
            expectArgs(name, args, 1, 1);
            return Value::str(scriptRepr(args[0]));
        case BuiltinId::Abs: {
            expectArgs(name, args, 1, 1);
            const Value &v = args[0];
            if (v.isIntLike())
                return v.asIntLike() < 0 ? unaryOp(ast::UnaryOperator::Neg, v) : Value::integer(v.asIntLike());
            if (v.isFloat())
                return Value::floating(std::fabs(v.asFloat()));
            raise(ExceptionKind::TypeError, "bad operand type for abs(): '" + typeName(v) + "'");
        }
        case BuiltinId::Isinstance: {
            expectArgs(name, args, 2, 2);
            return Value::boolean(isInstance(args[0], args[1]));
        }
        case BuiltinId::Callable:
            expectArgs(name, args, 1, 1);
            return Value::boolean(isCallable(args[0]));
        case BuiltinId::Chr: {
            expectArgs(name, args, 1, 1);
            const std::int64_t cp = requireInteger(args[0]);
            if (cp < 0 || cp > 0x10FFFF)
                raise(ExceptionKind::ValueError, "chr() arg not in range(0x110000)");
            if (cp >= 0xD800 && cp <= 0xDFFF)
                raise(ExceptionKind::ValueError, "surrogate code points are not supported in CacheTutor strings");
            return Value::str(utf8::encode(static_cast<char32_t>(cp)));
        }
        case BuiltinId::Ord: {
            expectArgs(name, args, 1, 1);
            if (!args[0].isStr())
                raise(ExceptionKind::TypeError, "ord() expected string of length 1, but " + typeName(args[0]) + " found");
            if (args[0].strObject().length() != 1)
                raise(ExceptionKind::TypeError, "ord() expected a character, but string of length " + std::to_string(args[0].strObject().length()) + " found");
            std::size_t at = 0;
            return Value::integer(utf8::decode(args[0].text(), at));
        }
        case BuiltinId::Divmod: {
            expectArgs(name, args, 2, 2);
            return Value::tuple({binaryOp(ast::BinaryOperator::FloorDiv, args[0], args[1]), binaryOp(ast::BinaryOperator::Mod, args[0], args[1])});
        }
        case BuiltinId::Pow:
            expectArgs(name, args, 2, 2);
            return binaryOp(ast::BinaryOperator::Pow, args[0], args[1]);
        case BuiltinId::Format:
            expectArgs(name, args, 1, 2);
            if (args.size() == 2 && !args[1].isStr())
                raise(ExceptionKind::TypeError, "format() argument 2 must be str, not " + typeName(args[1]));
            return Value::str(formatValue(args[0], args.size() == 2 ? args[1].text() : std::string()));
        case BuiltinId::Any:
        case BuiltinId::All: {
            expectArgs(name, args, 1, 1);
            const bool wantAny = b.m_id == BuiltinId::Any;
            bool result = !wantAny;
            iterate(args[0], [&](const Value &v) {
                if (truthy(v) == wantAny) {
                    result = wantAny;
                    return false;
                }
                return true;
            });
            return Value::boolean(result);
        }
        case BuiltinId::Round:
            return builtinRound(args, kwargs);
        case BuiltinId::Sum:
            return builtinSum(args, kwargs);
        case BuiltinId::Min:
        case BuiltinId::Max:
            return builtinMinMax(b.m_id == BuiltinId::Max, args, kwargs);
        case BuiltinId::Sorted:
            return builtinSorted(args, kwargs);
        default:
            return callType(b, args, kwargs);
        }
    }

    bool isInstance(const Value &v, const Value &cls)
    {
        if (cls.kind() == Kind::Tuple) {
            for (const Value &c : cls.sequence().m_items)
                if (isInstance(v, c))
                    return true;
            return false;
        }
        if (cls.kind() == Kind::ExceptionType)
            return v.kind() == Kind::Exception && v.as<ExceptionObject>()->type()->isSubclassOf(cls.as<ExceptionTypeObject>());
        if (cls.kind() == Kind::Builtin && cls.as<BuiltinObject>()->isType()) {
            switch (cls.as<BuiltinObject>()->m_id) {
            case BuiltinId::TypeInt: return v.isIntLike();
            case BuiltinId::TypeBool: return v.isBool();
            case BuiltinId::TypeFloat: return v.isFloat();
            case BuiltinId::TypeStr: return v.isStr();
            case BuiltinId::TypeList: return v.kind() == Kind::List;
            case BuiltinId::TypeTuple: return v.kind() == Kind::Tuple;
            case BuiltinId::TypeDict: return v.kind() == Kind::Dict;
            case BuiltinId::TypeSet: return v.kind() == Kind::Set;
            case BuiltinId::TypeRange: return v.kind() == Kind::Range;
            default: return false;
            }
        }
        raise(ExceptionKind::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    Value builtinPrint(const std::vector<Value> &args, const std::vector<Keyword> &kwargs)
    {
        onlyKeywords("print", kwargs, {"sep", "end"});
        return recordedCall(Action::Print, args, kwargs, [&] {
            std::string sep = " ";
            std::string end = "\n";
            for (const Keyword &k : kwargs) {
                if (!k.value.isNone() && !k.value.isStr())
                    raise(ExceptionKind::TypeError, k.name + " must be None or a string, not " + typeName(k.value));
                if (k.value.isStr())
                    (k.name == "sep" ? sep : end) = k.value.text();
            }
            std::string line;
            for (std::size_t i = 0; i < args.size(); ++i) {
                if (i)
                    line += sep;
                line += scriptStr(args[i]);
            }
            line += end;
            if (static_cast<std::int64_t>(m_trace.m_stdout.size() + line.size()) > maxSequenceLength())
                raise(ExceptionKind::MemoryError, "printed output over CacheTutor's limit of " + std::to_string(maxSequenceLength()) + " bytes");
            m_trace.m_stdout += line;
            return Value();
        });
    }

    Value builtinRound(const std::vector<Value> &args, const std::vector<Keyword> &kwargs)
    {
        onlyKeywords("round", kwargs, {"ndigits"});
        std::vector<Value> all = args;
        if (const Value *nd = keyword(kwargs, "ndigits"))
            all.push_back(*nd);
        expectArgs("round", all, 1, 2);
        const Value &x = all[0];
        const bool hasDigits = all.size() == 2 && !all[1].isNone();
        if (x.isIntLike())
            return Value::integer(x.asIntLike());
        if (!x.isFloat())
            raise(ExceptionKind::TypeError, "type " + typeName(x) + " doesn't define __round__ method");
        const double d = x.asFloat();
        if (!hasDigits) {
            if (!std::isfinite(d))
                raise(std::isnan(d) ? ExceptionKind::ValueError : ExceptionKind::OverflowError,
                      std::isnan(d) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
            return Value::integer(static_cast<std::int64_t>(std::nearbyint(d))); // banker's rounding, as Python
        }
        const std::int64_t n = requireInteger(all[1]);
        // Python rounds the exact decimal value; printing with %.*f does the same correctly-rounded step.
        if (n > 300 || !std::isfinite(d))
            return x;
        if (n < 0) {
            const double scale = std::pow(10.0, static_cast<double>(-n));
            return Value::floating(std::nearbyint(d / scale) * scale);
        }
        char buf[512];
        std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(n), d);
        return Value::floating(std::strtod(buf, nullptr));
    }

    Value builtinSum(const std::vector<Value> &args, const std::vector<Keyword> &kwargs)
    {
        onlyKeywords("sum", kwargs, {"start"});
        expectArgs("sum", args, 1, 2);
        Value total = args.size() == 2 ? args[1] : Value::integer(0);
        if (const Value *start = keyword(kwargs, "start"))
            total = *start;
        if (total.isStr())
            raise(ExceptionKind::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        iterate(args[0], [&](const Value &v) {
            total = binaryOp(ast::BinaryOperator::Add, total, v);
            return true;
        });
        return total;
    }

    Value builtinMinMax(bool isMax, const std::vector<Value> &args, const std::vector<Keyword> &kwargs)
    {
        const std::string name = isMax ? "max" : "min";
        onlyKeywords(name, kwargs, {"key", "default"});
        if (args.empty())
            raise(ExceptionKind::TypeError, name + " expected at least 1 argument, got 0");
        const Value *keyFn = keyword(kwargs, "key");
        const Value *dflt = keyword(kwargs, "default");
        std::vector<Value> items = args.size() == 1 ? toVector(args[0]) : args;
        if (args.size() > 1 && dflt)
            raise(ExceptionKind::TypeError, "Cannot specify a default for " + name + "() with multiple positional arguments");
        if (items.empty()) {
            if (dflt)
                return *dflt;
            raise(ExceptionKind::ValueError, name + "() arg is an empty sequence");
        }
        Value best = items[0];
        Value bestKey = keyFn && !keyFn->isNone() ? callValue(*keyFn, {best}, {}) : best;
        for (std::size_t i = 1; i < items.size(); ++i) {
            Value k = keyFn && !keyFn->isNone() ? callValue(*keyFn, {items[i]}, {}) : items[i];
            if (isMax ? lessThan(bestKey, k) : lessThan(k, bestKey)) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    Value builtinSorted(const std::vector<Value> &args, const std::vector<Keyword> &kwargs)
    {
        onlyKeywords("sorted", kwargs, {"key", "reverse"});
        if (args.size() != 1)
            raise(ExceptionKind::TypeError, "sorted expected 1 argument, got " + std::to_string(args.size()));
        std::vector<Value> items = toVector(args[0]);
        const Value *keyFn = keyword(kwargs, "key");
        const Value *reverse = keyword(kwargs, "reverse");
        std::vector<Value> keys;
        keys.reserve(items.size());
        for (const Value &v : items)
            keys.push_back(keyFn && !keyFn->isNone() ? callValue(*keyFn, {v}, {}) : v);
        std::vector<std::size_t> order(items.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        const bool rev = reverse && truthy(*reverse);
        // Stable, and reverse keeps equal items in their original order, as Python's sort does.
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return rev ? lessThan(keys[b], keys[a]) : lessThan(keys[a], keys[b]);
        });
        std::vector<Value> out;
        out.reserve(items.size());
        for (const std::size_t i : order)
            out.push_back(items[i]);
        return Value::list(std::move(out));
    }

    Value callType(const BuiltinObject &b, const std::vector<Value> &args, const std::vector<Keyword> &kwargs)
    {
        const std::string &name = b.m_name;
        switch (b.m_id) {
        case BuiltinId::TypeInt: {
            onlyKeywords("int", kwargs, {"base"});
            std::vector<Value> all = args;
            if (const Value *base = keyword(kwargs, "base"))
                all.push_back(*base);
            expectArgs("int", all, 0, 2);
            if (all.empty())
                return Value::integer(0);
            const Value &x = all[0];
            if (all.size() == 2) {
                if (!x.isStr())
                    raise(ExceptionKind::TypeError, "int() can't convert non-string with explicit base");
                const std::int64_t base = requireInteger(all[1]);
                if (base < 2 || base > 36)
                    raise(ExceptionKind::ValueError, "int() base must be >= 2 and <= 36, or 0");
                return parseIntLiteral(x.text(), static_cast<int>(base));
            }
            if (x.isIntLike())
                return Value::integer(x.asIntLike());
            if (x.isFloat()) {
                const double d = x.asFloat();
                if (std::isnan(d))
                    raise(ExceptionKind::ValueError, "cannot convert float NaN to integer");
                if (std::isinf(d))
                    raise(ExceptionKind::OverflowError, "cannot convert float infinity to integer");
                if (d >= 9.2233720368547758e18 || d < -9.2233720368547758e18)
                    raise(ExceptionKind::OverflowError, "integer does not fit in 64 bits (CacheTutor's ints are 64-bit)");
                return Value::integer(static_cast<std::int64_t>(d));
            }
            if (x.isStr())
                return parseIntLiteral(x.text(), 10);
            raise(ExceptionKind::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" + typeName(x) + "'");
        }
        case BuiltinId::TypeFloat: {
            expectArgs(name, args, 0, 1);
            if (args.empty())
                return Value::floating(0.0);
            if (args[0].isNumber())
                return Value::floating(args[0].toDouble());
            if (args[0].isStr())
                return parseFloatLiteral(args[0].text());
            raise(ExceptionKind::TypeError, "float() argument must be a string or a real number, not '" + typeName(args[0]) + "'");
        }
        case BuiltinId::TypeStr:
            expectArgs(name, args, 0, 1);
            return Value::str(args.empty() ? std::string() : scriptStr(args[0]));
        case BuiltinId::TypeBool:
            expectArgs(name, args, 0, 1);
            return Value::boolean(!args.empty() && truthy(args[0]));
        case BuiltinId::TypeList:
            expectArgs(name, args, 0, 1);
            return Value::list(args.empty() ? std::vector<Value>() : toVector(args[0]));
        case BuiltinId::TypeTuple:
            expectArgs(name, args, 0, 1);
            if (!args.empty() && args[0].kind() == Kind::Tuple)
                return args[0];
            return Value::tuple(args.empty() ? std::vector<Value>() : toVector(args[0]));
        case BuiltinId::TypeSet:
            expectArgs(name, args, 0, 1);
            return makeSet(args.empty() ? std::vector<Value>() : toVector(args[0]));
        case BuiltinId::TypeDict: {
            expectArgs(name, args, 0, 1);
            Value out = makeDict();
            if (!args.empty()) {
                if (args[0].kind() == Kind::Dict) {
                    args[0].dict().m_table.forEach([&](const Value &k, const Value &v) { out.dict().m_table.insert(k, v); });
                } else {
                    std::size_t index = 0;
                    iterate(args[0], [&](const Value &item) {
                        if (item.kind() != Kind::Tuple && item.kind() != Kind::List)
                            raise(ExceptionKind::TypeError, "cannot convert dictionary update sequence element #" + std::to_string(index) + " to a sequence");
                        const auto &pair = item.sequence().m_items;
                        if (pair.size() != 2)
                            raise(ExceptionKind::ValueError, "dictionary update sequence element #" + std::to_string(index) + " has length "
                                                                 + std::to_string(pair.size()) + "; 2 is required");
                        out.dict().m_table.insert(pair[0], pair[1]);
                        ++index;
                        return true;
                    });
                }
            }
            for (const Keyword &k : kwargs)
                out.dict().m_table.insert(Value::str(k.name), k.value);
            return out;
        }
        case BuiltinId::TypeRange: {
            if (args.empty())
                raise(ExceptionKind::TypeError, "range expected at least 1 argument, got 0");
            expectArgs("range", args, 1, 3);
            std::int64_t start = 0, stop = 0, step = 1;
            if (args.size() == 1) {
                stop = requireInteger(args[0]);
            } else {
                start = requireInteger(args[0]);
                stop = requireInteger(args[1]);
                if (args.size() == 3)
                    step = requireInteger(args[2]);
            }
            if (step == 0)
                raise(ExceptionKind::ValueError, "range() arg 3 must not be zero");
            return Value::object(Ref<Object>(new RangeObject(start, stop, step)));
        }
        default:
            raise(ExceptionKind::TypeError, "'" + name + "' is not callable here");
        }
    }

    const RunOptions &m_options;
    Trace &m_trace;
    CacheEngine m_engine;
    AddressBook m_addresses;
    const ast::Program *m_program = nullptr;

    Value m_cacheValue;
    Value m_timeValue;
    std::vector<Value> m_cacheMethodValues;  // in cacheMethods() order
    std::vector<Value> m_timeFunctionValues; // in TimeFunctions order
    std::unordered_map<std::string, Value> m_builtins;

    std::vector<std::string> m_globalNames;
    std::vector<Value> m_globals;
    std::vector<Value> m_globalBuiltin;  // the builtin a global name falls back to, or None
    std::vector<int> m_globalVariable;   // global slot -> tracker variable index, or -1
    std::vector<int> m_trackedSlots;     // slots that have a tracker variable
    std::vector<std::uint8_t> m_dirty;   // slot rebound during the current step
    std::vector<int> m_dirtyList;
    std::uint64_t m_mutations = 0;       // in-place container changes so far
    std::uint64_t m_mutationsSeen = 0;

    std::shared_ptr<Frame> m_frame;      // null at module level
    // Frames that closures keep. A function made inside a call usually lands in that call's
    // own locals (`def inner` binds a local), so frame and function hold each other and
    // reference counting never frees them; ~Interpreter breaks those cycles.
    std::vector<std::weak_ptr<Frame>> m_capturedFrames;
    std::size_t m_capturedFramesPruneAt = 64;
    std::vector<CallFrame> m_callStack;
    std::int64_t m_tracedItemsLeft = m_options.maxTracedItems; // see freeze()
    Freezer m_freezer;
    const char *m_stackLimit = stackLimit(); // see stackLimit(); the interpreter runs on the thread that made it
    Value m_returnValue;
    std::vector<Value> m_handling;       // exceptions being handled, for a bare `raise`

    std::vector<OpenStep> m_open;
    std::vector<CallRecord> m_pendingCalls;
    std::int64_t m_started = 0;
};

std::unique_ptr<Trace> Interpreter::trace(std::string_view source, const RunOptions &options)
{
    auto trace = std::make_unique<Trace>();
    trace->m_fileName = options.fileName;
    trace->m_config = options.cache;
    trace->m_maxSteps = options.maxSteps;
    ParseResult parsed = parseScript(source, options.fileName);
    if (!parsed.ok()) {
        trace->m_status = Trace::Status::NotRun;
        trace->m_diagnostic = parsed.diagnostic;
        // Keep the source lines so views can still show the script with its error.
        std::string_view rest = source;
        while (!rest.empty()) {
            const auto nl = rest.find('\n');
            trace->m_sourceLines.emplace_back(rest.substr(0, nl));
            if (nl == std::string_view::npos)
                break;
            rest.remove_prefix(nl + 1);
        }
        return trace;
    }
    trace->m_sourceLines = parsed.program->lines;
    CycleCollector collector; // registers the containers the run makes on this thread
    {
        // The run's size limit, for operators.cpp's free functions too; restored however the run ends.
        struct SequenceLimit {
            explicit SequenceLimit(std::int64_t limit) : previous(setMaxSequenceLength(limit)) {}
            ~SequenceLimit() { setMaxSequenceLength(previous); }
            SequenceLimit(const SequenceLimit &) = delete;
            SequenceLimit &operator=(const SequenceLimit &) = delete;
            std::int64_t previous;
        } limit(options.maxSequenceLength);
        Interpreter interpreter(options, *trace);
        interpreter.run(*parsed.program);
        trace->m_mayHoldCycles = interpreter.frozeCycle();
    }
    // The interpreter, its globals, frames and cache are gone: what the run made
    // and still exists is either garbage in cycles or held by the trace.
    trace->m_heldObjects = collector.finish();
    // The functions in the trace point into the tree: keep it alive as long as the trace.
    trace->m_program = std::move(parsed.program);
    trace->finish();
    return trace;
}

std::unique_ptr<Trace> traceScript(std::string_view source, const RunOptions &options)
{
    std::unique_ptr<Trace> trace = Interpreter::trace(source, options);
    if (options.progress)
        options.progress->store(trace->stepCount(), std::memory_order_relaxed);
    return trace;
}

} // namespace cachetutor
