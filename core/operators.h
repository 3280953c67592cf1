#pragma once

// Python's operators on Values: arithmetic, comparison, containment,
// subscripting and iteration, with Python's results and Python's error
// messages (raised as PyException). Shared by the interpreter and by the cache
// engine (incr adds with Python's `+`).

#include "ast.h"
#include "value.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cachetutor {

// a <op> b, e.g. 'a' + 1 -> TypeError: can only concatenate str (not "int") to str.
// int results that leave 64 bits raise OverflowError rather than wrap.
Value binaryOp(ast::BinaryOperator op, const Value &a, const Value &b);
// The in-place form (`+=`): lists extend in place, everything else as binaryOp.
Value inplaceOp(ast::BinaryOperator op, const Value &a, const Value &b);
Value unaryOp(ast::UnaryOperator op, const Value &operand);
// <, <=, >, >=, ==, !=, is, in, ... one link of a comparison chain.
bool compare(ast::CompareOperator op, const Value &a, const Value &b);
// `item in container`
bool contains(const Value &container, const Value &item);

Value getItem(const Value &container, const Value &index);
void setItem(const Value &container, const Value &index, const Value &value);
void delItem(const Value &container, const Value &index);
// Slicing with optional bounds (None = omitted).
Value getSlice(const Value &container, const Value &lower, const Value &upper, const Value &step);

// Calls f for each item of an iterable (list, tuple, str, dict keys, set, range)
// in Python's order; TypeError "'int' object is not iterable" otherwise.
// f returns false to stop early.
void iterate(const Value &iterable, const std::function<bool(const Value &)> &f);
std::vector<Value> toVector(const Value &iterable);

// len(); TypeError "object of type 'int' has no len()".
std::int64_t length(const Value &value);
// Python's callable().
bool isCallable(const Value &value);
// Total order used by sorted/min/max: Python's `<`, raising TypeError for
// "'<' not supported between instances of 'str' and 'int'".
bool lessThan(const Value &a, const Value &b);

// format(value, spec), as f'{value:spec}' uses it: [[fill]align][sign][#][0][width][,|_][.precision][type].
std::string formatValue(const Value &value, std::string_view spec);
// printf-style `format % args` for str.
Value percentFormat(const std::string &format, const Value &args);

// Largest str, list or tuple a script may build (items, or bytes of text);
// past it MemoryError, so a runaway `'x' * 10**12` is a clear message, not an
// exhausted machine. This is the default; RunOptions::maxSequenceLength sets
// it for one run (the fuzzer's is lower: a 10-million-item list takes 0.2 s,
// but seconds under the sanitizers).
constexpr std::int64_t MaxSequenceLength = 50'000'000;
// The limit of the run on the calling thread; MaxSequenceLength outside runs.
std::int64_t maxSequenceLength();
// Sets the calling thread's limit and returns the one it replaces (Interpreter::trace()).
std::int64_t setMaxSequenceLength(std::int64_t limit);

// repr() and str() as the script's own print(), str(), repr() and formatting
// use them: the whole text, or MemoryError past maxSequenceLength() bytes (a
// list holding another twice at each of forty levels has 2^40 items to print).
std::string scriptRepr(const Value &value);
std::string scriptStr(const Value &value);

} // namespace cachetutor
