#include "lexer.h"
#include "utf8.h"

#include <QChar>
#include <QString>

#include <algorithm>
#include <array>
#include <cstdio>

namespace cachetutor {

namespace {

// CPython's limits (Parser/tokenizer.h): MAXINDENT and MAXLEVEL.
constexpr int kMaxIndentLevels = 100;
constexpr int kMaxBracketDepth = 200;
constexpr int kTabSize = 8;

bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isHexDigit(int c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
// CPython's is_potential_identifier_start/char: every non-ASCII byte may start
// an identifier; whether it really is one is checked afterwards.
bool isIdentifierStart(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128; }
bool isIdentifierChar(int c) { return isIdentifierStart(c) || isDigit(c); }

// Length of the valid UTF-8 sequence at s[i], or 0. Stricter than CPython's
// check (it rejects overlong forms and surrogates too), because every string
// the parser builds from the source must be valid UTF-8.
int validUtf8Length(std::string_view s, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80)
        return 1;
    int length;
    char32_t min;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + length > s.size())
        return 0;
    char32_t cp = b0 & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

// Unicode's XID_Start / XID_Continue, from the general categories Qt knows
// plus the Other_ID_Start / Other_ID_Continue code points.
bool isXidStart(char32_t cp)
{
    if (cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C)
        return true;
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_Letter:
        return true;
    default:
        return false;
    }
}

bool isXidContinue(char32_t cp)
{
    if (isXidStart(cp) || cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA)
        return true;
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Number_DecimalDigit:
    case QChar::Punctuation_Connector:
        return true;
    default:
        return false;
    }
}

std::string hex4(unsigned value)
{
    std::array<char, 16> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04X", value);
    return buffer.data();
}

} // namespace

const char *tokenKindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Name: return "NAME";
    case TokenKind::Number: return "NUMBER";
    case TokenKind::String: return "STRING";
    case TokenKind::Operator: return "OP";
    case TokenKind::Newline: return "NEWLINE";
    case TokenKind::Indent: return "INDENT";
    case TokenKind::Dedent: return "DEDENT";
    case TokenKind::EndMarker: return "ENDMARKER";
    case TokenKind::Error: return "ERRORTOKEN";
    }
    return "?";
}

bool isKeyword(std::string_view word)
{
    static constexpr std::array<std::string_view, 35> keywords = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break",
        "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
        "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
        "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };
    return std::find(keywords.begin(), keywords.end(), word) != keywords.end();
}

Lexer::Lexer(std::string_view source, std::string fileName)
    : Lexer(source, std::move(fileName), ast::Position{1, 1})
{
}

Lexer::Lexer(std::string_view source, std::string fileName, ast::Position origin)
    : m_fileName(std::move(fileName)), m_origin(origin)
{
    // As CPython's translate_newlines(): universal newlines, and a final one.
    if (source.size() >= 3 && source.substr(0, 3) == "\xEF\xBB\xBF")
        source.remove_prefix(3);
    m_text.reserve(source.size() + 1);
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (source[i] == '\r') {
            m_text += '\n';
            if (i + 1 < source.size() && source[i + 1] == '\n')
                ++i;
        } else {
            m_text += source[i];
        }
    }
    if (m_text.empty() || m_text.back() != '\n')
        m_text += '\n';
}

std::string Lexer::identifier(const Token &token)
{
    if (!token.nonAscii)
        return std::string(token.text);
    const QString name = QString::fromUtf8(token.text.data(), static_cast<qsizetype>(token.text.size()));
    return name.normalized(QString::NormalizationForm_KC).toStdString();
}

Diagnostic Lexer::unclosedBracketError() const
{
    const Bracket &b = m_brackets.back();
    Diagnostic d;
    d.kind = Diagnostic::Kind::SyntaxError;
    d.fileName = m_fileName;
    d.line = b.line;
    d.column = b.column;
    d.message = std::string("'") + b.open + "' was never closed";
    d.lineText = lineText(b.line - m_origin.line + 1);
    return d;
}

void Lexer::failUnclosedBracket()
{
    m_diagnostic = unclosedBracketError();
    m_errorOverridesParser = false;
    throw Failure{};
}

