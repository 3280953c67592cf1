#include "scriptoptions.h"

#include <charconv>
#include <cmath>

namespace cachetutor {

namespace {

// The text of a value as an error message quotes it.
std::string quoted(std::string_view text)
{
    return '\'' + std::string(text) + '\'';
}

std::optional<std::string> parseInteger(std::string_view text, std::int64_t &out)
{
    // Python's int() takes a leading '+'; from_chars does not.
    std::string_view digits = text.starts_with('+') && text.size() > 1 && text[1] != '-' ? text.substr(1) : text;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    if (ec == std::errc::result_out_of_range)
        return "integer out of range: " + quoted(text);
    if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty())
        return "expected an integer, got " + quoted(text);
    return std::nullopt;
}

std::optional<std::string> parseTimeout(std::string_view text, std::optional<double> &out)
{
    if (text == "None" || text == "none") {
        out = std::nullopt;
        return std::nullopt;
    }
    std::string_view digits = text.starts_with('+') && text.size() > 1 && text[1] != '-' ? text.substr(1) : text;
    double seconds = 0.0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), seconds);
    if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty() || !std::isfinite(seconds))
        return "expected a number of seconds or None, got " + quoted(text);
    // BaseCache.__init__ runs int() on TIMEOUT: 2.5 means 2, -0.5 means 0.
    out = std::trunc(seconds) + 0.0; // + 0.0 turns -0.0 into 0.0
    return std::nullopt;
}

struct OptionSpec {
    std::string_view name;
    std::string_view valueName;
    std::string_view help;
    // Sets the option from its value, or returns why it cannot.
    std::optional<std::string> (*apply)(ScriptOptions &options, std::string_view value);
};

std::optional<std::string> applyInteger(std::optional<std::int64_t> &field, std::string_view value)
{
    std::int64_t n = 0;
    if (auto error = parseInteger(value, n))
        return error;
    field = n;
    return std::nullopt;
}

std::string formatChoices()
{
    std::string choices;
    const auto &names = TraceFormatter::formatNames();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            choices += i + 1 == names.size() ? " or " : ", ";
        choices += names[i];
    }
    return choices;
}

const OptionSpec kOptions[] = {
    {"--max-entries", "N", "MAX_ENTRIES: culling starts when the cache holds N entries (default 300)",
     [](ScriptOptions &o, std::string_view v) { return applyInteger(o.maxEntries, v); }},
    {"--cull-frequency", "N", "CULL_FREQUENCY: culling removes 1/N of the entries, 0 all (default 3)",
     [](ScriptOptions &o, std::string_view v) { return applyInteger(o.cullFrequency, v); }},
    {"--key-prefix", "P", "KEY_PREFIX: the prefix of every internal key (default empty)",
     [](ScriptOptions &o, std::string_view v) -> std::optional<std::string> {
         o.keyPrefix = std::string(v);
         return std::nullopt;
     }},
    {"--version", "N", "VERSION: the default cache key version (default 1)",
     [](ScriptOptions &o, std::string_view v) { return applyInteger(o.version, v); }},
    {"--timeout", "S", "TIMEOUT: default timeout in seconds, truncated to an integer, or None (default 300)",
     [](ScriptOptions &o, std::string_view v) -> std::optional<std::string> {
         std::optional<double> timeout;
         if (auto error = parseTimeout(v, timeout))
             return error;
         o.timeout = timeout;
         return std::nullopt;
     }},
    {"--max-steps", "N", "stop the trace after N steps (default 1000000)",
     [](ScriptOptions &o, std::string_view v) -> std::optional<std::string> {
         std::int64_t n = 0;
         if (auto error = parseInteger(v, n))
             return error;
         if (n < 1)
             return "must be at least 1, got " + quoted(v);
         o.maxSteps = n;
         return std::nullopt;
     }},
    {"--format", "F", "output format, default table: ",
     [](ScriptOptions &o, std::string_view v) -> std::optional<std::string> {
         const auto format = TraceFormatter::formatFromName(v);
         if (!format)
             return "unknown format " + quoted(v) + " (choose " + formatChoices() + ")";
         o.format = *format;
         return std::nullopt;
     }},
};

