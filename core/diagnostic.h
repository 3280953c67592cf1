#pragma once

// Diagnostic: why a script cannot run at all, as a value.
//
// The parser returns one instead of a tree for a syntax error or for Python
// that CacheTutor does not support. It carries the position and the offending
// source line so every front end can show the caret.

#include <string>

namespace cachetutor {

struct Diagnostic {
    enum class Kind {
        SyntaxError,       // Python would reject it too
        IndentationError,  // a SyntaxError subclass in Python, named as Python names it
        TabError,
        Unsupported,       // valid Python outside CacheTutor's subset
    };

    Kind kind = Kind::SyntaxError;
    std::string fileName;
    int line = 0;          // 1-based
    int column = 0;        // 1-based, in code points
    std::string message;   // 'invalid syntax', "'(' was never closed", or the construct ('class definitions')
    std::string lineText;  // the source line, without its newline

    // 'SyntaxError', 'IndentationError', 'TabError' or 'Unsupported'.
    std::string kindName() const;

    // What a user sees. For Python's errors, Python's own layout:
    //   File "lesson.py", line 2
    //     cache.set('a'
    //              ^
    //   SyntaxError: '(' was never closed
    // For an unsupported construct:
    //   lesson.py:3:1: not supported in CacheTutor: class definitions
    //       class Foo:
    //       ^
    std::string format() const;
};

} // namespace cachetutor