Token Lexer::next()
{
    if (m_finished)
        return m_last;
    try {
        Token token = scan();
        if (token.kind == TokenKind::EndMarker) {
            m_finished = true;
            m_last = token;
        }
        return token;
    } catch (const Failure &) {
        m_finished = true;
        m_last = Token{};
        m_last.kind = TokenKind::Error;
        m_last.start = m_last.end = {m_diagnostic.line, m_diagnostic.column};
        m_last.level = static_cast<int>(m_brackets.size());
        return m_last;
    }
}

// ---------------------------------------------------------------- characters

int Lexer::peek(std::size_t ahead) const
{
    const std::size_t pos = m_pos + ahead;
    return pos < m_text.size() ? static_cast<unsigned char>(m_text[pos]) : -1;
}

int Lexer::get()
{
    if (m_pos >= m_text.size())
        return -1; // the end of input does not start a line: errors there name the last one
    if (m_lineEnded)
        startLine();
    const auto c = static_cast<unsigned char>(m_text[m_pos++]);
    if (c == '\n')
        m_lineEnded = true;
    return c;
}

void Lexer::backup(int c)
{
    if (c == -1)
        return;
    --m_pos;
    if (c == '\n')
        m_lineEnded = false;
}

void Lexer::startLine()
{
    m_lineEnded = false;
    ++m_line;
    m_lineStart = m_pos;
    m_columnPos = m_pos;
    m_column = 1;
    // CPython moves its error-column base only when it reads a line between
    // tokens, not while a token (or a backslash continuation) is under way.
    if (!m_inToken)
        m_bufferStart = m_pos;
    checkLine();
}

// CPython checks each line as it reads it: a NUL byte or invalid UTF-8 stops
// the tokenizer, wherever the parser is.
void Lexer::checkLine()
{
    const std::size_t end = m_text.find('\n', m_lineStart);
    for (std::size_t i = m_lineStart; i < end;) {
        if (m_text[i] == '\0') {
            fail(Diagnostic::Kind::SyntaxError, displayLine(m_line), displayColumn(m_line, columnAt(i)),
                 "source code cannot contain null bytes", true);
        }
        const int length = validUtf8Length(m_text, i);
        if (length == 0) {
            std::array<char, 8> byte{};
            std::snprintf(byte.data(), byte.size(), "%02x", static_cast<unsigned char>(m_text[i]));
            fail(Diagnostic::Kind::SyntaxError, displayLine(m_line), displayColumn(m_line, columnAt(i)),
                 "Non-UTF-8 code starting with '\\x" + std::string(byte.data()) + "' in file " + m_fileName
                     + " on line " + std::to_string(displayLine(m_line))
                     + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                 true);
        }
        i += static_cast<std::size_t>(length);
    }
}

int Lexer::columnAt(std::size_t pos)
{
    if (pos < m_columnPos) {
        m_columnPos = m_lineStart;
        m_column = 1;
    }
    for (; m_columnPos < pos && m_columnPos < m_text.size(); ++m_columnPos) {
        if ((static_cast<unsigned char>(m_text[m_columnPos]) & 0xC0) != 0x80)
            ++m_column;
    }
    return m_column;
}