const OptionSpec *findOption(std::string_view name)
{
    for (const OptionSpec &spec : kOptions)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

// Splits the words of a `# cachetutor:` comment like a shell would, without
// escapes: blanks separate words, quotes group them and may give ''.
std::optional<std::string> splitWords(std::string_view text, std::vector<std::string> &words)
{
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == '\t') {
            ++i;
            continue;
        }
        std::string word;
        while (i < text.size() && text[i] != ' ' && text[i] != '\t') {
            const char c = text[i++];
            if (c != '\'' && c != '"') {
                word += c;
                continue;
            }
            const std::size_t close = text.find(c, i);
            if (close == std::string_view::npos)
                return std::string("unterminated quote ") + c;
            word.append(text.substr(i, close - i));
            i = close + 1;
        }
        words.push_back(std::move(word));
    }
    return std::nullopt;
}

} // namespace

std::string OptionError::text() const
{
    std::string text;
    if (!where.empty())
        text = where + ": ";
    if (!option.empty())
        text += option + ": ";
    return text + message;
}

std::optional<OptionError> ScriptOptions::parseArguments(const std::vector<std::string> &words,
                                                         std::vector<std::string> *operands)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string &word = words[i];
        if (!word.starts_with("--")) {
            if (!operands)
                return OptionError{word, "unexpected argument, options start with --", {}};
            operands->push_back(word);
            continue;
        }
        const std::size_t equals = word.find('=');
        const std::string_view name = std::string_view(word).substr(0, equals);
        const OptionSpec *spec = findOption(name);
        if (!spec)
            return OptionError{std::string(name), "unknown option", {}};
        std::string_view value;
        if (equals != std::string::npos) {
            value = std::string_view(word).substr(equals + 1);
        } else if (i + 1 < words.size()) {
            value = words[++i];
        } else {
            return OptionError{std::string(name), "missing value " + std::string(spec->valueName), {}};
        }
        if (auto message = spec->apply(*this, value))
            return OptionError{std::string(name), std::move(*message), {}};
    }
    return std::nullopt;
}

std::optional<OptionError> ScriptOptions::parseScriptComment(std::string_view source, std::string_view fileName)
{
    static constexpr std::string_view kBom = "\xEF\xBB\xBF";
    static constexpr std::string_view kMarker = "cachetutor:";
    if (source.starts_with(kBom))
        source.remove_prefix(kBom.size());

    int lineNumber = 0;
    while (!source.empty()) {
        const std::size_t newline = source.find('\n');
        std::string_view line = source.substr(0, newline);
        source = newline == std::string_view::npos ? std::string_view() : source.substr(newline + 1);
        ++lineNumber;
        if (line.ends_with('\r'))
            line.remove_suffix(1);

        const std::size_t first = line.find_first_not_of(" \t\f");
        if (first == std::string_view::npos)
            continue;
        if (line[first] != '#')
            break; // the first statement: options after it would be a surprise
        std::string_view comment = line.substr(first + 1);
        comment.remove_prefix(std::min(comment.find_first_not_of(" \t"), comment.size()));
        if (!comment.starts_with(kMarker))
            continue;

        const std::string where = std::string(fileName) + ':' + std::to_string(lineNumber);
        std::vector<std::string> words;
        if (auto message = splitWords(comment.substr(kMarker.size()), words))
            return OptionError{{}, std::move(*message), where};
        if (auto error = parseArguments(words)) {
            error->where = where;
            return error;
        }
    }
    return std::nullopt;
}

void ScriptOptions::overrideWith(const ScriptOptions &other)
{
    auto take = [](auto &mine, const auto &theirs) {
        if (theirs)
            mine = theirs;
    };
    take(maxEntries, other.maxEntries);
    take(cullFrequency, other.cullFrequency);
    take(keyPrefix, other.keyPrefix);
    take(version, other.version);
    take(timeout, other.timeout);
    take(maxSteps, other.maxSteps);
    take(format, other.format);
}

RunOptions ScriptOptions::toRunOptions(RunOptions base) const
{
    if (maxEntries)
        base.cache.maxEntries = *maxEntries;
    if (cullFrequency)
        base.cache.cullFrequency = *cullFrequency;
    if (keyPrefix)
        base.cache.keyPrefix = *keyPrefix;
    if (version)
        base.cache.version = *version;
    if (timeout)
        base.cache.timeout = *timeout;
    if (maxSteps)
        base.maxSteps = *maxSteps;
    return base;
}

std::string ScriptOptions::helpText()
{
    std::string text;
    for (const OptionSpec &spec : kOptions) {
        std::string left = "  " + std::string(spec.name) + ' ' + std::string(spec.valueName);
        left.resize(std::max<std::size_t>(left.size() + 2, 24), ' ');
        text += left + std::string(spec.help);
        if (spec.name == "--format")
            text += formatChoices();
        text += '\n';
    }
    return text;
}

} // namespace cachetutor
