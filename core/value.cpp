#include "value.h"

#include "cyclecollector.h"
#include "pyexception.h"
#include "utf8.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace cachetutor {

namespace {

// Python raises RecursionError long before a C++ stack would overflow; these
// walkers stop at the same kind of depth.
constexpr int MaxNesting = 1000;

class NestingGuard
{
public:
    explicit NestingGuard(const char *what)
    {
        if (++s_depth > MaxNesting) {
            --s_depth;
            raise(ExceptionKind::RecursionError, std::string("maximum recursion depth exceeded ") + what);
        }
    }
    ~NestingGuard() { --s_depth; }
    NestingGuard(const NestingGuard &) = delete;
    NestingGuard &operator=(const NestingGuard &) = delete;

private:
    static thread_local int s_depth;
};
thread_local int NestingGuard::s_depth = 0;

std::size_t hashCombine(std::size_t seed, std::size_t h)
{
    return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

std::size_t hashInt(std::int64_t i)
{
    return std::hash<std::int64_t>{}(i);
}

} // namespace

// ---------------------------------------------------------------- Value

void destroyObject(Object *object)
{
    thread_local bool destroying = false;
    thread_local std::vector<Object *> pending;
    if (destroying) {
        pending.push_back(object);
        return;
    }
    destroying = true;
    delete object;
    while (!pending.empty()) {
        Object *next = pending.back();
        pending.pop_back();
        delete next;
    }
    destroying = false;
}

Value Value::boolean(bool b)
{
    Value v;
    v.m_kind = Kind::Bool;
    v.m_bits.b = b;
    return v;
}

Value Value::integer(std::int64_t i)
{
    Value v;
    v.m_kind = Kind::Int;
    v.m_bits.i = i;
    return v;
}

Value Value::floating(double d)
{
    Value v;
    v.m_kind = Kind::Float;
    v.m_bits.d = d;
    return v;
}

Value Value::str(std::string utf8)
{
    return object(Ref<Object>(new StrObject(std::move(utf8))));
}

Value Value::tuple(std::vector<Value> items)
{
    return object(Ref<Object>(new SequenceObject(Kind::Tuple, std::move(items))));
}

Value Value::list(std::vector<Value> items)
{
    return object(Ref<Object>(new SequenceObject(Kind::List, std::move(items))));
}

Value Value::object(const Ref<Object> &object)
{
    Value v;
    v.m_kind = object->kind();
    v.m_bits.o = object.get();
    v.retain();
    return v;
}

double Value::toDouble() const
{
    switch (m_kind) {
    case Kind::Bool:
        return m_bits.b ? 1.0 : 0.0;
    case Kind::Int:
        return static_cast<double>(m_bits.i);
    default:
        return m_bits.d;
    }
}

const StrObject &Value::strObject() const
{
    return *as<StrObject>();
}

const std::string &Value::text() const
{
    return as<StrObject>()->text();
}

SequenceObject &Value::sequence() const
{
    return *as<SequenceObject>();
}

DictObject &Value::dict() const
{
    return *as<DictObject>();
}

SetObject &Value::set() const
{
    return *as<SetObject>();
}

bool Value::isSameObject(const Value &other) const
{
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::None:
        return true;
    case Kind::Bool:
        return m_bits.b == other.m_bits.b;
    case Kind::Int:
        // Ints are immediates here, so identity follows CPython's small-int cache (-5..256):
        // equal ints in it are the same object, others count as distinct.
        return m_bits.i == other.m_bits.i && m_bits.i >= -5 && m_bits.i <= 256;
    case Kind::Float:
        return false;
    default:
        return m_bits.o == other.m_bits.o;
    }
}

// ---------------------------------------------------------------- containers

bool mayHoldReferences(const Value &value)
{
    switch (value.kind()) {
    case Kind::Tuple:
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
    case Kind::Function:
    case Kind::Exception:
        return true;
    default:
        return false;
    }
}

SequenceObject::SequenceObject(Kind kind, std::vector<Value> items) : Object(kind), m_items(std::move(items))
{
    // A tuple of scalars can never be part of a cycle (its items never change): not worth tracking.
    if (CycleCollector::isTracking() && (kind == Kind::List || std::any_of(m_items.begin(), m_items.end(), mayHoldReferences)))
        CycleCollector::track(this);
}

