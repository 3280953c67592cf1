#include "operators.h"

#include "pyexception.h"
#include "utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace cachetutor {

namespace {

using ast::BinaryOperator;
using ast::CompareOperator;
using ast::UnaryOperator;

const char *symbol(BinaryOperator op)
{
    switch (op) {
    case BinaryOperator::Add: return "+";
    case BinaryOperator::Sub: return "-";
    case BinaryOperator::Mul: return "*";
    case BinaryOperator::Div: return "/";
    case BinaryOperator::FloorDiv: return "//";
    case BinaryOperator::Mod: return "%";
    case BinaryOperator::Pow: return "** or pow()";
    case BinaryOperator::BitAnd: return "&";
    case BinaryOperator::BitOr: return "|";
    case BinaryOperator::BitXor: return "^";
    case BinaryOperator::LShift: return "<<";
    case BinaryOperator::RShift: return ">>";
    }
    return "?";
}

[[noreturn]] void unsupportedOperands(BinaryOperator op, const Value &a, const Value &b)
{
    raise(ExceptionKind::TypeError, std::string("unsupported operand type(s) for ") + symbol(op) + ": '"
                                        + typeName(a) + "' and '" + typeName(b) + "'");
}

[[noreturn]] void intOverflow()
{
    raise(ExceptionKind::OverflowError, "integer result does not fit in 64 bits (CacheTutor's ints are 64-bit)");
}

thread_local std::int64_t t_maxSequenceLength = MaxSequenceLength;

void checkLength(std::int64_t n)
{
    if (n > t_maxSequenceLength)
        raise(ExceptionKind::MemoryError, "result would have " + std::to_string(n)
                                              + " items, over CacheTutor's limit of " + std::to_string(t_maxSequenceLength));
}

std::string wholeText(const Value &value, bool asRepr)
{
    bool cut = false;
    const auto limit = static_cast<std::size_t>(t_maxSequenceLength);
    std::string text = asRepr ? repr(value, limit, &cut) : str(value, limit, &cut);
    if (cut)
        raise(ExceptionKind::MemoryError, std::string(asRepr ? "repr()" : "str()") + " of this value is over CacheTutor's limit of "
                                              + std::to_string(limit) + " bytes");
    return text;
}

// `size` items repeated `times` times. The true product, saturated rather than
// capped at the limit: a capped count would equal the limit and pass, letting
// [0] * 10**9 allocate a billion items.
void checkRepeatLength(std::int64_t size, std::int64_t times)
{
    std::int64_t n = 0;
    if (__builtin_mul_overflow(size, times, &n))
        n = std::numeric_limits<std::int64_t>::max();
    checkLength(n);
}

std::int64_t floorDivInt(std::int64_t a, std::int64_t b)
{
    if (a == std::numeric_limits<std::int64_t>::min() && b == -1)
        intOverflow();
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

std::int64_t modInt(std::int64_t a, std::int64_t b)
{
    if (b == -1)
        return 0;
    std::int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0)))
        m += b;
    return m;
}

// CPython's float_divmod, so -7.5 // 2 and -7.5 % 2 match Python.
std::pair<double, double> floatDivmod(double vx, double wx)
{
    double mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
    return {floordiv, mod};
}

Value repeatSequence(const Value &seq, std::int64_t times)
{
    if (times < 0)
        times = 0;
    if (seq.isStr()) {
        const std::string &text = seq.text();
        checkRepeatLength(static_cast<std::int64_t>(text.size()), times);
        // By doubling: 'ab' * 25_000_000 is 26 copies, not 25 million appends
        // (1.7 s under the sanitizers).
        const std::size_t total = text.size() * static_cast<std::size_t>(times);
        std::string out;
        out.reserve(total);
        if (total > 0)
            out.append(text);
        while (out.size() < total)
            out.append(out, 0, std::min(out.size(), total - out.size()));
        return Value::str(std::move(out));
    }
    const auto &items = seq.sequence().m_items;
    checkRepeatLength(static_cast<std::int64_t>(items.size()), times);
    std::vector<Value> out;
    out.reserve(items.size() * static_cast<std::size_t>(times));
    for (std::int64_t i = 0; i < times; ++i)
        out.insert(out.end(), items.begin(), items.end());
    return seq.kind() == Kind::List ? Value::list(std::move(out)) : Value::tuple(std::move(out));
}

bool isSequence(const Value &v)
{
    return v.isStr() || v.kind() == Kind::List || v.kind() == Kind::Tuple;
}

