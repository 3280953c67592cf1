#pragma once

// UTF-8 helpers shared by the lexer, the parser and the Value model: CacheTutor
// keeps every str as UTF-8 and counts its length in code points, as Python does.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cachetutor::utf8 {

// Decodes the sequence starting at s[i] and moves i past it.
// REQUIRES: s is valid UTF-8 and i < s.size().
inline char32_t decode(std::string_view s, std::size_t &i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    char32_t cp = c & (0x3F >> extra);
    ++i;
    for (; extra > 0 && i < s.size(); --extra, ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    return cp;
}

inline void append(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

inline std::string encode(char32_t cp)
{
    std::string out;
    append(out, cp);
    return out;
}

inline bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Python's len() of a str.
inline std::int64_t countCodePoints(std::string_view s)
{
    std::int64_t n = 0;
    for (const char c : s)
        if (!isContinuationByte(c))
            ++n;
    return n;
}

// Python's str.isprintable() for one code point: what repr() shows as is
// rather than escaping (from the Unicode categories QtCore knows).
bool isPrintable(char32_t cp);

} // namespace cachetutor::utf8