void SequenceObject::forEachReference(ReferenceVisitor &visitor) const
{
    for (const Value &item : m_items)
        visitor.visit(item);
}

void SequenceObject::clearReferences(std::vector<Value> &sink)
{
    for (Value &item : m_items)
        sink.push_back(std::move(item));
    m_items.clear();
}

DictObject::DictObject() : Object(Kind::Dict)
{
    CycleCollector::track(this);
}

void DictObject::forEachReference(ReferenceVisitor &visitor) const
{
    m_table.forEach([&visitor](const Value &key, const Value &value) {
        visitor.visit(key);
        visitor.visit(value);
    });
}

void DictObject::clearReferences(std::vector<Value> &sink)
{
    m_table.takeAll(sink);
}

SetObject::SetObject() : Object(Kind::Set)
{
    CycleCollector::track(this);
}

void SetObject::forEachReference(ReferenceVisitor &visitor) const
{
    m_table.forEach([&visitor](const Value &key, const Value &) { visitor.visit(key); });
}

void SetObject::clearReferences(std::vector<Value> &sink)
{
    m_table.takeAll(sink);
}

// ---------------------------------------------------------------- StrObject

StrObject::StrObject(std::string utf8)
    : Object(Kind::Str), m_text(std::move(utf8))
{
    m_length = utf8::countCodePoints(m_text);
}

std::size_t StrObject::hash() const
{
    if (!m_hashed) {
        m_hash = std::hash<std::string>{}(m_text);
        m_hashed = true;
    }
    return m_hash;
}

std::size_t StrObject::byteOffset(std::int64_t index) const
{
    if (isAscii())
        return static_cast<std::size_t>(index);
    std::size_t i = 0;
    for (std::int64_t n = 0; n < index && i < m_text.size(); ++n)
        utf8::decode(m_text, i);
    return i;
}

std::string_view StrObject::codePointAt(std::int64_t index) const
{
    const std::size_t begin = byteOffset(index);
    std::size_t end = begin;
    utf8::decode(m_text, end);
    return std::string_view(m_text).substr(begin, end - begin);
}

std::string OpaqueObject::addressText() const
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(m_address));
    return buf;
}

// ---------------------------------------------------------------- hashing

std::size_t hashValue(const Value &value)
{
    switch (value.kind()) {
    case Kind::None:
        return 0x5eed;
    case Kind::Bool:
    case Kind::Int:
        return hashInt(value.asIntLike());
    case Kind::Float: {
        const double d = value.asFloat();
        // Equal numbers must hash equal: 2.0 hashes as 2.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.2e18)
            return hashInt(static_cast<std::int64_t>(d));
        return std::hash<double>{}(d);
    }
    case Kind::Str:
        return value.strObject().hash();
    case Kind::Tuple: {
        NestingGuard guard("while hashing");
        std::size_t h = 0x345678;
        for (const Value &item : value.sequence().m_items)
            h = hashCombine(h, hashValue(item));
        return h;
    }
    case Kind::Range: {
        const auto *r = value.as<RangeObject>();
        const std::int64_t n = r->length();
        std::size_t h = hashInt(n);
        if (n > 0)
            h = hashCombine(h, hashInt(r->m_start));
        if (n > 1)
            h = hashCombine(h, hashInt(r->m_step));
        return h;
    }
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
        raise(ExceptionKind::TypeError, "unhashable type: '" + typeName(value) + "'");
    default:
        return std::hash<const void *>{}(value.heap());
    }
}

// ---------------------------------------------------------------- ValueTable

std::size_t ValueTable::find(const Value &key) const
{
    const std::size_t h = hashValue(key);
    if (m_buckets.empty())
        return npos;
    const std::size_t mask = m_buckets.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const std::uint32_t slot = m_buckets[i];
        if (slot == 0)
            return npos;
        const Entry &e = m_entries[slot - 1];
        if (e.alive && e.hash == h && (e.key.isSameObject(key) || equals(e.key, key)))
            return slot - 1;
    }
}

