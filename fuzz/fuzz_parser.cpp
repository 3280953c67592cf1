// libFuzzer target: the lexer and the parser on arbitrary bytes.
//
// parseScript() accepts any bytes and must give either a program or a
// diagnostic with a position inside the script; it must never crash, hang or
// throw.

#include "parser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view source(reinterpret_cast<const char *>(data), size);
    const cachetutor::ParseResult result = cachetutor::parseScript(source, "fuzz.py");
    if (!result.ok()) {
        // Errors are values with a position (line 0 only for whole-file errors).
        if (result.diagnostic.line < 0 || result.diagnostic.column < 0 || result.diagnostic.message.empty())
            std::abort();
    }
    return 0;
}
