#include "parser.h"

#include "lexer.h"
#include "utf8.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

// How this parser reproduces CPython 3.11's error messages.
//
// CPython's PEG parser runs twice on invalid input. The first pass knows only
// the grammar; when it fails, the error is "invalid syntax" at the farthest
// token it fetched. The second pass re-parses from the start with extra
// "invalid_" rules that recognise common mistakes and raise a better message
// ("expected ':'", "cannot assign to literal", "Perhaps you forgot a comma?").
// This recursive-descent parser does the same: Parser runs once with
// m_errorPass false, where every grammar violation is a generic failure, and,
// after a generic failure, once more with m_errorPass true, where the places
// that correspond to CPython's invalid_ rules raise their messages. Errors
// CPython raises during the first pass (tokenizer errors, string literals,
// f-strings, forced tokens such as the ':' after `else`) are raised in the
// first pass here too. Finally, as CPython does, the rest of the file is
// tokenized and some tokenizer errors found later win over the parser's.
//
// Valid Python that CacheTutor does not run is parsed like any other Python
// (so that a syntax error anywhere still wins, as Python would report it) and
// remembered; the earliest such construct is reported once the whole script
// is known to be valid. Constructs without an ast node are parsed into
// Placeholder nodes, which never leave the parser.

namespace cachetutor {

namespace {

using ast::ExprPtr;
using ast::Position;
using ast::StmtPtr;

// Deeper expressions are refused (Unsupported), so that the tree and every
// recursive walk over it stay within a small, fixed stack depth.
constexpr int kMaxExpressionNesting = 200;
// The tokenizer allows 99 indentation levels; an `elif` chain nests too.
constexpr int kMaxStatementNesting = 200;
// Parser recursion through brackets, which each lexer limits to 200.
constexpr int kMaxRecursion = 1000;
constexpr std::size_t kTokenWindow = 512;
// What a caught failure costs the second pass's budget (Parser::m_speculationBudget).
constexpr std::int64_t kBacktrackCost = 8;
constexpr std::int64_t kUnwoundLevelCost = 2;

// ------------------------------------------------------------ placeholders

enum class Construct {
    Starred,
    Yield,
    Await,
    ListComp,
    SetComp,
    DictComp,
    GeneratorExp,
    NamedExpr,
    Literal,   // bytes, complex numbers, integers beyond 64 bits
    Ellipsis,
    MatMult,
};

constexpr auto kPlaceholderKind = static_cast<ast::ExprKind>(1000);

// An expression CacheTutor does not support. Creating one always records an
// Unsupported diagnostic, so no Program containing it is ever returned.
struct Placeholder final : ast::Expr {
    Placeholder(Position p, Construct c) : Expr(kPlaceholderKind, p), construct(c) {}
    Construct construct;
    std::vector<ExprPtr> children; // in source order, for the checks after parsing
};

constexpr auto kPlaceholderStmtKind = static_cast<ast::StmtKind>(1000);

// An unsupported statement (class, with, nonlocal, annotated assignment...).
struct StmtPlaceholder final : ast::Stmt {
    explicit StmtPlaceholder(Position p) : Stmt(kPlaceholderStmtKind, p) {}
    bool newScope = false;          // a class body: its own scope and compilation unit
    bool nonlocal = false;          // a `nonlocal` declaration
    bool async = false;             // `async def`: the function in the body is a coroutine
    std::vector<ExprPtr> targets;   // names it binds
    std::vector<ExprPtr> exprs;     // other expressions it evaluates
    std::vector<StmtPtr> body;
};

const Placeholder *asPlaceholder(const ast::Expr *e)
{
    return e && e->kind == kPlaceholderKind ? static_cast<const Placeholder *>(e) : nullptr;
}

// ------------------------------------------------------------------ failures

struct SyntaxFailure {
    Diagnostic diagnostic;
    bool generic = false; // the first pass's "invalid syntax": the second pass may explain better
    // Where a generic failure was thrown, so that whoever catches it can
    // charge the second pass's budget for the work it undoes.
    int recursion = 0;
    std::size_t index = 0;
};

struct LexerFailure {
    Diagnostic diagnostic;
};

// Too deep to continue: an Unsupported diagnostic, final.
struct DepthFailure {
    Diagnostic diagnostic;
};

// The second pass has re-parsed too much (see Parser::m_speculationBudget):
// it gives up, and the first pass's "invalid syntax" stands.
struct ExplanationAbandoned {};

bool operator<(const Position &a, const Position &b)
{
    return a.line != b.line ? a.line < b.line : a.column < b.column;
}

// ------------------------------------------------------------- expressions

// CPython's _PyPegen_get_expr_name(), for "cannot assign to %s".
std::string exprName(const ast::Expr &e)
{
    if (const Placeholder *p = asPlaceholder(&e)) {
        switch (p->construct) {
        case Construct::Starred: return "starred";
        case Construct::Yield: return "yield expression";
        case Construct::Await: return "await expression";
        case Construct::ListComp: return "list comprehension";
        case Construct::SetComp: return "set comprehension";
        case Construct::DictComp: return "dict comprehension";
        case Construct::GeneratorExp: return "generator expression";
        case Construct::NamedExpr: return "named expression";
        case Construct::Literal: return "literal";
        case Construct::Ellipsis: return "ellipsis";
        case Construct::MatMult: return "expression";
        }
    }
    switch (e.kind) {
    case ast::ExprKind::Constant: {
        const Value &v = static_cast<const ast::Constant &>(e).value;
        if (v.isNone())
            return "None";
        if (v.isBool())
            return v.asBool() ? "True" : "False";
        return "literal";
    }
    case ast::ExprKind::FString: return "f-string expression";
    case ast::ExprKind::Name: return "name";
    case ast::ExprKind::Tuple: return "tuple";
    case ast::ExprKind::List: return "list";
    case ast::ExprKind::Set: return "set display";
    case ast::ExprKind::Dict: return "dict literal";
    case ast::ExprKind::Subscript: return "subscript";
    case ast::ExprKind::Slice: return "slice";
    case ast::ExprKind::Attribute: return "attribute";
    case ast::ExprKind::Call: return "function call";
    case ast::ExprKind::Lambda: return "lambda";
    case ast::ExprKind::UnaryOp:
    case ast::ExprKind::BinOp:
    case ast::ExprKind::BoolOp: return "expression";
    case ast::ExprKind::Compare: return "comparison";
    case ast::ExprKind::IfExp: return "conditional expression";
    }
    return "expression";
}

enum class TargetKind { Store, Delete, For }; // CPython's STAR_TARGETS, DEL_TARGETS, FOR_TARGETS

// CPython's _PyPegen_get_invalid_target(): the first part of a target that
// cannot be assigned to (or deleted), or null.
const ast::Expr *invalidTarget(const ast::Expr *e, TargetKind kind)
{
    if (!e)
        return nullptr;
    if (const Placeholder *p = asPlaceholder(e)) {
        if (p->construct == Construct::Starred) {
            if (kind == TargetKind::Delete)
                return e;
            return invalidTarget(p->children.front().get(), kind);
        }
        return e;
    }
    switch (e->kind) {
    case ast::ExprKind::Tuple:
    case ast::ExprKind::List: {
        const auto &elts = e->kind == ast::ExprKind::Tuple ? static_cast<const ast::Tuple *>(e)->elts
                                                            : static_cast<const ast::List *>(e)->elts;
        for (const ExprPtr &elt : elts) {
            if (const ast::Expr *bad = invalidTarget(elt.get(), kind))
                return bad;
        }
        return nullptr;
    }
    case ast::ExprKind::Compare:
        // `for x in y` without its 'in' parses as a comparison: look at its left side.
        if (kind == TargetKind::For) {
            const auto *c = static_cast<const ast::Compare *>(e);
            if (c->ops.front() == ast::CompareOperator::In)
                return invalidTarget(c->left.get(), kind);
            return nullptr;
        }
        return e;
    case ast::ExprKind::Name:
    case ast::ExprKind::Subscript:
    case ast::ExprKind::Attribute:
        return nullptr;
    default:
        return e;
    }
}

bool isSoftKeyword(const Token &t)
{
    return t.isName("match") || t.isName("case") || t.isName("_");
}

// Whether an expression (CPython's `expression` rule) can start at this token.
bool startsExpression(const Token &t)
{
    switch (t.kind) {
    case TokenKind::Name:
        return !isKeyword(t.text) || t.text == "not" || t.text == "lambda" || t.text == "await"
               || t.text == "None" || t.text == "True" || t.text == "False";
    case TokenKind::Number:
    case TokenKind::String:
        return true;
    case TokenKind::Operator:
        return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" || t.text == "~"
               || t.text == "...";
    default:
        return false;
    }
}

std::optional<ast::BinaryOperator> augmentedOperator(const Token &t)
{
    if (t.kind != TokenKind::Operator || t.text.size() < 2 || t.text.back() != '=')
        return std::nullopt;
    static const std::pair<std::string_view, ast::BinaryOperator> ops[] = {
        {"+=", ast::BinaryOperator::Add},     {"-=", ast::BinaryOperator::Sub},
        {"*=", ast::BinaryOperator::Mul},     {"/=", ast::BinaryOperator::Div},
        {"//=", ast::BinaryOperator::FloorDiv}, {"%=", ast::BinaryOperator::Mod},
        {"**=", ast::BinaryOperator::Pow},    {"&=", ast::BinaryOperator::BitAnd},
        {"|=", ast::BinaryOperator::BitOr},   {"^=", ast::BinaryOperator::BitXor},
        {"<<=", ast::BinaryOperator::LShift}, {">>=", ast::BinaryOperator::RShift},
    };
    for (const auto &[text, op] : ops) {
        if (t.text == text)
            return op;
    }
    return std::nullopt;
}

// Binary operators by precedence, loosest first: | ^ & shifts + - * / // % @
int binaryPrecedence(const Token &t)
{
    if (t.kind != TokenKind::Operator)
        return 0;
    const std::string_view s = t.text;
    if (s == "|") return 1;
    if (s == "^") return 2;
    if (s == "&") return 3;
    if (s == "<<" || s == ">>") return 4;
    if (s == "+" || s == "-") return 5;
    if (s == "*" || s == "/" || s == "//" || s == "%" || s == "@") return 6;
    return 0;
}

ast::BinaryOperator binaryOperator(std::string_view s)
{
    if (s == "|") return ast::BinaryOperator::BitOr;
    if (s == "^") return ast::BinaryOperator::BitXor;
    if (s == "&") return ast::BinaryOperator::BitAnd;
    if (s == "<<") return ast::BinaryOperator::LShift;
    if (s == ">>") return ast::BinaryOperator::RShift;
    if (s == "+") return ast::BinaryOperator::Add;
    if (s == "-") return ast::BinaryOperator::Sub;
    if (s == "*") return ast::BinaryOperator::Mul;
    if (s == "/") return ast::BinaryOperator::Div;
    if (s == "//") return ast::BinaryOperator::FloorDiv;
    return ast::BinaryOperator::Mod;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The source split into lines, for Program::lines and diagnostics: newlines
// as the lexer sees them, a byte order mark dropped, invalid UTF-8 replaced by
// U+FFFD and a line cut at a NUL byte (as CPython shows it).
std::vector<std::string> splitLines(std::string_view source)
{
    if (source.size() >= 3 && source.substr(0, 3) == "\xEF\xBB\xBF")
        source.remove_prefix(3);
    std::vector<std::string> lines;
    std::string current;
    bool cut = false;
    for (std::size_t i = 0; i < source.size();) {
        const auto c = static_cast<unsigned char>(source[i]);
        if (c == '\n' || c == '\r') {
            lines.push_back(std::move(current));
            current.clear();
            cut = false;
            i += (c == '\r' && i + 1 < source.size() && source[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c == 0)
            cut = true;
        std::size_t length = 1;
        bool valid = true;
        if (c >= 0x80) {
            length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            valid = length != 0 && i + length <= source.size();
            char32_t cp = valid ? (c & (0x7F >> length)) : 0;
            for (std::size_t k = 1; valid && k < length; ++k) {
                const auto b = static_cast<unsigned char>(source[i + k]);
                valid = (b & 0xC0) == 0x80;
                cp = (cp << 6) | (b & 0x3F);
            }
            if (valid) {
                const char32_t min = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
                valid = cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
            }
            if (!valid)
                length = 1;
        }
        if (!cut)
            current += valid ? std::string(source.substr(i, length)) : std::string("\xEF\xBF\xBD");
        i += length;
    }
    if (!current.empty() || cut)
        lines.push_back(std::move(current));
    return lines;
}

// ==================================================================== Parser

// Where a parse stopped fetching tokens.
struct Farthest {
    std::size_t sequence = 0; // how many tokens had been fetched, this one included
    TokenKind kind = TokenKind::EndMarker;
    Position start;
};

// One pass over a script (see the comment at the top of this file): the
// first, with the grammar only, or the second, which explains a failure as
// CPython's invalid_ rules do. Errors travel as exceptions inside the class
// and leave it as an Outcome.
class Parser
{
public:
    enum class Status { Ok, Generic, Specific, Final, Abandoned };
    struct Outcome {
        Status status = Status::Ok;
        std::unique_ptr<ast::Program> program;
        Diagnostic diagnostic;
    };

    Parser(std::string_view source, const std::string &fileName, bool errorPass, Farthest firstPass = {})
        : m_fileName(fileName),
          m_mainLexer(std::make_unique<Lexer>(source, fileName)),
          m_lexer(m_mainLexer.get()),
          m_errorPass(errorPass),
          m_firstPass(firstPass),
          // The second pass explains like CPython's invalid_ rules, which
          // match prefixes: let every optional continuation back off.
          m_lenient(errorPass),
          m_speculationBudget(errorPass ? 2 * static_cast<std::int64_t>(source.size()) + 2'000 : -1)
    {
    }

    void addStats(ParseStats &stats) const
    {
        stats.speculations += m_stats.speculations;
        stats.backtracks += m_stats.backtracks;
        stats.unwoundLevels += m_stats.unwoundLevels;
    }

    Outcome run();
    void preferLaterTokenizerError(Diagnostic &diagnostic);
    Farthest farthest() const { return {m_fetchedCount, m_lastFetched.kind, m_lastFetched.start}; }
    const std::optional<Diagnostic> &unsupported() const { return m_unsupported; }

private:
    friend class NestingGuard;

    // ---------------------------------------------------------------- tokens
    const Token &peek(std::size_t ahead = 0)
    {
        while (m_index + ahead >= m_tokens.size())
            fetch();
        return m_tokens[m_index + ahead];
    }
    void fetch();
    Token take()
    {
        Token t = peek();
        ++m_index;
        return t;
    }
    bool atOp(std::string_view op) { return peek().isOperator(op); }
    bool atName(std::string_view name) { return peek().isName(name); }
    bool atKind(TokenKind kind) { return peek().kind == kind; }
    bool acceptOp(std::string_view op)
    {
        if (!atOp(op))
            return false;
        ++m_index;
        return true;
    }
    bool acceptName(std::string_view name)
    {
        if (!atName(name))
            return false;
        ++m_index;
        return true;
    }
    Token expectOp(std::string_view op)
    {
        if (!atOp(op))
            failGeneric();
        return take();
    }
    Token expectName(std::string_view name)
    {
        if (!atName(name))
            failGeneric();
        return take();
    }
    Token expectIdentifier()
    {
        const Token &t = peek();
        if (t.kind != TokenKind::Name || isKeyword(t.text))
            failGeneric();
        return take();
    }
    // CPython's forced token (&&'x' in the grammar): its absence is an error
    // in the first pass already, at the token found instead.
    Token expectForced(std::string_view op)
    {
        if (!atOp(op))
            raise(peek().start, "expected '" + std::string(op) + "'");
        return take();
    }
    Position endOfPrevious() const { return m_tokens[m_index - 1].end; }
    int lineOfPrevious() const { return m_tokens[m_index - 1].end.line; }
    void discardConsumedTokens();
    Position lastFetchedPosition() const;

    // -------------------------------------------------------------- failures
    [[noreturn]] void failGeneric();
    [[noreturn]] void raise(Position at, std::string message,
                            Diagnostic::Kind kind = Diagnostic::Kind::SyntaxError);
    // CPython's RAISE_SYNTAX_ERROR without a location: at the last token fetched.
    [[noreturn]] void raiseAtLastToken(std::string message, Diagnostic::Kind kind = Diagnostic::Kind::SyntaxError)
    {
        raise(lastFetchedPosition(), std::move(message), kind);
    }
    [[noreturn]] void failTooDeep(Position at, const char *what);
    void unsupported(Position at, std::string construct);
    Diagnostic makeDiagnostic(Diagnostic::Kind kind, Position at, std::string message) const;

    // Runs `parse` to see whether it succeeds, then rewinds; the index where
    // it stopped goes to *endIndex. Speculation is lenient (see tryExtension),
    // as it emulates a PEG rule. The second pass's checks stay on unless
    // `withChecks` is false (CPython's expression_without_invalid). Lexer
    // errors and specific errors still propagate, as in CPython.
    template <class F>
    bool speculate(F &&parse, bool withChecks = true, std::size_t *endIndex = nullptr);
    // An optional continuation of what has been parsed (an operator and its
    // operand, a trailer, `if ... else ...`). In lenient mode a failing
    // continuation is undone instead of failing, as CPython's PEG parser
    // backtracks to the shorter expression: `b +)` still starts with the
    // expression `b`. Returns whether the continuation was parsed.
    template <class F>
    bool tryExtension(F &&parse);
    // Counts a generic failure caught to try something else and, in the
    // second pass, charges it to m_speculationBudget (see there).
    void chargeBacktrack(const SyntaxFailure &failure, std::size_t fromIndex);
    const Token &tokenAt(std::size_t index)
    {
        while (index >= m_tokens.size())
            fetch();
        return m_tokens[index];
    }

    // --------------------------------------------------------- statements
    std::unique_ptr<ast::Program> parseFile();
    void parseStatement(std::vector<StmtPtr> &out);
    void parseSimpleStatements(std::vector<StmtPtr> &out);
    void parseSimpleStatement(std::vector<StmtPtr> &out);
    void parseSimpleStatementBody(std::vector<StmtPtr> &out);
    std::vector<StmtPtr> parseBlock(const Token &keyword, const std::string &what);
    void expectHeaderColon();
    StmtPtr parseExpressionStatement();
    StmtPtr parseAssignment(const Token &first, std::size_t firstIndex, ExprPtr lhs);
    void explainInvalidAssignment(const std::vector<ExprPtr> &targets, const std::vector<std::size_t> &starts,
                                  std::size_t firstEquals);
    StmtPtr parseAnnotatedAssignment(const Token &first, ExprPtr target);
    StmtPtr parseIf();
    StmtPtr parseWhile();
    StmtPtr parseFor();
    ExprPtr parseForTarget();
    void parseMatchSubject();
    StmtPtr parseTry();
    StmtPtr parseFunctionDef();
    StmtPtr parseClass();
    StmtPtr parseWith(bool async);
    StmtPtr parseDecorated();
    bool isMatchStatement();
    void skipMatchStatement(std::vector<StmtPtr> &out);
    void parseImport(std::vector<StmtPtr> &out);
    StmtPtr parseDelete();
    StmtPtr parseGlobal(bool nonlocal);
    std::vector<ast::Parameter> parseParameters(bool lambda);

    // -------------------------------------------------------- expressions
    ExprPtr parseStarExpressions();          // star_expressions: a tuple when there is a comma
    ExprPtr parseStarExpressionsOrYield();
    ExprPtr parseStarExpression();
    ExprPtr parseStarNamedExpression();
    ExprPtr parseNamedExpression();
    void explainNamedExpressionEquals(const ast::Expr &e, std::size_t start);
    ExprPtr parseExpression();
    void explainExpression(const ast::Expr &disjunction, std::size_t start);
    ExprPtr parseLambda();
    ExprPtr parseDisjunction();
    ExprPtr parseConjunction();
    ExprPtr parseInversion();
    ExprPtr parseComparison();
    ExprPtr parseBinary(int minPrecedence);
    ExprPtr parseBitwiseOr() { return parseBinary(1); }
    ExprPtr parseFactor();
    ExprPtr parsePower();
    ExprPtr parsePrimary();
    ExprPtr parseAtom();
    ExprPtr parseParenthesized();
    ExprPtr parseList();
    ExprPtr parseBraces();
    void parseCallArguments(ast::Call &call, const Token &open);
    ExprPtr parseSlices();
    ExprPtr parseSlice();
    ExprPtr parseYield();
    ExprPtr parseTargetList();
    void parseComprehensionClauses(Placeholder &into);
    void explainBadComprehension(const ast::Expr &firstElement, bool starred);
    bool startsDisplay(std::size_t index);
    bool parsesAsBitwiseOrBetween(std::size_t start, std::size_t end);

    // ------------------------------------------------------------ literals
    ExprPtr parseNumber(const Token &t);
    ExprPtr parseStrings();
    std::string decodeEscapes(std::string_view body, Position at);
    void parseFString(std::string_view body, const Token &token, std::size_t bodyOffset, bool raw,
                      std::vector<ast::FStringPart> &parts);
    std::size_t parseFStringLevel(std::string_view body, std::size_t pos, const Token &token, std::size_t bodyOffset,
                                  bool raw, int level, std::vector<ast::FStringPart> &parts);
    std::size_t parseFStringField(std::string_view body, std::size_t pos, const Token &token, std::size_t bodyOffset,
                                  bool raw, int level, std::vector<ast::FStringPart> &parts);
    ExprPtr parseFStringExpression(std::string_view text, Position brace);
    [[noreturn]] void raiseInString(std::string message) { raiseAtLastToken(std::move(message)); }

    // ------------------------------------------------------------- heights
    // Every parse function leaves the height of the tree it returns in
    // m_height; nodes combine their children's heights here.
    ExprPtr made(ExprPtr node, int childHeight)
    {
        m_height = childHeight + 1;
        // A leaf is not a level: `-` * 200 + `1`, or 200 nested lists, pass.
        if (m_height > kMaxExpressionNesting + 1)
            failTooDeep(node->pos, "expressions");
        return node;
    }
    template <class T>
    std::unique_ptr<T> placeholder(Position at, Construct c, std::string construct)
    {
        unsupported(at, std::move(construct));
        return std::make_unique<T>(at, c);
    }

    std::string m_fileName;
    std::unique_ptr<Lexer> m_mainLexer;
    Lexer *m_lexer;                  // the main lexer, or an f-string expression's
    std::vector<Token> m_tokens;     // fetched tokens; those before m_index are consumed
    std::size_t m_index = 0;
    std::size_t m_fetchedCount = 0;
    Token m_lastFetched;
    bool m_errorPass;
    Farthest m_firstPass;            // where the first pass stopped (second pass only)
    bool m_lenient;                  // see tryExtension()
    bool m_inFString = false;        // parser errors then start with "f-string: "
    int m_speculating = 0;
    // Work the second pass may spend on speculations and backtracking (-1 in
    // the first pass: no limit); when it runs out, the explanation is
    // abandoned and the first pass's "invalid syntax" stands. Its explanations
    // speculate inside speculations, one level per nested expression, which
    // without memoisation (CPython memoises) is exponential: `x =
    // a{{{{{{{{{{{{{{{{{{{{b` took 15 s, 30 braces hours (found by
    // fuzz/fuzz_parser). A token re-read costs 1; a caught failure costs
    // kBacktrackCost plus kUnwoundLevelCost per nesting level it unwound, as a
    // C++ throw through ~70 nested brackets costs far more than a token
    // (deeply nested `[`, found by fuzz/fuzz_parser, threw 2,700 times in 2 KB:
    // 250 ms under ASan). Real scripts use under 0.2 per byte.
    std::int64_t m_speculationBudget;
    ParseStats m_stats;
    // parseBraces()'s dict-or-set decisions by the `{`'s position and m_errorPass.
    std::map<std::tuple<int, int, bool>, bool> m_braceIsDict;
    // Index of a `print` token that heads an assignment target, which CPython
    // parses with its target grammar, where the legacy-print check never runs.
    std::size_t m_legacyExempt = static_cast<std::size_t>(-1);
    // Set while a dict key after the first item is parsed: CPython gives no
    // explanation there except inside a bracketed atom (found by testing).
    bool m_checksInAtoms = false;
    int m_height = 0;
    int m_nesting = 0;               // expression recursion outside brackets
    int m_recursion = 0;             // all expression recursion
    int m_statementNesting = 0;
    int m_fstringHeight = 0;         // greatest height of the f-string fields parsed so far
    int m_parametersHeight = 0;      // greatest height of the defaults parseParameters() saw
    std::optional<Diagnostic> m_unsupported;
};

// Restores the parser's mode flags when a scope ends.
class ModeGuard
{
public:
    ModeGuard(bool &errorPass, bool &lenient, bool &checksInAtoms)
        : m_errorPass(errorPass), m_lenient(lenient), m_checksInAtoms(checksInAtoms),
          m_saved{errorPass, lenient, checksInAtoms}
    {
    }
    ~ModeGuard()
    {
        m_errorPass = m_saved[0];
        m_lenient = m_saved[1];
        m_checksInAtoms = m_saved[2];
    }
    ModeGuard(const ModeGuard &) = delete;
    ModeGuard &operator=(const ModeGuard &) = delete;

private:
    bool &m_errorPass;
    bool &m_lenient;
    bool &m_checksInAtoms;
    bool m_saved[3];
};

// Counts recursion; refuses to go deeper than the limits.
class NestingGuard
{
public:
    NestingGuard(Parser &parser, Position at, bool bracket) : m_parser(parser), m_bracket(bracket)
    {
        if (!bracket && ++m_parser.m_nesting > kMaxExpressionNesting)
            m_parser.failTooDeep(at, "expressions");
        if (++m_parser.m_recursion > kMaxRecursion)
            m_parser.failTooDeep(at, "expressions");
    }
    ~NestingGuard()
    {
        if (!m_bracket)
            --m_parser.m_nesting;
        --m_parser.m_recursion;
    }
    NestingGuard(const NestingGuard &) = delete;
    NestingGuard &operator=(const NestingGuard &) = delete;

private:
    Parser &m_parser;
    bool m_bracket;
};

// ------------------------------------------------------------------ running

Parser::Outcome Parser::run()
{
    Outcome outcome;
    try {
        outcome.program = parseFile();
        outcome.status = Status::Ok;
    } catch (const ExplanationAbandoned &) {
        outcome.status = Status::Abandoned; // no better message than the first pass's
    } catch (const SyntaxFailure &failure) {
        outcome.status = failure.generic ? Status::Generic : Status::Specific;
        outcome.diagnostic = failure.diagnostic;
    } catch (const LexerFailure &failure) {
        outcome.status = Status::Final;
        outcome.diagnostic = failure.diagnostic;
    } catch (const DepthFailure &failure) {
        outcome.status = Status::Specific;
        outcome.diagnostic = failure.diagnostic;
    }
    return outcome;
}

// CPython's _PyPegen_tokenize_full_source_to_check_for_errors(): after a
// parser error, tokenize the rest of the file; an error the tokenizer raises
// itself wins, and so does an unclosed bracket opened before the error's line.
void Parser::preferLaterTokenizerError(Diagnostic &diagnostic)
{
    const int errorLine = std::max(m_lastFetched.start.line, m_firstPass.start.line);
    for (;;) {
        const Token t = m_mainLexer->next();
        if (t.kind == TokenKind::EndMarker)
            return;
        if (t.kind != TokenKind::Error)
            continue;
        if (m_mainLexer->errorOverridesParser()) {
            diagnostic = m_mainLexer->diagnostic();
        } else if (m_mainLexer->hasOpenBracket() && m_mainLexer->unclosedBracketError().line < errorLine) {
            diagnostic = m_mainLexer->unclosedBracketError();
        }
        return;
    }
}

void Parser::fetch()
{
    Token token = m_lexer->next();
    if (token.kind == TokenKind::Error) {
        Diagnostic d = m_lexer->diagnostic();
        throw LexerFailure{d};
    }
    m_tokens.push_back(token);
    m_lastFetched = token;
    ++m_fetchedCount;
}

void Parser::discardConsumedTokens()
{
    // Keeps memory flat on long scripts; never while a speculation may rewind.
    if (m_speculating == 0 && m_index >= kTokenWindow) {
        m_tokens.erase(m_tokens.begin(), m_tokens.begin() + static_cast<std::ptrdiff_t>(m_index));
        m_index = 0;
    }
}

Position Parser::lastFetchedPosition() const
{
    // The second pass shares CPython's token array with the first, so the
    // last token fetched may be one the first pass reached.
    if (!m_inFString && m_firstPass.sequence > m_fetchedCount)
        return m_firstPass.start;
    return m_lastFetched.start;
}

Diagnostic Parser::makeDiagnostic(Diagnostic::Kind kind, Position at, std::string message) const
{
    Diagnostic d;
    d.kind = kind;
    d.fileName = m_fileName;
    d.line = at.line;
    d.column = at.column;
    d.message = std::move(message);
    return d;
}

void Parser::failGeneric()
{
    Diagnostic d;
    if (m_lastFetched.kind == TokenKind::Indent)
        d = makeDiagnostic(Diagnostic::Kind::IndentationError, m_lastFetched.start, "unexpected indent");
    else if (m_lastFetched.kind == TokenKind::Dedent)
        d = makeDiagnostic(Diagnostic::Kind::IndentationError, m_lastFetched.start, "unexpected unindent");
    else
        d = makeDiagnostic(Diagnostic::Kind::SyntaxError, m_lastFetched.start, "invalid syntax");
    throw SyntaxFailure{d, true, m_recursion, m_index};
}

void Parser::raise(Position at, std::string message, Diagnostic::Kind kind)
{
    if (m_inFString)
        message = "f-string: " + message;
    throw SyntaxFailure{makeDiagnostic(kind, at, std::move(message)), false};
}

void Parser::failTooDeep(Position at, const char *what)
{
    throw DepthFailure{makeDiagnostic(Diagnostic::Kind::Unsupported, at,
                                      std::string(what) + " nested deeper than "
                                          + std::to_string(kMaxExpressionNesting) + " levels")};
}

void Parser::unsupported(Position at, std::string construct)
{
    if (m_unsupported && !(at < Position{m_unsupported->line, m_unsupported->column}))
        return;
    m_unsupported = makeDiagnostic(Diagnostic::Kind::Unsupported, at, std::move(construct));
}

template <class F>
bool Parser::speculate(F &&parse, bool withChecks, std::size_t *endIndex)
{
    const std::size_t savedIndex = m_index;
    const int savedHeight = m_height;
    const int savedNesting = m_nesting;
    const int savedRecursion = m_recursion;
    const bool savedErrorPass = m_errorPass;
    const bool savedLenient = m_lenient;
    std::optional<Diagnostic> savedUnsupported = m_unsupported;
    ++m_stats.speculations;
    m_errorPass = m_errorPass && withChecks;
    m_lenient = true;
    ++m_speculating;
    bool ok = true;
    try {
        parse();
    } catch (const SyntaxFailure &failure) {
        // A specific error is raised for real, as CPython raises it even
        // inside a lookahead; only a grammar failure means "does not parse".
        if (!failure.generic) {
            --m_speculating;
            m_errorPass = savedErrorPass;
            m_lenient = savedLenient;
            throw;
        }
        // The tokens it read are charged below, as for a success.
        chargeBacktrack(failure, failure.index);
        ok = false;
    } catch (...) {
        --m_speculating;
        m_errorPass = savedErrorPass;
        m_lenient = savedLenient;
        throw;
    }
    --m_speculating;
    if (m_speculationBudget >= 0) {
        m_speculationBudget -= 1 + static_cast<std::int64_t>(m_index > savedIndex ? m_index - savedIndex : 0);
        if (m_speculationBudget < 0)
            throw ExplanationAbandoned{};
    }
    if (endIndex)
        *endIndex = m_index;
    m_index = savedIndex;
    m_height = savedHeight;
    m_nesting = savedNesting;
    m_recursion = savedRecursion;
    m_errorPass = savedErrorPass;
    m_lenient = savedLenient;
    m_unsupported = std::move(savedUnsupported);
    return ok;
}

template <class F>
bool Parser::tryExtension(F &&parse)
{
    if (!m_lenient) {
        parse();
        return true;
    }
    const std::size_t savedIndex = m_index;
    const int savedHeight = m_height;
    try {
        parse();
        return true;
    } catch (const SyntaxFailure &failure) {
        if (!failure.generic)
            throw;
        chargeBacktrack(failure, savedIndex);
        m_index = savedIndex;
        m_height = savedHeight;
        return false;
    }
}

void Parser::chargeBacktrack(const SyntaxFailure &failure, std::size_t fromIndex)
{
    // NestingGuards have restored m_recursion to the catcher's level.
    const std::int64_t unwound = std::max(0, failure.recursion - m_recursion);
    ++m_stats.backtracks;
    m_stats.unwoundLevels += unwound;
    if (m_speculationBudget < 0)
        return;
    const std::int64_t reread = failure.index > fromIndex ? static_cast<std::int64_t>(failure.index - fromIndex) : 0;
    m_speculationBudget -= kBacktrackCost + kUnwoundLevelCost * unwound + reread;
    if (m_speculationBudget < 0)
        throw ExplanationAbandoned{};
}

// =============================================================== statements

std::unique_ptr<ast::Program> Parser::parseFile()
{
    auto program = std::make_unique<ast::Program>();
    while (!atKind(TokenKind::EndMarker)) {
        discardConsumedTokens();
        parseStatement(program->body);
    }
    return program;
}

void Parser::parseStatement(std::vector<StmtPtr> &out)
{
    const Token t = peek();
    if (t.kind == TokenKind::Name) {
        if (t.text == "if")
            return out.push_back(parseIf());
        if (t.text == "while")
            return out.push_back(parseWhile());
        if (t.text == "for")
            return out.push_back(parseFor());
        if (t.text == "try")
            return out.push_back(parseTry());
        if (t.text == "def")
            return out.push_back(parseFunctionDef());
        if (t.text == "class")
            return out.push_back(parseClass());
        if (t.text == "with")
            return out.push_back(parseWith(false));
        if (t.text == "async") {
            const Token next = peek(1);
            if (next.isName("def") || next.isName("for") || next.isName("with")) {
                unsupported(t.start, "async functions");
                take();
                if (next.isName("def")) {
                    auto node = std::make_unique<StmtPlaceholder>(t.start);
                    node->async = true;
                    node->body.push_back(parseFunctionDef());
                    node->endLine = node->body.front()->endLine;
                    return out.push_back(std::move(node));
                }
                if (next.isName("for"))
                    return out.push_back(parseFor());
                return out.push_back(parseWith(true));
            }
        }
        if (t.text == "match" && isMatchStatement())
            return skipMatchStatement(out);
    } else if (t.isOperator("@")) {
        return out.push_back(parseDecorated());
    }
    parseSimpleStatements(out);
}

void Parser::parseSimpleStatements(std::vector<StmtPtr> &out)
{
    for (;;) {
        parseSimpleStatement(out);
        if (!acceptOp(";"))
            break;
        if (atKind(TokenKind::Newline))
            break;
    }
    if (!atKind(TokenKind::Newline))
        failGeneric();
    take();
}

void Parser::parseSimpleStatement(std::vector<StmtPtr> &out)
{
    const Token t = peek();
    m_legacyExempt = static_cast<std::size_t>(-1);
    if (m_errorPass) {
        // `print[0] = 1` and `del print[0]` are valid: see m_legacyExempt.
        const std::size_t head = t.isName("del") ? m_index + 1 : m_index;
        const Token &name = tokenAt(head);
        if ((name.isName("print") || name.isName("exec")) && tokenAt(head + 1).isOperator("[")) {
            bool target = false;
            m_legacyExempt = head; // while looking, so that the look itself does not complain
            speculate([&] {
                m_index = head;
                ExprPtr e = parseStarExpressions();
                if (t.isName("del"))
                    target = !invalidTarget(e.get(), TargetKind::Delete) && (atOp(";") || atKind(TokenKind::Newline));
                else
                    target = !invalidTarget(e.get(), TargetKind::Store)
                             && (atOp("=") || atOp(":") || augmentedOperator(peek()).has_value());
            });
            if (!target)
                m_legacyExempt = static_cast<std::size_t>(-1);
        }
    }
    if (m_legacyExempt != static_cast<std::size_t>(-1)) {
        // CPython's target grammar parsed `print[...]`; when the rest of the
        // statement fails, its invalid_ rules read it as an expression again.
        const Token print = m_tokens[m_legacyExempt];
        const std::size_t start = m_index;
        try {
            parseSimpleStatementBody(out);
        } catch (const SyntaxFailure &failure) {
            if (!failure.generic)
                throw;
            // Unless the assignment rule matched a prefix of the statement
            // (a value that starts like an expression), which CPython accepts
            // before failing at the end of the line.
            const bool prefixMatches = speculate(
                [&] {
                    m_index = start;
                    if (acceptName("del")) {
                        parseStarExpressions();
                        return;
                    }
                    parseStarExpressions();
                    if (augmentedOperator(peek())) {
                        take();
                        parseStarExpressionsOrYield();
                        return;
                    }
                    if (!atOp("="))
                        failGeneric();
                    while (acceptOp("="))
                        parseStarExpressionsOrYield();
                },
                false);
            if (prefixMatches && !t.isName("del"))
                throw;
            const std::string name(print.text);
            raise(print.start, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
        }
        return;
    }
    parseSimpleStatementBody(out);
}

void Parser::parseSimpleStatementBody(std::vector<StmtPtr> &out)
{
    const Token t = peek();
    StmtPtr stmt;
    if (t.kind == TokenKind::Name) {
        if (t.text == "pass") {
            take();
            stmt = std::make_unique<ast::Pass>(t.start);
        } else if (t.text == "break") {
            take();
            stmt = std::make_unique<ast::Break>(t.start);
        } else if (t.text == "continue") {
            take();
            stmt = std::make_unique<ast::Continue>(t.start);
        } else if (t.text == "return") {
            take();
            auto ret = std::make_unique<ast::Return>(t.start);
            if (!atKind(TokenKind::Newline) && !atOp(";"))
                ret->value = parseStarExpressions();
            stmt = std::move(ret);
        } else if (t.text == "raise") {
            take();
            auto raiseStmt = std::make_unique<ast::Raise>(t.start);
            if (!atKind(TokenKind::Newline) && !atOp(";")) {
                raiseStmt->exc = parseExpression();
                if (acceptName("from"))
                    raiseStmt->cause = parseExpression();
            }
            stmt = std::move(raiseStmt);
        } else if (t.text == "global" || t.text == "nonlocal") {
            stmt = parseGlobal(t.text == "nonlocal");
        } else if (t.text == "del") {
            stmt = parseDelete();
        } else if (t.text == "assert") {
            take();
            auto assertStmt = std::make_unique<ast::Assert>(t.start);
            assertStmt->test = parseExpression();
            if (acceptOp(","))
                assertStmt->msg = parseExpression();
            stmt = std::move(assertStmt);
        } else if (t.text == "import" || t.text == "from") {
            parseImport(out);
            return;
        }
    }
    if (!stmt)
        stmt = parseExpressionStatement();
    stmt->endLine = lineOfPrevious();
    out.push_back(std::move(stmt));
}

// The body of a compound statement: an indented block or simple statements
// on the header's line. `what` names the statement in CPython's message.
std::vector<StmtPtr> Parser::parseBlock(const Token &keyword, const std::string &what)
{
    std::vector<StmtPtr> body;
    if (!atKind(TokenKind::Newline)) {
        parseSimpleStatements(body);
        return body;
    }
    take();
    if (!atKind(TokenKind::Indent)) {
        if (m_errorPass) {
            raiseAtLastToken("expected an indented block after " + what + " on line " + std::to_string(keyword.start.line),
                             Diagnostic::Kind::IndentationError);
        }
        failGeneric();
    }
    take();
    if (++m_statementNesting > kMaxStatementNesting)
        failTooDeep(keyword.start, "statements");
    while (!atKind(TokenKind::Dedent)) {
        discardConsumedTokens();
        parseStatement(body);
    }
    take();
    --m_statementNesting;
    return body;
}

// The ':' ending `if`, `while`, `for`, `class`, `with` and `except` headers:
// CPython's invalid_ rules say "expected ':'" when the line simply ends.
void Parser::expectHeaderColon()
{
    if (atOp(":")) {
        take();
        return;
    }
    if (m_errorPass && atKind(TokenKind::Newline))
        raiseAtLastToken("expected ':'");
    failGeneric();
}

StmtPtr Parser::parseExpressionStatement()
{
    const Token first = peek();
    const std::size_t firstIndex = m_index;
    if (first.isName("yield")) {
        ExprPtr value = parseYield();
        if (atOp("=")) {
            if (m_errorPass)
                raise(value->pos, "assignment to yield expression not possible");
            failGeneric();
        }
        return std::make_unique<ast::ExprStmt>(first.start, std::move(value));
    }
    ExprPtr lhs = parseStarExpressions();
    if (m_errorPass && lhs->kind == ast::ExprKind::Tuple && !first.isOperator("(") && startsExpression(peek())) {
        // invalid_assignment reads `a, b c = 1` as star_named_expression ','
        // star_named_expressions*, which explains the element before '='.
        speculate([&] {
            while (startsExpression(peek()) || atOp("*") || atOp(",")) {
                if (!acceptOp(","))
                    parseStarNamedExpression();
            }
        });
    }
    if (m_errorPass && atOp(":=") && lhs->kind != ast::ExprKind::Tuple && lhs->kind != ast::ExprKind::Name) {
        // invalid_assignment reads the statement as a named expression.
        if (speculate([&] {
                take();
                parseExpression();
            }))
            raise(lhs->pos, "cannot use assignment expressions with " + exprName(*lhs));
    }
    if (atOp(":"))
        return parseAnnotatedAssignment(first, std::move(lhs));
    if (atOp("="))
        return parseAssignment(first, firstIndex, std::move(lhs));
    if (const auto op = augmentedOperator(peek())) {
        const ast::ExprKind kind = lhs->kind;
        const bool validTarget = kind == ast::ExprKind::Name || kind == ast::ExprKind::Attribute
                                 || kind == ast::ExprKind::Subscript;
        if (!validTarget) {
            if (m_errorPass) {
                // CPython explains it only when the right side parses too.
                if (speculate([&] {
                        take();
                        parseStarExpressionsOrYield();
                    })) {
                    raise(lhs->pos, "'" + exprName(*lhs) + "' is an illegal expression for augmented assignment");
                }
            }
            failGeneric();
        }
        take();
        ExprPtr value = parseStarExpressionsOrYield();
        return std::make_unique<ast::AugAssign>(first.start, std::move(lhs), *op, std::move(value));
    }
    return std::make_unique<ast::ExprStmt>(first.start, std::move(lhs));
}

StmtPtr Parser::parseAssignment(const Token &first, std::size_t firstIndex, ExprPtr lhs)
{
    auto assign = std::make_unique<ast::Assign>(first.start);
    std::vector<ExprPtr> targets;
    std::vector<std::size_t> starts{firstIndex};
    targets.push_back(std::move(lhs));
    const std::size_t firstEquals = m_index;
    ExprPtr value;
    for (;;) {
        take(); // '='
        starts.push_back(m_index);
        // CPython's explanations need no more than the '=' after the invalid
        // target (and a bitwise-or expression after it), so give them before
        // the rest, which may not parse.
        if (m_errorPass && invalidTarget(targets.back().get(), TargetKind::Store))
            explainInvalidAssignment(targets, starts, firstEquals);
        value = parseStarExpressionsOrYield();
        if (!atOp("="))
            break;
        targets.push_back(std::move(value));
    }
    const bool valid = std::all_of(targets.begin(), targets.end(), [](const ExprPtr &target) {
        return invalidTarget(target.get(), TargetKind::Store) == nullptr;
    });
    if (!valid) {
        if (m_errorPass)
            explainInvalidAssignment(targets, starts, firstEquals);
        failGeneric();
    }
    assign->targets = std::move(targets);
    assign->value = std::move(value);
    return assign;
}

// CPython's invalid_assignment, in its order of alternatives.
void Parser::explainInvalidAssignment(const std::vector<ExprPtr> &targets, const std::vector<std::size_t> &starts,
                                      std::size_t firstEquals)
{
    for (const ExprPtr &target : targets) {
        if (asPlaceholder(target.get()) && asPlaceholder(target.get())->construct == Construct::Yield)
            raise(target->pos, "assignment to yield expression not possible");
    }
    // The first target's elements are parsed as named expressions, whose
    // invalid_named_expression rule looks at the element just before the
    // first '=' when a bitwise-or expression follows that '=' (and is not
    // itself followed by '=').
    {
        const ast::Expr &first = *targets.front();
        const ast::Expr *last = &first;
        std::size_t lastStart = starts.front();
        const bool bareTuple = first.kind == ast::ExprKind::Tuple && !m_tokens[starts.front()].isOperator("(");
        if (bareTuple) {
            const auto &elts = static_cast<const ast::Tuple &>(first).elts;
            if (!elts.empty()) {
                last = elts.back().get();
                // Find where the last element starts: after the last top-level comma.
                std::size_t depth = 0;
                for (std::size_t k = starts.front(); k < firstEquals; ++k) {
                    const Token &tk = m_tokens[k];
                    if (tk.isOperator("(") || tk.isOperator("[") || tk.isOperator("{"))
                        ++depth;
                    else if (tk.isOperator(")") || tk.isOperator("]") || tk.isOperator("}"))
                        --depth;
                    else if (depth == 0 && tk.isOperator(","))
                        lastStart = k + 1;
                }
            }
        }
        const bool endsAtEquals = lastStart < firstEquals;
        const bool name = last->kind == ast::ExprKind::Name && lastStart + 1 == firstEquals;
        // The left side is looked at first: CPython reads on only if it matches.
        const bool leftMatches = name || (!startsDisplay(lastStart) && parsesAsBitwiseOrBetween(lastStart, firstEquals));
        if (endsAtEquals && leftMatches && !(asPlaceholder(last) && asPlaceholder(last)->construct == Construct::Starred)) {
            std::size_t valueEnd = 0;
            const bool valueIsBitwiseOr = speculate(
                [&] {
                    m_index = starts[1];
                    parseBitwiseOr();
                },
                true, &valueEnd);
            if (valueIsBitwiseOr && !tokenAt(valueEnd).isOperator("=") && !tokenAt(valueEnd).isOperator(":=")) {
                if (name)
                    raise(last->pos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                raise(last->pos, "cannot assign to " + exprName(*last) + " here. Maybe you meant '==' instead of '='?");
            }
        }
    }
    for (const ExprPtr &target : targets) {
        if (const ast::Expr *bad = invalidTarget(target.get(), TargetKind::Store))
            raise(bad->pos, "cannot assign to " + exprName(*bad));
    }
}

StmtPtr Parser::parseAnnotatedAssignment(const Token &first, ExprPtr target)
{
    // Only a name, attribute or subscript can be annotated, parenthesised or not.
    const ast::ExprKind kind = target->kind;
    if (kind != ast::ExprKind::Name && kind != ast::ExprKind::Attribute && kind != ast::ExprKind::Subscript) {
        if (m_errorPass && speculate([&] {
                take();
                parseExpression();
            })) {
            if (kind == ast::ExprKind::Tuple)
                raise(target->pos, "only single target (not tuple) can be annotated");
            if (kind == ast::ExprKind::List)
                raise(target->pos, "only single target (not list) can be annotated");
            raise(target->pos, "illegal target for annotation");
        }
        failGeneric();
    }
    take(); // ':'
    auto stmt = std::make_unique<StmtPlaceholder>(first.start);
    unsupported(first.start, "annotations");
    stmt->exprs.push_back(parseExpression());
    if (acceptOp("="))
        stmt->exprs.push_back(parseStarExpressionsOrYield());
    stmt->targets.push_back(std::move(target));
    return stmt;
}

StmtPtr Parser::parseIf()
{
    // An elif chain nests in the tree: each `elif` is an If in the orelse of
    // the previous one. It is parsed iteratively and linked at the end.
    std::vector<std::unique_ptr<ast::If>> chain;
    std::vector<StmtPtr> finalElse;
    Token keyword = take();
    const int savedNesting = m_statementNesting;
    for (;;) {
        auto node = std::make_unique<ast::If>(keyword.start);
        node->test = parseNamedExpression();
        expectHeaderColon();
        node->endLine = lineOfPrevious();
        node->body = parseBlock(keyword, "'" + std::string(keyword.text) + "' statement");
        chain.push_back(std::move(node));
        if (atName("elif")) {
            keyword = take();
            if (++m_statementNesting > kMaxStatementNesting)
                failTooDeep(keyword.start, "statements");
            continue;
        }
        if (atName("else")) {
            const Token elseToken = take();
            expectForced(":");
            finalElse = parseBlock(elseToken, "'else' statement");
        }
        break;
    }
    m_statementNesting = savedNesting;
    chain.back()->orelse = std::move(finalElse);
    for (std::size_t i = chain.size() - 1; i > 0; --i)
        chain[i - 1]->orelse.push_back(std::move(chain[i]));
    return std::move(chain.front());
}

StmtPtr Parser::parseWhile()
{
    const Token keyword = take();
    auto node = std::make_unique<ast::While>(keyword.start);
    node->test = parseNamedExpression();
    expectHeaderColon();
    node->endLine = lineOfPrevious();
    node->body = parseBlock(keyword, "'while' statement");
    if (atName("else")) {
        const Token elseToken = take();
        expectForced(":");
        node->orelse = parseBlock(elseToken, "'else' statement");
    }
    return node;
}

StmtPtr Parser::parseFor()
{
    const Token keyword = take();
    auto node = std::make_unique<ast::For>(keyword.start);
    node->target = parseForTarget();
    take(); // 'in'
    node->iter = parseStarExpressions();
    expectHeaderColon();
    node->endLine = lineOfPrevious();
    node->body = parseBlock(keyword, "'for' statement");
    if (atName("else")) {
        const Token elseToken = take();
        expectForced(":");
        node->orelse = parseBlock(elseToken, "'else' statement");
    }
    return node;
}

// The targets of `for ... in` (and of comprehensions), up to the 'in'.
ExprPtr Parser::parseForTarget()
{
    const std::size_t start = m_index;
    if (m_errorPass) {
        const bool ok = speculate([&] {
            ExprPtr t = parseTargetList();
            if (!atName("in") || invalidTarget(t.get(), TargetKind::For))
                failGeneric();
        });
        if (!ok) {
            // CPython's invalid_for_target: the whole thing as an expression.
            speculate([&] {
                m_index = start;
                ExprPtr whole = parseStarExpressions();
                if (const ast::Expr *bad = invalidTarget(whole.get(), TargetKind::For))
                    raise(bad->pos, "cannot assign to " + exprName(*bad));
            });
            failGeneric();
        }
    }
    ExprPtr target = parseTargetList();
    if (!atName("in") || invalidTarget(target.get(), TargetKind::For))
        failGeneric();
    return target;
}

// star_targets: targets separated by commas (a tuple if there is one). Each
// is a primary (a name, or an atom with trailers), as in CPython's target
// grammar, which has no operators: `for -x in y` fails at the '-'.
ExprPtr Parser::parseTargetList()
{
    const Position start = peek().start;
    std::vector<ExprPtr> elts;
    bool comma = false;
    int height = 0;
    for (;;) {
        if (atOp("*")) {
            const Token star = take();
            NestingGuard guard(*this, star.start, false);
            auto starred = placeholder<Placeholder>(star.start, Construct::Starred, "star expressions");
            starred->children.push_back(parsePrimary());
            elts.push_back(made(std::move(starred), m_height));
        } else {
            elts.push_back(parsePrimary());
        }
        height = std::max(height, m_height);
        if (!atOp(","))
            break;
        take();
        comma = true;
        if (!(startsExpression(peek()) || atOp("*")))
            break;
    }
    if (!comma) {
        m_height = height;
        return std::move(elts.front());
    }
    auto tuple = std::make_unique<ast::Tuple>(start);
    tuple->elts = std::move(elts);
    return made(std::move(tuple), height);
}

StmtPtr Parser::parseTry()
{
    const Token keyword = take();
    auto node = std::make_unique<ast::Try>(keyword.start);
    expectForced(":");
    node->endLine = lineOfPrevious();
    node->body = parseBlock(keyword, "'try' statement");
    std::optional<bool> starredHandlers; // whether the handlers are `except*` ones
    while (atName("except")) {
        const Token exceptToken = take();
        ast::ExceptHandler handler;
        handler.pos = exceptToken.start;
        std::string what = "'except' statement";
        if (starredHandlers && *starredHandlers != atOp("*")) {
            if (m_errorPass)
                raise(exceptToken.start, "cannot have both 'except' and 'except*' on the same 'try'");
            failGeneric();
        }
        starredHandlers = atOp("*");
        if (atOp("*")) {
            take();
            what = "'except*' statement";
            unsupported(exceptToken.start, "exception groups (except*)");
            if (atOp(":") || atKind(TokenKind::Newline)) {
                if (m_errorPass)
                    raiseAtLastToken("expected one or more exception types");
                failGeneric();
            }
        }
        if (!atOp(":")) {
            const std::size_t typeStart = m_index;
            handler.type = parseExpression();
            if (atOp(",") && m_errorPass) {
                // `except A, B:` (Python 2): CPython explains it when the rest parses.
                if (speculate([&] {
                        take();
                        parseExpression();
                        while (acceptOp(","))
                            if (startsExpression(peek()))
                                parseExpression();
                        if (acceptName("as"))
                            expectIdentifier();
                        expectOp(":");
                    })) {
                    raise(m_tokens[typeStart].start, "multiple exception types must be parenthesized");
                }
            }
            if (acceptName("as"))
                handler.name = Lexer::identifier(expectIdentifier());
        }
        expectHeaderColon();
        handler.body = parseBlock(exceptToken, what);
        node->handlers.push_back(std::move(handler));
    }
    if (!node->handlers.empty() && atName("else")) {
        const Token elseToken = take();
        expectForced(":");
        node->orelse = parseBlock(elseToken, "'else' statement");
    }
    if (atName("finally")) {
        const Token finallyToken = take();
        expectForced(":");
        node->finalbody = parseBlock(finallyToken, "'finally' statement");
    }
    if (node->handlers.empty() && node->finalbody.empty()) {
        if (m_errorPass)
            raiseAtLastToken("expected 'except' or 'finally' block");
        failGeneric();
    }
    return node;
}

StmtPtr Parser::parseFunctionDef()
{
    const Token keyword = take(); // 'def'
    auto node = std::make_unique<ast::FunctionDef>(keyword.start);
    node->info.name = Lexer::identifier(expectIdentifier());
    expectForced("(");
    node->info.params = parseParameters(false);
    expectOp(")");
    if (atOp("->")) {
        const Token arrow = take();
        unsupported(arrow.start, "annotations");
        parseExpression();
    }
    expectForced(":");
    node->endLine = lineOfPrevious();
    node->body = parseBlock(keyword, "function definition");
    return node;
}

// Parameters of `def` (up to the ')') or `lambda` (up to the ':'), with
// CPython's rules and messages; only plain parameters with defaults are supported.
std::vector<ast::Parameter> Parser::parseParameters(bool lambda)
{
    std::vector<ast::Parameter> params;
    int height = 0;
    const auto atEnd = [&] { return lambda ? atOp(":") : atOp(")"); };
    bool sawDefault = false;
    bool sawSlash = false;
    bool sawStar = false;
    bool sawDoubleStar = false;
    bool any = false;
    while (!atEnd()) {
        const Token t = peek();
        if (sawDoubleStar) {
            if (m_errorPass && (t.kind == TokenKind::Name || t.isOperator("*") || t.isOperator("**") || t.isOperator("/")))
                raise(t.start, "arguments cannot follow var-keyword argument");
            failGeneric();
        }
        if (t.isOperator("/")) {
            take();
            if (m_errorPass) {
                if (!any && atOp(","))
                    raise(t.start, "at least one argument must precede /");
                if (sawSlash)
                    raise(t.start, "/ may appear only once");
                if (sawStar)
                    raise(t.start, "/ must be ahead of *");
            }
            if (!any || sawSlash || sawStar)
                failGeneric();
            sawSlash = true;
            unsupported(t.start, "positional-only parameters");
        } else if (t.isOperator("*")) {
            take();
            if (sawStar) {
                if (m_errorPass)
                    raise(t.start, "* argument may appear only once");
                failGeneric();
            }
            sawStar = true;
            if (atOp(",") || atEnd()) {
                // A bare '*': keyword-only parameters must follow.
                const bool followed = atOp(",") && !(peek(1).isOperator(lambda ? ":" : ")") || peek(1).isOperator("**"));
                if (!followed) {
                    if (m_errorPass)
                        raise(t.start, "named arguments must follow bare *");
                    failGeneric();
                }
                unsupported(t.start, "keyword-only parameters");
            } else {
                expectIdentifier();
                unsupported(t.start, "*args parameters");
                if (!lambda && atOp(":")) {
                    take();
                    parseStarExpression();
                }
                if (atOp("=")) {
                    if (m_errorPass)
                        raise(peek().start, "var-positional argument cannot have default value");
                    failGeneric();
                }
            }
        } else if (t.isOperator("**")) {
            take();
            expectIdentifier();
            unsupported(t.start, "**kwargs parameters");
            if (!lambda && atOp(":")) {
                take();
                parseExpression();
            }
            if (atOp("=")) {
                if (m_errorPass)
                    raise(peek().start, "var-keyword argument cannot have default value");
                failGeneric();
            }
            sawDoubleStar = true;
        } else if (t.isOperator("(")) {
            // CPython's invalid_parameters: `(a, b)` among plain parameters.
            if (m_errorPass && !sawDefault && !sawStar && !sawSlash
                && speculate([&] {
                       take();
                       for (;;) {
                           expectIdentifier();
                           if (!lambda && acceptOp(":"))
                               parseExpression();
                           if (!acceptOp(","))
                               break;
                           if (atOp(")"))
                               break;
                       }
                       expectOp(")");
                   })) {
                raise(t.start, lambda ? "Lambda expression parameters cannot be parenthesized"
                                      : "Function parameters cannot be parenthesized");
            }
            failGeneric();
        } else {
            const Token name = expectIdentifier();
            ast::Parameter param;
            param.name = Lexer::identifier(name);
            param.pos = name.start;
            if (!lambda && atOp(":")) {
                const Token colon = take();
                unsupported(colon.start, "annotations");
                parseExpression();
            }
            if (atOp("=")) {
                const Token equals = take();
                if (atOp(",") || atOp(")")) { // CPython's lookahead, for lambdas too
                    if (m_errorPass)
                        raise(equals.start, "expected default value expression");
                    failGeneric();
                }
                param.defaultValue = parseExpression();
                height = std::max(height, m_height);
                sawDefault = true;
            } else if (sawDefault && !sawStar) {
                if (m_errorPass) {
                    // CPython checks the parameter is complete (followed by ',' or the end).
                    if (atOp(",") || atEnd())
                        raise(name.start, "non-default argument follows default argument");
                }
                failGeneric();
            }
            if (sawStar)
                unsupported(name.start, "keyword-only parameters");
            params.push_back(std::move(param));
        }
        any = true;
        if (!acceptOp(","))
            break;
    }
    if (!atEnd())
        failGeneric();
    m_parametersHeight = height;
    return params;
}

StmtPtr Parser::parseClass()
{
    const Token keyword = take();
    unsupported(keyword.start, "class definitions");
    auto node = std::make_unique<StmtPlaceholder>(keyword.start);
    node->newScope = true;
    const Token name = expectIdentifier();
    node->targets.push_back(std::make_unique<ast::Name>(name.start, Lexer::identifier(name)));
    if (atOp("(")) {
        const Token open = take();
        auto call = std::make_unique<ast::Call>(open.start, std::make_unique<ast::Name>(open.start, "class"));
        parseCallArguments(*call, open);
        for (ExprPtr &arg : call->args)
            node->exprs.push_back(std::move(arg));
        for (ast::Keyword &kw : call->keywords)
            node->exprs.push_back(std::move(kw.value));
    }
    expectHeaderColon();
    node->endLine = lineOfPrevious();
    node->body = parseBlock(keyword, "class definition");
    return node;
}

StmtPtr Parser::parseWith(bool async)
{
    const Token keyword = take();
    if (!async)
        unsupported(keyword.start, "with statements");
    auto node = std::make_unique<StmtPlaceholder>(keyword.start);
    const auto parseItem = [&] {
        node->exprs.push_back(parseExpression());
        if (acceptName("as")) {
            ExprPtr target = parseTargetList();
            if (invalidTarget(target.get(), TargetKind::Store)) {
                if (m_errorPass) {
                    const ast::Expr *bad = invalidTarget(target.get(), TargetKind::Store);
                    raise(bad->pos, "cannot assign to " + exprName(*bad));
                }
                failGeneric();
            }
            node->targets.push_back(std::move(target));
        }
    };
    // `with (a as b, c):` groups items in parentheses; `with (a, b):` is a tuple.
    bool grouped = false;
    if (atOp("(")) {
        grouped = speculate([&] {
            take();
            for (;;) {
                parseExpression();
                if (acceptName("as"))
                    parseTargetList();
                if (!acceptOp(","))
                    break;
                if (atOp(")"))
                    break;
            }
            expectOp(")");
            expectOp(":");
        });
    }
    if (grouped) {
        take();
        for (;;) {
            parseItem();
            if (!acceptOp(",") || atOp(")"))
                break;
        }
        expectOp(")");
    } else {
        for (;;) {
            parseItem();
            if (!acceptOp(","))
                break;
        }
    }
    expectHeaderColon();
    node->endLine = lineOfPrevious();
    node->body = parseBlock(keyword, "'with' statement");
    return node;
}

StmtPtr Parser::parseDecorated()
{
    const Token at = peek();
    unsupported(at.start, "decorators");
    std::vector<ExprPtr> decorators;
    while (atOp("@")) {
        take();
        decorators.push_back(parseNamedExpression());
        if (!atKind(TokenKind::Newline))
            failGeneric();
        take();
    }
    const Token t = peek();
    StmtPtr def;
    if (t.isName("def")) {
        def = parseFunctionDef();
    } else if (t.isName("class")) {
        def = parseClass();
    } else if (t.isName("async") && peek(1).isName("def")) {
        take();
        unsupported(t.start, "async functions");
        auto node = std::make_unique<StmtPlaceholder>(t.start);
        node->async = true;
        node->body.push_back(parseFunctionDef());
        node->endLine = node->body.front()->endLine;
        def = std::move(node);
    } else {
        failGeneric();
    }
    auto node = std::make_unique<StmtPlaceholder>(at.start);
    node->exprs = std::move(decorators);
    node->endLine = def->endLine;
    node->body.push_back(std::move(def));
    return node;
}

// `match` is a soft keyword: CPython tries a match statement first, which
// needs a subject and a ':' that ends the line.
bool Parser::isMatchStatement()
{
    std::size_t end = 0;
    const bool subject = speculate(
        [&] {
            take();
            parseMatchSubject();
        },
        true, &end);
    if (!subject)
        return false;
    if (tokenAt(end).isOperator(":") && tokenAt(end + 1).kind == TokenKind::Newline)
        return true;
    // CPython's invalid_match_stmt, which also fires for a call like `match(x)`.
    if (m_errorPass && tokenAt(end).kind == TokenKind::Newline)
        raiseAtLastToken("expected ':'");
    return false;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
void Parser::parseMatchSubject()
{
    const bool starred = atOp("*");
    parseStarNamedExpression();
    if (!atOp(",")) {
        if (starred)
            failGeneric();
        return;
    }
    while (acceptOp(",")) {
        if (!(startsExpression(peek()) || atOp("*")))
            break;
        parseStarNamedExpression();
    }
}

// Match statements are refused. Their body is skipped token by token (the
// tokenizer still checks it) without looking at the patterns.
void Parser::skipMatchStatement(std::vector<StmtPtr> &out)
{
    const Token keyword = take();
    unsupported(keyword.start, "match statements");
    parseMatchSubject();
    expectOp(":");
    take(); // the newline
    if (!atKind(TokenKind::Indent)) {
        if (m_errorPass)
            raiseAtLastToken("expected an indented block after 'match' statement on line "
                                 + std::to_string(keyword.start.line),
                             Diagnostic::Kind::IndentationError);
        failGeneric();
    }
    take();
    if (!atName("case"))
        failGeneric();
    int depth = 1;
    while (depth > 0) {
        const Token t = take();
        if (t.kind == TokenKind::Indent)
            ++depth;
        else if (t.kind == TokenKind::Dedent)
            --depth;
    }
    auto node = std::make_unique<StmtPlaceholder>(keyword.start);
    node->endLine = keyword.start.line;
    out.push_back(std::move(node));
}

void Parser::parseImport(std::vector<StmtPtr> &out)
{
    const Token keyword = take();
    const auto dottedName = [&] {
        std::string name = Lexer::identifier(expectIdentifier());
        while (atOp(".")) {
            take();
            name += '.' + Lexer::identifier(expectIdentifier());
        }
        return name;
    };
    std::vector<StmtPtr> imports;
    const auto add = [&](ast::ImportedModule module, std::string bound) {
        auto stmt = std::make_unique<ast::Import>(keyword.start, module, std::move(bound));
        imports.push_back(std::move(stmt));
    };
    if (keyword.text == "import") {
        for (;;) {
            const std::string module = dottedName();
            std::string bound;
            if (acceptName("as"))
                bound = Lexer::identifier(expectIdentifier());
            if (module == "time")
                add(ast::ImportedModule::Time, bound.empty() ? "time" : bound);
            else
                unsupported(keyword.start, "import of module '" + module + "'");
            if (!acceptOp(","))
                break;
        }
    } else {
        std::string module;
        while (atOp(".") || atOp("...")) {
            module += take().text;
        }
        if (!atName("import"))
            module += dottedName();
        expectName("import");
        const auto importName = [&](const std::string &name, const std::string &bound) {
            if (module == "django.core.cache" && name == "cache")
                add(ast::ImportedModule::DjangoCache, bound.empty() ? name : bound);
            else
                unsupported(keyword.start, "import of '" + name + "' from " + module);
        };
        if (atOp("*")) {
            take();
            importName("*", "");
        } else {
            const bool parenthesized = acceptOp("(");
            for (;;) {
                const std::string name = Lexer::identifier(expectIdentifier());
                std::string bound;
                if (acceptName("as"))
                    bound = Lexer::identifier(expectIdentifier());
                importName(name, bound);
                if (!atOp(","))
                    break;
                take();
                if (parenthesized && atOp(")"))
                    break;
                if (!parenthesized && atKind(TokenKind::Newline)) {
                    if (m_errorPass)
                        raiseAtLastToken("trailing comma not allowed without surrounding parentheses");
                    failGeneric();
                }
            }
            if (parenthesized)
                expectOp(")");
        }
    }
    const int endLine = lineOfPrevious();
    if (imports.empty()) {
        // Everything imported is unsupported: keep a statement for the position.
        auto stmt = std::make_unique<StmtPlaceholder>(keyword.start);
        stmt->endLine = endLine;
        out.push_back(std::move(stmt));
        return;
    }
    for (StmtPtr &stmt : imports) {
        stmt->endLine = endLine;
        out.push_back(std::move(stmt));
    }
}

StmtPtr Parser::parseDelete()
{
    const Token keyword = take();
    auto node = std::make_unique<ast::Delete>(keyword.start);
    const std::size_t start = m_index;
    // del_targets: primaries (CPython's target grammar has no operators),
    // separated by commas, ending the statement.
    std::vector<ExprPtr> targets;
    bool ok = true;
    for (;;) {
        const Token &t = peek();
        if (!(t.kind == TokenKind::Name || t.kind == TokenKind::Number || t.kind == TokenKind::String
              || t.isOperator("(") || t.isOperator("[") || t.isOperator("{") || t.isOperator("..."))) {
            ok = !targets.empty();
            break;
        }
        targets.push_back(parsePrimary());
        if (invalidTarget(targets.back().get(), TargetKind::Delete))
            ok = false;
        if (!acceptOp(","))
            break;
        if (atOp(";") || atKind(TokenKind::Newline))
            break;
    }
    if (!ok || !(atOp(";") || atKind(TokenKind::Newline))) {
        if (m_errorPass) {
            // CPython's invalid_del_stmt: the targets as an expression.
            speculate([&] {
                m_index = start;
                ExprPtr whole = parseStarExpressions();
                if (const ast::Expr *bad = invalidTarget(whole.get(), TargetKind::Delete))
                    raise(bad->pos, "cannot delete " + exprName(*bad));
            });
        }
        failGeneric();
    }
    // `del (a, b), [c]` deletes a, b and c: flatten, as ast.h promises.
    std::vector<ExprPtr> pending(std::make_move_iterator(targets.rbegin()), std::make_move_iterator(targets.rend()));
    std::vector<ExprPtr> flat;
    while (!pending.empty()) {
        ExprPtr e = std::move(pending.back());
        pending.pop_back();
        if (e->kind == ast::ExprKind::Tuple || e->kind == ast::ExprKind::List) {
            auto &elts = e->kind == ast::ExprKind::Tuple ? static_cast<ast::Tuple &>(*e).elts
                                                          : static_cast<ast::List &>(*e).elts;
            pending.insert(pending.end(), std::make_move_iterator(elts.rbegin()), std::make_move_iterator(elts.rend()));
            continue;
        }
        if (e->kind == ast::ExprKind::Attribute)
            unsupported(e->pos, "attribute deletion");
        flat.push_back(std::move(e));
    }
    node->targets = std::move(flat);
    return node;
}

StmtPtr Parser::parseGlobal(bool nonlocal)
{
    const Token keyword = take();
    std::vector<std::string> names;
    for (;;) {
        names.push_back(Lexer::identifier(expectIdentifier()));
        if (!acceptOp(","))
            break;
    }
    if (nonlocal) {
        unsupported(keyword.start, "nonlocal");
        auto node = std::make_unique<StmtPlaceholder>(keyword.start);
        node->nonlocal = true;
        return node;
    }
    auto node = std::make_unique<ast::Global>(keyword.start);
    node->names = std::move(names);
    return node;
}

// ============================================================== expressions

ExprPtr Parser::parseStarExpressions()
{
    const Position start = peek().start;
    ExprPtr first = parseStarExpression();
    if (!atOp(","))
        return first;
    int height = m_height;
    auto tuple = std::make_unique<ast::Tuple>(start);
    tuple->elts.push_back(std::move(first));
    while (atOp(",")) {
        take();
        if (!(startsExpression(peek()) || atOp("*")))
            break;
        if (!tryExtension([&] { tuple->elts.push_back(parseStarExpression()); }))
            break;
        height = std::max(height, m_height);
    }
    return made(std::move(tuple), height);
}

ExprPtr Parser::parseStarExpressionsOrYield()
{
    if (atName("yield"))
        return parseYield();
    return parseStarExpressions();
}

ExprPtr Parser::parseYield()
{
    const Token keyword = take();
    auto node = placeholder<Placeholder>(keyword.start, Construct::Yield, "yield");
    int height = 0;
    if (acceptName("from")) {
        node->children.push_back(parseExpression());
        height = m_height;
    } else if (startsExpression(peek()) || atOp("*")) {
        node->children.push_back(parseStarExpressions());
        height = m_height;
    }
    return made(std::move(node), height);
}

ExprPtr Parser::parseStarExpression()
{
    if (!atOp("*"))
        return parseExpression();
    const Token star = take();
    NestingGuard guard(*this, star.start, false);
    auto node = placeholder<Placeholder>(star.start, Construct::Starred, "star expressions");
    node->children.push_back(parseBitwiseOr());
    return made(std::move(node), m_height);
}

ExprPtr Parser::parseStarNamedExpression()
{
    if (!atOp("*"))
        return parseNamedExpression();
    return parseStarExpression();
}

ExprPtr Parser::parseNamedExpression()
{
    const Token first = peek();
    if (first.kind == TokenKind::Name && !isKeyword(first.text) && peek(1).isOperator(":=")) {
        take();
        take();
        auto node = placeholder<Placeholder>(first.start, Construct::NamedExpr, "assignment expressions (:=)");
        node->children.push_back(std::make_unique<ast::Name>(first.start, Lexer::identifier(first)));
        node->children.push_back(parseExpression());
        return made(std::move(node), m_height);
    }
    const std::size_t start = m_index;
    ExprPtr e = parseExpression();
    if (atOp(":=")) {
        if (m_errorPass && speculate([&] {
                take();
                parseExpression();
            }))
            raise(e->pos, "cannot use assignment expressions with " + exprName(*e));
        failGeneric();
    }
    if (m_errorPass && atOp("="))
        explainNamedExpressionEquals(*e, start);
    return e;
}

// CPython's invalid_named_expression for `x = 1` where a condition or an
// element was expected (`if x = 1:`, `f(), a = 1`).
void Parser::explainNamedExpressionEquals(const ast::Expr &e, std::size_t start)
{
    const std::size_t equals = m_index;
    // CPython checks the left side first, so it only reads on when that matches.
    const bool name = e.kind == ast::ExprKind::Name && start + 1 == equals;
    if (!name && (startsDisplay(start) || !parsesAsBitwiseOrBetween(start, equals)))
        return;
    std::size_t end = 0;
    const bool rightIsBitwiseOr = speculate(
        [&] {
            take();
            parseBitwiseOr();
        },
        true, &end);
    if (!rightIsBitwiseOr || tokenAt(end).isOperator("=") || tokenAt(end).isOperator(":="))
        return;
    if (name)
        raise(e.pos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    raise(e.pos, "cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?");
}

// Whether a list, tuple or generator expression display, or True, None or
// False, starts at this token (CPython's !(list|tuple|genexp|...) lookahead).
bool Parser::startsDisplay(std::size_t index)
{
    const Token t = m_tokens[index];
    if (t.isName("True") || t.isName("None") || t.isName("False"))
        return true;
    if (!t.isOperator("[") && !t.isOperator("("))
        return false;
    bool display = false;
    speculate([&] {
        m_index = index;
        ExprPtr atom = parseAtom();
        if (atom->kind == ast::ExprKind::List
            || (atom->kind == ast::ExprKind::Tuple && atom->pos.line == t.start.line && atom->pos.column == t.start.column))
            display = true;
        else if (const Placeholder *p = asPlaceholder(atom.get()))
            display = p->construct == Construct::GeneratorExp;
    });
    return display;
}

bool Parser::parsesAsBitwiseOrBetween(std::size_t start, std::size_t end)
{
    std::size_t stop = 0;
    return speculate(
               [&] {
                   m_index = start;
                   parseBitwiseOr();
               },
               true, &stop)
           && stop == end;
}

ExprPtr Parser::parseExpression()
{
    if (atName("lambda"))
        return parseLambda();
    const std::size_t start = m_index;
    const Position startPos = peek().start; // CPython places a node at its first token, '(' included
    ExprPtr body = parseDisjunction();
    if (m_errorPass)
        explainExpression(*body, start);
    if (!atName("if"))
        return body;
    int height = m_height;
    auto node = std::make_unique<ast::IfExp>(startPos);
    const bool complete = tryExtension([&] {
        take();
        NestingGuard guard(*this, node->pos, false);
        node->test = parseDisjunction();
        height = std::max(height, m_height);
        if (!atName("else"))
            failGeneric();
        take();
        node->orelse = parseExpression();
        height = std::max(height, m_height);
    });
    if (!complete) {
        m_height = height;
        return body;
    }
    node->body = std::move(body);
    return made(std::move(node), height);
}

// CPython's invalid_expression and invalid_legacy_expression, tried (in the
// second pass) wherever an expression is parsed.
void Parser::explainExpression(const ast::Expr &disjunction, std::size_t start)
{
    const Token first = m_tokens[start];
    const bool legacyName = (first.isName("print") || first.isName("exec")) && start + 1 == m_index;
    // "Perhaps you forgot a comma?": two expressions side by side inside brackets.
    // (CPython's NAME excludes keywords: `not "x" y` is checked.)
    if (!legacyName && !isSoftKeyword(first)
        && !(first.kind == TokenKind::Name && !isKeyword(first.text) && m_tokens[start + 1].kind == TokenKind::String)
        && startsExpression(peek())) {
        std::size_t end = 0;
        if (speculate([&] { parseExpression(); }, false, &end) && m_tokens[end - 1].level > 0)
            raise(disjunction.pos, "invalid syntax. Perhaps you forgot a comma?");
    }
    if (atName("if")) {
        std::size_t end = 0;
        if (speculate(
                [&] {
                    take();
                    parseDisjunction();
                },
                true, &end)
            && !tokenAt(end).isName("else") && !tokenAt(end).isOperator(":")) {
            raise(disjunction.pos, "expected 'else' after 'if' expression");
        }
    }
    // invalid_legacy_expression: NAME !'(' star_expressions. CPython tries it
    // for every name (reading on, and explaining what it finds there) and
    // only complains about print and exec.
    if (first.kind == TokenKind::Name && !isKeyword(first.text) && !m_tokens[start + 1].isOperator("(")
        && start != m_legacyExempt) {
        const bool parses = speculate([&] {
            m_index = start + 1;
            parseStarExpressions();
        });
        if (parses && (first.isName("print") || first.isName("exec"))) {
            const std::string name(first.text);
            raise(first.start, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
        }
    }
}

ExprPtr Parser::parseLambda()
{
    const Token keyword = take();
    NestingGuard guard(*this, keyword.start, false);
    auto node = std::make_unique<ast::Lambda>(keyword.start);
    node->info.name = "<lambda>";
    node->info.params = parseParameters(true);
    const int height = m_parametersHeight;
    expectOp(":");
    node->body = parseExpression();
    return made(std::move(node), std::max(height, m_height));
}

ExprPtr Parser::parseDisjunction()
{
    const Position start = peek().start;
    ExprPtr first = parseConjunction();
    if (!atName("or"))
        return first;
    int height = m_height;
    auto node = std::make_unique<ast::BoolOp>(start, ast::BoolOperator::Or);
    node->values.push_back(std::move(first));
    while (atName("or")) {
        if (!tryExtension([&] {
                take();
                node->values.push_back(parseConjunction());
            }))
            break;
        height = std::max(height, m_height);
    }
    if (node->values.size() == 1) {
        m_height = height;
        return std::move(node->values.front());
    }
    return made(std::move(node), height);
}

ExprPtr Parser::parseConjunction()
{
    const Position start = peek().start;
    ExprPtr first = parseInversion();
    if (!atName("and"))
        return first;
    int height = m_height;
    auto node = std::make_unique<ast::BoolOp>(start, ast::BoolOperator::And);
    node->values.push_back(std::move(first));
    while (atName("and")) {
        if (!tryExtension([&] {
                take();
                node->values.push_back(parseInversion());
            }))
            break;
        height = std::max(height, m_height);
    }
    if (node->values.size() == 1) {
        m_height = height;
        return std::move(node->values.front());
    }
    return made(std::move(node), height);
}

ExprPtr Parser::parseInversion()
{
    if (!atName("not"))
        return parseComparison();
    const Token keyword = take();
    NestingGuard guard(*this, keyword.start, false);
    ExprPtr operand = parseInversion();
    return made(std::make_unique<ast::UnaryOp>(keyword.start, ast::UnaryOperator::Not, std::move(operand)), m_height);
}

ExprPtr Parser::parseComparison()
{
    const Position start = peek().start;
    ExprPtr left = parseBitwiseOr();
    std::unique_ptr<ast::Compare> node;
    int height = m_height;
    for (;;) {
        const Token t = peek();
        std::optional<ast::CompareOperator> op;
        int length = 1;
        if (t.kind == TokenKind::Operator) {
            if (t.text == "==") op = ast::CompareOperator::Eq;
            else if (t.text == "!=") op = ast::CompareOperator::NotEq;
            else if (t.text == "<") op = ast::CompareOperator::Lt;
            else if (t.text == "<=") op = ast::CompareOperator::LtE;
            else if (t.text == ">") op = ast::CompareOperator::Gt;
            else if (t.text == ">=") op = ast::CompareOperator::GtE;
        } else if (t.isName("in")) {
            op = ast::CompareOperator::In;
        } else if (t.isName("not") && peek(1).isName("in")) {
            op = ast::CompareOperator::NotIn;
            length = 2;
        } else if (t.isName("is")) {
            op = ast::CompareOperator::Is;
            if (peek(1).isName("not")) {
                op = ast::CompareOperator::IsNot;
                length = 2;
            }
        }
        if (!op)
            break;
        ExprPtr operand;
        if (!tryExtension([&] {
                m_index += static_cast<std::size_t>(length);
                operand = parseBitwiseOr();
            }))
            break;
        if (!node) {
            node = std::make_unique<ast::Compare>(start);
            node->left = std::move(left);
        }
        node->ops.push_back(*op);
        node->comparators.push_back(std::move(operand));
        height = std::max(height, m_height);
    }
    if (!node)
        return left;
    return made(std::move(node), height);
}

// Precedence climbing over | ^ & << >> + - * / // % @, all left-associative.
ExprPtr Parser::parseBinary(int minPrecedence)
{
    const Position start = peek().start;
    ExprPtr left = parseFactor();
    int height = m_height;
    for (;;) {
        const Token t = peek();
        const int precedence = binaryPrecedence(t);
        if (precedence == 0 || precedence < minPrecedence)
            break;
        ExprPtr right;
        if (!tryExtension([&] {
                take();
                right = parseBinary(precedence + 1);
            }))
            break;
        height = std::max(height, m_height);
        if (t.text == "@") {
            auto node = placeholder<Placeholder>(start, Construct::MatMult, "matrix multiplication (@)");
            node->children.push_back(std::move(left));
            node->children.push_back(std::move(right));
            left = made(std::move(node), height);
        } else {
            left = made(std::make_unique<ast::BinOp>(start, std::move(left), binaryOperator(t.text), std::move(right)),
                        height);
        }
        height = m_height;
    }
    m_height = height;
    return left;
}

ExprPtr Parser::parseFactor()
{
    const Token t = peek();
    ast::UnaryOperator op;
    if (t.isOperator("-"))
        op = ast::UnaryOperator::Neg;
    else if (t.isOperator("+"))
        op = ast::UnaryOperator::Pos;
    else if (t.isOperator("~"))
        op = ast::UnaryOperator::Invert;
    else
        return parsePower();
    take();
    NestingGuard guard(*this, t.start, false);
    ExprPtr operand = parseFactor();
    return made(std::make_unique<ast::UnaryOp>(t.start, op, std::move(operand)), m_height);
}

ExprPtr Parser::parsePower()
{
    const Position start = peek().start;
    ExprPtr base;
    if (atName("await")) {
        const Token keyword = take();
        NestingGuard guard(*this, keyword.start, false);
        auto node = placeholder<Placeholder>(keyword.start, Construct::Await, "await");
        node->children.push_back(parsePrimary());
        base = made(std::move(node), m_height);
    } else {
        base = parsePrimary();
    }
    if (!atOp("**"))
        return base;
    int height = m_height;
    ExprPtr exponent;
    if (!tryExtension([&] {
            const Token op = take();
            NestingGuard guard(*this, op.start, false);
            exponent = parseFactor(); // right-associative, and `2**-1` is allowed
        }))
        return base;
    height = std::max(height, m_height);
    return made(std::make_unique<ast::BinOp>(start, std::move(base), ast::BinaryOperator::Pow, std::move(exponent)),
                height);
}

ExprPtr Parser::parsePrimary()
{
    const Position start = peek().start;
    ExprPtr e = parseAtom();
    int height = m_height;
    for (;;) {
        ExprPtr trailer;
        bool parsed = false;
        if (atOp(".")) {
            parsed = tryExtension([&] {
                take();
                const Token name = expectIdentifier();
                trailer = made(std::make_unique<ast::Attribute>(start, nullptr, Lexer::identifier(name)), height);
            });
            if (parsed)
                static_cast<ast::Attribute &>(*trailer).value = std::move(e);
        } else if (atOp("(")) {
            parsed = tryExtension([&] {
                const Token open = take();
                NestingGuard guard(*this, open.start, true);
                auto call = std::make_unique<ast::Call>(start, nullptr);
                parseCallArguments(*call, open);
                trailer = made(std::move(call), std::max(height, m_height));
            });
            if (parsed)
                static_cast<ast::Call &>(*trailer).func = std::move(e);
        } else if (atOp("[")) {
            parsed = tryExtension([&] {
                const Token open = take();
                NestingGuard guard(*this, open.start, true);
                ExprPtr index = parseSlices();
                const int indexHeight = m_height;
                expectOp("]");
                trailer = made(std::make_unique<ast::Subscript>(start, nullptr, std::move(index)),
                               std::max(height, indexHeight));
            });
            if (parsed)
                static_cast<ast::Subscript &>(*trailer).value = std::move(e);
        }
        if (!parsed)
            break;
        e = std::move(trailer);
        height = m_height;
    }
    m_height = height;
    return e;
}

// Arguments up to and including the ')'. Leaves the greatest argument height
// in m_height.
void Parser::parseCallArguments(ast::Call &call, const Token &open)
{
    int height = 0;
    bool sawKeyword = false;
    bool sawKeywordUnpacking = false;
    bool positionalAfterKeyword = false;
    std::size_t count = 0;
    const Position argumentsStart = peek().start;
    while (!atOp(")")) {
        const Token t = peek();
        ++count;
        if (t.isOperator("*")) {
            take();
            if (sawKeywordUnpacking) {
                if (m_errorPass)
                    raise(argumentsStart, "iterable argument unpacking follows keyword argument unpacking");
                failGeneric();
            }
            auto node = placeholder<Placeholder>(t.start, Construct::Starred, "star expressions");
            node->children.push_back(parseExpression());
            call.args.push_back(made(std::move(node), m_height));
        } else if (t.isOperator("**")) {
            take();
            unsupported(t.start, "star expressions");
            ast::Keyword kw;
            kw.pos = t.start;
            kw.value = parseExpression();
            call.keywords.push_back(std::move(kw));
            sawKeyword = true;
            sawKeywordUnpacking = true;
        } else if (t.kind == TokenKind::Name && !isKeyword(t.text) && peek(1).isOperator("=")) {
            take();
            take();
            ast::Keyword kw;
            kw.name = Lexer::identifier(t);
            kw.pos = t.start;
            kw.value = parseExpression();
            if (atName("for")) {
                if (m_errorPass)
                    raise(t.start, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                failGeneric();
            }
            call.keywords.push_back(std::move(kw));
            sawKeyword = true;
        } else {
            if ((t.isName("True") || t.isName("False") || t.isName("None")) && peek(1).isOperator("=")) {
                if (m_errorPass)
                    raise(t.start, "cannot assign to " + std::string(t.text));
                failGeneric();
            }
            // CPython's args: (assignment_expression | expression !':=') !'='
            ExprPtr arg;
            if (t.kind == TokenKind::Name && !isKeyword(t.text) && peek(1).isOperator(":=")) {
                arg = parseNamedExpression();
            } else {
                arg = parseExpression();
                if (atOp(":="))
                    failGeneric();
            }
            if (atOp("=")) {
                if (m_errorPass)
                    raise(arg->pos, "expression cannot contain assignment, perhaps you meant \"==\"?");
                failGeneric();
            }
            if ((atName("for") || (atName("async") && peek(1).isName("for"))) && count != 1) {
                // CPython's grammar only tries a comprehension after a first argument.
                if (m_errorPass) {
                    Placeholder scratch(arg->pos, Construct::GeneratorExp);
                    if (speculate([&] { parseComprehensionClauses(scratch); }))
                        raise(arg->pos, "Generator expression must be parenthesized");
                }
                failGeneric();
            }
            if (atName("for") || (atName("async") && peek(1).isName("for"))) {
                // A generator expression: alone it needs no parentheses of its own.
                auto genexp = std::make_unique<Placeholder>(open.start, Construct::GeneratorExp);
                const Position elementPos = arg->pos;
                const int elementHeight = m_height;
                genexp->children.push_back(std::move(arg));
                parseComprehensionClauses(*genexp);
                if (count != 1 || !atOp(")")) {
                    if (m_errorPass)
                        raise(elementPos, "Generator expression must be parenthesized");
                    failGeneric();
                }
                unsupported(open.start, "generator expressions");
                arg = made(std::move(genexp), std::max(elementHeight, m_height));
            }
            if (sawKeyword)
                positionalAfterKeyword = true;
            call.args.push_back(std::move(arg));
        }
        height = std::max(height, m_height);
        if (!acceptOp(","))
            break;
    }
    if (positionalAfterKeyword) {
        if (m_errorPass)
            raiseAtLastToken(sawKeywordUnpacking ? "positional argument follows keyword argument unpacking"
                                                 : "positional argument follows keyword argument");
        failGeneric();
    }
    expectOp(")");
    m_height = height;
}

ExprPtr Parser::parseSlices()
{
    const Position start = peek().start;
    ExprPtr first = parseSlice();
    if (!atOp(","))
        return first;
    int height = m_height;
    auto tuple = std::make_unique<ast::Tuple>(start);
    tuple->elts.push_back(std::move(first));
    while (acceptOp(",")) {
        if (atOp("]"))
            break;
        tuple->elts.push_back(parseSlice());
        height = std::max(height, m_height);
    }
    for (const ExprPtr &e : tuple->elts) {
        if (e->kind == ast::ExprKind::Slice)
            unsupported(e->pos, "extended slices");
    }
    return made(std::move(tuple), height);
}

ExprPtr Parser::parseSlice()
{
    if (atOp("*"))
        return parseStarExpression();
    const Position start = peek().start;
    ExprPtr lower;
    int height = 0;
    if (!atOp(":")) {
        lower = parseNamedExpression();
        height = m_height;
        if (!atOp(":"))
            return lower;
        if (asPlaceholder(lower.get()) && asPlaceholder(lower.get())->construct == Construct::NamedExpr)
            failGeneric();
    }
    take(); // ':'
    auto slice = std::make_unique<ast::Slice>(start);
    slice->lower = std::move(lower);
    if (!atOp(":") && !atOp(",") && !atOp("]")) {
        slice->upper = parseExpression();
        height = std::max(height, m_height);
    }
    if (acceptOp(":")) {
        if (!atOp(",") && !atOp("]")) {
            slice->step = parseExpression();
            height = std::max(height, m_height);
        }
    }
    return made(std::move(slice), height);
}

ExprPtr Parser::parseAtom()
{
    const Token t = peek();
    switch (t.kind) {
    case TokenKind::Name:
        if (t.text == "None" || t.text == "True" || t.text == "False") {
            take();
            const Value v = t.text == "None" ? Value::none() : Value::boolean(t.text == "True");
            return made(std::make_unique<ast::Constant>(t.start, v), 0);
        }
        if (isKeyword(t.text))
            failGeneric();
        take();
        return made(std::make_unique<ast::Name>(t.start, Lexer::identifier(t)), 0);
    case TokenKind::Number:
        take();
        return parseNumber(t);
    case TokenKind::String:
        return parseStrings();
    case TokenKind::Operator:
        if (t.text == "(")
            return parseParenthesized();
        if (t.text == "[")
            return parseList();
        if (t.text == "{")
            return parseBraces();
        if (t.text == "...") {
            take();
            return made(placeholder<Placeholder>(t.start, Construct::Ellipsis, "the ellipsis (...)"), 0);
        }
        failGeneric();
    default:
        failGeneric();
    }
}

ExprPtr Parser::parseParenthesized()
{
    const Token open = take();
    NestingGuard guard(*this, open.start, true);
    ModeGuard mode(m_errorPass, m_lenient, m_checksInAtoms);
    if (m_checksInAtoms) {
        m_errorPass = true;
        m_lenient = true;
        m_checksInAtoms = false;
    }
    if (atOp(")")) {
        take();
        return made(std::make_unique<ast::Tuple>(open.start), 0);
    }
    if (atName("yield")) {
        ExprPtr e = parseYield();
        expectOp(")");
        return e;
    }
    if (m_errorPass && atOp("**")) {
        const Token stars = peek();
        if (speculate([&] {
                take();
                parseExpression();
                expectOp(")");
            }))
            raise(stars.start, "cannot use double starred expression here");
    }
    ExprPtr first = parseStarNamedExpression();
    int height = m_height;
    if (atName("for") || (atName("async") && peek(1).isName("for"))) {
        if (asPlaceholder(first.get()) && asPlaceholder(first.get())->construct == Construct::Starred) {
            if (m_errorPass)
                raise(first->pos, "iterable unpacking cannot be used in comprehension");
            failGeneric();
        }
        auto genexp = std::make_unique<Placeholder>(open.start, Construct::GeneratorExp);
        genexp->children.push_back(std::move(first));
        parseComprehensionClauses(*genexp);
        expectOp(")");
        unsupported(open.start, "generator expressions");
        return made(std::move(genexp), height);
    }
    if (!atOp(",")) {
        if (asPlaceholder(first.get()) && asPlaceholder(first.get())->construct == Construct::Starred) {
            if (m_errorPass && atOp(")"))
                raise(first->pos, "cannot use starred expression here");
            failGeneric();
        }
        expectOp(")");
        m_height = height;
        return first; // a group keeps its expression's own position, as in Python's ast
    }
    auto tuple = std::make_unique<ast::Tuple>(open.start);
    tuple->elts.push_back(std::move(first));
    while (acceptOp(",")) {
        if (atOp(")"))
            break;
        tuple->elts.push_back(parseStarNamedExpression());
        height = std::max(height, m_height);
    }
    expectOp(")");
    return made(std::move(tuple), height);
}

ExprPtr Parser::parseList()
{
    const Token open = take();
    NestingGuard guard(*this, open.start, true);
    ModeGuard mode(m_errorPass, m_lenient, m_checksInAtoms);
    if (m_checksInAtoms) {
        m_errorPass = true;
        m_lenient = true;
        m_checksInAtoms = false;
    }
    auto list = std::make_unique<ast::List>(open.start);
    int height = 0;
    while (!atOp("]")) {
        list->elts.push_back(parseStarNamedExpression());
        height = std::max(height, m_height);
        if (atName("for") || (atName("async") && peek(1).isName("for"))) {
            const ast::Expr &firstElt = *list->elts.front();
            const bool starred = asPlaceholder(&firstElt) && asPlaceholder(&firstElt)->construct == Construct::Starred;
            if (list->elts.size() > 1 || starred) {
                explainBadComprehension(firstElt, starred);
                failGeneric();
            }
            auto comp = std::make_unique<Placeholder>(open.start, Construct::ListComp);
            comp->children.push_back(std::move(list->elts.front()));
            parseComprehensionClauses(*comp);
            height = std::max(height, m_height);
            expectOp("]");
            unsupported(open.start, "list comprehensions");
            return made(std::move(comp), height);
        }
        if (!acceptOp(","))
            break;
        if (atName("for") || (atName("async") && peek(1).isName("for"))) {
            explainBadComprehension(*list->elts.front(), false);
            failGeneric();
        }
    }
    expectOp("]");
    return made(std::move(list), height);
}

// CPython's invalid_comprehension: `[*a for ...]` and `[a, b for ...]`.
void Parser::explainBadComprehension(const ast::Expr &firstElement, bool starred)
{
    if (!m_errorPass)
        return;
    if (starred)
        raise(firstElement.pos, "iterable unpacking cannot be used in comprehension");
    Placeholder scratch(firstElement.pos, Construct::ListComp);
    if (speculate([&] { parseComprehensionClauses(scratch); }))
        raise(firstElement.pos, "did you forget parentheses around the comprehension target?");
}

ExprPtr Parser::parseBraces()
{
    const Token open = take();
    NestingGuard guard(*this, open.start, true);
    ModeGuard mode(m_errorPass, m_lenient, m_checksInAtoms);
    if (m_checksInAtoms) {
        m_errorPass = true;
        m_lenient = true;
        m_checksInAtoms = false;
    }
    if (atOp("}")) {
        take();
        return made(std::make_unique<ast::Dict>(open.start), 0);
    }
    int height = 0;
    // The first item decides between a dict and a set.
    const bool isDict = [&] {
        if (atOp("**"))
            return true;
        if (atOp("*"))
            return false;
        // Remembered: each nested `{` re-parses everything inside it twice
        // (speculation, then for real), so `{{{{...` without this took time
        // exponential in the nesting (found by fuzz/fuzz_parser).
        const auto key = std::make_tuple(open.start.line, open.start.column, m_errorPass);
        if (const auto known = m_braceIsDict.find(key); known != m_braceIsDict.end())
            return known->second;
        bool dict = false;
        const bool parses = speculate([&] {
            parseExpression();
            dict = atOp(":");
        });
        m_braceIsDict.emplace(key, dict);
        // Without the second pass's checks the set branch would parse the
        // same expression in the same mode (or stricter) and fail with the
        // same "invalid syntax": fail now. Going on made
        // every `{` of `{{{...{a b}}}...}` unwind the whole depth again
        // (quadratic: 190 braces took 0.4 s under ASan).
        if (!parses && !m_errorPass)
            failGeneric();
        return dict;
    }();

    if (!isDict) {
        auto set = std::make_unique<ast::Set>(open.start);
        while (!atOp("}")) {
            set->elts.push_back(parseStarNamedExpression());
            height = std::max(height, m_height);
            if (atName("for") || (atName("async") && peek(1).isName("for"))) {
                const ast::Expr &firstElt = *set->elts.front();
                const bool starred = asPlaceholder(&firstElt) && asPlaceholder(&firstElt)->construct == Construct::Starred;
                if (set->elts.size() > 1 || starred) {
                    explainBadComprehension(firstElt, starred);
                    failGeneric();
                }
                auto comp = std::make_unique<Placeholder>(open.start, Construct::SetComp);
                comp->children.push_back(std::move(set->elts.front()));
                parseComprehensionClauses(*comp);
                height = std::max(height, m_height);
                expectOp("}");
                unsupported(open.start, "set comprehensions");
                return made(std::move(comp), height);
            }
            if (!acceptOp(","))
                break;
            if (atName("for") || (atName("async") && peek(1).isName("for"))) {
                explainBadComprehension(*set->elts.front(), false);
                failGeneric();
            }
        }
        expectOp("}");
        return made(std::move(set), height);
    }

    auto dict = std::make_unique<ast::Dict>(open.start);
    bool first = true;
    while (!atOp("}")) {
        if (atOp("**")) {
            const Token stars = take();
            unsupported(stars.start, "star expressions");
            ExprPtr value = parseBitwiseOr();
            height = std::max(height, m_height);
            auto node = std::make_unique<Placeholder>(stars.start, Construct::Starred);
            node->children.push_back(std::move(value));
            dict->keys.push_back(std::make_unique<ast::Constant>(stars.start, Value::none()));
            dict->values.push_back(std::move(node));
        } else {
            ExprPtr key;
            if (m_errorPass && !first) {
                ModeGuard mode(m_errorPass, m_lenient, m_checksInAtoms);
                m_errorPass = false;
                m_lenient = true;
                m_checksInAtoms = true;
                key = parseExpression();
            } else {
                key = parseExpression();
            }
            height = std::max(height, m_height);
            if (!atOp(":")) {
                if (m_errorPass && !first) {
                    // CPython points at the key's last character.
                    const Position end = endOfPrevious();
                    raise({key->pos.line, end.column - 1}, "':' expected after dictionary key");
                }
                failGeneric();
            }
            const Token colon = take();
            if (atOp("*") && m_errorPass)
                raise(peek().start, "cannot use a starred expression in a dictionary value");
            if ((atOp("}") || atOp(",")) && m_errorPass)
                raise(colon.start, "expression expected after dictionary key and ':'");
            ExprPtr value = parseExpression();
            height = std::max(height, m_height);
            if (first && (atName("for") || (atName("async") && peek(1).isName("for")))) {
                auto comp = std::make_unique<Placeholder>(open.start, Construct::DictComp);
                comp->children.push_back(std::move(key));
                comp->children.push_back(std::move(value));
                parseComprehensionClauses(*comp);
                height = std::max(height, m_height);
                expectOp("}");
                unsupported(open.start, "dict comprehensions");
                return made(std::move(comp), height);
            }
            dict->keys.push_back(std::move(key));
            dict->values.push_back(std::move(value));
        }
        first = false;
        if (!acceptOp(","))
            break;
    }
    expectOp("}");
    return made(std::move(dict), height);
}

// for_if_clauses: ('for' targets 'in' disjunction ('if' disjunction)*)+
void Parser::parseComprehensionClauses(Placeholder &into)
{
    int height = m_height;
    while (atName("for") || (atName("async") && peek(1).isName("for"))) {
        if (atName("async")) {
            unsupported(peek().start, "async functions");
            take();
        }
        take(); // 'for'
        into.children.push_back(parseForTarget());
        take(); // 'in'
        into.children.push_back(parseDisjunction());
        height = std::max(height, m_height);
        while (acceptName("if")) {
            into.children.push_back(parseDisjunction());
            height = std::max(height, m_height);
        }
    }
    m_height = height;
}

// ================================================================= literals

ExprPtr Parser::parseNumber(const Token &t)
{
    std::string digits;
    digits.reserve(t.text.size());
    for (char c : t.text) {
        if (c != '_')
            digits += c;
    }
    const char last = digits.back();
    if (last == 'j' || last == 'J')
        return made(placeholder<Placeholder>(t.start, Construct::Literal, "complex numbers"), 0);

    const char marker = digits.size() > 1 && digits[0] == '0' ? static_cast<char>(digits[1] | 0x20) : '\0';
    const bool prefixed = marker == 'x' || marker == 'o' || marker == 'b';
    if (prefixed || digits.find_first_of(".eE") == std::string::npos) {
        int base = 10;
        std::size_t from = 0;
        if (prefixed) {
            const char b = static_cast<char>(digits[1] | 0x20);
            base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
            from = 2;
        }
        std::uint64_t value = 0;
        const std::errc ec = std::from_chars(digits.data() + from, digits.data() + digits.size(), value, base).ec;
        if (ec == std::errc::result_out_of_range
            || value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            return made(placeholder<Placeholder>(t.start, Construct::Literal, "integers beyond 64 bits"), 0);
        }
        return made(std::make_unique<ast::Constant>(t.start, Value::integer(static_cast<std::int64_t>(value))), 0);
    }

    // Python rounds decimal literals correctly, as from_chars does; it gives
    // inf for overflow and 0.0 for underflow, where from_chars reports a range error.
    double value = 0.0;
    if (std::from_chars(digits.data(), digits.data() + digits.size(), value).ec == std::errc::result_out_of_range) {
        const std::size_t e = digits.find_first_of("eE");
        const std::string mantissa = digits.substr(0, e);
        long exponent = 0;
        if (e != std::string::npos) {
            const char *p = digits.data() + e + 1;
            const bool negative = *p == '-';
            if (*p == '+' || *p == '-')
                ++p;
            for (; *p; ++p)
                exponent = std::min(exponent * 10 + (*p - '0'), 100000L);
            if (negative)
                exponent = -exponent;
        }
        const std::size_t point = mantissa.find('.') == std::string::npos ? mantissa.size() : mantissa.find('.');
        const std::size_t firstNonZero = mantissa.find_first_of("123456789");
        long magnitude = 0;
        if (firstNonZero != std::string::npos)
            magnitude = static_cast<long>(point) - static_cast<long>(firstNonZero) + exponent;
        value = firstNonZero != std::string::npos && magnitude > 0 ? HUGE_VAL : 0.0;
    }
    return made(std::make_unique<ast::Constant>(t.start, Value::floating(value)), 0);
}

// Concatenated string literals: one Constant, or one FString when any part is an f-string.
ExprPtr Parser::parseStrings()
{
    std::vector<Token> tokens;
    while (atKind(TokenKind::String))
        tokens.push_back(take());
    peek(); // CPython has fetched the next token when it builds the string: errors point there.

    bool anyBytes = false;
    bool anyText = false;
    bool anyFString = false;
    for (const Token &t : tokens) {
        const std::size_t quote = t.text.find_first_of("'\"");
        const std::string_view prefix = t.text.substr(0, quote);
        const bool bytes = prefix.find_first_of("bB") != std::string_view::npos;
        anyBytes = anyBytes || bytes;
        anyText = anyText || !bytes;
        anyFString = anyFString || prefix.find_first_of("fF") != std::string_view::npos;
    }
    if (anyBytes && anyText)
        raiseAtLastToken("cannot mix bytes and nonbytes literals");

    std::vector<ast::FStringPart> parts;
    std::string text;
    const int outerFStringHeight = m_fstringHeight;
    m_fstringHeight = 0;
    for (const Token &t : tokens) {
        const std::size_t quote = t.text.find_first_of("'\"");
        const std::string_view prefix = t.text.substr(0, quote);
        const bool raw = prefix.find_first_of("rR") != std::string_view::npos;
        const bool fstring = prefix.find_first_of("fF") != std::string_view::npos;
        const std::size_t quoteSize = t.text.size() - quote >= 6 && t.text[quote + 1] == t.text[quote]
                                              && t.text[quote + 2] == t.text[quote]
                                          ? 3
                                          : 1;
        const std::size_t bodyOffset = quote + quoteSize;
        const std::string_view body = t.text.substr(bodyOffset, t.text.size() - bodyOffset - quoteSize);
        if (fstring) {
            parseFString(body, t, bodyOffset, raw, parts);
        } else {
            std::string piece = raw ? std::string(body) : decodeEscapes(body, t.start);
            if (anyFString) {
                if (!parts.empty() && !parts.back().expr)
                    parts.back().literal += piece;
                else if (!piece.empty()) {
                    ast::FStringPart part;
                    part.literal = std::move(piece);
                    parts.push_back(std::move(part));
                }
            } else {
                text += piece;
            }
        }
    }
    if (anyBytes || !anyFString) {
        m_fstringHeight = outerFStringHeight;
        if (anyBytes)
            return made(placeholder<Placeholder>(tokens.front().start, Construct::Literal, "bytes literals"), 0);
        return made(std::make_unique<ast::Constant>(tokens.front().start, Value::str(std::move(text))), 0);
    }
    auto node = std::make_unique<ast::FString>(tokens.front().start);
    node->parts = std::move(parts);
    const int height = m_fstringHeight;
    m_fstringHeight = outerFStringHeight;
    return made(std::move(node), height);
}

// Python's escape sequences, as CPython's decoder: errors name byte positions
// in CPython's intermediate buffer, where each non-ASCII character is ten
// bytes ("\U0001F600") and a backslash before one is six ("\u005c").
std::string Parser::decodeEscapes(std::string_view body, Position at)
{
    std::string out;
    out.reserve(body.size());
    std::size_t position = 0; // in CPython's buffer
    const auto error = [&](std::size_t start, std::size_t end, const char *message) {
        raiseInString("(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(start)
                      + "-" + std::to_string(end - 1) + ": " + message);
    };
    std::size_t i = 0;
    while (i < body.size()) {
        const auto c = static_cast<unsigned char>(body[i]);
        if (c >= 0x80) {
            std::size_t length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            out.append(body.substr(i, length));
            i += length;
            position += 10;
            continue;
        }
        if (c != '\\') {
            out += static_cast<char>(c);
            ++i;
            ++position;
            continue;
        }
        const std::size_t start = position;
        if (i + 1 >= body.size()) {
            out += '\\'; // CPython turns a final backslash into "\u005c"
            position += 6;
            ++i;
            continue;
        }
        const auto e = static_cast<unsigned char>(body[i + 1]);
        if (e >= 0x80) {
            // An unknown escape of a non-ASCII character: both are kept.
            out += '\\';
            position += 6;
            ++i;
            continue;
        }
        i += 2;
        position += 2;
        switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned value = e - '0';
            for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k, ++i, ++position)
                value = value * 8 + static_cast<unsigned>(body[i] - '0');
            out += utf8::encode(value);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            const int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            const char *message = e == 'x' ? "truncated \\xXX escape"
                                  : e == 'u' ? "truncated \\uXXXX escape"
                                             : "truncated \\UXXXXXXXX escape";
            char32_t value = 0;
            for (int k = 0; k < count; ++k) {
                const int digit = i < body.size() ? hexValue(body[i]) : -1;
                if (digit < 0)
                    error(start, position, message);
                value = value * 16 + static_cast<char32_t>(digit);
                ++i;
                ++position;
            }
            if (value > 0x10FFFF)
                error(start, position, "illegal Unicode character");
            if (value >= 0xD800 && value <= 0xDFFF) {
                unsupported(at, "surrogate code points in strings");
                out += "\xEF\xBF\xBD";
            } else {
                out += utf8::encode(value);
            }
            break;
        }
        case 'N': {
            // Names are not looked up: \N{...} is unsupported, but a malformed
            // one is still CPython's error.
            if (i >= body.size() || body[i] != '{')
                error(start, position, "malformed \\N character escape");
            std::size_t close = i + 1;
            std::size_t closePosition = position + 1;
            while (close < body.size() && body[close] != '}') {
                closePosition += static_cast<unsigned char>(body[close]) >= 0x80 ? 10 : 1;
                close += static_cast<unsigned char>(body[close]) >= 0xF0 ? 4
                         : static_cast<unsigned char>(body[close]) >= 0xE0 ? 3
                         : static_cast<unsigned char>(body[close]) >= 0x80 ? 2
                                                                            : 1;
            }
            if (close >= body.size())
                error(start, closePosition, "malformed \\N character escape");
            if (close == i + 1)
                error(start, closePosition, "malformed \\N character escape");
            unsupported(at, "\\N{...} escapes");
            position = closePosition + 1;
            i = close + 1;
            break;
        }
        default:
            // An unknown escape keeps its backslash (CPython only warns).
            out += '\\';
            out += static_cast<char>(e);
            break;
        }
    }
    return out;
}

// ------------------------------------------------------------- f-strings

namespace {

// Where byte `offset` of a token's text lies in the script.
Position positionInToken(const Token &token, std::size_t offset)
{
    Position p = token.start;
    for (std::size_t i = 0; i < offset && i < token.text.size(); ++i) {
        const auto c = static_cast<unsigned char>(token.text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

void appendLiteral(std::vector<ast::FStringPart> &parts, const std::string &text)
{
    if (text.empty())
        return;
    if (!parts.empty() && !parts.back().expr) {
        parts.back().literal += text;
        return;
    }
    ast::FStringPart part;
    part.literal = text;
    parts.push_back(std::move(part));
}

} // namespace

void Parser::parseFString(std::string_view body, const Token &token, std::size_t bodyOffset, bool raw,
                          std::vector<ast::FStringPart> &parts)
{
    const std::size_t end = parseFStringLevel(body, 0, token, bodyOffset, raw, 0, parts);
    if (end < body.size())
        raiseInString("f-string: single '}' is not allowed");
}

// CPython's fstring_find_literal_and_expr loop at one nesting level (0 for
// the string itself, 1 inside a format spec). Returns where it stopped: the
// end, or a '}' closing a format spec.
std::size_t Parser::parseFStringLevel(std::string_view body, std::size_t pos, const Token &token, std::size_t bodyOffset,
                                      bool raw, int level, std::vector<ast::FStringPart> &parts)
{
    for (;;) {
        // The literal, up to a '{' that starts a field or a '}'.
        const std::size_t literalStart = pos;
        std::string literal;
        std::size_t s = pos;
        bool doubled = false;
        while (s < body.size()) {
            char ch = body[s++];
            if (!raw && ch == '\\' && s < body.size()) {
                ch = body[s++];
                if (ch == 'N') {
                    // Skip "\N{...}" so that its braces are not a field.
                    if (s < body.size() && body[s++] == '{') {
                        while (s < body.size() && body[s++] != '}') {
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (s < body.size() && body[s] == ch) {
                        doubled = true;
                        break;
                    }
                    if (ch == '}')
                        raiseInString("f-string: single '}' is not allowed");
                }
                --s;
                break;
            }
        }
        const std::string_view written = body.substr(literalStart, s - literalStart);
        literal = raw ? std::string(written) : decodeEscapes(written, token.start);
        appendLiteral(parts, literal);
        if (doubled) {
            pos = s + 1;
            continue;
        }
        pos = s;
        if (pos >= body.size() || body[pos] == '}')
            return pos;
        pos = parseFStringField(body, pos, token, bodyOffset, raw, level, parts);
    }
}

// CPython's fstring_find_expr: one replacement field, from its '{' to its '}'.
std::size_t Parser::parseFStringField(std::string_view body, std::size_t pos, const Token &token, std::size_t bodyOffset,
                                      bool raw, int level, std::vector<ast::FStringPart> &parts)
{
    if (level >= 2)
        raiseInString("f-string: expressions nested too deeply");
    const std::size_t brace = pos;
    const std::size_t exprStart = ++pos;
    char quote = 0;
    int quoteSize = 0;
    std::vector<char> brackets;
    for (; pos < body.size(); ++pos) {
        const char ch = body[pos];
        if (ch == '\\')
            raiseInString("f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (quoteSize == 3) {
                    if (pos + 2 < body.size() && body[pos + 1] == ch && body[pos + 2] == ch) {
                        pos += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (pos + 2 < body.size() && body[pos + 1] == ch && body[pos + 2] == ch) {
                quoteSize = 3;
                pos += 2;
            } else {
                quoteSize = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (brackets.size() >= 200)
                raiseInString("f-string: too many nested parenthesis");
            brackets.push_back(ch);
        } else if (ch == '#') {
            raiseInString("f-string expression part cannot include '#'");
        } else if (brackets.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (pos + 1 < body.size()) {
                const char next = body[pos + 1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=')
                    || (ch == '>' && next == '=')) {
                    ++pos;
                    continue;
                }
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (brackets.empty())
                raiseInString(std::string("f-string: unmatched '") + ch + "'");
            const char opening = brackets.back();
            brackets.pop_back();
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')))
                raiseInString(std::string("f-string: closing parenthesis '") + ch
                              + "' does not match opening parenthesis '" + opening + "'");
        }
    }
    const std::size_t exprEnd = pos;
    if (quote)
        raiseInString("f-string: unterminated string");
    if (!brackets.empty())
        raiseInString(std::string("f-string: unmatched '") + brackets.back() + "'");
    if (pos >= body.size())
        raiseInString("f-string: expecting '}'");

    const std::string_view exprText = body.substr(exprStart, exprEnd - exprStart);
    if (exprText.find_first_not_of(" \t\n\f") == std::string_view::npos) {
        const char c = body[exprEnd];
        if (c == '!' || c == ':' || c == '=')
            raiseInString(std::string("f-string: expression required before '") + c + "'");
        raiseInString("f-string: empty expression not allowed");
    }
    ast::FStringPart part;
    part.expr = parseFStringExpression(exprText, positionInToken(token, bodyOffset + brace));
    m_fstringHeight = std::max(m_fstringHeight, m_height);
    part.exprText = std::string(exprText);

    if (body[pos] == '=') {
        // f'{x = }': the text up to here, '=' and spaces included, comes first.
        ++pos;
        while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t' || body[pos] == '\n' || body[pos] == '\f'
                                     || body[pos] == '\r' || body[pos] == '\v'))
            ++pos;
        if (pos >= body.size())
            raiseInString("f-string: expecting '}'");
        appendLiteral(parts, std::string(body.substr(exprStart, pos - exprStart)));
        part.selfDocumenting = true;
    }
    if (body[pos] == '!') {
        ++pos;
        if (pos >= body.size())
            raiseInString("f-string: expecting '}'");
        const char conversion = body[pos++];
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            raiseInString("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        part.conversion = conversion;
    }
    bool hasSpec = false;
    if (pos < body.size() && body[pos] == ':') {
        ++pos;
        if (pos >= body.size())
            raiseInString("f-string: expecting '}'");
        hasSpec = true;
        std::vector<ast::FStringPart> spec;
        pos = parseFStringLevel(body, pos, token, bodyOffset, raw, level + 1, spec);
        for (ast::FStringPart &p : spec) {
            if (p.expr)
                unsupported(token.start, "nested replacement fields in f-string format specs");
            else
                part.formatSpec += p.literal;
        }
    }
    if (pos >= body.size() || body[pos] != '}')
        raiseInString("f-string: expecting '}'");
    ++pos;
    if (part.selfDocumenting && !hasSpec && part.conversion == 0)
        part.conversion = 'r'; // as CPython: '=' shows the repr unless a format is given
    parts.push_back(std::move(part));
    return pos;
}

// The expression of a replacement field. CPython parses "(" + text + ")" with
// a parser of its own (two passes again); its errors start with "f-string: ".
ExprPtr Parser::parseFStringExpression(std::string_view text, Position brace)
{
    const std::string source = "(" + std::string(text) + ")";
    // Save the token state of the enclosing parse; restore it however this ends.
    struct Saved {
        Parser &p;
        Lexer *lexer;
        std::vector<Token> tokens;
        std::size_t index, fetchedCount;
        Token lastFetched;
        bool errorPass, inFString, lenient;
        ~Saved()
        {
            p.m_lenient = lenient;
            p.m_lexer = lexer;
            p.m_tokens = std::move(tokens);
            p.m_index = index;
            p.m_fetchedCount = fetchedCount;
            p.m_lastFetched = lastFetched;
            p.m_errorPass = errorPass;
            p.m_inFString = inFString;
        }
    } saved{*this, m_lexer, std::move(m_tokens), m_index, m_fetchedCount, m_lastFetched, m_errorPass, m_inFString,
            m_lenient};

    const auto attempt = [&](bool errorPass) -> ExprPtr {
        Lexer lexer(source, m_fileName, brace);
        m_lexer = &lexer;
        m_tokens.clear();
        m_index = 0;
        m_fetchedCount = 0;
        m_errorPass = errorPass;
        m_lenient = errorPass;
        m_inFString = true;
        try {
            ExprPtr e = parseStarExpressions();
            m_lexer = nullptr;
            return e;
        } catch (const LexerFailure &failure) {
            // The tokenizer's own errors keep their message.
            throw SyntaxFailure{failure.diagnostic, false};
        }
    };
    try {
        return attempt(false);
    } catch (const SyntaxFailure &failure) {
        if (!failure.generic)
            throw;
        Diagnostic generic = failure.diagnostic;
        generic.message = "f-string: " + generic.message;
        try {
            attempt(true);
        } catch (const SyntaxFailure &second) {
            if (!second.generic)
                throw;
        }
        throw SyntaxFailure{generic, false};
    }
}

// ====================================================== checks after parsing

// What CPython's symbol table pass rejects: duplicate parameters and
// misplaced `global` declarations. Visits in the symbol table's order.
class SymbolCheck
{
public:
    std::optional<Diagnostic> run(const ast::Program &program, const std::string &fileName)
    {
        m_fileName = fileName;
        m_scopes.emplace_back();
        try {
            visitBody(program.body);
        } catch (const Diagnostic &d) {
            return d;
        }
        if (m_moduleNonlocal)
            return m_moduleNonlocal;
        return std::nullopt;
    }

private:
    enum Flag { Param = 1, Local = 2, Use = 4, Global = 8 };
    using Scope = std::unordered_map<std::string, int>;

    [[noreturn]] void error(Position at, std::string message)
    {
        Diagnostic d;
        d.kind = Diagnostic::Kind::SyntaxError;
        d.fileName = m_fileName;
        d.line = at.line;
        d.column = at.column;
        d.message = std::move(message);
        throw d;
    }

    void add(const std::string &name, int flag) { m_scopes.back()[name] |= flag; }

    void visitBody(const std::vector<StmtPtr> &body)
    {
        for (const StmtPtr &s : body)
            visitStmt(*s);
    }

    void visitParams(const std::vector<ast::Parameter> &params)
    {
        for (const ast::Parameter &p : params) {
            int &flags = m_scopes.back()[p.name];
            if (flags & Param)
                error(p.pos, "duplicate argument '" + p.name + "' in function definition");
            flags |= Param;
        }
    }

    void visitStmt(const ast::Stmt &s)
    {
        switch (s.kind) {
        case ast::StmtKind::Expr:
            visitExpr(static_cast<const ast::ExprStmt &>(s).value.get());
            break;
        case ast::StmtKind::Assign: {
            const auto &a = static_cast<const ast::Assign &>(s);
            for (const ExprPtr &t : a.targets)
                visitTarget(t.get());
            visitExpr(a.value.get());
            break;
        }
        case ast::StmtKind::AugAssign: {
            const auto &a = static_cast<const ast::AugAssign &>(s);
            visitTarget(a.target.get());
            visitExpr(a.value.get());
            break;
        }
        case ast::StmtKind::If: {
            const auto &i = static_cast<const ast::If &>(s);
            visitExpr(i.test.get());
            visitBody(i.body);
            visitBody(i.orelse);
            break;
        }
        case ast::StmtKind::For: {
            const auto &f = static_cast<const ast::For &>(s);
            visitTarget(f.target.get());
            visitExpr(f.iter.get());
            visitBody(f.body);
            visitBody(f.orelse);
            break;
        }
        case ast::StmtKind::While: {
            const auto &w = static_cast<const ast::While &>(s);
            visitExpr(w.test.get());
            visitBody(w.body);
            visitBody(w.orelse);
            break;
        }
        case ast::StmtKind::Try: {
            const auto &t = static_cast<const ast::Try &>(s);
            visitBody(t.body);
            visitBody(t.orelse);
            for (const ast::ExceptHandler &h : t.handlers) {
                visitExpr(h.type.get());
                if (!h.name.empty())
                    add(h.name, Local);
                visitBody(h.body);
            }
            visitBody(t.finalbody);
            break;
        }
        case ast::StmtKind::Raise: {
            const auto &r = static_cast<const ast::Raise &>(s);
            visitExpr(r.exc.get());
            visitExpr(r.cause.get());
            break;
        }
        case ast::StmtKind::FunctionDef: {
            const auto &f = static_cast<const ast::FunctionDef &>(s);
            add(f.info.name, Local);
            for (const ast::Parameter &p : f.info.params)
                visitExpr(p.defaultValue.get());
            m_scopes.emplace_back();
            visitParams(f.info.params);
            visitBody(f.body);
            m_scopes.pop_back();
            break;
        }
        case ast::StmtKind::Return:
            visitExpr(static_cast<const ast::Return &>(s).value.get());
            break;
        case ast::StmtKind::Delete:
            for (const ExprPtr &t : static_cast<const ast::Delete &>(s).targets)
                visitTarget(t.get());
            break;
        case ast::StmtKind::Global: {
            for (const std::string &name : static_cast<const ast::Global &>(s).names) {
                const auto it = m_scopes.back().find(name);
                const int flags = it == m_scopes.back().end() ? 0 : it->second;
                if (flags & Param)
                    error(s.pos, "name '" + name + "' is parameter and global");
                if (flags & Use)
                    error(s.pos, "name '" + name + "' is used prior to global declaration");
                if (flags & Local)
                    error(s.pos, "name '" + name + "' is assigned to before global declaration");
                add(name, Global);
            }
            break;
        }
        case ast::StmtKind::Assert: {
            const auto &a = static_cast<const ast::Assert &>(s);
            visitExpr(a.test.get());
            visitExpr(a.msg.get());
            break;
        }
        case ast::StmtKind::Import:
        case ast::StmtKind::Break:
        case ast::StmtKind::Continue:
        case ast::StmtKind::Pass:
            break;
        default:
            if (s.kind == kPlaceholderStmtKind) {
                const auto &p = static_cast<const StmtPlaceholder &>(s);
                if (p.nonlocal && m_scopes.size() == 1 && !m_moduleNonlocal) {
                    Diagnostic d;
                    d.kind = Diagnostic::Kind::SyntaxError;
                    d.fileName = m_fileName;
                    d.line = s.pos.line;
                    d.column = s.pos.column;
                    d.message = "nonlocal declaration not allowed at module level";
                    m_moduleNonlocal = d;
                }
                for (const ExprPtr &e : p.exprs)
                    visitExpr(e.get());
                for (const ExprPtr &t : p.targets)
                    visitTarget(t.get());
                if (p.newScope)
                    m_scopes.emplace_back();
                visitBody(p.body);
                if (p.newScope)
                    m_scopes.pop_back();
            }
            break;
        }
    }

    void visitTarget(const ast::Expr *e)
    {
        if (!e)
            return;
        switch (e->kind) {
        case ast::ExprKind::Name:
            add(static_cast<const ast::Name *>(e)->id, Local);
            return;
        case ast::ExprKind::Tuple:
            for (const ExprPtr &elt : static_cast<const ast::Tuple *>(e)->elts)
                visitTarget(elt.get());
            return;
        case ast::ExprKind::List:
            for (const ExprPtr &elt : static_cast<const ast::List *>(e)->elts)
                visitTarget(elt.get());
            return;
        default:
            if (const Placeholder *p = asPlaceholder(e); p && p->construct == Construct::Starred) {
                visitTarget(p->children.front().get());
                return;
            }
            visitExpr(e);
        }
    }

    void visitExpr(const ast::Expr *e)
    {
        if (!e)
            return;
        switch (e->kind) {
        case ast::ExprKind::Constant:
            break;
        case ast::ExprKind::FString:
            for (const ast::FStringPart &p : static_cast<const ast::FString *>(e)->parts)
                visitExpr(p.expr.get());
            break;
        case ast::ExprKind::Name:
            add(static_cast<const ast::Name *>(e)->id, Use);
            break;
        case ast::ExprKind::Tuple:
            for (const ExprPtr &x : static_cast<const ast::Tuple *>(e)->elts)
                visitExpr(x.get());
            break;
        case ast::ExprKind::List:
            for (const ExprPtr &x : static_cast<const ast::List *>(e)->elts)
                visitExpr(x.get());
            break;
        case ast::ExprKind::Set:
            for (const ExprPtr &x : static_cast<const ast::Set *>(e)->elts)
                visitExpr(x.get());
            break;
        case ast::ExprKind::Dict: {
            const auto *d = static_cast<const ast::Dict *>(e);
            for (const ExprPtr &x : d->keys)
                visitExpr(x.get());
            for (const ExprPtr &x : d->values)
                visitExpr(x.get());
            break;
        }
        case ast::ExprKind::Subscript: {
            const auto *s = static_cast<const ast::Subscript *>(e);
            visitExpr(s->value.get());
            visitExpr(s->index.get());
            break;
        }
        case ast::ExprKind::Slice: {
            const auto *s = static_cast<const ast::Slice *>(e);
            visitExpr(s->lower.get());
            visitExpr(s->upper.get());
            visitExpr(s->step.get());
            break;
        }
        case ast::ExprKind::Attribute:
            visitExpr(static_cast<const ast::Attribute *>(e)->value.get());
            break;
        case ast::ExprKind::Call: {
            const auto *c = static_cast<const ast::Call *>(e);
            visitExpr(c->func.get());
            for (const ExprPtr &x : c->args)
                visitExpr(x.get());
            for (const ast::Keyword &k : c->keywords)
                visitExpr(k.value.get());
            break;
        }
        case ast::ExprKind::Lambda: {
            const auto *l = static_cast<const ast::Lambda *>(e);
            for (const ast::Parameter &p : l->info.params)
                visitExpr(p.defaultValue.get());
            m_scopes.emplace_back();
            visitParams(l->info.params);
            visitExpr(l->body.get());
            m_scopes.pop_back();
            break;
        }
        case ast::ExprKind::UnaryOp:
            visitExpr(static_cast<const ast::UnaryOp *>(e)->operand.get());
            break;
        case ast::ExprKind::BinOp: {
            const auto *b = static_cast<const ast::BinOp *>(e);
            visitExpr(b->left.get());
            visitExpr(b->right.get());
            break;
        }
        case ast::ExprKind::BoolOp:
            for (const ExprPtr &x : static_cast<const ast::BoolOp *>(e)->values)
                visitExpr(x.get());
            break;
        case ast::ExprKind::Compare: {
            const auto *c = static_cast<const ast::Compare *>(e);
            visitExpr(c->left.get());
            for (const ExprPtr &x : c->comparators)
                visitExpr(x.get());
            break;
        }
        case ast::ExprKind::IfExp: {
            const auto *i = static_cast<const ast::IfExp *>(e);
            visitExpr(i->test.get());
            visitExpr(i->body.get());
            visitExpr(i->orelse.get());
            break;
        }
        default:
            if (const Placeholder *p = asPlaceholder(e)) {
                for (const ExprPtr &x : p->children)
                    visitExpr(x.get());
            }
            break;
        }
    }

    std::string m_fileName;
    std::vector<Scope> m_scopes;
    std::optional<Diagnostic> m_moduleNonlocal;
};

// What CPython's compiler rejects, in its order: `return` outside a
// function, `break`/`continue` outside a loop, a repeated keyword argument, a
// bare `except:` before others, and more than 20 nested blocks.
class CompileCheck
{
public:
    std::optional<Diagnostic> run(const ast::Program &program, const std::string &fileName)
    {
        m_fileName = fileName;
        try {
            visitBody(program.body);
        } catch (const Diagnostic &d) {
            return d;
        }
        return std::nullopt;
    }

private:
    static constexpr int kMaxBlocks = 20; // CPython's CO_MAXBLOCKS

    struct Unit {
        bool function = false;
        bool async = false;
        int loops = 0;
        int blocks = 0;
    };

    [[noreturn]] void error(Position at, std::string message)
    {
        Diagnostic d;
        d.kind = Diagnostic::Kind::SyntaxError;
        d.fileName = m_fileName;
        d.line = at.line;
        d.column = at.column;
        d.message = std::move(message);
        throw d;
    }

    void pushBlock(Position at, int count = 1)
    {
        for (int k = 0; k < count; ++k) {
            if (m_unit.blocks >= kMaxBlocks)
                error(at, "too many statically nested blocks");
            ++m_unit.blocks;
        }
    }

    void visitBody(const std::vector<StmtPtr> &body)
    {
        for (const StmtPtr &s : body)
            visitStmt(*s);
    }

    void visitStmt(const ast::Stmt &s)
    {
        switch (s.kind) {
        case ast::StmtKind::Expr:
            visitExpr(static_cast<const ast::ExprStmt &>(s).value.get());
            break;
        case ast::StmtKind::Assign: {
            const auto &a = static_cast<const ast::Assign &>(s);
            visitExpr(a.value.get());
            for (const ExprPtr &t : a.targets)
                visitTarget(t.get());
            break;
        }
        case ast::StmtKind::AugAssign: {
            const auto &a = static_cast<const ast::AugAssign &>(s);
            visitExpr(a.target.get());
            visitExpr(a.value.get());
            break;
        }
        case ast::StmtKind::If: {
            const auto &i = static_cast<const ast::If &>(s);
            visitExpr(i.test.get());
            visitBody(i.body);
            visitBody(i.orelse);
            break;
        }
        case ast::StmtKind::For: {
            const auto &f = static_cast<const ast::For &>(s);
            visitExpr(f.iter.get());
            const Unit saved = m_unit;
            pushBlock(s.pos);
            ++m_unit.loops;
            visitTarget(f.target.get());
            visitBody(f.body);
            m_unit = saved;
            visitBody(f.orelse);
            break;
        }
        case ast::StmtKind::While: {
            const auto &w = static_cast<const ast::While &>(s);
            const Unit saved = m_unit;
            pushBlock(s.pos);
            ++m_unit.loops;
            visitExpr(w.test.get());
            visitBody(w.body);
            m_unit = saved;
            visitBody(w.orelse);
            break;
        }
        case ast::StmtKind::Try: {
            const auto &t = static_cast<const ast::Try &>(s);
            const Unit saved = m_unit;
            if (!t.finalbody.empty())
                pushBlock(s.pos); // FINALLY_TRY
            if (!t.handlers.empty()) {
                const Unit inFinally = m_unit;
                pushBlock(s.pos); // TRY_EXCEPT
                visitBody(t.body);
                m_unit = inFinally;
                visitBody(t.orelse);
                for (std::size_t i = 0; i < t.handlers.size(); ++i) {
                    const ast::ExceptHandler &h = t.handlers[i];
                    if (!h.type && i + 1 < t.handlers.size())
                        error(h.pos, "default 'except:' must be last");
                    const Unit beforeHandler = m_unit;
                    pushBlock(h.pos, 2); // EXCEPTION_HANDLER, HANDLER_CLEANUP
                    visitExpr(h.type.get());
                    visitBody(h.body);
                    m_unit = beforeHandler;
                }
            } else {
                visitBody(t.body);
            }
            m_unit = saved;
            if (!t.finalbody.empty()) {
                visitBody(t.finalbody);
                pushBlock(s.pos); // FINALLY_END: CPython compiles the finally body twice
                visitBody(t.finalbody);
                m_unit = saved;
            }
            break;
        }
        case ast::StmtKind::Raise: {
            const auto &r = static_cast<const ast::Raise &>(s);
            visitExpr(r.exc.get());
            visitExpr(r.cause.get());
            break;
        }
        case ast::StmtKind::FunctionDef: {
            const auto &f = static_cast<const ast::FunctionDef &>(s);
            for (const ast::Parameter &p : f.info.params)
                visitExpr(p.defaultValue.get());
            const Unit saved = m_unit;
            m_unit = Unit{true, m_nextFunctionAsync, 0, 0};
            m_nextFunctionAsync = false;
            visitBody(f.body);
            m_unit = saved;
            break;
        }
        case ast::StmtKind::Return:
            if (!m_unit.function)
                error(s.pos, "'return' outside function");
            visitExpr(static_cast<const ast::Return &>(s).value.get());
            break;
        case ast::StmtKind::Break:
            if (m_unit.loops == 0)
                error(s.pos, "'break' outside loop");
            break;
        case ast::StmtKind::Continue:
            if (m_unit.loops == 0)
                error(s.pos, "'continue' not properly in loop");
            break;
        case ast::StmtKind::Delete:
            for (const ExprPtr &t : static_cast<const ast::Delete &>(s).targets)
                visitExpr(t.get());
            break;
        case ast::StmtKind::Assert: {
            const auto &a = static_cast<const ast::Assert &>(s);
            visitExpr(a.test.get());
            visitExpr(a.msg.get());
            break;
        }
        case ast::StmtKind::Import:
        case ast::StmtKind::Global:
        case ast::StmtKind::Pass:
            break;
        default:
            if (s.kind == kPlaceholderStmtKind) {
                const auto &p = static_cast<const StmtPlaceholder &>(s);
                for (const ExprPtr &e : p.exprs)
                    visitExpr(e.get());
                for (const ExprPtr &t : p.targets)
                    visitTarget(t.get());
                const Unit saved = m_unit;
                if (p.newScope)
                    m_unit = Unit{};
                m_nextFunctionAsync = p.async;
                visitBody(p.body);
                m_nextFunctionAsync = false;
                m_unit = saved;
            }
            break;
        }
    }

    // An assignment target: a starred name is only allowed in a tuple or list.
    void visitTarget(const ast::Expr *e)
    {
        if (const Placeholder *p = asPlaceholder(e); p && p->construct == Construct::Starred)
            error(e->pos, "starred assignment target must be in a list or tuple");
        if (e && (e->kind == ast::ExprKind::Tuple || e->kind == ast::ExprKind::List)) {
            const auto &elts = e->kind == ast::ExprKind::Tuple ? static_cast<const ast::Tuple *>(e)->elts
                                                                : static_cast<const ast::List *>(e)->elts;
            for (const ExprPtr &x : elts) {
                if (const Placeholder *p = asPlaceholder(x.get()); p && p->construct == Construct::Starred)
                    visitTarget(p->children.front().get());
                else
                    visitTarget(x.get());
            }
            return;
        }
        visitExpr(e);
    }

    // Elements of a display or arguments of a call, where `*x` is allowed.
    void visitElements(const std::vector<ExprPtr> &list)
    {
        for (const ExprPtr &x : list) {
            if (const Placeholder *p = asPlaceholder(x.get()); p && p->construct == Construct::Starred)
                visitExpr(p->children.front().get());
            else
                visitExpr(x.get());
        }
    }

    void visitExpr(const ast::Expr *e)
    {
        if (!e)
            return;
        switch (e->kind) {
        case ast::ExprKind::Call: {
            const auto *c = static_cast<const ast::Call *>(e);
            visitExpr(c->func.get());
            for (std::size_t i = 0; i < c->keywords.size(); ++i) {
                const ast::Keyword &k = c->keywords[i];
                if (k.name.empty())
                    continue;
                for (std::size_t j = i + 1; j < c->keywords.size(); ++j) {
                    if (c->keywords[j].name == k.name)
                        error(c->keywords[j].pos, "keyword argument repeated: " + k.name);
                }
            }
            visitElements(c->args);
            for (const ast::Keyword &k : c->keywords)
                visitExpr(k.value.get());
            break;
        }
        case ast::ExprKind::FString:
            for (const ast::FStringPart &p : static_cast<const ast::FString *>(e)->parts)
                visitExpr(p.expr.get());
            break;
        case ast::ExprKind::Tuple:
            visitElements(static_cast<const ast::Tuple *>(e)->elts);
            break;
        case ast::ExprKind::List:
            visitElements(static_cast<const ast::List *>(e)->elts);
            break;
        case ast::ExprKind::Set:
            visitElements(static_cast<const ast::Set *>(e)->elts);
            break;
        case ast::ExprKind::Dict: {
            const auto *d = static_cast<const ast::Dict *>(e);
            for (std::size_t i = 0; i < d->keys.size(); ++i) {
                visitExpr(d->keys[i].get());
                const Placeholder *p = asPlaceholder(d->values[i].get());
                visitExpr(p && p->construct == Construct::Starred ? p->children.front().get() : d->values[i].get());
            }
            break;
        }
        case ast::ExprKind::Subscript: {
            const auto *s = static_cast<const ast::Subscript *>(e);
            visitExpr(s->value.get());
            visitExpr(s->index.get());
            break;
        }
        case ast::ExprKind::Slice: {
            const auto *s = static_cast<const ast::Slice *>(e);
            visitExpr(s->lower.get());
            visitExpr(s->upper.get());
            visitExpr(s->step.get());
            break;
        }
        case ast::ExprKind::Attribute:
            visitExpr(static_cast<const ast::Attribute *>(e)->value.get());
            break;
        case ast::ExprKind::Lambda: {
            const auto *l = static_cast<const ast::Lambda *>(e);
            for (const ast::Parameter &p : l->info.params)
                visitExpr(p.defaultValue.get());
            const Unit saved = m_unit;
            m_unit = Unit{true, m_nextFunctionAsync, 0, 0};
            m_nextFunctionAsync = false;
            visitExpr(l->body.get());
            m_unit = saved;
            break;
        }
        case ast::ExprKind::UnaryOp:
            visitExpr(static_cast<const ast::UnaryOp *>(e)->operand.get());
            break;
        case ast::ExprKind::BinOp: {
            const auto *b = static_cast<const ast::BinOp *>(e);
            visitExpr(b->left.get());
            visitExpr(b->right.get());
            break;
        }
        case ast::ExprKind::BoolOp:
            for (const ExprPtr &x : static_cast<const ast::BoolOp *>(e)->values)
                visitExpr(x.get());
            break;
        case ast::ExprKind::Compare: {
            const auto *c = static_cast<const ast::Compare *>(e);
            visitExpr(c->left.get());
            for (const ExprPtr &x : c->comparators)
                visitExpr(x.get());
            break;
        }
        case ast::ExprKind::IfExp: {
            const auto *i = static_cast<const ast::IfExp *>(e);
            visitExpr(i->test.get());
            visitExpr(i->body.get());
            visitExpr(i->orelse.get());
            break;
        }
        default:
            if (const Placeholder *p = asPlaceholder(e)) {
                if (p->construct == Construct::Starred)
                    error(e->pos, "can't use starred expression here");
                if (p->construct == Construct::Yield && !m_unit.function)
                    error(e->pos, "'yield' outside function");
                if (p->construct == Construct::Await && !m_unit.function)
                    error(e->pos, "'await' outside function");
                if (p->construct == Construct::Await && !m_unit.async)
                    error(e->pos, "'await' outside async function");
                for (const ExprPtr &x : p->children)
                    visitExpr(x.get());
            }
            break;
        }
    }

    std::string m_fileName;
    Unit m_unit;
    bool m_nextFunctionAsync = false;
};

void fillLineText(Diagnostic &d, const std::vector<std::string> &lines)
{
    d.lineText = d.line >= 1 && d.line <= static_cast<int>(lines.size()) ? lines[static_cast<std::size_t>(d.line - 1)]
                                                                          : std::string();
}

} // namespace

ParseResult parseScript(std::string_view source, const std::string &fileName, ParseStats *stats)
{
    ParseStats ignored;
    ParseStats &counts = stats ? *stats : ignored;
    counts = {};
    ParseResult result;
    const auto fail = [&](Diagnostic d) {
        d.fileName = fileName;
        fillLineText(d, splitLines(source));
        result.diagnostic = std::move(d);
        return std::move(result);
    };

    Parser first(source, fileName, false);
    Parser::Outcome outcome = first.run();
    first.addStats(counts);
    switch (outcome.status) {
    case Parser::Status::Ok:
        break;
    case Parser::Status::Final:
        return fail(outcome.diagnostic);
    case Parser::Status::Specific:
        first.preferLaterTokenizerError(outcome.diagnostic);
        return fail(outcome.diagnostic);
    case Parser::Status::Abandoned: // only the second pass has a budget
    case Parser::Status::Generic: {
        Parser second(source, fileName, true, first.farthest());
        Parser::Outcome explained = second.run();
        second.addStats(counts);
        counts.explanationAbandoned = explained.status == Parser::Status::Abandoned;
        if (explained.status == Parser::Status::Final)
            return fail(explained.diagnostic);
        Diagnostic d = explained.status == Parser::Status::Specific ? explained.diagnostic : outcome.diagnostic;
        // An unexpected indent or unindent is reported as is (CPython returns
        // before looking at the rest of the file).
        if (!(explained.status != Parser::Status::Specific && d.kind == Diagnostic::Kind::IndentationError))
            second.preferLaterTokenizerError(d);
        return fail(d);
    }
    }

    std::unique_ptr<ast::Program> program = std::move(outcome.program);
    if (auto d = SymbolCheck().run(*program, fileName))
        return fail(*d);
    if (auto d = CompileCheck().run(*program, fileName))
        return fail(*d);
    if (first.unsupported())
        return fail(*first.unsupported());
    program->lines = splitLines(source);
    program->fileName = fileName;
    result.program = std::move(program);
    return result;
}

} // namespace cachetutor
