#pragma once

// The syntax tree of a CacheTutor script: the subset of Python's own `ast`
// module that cache lessons need, with the same node names and shapes.
//
// The parser builds it; the interpreter's resolver then fills the `scope` and
// `slot` fields of names and the locals of functions, so that evaluation never
// looks a variable up by its string. Nodes are owned by their parent through
// unique_ptr; the Program owns the whole tree and must outlive every function
// object created from it.

#include "value.h"

#include <memory>
#include <string>
#include <vector>

namespace cachetutor::ast {

// 1-based line, 1-based column counted in code points (as Python's SyntaxError.offset).
struct Position {
    int line = 0;
    int column = 0;
};

enum class ExprKind {
    Constant,  // None, True, False, int, float, str (adjacent literals already joined)
    FString,
    Name,
    Tuple,
    List,
    Set,
    Dict,
    Subscript,
    Slice,     // only as Subscript::index
    Attribute,
    Call,
    Lambda,
    UnaryOp,
    BinOp,
    BoolOp,
    Compare,
    IfExp,
};

struct Expr {
    explicit Expr(ExprKind k, Position p) : kind(k), pos(p) {}
    virtual ~Expr() = default;
    const ExprKind kind;
    Position pos;
};
using ExprPtr = std::unique_ptr<Expr>;

struct Constant final : Expr {
    Constant(Position p, Value v) : Expr(ExprKind::Constant, p), value(std::move(v)) {}
    Value value;
};

struct FStringPart {
    std::string literal;       // used when expr is null
    ExprPtr expr;              // the {expression}
    char conversion = 0;       // 0, 'r', 's' or 'a' (from !r / !s / !a)
    std::string formatSpec;    // text after ':' (no nested fields)
    std::string exprText;      // source text of the expression, for f'{x=}' and messages
    bool selfDocumenting = false; // f'{x=}': the parser already put 'x=' in a literal part and set conversion 'r'
};

struct FString final : Expr {
    explicit FString(Position p) : Expr(ExprKind::FString, p) {}
    std::vector<FStringPart> parts;
};

enum class NameScope { Unresolved, Global, Local, Enclosing, Builtin };

struct Name final : Expr {
    Name(Position p, std::string i) : Expr(ExprKind::Name, p), id(std::move(i)) {}
    std::string id;
    // Filled by the resolver.
    NameScope scope = NameScope::Unresolved;
    int slot = -1;  // index in the globals table or in the frame's locals
    int depth = 0;  // for Enclosing: how many function scopes outwards
};

struct Tuple final : Expr {
    explicit Tuple(Position p) : Expr(ExprKind::Tuple, p) {}
    std::vector<ExprPtr> elts;
};

struct List final : Expr {
    explicit List(Position p) : Expr(ExprKind::List, p) {}
    std::vector<ExprPtr> elts;
};

struct Set final : Expr {
    explicit Set(Position p) : Expr(ExprKind::Set, p) {}
    std::vector<ExprPtr> elts;
};

struct Dict final : Expr {
    explicit Dict(Position p) : Expr(ExprKind::Dict, p) {}
    std::vector<ExprPtr> keys;
    std::vector<ExprPtr> values;
};

struct Slice final : Expr {
    explicit Slice(Position p) : Expr(ExprKind::Slice, p) {}
    ExprPtr lower, upper, step; // each may be null
};

struct Subscript final : Expr {
    Subscript(Position p, ExprPtr v, ExprPtr i) : Expr(ExprKind::Subscript, p), value(std::move(v)), index(std::move(i)) {}
    ExprPtr value;
    ExprPtr index; // an expression or a Slice
};

struct Attribute final : Expr {
    Attribute(Position p, ExprPtr v, std::string a) : Expr(ExprKind::Attribute, p), value(std::move(v)), attr(std::move(a)) {}
    ExprPtr value;
    std::string attr;
    // Filled by the resolver: which cache method / time function the name would be, or -1,
    // so the hot path never hashes the attribute's name.
    int cacheMethod = -1;
    int timeFunction = -1;
};

struct Keyword {
    std::string name;
    ExprPtr value;
    Position pos;
};

struct Call final : Expr {
    Call(Position p, ExprPtr f) : Expr(ExprKind::Call, p), func(std::move(f)) {}
    ExprPtr func;
    std::vector<ExprPtr> args;
    std::vector<Keyword> keywords;
};

struct Parameter {
    std::string name;
    ExprPtr defaultValue; // null when required
    Position pos;
};

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;

// What `def` and `lambda` share; the resolver fills the scope part.
struct FunctionInfo {
    std::string name;                 // '<lambda>' for lambdas
    std::string qualifiedName;        // 'f', 'f.<locals>.g' (resolver)
    std::vector<Parameter> params;
    std::vector<std::string> locals;  // params first, then other assigned names (resolver)
    bool isNested = false;            // defined inside another function (resolver)
};

struct Lambda final : Expr {
    explicit Lambda(Position p) : Expr(ExprKind::Lambda, p) {}
    FunctionInfo info;
    ExprPtr body;
};

enum class UnaryOperator { Not, Neg, Pos, Invert };

struct UnaryOp final : Expr {
    UnaryOp(Position p, UnaryOperator o, ExprPtr e) : Expr(ExprKind::UnaryOp, p), op(o), operand(std::move(e)) {}
    UnaryOperator op;
    ExprPtr operand;
};

enum class BinaryOperator { Add, Sub, Mul, Div, FloorDiv, Mod, Pow, BitAnd, BitOr, BitXor, LShift, RShift };

struct BinOp final : Expr {
    BinOp(Position p, ExprPtr l, BinaryOperator o, ExprPtr r)
        : Expr(ExprKind::BinOp, p), left(std::move(l)), op(o), right(std::move(r)) {}
    ExprPtr left;
    BinaryOperator op;
    ExprPtr right;
};

enum class BoolOperator { And, Or };

struct BoolOp final : Expr {
    BoolOp(Position p, BoolOperator o) : Expr(ExprKind::BoolOp, p), op(o) {}
    BoolOperator op;
    std::vector<ExprPtr> values; // two or more
};

enum class CompareOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Compare final : Expr {
    explicit Compare(Position p) : Expr(ExprKind::Compare, p) {}
    ExprPtr left;
    std::vector<CompareOperator> ops;
    std::vector<ExprPtr> comparators; // same length as ops
};

struct IfExp final : Expr {
    explicit IfExp(Position p) : Expr(ExprKind::IfExp, p) {}
    ExprPtr test, body, orelse;
};

// ---------------------------------------------------------------- statements

enum class StmtKind {
    Expr,
    Assign,
    AugAssign,
    If,
    For,
    While,
    Break,
    Continue,
    Pass,
    Try,
    Raise,
    FunctionDef,
    Return,
    Delete,
    Import,      // `import time` / `from django.core.cache import cache` (checked by the parser)
    Global,
    Assert,
};

struct Stmt {
    explicit Stmt(StmtKind k, Position p) : kind(k), pos(p) {}
    virtual ~Stmt() = default;
    const StmtKind kind;
    Position pos;
    int endLine = 0; // last line of the statement's own header/text (multi-line calls)
};

struct ExprStmt final : Stmt {
    ExprStmt(Position p, ExprPtr e) : Stmt(StmtKind::Expr, p), value(std::move(e)) {}
    ExprPtr value;
};

struct Assign final : Stmt {
    explicit Assign(Position p) : Stmt(StmtKind::Assign, p) {}
    std::vector<ExprPtr> targets; // `a = b = v` has two; each Name, Tuple, List, Subscript or Attribute
    ExprPtr value;
};

struct AugAssign final : Stmt {
    AugAssign(Position p, ExprPtr t, BinaryOperator o, ExprPtr v)
        : Stmt(StmtKind::AugAssign, p), target(std::move(t)), op(o), value(std::move(v)) {}
    ExprPtr target; // Name, Subscript or Attribute
    BinaryOperator op;
    ExprPtr value;
};

struct If final : Stmt {
    explicit If(Position p) : Stmt(StmtKind::If, p) {}
    ExprPtr test;
    std::vector<StmtPtr> body;
    std::vector<StmtPtr> orelse; // `elif` is a nested If here, as in Python's ast
};

struct For final : Stmt {
    explicit For(Position p) : Stmt(StmtKind::For, p) {}
    ExprPtr target; // Name, Tuple, List or Subscript
    ExprPtr iter;
    std::vector<StmtPtr> body;
    std::vector<StmtPtr> orelse;
};

struct While final : Stmt {
    explicit While(Position p) : Stmt(StmtKind::While, p) {}
    ExprPtr test;
    std::vector<StmtPtr> body;
    std::vector<StmtPtr> orelse;
};

struct Break final : Stmt {
    explicit Break(Position p) : Stmt(StmtKind::Break, p) {}
};
struct Continue final : Stmt {
    explicit Continue(Position p) : Stmt(StmtKind::Continue, p) {}
};
struct Pass final : Stmt {
    explicit Pass(Position p) : Stmt(StmtKind::Pass, p) {}
};

struct ExceptHandler {
    ExprPtr type;      // null for a bare `except:`
    std::string name;  // `as name`, or empty
    std::vector<StmtPtr> body;
    Position pos;
    // Filled by the resolver for `as name`.
    NameScope nameScope = NameScope::Unresolved;
    int nameSlot = -1;
};

struct Try final : Stmt {
    explicit Try(Position p) : Stmt(StmtKind::Try, p) {}
    std::vector<StmtPtr> body;
    std::vector<ExceptHandler> handlers;
    std::vector<StmtPtr> orelse;
    std::vector<StmtPtr> finalbody;
};

struct Raise final : Stmt {
    explicit Raise(Position p) : Stmt(StmtKind::Raise, p) {}
    ExprPtr exc;   // null for a bare `raise`
    ExprPtr cause; // `from cause`, may be null
};

struct FunctionDef final : Stmt {
    explicit FunctionDef(Position p) : Stmt(StmtKind::FunctionDef, p) {}
    FunctionInfo info;
    std::vector<StmtPtr> body;
    // Filled by the resolver: where the function's name is bound.
    NameScope nameScope = NameScope::Unresolved;
    int nameSlot = -1;
};

struct Return final : Stmt {
    explicit Return(Position p) : Stmt(StmtKind::Return, p) {}
    ExprPtr value; // may be null
};

struct Delete final : Stmt {
    explicit Delete(Position p) : Stmt(StmtKind::Delete, p) {}
    std::vector<ExprPtr> targets; // Name, Subscript (Tuple of those is flattened by the parser)
};

enum class ImportedModule { Time, DjangoCache };

struct Import final : Stmt {
    Import(Position p, ImportedModule m, std::string n) : Stmt(StmtKind::Import, p), module(m), boundName(std::move(n)) {}
    ImportedModule module;  // `import time` or `from django.core.cache import cache`
    std::string boundName;  // 'time' / 'cache', or the `as` name
    // Filled by the resolver.
    NameScope nameScope = NameScope::Unresolved;
    int nameSlot = -1;
};

struct Global final : Stmt {
    explicit Global(Position p) : Stmt(StmtKind::Global, p) {}
    std::vector<std::string> names;
};

struct Assert final : Stmt {
    explicit Assert(Position p) : Stmt(StmtKind::Assert, p) {}
    ExprPtr test;
    ExprPtr msg; // may be null
};

struct Program {
    std::vector<StmtPtr> body;
    std::vector<std::string> lines; // the source split into lines, for messages and views
    std::string fileName;
};

} // namespace cachetutor::ast
