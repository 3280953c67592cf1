#include "diagnostic.h"

#include <string_view>

namespace cachetutor {

namespace {

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The source line and the caret under the column, laid out as CPython's
// print_error_text() does: four spaces of margin, leading whitespace removed
// (the caret moves with it), the caret clipped to the end of the line and left
// out when it would point left of the text.
std::string sourceExcerpt(std::string_view text, int column)
{
    int offset = column - 1; // 0-based, in code points
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\f')) {
        text.remove_prefix(1);
        --offset;
    }
    int length = 0;
    for (char c : text) {
        if (!isContinuationByte(c))
            ++length;
    }
    if (offset > length)
        offset = length;

    std::string out = "    ";
    out += text;
    if (offset >= 0) {
        out += "\n    ";
        out.append(static_cast<std::size_t>(offset), ' ');
        out += '^';
    }
    return out;
}

} // namespace

std::string Diagnostic::kindName() const
{
    switch (kind) {
    case Kind::SyntaxError:
        return "SyntaxError";
    case Kind::IndentationError:
        return "IndentationError";
    case Kind::TabError:
        return "TabError";
    case Kind::Unsupported:
        return "Unsupported";
    }
    return "SyntaxError";
}

std::string Diagnostic::format() const
{
    if (kind == Kind::Unsupported) {
        return fileName + ':' + std::to_string(line) + ':' + std::to_string(column)
               + ": not supported in CacheTutor: " + message + '\n' + sourceExcerpt(lineText, column);
    }
    return "  File \"" + fileName + "\", line " + std::to_string(line) + '\n' + sourceExcerpt(lineText, column) + '\n'
           + kindName() + ": " + message;
}

} // namespace cachetutor
