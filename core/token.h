#pragma once

// Token: one lexical unit of a script, as CPython's tokenizer produces it.
//
// Keywords are Name tokens, as in CPython: the parser tells them apart, so
// soft keywords (`match`) stay usable as names. Strings are not decoded here:
// a String token is the literal exactly as written, prefix and quotes
// included, and the parser turns it into a value (f-strings need the parser
// anyway). The text views the Lexer's own copy of the source, so a Token must
// not outlive the Lexer that produced it.

#include "ast.h"

#include <cstdint>
#include <string_view>

namespace cachetutor {

enum class TokenKind : std::uint8_t {
    Name,      // identifiers and keywords
    Number,    // int, float or imaginary literal, undecoded
    String,    // one string literal with its prefix and quotes, undecoded
    Operator,  // punctuation; also '$', '?', '!' and '`', which no rule accepts
    Newline,   // end of a logical line
    Indent,
    Dedent,
    EndMarker, // end of input; repeated on every later request
    Error,     // Lexer::diagnostic() says what; repeated on every later request
};

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    std::string_view text;  // empty for Newline, Indent, Dedent, EndMarker and Error
    // Where CPython would report an error at this token: the 1-based line and
    // column of its first character. Tokens without text follow CPython's
    // quirks: Indent and Dedent report the width of the indentation (so a
    // Dedent to column 0 reports column 0), and a token at the end of input
    // reports one past the end of the last line.
    ast::Position start;
    ast::Position end;      // just past the last character
    int level = 0;          // bracket depth after this token, as CPython's token->level
    bool nonAscii = false;  // a Name spelled with non-ASCII characters (see Lexer::identifier)

    bool isOperator(std::string_view op) const { return kind == TokenKind::Operator && text == op; }
    bool isName(std::string_view name) const { return kind == TokenKind::Name && text == name; }
};

// 'NAME', 'NUMBER', 'STRING', 'OP', 'NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER'
// or 'ERRORTOKEN': the names of Python's token module.
const char *tokenKindName(TokenKind kind);

// Python's reserved words (`if`, `None`, ...), which can never be a name.
bool isKeyword(std::string_view word);

} // namespace cachetutor
