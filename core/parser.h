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

// REQUIRES: nothing; any bytes are accepted (invalid UTF-8 is a SyntaxError).
ParseResult parseScript(std::string_view source, const std::string &fileName);

} // namespace cachetutor
