#pragma once

// ScriptOptions: the run options a user may give a script, from the script's
// own first lines and from the command line.
//
// A script can carry its cache settings with it, in a comment among the
// comment and blank lines before its first statement:
//
//     # cachetutor: --max-entries 3 --cull-frequency 2
//
// The command line takes the same options and wins over the comment
// (`overrideWith`). Every field is optional: unset means "not given", so the
// two sources merge field by field and whatever nobody gave keeps the
// RunOptions / CacheConfig default (Django's defaults).
//
// Parsing never throws: a bad value or an unknown option comes back as an
// OptionError that names the option and, for the comment, the line.

#include "interpreter.h"
#include "traceformatter.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cachetutor {

struct OptionError {
    std::string option;   // '--max-entries', or the word that is not an option
    std::string message;  // "expected an integer, got 'abc'"
    std::string where;    // 'lesson.py:1' for the script comment, empty for the command line

    // "lesson.py:1: --max-entries: expected an integer, got 'abc'"
    std::string text() const;
};

class ScriptOptions
{
public:
    std::optional<std::int64_t> maxEntries;    // --max-entries N      OPTIONS['MAX_ENTRIES']
    std::optional<std::int64_t> cullFrequency; // --cull-frequency N   OPTIONS['CULL_FREQUENCY']
    std::optional<std::string> keyPrefix;      // --key-prefix P       KEY_PREFIX
    std::optional<std::int64_t> version;       // --version N          VERSION
    // --timeout S: the outer optional says whether it was given, the inner
    // one is CacheConfig::timeout (nullopt is `None`, never expire). A number
    // is already truncated as Django's int(TIMEOUT) does, so 2.5 is 2.
    std::optional<std::optional<double>> timeout;
    std::optional<std::int64_t> maxSteps;      // --max-steps N (at least 1)
    std::optional<TraceFormat> format;         // --format F

    // Reads `--name value` and `--name=value` words. Words that are not
    // options go to `operands` when it is given (the command line's script
    // name, `-` included) and are an error otherwise. Stops at the first
    // error; the options read before it stay set.
    std::optional<OptionError> parseArguments(const std::vector<std::string> &words,
                                              std::vector<std::string> *operands = nullptr);

    // Reads every `# cachetutor:` comment before the script's first statement,
    // in order (a later line wins). The words after the colon are split at
    // blanks; '...' and "..." quote a value with blanks or an empty one.
    std::optional<OptionError> parseScriptComment(std::string_view source, std::string_view fileName);

    // Takes every option `other` sets (the command line over the comment).
    void overrideWith(const ScriptOptions &other);

    // `base` with the options given here applied.
    RunOptions toRunOptions(RunOptions base = {}) const;

    // One line per option, for --help.
    static std::string helpText();
};

} // namespace cachetutor