Value intPow(std::int64_t base, std::int64_t exp)
{
    if (exp < 0) {
        if (base == 0)
            raise(ExceptionKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return Value::floating(std::pow(static_cast<double>(base), static_cast<double>(exp)));
    }
    std::int64_t result = 1;
    std::int64_t b = base;
    while (exp > 0) {
        if (exp & 1) {
            if (__builtin_mul_overflow(result, b, &result))
                intOverflow();
        }
        exp >>= 1;
        if (exp > 0 && __builtin_mul_overflow(b, b, &b))
            intOverflow();
    }
    return Value::integer(result);
}

Value floatOp(BinaryOperator op, double x, double y)
{
    switch (op) {
    case BinaryOperator::Add: return Value::floating(x + y);
    case BinaryOperator::Sub: return Value::floating(x - y);
    case BinaryOperator::Mul: return Value::floating(x * y);
    case BinaryOperator::Div:
        if (y == 0.0)
            raise(ExceptionKind::ZeroDivisionError, "float division by zero");
        return Value::floating(x / y);
    case BinaryOperator::FloorDiv:
        if (y == 0.0)
            raise(ExceptionKind::ZeroDivisionError, "float floor division by zero");
        return Value::floating(floatDivmod(x, y).first);
    case BinaryOperator::Mod:
        if (y == 0.0)
            raise(ExceptionKind::ZeroDivisionError, "float modulo");
        return Value::floating(floatDivmod(x, y).second);
    case BinaryOperator::Pow: {
        if (x == 0.0 && y < 0)
            raise(ExceptionKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        if (x < 0 && y != std::floor(y))
            raise(ExceptionKind::ValueError, "complex numbers are not supported in CacheTutor");
        const double r = std::pow(x, y);
        if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
            raise(ExceptionKind::OverflowError, "(34, 'Numerical result out of range')");
        return Value::floating(r);
    }
    default:
        return {};
    }
}

Value intOp(BinaryOperator op, const Value &a, const Value &b)
{
    const std::int64_t x = a.asIntLike();
    const std::int64_t y = b.asIntLike();
    std::int64_t r = 0;
    switch (op) {
    case BinaryOperator::Add:
        if (__builtin_add_overflow(x, y, &r))
            intOverflow();
        return Value::integer(r);
    case BinaryOperator::Sub:
        if (__builtin_sub_overflow(x, y, &r))
            intOverflow();
        return Value::integer(r);
    case BinaryOperator::Mul:
        if (__builtin_mul_overflow(x, y, &r))
            intOverflow();
        return Value::integer(r);
    case BinaryOperator::Div:
        if (y == 0)
            raise(ExceptionKind::ZeroDivisionError, "division by zero");
        return Value::floating(static_cast<double>(x) / static_cast<double>(y));
    case BinaryOperator::FloorDiv:
        if (y == 0)
            raise(ExceptionKind::ZeroDivisionError, "integer division or modulo by zero");
        return Value::integer(floorDivInt(x, y));
    case BinaryOperator::Mod:
        if (y == 0)
            raise(ExceptionKind::ZeroDivisionError, "integer modulo by zero");
        return Value::integer(modInt(x, y));
    case BinaryOperator::Pow:
        return intPow(x, y);
    case BinaryOperator::BitAnd:
        return a.isBool() && b.isBool() ? Value::boolean(x & y) : Value::integer(x & y);
    case BinaryOperator::BitOr:
        return a.isBool() && b.isBool() ? Value::boolean(x | y) : Value::integer(x | y);
    case BinaryOperator::BitXor:
        return a.isBool() && b.isBool() ? Value::boolean(x ^ y) : Value::integer(x ^ y);
    case BinaryOperator::LShift:
        if (y < 0)
            raise(ExceptionKind::ValueError, "negative shift count");
        if (x == 0)
            return Value::integer(0);
        if (y >= 63 || (x > 0 ? x > (std::numeric_limits<std::int64_t>::max() >> y)
                              : x < (std::numeric_limits<std::int64_t>::min() >> y)))
            intOverflow();
        return Value::integer(static_cast<std::int64_t>(static_cast<std::uint64_t>(x) << y));
    case BinaryOperator::RShift:
        if (y < 0)
            raise(ExceptionKind::ValueError, "negative shift count");
        return Value::integer(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
    }
    return {};
}

std::int64_t normalizeIndex(std::int64_t index, std::int64_t size, const char *what)
{
    if (index < 0)
        index += size;
    if (index < 0 || index >= size)
        raise(ExceptionKind::IndexError, std::string(what) + " index out of range");
    return index;
}

std::int64_t requireIndex(const Value &index, const char *what)
{
    if (!index.isIntLike()) {
        if (std::string_view(what) == "string")
            raise(ExceptionKind::TypeError, "string indices must be integers, not '" + typeName(index) + "'");
        raise(ExceptionKind::TypeError, std::string(what) + " indices must be integers or slices, not " + typeName(index));
    }
    return index.asIntLike();
}

// Python's PySlice_AdjustIndices: clamps start/stop for a given length and step.
struct SliceBounds {
    std::int64_t start, stop, step, count;
};

SliceBounds sliceBounds(const Value &lower, const Value &upper, const Value &stepValue, std::int64_t length)
{
    auto asBound = [](const Value &v) {
        if (!v.isIntLike())
            raise(ExceptionKind::TypeError, "slice indices must be integers or None or have an __index__ method");
        return v.asIntLike();
    };
    std::int64_t step = 1;
    if (!stepValue.isNone()) {
        step = asBound(stepValue);
        if (step == 0)
            raise(ExceptionKind::ValueError, "slice step cannot be zero");
    }
    std::int64_t start;
    std::int64_t stop;
    if (lower.isNone()) {
        start = step < 0 ? length - 1 : 0;
    } else {
        start = asBound(lower);
        if (start < 0) {
            start += length;
            if (start < 0)
                start = step < 0 ? -1 : 0;
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
    }
    if (upper.isNone()) {
        stop = step < 0 ? -1 : length;
    } else {
        stop = asBound(upper);
        if (stop < 0) {
            stop += length;
            if (stop < 0)
                stop = step < 0 ? -1 : 0;
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
    }
    std::int64_t count = 0;
    if (step < 0) {
        if (stop < start)
            count = (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        count = (stop - start - 1) / step + 1;
    }
    return {start, stop, step, count};
}

int compareSequences(const std::vector<Value> &x, const std::vector<Value> &y, CompareOperator op, bool &decided)
{
    // Lexicographic, as Python: the first unequal pair decides.
    const std::size_t n = std::min(x.size(), y.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (x[i].isSameObject(y[i]) || equals(x[i], y[i]))
            continue;
        decided = true;
        if (op == CompareOperator::Eq)
            return 0;
        if (op == CompareOperator::NotEq)
            return 1;
        return compare(op, x[i], y[i]) ? 1 : 0;
    }
    decided = false;
    return 0;
}

const char *compareSymbol(CompareOperator op)
{
    switch (op) {
    case CompareOperator::Lt: return "<";
    case CompareOperator::LtE: return "<=";
    case CompareOperator::Gt: return ">";
    case CompareOperator::GtE: return ">=";
    default: return "==";
    }
}

template <class T>
bool ordered(CompareOperator op, const T &x, const T &y)
{
    switch (op) {
    case CompareOperator::Lt: return x < y;
    case CompareOperator::LtE: return x <= y;
    case CompareOperator::Gt: return x > y;
    case CompareOperator::GtE: return x >= y;
    default: return false;
    }
}

bool isSubset(const ValueTable &x, const ValueTable &y)
{
    for (const auto &e : x.entries())
        if (e.alive && y.find(e.key) == ValueTable::npos)
            return false;
    return true;
}

} // namespace

Value binaryOp(BinaryOperator op, const Value &a, const Value &b)
{
    if (a.isIntLike() && b.isIntLike())
        return intOp(op, a, b);
    if (a.isNumber() && b.isNumber()) {
        if (op >= BinaryOperator::BitAnd)
            unsupportedOperands(op, a, b);
        return floatOp(op, a.toDouble(), b.toDouble());
    }
    switch (op) {
    case BinaryOperator::Add:
        if (a.isStr()) {
            if (!b.isStr())
                raise(ExceptionKind::TypeError, "can only concatenate str (not \"" + typeName(b) + "\") to str");
            checkLength(static_cast<std::int64_t>(a.text().size() + b.text().size()));
            return Value::str(a.text() + b.text());
        }
        if (a.kind() == Kind::List || a.kind() == Kind::Tuple) {
            if (b.kind() != a.kind())
                raise(ExceptionKind::TypeError, "can only concatenate " + typeName(a) + " (not \"" + typeName(b) + "\") to " + typeName(a));
            std::vector<Value> items = a.sequence().m_items;
            checkLength(static_cast<std::int64_t>(items.size() + b.sequence().m_items.size()));
            items.insert(items.end(), b.sequence().m_items.begin(), b.sequence().m_items.end());
            return a.kind() == Kind::List ? Value::list(std::move(items)) : Value::tuple(std::move(items));
        }
        break;
    case BinaryOperator::Mul:
        if (isSequence(a) && b.isIntLike())
            return repeatSequence(a, b.asIntLike());
        if (a.isIntLike() && isSequence(b))
            return repeatSequence(b, a.asIntLike());
        if (isSequence(a) || isSequence(b))
            raise(ExceptionKind::TypeError, "can't multiply sequence by non-int of type '" + typeName(isSequence(a) ? b : a) + "'");
        break;
    case BinaryOperator::Mod:
        if (a.isStr())
            return percentFormat(a.text(), b);
        break;
    case BinaryOperator::BitOr:
    case BinaryOperator::BitAnd:
    case BinaryOperator::BitXor:
    case BinaryOperator::Sub:
        if (a.kind() == Kind::Set && b.kind() == Kind::Set) {
            Value result = makeSet();
            ValueTable &out = result.set().m_table;
            const ValueTable &x = a.set().m_table;
            const ValueTable &y = b.set().m_table;
            auto inY = [&](const Value &k) { return y.find(k) != ValueTable::npos; };
            auto inX = [&](const Value &k) { return x.find(k) != ValueTable::npos; };
            x.forEach([&](const Value &k, const Value &) {
                const bool keep = op == BinaryOperator::BitOr || (op == BinaryOperator::BitAnd && inY(k))
                    || ((op == BinaryOperator::Sub || op == BinaryOperator::BitXor) && !inY(k));
                if (keep)
                    out.insert(k, {});
            });
            if (op == BinaryOperator::BitOr || op == BinaryOperator::BitXor)
                y.forEach([&](const Value &k, const Value &) {
                    if (op == BinaryOperator::BitOr || !inX(k))
                        out.insert(k, {});
                });
            return result;
        }
        if (op == BinaryOperator::BitOr && a.kind() == Kind::Dict && b.kind() == Kind::Dict) {
            Value result = makeDict();
            a.dict().m_table.forEach([&](const Value &k, const Value &v) { result.dict().m_table.insert(k, v); });
            b.dict().m_table.forEach([&](const Value &k, const Value &v) { result.dict().m_table.insert(k, v); });
            return result;
        }
        break;
    default:
        break;
    }
    unsupportedOperands(op, a, b);
}

Value inplaceOp(BinaryOperator op, const Value &a, const Value &b)
{
    if (op == BinaryOperator::Add && a.kind() == Kind::List) {
        // list += iterable extends the same list object in place.
        std::vector<Value> extra = toVector(b);
        auto &items = a.sequence().m_items;
        checkLength(static_cast<std::int64_t>(items.size() + extra.size()));
        items.insert(items.end(), extra.begin(), extra.end());
        return a;
    }
    return binaryOp(op, a, b);
}

Value unaryOp(UnaryOperator op, const Value &v)
{
    switch (op) {
    case UnaryOperator::Not:
        return Value::boolean(!truthy(v));
    case UnaryOperator::Neg:
        if (v.isIntLike()) {
            if (v.asIntLike() == std::numeric_limits<std::int64_t>::min())
                intOverflow();
            return Value::integer(-v.asIntLike());
        }
        if (v.isFloat())
            return Value::floating(-v.asFloat());
        raise(ExceptionKind::TypeError, "bad operand type for unary -: '" + typeName(v) + "'");
    case UnaryOperator::Pos:
        if (v.isIntLike())
            return Value::integer(v.asIntLike());
        if (v.isFloat())
            return v;
        raise(ExceptionKind::TypeError, "bad operand type for unary +: '" + typeName(v) + "'");
    case UnaryOperator::Invert:
        if (v.isIntLike())
            return Value::integer(~v.asIntLike());
        raise(ExceptionKind::TypeError, "bad operand type for unary ~: '" + typeName(v) + "'");
    }
    return {};
}

bool compare(CompareOperator op, const Value &a, const Value &b)
{
    switch (op) {
    case CompareOperator::Eq:
        return equals(a, b);
    case CompareOperator::NotEq:
        return !equals(a, b);
    case CompareOperator::Is:
        return a.isSameObject(b);
    case CompareOperator::IsNot:
        return !a.isSameObject(b);
    case CompareOperator::In:
        return contains(b, a);
    case CompareOperator::NotIn:
        return !contains(b, a);
    default:
        break;
    }
    if (a.isNumber() && b.isNumber()) {
        if (a.isIntLike() && b.isIntLike())
            return ordered(op, a.asIntLike(), b.asIntLike());
        return ordered(op, a.toDouble(), b.toDouble());
    }
    if (a.isStr() && b.isStr())
        return ordered(op, a.text(), b.text()); // UTF-8 byte order is code point order
    if ((a.kind() == Kind::List || a.kind() == Kind::Tuple) && a.kind() == b.kind()) {
        const auto &x = a.sequence().m_items;
        const auto &y = b.sequence().m_items;
        bool decided = false;
        const int r = compareSequences(x, y, op, decided);
        if (decided)
            return r != 0;
        return ordered(op, x.size(), y.size());
    }
    if (a.kind() == Kind::Set && b.kind() == Kind::Set) {
        const ValueTable &x = a.set().m_table;
        const ValueTable &y = b.set().m_table;
        switch (op) {
        case CompareOperator::LtE: return isSubset(x, y);
        case CompareOperator::Lt: return x.size() < y.size() && isSubset(x, y);
        case CompareOperator::GtE: return isSubset(y, x);
        case CompareOperator::Gt: return y.size() < x.size() && isSubset(y, x);
        default: return false;
        }
    }
    raise(ExceptionKind::TypeError, std::string("'") + compareSymbol(op) + "' not supported between instances of '"
                                        + typeName(a) + "' and '" + typeName(b) + "'");
}

bool lessThan(const Value &a, const Value &b)
{
    return compare(CompareOperator::Lt, a, b);
}

bool contains(const Value &container, const Value &item)
{
    switch (container.kind()) {
    case Kind::Str:
        if (!item.isStr())
            raise(ExceptionKind::TypeError, "'in <string>' requires string as left operand, not " + typeName(item));
        return container.text().find(item.text()) != std::string::npos;
    case Kind::List:
    case Kind::Tuple:
        for (const Value &v : container.sequence().m_items)
            if (v.isSameObject(item) || equals(v, item))
                return true;
        return false;
    case Kind::Dict:
        return container.dict().m_table.find(item) != ValueTable::npos;
    case Kind::Set:
        return container.set().m_table.find(item) != ValueTable::npos;
    case Kind::Range: {
        if (!item.isNumber())
            return false;
        const auto *r = container.as<RangeObject>();
        if (item.isFloat()) {
            const double d = item.asFloat();
            if (d != std::floor(d))
                return false;
        }
        const std::int64_t v = item.isFloat() ? static_cast<std::int64_t>(item.asFloat()) : item.asIntLike();
        if (r->m_step > 0 ? (v < r->m_start || v >= r->m_stop) : (v > r->m_start || v <= r->m_stop))
            return false;
        return (v - r->m_start) % r->m_step == 0;
    }
    default:
        raise(ExceptionKind::TypeError, "argument of type '" + typeName(container) + "' is not iterable");
    }
}

Value getItem(const Value &container, const Value &index)
{
    switch (container.kind()) {
    case Kind::List:
    case Kind::Tuple: {
        const char *what = container.kind() == Kind::List ? "list" : "tuple";
        const auto &items = container.sequence().m_items;
        const std::int64_t i = normalizeIndex(requireIndex(index, what), static_cast<std::int64_t>(items.size()), what);
        return items[static_cast<std::size_t>(i)];
    }
    case Kind::Str: {
        const StrObject &s = container.strObject();
        const std::int64_t i = normalizeIndex(requireIndex(index, "string"), s.length(), "string");
        return Value::str(std::string(s.codePointAt(i)));
    }
    case Kind::Range: {
        const auto *r = container.as<RangeObject>();
        const std::int64_t i = normalizeIndex(requireIndex(index, "range"), r->length(), "range object");
        return Value::integer(r->at(i));
    }
    case Kind::Dict: {
        const ValueTable &table = container.dict().m_table;
        const std::size_t found = table.find(index);
        if (found == ValueTable::npos)
            raiseKeyError(index);
        return table.entries()[found].value;
    }
    default:
        raise(ExceptionKind::TypeError, "'" + typeName(container) + "' object is not subscriptable");
    }
}

void setItem(const Value &container, const Value &index, const Value &value)
{
    switch (container.kind()) {
    case Kind::List: {
        auto &items = container.sequence().m_items;
        const std::int64_t i = normalizeIndex(requireIndex(index, "list"), static_cast<std::int64_t>(items.size()), "list assignment");
        items[static_cast<std::size_t>(i)] = value;
        return;
    }
    case Kind::Dict:
        container.dict().m_table.insert(index, value);
        return;
    default:
        raise(ExceptionKind::TypeError, "'" + typeName(container) + "' object does not support item assignment");
    }
}

void delItem(const Value &container, const Value &index)
{
    switch (container.kind()) {
    case Kind::List: {
        auto &items = container.sequence().m_items;
        const std::int64_t i = normalizeIndex(requireIndex(index, "list"), static_cast<std::int64_t>(items.size()), "list assignment");
        items.erase(items.begin() + i);
        return;
    }
    case Kind::Dict:
        if (!container.dict().m_table.remove(index))
            raiseKeyError(index);
        return;
    default:
        raise(ExceptionKind::TypeError, "'" + typeName(container) + "' object doesn't support item deletion");
    }
}

Value getSlice(const Value &container, const Value &lower, const Value &upper, const Value &step)
{
    switch (container.kind()) {
    case Kind::List:
    case Kind::Tuple: {
        const auto &items = container.sequence().m_items;
        const SliceBounds s = sliceBounds(lower, upper, step, static_cast<std::int64_t>(items.size()));
        std::vector<Value> out;
        out.reserve(static_cast<std::size_t>(s.count));
        for (std::int64_t i = 0, at = s.start; i < s.count; ++i, at += s.step)
            out.push_back(items[static_cast<std::size_t>(at)]);
        return container.kind() == Kind::List ? Value::list(std::move(out)) : Value::tuple(std::move(out));
    }
    case Kind::Str: {
        const StrObject &str = container.strObject();
        const SliceBounds s = sliceBounds(lower, upper, step, str.length());
        if (s.step == 1)
            return Value::str(str.text().substr(str.byteOffset(s.start), str.byteOffset(s.start + s.count) - str.byteOffset(s.start)));
        std::string out;
        for (std::int64_t i = 0, at = s.start; i < s.count; ++i, at += s.step)
            out += str.codePointAt(at);
        return Value::str(std::move(out));
    }
    case Kind::Range: {
        const auto *r = container.as<RangeObject>();
        const SliceBounds s = sliceBounds(lower, upper, step, r->length());
        return Value::object(Ref<Object>(new RangeObject(r->at(s.start), r->at(s.start) + s.count * r->m_step * s.step, r->m_step * s.step)));
    }
    default:
        raise(ExceptionKind::TypeError, "'" + typeName(container) + "' object is not subscriptable");
    }
}

void iterate(const Value &iterable, const std::function<bool(const Value &)> &f)
{
    switch (iterable.kind()) {
    case Kind::List:
    case Kind::Tuple: {
        // By index, re-reading the size: a list that grows while iterated is seen growing, as in Python.
        // (A range-for would keep iterators that a growing list invalidates.)
        const auto &items = iterable.sequence().m_items;
        for (std::size_t i = 0; i < items.size(); ++i) { // NOLINT(modernize-loop-convert): see above
            const Value item = items[i];
            if (!f(item))
                return;
        }
        return;
    }
    case Kind::Str: {
        const std::string &text = iterable.text();
        for (std::size_t i = 0; i < text.size();) {
            std::size_t end = i + 1;
            while (end < text.size() && utf8::isContinuationByte(text[end]))
                ++end;
            if (!f(Value::str(text.substr(i, end - i))))
                return;
            i = end;
        }
        return;
    }
    case Kind::Range: {
        const auto *r = iterable.as<RangeObject>();
        const std::int64_t n = r->length();
        for (std::int64_t i = 0; i < n; ++i)
            if (!f(Value::integer(r->at(i))))
                return;
        return;
    }
    case Kind::Dict:
    case Kind::Set: {
        const ValueTable &table = iterable.kind() == Kind::Dict ? iterable.dict().m_table : iterable.set().m_table;
        const std::size_t size = table.size();
        for (std::size_t i = 0; i < table.entries().size(); ++i) {
            if (table.size() != size)
                raise(ExceptionKind::RuntimeError, std::string(iterable.kind() == Kind::Dict ? "dictionary" : "Set")
                                                       + " changed size during iteration");
            if (!table.entries()[i].alive)
                continue;
            const Value key = table.entries()[i].key;
            if (!f(key))
                return;
        }
        if (table.size() != size)
            raise(ExceptionKind::RuntimeError, std::string(iterable.kind() == Kind::Dict ? "dictionary" : "Set")
                                                   + " changed size during iteration");
        return;
    }
    default:
        raise(ExceptionKind::TypeError, "'" + typeName(iterable) + "' object is not iterable");
    }
}

std::vector<Value> toVector(const Value &iterable)
{
    if (iterable.kind() == Kind::List || iterable.kind() == Kind::Tuple)
        return iterable.sequence().m_items;
    if (iterable.kind() == Kind::Range)
        checkLength(iterable.as<RangeObject>()->length());
    std::vector<Value> out;
    iterate(iterable, [&](const Value &v) {
        out.push_back(v);
        return true;
    });
    return out;
}

std::int64_t length(const Value &value)
{
    switch (value.kind()) {
    case Kind::Str:
        return value.strObject().length();
    case Kind::List:
    case Kind::Tuple:
        return static_cast<std::int64_t>(value.sequence().m_items.size());
    case Kind::Dict:
        return static_cast<std::int64_t>(value.dict().m_table.size());
    case Kind::Set:
        return static_cast<std::int64_t>(value.set().m_table.size());
    case Kind::Range:
        return value.as<RangeObject>()->length();
    default:
        raise(ExceptionKind::TypeError, "object of type '" + typeName(value) + "' has no len()");
    }
}

bool isCallable(const Value &value)
{
    return value.kind() == Kind::Function || value.kind() == Kind::Builtin || value.kind() == Kind::ExceptionType;
}

// ---------------------------------------------------------------- formatting

namespace {

struct FormatSpec {
    char fill = ' ';
    std::string fillText = " ";
    char align = 0;
    char sign = '-';
    bool alternate = false;
    bool zero = false;
    int width = -1;
    char grouping = 0;
    int precision = -1;
    char type = 0;
};

FormatSpec parseSpec(std::string_view spec)
{
    FormatSpec s;
    std::size_t i = 0;
    auto isAlign = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
    // A fill may be any code point followed by an align char.
    std::size_t firstLen = 1;
    if (!spec.empty()) {
        const auto c = static_cast<unsigned char>(spec[0]);
        firstLen = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    }
    if (spec.size() > firstLen && isAlign(spec[firstLen])) {
        s.fillText = std::string(spec.substr(0, firstLen));
        s.align = spec[firstLen];
        i = firstLen + 1;
    } else if (!spec.empty() && isAlign(spec[0])) {
        s.align = spec[0];
        i = 1;
    }
    if (i < spec.size() && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' '))
        s.sign = spec[i++];
    if (i < spec.size() && spec[i] == '#') {
        s.alternate = true;
        ++i;
    }
    if (i < spec.size() && spec[i] == '0') {
        s.zero = true;
        ++i;
    }
    auto readInt = [&]() {
        int n = -1;
        while (i < spec.size() && spec[i] >= '0' && spec[i] <= '9') {
            n = (n < 0 ? 0 : n) * 10 + (spec[i++] - '0');
            if (n > 100000)
                raise(ExceptionKind::ValueError, "Too many decimal digits in format string");
        }
        return n;
    };
    s.width = readInt();
    if (i < spec.size() && (spec[i] == ',' || spec[i] == '_'))
        s.grouping = spec[i++];
    if (i < spec.size() && spec[i] == '.') {
        ++i;
        s.precision = readInt();
        if (s.precision < 0)
            raise(ExceptionKind::ValueError, "Format specifier missing precision");
    }
    if (i < spec.size())
        s.type = spec[i++];
    if (i != spec.size())
        raise(ExceptionKind::ValueError, "Invalid format specifier");
    return s;
}

std::string groupDigits(const std::string &digits, char sep)
{
    // digits: only the integer part, no sign.
    std::string out;
    const int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += sep;
        out += digits[static_cast<std::size_t>(i)];
    }
    return out;
}


std::string pad(const std::string &body, const FormatSpec &s, char defaultAlign, const std::string &signPart = {})
{
    const std::int64_t len = utf8::countCodePoints(body) + utf8::countCodePoints(signPart);
    if (s.width <= len)
        return signPart + body;
    const std::int64_t missing = s.width - len;
    auto fill = [&](std::int64_t n) {
        std::string out;
        for (std::int64_t k = 0; k < n; ++k)
            out += s.fillText;
        return out;
    };
    const char align = s.align ? s.align : defaultAlign;
    switch (align) {
    case '<': return signPart + body + fill(missing);
    case '^': return fill(missing / 2) + signPart + body + fill(missing - missing / 2);
    case '=': return signPart + fill(missing) + body;
    default: return fill(missing) + signPart + body;
    }
}

std::string formatNumber(const Value &value, FormatSpec s)
{
    if (s.zero && !s.align) {
        s.align = '=';
        s.fillText = "0";
    }
    char type = s.type;
    const bool isFloat = value.isFloat();
    if (type == 0)
        type = isFloat ? (s.precision >= 0 ? 'g' : 'r') : 'd';
    double d = value.toDouble();
    std::string signPart;
    std::string body;
    if (type == 'd' || type == 'x' || type == 'X' || type == 'o' || type == 'b' || type == 'c' || type == 'n') {
        if (isFloat)
            raise(ExceptionKind::ValueError, std::string("Unknown format code '") + type + "' for object of type 'float'");
        const std::int64_t i = value.asIntLike();
        const std::uint64_t mag = i < 0 ? 0 - static_cast<std::uint64_t>(i) : static_cast<std::uint64_t>(i);
        if (type == 'c')
            return pad(std::string(1, static_cast<char>(i)), s, '<');
        int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 10;
        std::string digits;
        std::uint64_t m = mag;
        do {
            digits.insert(digits.begin(), "0123456789abcdef"[m % static_cast<std::uint64_t>(base)]);
            m /= static_cast<std::uint64_t>(base);
        } while (m);
        if (type == 'X')
            std::transform(digits.begin(), digits.end(), digits.begin(), ::toupper);
        if (s.grouping)
            digits = groupDigits(digits, s.grouping);
        if (s.alternate && base != 10)
            signPart = std::string("0") + (type == 'X' ? 'X' : type);
        body = digits;
        const std::string sign = i < 0 ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
        signPart = sign + signPart;
        return pad(body, s, '>', signPart);
    }
    if (type == 'f' || type == 'F' || type == 'e' || type == 'E' || type == 'g' || type == 'G' || type == '%' || type == 'r') {
        const bool negative = std::signbit(d) && !std::isnan(d);
        const double mag = std::fabs(d);
        if (type == 'r') {
            body = floatRepr(mag);
        } else if (type == '%') {
            char buf[512];
            std::snprintf(buf, sizeof buf, "%.*f", s.precision < 0 ? 6 : s.precision, mag * 100);
            body = std::string(buf) + '%';
        } else {
            char fmt[8] = {'%', '.', '*', type, 0};
            if (type == 'F')
                fmt[3] = 'f';
            char buf[512];
            int precision = s.precision < 0 ? 6 : s.precision;
            if (precision > 400)
                precision = 400;
            if ((type == 'g' || type == 'G') && precision == 0)
                precision = 1;
            std::snprintf(buf, sizeof buf, s.alternate ? (type == 'g' ? "%#.*g" : type == 'G' ? "%#.*G" : fmt) : fmt, precision, mag);
            body = buf;
            if (std::isinf(mag))
                body = type == 'F' || type == 'E' || type == 'G' ? "INF" : "inf";
            if (std::isnan(d))
                body = type == 'F' || type == 'E' || type == 'G' ? "NAN" : "nan";
        }
        if (s.grouping) {
            const std::size_t end = body.find_first_not_of("0123456789");
            body = groupDigits(body.substr(0, end), s.grouping) + (end == std::string::npos ? "" : body.substr(end));
        }
        signPart = negative ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
        return pad(body, s, '>', signPart);
    }
    raise(ExceptionKind::ValueError, std::string("Unknown format code '") + type + "' for object of type '" + typeName(value) + "'");
}

} // namespace

std::string formatValue(const Value &value, std::string_view specText)
{
    if (specText.empty())
        return scriptStr(value);
    const FormatSpec spec = parseSpec(specText);
    if (value.isNumber() && !(value.isBool() && spec.type == 0))
        return formatNumber(value, spec);
    if (value.isStr()) {
        if (spec.type != 0 && spec.type != 's')
            raise(ExceptionKind::ValueError, std::string("Unknown format code '") + spec.type + "' for object of type 'str'");
        std::string text = value.text();
        if (spec.precision >= 0 && spec.precision < value.strObject().length())
            text = text.substr(0, value.strObject().byteOffset(spec.precision));
        return pad(text, spec, '<');
    }
    if (value.isBool())
        return pad(scriptStr(value), spec, '<');
    raise(ExceptionKind::TypeError, "unsupported format string passed to " + typeName(value) + ".__format__");
}

Value percentFormat(const std::string &format, const Value &args)
{
    std::vector<Value> items;
    const bool isDict = args.kind() == Kind::Dict;
    if (args.kind() == Kind::Tuple)
        items = args.sequence().m_items;
    else
        items.push_back(args);
    std::size_t next = 0;
    std::string out;
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '%') {
            out += format[i];
            continue;
        }
        if (++i >= format.size())
            raise(ExceptionKind::ValueError, "incomplete format");
        Value arg;
        bool haveArg = false;
        if (format[i] == '(') {
            const std::size_t close = format.find(')', i);
            if (close == std::string::npos)
                raise(ExceptionKind::ValueError, "incomplete format key");
            if (!isDict)
                raise(ExceptionKind::TypeError, "format requires a mapping");
            arg = getItem(args, Value::str(format.substr(i + 1, close - i - 1)));
            haveArg = true;
            i = close + 1;
        }
        std::string flags;
        while (i < format.size() && std::string_view("-+ #0").find(format[i]) != std::string_view::npos)
            flags += format[i++];
        std::string width;
        while (i < format.size() && std::isdigit(static_cast<unsigned char>(format[i])))
            width += format[i++];
        std::string precision;
        if (i < format.size() && format[i] == '.') {
            ++i;
            precision = "0";
            while (i < format.size() && std::isdigit(static_cast<unsigned char>(format[i])))
                precision += format[i++];
        }
        if (i >= format.size())
            raise(ExceptionKind::ValueError, "incomplete format");
        const char conv = format[i];
        if (conv == '%') {
            out += '%';
            continue;
        }
        if (!haveArg) {
            if (isDict) {
                arg = args;
            } else {
                if (next >= items.size())
                    raise(ExceptionKind::TypeError, "not enough arguments for format string");
                arg = items[next++];
            }
        }
        FormatSpec spec;
        spec.width = width.empty() ? -1 : std::min(std::stoi(width.substr(0, 6)), 100000);
        spec.precision = precision.empty() ? -1 : std::min(std::stoi(precision.substr(0, 6)), 400);
        spec.align = flags.find('-') != std::string::npos ? '<' : '>';
        if (flags.find('0') != std::string::npos && spec.align == '>') {
            spec.align = '=';
            spec.fillText = "0";
        }
        if (flags.find('+') != std::string::npos)
            spec.sign = '+';
        else if (flags.find(' ') != std::string::npos)
            spec.sign = ' ';
        spec.alternate = flags.find('#') != std::string::npos;
        switch (conv) {
        case 's':
        case 'r':
        case 'a': {
            std::string text = conv == 's' ? scriptStr(arg) : scriptRepr(arg);
            if (spec.precision >= 0 && spec.precision < utf8::countCodePoints(text))
                text = Value::str(text).strObject().text().substr(0, Value::str(text).strObject().byteOffset(spec.precision));
            FormatSpec plain = spec;
            plain.fillText = " ";
            if (plain.align == '=')
                plain.align = '>';
            out += pad(text, plain, '>');
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o':
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G': {
            if (!arg.isNumber())
                raise(ExceptionKind::TypeError, std::string("%") + conv + " format: a " + (conv == 'x' || conv == 'X' || conv == 'o' ? "integer" : "real number")
                                                    + " is required, not " + typeName(arg));
            Value number = arg;
            char type = conv == 'i' || conv == 'u' ? 'd' : conv;
            if ((type == 'd' || type == 'x' || type == 'X' || type == 'o') && arg.isFloat()) {
                if (type != 'd')
                    raise(ExceptionKind::TypeError, std::string("%") + conv + " format: an integer is required, not float");
                number = Value::integer(static_cast<std::int64_t>(std::trunc(arg.asFloat())));
            }
            if (type == 'f' || type == 'F' || type == 'e' || type == 'E' || type == 'g' || type == 'G')
                number = Value::floating(arg.toDouble());
            spec.type = type;
            if (spec.precision < 0 && type != 'd' && type != 'x' && type != 'X' && type != 'o')
                spec.precision = 6;
            if (type == 'd' || type == 'x' || type == 'X' || type == 'o')
                spec.precision = -1;
            out += formatNumber(number, spec);
            break;
        }
        case 'c':
            out += scriptStr(arg);
            break;
        default: {
            char buf[128];
            std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", conv,
                          static_cast<unsigned>(static_cast<unsigned char>(conv)), i);
            raise(ExceptionKind::ValueError, buf);
        }
        }
    }
    if (!isDict && next < items.size())
        raise(ExceptionKind::TypeError, "not all arguments converted during string formatting");
    return Value::str(std::move(out));
}

std::string scriptRepr(const Value &value)
{
    return wholeText(value, true);
}

std::string scriptStr(const Value &value)
{
    return wholeText(value, false);
}

std::int64_t maxSequenceLength()
{
    return t_maxSequenceLength;
}

std::int64_t setMaxSequenceLength(std::int64_t limit)
{
    return std::exchange(t_maxSequenceLength, limit);
}

} // namespace cachetutor