void ValueTable::insert(const Value &key, Value value)
{
    const std::size_t found = find(key);
    if (found != npos) {
        m_entries[found].value = std::move(value);
        return;
    }
    if ((m_entries.size() + 1) * 2 > m_buckets.size())
        rehash(std::max<std::size_t>(8, m_buckets.size() * 2));
    const std::size_t h = hashValue(key);
    m_entries.push_back(Entry{key, std::move(value), h, true});
    const std::size_t mask = m_buckets.size() - 1;
    std::size_t i = h & mask;
    while (m_buckets[i] != 0)
        i = (i + 1) & mask;
    m_buckets[i] = static_cast<std::uint32_t>(m_entries.size());
    ++m_size;
}

bool ValueTable::remove(const Value &key)
{
    const std::size_t found = find(key);
    if (found == npos)
        return false;
    // The bucket keeps pointing at the dead entry so probe chains stay intact.
    m_entries[found].alive = false;
    m_entries[found].key = Value();
    m_entries[found].value = Value();
    --m_size;
    if (m_entries.size() > 16 && m_size * 4 < m_entries.size())
        rehash(m_buckets.size());
    return true;
}

void ValueTable::clear()
{
    m_entries.clear();
    m_buckets.clear();
    m_size = 0;
}

void ValueTable::takeAll(std::vector<Value> &sink)
{
    for (Entry &e : m_entries) {
        if (e.alive) {
            sink.push_back(std::move(e.key));
            sink.push_back(std::move(e.value));
        }
    }
    clear();
}

void ValueTable::rehash(std::size_t buckets)
{
    std::vector<Entry> live;
    live.reserve(m_size);
    for (Entry &e : m_entries)
        if (e.alive)
            live.push_back(std::move(e));
    m_entries = std::move(live);
    while (buckets < m_entries.size() * 2 + 2)
        buckets *= 2;
    m_buckets.assign(buckets, 0);
    const std::size_t mask = buckets - 1;
    for (std::size_t n = 0; n < m_entries.size(); ++n) {
        std::size_t i = m_entries[n].hash & mask;
        while (m_buckets[i] != 0)
            i = (i + 1) & mask;
        m_buckets[i] = static_cast<std::uint32_t>(n + 1);
    }
}

std::int64_t RangeObject::length() const
{
    if (m_step > 0 && m_start < m_stop)
        return (m_stop - m_start - 1) / m_step + 1;
    if (m_step < 0 && m_start > m_stop)
        return (m_start - m_stop - 1) / (-m_step) + 1;
    return 0;
}

Value makeDict(const std::vector<std::pair<Value, Value>> &items)
{
    auto *dict = new DictObject;
    Value result = Value::object(Ref<Object>(dict));
    for (const auto &[k, v] : items)
        dict->m_table.insert(k, v);
    return result;
}

Value makeSet(const std::vector<Value> &items)
{
    auto *set = new SetObject;
    Value result = Value::object(Ref<Object>(set));
    for (const Value &item : items)
        set->m_table.insert(item, Value());
    return result;
}

// ---------------------------------------------------------------- repr / str

std::string floatRepr(double d)
{
    if (std::isnan(d))
        return "nan";
    if (std::isinf(d))
        return d < 0 ? "-inf" : "inf";
    // Shortest round-trip digits, then Python's layout rules (float_repr_style 'short').
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string sci(buf, result.ptr);
    std::string sign;
    if (sci[0] == '-') {
        sign = "-";
        sci.erase(0, 1);
    }
    const std::size_t ePos = sci.find('e');
    std::string digits = sci.substr(0, ePos);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    const int exponent = std::stoi(sci.substr(ePos + 1));
    const int decpt = exponent + 1; // digits before the decimal point
    std::string out;
    if (decpt <= -4 || decpt > 16) {
        out = digits.substr(0, 1);
        if (digits.size() > 1)
            out += '.' + digits.substr(1);
        char exp[16];
        std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += exp;
    } else if (decpt <= 0) {
        out = "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
    } else if (static_cast<std::size_t>(decpt) >= digits.size()) {
        out = digits + std::string(static_cast<std::size_t>(decpt) - digits.size(), '0') + ".0";
    } else {
        out = digits.substr(0, static_cast<std::size_t>(decpt)) + '.' + digits.substr(static_cast<std::size_t>(decpt));
    }
    return sign + out;
}

