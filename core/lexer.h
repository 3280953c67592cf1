#pragma once

// Lexer: splits a script into Tokens the way CPython 3.11's tokenizer does.
//
// It produces INDENT, DEDENT, NEWLINE and ENDMARKER as CPython does, joins
// lines inside brackets and after a backslash, and reports CPython's errors
// with CPython's messages and positions ("unterminated string literal
// (detected at line 3)", "unindent does not match any outer indentation
// level", ...). Tokens are produced on demand, because CPython's parser pulls
// them lazily and which error a script reports depends on how far the parser
// got: see errorOverridesParser().
//
// Lines end at "\n", "\r\n" or "\r", a UTF-8 byte order mark is skipped, and
// each physical line is checked for valid UTF-8 when the lexer first reaches
// it. Lexing is linear in the size of the source.

#include "diagnostic.h"
#include "token.h"

#include <string>
#include <string_view>
#include <vector>

namespace cachetutor {

class Lexer
{
public:
    // fileName is only used in the message about invalid UTF-8, which names
    // the file as Python does.
    Lexer(std::string_view source, std::string fileName);

    // A lexer for a piece of a larger source (an f-string's expression, which
    // CPython also lexes separately): the first character of `source` sits at
    // `origin` in the script, so tokens and errors carry script positions.
    Lexer(std::string_view source, std::string fileName, ast::Position origin);

    Lexer(const Lexer &) = delete;
    Lexer &operator=(const Lexer &) = delete;

    // The next token. After EndMarker or Error, returns that token again.
    Token next();

    // Why the lexer stopped. REQUIRES: next() returned an Error token.
    const Diagnostic &diagnostic() const { return m_diagnostic; }

    // Whether CPython's tokenizer raises this error itself, so that it wins
    // over a syntax error the parser found earlier in the file (CPython
    // tokenizes the rest of the file after a parser error to look for these).
    // Errors CPython leaves to the parser (indentation, a stray character after
    // a backslash, end of input) only count when the parser reaches them.
    // REQUIRES: next() returned an Error token.
    bool errorOverridesParser() const { return m_errorOverridesParser; }

    // Whether a bracket is still open, and the error CPython gives for the
    // innermost one ("'(' was never closed"). After a parser error, CPython
    // reports it instead when the bracket was opened on an earlier line.
    bool hasOpenBracket() const { return !m_brackets.empty(); }
    Diagnostic unclosedBracketError() const;  // REQUIRES: hasOpenBracket()

    // The lexer's copy of the source: "\r\n" and "\r" turned into "\n", a
    // byte order mark removed and a final "\n" added when missing. Token texts
    // point into it.
    const std::string &text() const { return m_text; }

    // The value of a Name token: its text, NFKC-normalised when it is spelled
    // with non-ASCII characters (Python treats `ﬁle` and `file` as one name).
    static std::string identifier(const Token &token);

private:
    struct Bracket {
        char open;
        int line;    // where it was opened, in script positions
        int column;
    };
    struct Failure {};  // thrown inside the lexer once m_diagnostic is set

    Token scan();
    bool processIndentation();
    void continuationLine();
    Token scanName();
    Token scanNumber(std::size_t begin, bool afterDot);
    Token scanString(std::size_t begin, std::size_t quotePos);
    Token scanOperator(std::size_t begin);
    Token finish(TokenKind kind, std::size_t begin);
    Token positionedToken(TokenKind kind, ast::Position at) const;
    ast::Position endOfInputPosition();

    // Characters, as CPython's tok_nextc()/tok_backup(): -1 at the end of
    // input. Reading the first character of a line starts (and checks) it.
    int peek(std::size_t ahead = 0) const;
    int get();
    void backup(int c);
    void startLine();
    void checkLine();

    int columnAt(std::size_t pos);  // 1-based code-point column of a byte of the current line
    int codePointsBetween(std::size_t from, std::size_t to) const;
    ast::Position positionAt(std::size_t pos) { return {displayLine(m_line), displayColumn(m_line, columnAt(pos))}; }
    int displayLine(int line) const { return line + m_origin.line - 1; }
    int displayColumn(int line, int column) const { return line == 1 ? column + m_origin.column - 1 : column; }

    [[noreturn]] void fail(Diagnostic::Kind kind, int line, int column, std::string message, bool overridesParser);
    // A SyntaxError CPython's tokenizer raises itself, reported (as CPython
    // does) at the character just before byte `pos` of the current line.
    [[noreturn]] void failAt(std::size_t pos, std::string message);
    [[noreturn]] void failLiteral(const char *kind);
    [[noreturn]] void failUnclosedBracket();
    void verifyEndOfNumber(int c, const char *kind);
    int decimalTail();
    std::string lineText(int line) const;

    std::string m_text;
    std::string m_fileName;
    ast::Position m_origin{1, 1};

    std::size_t m_pos = 0;          // next byte to read
    std::size_t m_lineStart = 0;    // first byte of the current line
    std::size_t m_bufferStart = 0;  // where CPython's tok->buf would be (see continuationLine)
    int m_line = 0;                 // current line of m_text, 1-based
    bool m_lineEnded = true;        // a newline was read; the next get() starts a line
    bool m_atLineStart = true;      // indentation not yet measured
    bool m_inToken = false;         // between the start of a token and its end
    ast::Position m_tokenStart;
    // Column cache: byte m_columnPos of the current line is in column
    // m_column, so that columns along a long line cost linear time in total.
    std::size_t m_columnPos = 0;
    int m_column = 1;

    std::vector<Bracket> m_brackets;
    std::vector<int> m_indents{0};     // indentation columns, tabs to multiples of 8
    std::vector<int> m_altIndents{0};  // the same with tabs counted as 1, to detect mixing
    int m_pendingIndents = 0;          // > 0: INDENTs to emit, < 0: DEDENTs
    ast::Position m_pendingPosition;

    bool m_finished = false;
    Token m_last;
    Diagnostic m_diagnostic;
    bool m_errorOverridesParser = false;
};

} // namespace cachetutor
