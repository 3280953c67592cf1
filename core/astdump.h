#pragma once

// dumpAst: a compact, deterministic text of a syntax tree, in the style of
// Python's ast.dump() (same node and field names, without `ctx`,
// `type_ignores` and the parameter kinds CacheTutor does not support), so
// that a tree can be compared with the one CPython builds. Used by tests and
// for debugging.
//
//   x = f(1)  ->  Module(body=[Assign(targets=[Name(id='x')], value=Call(func=Name(id='f'), args=[Constant(value=1)], keywords=[]))])
//
// With positions, every node also shows `line=` and `col=` (1-based, in code
// points) and every statement its `endLine=`.

#include "ast.h"

#include <string>

namespace cachetutor {

std::string dumpAst(const ast::Program &program, bool withPositions = false);

} // namespace cachetutor