std::string strRepr(std::string_view s)
{
    const bool hasSingle = s.find('\'') != std::string_view::npos;
    const bool hasDouble = s.find('"') != std::string_view::npos;
    const char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out += quote;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t start = i;
        const char32_t cp = utf8::decode(s, i);
        if (cp == static_cast<char32_t>(quote) || cp == U'\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == U'\t') {
            out += "\\t";
        } else if (cp == U'\n') {
            out += "\\n";
        } else if (cp == U'\r') {
            out += "\\r";
        } else if (!utf8::isPrintable(cp)) {
            char buf[16];
            if (cp < 0x100)
                std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
            else if (cp < 0x10000)
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
            else
                std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
            out += buf;
        } else {
            out.append(s.substr(start, i - start));
        }
    }
    out += quote;
    return out;
}

namespace {

// Prints into one buffer, so that nothing is copied once per nesting level,
// and stops once the text passes `limit` bytes: a list holding another twice,
// forty levels deep, would print 2^40 items. Containers being printed are
// remembered, so a list holding itself prints as [...].
class ReprPrinter
{
public:
    struct Cut {}; // the text passed the limit

    ReprPrinter(std::string &out, std::size_t limit) : m_out(out), m_limit(limit) {}

    void print(const Value &value)
    {
        switch (value.kind()) {
        case Kind::None:
            return append("None");
        case Kind::Bool:
            return append(value.asBool() ? "True" : "False");
        case Kind::Int:
            return append(std::to_string(value.asInt()));
        case Kind::Float:
            return append(floatRepr(value.asFloat()));
        case Kind::Str:
            return append(strRepr(value.text()));
        case Kind::Range: {
            const auto *r = value.as<RangeObject>();
            std::string text = "range(" + std::to_string(r->m_start) + ", " + std::to_string(r->m_stop);
            if (r->m_step != 1)
                text += ", " + std::to_string(r->m_step);
            return append(text + ')');
        }
        case Kind::Function:
        case Kind::Builtin:
        case Kind::Module:
            return append(value.as<OpaqueObject>()->reprString());
        case Kind::ExceptionType:
            return append("<class '" + value.as<ExceptionTypeObject>()->qualifiedName() + "'>");
        case Kind::Exception: {
            const auto *e = value.as<ExceptionObject>();
            append(e->type()->name() + '(');
            join(e->args());
            return append(")");
        }
        default:
            return printContainer(value);
        }
    }

private:
    void append(std::string_view text)
    {
        m_out += text;
        if (m_out.size() > m_limit)
            throw Cut{};
    }

    void printContainer(const Value &value)
    {
        Object *object = value.heap();
        // A view must always be able to print a value, so where CPython would raise
        // RecursionError for absurd nesting, the repr is cut short instead.
        if (m_active.count(object)) {
            // Inside itself: what CPython prints there (Py_ReprEnter).
            switch (value.kind()) {
            case Kind::Dict:
                return append("{...}");
            case Kind::List:
                return append("[...]");
            case Kind::Tuple:
                return append("(...)");
            default:
                return append("set(...)");
            }
        }
        if (m_active.size() >= MaxNesting)
            return append(value.kind() == Kind::Dict ? "{...}" : value.kind() == Kind::List ? "[...]" : "...");
        m_active.insert(object);
        switch (value.kind()) {
        case Kind::Tuple: {
            const auto &items = value.sequence().m_items;
            append("(");
            join(items);
            append(items.size() == 1 ? ",)" : ")");
            break;
        }
        case Kind::List:
            append("[");
            join(value.sequence().m_items);
            append("]");
            break;
        case Kind::Dict: {
            append("{");
            bool first = true;
            value.dict().m_table.forEach([&](const Value &k, const Value &v) {
                if (!first)
                    append(", ");
                first = false;
                print(k);
                append(": ");
                print(v);
            });
            append("}");
            break;
        }
        case Kind::Set: {
            if (value.set().m_table.size() == 0) {
                append("set()");
                break;
            }
            append("{");
            bool first = true;
            value.set().m_table.forEach([&](const Value &k, const Value &) {
                if (!first)
                    append(", ");
                first = false;
                print(k);
            });
            append("}");
            break;
        }
        default:
            append("<object>");
        }
        m_active.erase(object);
    }

