#pragma once

// Parser: turns a script's source text into an ast::Program, or explains why not.
//
// It accepts the Python subset described in README.md ("The script language")
// and rejects, before anything runs, both invalid Python (a SyntaxError in
// Python's words) and valid Python outside the subset (an Unsupported
// diagnostic naming the construct). Imports other than `import time` and
// `from django.core.cache import cache` are rejected here, so a script is
// sealed before it starts.

#include "ast.h"
#include "diagnostic.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace cachetutor {

struct ParseResult {
    std::unique_ptr<ast::Program> program; // set on success
    Diagnostic diagnostic;                 // meaningful when program is null
    bool ok() const { return program != nullptr; }
};

// What one parseScript() call cost, so that tests can hold the parser's work
// linear in the script's size without timing it. A backtrack is a grammar
// failure caught to try something else: a C++ throw, the costly part.
struct ParseStats {
    std::int64_t speculations = 0;  // look-aheads tried, both passes
    std::int64_t backtracks = 0;    // caught grammar failures, both passes
    std::int64_t unwoundLevels = 0; // nesting levels those failures unwound
    bool explanationAbandoned = false; // the second pass ran out of budget: "invalid syntax" stands
};

// REQUIRES: nothing; any bytes are accepted (invalid UTF-8 is a SyntaxError).
// `stats`, when given, receives the call's work counters.
ParseResult parseScript(std::string_view source, const std::string &fileName, ParseStats *stats = nullptr);

} // namespace cachetutor