int Lexer::codePointsBetween(std::size_t from, std::size_t to) const
{
    int count = 0;
    for (std::size_t i = from; i < to && i < m_text.size(); ++i) {
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

std::string Lexer::lineText(int line) const
{
    // Only called for the current line or the line a string started on.
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) {
        start = m_text.find('\n', start);
        if (start == std::string::npos)
            return {};
        ++start;
    }
    const std::size_t end = m_text.find('\n', start);
    std::string text = m_text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    return text.substr(0, text.find('\0'));
}

// -------------------------------------------------------------------- errors

void Lexer::fail(Diagnostic::Kind kind, int line, int column, std::string message, bool overridesParser)
{
    m_diagnostic.kind = kind;
    m_diagnostic.fileName = m_fileName;
    m_diagnostic.line = line;
    m_diagnostic.column = column;
    m_diagnostic.message = std::move(message);
    m_diagnostic.lineText = lineText(line - m_origin.line + 1);
    m_errorOverridesParser = overridesParser;
    throw Failure{};
}

// CPython's syntaxerror(): the column is that of the character just before
// the read position.
void Lexer::failAt(std::size_t pos, std::string message)
{
    fail(Diagnostic::Kind::SyntaxError, displayLine(m_line), displayColumn(m_line, columnAt(pos) - 1),
         std::move(message), true);
}

Token Lexer::positionedToken(TokenKind kind, ast::Position at) const
{
    Token token;
    token.kind = kind;
    token.start = token.end = at;
    token.level = static_cast<int>(m_brackets.size());
    return token;
}

ast::Position Lexer::endOfInputPosition()
{
    // CPython reports the end of input one past the end of the last line read.
    return {displayLine(m_line), displayColumn(m_line, columnAt(m_text.size() - 1))};
}

Token Lexer::finish(TokenKind kind, std::size_t begin)
{
    Token token;
    token.kind = kind;
    token.text = std::string_view(m_text).substr(begin, m_pos - begin);
    token.start = m_tokenStart;
    token.end = positionAt(m_pos);
    token.level = static_cast<int>(m_brackets.size());
    return token;
}

// ------------------------------------------------------------------- tokens

Token Lexer::scan()
{
    for (;;) {
        m_inToken = false;
        bool blankLine = false;
        if (m_atLineStart) {
            m_atLineStart = false;
            blankLine = processIndentation();
        }
        if (m_pendingIndents > 0) {
            --m_pendingIndents;
            return positionedToken(TokenKind::Indent, m_pendingPosition);
        }
        if (m_pendingIndents < 0) {
            ++m_pendingIndents;
            return positionedToken(TokenKind::Dedent, m_pendingPosition);
        }

        int c;
        do {
            c = get();
        } while (c == ' ' || c == '\t' || c == '\f');
        m_inToken = true;
        const std::size_t begin = c == -1 ? m_pos : m_pos - 1;
        if (c != -1)
            m_tokenStart = positionAt(begin);

        if (c == '#') {
            while (c != -1 && c != '\n')
                c = get();
        }

        if (c == -1) {
            if (!m_brackets.empty())
                failUnclosedBracket();
            return positionedToken(TokenKind::EndMarker, endOfInputPosition());
        }

        if (isIdentifierStart(c)) {
            backup(c);
            return scanName();
        }

        if (c == '\n') {
            m_atLineStart = true;
            if (blankLine || !m_brackets.empty())
                continue;
            // The position is that of the comment when there is one, as in CPython.
            Token token = positionedToken(TokenKind::Newline, m_tokenStart);
            token.end = positionAt(m_pos - 1);
            return token;
        }

        if (c == '.') {
            const int c2 = peek();
            if (isDigit(c2))
                return scanNumber(begin, true);
            if (c2 == '.' && peek(1) == '.') {
                get();
                get();
                return finish(TokenKind::Operator, begin);
            }
            return finish(TokenKind::Operator, begin);
        }

        if (isDigit(c)) {
            backup(c);
            return scanNumber(begin, false);
        }

        if (c == '\'' || c == '"')
            return scanString(begin, begin);

        if (c == '\\') {
            continuationLine();
            continue; // CPython's `goto again`: the next line joins this one, without indentation
        }

        backup(c);
        return scanOperator(begin);
    }
}

// CPython's tok_continuation_line(), after a backslash has been read.
void Lexer::continuationLine()
{
    const std::size_t after = m_pos;
    const int c = get();
    if (c != '\n') {
        // CPython measures this column from where it last read a line outside
        // a token, so after a first continuation it can exceed the line's length.
        const int column = codePointsBetween(m_bufferStart, after) + 1;
        fail(Diagnostic::Kind::SyntaxError, displayLine(m_line), displayColumn(m_line, column),
             "unexpected character after line continuation character", false);
    }
    const int next = get();
    if (next == -1) {
        const ast::Position at = endOfInputPosition();
        if (!m_brackets.empty())
            failUnclosedBracket();
        fail(Diagnostic::Kind::SyntaxError, at.line, at.column, "unexpected EOF while parsing", false);
    }
    backup(next);
}

// Measures a new line's indentation and queues INDENT/DEDENT tokens, as
// CPython's tok_get() does at the beginning of a line. Returns whether the
// line is blank (only a comment or nothing), which CPython skips entirely.
bool Lexer::processIndentation()
{
    int column = 0;
    int altColumn = 0;
    int continuationColumn = 0;
    int c;
    for (;;) {
        c = get();
        if (c == ' ') {
            ++column;
            ++altColumn;
        } else if (c == '\t') {
            column = (column / kTabSize + 1) * kTabSize;
            ++altColumn;
        } else if (c == '\f') {
            column = altColumn = 0;
        } else if (c == '\\') {
            // A backslash ends the indentation; the first one sets its width.
            continuationColumn = continuationColumn ? continuationColumn : column;
            continuationLine();
        } else {
            break;
        }
    }
    backup(c);
    const bool blank = c == '#' || c == '\n';
    if (continuationColumn) {
        column = continuationColumn;
        altColumn = continuationColumn;
    }
    if (blank || !m_brackets.empty())
        return blank;

    // Indentation errors are the parser's in CPython (no exception is set by
    // the tokenizer), so they only count when the parser gets here.
    const int line = displayLine(m_line);
    const auto indentationError = [&](Diagnostic::Kind kind, int errorColumn, std::string message) {
        fail(kind, line, errorColumn, std::move(message), false);
    };
    if (column == m_indents.back()) {
        if (altColumn != m_altIndents.back())
            indentationError(Diagnostic::Kind::TabError, 1, "inconsistent use of tabs and spaces in indentation");
    } else if (column > m_indents.back()) {
        if (static_cast<int>(m_indents.size()) >= kMaxIndentLevels)
            indentationError(Diagnostic::Kind::IndentationError, 1, "too many levels of indentation");
        if (altColumn <= m_altIndents.back())
            indentationError(Diagnostic::Kind::TabError, 1, "inconsistent use of tabs and spaces in indentation");
        m_indents.push_back(column);
        m_altIndents.push_back(altColumn);
        m_pendingIndents = 1;
    } else {
        int dedents = 0;
        while (m_indents.size() > 1 && column < m_indents.back()) {
            m_indents.pop_back();
            m_altIndents.pop_back();
            ++dedents;
        }
        if (column != m_indents.back()) {
            // CPython puts this error at the end of the line.
            const std::size_t lineEnd = m_text.find('\n', m_pos);
            indentationError(Diagnostic::Kind::IndentationError, displayColumn(m_line, columnAt(lineEnd)),
                             "unindent does not match any outer indentation level");
        }
        if (altColumn != m_altIndents.back())
            indentationError(Diagnostic::Kind::TabError, 1, "inconsistent use of tabs and spaces in indentation");
        m_pendingIndents = -dedents;
    }
    // INDENT and DEDENT have no text; CPython reports them at the width of the
    // indentation (or one past the last line at the end of input).
    m_pendingPosition = c == -1 ? endOfInputPosition()
                                : ast::Position{line, displayColumn(m_line, codePointsBetween(m_lineStart, m_pos))};
    return false;
}

Token Lexer::scanName()
{
    const std::size_t begin = m_pos;
    // String prefixes, with CPython's rules for which letters combine.
    bool sawB = false, sawR = false, sawU = false, sawF = false;
    int c;
    for (;;) {
        c = get();
        if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B'))
            sawB = true;
        else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'))
            sawU = true;
        else if (!(sawR || sawU) && (c == 'r' || c == 'R'))
            sawR = true;
        else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F'))
            sawF = true;
        else
            break;
        c = get();
        if (c == '"' || c == '\'')
            return scanString(begin, m_pos - 1);
        backup(c);
    }
    bool nonAscii = false;
    while (isIdentifierChar(c)) {
        if (c >= 128)
            nonAscii = true;
        c = get();
    }
    backup(c);
    if (nonAscii) {
        // CPython's verify_identifier(): the first character that cannot be
        // part of an identifier is reported, with the column just after it.
        const std::string_view name = std::string_view(m_text).substr(begin, m_pos - begin);
        std::size_t i = 0;
        bool first = true;
        while (i < name.size()) {
            const char32_t cp = utf8::decode(name, i);
            const bool ok = first ? (cp == '_' || isXidStart(cp)) : isXidContinue(cp);
            first = false;
            if (!ok) {
                const std::string hex = hex4(static_cast<unsigned>(cp));
                failAt(begin + i, utf8::isPrintable(cp) ? "invalid character '" + utf8::encode(cp) + "' (U+" + hex + ")"
                                                  : "invalid non-printable character U+" + hex);
            }
        }
    }
    Token token = finish(TokenKind::Name, begin);
    token.nonAscii = nonAscii;
    return token;
}

void Lexer::failLiteral(const char *kind)
{
    failAt(m_pos, std::string("invalid ") + kind + " literal");
}

// CPython's verify_end_of_number(): a number may be followed by a keyword
// that can follow it in valid code (`1if x else y`), but not by other letters.
void Lexer::verifyEndOfNumber(int c, const char *kind)
{
    bool keywordFollows = false;
    const auto lookahead = [&](std::string_view rest) {
        for (std::size_t k = 0; k < rest.size(); ++k) {
            if (peek(k) != static_cast<unsigned char>(rest[k]))
                return false;
        }
        return !isIdentifierChar(peek(rest.size()));
    };
    if (c == 'a')
        keywordFollows = lookahead("nd");
    else if (c == 'e')
        keywordFollows = lookahead("lse");
    else if (c == 'f')
        keywordFollows = lookahead("or");
    else if (c == 'i')
        keywordFollows = peek() == 'f' || peek() == 'n' || peek() == 's';
    else if (c == 'o')
        keywordFollows = lookahead("r");
    else if (c == 'n')
        keywordFollows = lookahead("ot");
    if (!keywordFollows && isIdentifierChar(c)) {
        backup(c);
        failLiteral(kind);
    }
}

// CPython's tok_decimal_tail(): digits with single underscores between them.
// Returns the first character after them (already read).
int Lexer::decimalTail()
{
    for (;;) {
        int c;
        do {
            c = get();
        } while (isDigit(c));
        if (c != '_')
            return c;
        c = get();
        if (!isDigit(c)) {
            backup(c);
            failLiteral("decimal");
        }
    }
}

// CPython's number scanning, error messages and positions included. `begin`
// is the first character; for ".5" the dot has been read already.
Token Lexer::scanNumber(std::size_t begin, bool afterDot)
{
    int c = get();
    enum class Next { Fraction, Exponent, Imaginary, Done };
    Next next = Next::Done;
    if (afterDot) {
        next = Next::Fraction;
    } else if (c == '0') {
        c = get();
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            const char base = static_cast<char>(c | 0x20);
            const char *kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
            const auto inBase = [base](int d) {
                return base == 'x' ? isHexDigit(d) : base == 'o' ? (d >= '0' && d <= '7') : (d == '0' || d == '1');
            };
            c = get();
            do {
                if (c == '_')
                    c = get();
                if (!inBase(c)) {
                    if (base != 'x' && isDigit(c))
                        failAt(m_pos, std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
                    backup(c);
                    failLiteral(kind);
                }
                do {
                    c = get();
                } while (inBase(c));
            } while (c == '_');
            if (base != 'x' && isDigit(c))
                failAt(m_pos, std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
            verifyEndOfNumber(c, kind);
            backup(c);
            return finish(TokenKind::Number, begin);
        }
        // "0", "00", or an old-style octal CPython rejects.
        bool nonZero = false;
        for (;;) {
            if (c == '_') {
                c = get();
                if (!isDigit(c)) {
                    backup(c);
                    failLiteral("decimal");
                }
            }
            if (c != '0')
                break;
            c = get();
        }
        if (isDigit(c)) {
            nonZero = true;
            c = decimalTail();
        }
        if (c == '.') {
            c = get();
            next = Next::Fraction;
        } else if (c == 'e' || c == 'E') {
            next = Next::Exponent;
        } else if (c == 'j' || c == 'J') {
            next = Next::Imaginary;
        } else if (nonZero) {
            backup(c);
            fail(Diagnostic::Kind::SyntaxError, displayLine(m_line), displayColumn(m_line, columnAt(begin)),
                 "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                 true);
        } else {
            verifyEndOfNumber(c, "decimal");
            backup(c);
            return finish(TokenKind::Number, begin);
        }
    } else {
        c = decimalTail();
        if (c == '.') {
            c = get();
            next = Next::Fraction;
        } else if (c == 'e' || c == 'E') {
            next = Next::Exponent;
        } else if (c == 'j' || c == 'J') {
            next = Next::Imaginary;
        } else {
            verifyEndOfNumber(c, "decimal");
            backup(c);
            return finish(TokenKind::Number, begin);
        }
    }

    if (next == Next::Fraction) {
        if (isDigit(c))
            c = decimalTail();
        next = (c == 'e' || c == 'E') ? Next::Exponent : (c == 'j' || c == 'J') ? Next::Imaginary : Next::Done;
    }
    if (next == Next::Exponent) {
        const int e = c;
        c = get();
        if (c == '+' || c == '-') {
            c = get();
            if (!isDigit(c)) {
                backup(c);
                failLiteral("decimal");
            }
        } else if (!isDigit(c)) {
            // "1else": the 'e' starts a keyword, not an exponent.
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return finish(TokenKind::Number, begin);
        }
        c = decimalTail();
        next = (c == 'j' || c == 'J') ? Next::Imaginary : Next::Done;
    }
    if (next == Next::Imaginary) {
        c = get();
        verifyEndOfNumber(c, "imaginary");
    } else {
        verifyEndOfNumber(c, "decimal");
    }
    backup(c);
    return finish(TokenKind::Number, begin);
}

// A string literal: `begin` is where its prefix starts, `quotePos` its first quote.
Token Lexer::scanString(std::size_t begin, std::size_t quotePos)
{
    const int quote = static_cast<unsigned char>(m_text[quotePos]);
    const ast::Position start = m_tokenStart;
    int quoteSize = 1;
    int endQuoteSize = 0;
    int c = get();
    if (c == quote) {
        c = get();
        if (c == quote)
            quoteSize = 3;
        else
            endQuoteSize = 1; // an empty string
    }
    if (c != quote)
        backup(c);

    while (endQuoteSize != quoteSize) {
        c = get();
        if (c == -1 || (quoteSize == 1 && c == '\n')) {
            // CPython reports it at the opening of the literal, naming the line it reached.
            const int detectedAt = displayLine(m_line);
            fail(Diagnostic::Kind::SyntaxError, start.line, start.column,
                 std::string(quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal")
                     + " (detected at line " + std::to_string(detectedAt) + ")",
                 true);
        }
        if (c == quote) {
            ++endQuoteSize;
        } else {
            endQuoteSize = 0;
            if (c == '\\')
                get(); // the escaped character, even a newline
        }
    }
    Token token = finish(TokenKind::String, begin);
    token.start = start;
    return token;
}

Token Lexer::scanOperator(std::size_t begin)
{
    const int c = get();
    const int c2 = peek();
    const int c3 = peek(1);
    static constexpr std::array<std::string_view, 5> threeChar = {"**=", "...", "//=", "<<=", ">>="};
    static constexpr std::array<std::string_view, 20> twoChar = {
        "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
        "<<", "<=", "<>", "==", ">=", ">>", "@=", "^=", "|=",
    };
    const char s3[3] = {static_cast<char>(c), static_cast<char>(c2), static_cast<char>(c3)};
    std::size_t length = 1;
    if (c3 != -1 && std::find(threeChar.begin(), threeChar.end(), std::string_view(s3, 3)) != threeChar.end())
        length = 3;
    else if (c2 != -1 && std::find(twoChar.begin(), twoChar.end(), std::string_view(s3, 2)) != twoChar.end())
        length = 2;
    for (std::size_t k = 1; k < length; ++k)
        get();

    if (length == 1) {
        switch (c) {
        case '(':
        case '[':
        case '{':
            if (static_cast<int>(m_brackets.size()) >= kMaxBracketDepth)
                failAt(m_pos, "too many nested parentheses");
            m_brackets.push_back({static_cast<char>(c), m_tokenStart.line, m_tokenStart.column});
            break;
        case ')':
        case ']':
        case '}': {
            if (m_brackets.empty())
                failAt(m_pos, std::string("unmatched '") + static_cast<char>(c) + "'");
            const Bracket open = m_brackets.back();
            m_brackets.pop_back();
            const char expected = open.open == '(' ? ')' : open.open == '[' ? ']' : '}';
            if (c != expected) {
                std::string message = std::string("closing parenthesis '") + static_cast<char>(c)
                                      + "' does not match opening parenthesis '" + open.open + "'";
                if (open.line != m_tokenStart.line)
                    message += " on line " + std::to_string(open.line);
                failAt(m_pos, message);
            }
            break;
        }
        default:
            if (c < 0x20 || c == 0x7F)
                failAt(m_pos, "invalid non-printable character U+" + hex4(static_cast<unsigned>(c)));
            break;
        }
    }
    return finish(TokenKind::Operator, begin);
}

} // namespace cachetutor