    void join(const std::vector<Value> &items)
    {
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i)
                append(", ");
            print(items[i]);
        }
    }

    std::string &m_out;
    std::size_t m_limit;
    std::unordered_set<const Object *> m_active;
};

// The first `limit` bytes of `text`, not splitting a UTF-8 sequence.
void cutAt(std::string &text, std::size_t limit)
{
    std::size_t end = std::min(limit, text.size());
    while (end > 0 && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    text.resize(end);
}

} // namespace

std::string repr(const Value &value, std::size_t limit, bool *cut)
{
    std::string out;
    if (cut)
        *cut = false;
    try {
        ReprPrinter(out, limit).print(value);
    } catch (const ReprPrinter::Cut &) {
        cutAt(out, limit);
        out += "\u2026"; // …
        if (cut)
            *cut = true;
    }
    return out;
}

std::string str(const Value &value, std::size_t limit, bool *cut)
{
    switch (value.kind()) {
    case Kind::Str:
    case Kind::Exception: {
        std::string text = value.isStr() ? value.text() : value.as<ExceptionObject>()->message();
        if (cut)
            *cut = text.size() > limit;
        if (text.size() > limit) {
            cutAt(text, limit);
            text += "\u2026";
        }
        return text;
    }
    default:
        return repr(value, limit, cut);
    }
}

std::string typeName(const Value &value)
{
    switch (value.kind()) {
    case Kind::None:
        return "NoneType";
    case Kind::Bool:
        return "bool";
    case Kind::Int:
        return "int";
    case Kind::Float:
        return "float";
    case Kind::Str:
        return "str";
    case Kind::Tuple:
        return "tuple";
    case Kind::List:
        return "list";
    case Kind::Dict:
        return "dict";
    case Kind::Set:
        return "set";
    case Kind::Range:
        return "range";
    case Kind::ExceptionType:
        return "type";
    case Kind::Exception:
        return value.as<ExceptionObject>()->type()->name();
    case Kind::Function:
    case Kind::Builtin:
    case Kind::Module:
        return value.as<OpaqueObject>()->typeNameString();
    }
    return "object";
}

bool truthy(const Value &value)
{
    switch (value.kind()) {
    case Kind::None:
        return false;
    case Kind::Bool:
        return value.asBool();
    case Kind::Int:
        return value.asInt() != 0;
    case Kind::Float:
        return value.asFloat() != 0.0;
    case Kind::Str:
        return !value.text().empty();
    case Kind::Tuple:
    case Kind::List:
        return !value.sequence().m_items.empty();
    case Kind::Dict:
        return value.dict().m_table.size() != 0;
    case Kind::Set:
        return value.set().m_table.size() != 0;
    case Kind::Range:
        return value.as<RangeObject>()->length() != 0;
    default:
        return true;
    }
}

bool equals(const Value &a, const Value &b)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.isIntLike() && b.isIntLike())
            return a.asIntLike() == b.asIntLike();
        if (a.isIntLike() || b.isIntLike()) {
            // int == float compares exactly, as Python does (2**53 + 1 != float(2**53 + 1)).
            const std::int64_t i = a.isIntLike() ? a.asIntLike() : b.asIntLike();
            const double d = a.isIntLike() ? b.asFloat() : a.asFloat();
            if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) >= 9.3e18)
                return false;
            if (d >= 9.2233720368547758e18 || d < -9.2233720368547758e18)
                return false;
            return static_cast<std::int64_t>(d) == i;
        }
        return a.asFloat() == b.asFloat();
    }
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case Kind::None:
        return true;
    case Kind::Str:
        return a.heap() == b.heap() || a.text() == b.text();
    case Kind::Tuple:
    case Kind::List: {
        if (a.heap() == b.heap())
            return true;
        const auto &x = a.sequence().m_items;
        const auto &y = b.sequence().m_items;
        if (x.size() != y.size())
            return false;
        NestingGuard guard("in comparison");
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!x[i].isSameObject(y[i]) && !equals(x[i], y[i]))
                return false;
        return true;
    }
    case Kind::Dict: {
        if (a.heap() == b.heap())
            return true;
        const ValueTable &x = a.dict().m_table;
        const ValueTable &y = b.dict().m_table;
        if (x.size() != y.size())
            return false;
        NestingGuard guard("in comparison");
        for (const auto &e : x.entries()) {
            if (!e.alive)
                continue;
            const std::size_t found = y.find(e.key);
            if (found == ValueTable::npos)
                return false;
            const Value &other = y.entries()[found].value;
            if (!other.isSameObject(e.value) && !equals(e.value, other))
                return false;
        }
        return true;
    }
    case Kind::Set: {
        const ValueTable &x = a.set().m_table;
        const ValueTable &y = b.set().m_table;
        if (x.size() != y.size())
            return false;
        for (const auto &e : x.entries())
            if (e.alive && y.find(e.key) == ValueTable::npos)
                return false;
        return true;
    }
    case Kind::Range: {
        const auto *x = a.as<RangeObject>();
        const auto *y = b.as<RangeObject>();
        const std::int64_t n = x->length();
        if (n != y->length())
            return false;
        if (n == 0)
            return true;
        if (x->m_start != y->m_start)
            return false;
        return n == 1 || x->m_step == y->m_step;
    }
    default:
        return a.heap() == b.heap();
    }
}

// ---------------------------------------------------------------- deepCopy

namespace {

class PickleCopier
{
public:
    Value copy(const Value &value)
    {
        switch (value.kind()) {
        case Kind::None:
        case Kind::Bool:
        case Kind::Int:
        case Kind::Float:
        case Kind::Str:
        case Kind::Range:
        case Kind::ExceptionType:
            return value; // immutable: a copy is indistinguishable
        case Kind::Function:
        case Kind::Builtin:
        case Kind::Module:
            return value.as<OpaqueObject>()->pickleCopy(value);
        default:
            break;
        }
        if (const auto it = m_memo.find(value.heap()); it != m_memo.end())
            return it->second;
        NestingGuard guard("while pickling an object");
        switch (value.kind()) {
        case Kind::Tuple: {
            std::vector<Value> items;
            items.reserve(value.sequence().m_items.size());
            for (const Value &item : value.sequence().m_items)
                items.push_back(copy(item));
            Value result = Value::tuple(std::move(items));
            m_memo.emplace(value.heap(), result);
            return result;
        }
        case Kind::List: {
            Value result = Value::list({});
            m_memo.emplace(value.heap(), result);
            auto &out = result.sequence().m_items;
            out.reserve(value.sequence().m_items.size());
            for (const Value &item : value.sequence().m_items)
                out.push_back(copy(item));
            return result;
        }
        case Kind::Dict: {
            Value result = makeDict();
            m_memo.emplace(value.heap(), result);
            value.dict().m_table.forEach([&](const Value &k, const Value &v) {
                result.dict().m_table.insert(copy(k), copy(v));
            });
            return result;
        }
        case Kind::Set: {
            Value result = makeSet();
            m_memo.emplace(value.heap(), result);
            value.set().m_table.forEach([&](const Value &k, const Value &) {
                result.set().m_table.insert(copy(k), Value());
            });
            return result;
        }
        case Kind::Exception: {
            const auto *e = value.as<ExceptionObject>();
            std::vector<Value> args;
            for (const Value &arg : e->args())
                args.push_back(copy(arg));
            Value result = Value::object(Ref<Object>(new ExceptionObject(e->type(), std::move(args))));
            m_memo.emplace(value.heap(), result);
            return result;
        }
        default:
            return value;
        }
    }

private:
    std::unordered_map<const Object *, Value> m_memo;
};

} // namespace

Value deepCopy(const Value &value)
{
    if (!value.isHeap() || value.isStr())
        return value;
    return PickleCopier().copy(value);
}

} // namespace cachetutor
