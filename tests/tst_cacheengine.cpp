// Tests for CacheEngine against Django 3.2's LocMemCache.
//
// Every row of the data-driven tables below is a small script: its calls, one
// per line, run against a fresh engine, and each call's result (or exception),
// CacheKeyWarnings and live store afterwards are compared with what REAL
// Django printed for the same lines. To re-derive a row, put its lines in a
// file after
//     # cachetutor: <the row's config>
//     import time
//     from django.core.cache import cache
// (wrapping each call in `try: ... / except Exception: pass`) and run
//     /usr/bin/python3 tests/oracle/django_oracle.py file.py
// whose "output"/"error", "warnings" and "state" fields are the three columns.
//
// The lines use a small subset of Python read by LineReader below: literals,
// `'x' * n`, `a + b`, `lambda: literal`, `cache.method(args, name=value)`,
// `key in cache` and `time.sleep(n)`.

#include "cacheengine.h"
#include "cachehistory.h"
#include "operators.h"
#include "pyexception.h"
#include "utf8.h"
#include "value.h"

#include <QTest>

#include <cctype>
#include <charconv>
#include <limits>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

using namespace cachetutor;

namespace {

// `lambda: result` from a table line: a Python function that pickle refuses,
// returning `result` when get_or_set calls it.
class FakeLambda final : public OpaqueObject
{
public:
    FakeLambda(Value result, std::uint64_t address) : OpaqueObject(Kind::Function, address), m_result(std::move(result)) {}
    std::string reprString() const override { return "<function <lambda> at " + addressText() + ">"; }
    std::string typeNameString() const override { return "function"; }
    Value pickleCopy(const Value &) const override
    {
        // What pickle says about a lambda defined in __main__.
        raise(ExceptionKind::PicklingError,
              "Can't pickle " + reprString() + ": attribute lookup <lambda> on __main__ failed");
    }
    const Value &result() const { return m_result; }

private:
    Value m_result;
};

Value makeLambda(Value result)
{
    static std::uint64_t nextAddress = 0x7f0000001000;
    nextAddress += 0x90;
    return Value::object(Ref<Object>(new FakeLambda(std::move(result), nextAddress)));
}

// Reads one table line. Throws std::runtime_error on anything it does not know,
// which fails the test loudly rather than testing something else.
class LineReader
{
public:
    explicit LineReader(std::string_view text) : m_text(text) {}

    struct Call {
        enum class Kind { Method, Contains, Sleep } kind = Kind::Method;
        std::string method;
        std::vector<Value> args;
        std::vector<std::pair<std::string, Value>> kwargs;
    };

    Call statement()
    {
        Call call;
        if (acceptWord("time.sleep")) {
            call.kind = Call::Kind::Sleep;
            expect('(');
            call.args.push_back(expression());
            expect(')');
        } else if (acceptWord("cache.")) {
            call.method = identifier();
            expect('(');
            while (!accept(')')) {
                const std::size_t save = m_pos;
                const std::string name = identifier();
                if (!name.empty() && accept('=')) {
                    call.kwargs.emplace_back(name, expression());
                } else {
                    m_pos = save;
                    call.args.push_back(expression());
                }
                if (!accept(',')) {
                    expect(')');
                    break;
                }
            }
        } else {
            call.kind = Call::Kind::Contains;
            call.args.push_back(expression());
            if (!acceptWord("in") || !acceptWord("cache"))
                fail("expected `in cache`");
        }
        skipSpaces();
        if (m_pos != m_text.size())
            fail("trailing text");
        return call;
    }

private:
    [[noreturn]] void fail(const std::string &why) const
    {
        throw std::runtime_error(why + " at " + std::to_string(m_pos) + " in: " + std::string(m_text));
    }
    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text[m_pos] == ' ')
            ++m_pos;
    }
    bool accept(char c)
    {
        skipSpaces();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    void expect(char c)
    {
        if (!accept(c))
            fail(std::string("expected '") + c + "'");
    }
    bool acceptWord(std::string_view word)
    {
        skipSpaces();
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        const std::size_t end = m_pos + word.size();
        if (std::isalnum(static_cast<unsigned char>(word.back())) && end < m_text.size()
            && (std::isalnum(static_cast<unsigned char>(m_text[end])) || m_text[end] == '_'))
            return false;
        m_pos = end;
        return true;
    }
    std::string identifier()
    {
        skipSpaces();
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '_'))
            ++m_pos;
        return std::string(m_text.substr(start, m_pos - start));
    }

    Value expression()
    {
        Value sum = term();
        while (accept('+'))
            sum = binaryOp(ast::BinaryOperator::Add, sum, term());
        return sum;
    }

    Value term()
    {
        Value product = primary();
        while (accept('*'))
            product = binaryOp(ast::BinaryOperator::Mul, product, primary());
        return product;
    }

    std::vector<Value> items(char close, bool *trailingComma = nullptr)
    {
        std::vector<Value> result;
        while (!accept(close)) {
            result.push_back(expression());
            const bool comma = accept(',');
            if (trailingComma)
                *trailingComma = comma;
            if (!comma) {
                expect(close);
                break;
            }
        }
        return result;
    }

    Value primary()
    {
        skipSpaces();
        if (m_pos >= m_text.size())
            fail("unexpected end");
        const char c = m_text[m_pos];
        if (accept('(')) {
            bool trailingComma = false;
            std::vector<Value> values = items(')', &trailingComma);
            if (values.size() == 1 && !trailingComma)
                return values.front();
            return Value::tuple(std::move(values));
        }
        if (accept('['))
            return Value::list(items(']'));
        if (accept('{')) {
            if (accept('}'))
                return makeDict();
            Value first = expression();
            if (accept(':')) {
                std::vector<std::pair<Value, Value>> pairs;
                pairs.emplace_back(first, expression());
                while (accept(',')) {
                    if (accept('}'))
                        return makeDict(pairs);
                    Value key = expression();
                    expect(':');
                    pairs.emplace_back(key, expression());
                }
                expect('}');
                return makeDict(pairs);
            }
            std::vector<Value> values{first};
            while (accept(',') && !accept('}'))
                values.push_back(expression());
            return makeSet(values);
        }
        if (c == '\'' || c == '"')
            return Value::str(stringLiteral());
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.')
            return number();
        if (acceptWord("None"))
            return Value::none();
        if (acceptWord("True"))
            return Value::boolean(true);
        if (acceptWord("False"))
            return Value::boolean(false);
        if (acceptWord("lambda")) {
            expect(':');
            return makeLambda(expression());
        }
        fail("unknown expression");
    }

    Value number()
    {
        const std::size_t start = m_pos;
        if (m_text[m_pos] == '-')
            ++m_pos;
        bool isFloat = false;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '.' || c == 'e' || c == 'E') {
                isFloat = true;
            } else if ((c == '-' || c == '+') && (m_text[m_pos - 1] == 'e' || m_text[m_pos - 1] == 'E')) {
            } else if (!std::isdigit(static_cast<unsigned char>(c))) {
                break;
            }
            ++m_pos;
        }
        const std::string digits(m_text.substr(start, m_pos - start));
        if (isFloat)
            return Value::floating(std::stod(digits));
        return Value::integer(std::stoll(digits));
    }

    std::string stringLiteral()
    {
        const char quote = m_text[m_pos++];
        std::string out;
        while (m_pos < m_text.size() && m_text[m_pos] != quote) {
            char c = m_text[m_pos++];
            if (c != '\\') {
                out += c;
                continue;
            }
            c = m_text[m_pos++];
            switch (c) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'x':
            case 'u': {
                const int width = c == 'x' ? 2 : 4;
                std::uint32_t cp = 0;
                std::from_chars(m_text.data() + m_pos, m_text.data() + m_pos + width, cp, 16);
                m_pos += width;
                utf8::append(out, cp);
                break;
            }
            default: out += c; break; // \\ \' \"
            }
        }
        expect(quote);
        return out;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

CacheConfig parseConfig(const QByteArray &text)
{
    CacheConfig config;
    const QList<QByteArray> words = text.split(' ');
    for (qsizetype i = 0; i + 1 < words.size(); i += 2) {
        const QByteArray &name = words[i];
        const QByteArray &value = words[i + 1];
        if (name == "--max-entries")
            config.maxEntries = value.toLongLong();
        else if (name == "--cull-frequency")
            config.cullFrequency = value.toLongLong();
        else if (name == "--key-prefix")
            config.keyPrefix = value.toStdString();
        else if (name == "--version")
            config.version = value.toLongLong();
        else if (name == "--timeout")
            config.timeout = value == "None" ? std::nullopt : std::optional<double>(value.toDouble());
        else
            qFatal("unknown option %s", name.constData());
    }
    return config;
}

// The oracle's "state": live entries, least recently used first, named by
// the storing call's key object when it maps to the entry under the configured
// version, else by the made key.
std::string liveState(const CacheEngine &engine)
{
    std::string out = "{";
    for (const CacheEntry &e : engine.entries()) {
        if (e.isExpiredAt(engine.now()))
            continue;
        if (out.size() > 1)
            out += ", ";
        out += e.isDefaultVersion ? repr(e.userKey) : strRepr(e.madeKey);
        out += ": ";
        out += repr(e.value);
    }
    return out + "}";
}

// Runs one call of a table line: "result" is repr(output) or "!" + the exception.
std::string callEngine(CacheEngine &engine, const LineReader::Call &call)
{
    using Kind = LineReader::Call::Kind;
    if (call.kind == Kind::Contains)
        return repr(engine.contains(call.args[0]));

    static const std::map<std::string, std::vector<std::string>> parameters = {
        {"get", {"key", "default", "version"}},
        {"set", {"key", "value", "timeout", "version"}},
        {"add", {"key", "value", "timeout", "version"}},
        {"get_or_set", {"key", "default", "timeout", "version"}},
        {"get_many", {"keys", "version"}},
        {"set_many", {"data", "timeout", "version"}},
        {"delete", {"key", "version"}},
        {"delete_many", {"keys", "version"}},
        {"has_key", {"key", "version"}},
        {"incr", {"key", "delta", "version"}},
        {"decr", {"key", "delta", "version"}},
        {"touch", {"key", "timeout", "version"}},
        {"clear", {}},
        {"incr_version", {"key", "delta", "version"}},
        {"decr_version", {"key", "delta", "version"}},
        {"close", {}},
        {"make_key", {"key", "version"}},
    };
    const auto found = parameters.find(call.method);
    if (found == parameters.end())
        throw std::runtime_error("unknown method " + call.method);
    std::map<std::string, Value> bound;
    for (std::size_t i = 0; i < call.args.size(); ++i)
        bound[found->second.at(i)] = call.args[i];
    for (const auto &[name, value] : call.kwargs)
        bound[name] = value;
    auto arg = [&](const std::string &name, Value fallback = Value::none()) {
        const auto it = bound.find(name);
        return it == bound.end() ? fallback : it->second;
    };
    auto timeout = [&]() -> CacheEngine::Timeout {
        const auto it = bound.find("timeout");
        if (it == bound.end())
            return std::nullopt;
        return it->second;
    };
    const std::string &m = call.method;
    const Value one = Value::integer(1);
    Value result;
    if (m == "get")
        result = engine.get(arg("key"), arg("default"), arg("version"));
    else if (m == "set")
        result = engine.set(arg("key"), arg("value"), timeout(), arg("version"));
    else if (m == "add")
        result = engine.add(arg("key"), arg("value"), timeout(), arg("version"));
    else if (m == "get_or_set")
        result = engine.getOrSet(arg("key"), arg("default"), timeout(), arg("version"));
    else if (m == "get_many")
        result = engine.getMany(arg("keys"), arg("version"));
    else if (m == "set_many")
        result = engine.setMany(arg("data"), timeout(), arg("version"));
    else if (m == "delete")
        result = engine.deleteKey(arg("key"), arg("version"));
    else if (m == "delete_many")
        result = engine.deleteMany(arg("keys"), arg("version"));
    else if (m == "has_key")
        result = engine.hasKey(arg("key"), arg("version"));
    else if (m == "incr")
        result = engine.incr(arg("key"), arg("delta", one), arg("version"));
    else if (m == "decr")
        result = engine.decr(arg("key"), arg("delta", one), arg("version"));
    else if (m == "touch")
        result = engine.touch(arg("key"), timeout(), arg("version"));
    else if (m == "clear")
        result = engine.clear();
    else if (m == "incr_version")
        result = engine.incrVersion(arg("key"), arg("delta", one), arg("version"));
    else if (m == "decr_version")
        result = engine.decrVersion(arg("key"), arg("delta", one), arg("version"));
    else if (m == "close")
        result = engine.close();
    else if (m == "make_key")
        result = engine.makeKey(arg("key"), arg("version"));
    return repr(result);
}

// Runs a table line; empty for time.sleep, which is not a cache call.
std::string runLine(CacheEngine &engine, const std::string &line)
{
    LineReader::Call call;
    try {
        call = LineReader(line).statement();
    } catch (const std::runtime_error &e) {
        return std::string("<unreadable line: ") + e.what() + ">";
    }
    if (call.kind == LineReader::Call::Kind::Sleep) {
        engine.sleep(call.args[0].toDouble());
        return {};
    }
    try {
        return callEngine(engine, call);
    } catch (const PyException &e) {
        return "!" + e.object().formatted();
    }
}

void installLambdaCaller(CacheEngine &engine, int *calls = nullptr)
{
    engine.setCallFunction([calls](const Value &callable) {
        if (calls)
            ++*calls;
        return static_cast<const FakeLambda *>(callable.heap())->result();
    });
}

struct Step {
    std::string call;
    std::string expect; // repr of the result, or '!' + 'Type: message'
    std::string state;  // live entries after the call
    std::vector<std::string> warnings = {};
};
using Steps = std::vector<Step>;

std::string describe(const std::string &call, const std::string &result, const std::string &state,
                     const std::vector<std::string> &warnings)
{
    std::string out = call + "\n   -> " + result + "\n   state " + state;
    for (const std::string &w : warnings)
        out += "\n   warns " + w;
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Steps)

class TestCacheEngine : public QObject
{
    Q_OBJECT

private slots:
    // Data-driven, each row checked against real Django (see the file comment).
    void keys_data();
    void keys() { runSteps(); }
    void timeouts_data();
    void timeouts() { runSteps(); }
    void lru_data();
    void lru() { runSteps(); }
    void culling_data();
    void culling() { runSteps(); }
    void methods_data();
    void methods() { runSteps(); }

    void effects_data();
    void effects();
    void historyChanges_data();
    void historyChanges();

    void copiesBothWays();
    void callableDefaultOnlyOnMiss();
    void unpicklableValues();
    void defaultCulling();
    void entryFields();
    void incrOverflow();
    void makeKeyLeavesTheStoreAlone();
    void timeoutSettingCoercion();

private:
    static void addColumns()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<Steps>("steps");
    }

    static void runSteps()
    {
        QFETCH(QByteArray, config);
        QFETCH(Steps, steps);
        CacheEngine engine(parseConfig(config));
        installLambdaCaller(engine);
        for (const Step &step : steps) {
            const std::string result = runLine(engine, step.call);
            if (result.empty())
                continue; // time.sleep
            const CallEffects effects = engine.takeEffects();
            QCOMPARE(QString::fromStdString(describe(step.call, result, liveState(engine), effects.warnings)),
                     QString::fromStdString(describe(step.call, step.expect, step.state, step.warnings)));
        }
    }
};

// ---------------------------------------------------------------- tables: outputs printed by real Django

// Made keys, KEY_PREFIX and VERSION, CacheKeyWarnings (django-cache-semantics.md section 3).
void TestCacheEngine::keys_data()
{
    addColumns();
    QTest::newRow("default made key") << QByteArrayLiteral("") << Steps{
        {R"py(cache.make_key('greet'))py", R"py(':1:greet')py", R"py({})py"},
        {R"py(cache.make_key('greet', version=3))py", R"py(':3:greet')py", R"py({})py"},
        {R"py(cache.make_key(5))py", R"py(':1:5')py", R"py({})py"},
        {R"py(cache.make_key('a b'))py", R"py(':1:a b')py", R"py({})py"},
        {R"py(cache.set('greet', 'hi'))py", R"py(None)py", R"py({'greet': 'hi'})py"},
        {R"py(cache.get('greet'))py", R"py('hi')py", R"py({'greet': 'hi'})py"},
    };
    QTest::newRow("KEY_PREFIX and VERSION") << QByteArrayLiteral("--key-prefix site1 --version 3") << Steps{
        {R"py(cache.make_key('greet'))py", R"py('site1:3:greet')py", R"py({})py"},
        {R"py(cache.set('greet', 'hi'))py", R"py(None)py", R"py({'greet': 'hi'})py"},
        {R"py(cache.get('greet'))py", R"py('hi')py", R"py({'greet': 'hi'})py"},
        {R"py(cache.get('greet', version=3))py", R"py('hi')py", R"py({'greet': 'hi'})py"},
        {R"py(cache.get('greet', version=1))py", R"py(None)py", R"py({'greet': 'hi'})py"},
        {R"py(cache.set('greet', 'old', version=1))py", R"py(None)py", R"py({'greet': 'hi', 'site1:1:greet': 'old'})py"},
        {R"py(cache.incr('missing'))py", R"py(!ValueError: Key 'site1:3:missing' not found)py", R"py({'greet': 'hi', 'site1:1:greet': 'old'})py"},
        {R"py(cache.incr_version('missing'))py", R"py(!ValueError: Key 'missing' not found)py", R"py({'greet': 'hi', 'site1:1:greet': 'old'})py"},
    };
    QTest::newRow("5 and \"5\" are one entry") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set(5, 'x'))py", R"py(None)py", R"py({5: 'x'})py"},
        {R"py(cache.get('5'))py", R"py('x')py", R"py({5: 'x'})py"},
        {R"py(cache.set('5', 'y'))py", R"py(None)py", R"py({'5': 'y'})py"},
        {R"py(cache.get(5))py", R"py('y')py", R"py({'5': 'y'})py"},
        {R"py(cache.has_key(5))py", R"py(True)py", R"py({'5': 'y'})py"},
        {R"py(cache.delete('5'))py", R"py(True)py", R"py({})py"},
        {R"py(cache.get(5))py", R"py(None)py", R"py({})py"},
    };
    QTest::newRow("the last storing call names the entry") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set(5, 1))py", R"py(None)py", R"py({5: 1})py"},
        {R"py(cache.incr('5'))py", R"py(2)py", R"py({'5': 2})py"},
        {R"py(cache.get(5))py", R"py(2)py", R"py({'5': 2})py"},
        {R"py(cache.touch(5))py", R"py(True)py", R"py({'5': 2})py"},
        {R"py(cache.add(5, 2))py", R"py(False)py", R"py({'5': 2})py"},
        {R"py(cache.set(5, 3))py", R"py(None)py", R"py({5: 3})py"},
        {R"py(cache.decr('5', version=1))py", R"py(2)py", R"py({'5': 2})py"},
        {R"py(cache.get_or_set(5, 0))py", R"py(2)py", R"py({'5': 2})py"},
    };
    QTest::newRow("version selects the entry") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('k', 1, version=2))py", R"py(None)py", R"py({':2:k': 1})py"},
        {R"py(cache.get('k'))py", R"py(None)py", R"py({':2:k': 1})py"},
        {R"py(cache.get('k', version=2))py", R"py(1)py", R"py({':2:k': 1})py"},
        {R"py(cache.set('k', 0))py", R"py(None)py", R"py({':2:k': 1, 'k': 0})py"},
        {R"py(cache.get('k', version='1'))py", R"py(0)py", R"py({':2:k': 1, 'k': 0})py"},
        {R"py(cache.set('k', 5, version='1'))py", R"py(None)py", R"py({':2:k': 1, 'k': 5})py"},
        {R"py(cache.set('k', 6, version=True))py", R"py(None)py", R"py({':2:k': 1, 'k': 5, ':True:k': 6})py"},
        {R"py(cache.set('k', 7, version=1.0))py", R"py(None)py", R"py({':2:k': 1, 'k': 5, ':True:k': 6, ':1.0:k': 7})py"},
        {R"py(cache.get('k', version=None))py", R"py(5)py", R"py({':2:k': 1, ':True:k': 6, ':1.0:k': 7, 'k': 5})py"},
        {R"py(cache.delete('k', version=2))py", R"py(True)py", R"py({':True:k': 6, ':1.0:k': 7, 'k': 5})py"},
    };
    QTest::newRow("any object is a key") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set((1, 2), 'tuple'))py", R"py(None)py", R"py({(1, 2): 'tuple'})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:(1, 2)')py"}},
        {R"py(cache.get((1, 2)))py", R"py('tuple')py", R"py({(1, 2): 'tuple'})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:(1, 2)')py"}},
        {R"py(cache.get('(1, 2)'))py", R"py('tuple')py", R"py({(1, 2): 'tuple'})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:(1, 2)')py"}},
        {R"py(cache.set(None, 'none'))py", R"py(None)py", R"py({(1, 2): 'tuple', None: 'none'})py"},
        {R"py(cache.get('None'))py", R"py('none')py", R"py({(1, 2): 'tuple', None: 'none'})py"},
        {R"py(cache.set(1.0, 'float'))py", R"py(None)py", R"py({(1, 2): 'tuple', None: 'none', 1.0: 'float'})py"},
        {R"py(cache.get(1))py", R"py(None)py", R"py({(1, 2): 'tuple', None: 'none', 1.0: 'float'})py"},
        {R"py(cache.set(True, 'bool'))py", R"py(None)py", R"py({(1, 2): 'tuple', None: 'none', 1.0: 'float', True: 'bool'})py"},
        {R"py(cache.get('True'))py", R"py('bool')py", R"py({(1, 2): 'tuple', None: 'none', 1.0: 'float', True: 'bool'})py"},
        {R"py(cache.set([1], 'list'))py", R"py(None)py", R"py({(1, 2): 'tuple', None: 'none', 1.0: 'float', True: 'bool', [1]: 'list'})py"},
        {R"py(cache.get([1]))py", R"py('list')py", R"py({(1, 2): 'tuple', None: 'none', 1.0: 'float', True: 'bool', [1]: 'list'})py"},
        {R"py(cache.set({'a': 1}, 'dict'))py", R"py(None)py", R"py({(1, 2): 'tuple', None: 'none', 1.0: 'float', True: 'bool', [1]: 'list', {'a': 1}: 'dict'})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ":1:{'a': 1}")py"}},
        {R"py(cache.get("{'a': 1}"))py", R"py('dict')py", R"py({(1, 2): 'tuple', None: 'none', 1.0: 'float', True: 'bool', [1]: 'list', {'a': 1}: 'dict'})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ":1:{'a': 1}")py"}},
    };
    QTest::newRow("warning: whitespace and control characters") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a b', 1))py", R"py(None)py", R"py({'a b': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a b')py"}},
        {R"py(cache.get('a b'))py", R"py(1)py", R"py({'a b': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a b')py"}},
        {R"py('a b' in cache)py", R"py(True)py", R"py({'a b': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a b')py"}},
        {R"py(cache.has_key('tab\there'))py", R"py(False)py", R"py({'a b': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:tab\there')py"}},
        {R"py(cache.delete('new\nline'))py", R"py(False)py", R"py({'a b': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:new\nline')py"}},
        {R"py(cache.add('del\x7f', 1))py", R"py(True)py", R"py({'a b': 1, 'del\x7f': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:del\x7f')py"}},
        {R"py(cache.touch('unit\x1fsep'))py", R"py(False)py", R"py({'a b': 1, 'del\x7f': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:unit\x1fsep')py"}},
        {R"py(cache.incr('a b'))py", R"py(2)py", R"py({'del\x7f': 1, 'a b': 2})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a b')py"}},
        {R"py(cache.decr('a b'))py", R"py(1)py", R"py({'del\x7f': 1, 'a b': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a b')py"}},
        {R"py(cache.get('tilde~ok'))py", R"py(None)py", R"py({'del\x7f': 1, 'a b': 1})py"},
        {R"py(cache.get('café'))py", R"py(None)py", R"py({'del\x7f': 1, 'a b': 1})py"},
        {R"py(cache.get('a  b\tc'))py", R"py(None)py", R"py({'del\x7f': 1, 'a b': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a  b\tc')py"}},
        {R"py(cache.get_or_set('x y', 1))py", R"py(1)py", R"py({'del\x7f': 1, 'a b': 1, 'x y': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:x y')py", R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:x y')py", R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:x y')py"}},
    };
    QTest::newRow("warning: made key longer than 250") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('x' * 247, 1))py", R"py(None)py", R"py({'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1})py"},
        {R"py(cache.set('y' * 248, 2))py", R"py(None)py", R"py({'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1, 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy': 2})py", {R"py(CacheKeyWarning: Cache key will cause errors if used with memcached: ':1:yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' (longer than 250))py"}},
        {R"py(cache.get('é' * 248))py", R"py(None)py", R"py({'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1, 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy': 2})py", {R"py(CacheKeyWarning: Cache key will cause errors if used with memcached: ':1:éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé' (longer than 250))py"}},
        {R"py(cache.get('é' * 247))py", R"py(None)py", R"py({'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1, 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy': 2})py"},
        {R"py(cache.get('x y' + 'z' * 250))py", R"py(None)py", R"py({'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1, 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy': 2})py", {R"py(CacheKeyWarning: Cache key will cause errors if used with memcached: ':1:x yzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' (longer than 250))py", R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:x yzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz')py"}},
    };
    QTest::newRow("warning: prefix counts") << QByteArrayLiteral("--key-prefix site1 --version 12") << Steps{
        {R"py(cache.get('x' * 240))py", R"py(None)py", R"py({})py"},
        {R"py(cache.get('x' * 241))py", R"py(None)py", R"py({})py"},
    };
    QTest::newRow("warnings repeat on every internal call") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a b', 1))py", R"py(None)py", R"py({'a b': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a b')py"}},
        {R"py(cache.incr_version('a b'))py", R"py(2)py", R"py({':2:a b': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a b')py", R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':2:a b')py", R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a b')py"}},
        {R"py(cache.get_many(['a b', 'c d']))py", R"py({})py", R"py({':2:a b': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a b')py", R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:c d')py"}},
        {R"py(cache.set_many({'a b': 1, 'c d': 2}))py", R"py([])py", R"py({':2:a b': 1, 'a b': 1, 'c d': 2})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a b')py", R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:c d')py"}},
        {R"py(cache.delete_many(['a b', 'c d']))py", R"py(None)py", R"py({':2:a b': 1})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:a b')py", R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:c d')py"}},
        {R"py(cache.get_or_set('e f', 3))py", R"py(3)py", R"py({':2:a b': 1, 'e f': 3})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:e f')py", R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:e f')py", R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:e f')py"}},
        {R"py(cache.get_or_set('e f', 3))py", R"py(3)py", R"py({':2:a b': 1, 'e f': 3})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:e f')py"}},
    };
}

// Timeouts, expiry at exactly t + timeout, lazy expiry, touch (section 4).
void TestCacheEngine::timeouts_data()
{
    addColumns();
    QTest::newRow("default TIMEOUT 300: gone at exactly 300") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(time.sleep(299.5))py", "", ""},
        {R"py(cache.get('a'))py", R"py(1)py", R"py({'a': 1})py"},
        {R"py(time.sleep(0.5))py", "", ""},
        {R"py(cache.get('a'))py", R"py(None)py", R"py({})py"},
    };
    QTest::newRow("timeout=10: alive at 9, gone at exactly 10") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1, timeout=10))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2, 10))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(time.sleep(9))py", "", ""},
        {R"py(cache.get('a'))py", R"py(1)py", R"py({'b': 2, 'a': 1})py"},
        {R"py(time.sleep(1))py", "", ""},
        {R"py(cache.get('a'))py", R"py(None)py", R"py({})py"},
        {R"py(cache.has_key('b'))py", R"py(False)py", R"py({})py"},
    };
    QTest::newRow("timeout 0, 0.0, False: stored but dead") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1, 0))py", R"py(None)py", R"py({})py"},
        {R"py(cache.get('a'))py", R"py(None)py", R"py({})py"},
        {R"py(cache.set('b', 1, timeout=0.0))py", R"py(None)py", R"py({})py"},
        {R"py(cache.set('c', 1, timeout=False))py", R"py(None)py", R"py({})py"},
        {R"py(cache.delete('b'))py", R"py(True)py", R"py({})py"},
        {R"py(cache.has_key('c'))py", R"py(False)py", R"py({})py"},
        {R"py(cache.add('d', 1, 0))py", R"py(True)py", R"py({})py"},
        {R"py(cache.add('d', 2, 0))py", R"py(True)py", R"py({})py"},
        {R"py(cache.get('d'))py", R"py(None)py", R"py({})py"},
    };
    QTest::newRow("negative and fractional timeouts") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('neg', 1, -5))py", R"py(None)py", R"py({})py"},
        {R"py(cache.has_key('neg'))py", R"py(False)py", R"py({})py"},
        {R"py(cache.set('half', 1, 0.5))py", R"py(None)py", R"py({'half': 1})py"},
        {R"py(cache.set('true', 1, True))py", R"py(None)py", R"py({'half': 1, 'true': 1})py"},
        {R"py(time.sleep(0.25))py", "", ""},
        {R"py(cache.get('half'))py", R"py(1)py", R"py({'true': 1, 'half': 1})py"},
        {R"py(time.sleep(0.25))py", "", ""},
        {R"py(cache.get('half'))py", R"py(None)py", R"py({'true': 1})py"},
        {R"py(cache.get('true'))py", R"py(1)py", R"py({'true': 1})py"},
        {R"py(time.sleep(0.5))py", "", ""},
        {R"py(cache.get('true'))py", R"py(None)py", R"py({})py"},
    };
    QTest::newRow("timeout None never expires") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1, None))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(time.sleep(1000000000))py", "", ""},
        {R"py(cache.get('a'))py", R"py(1)py", R"py({'a': 1})py"},
    };
    QTest::newRow("TIMEOUT None setting") << QByteArrayLiteral("--timeout None") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(time.sleep(1000000))py", "", ""},
        {R"py(cache.get('a'))py", R"py(1)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 1, 5))py", R"py(None)py", R"py({'a': 1, 'b': 1})py"},
        {R"py(time.sleep(5))py", "", ""},
        {R"py(cache.get('b'))py", R"py(None)py", R"py({'a': 1})py"},
    };
    QTest::newRow("TIMEOUT 0 setting") << QByteArrayLiteral("--timeout 0") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({})py"},
        {R"py(cache.get('a'))py", R"py(None)py", R"py({})py"},
        {R"py(cache.add('b', 1))py", R"py(True)py", R"py({})py"},
        {R"py(cache.delete('b'))py", R"py(True)py", R"py({})py"},
    };
    QTest::newRow("TIMEOUT setting is int()ed") << QByteArrayLiteral("--timeout 2.9") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(time.sleep(1.5))py", "", ""},
        {R"py(cache.get('a'))py", R"py(1)py", R"py({'a': 1})py"},
        {R"py(time.sleep(0.5))py", "", ""},
        {R"py(cache.get('a'))py", R"py(None)py", R"py({})py"},
    };
    QTest::newRow("bad timeout raises after storing") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1, 'abc'))py", R"py(!TypeError: unsupported operand type(s) for +: 'float' and 'str')py", R"py({})py"},
        {R"py(cache.get('a'))py", R"py(None)py", R"py({})py"},
        {R"py(cache.set('a', 1, 'abc'))py", R"py(!TypeError: unsupported operand type(s) for +: 'float' and 'str')py", R"py({})py"},
        {R"py(cache.delete('a'))py", R"py(False)py", R"py({})py"},
        {R"py(cache.set('b', 1))py", R"py(None)py", R"py({'b': 1})py"},
        {R"py(cache.set('b', 2, 'abc'))py", R"py(!TypeError: unsupported operand type(s) for +: 'float' and 'str')py", R"py({'b': 2})py"},
        {R"py(cache.get('b'))py", R"py(2)py", R"py({'b': 2})py"},
        {R"py(cache.set('c', 1, [1]))py", R"py(!TypeError: unsupported operand type(s) for +: 'float' and 'list')py", R"py({'b': 2})py"},
        {R"py(cache.add('d', 1, 'x'))py", R"py(!TypeError: unsupported operand type(s) for +: 'float' and 'str')py", R"py({'b': 2})py"},
        {R"py(cache.add('d', 2))py", R"py(True)py", R"py({'b': 2, 'd': 2})py"},
        {R"py(cache.touch('b', 'abc'))py", R"py(!TypeError: unsupported operand type(s) for +: 'float' and 'str')py", R"py({'b': 2, 'd': 2})py"},
        {R"py(cache.touch('zz', 'abc'))py", R"py(False)py", R"py({'b': 2, 'd': 2})py"},
        {R"py(cache.set_many({'e': 1, 'f': 2}, 'x'))py", R"py(!TypeError: unsupported operand type(s) for +: 'float' and 'str')py", R"py({'b': 2, 'd': 2})py"},
        {R"py(cache.get_or_set('g', 5, 'x'))py", R"py(!TypeError: unsupported operand type(s) for +: 'float' and 'str')py", R"py({'b': 2, 'd': 2})py"},
        {R"py(cache.set('h', 1, ()))py", R"py(!TypeError: unsupported operand type(s) for +: 'float' and 'tuple')py", R"py({'b': 2, 'd': 2})py"},
    };
    QTest::newRow("bad timeout entry makes culling raise KeyError") << QByteArrayLiteral("--max-entries 2 --cull-frequency 1") << Steps{
        {R"py(cache.set('a', 1, 'x'))py", R"py(!TypeError: unsupported operand type(s) for +: 'float' and 'str')py", R"py({})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'b': 2})py"},
        {R"py(cache.set('c', 3))py", R"py(!KeyError: ':1:a')py", R"py({'b': 2})py"},
        {R"py(cache.set('c', 3))py", R"py(None)py", R"py({'b': 2, 'c': 3})py"},
        {R"py(cache.set('d', 4, 'x'))py", R"py(!TypeError: unsupported operand type(s) for +: 'float' and 'str')py", R"py({})py"},
        {R"py(cache.set('e', 5))py", R"py(None)py", R"py({'e': 5})py"},
        {R"py(cache.get('c'))py", R"py(None)py", R"py({'e': 5})py"},
    };
    QTest::newRow("touch") << QByteArrayLiteral("") << Steps{
        {R"py(cache.touch('a'))py", R"py(False)py", R"py({})py"},
        {R"py(cache.set('a', 1, 10))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2, 10))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(time.sleep(5))py", "", ""},
        {R"py(cache.touch('a', 10))py", R"py(True)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(time.sleep(9))py", "", ""},
        {R"py(cache.get('a'))py", R"py(1)py", R"py({'a': 1})py"},
        {R"py(cache.get('b'))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(time.sleep(1))py", "", ""},
        {R"py(cache.get('a'))py", R"py(None)py", R"py({})py"},
        {R"py(cache.set('n', 1, 1))py", R"py(None)py", R"py({'n': 1})py"},
        {R"py(cache.touch('n', None))py", R"py(True)py", R"py({'n': 1})py"},
        {R"py(time.sleep(100000))py", "", ""},
        {R"py(cache.get('n'))py", R"py(1)py", R"py({'n': 1})py"},
        {R"py(cache.touch('n', 0))py", R"py(True)py", R"py({})py"},
        {R"py(cache.get('n'))py", R"py(None)py", R"py({})py"},
        {R"py(cache.set('d', 1))py", R"py(None)py", R"py({'d': 1})py"},
        {R"py(cache.touch('d'))py", R"py(True)py", R"py({'d': 1})py"},
        {R"py(time.sleep(300))py", "", ""},
        {R"py(cache.get('d'))py", R"py(None)py", R"py({})py"},
    };
    QTest::newRow("touch on an expired entry leaves it") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1, 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(time.sleep(1))py", "", ""},
        {R"py(cache.touch('a', 100))py", R"py(False)py", R"py({})py"},
        {R"py(cache.delete('a'))py", R"py(True)py", R"py({})py"},
        {R"py(cache.delete('a'))py", R"py(False)py", R"py({})py"},
    };
}

// What moves an entry to most recently used, and what does not (section 5).
void TestCacheEngine::lru_data()
{
    addColumns();
    QTest::newRow("get moves to front; has_key, in, touch do not") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.set('c', 3))py", R"py(None)py", R"py({'a': 1, 'b': 2, 'c': 3})py"},
        {R"py(cache.get('a'))py", R"py(1)py", R"py({'b': 2, 'c': 3, 'a': 1})py"},
        {R"py(cache.has_key('b'))py", R"py(True)py", R"py({'b': 2, 'c': 3, 'a': 1})py"},
        {R"py('b' in cache)py", R"py(True)py", R"py({'b': 2, 'c': 3, 'a': 1})py"},
        {R"py(cache.touch('b'))py", R"py(True)py", R"py({'b': 2, 'c': 3, 'a': 1})py"},
        {R"py(cache.incr('b'))py", R"py(3)py", R"py({'c': 3, 'a': 1, 'b': 3})py"},
        {R"py(cache.add('c', 9))py", R"py(False)py", R"py({'c': 3, 'a': 1, 'b': 3})py"},
        {R"py(cache.get_many(['c', 'a']))py", R"py({'c': 3, 'a': 1})py", R"py({'b': 3, 'c': 3, 'a': 1})py"},
        {R"py(cache.set('a', 10))py", R"py(None)py", R"py({'b': 3, 'c': 3, 'a': 10})py"},
        {R"py(cache.get_or_set('b', 0))py", R"py(3)py", R"py({'c': 3, 'a': 10, 'b': 3})py"},
    };
    QTest::newRow("set_many in dict order") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set_many({'x': 1, 'y': 2, 'z': 3}))py", R"py([])py", R"py({'x': 1, 'y': 2, 'z': 3})py"},
        {R"py(cache.set_many({'y': 20, 'x': 10}))py", R"py([])py", R"py({'z': 3, 'y': 20, 'x': 10})py"},
        {R"py(cache.get_many(['z', 'x']))py", R"py({'z': 3, 'x': 10})py", R"py({'y': 20, 'z': 3, 'x': 10})py"},
    };
    QTest::newRow("incr_version moves the entry to the front") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.incr_version('a'))py", R"py(2)py", R"py({'b': 2, ':2:a': 1})py"},
        {R"py(cache.decr_version('a', version=2))py", R"py(1)py", R"py({'b': 2, 'a': 1})py"},
    };
}

// Culling before a store: count = len // CULL_FREQUENCY, expired entries included (section 5).
void TestCacheEngine::culling_data()
{
    addColumns();
    QTest::newRow("MAX_ENTRIES=3, CULL_FREQUENCY=2 example") << QByteArrayLiteral("--max-entries 3 --cull-frequency 2") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.set('c', 3))py", R"py(None)py", R"py({'a': 1, 'b': 2, 'c': 3})py"},
        {R"py(cache.get('a'))py", R"py(1)py", R"py({'b': 2, 'c': 3, 'a': 1})py"},
        {R"py(cache.set('d', 4))py", R"py(None)py", R"py({'c': 3, 'a': 1, 'd': 4})py"},
        {R"py(cache.set('e', 5))py", R"py(None)py", R"py({'a': 1, 'd': 4, 'e': 5})py"},
        {R"py(cache.add('f', 6))py", R"py(True)py", R"py({'d': 4, 'e': 5, 'f': 6})py"},
    };
    QTest::newRow("re-setting a key in a full store culls") << QByteArrayLiteral("--max-entries 3 --cull-frequency 3") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.set('c', 3))py", R"py(None)py", R"py({'a': 1, 'b': 2, 'c': 3})py"},
        {R"py(cache.set('c', 30))py", R"py(None)py", R"py({'b': 2, 'c': 30})py"},
    };
    QTest::newRow("the culled entry can be the one being set") << QByteArrayLiteral("--max-entries 2 --cull-frequency 2") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.set('a', 10))py", R"py(None)py", R"py({'b': 2, 'a': 10})py"},
    };
    QTest::newRow("expired entries count and are culled like any other") << QByteArrayLiteral("--max-entries 3 --cull-frequency 2") << Steps{
        {R"py(cache.set('a', 1, 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.set('c', 3, 1))py", R"py(None)py", R"py({'a': 1, 'b': 2, 'c': 3})py"},
        {R"py(time.sleep(1))py", "", ""},
        {R"py(cache.set('d', 4))py", R"py(None)py", R"py({'b': 2, 'd': 4})py"},
        {R"py(cache.add('e', 5))py", R"py(True)py", R"py({'d': 4, 'e': 5})py"},
        {R"py(cache.delete('c'))py", R"py(True)py", R"py({'d': 4, 'e': 5})py"},
    };
    QTest::newRow("CULL_FREQUENCY=0 clears everything") << QByteArrayLiteral("--max-entries 3 --cull-frequency 0") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2, version=2))py", R"py(None)py", R"py({'a': 1, ':2:b': 2})py"},
        {R"py(cache.set('c', 3))py", R"py(None)py", R"py({'a': 1, ':2:b': 2, 'c': 3})py"},
        {R"py(cache.set('d', 4))py", R"py(None)py", R"py({'d': 4})py"},
    };
    QTest::newRow("count 0 lets the store grow") << QByteArrayLiteral("--max-entries 2 --cull-frequency 5") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.set('c', 3))py", R"py(None)py", R"py({'a': 1, 'b': 2, 'c': 3})py"},
        {R"py(cache.set('d', 4))py", R"py(None)py", R"py({'a': 1, 'b': 2, 'c': 3, 'd': 4})py"},
        {R"py(cache.set('e', 5))py", R"py(None)py", R"py({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5})py"},
    };
    QTest::newRow("CULL_FREQUENCY=1 empties the store one by one") << QByteArrayLiteral("--max-entries 2 --cull-frequency 1") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.set('c', 3))py", R"py(None)py", R"py({'c': 3})py"},
    };
    QTest::newRow("negative CULL_FREQUENCY never removes") << QByteArrayLiteral("--max-entries 2 --cull-frequency -1") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.set('c', 3))py", R"py(None)py", R"py({'a': 1, 'b': 2, 'c': 3})py"},
    };
    QTest::newRow("MAX_ENTRIES=0") << QByteArrayLiteral("--max-entries 0 --cull-frequency 2") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.set('c', 3))py", R"py(None)py", R"py({'b': 2, 'c': 3})py"},
    };
    QTest::newRow("incr, touch, get, add of a live key never cull") << QByteArrayLiteral("--max-entries 1 --cull-frequency 1") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.incr('a'))py", R"py(2)py", R"py({'a': 2})py"},
        {R"py(cache.touch('a'))py", R"py(True)py", R"py({'a': 2})py"},
        {R"py(cache.get('a'))py", R"py(2)py", R"py({'a': 2})py"},
        {R"py(cache.add('a', 5))py", R"py(False)py", R"py({'a': 2})py"},
        {R"py(cache.add('b', 5))py", R"py(True)py", R"py({'b': 5})py"},
    };
    QTest::newRow("get_or_set, set_many and incr_version cull") << QByteArrayLiteral("--max-entries 2 --cull-frequency 2") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.get_or_set('c', 3))py", R"py(3)py", R"py({'b': 2, 'c': 3})py"},
        {R"py(cache.set_many({'d': 4, 'e': 5}))py", R"py([])py", R"py({'d': 4, 'e': 5})py"},
        {R"py(cache.incr_version('e'))py", R"py(2)py", R"py({':2:e': 5})py"},
    };
}

// Every method: results, defaults, errors and their texts (sections 6, 7 and 9).
void TestCacheEngine::methods_data()
{
    addColumns();
    QTest::newRow("get") << QByteArrayLiteral("") << Steps{
        {R"py(cache.get('a'))py", R"py(None)py", R"py({})py"},
        {R"py(cache.get('a', 'dflt'))py", R"py('dflt')py", R"py({})py"},
        {R"py(cache.get('a', default=0))py", R"py(0)py", R"py({})py"},
        {R"py(cache.set('a', None))py", R"py(None)py", R"py({'a': None})py"},
        {R"py(cache.get('a', 'dflt'))py", R"py(None)py", R"py({'a': None})py"},
        {R"py(cache.set('b', [1, {'x': (2, 3.5)}]))py", R"py(None)py", R"py({'a': None, 'b': [1, {'x': (2, 3.5)}]})py"},
        {R"py(cache.get('b'))py", R"py([1, {'x': (2, 3.5)}])py", R"py({'a': None, 'b': [1, {'x': (2, 3.5)}]})py"},
        {R"py(cache.get(key='b', version=1))py", R"py([1, {'x': (2, 3.5)}])py", R"py({'a': None, 'b': [1, {'x': (2, 3.5)}]})py"},
    };
    QTest::newRow("set and add") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.add('a', 2))py", R"py(False)py", R"py({'a': 1})py"},
        {R"py(cache.get('a'))py", R"py(1)py", R"py({'a': 1})py"},
        {R"py(cache.add('b', 2))py", R"py(True)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.add('c', 3, 10, 2))py", R"py(True)py", R"py({'a': 1, 'b': 2, ':2:c': 3})py"},
        {R"py(cache.set(key='d', value=4, timeout=None, version=3))py", R"py(None)py", R"py({'a': 1, 'b': 2, ':2:c': 3, ':3:d': 4})py"},
        {R"py(cache.add('a', 9, version=2))py", R"py(True)py", R"py({'a': 1, 'b': 2, ':2:c': 3, ':3:d': 4, ':2:a': 9})py"},
    };
    QTest::newRow("add stores over an expired entry") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1, 5))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(time.sleep(5))py", "", ""},
        {R"py(cache.add('a', 10))py", R"py(True)py", R"py({'b': 2, 'a': 10})py"},
        {R"py(cache.get('a'))py", R"py(10)py", R"py({'b': 2, 'a': 10})py"},
    };
    QTest::newRow("get_or_set") << QByteArrayLiteral("") << Steps{
        {R"py(cache.get_or_set('a', 1))py", R"py(1)py", R"py({'a': 1})py"},
        {R"py(cache.get_or_set('a', 2))py", R"py(1)py", R"py({'a': 1})py"},
        {R"py(cache.get_or_set('b', lambda: 'computed'))py", R"py('computed')py", R"py({'a': 1, 'b': 'computed'})py"},
        {R"py(cache.get_or_set('b', lambda: 'other'))py", R"py('computed')py", R"py({'a': 1, 'b': 'computed'})py"},
        {R"py(cache.get_or_set('n', None))py", R"py(None)py", R"py({'a': 1, 'b': 'computed', 'n': None})py"},
        {R"py(cache.has_key('n'))py", R"py(True)py", R"py({'a': 1, 'b': 'computed', 'n': None})py"},
        {R"py(cache.get_or_set('z', lambda: 7, 0))py", R"py(7)py", R"py({'a': 1, 'b': 'computed', 'n': None})py"},
        {R"py(cache.get_or_set('z', 8, timeout=-1))py", R"py(8)py", R"py({'a': 1, 'b': 'computed', 'n': None})py"},
        {R"py(cache.get_or_set('v', 'two', version=2))py", R"py('two')py", R"py({'a': 1, 'b': 'computed', 'n': None, ':2:v': 'two'})py"},
        {R"py(cache.get_or_set('t', 1, 10))py", R"py(1)py", R"py({'a': 1, 'b': 'computed', 'n': None, ':2:v': 'two', 't': 1})py"},
        {R"py(time.sleep(10))py", "", ""},
        {R"py(cache.get_or_set('t', 2))py", R"py(2)py", R"py({'a': 1, 'b': 'computed', 'n': None, ':2:v': 'two', 't': 2})py"},
    };
    QTest::newRow("get_many") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set_many({'a': 1, 'b': 2, 'c': 3}))py", R"py([])py", R"py({'a': 1, 'b': 2, 'c': 3})py"},
        {R"py(cache.get_many(['c', 'zz', 'a']))py", R"py({'c': 3, 'a': 1})py", R"py({'b': 2, 'c': 3, 'a': 1})py"},
        {R"py(cache.get_many(('b', 'b', 'a')))py", R"py({'b': 2, 'a': 1})py", R"py({'c': 3, 'b': 2, 'a': 1})py"},
        {R"py(cache.get_many([]))py", R"py({})py", R"py({'c': 3, 'b': 2, 'a': 1})py"},
        {R"py(cache.get_many({'a': 0, 'c': 0}))py", R"py({'a': 1, 'c': 3})py", R"py({'b': 2, 'a': 1, 'c': 3})py"},
        {R"py(cache.get_many('ab'))py", R"py({'a': 1, 'b': 2})py", R"py({'c': 3, 'a': 1, 'b': 2})py"},
        {R"py(cache.get_many(['a'], version=2))py", R"py({})py", R"py({'c': 3, 'a': 1, 'b': 2})py"},
        {R"py(cache.get_many(5))py", R"py(!TypeError: 'int' object is not iterable)py", R"py({'c': 3, 'a': 1, 'b': 2})py"},
        {R"py(cache.set(1, 'one'))py", R"py(None)py", R"py({'c': 3, 'a': 1, 'b': 2, 1: 'one'})py"},
        {R"py(cache.set(1.0, 'float one'))py", R"py(None)py", R"py({'c': 3, 'a': 1, 'b': 2, 1: 'one', 1.0: 'float one'})py"},
        {R"py(cache.get_many([1, 1.0, '1']))py", R"py({1: 'float one', '1': 'one'})py", R"py({'c': 3, 'a': 1, 'b': 2, 1.0: 'float one', 1: 'one'})py"},
        {R"py(cache.set([1], 'list'))py", R"py(None)py", R"py({'c': 3, 'a': 1, 'b': 2, 1.0: 'float one', 1: 'one', [1]: 'list'})py"},
        {R"py(cache.get_many(['b', [1], 'a']))py", R"py(!TypeError: unhashable type: 'list')py", R"py({'c': 3, 'a': 1, 1.0: 'float one', 1: 'one', 'b': 2, [1]: 'list'})py"},
        {R"py(cache.get_many([[2]]))py", R"py({})py", R"py({'c': 3, 'a': 1, 1.0: 'float one', 1: 'one', 'b': 2, [1]: 'list'})py"},
    };
    QTest::newRow("get_many drops expired entries") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1, 5))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2))py", R"py(None)py", R"py({'a': 1, 'b': 2})py"},
        {R"py(time.sleep(5))py", "", ""},
        {R"py(cache.get_many(['a', 'b']))py", R"py({'b': 2})py", R"py({'b': 2})py"},
    };
    QTest::newRow("set_many") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set_many({'a': 1, 'b': 2}))py", R"py([])py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.set_many({}))py", R"py([])py", R"py({'a': 1, 'b': 2})py"},
        {R"py(cache.set_many({'c': 3}, 5))py", R"py([])py", R"py({'a': 1, 'b': 2, 'c': 3})py"},
        {R"py(cache.set_many({'d': 4}, version=2))py", R"py([])py", R"py({'a': 1, 'b': 2, 'c': 3, ':2:d': 4})py"},
        {R"py(cache.set_many([('e', 5)]))py", R"py(!AttributeError: 'list' object has no attribute 'items')py", R"py({'a': 1, 'b': 2, 'c': 3, ':2:d': 4})py"},
        {R"py(cache.set_many('ab'))py", R"py(!AttributeError: 'str' object has no attribute 'items')py", R"py({'a': 1, 'b': 2, 'c': 3, ':2:d': 4})py"},
        {R"py(cache.set_many(None))py", R"py(!AttributeError: 'NoneType' object has no attribute 'items')py", R"py({'a': 1, 'b': 2, 'c': 3, ':2:d': 4})py"},
        {R"py(time.sleep(5))py", "", ""},
        {R"py(cache.get('c'))py", R"py(None)py", R"py({'a': 1, 'b': 2, ':2:d': 4})py"},
    };
    QTest::newRow("delete and delete_many") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.delete('a'))py", R"py(True)py", R"py({})py"},
        {R"py(cache.delete('a'))py", R"py(False)py", R"py({})py"},
        {R"py(cache.set('b', 2, version=2))py", R"py(None)py", R"py({':2:b': 2})py"},
        {R"py(cache.delete('b'))py", R"py(False)py", R"py({':2:b': 2})py"},
        {R"py(cache.delete('b', version=2))py", R"py(True)py", R"py({})py"},
        {R"py(cache.set_many({'c': 3, 'd': 4, 'e': 5}))py", R"py([])py", R"py({'c': 3, 'd': 4, 'e': 5})py"},
        {R"py(cache.delete_many(['c', 'zz', 'd']))py", R"py(None)py", R"py({'e': 5})py"},
        {R"py(cache.delete_many('e'))py", R"py(None)py", R"py({})py"},
        {R"py(cache.delete_many(5))py", R"py(!TypeError: 'int' object is not iterable)py", R"py({})py"},
        {R"py(cache.delete_many([]))py", R"py(None)py", R"py({})py"},
    };
    QTest::newRow("has_key and in") << QByteArrayLiteral("") << Steps{
        {R"py(cache.has_key('a'))py", R"py(False)py", R"py({})py"},
        {R"py('a' in cache)py", R"py(False)py", R"py({})py"},
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.has_key('a'))py", R"py(True)py", R"py({'a': 1})py"},
        {R"py('a' in cache)py", R"py(True)py", R"py({'a': 1})py"},
        {R"py(cache.set('v', 1, version=2))py", R"py(None)py", R"py({'a': 1, ':2:v': 1})py"},
        {R"py('v' in cache)py", R"py(False)py", R"py({'a': 1, ':2:v': 1})py"},
        {R"py(cache.has_key('v', version=2))py", R"py(True)py", R"py({'a': 1, ':2:v': 1})py"},
        {R"py(cache.set('e', 1, 1))py", R"py(None)py", R"py({'a': 1, ':2:v': 1, 'e': 1})py"},
        {R"py(time.sleep(1))py", "", ""},
        {R"py('e' in cache)py", R"py(False)py", R"py({'a': 1, ':2:v': 1})py"},
    };
    QTest::newRow("incr and decr") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('c', 1))py", R"py(None)py", R"py({'c': 1})py"},
        {R"py(cache.incr('c'))py", R"py(2)py", R"py({'c': 2})py"},
        {R"py(cache.incr('c', 10))py", R"py(12)py", R"py({'c': 12})py"},
        {R"py(cache.decr('c'))py", R"py(11)py", R"py({'c': 11})py"},
        {R"py(cache.decr('c', 5))py", R"py(6)py", R"py({'c': 6})py"},
        {R"py(cache.decr('c', delta=-2))py", R"py(8)py", R"py({'c': 8})py"},
        {R"py(cache.incr('c', 0.5))py", R"py(8.5)py", R"py({'c': 8.5})py"},
        {R"py(cache.incr('c', True))py", R"py(9.5)py", R"py({'c': 9.5})py"},
        {R"py(cache.incr('x'))py", R"py(!ValueError: Key ':1:x' not found)py", R"py({'c': 9.5})py"},
        {R"py(cache.decr('x'))py", R"py(!ValueError: Key ':1:x' not found)py", R"py({'c': 9.5})py"},
        {R"py(cache.incr('x', version=2))py", R"py(!ValueError: Key ':2:x' not found)py", R"py({'c': 9.5})py"},
        {R"py(cache.decr('x', 'a'))py", R"py(!TypeError: bad operand type for unary -: 'str')py", R"py({'c': 9.5})py"},
        {R"py(cache.decr('c', 'a'))py", R"py(!TypeError: bad operand type for unary -: 'str')py", R"py({'c': 9.5})py"},
        {R"py(cache.incr('c', 'a'))py", R"py(!TypeError: unsupported operand type(s) for +: 'float' and 'str')py", R"py({'c': 9.5})py"},
        {R"py(cache.set('s', 'a'))py", R"py(None)py", R"py({'c': 9.5, 's': 'a'})py"},
        {R"py(cache.incr('s', 'x'))py", R"py('ax')py", R"py({'c': 9.5, 's': 'ax'})py"},
        {R"py(cache.incr('s'))py", R"py(!TypeError: can only concatenate str (not "int") to str)py", R"py({'c': 9.5, 's': 'ax'})py"},
        {R"py(cache.set('l', [1]))py", R"py(None)py", R"py({'c': 9.5, 's': 'ax', 'l': [1]})py"},
        {R"py(cache.incr('l', [2]))py", R"py([1, 2])py", R"py({'c': 9.5, 's': 'ax', 'l': [1, 2]})py"},
        {R"py(cache.incr('l', (3,)))py", R"py(!TypeError: can only concatenate list (not "tuple") to list)py", R"py({'c': 9.5, 's': 'ax', 'l': [1, 2]})py"},
        {R"py(cache.set('b', True))py", R"py(None)py", R"py({'c': 9.5, 's': 'ax', 'l': [1, 2], 'b': True})py"},
        {R"py(cache.incr('b'))py", R"py(2)py", R"py({'c': 9.5, 's': 'ax', 'l': [1, 2], 'b': 2})py"},
        {R"py(cache.set('n', None))py", R"py(None)py", R"py({'c': 9.5, 's': 'ax', 'l': [1, 2], 'b': 2, 'n': None})py"},
        {R"py(cache.incr('n'))py", R"py(!TypeError: unsupported operand type(s) for +: 'NoneType' and 'int')py", R"py({'c': 9.5, 's': 'ax', 'l': [1, 2], 'b': 2, 'n': None})py"},
        {R"py(cache.set('v', 1, version=2))py", R"py(None)py", R"py({'c': 9.5, 's': 'ax', 'l': [1, 2], 'b': 2, 'n': None, ':2:v': 1})py"},
        {R"py(cache.incr('v', version=2))py", R"py(2)py", R"py({'c': 9.5, 's': 'ax', 'l': [1, 2], 'b': 2, 'n': None, ':2:v': 2})py"},
    };
    QTest::newRow("incr keeps the expiry") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('c', 1, 10))py", R"py(None)py", R"py({'c': 1})py"},
        {R"py(time.sleep(5))py", "", ""},
        {R"py(cache.incr('c'))py", R"py(2)py", R"py({'c': 2})py"},
        {R"py(time.sleep(5))py", "", ""},
        {R"py(cache.get('c'))py", R"py(None)py", R"py({})py"},
        {R"py(cache.set('d', 1, 1))py", R"py(None)py", R"py({'d': 1})py"},
        {R"py(time.sleep(1))py", "", ""},
        {R"py(cache.incr('d'))py", R"py(!ValueError: Key ':1:d' not found)py", R"py({})py"},
        {R"py(cache.delete('d'))py", R"py(False)py", R"py({})py"},
    };
    QTest::newRow("incr_version and decr_version") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('v', 'hi'))py", R"py(None)py", R"py({'v': 'hi'})py"},
        {R"py(cache.incr_version('v'))py", R"py(2)py", R"py({':2:v': 'hi'})py"},
        {R"py(cache.get('v'))py", R"py(None)py", R"py({':2:v': 'hi'})py"},
        {R"py(cache.get('v', version=2))py", R"py('hi')py", R"py({':2:v': 'hi'})py"},
        {R"py(cache.decr_version('v', version=2))py", R"py(1)py", R"py({'v': 'hi'})py"},
        {R"py(cache.incr_version('v', 5))py", R"py(6)py", R"py({':6:v': 'hi'})py"},
        {R"py(cache.decr_version('v', 10, 6))py", R"py(-4)py", R"py({':-4:v': 'hi'})py"},
        {R"py(cache.incr_version('zz'))py", R"py(!ValueError: Key 'zz' not found)py", R"py({':-4:v': 'hi'})py"},
        {R"py(cache.decr_version('zz'))py", R"py(!ValueError: Key 'zz' not found)py", R"py({':-4:v': 'hi'})py"},
        {R"py(cache.incr_version('v', version=-4))py", R"py(-3)py", R"py({':-3:v': 'hi'})py"},
        {R"py(cache.incr_version('v', 0, version=-3))py", R"py(-3)py", R"py({})py"},
        {R"py(cache.set('w', 1, version=2))py", R"py(None)py", R"py({':2:w': 1})py"},
        {R"py(cache.incr_version('w'))py", R"py(!ValueError: Key 'w' not found)py", R"py({':2:w': 1})py"},
        {R"py(cache.incr_version('w', version='2'))py", R"py(!TypeError: can only concatenate str (not "int") to str)py", R"py({':2:w': 1})py"},
        {R"py(cache.incr_version('w', 'x', version=2))py", R"py(!TypeError: unsupported operand type(s) for +: 'int' and 'str')py", R"py({':2:w': 1})py"},
        {R"py(cache.decr_version('w', 'x', version=2))py", R"py(!TypeError: bad operand type for unary -: 'str')py", R"py({':2:w': 1})py"},
    };
    QTest::newRow("incr_version re-sets with the default timeout") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('v', 1, None))py", R"py(None)py", R"py({'v': 1})py"},
        {R"py(cache.incr_version('v'))py", R"py(2)py", R"py({':2:v': 1})py"},
        {R"py(time.sleep(299))py", "", ""},
        {R"py(cache.get('v', version=2))py", R"py(1)py", R"py({':2:v': 1})py"},
        {R"py(time.sleep(1))py", "", ""},
        {R"py(cache.get('v', version=2))py", R"py(None)py", R"py({})py"},
        {R"py(cache.set('w', 1, 1))py", R"py(None)py", R"py({'w': 1})py"},
        {R"py(time.sleep(0.5))py", "", ""},
        {R"py(cache.incr_version('w'))py", R"py(2)py", R"py({':2:w': 1})py"},
        {R"py(time.sleep(1))py", "", ""},
        {R"py(cache.get('w', version=2))py", R"py(1)py", R"py({':2:w': 1})py"},
    };
    QTest::newRow("incr_version message formats the user key with %") << QByteArrayLiteral("") << Steps{
        {R"py(cache.incr_version(('z',)))py", R"py(!ValueError: Key 'z' not found)py", R"py({})py"},
        {R"py(cache.incr_version((1, 2)))py", R"py(!TypeError: not all arguments converted during string formatting)py", R"py({})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:(1, 2)')py"}},
        {R"py(cache.incr_version(()))py", R"py(!TypeError: not enough arguments for format string)py", R"py({})py"},
        {R"py(cache.incr_version(5))py", R"py(!ValueError: Key '5' not found)py", R"py({})py"},
        {R"py(cache.incr_version({'a': 1}))py", R"py(!ValueError: Key '{'a': 1}' not found)py", R"py({})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ":1:{'a': 1}")py"}},
        {R"py(cache.set((1, 2), 'pair'))py", R"py(None)py", R"py({(1, 2): 'pair'})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:(1, 2)')py"}},
        {R"py(cache.incr_version((1, 2)))py", R"py(2)py", R"py({':2:(1, 2)': 'pair'})py", {R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:(1, 2)')py", R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':2:(1, 2)')py", R"py(CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ':1:(1, 2)')py"}},
    };
    QTest::newRow("clear and close") << QByteArrayLiteral("") << Steps{
        {R"py(cache.set('a', 1))py", R"py(None)py", R"py({'a': 1})py"},
        {R"py(cache.set('b', 2, version=2))py", R"py(None)py", R"py({'a': 1, ':2:b': 2})py"},
        {R"py(cache.clear())py", R"py(None)py", R"py({})py"},
        {R"py(cache.get('a'))py", R"py(None)py", R"py({})py"},
        {R"py(cache.clear())py", R"py(None)py", R"py({})py"},
        {R"py(cache.close())py", R"py(None)py", R"py({})py"},
    };
}

// ---------------------------------------------------------------- effects
//
// Hits and misses are not visible in Django's output; they count the lookups
// Django's code makes (get, has_key, incr's _has_expired, and the gets inside
// get_many, get_or_set and incr_version), each lookup once.

using Lines = std::vector<std::string>;
Q_DECLARE_METATYPE(Lines)

void TestCacheEngine::effects_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<Lines>("setup");
    QTest::addColumn<QByteArray>("call");
    QTest::addColumn<int>("hits");
    QTest::addColumn<int>("misses");
    QTest::addColumn<int>("expiredRemoved");
    QTest::addColumn<int>("culled");

    const Lines ab{"cache.set('a', 1)", "cache.set('b', 2)"};
    const Lines expired{"cache.set('a', 1, 1)", "time.sleep(1)"};
    QTest::newRow("get hit") << QByteArray() << ab << QByteArray("cache.get('a')") << 1 << 0 << 0 << 0;
    QTest::newRow("get miss") << QByteArray() << ab << QByteArray("cache.get('z')") << 0 << 1 << 0 << 0;
    QTest::newRow("get expired") << QByteArray() << expired << QByteArray("cache.get('a')") << 0 << 1 << 1 << 0;
    QTest::newRow("has_key hit") << QByteArray() << ab << QByteArray("cache.has_key('a')") << 1 << 0 << 0 << 0;
    QTest::newRow("has_key expired") << QByteArray() << expired << QByteArray("cache.has_key('a')") << 0 << 1 << 1 << 0;
    QTest::newRow("in hit") << QByteArray() << ab << QByteArray("'b' in cache") << 1 << 0 << 0 << 0;
    QTest::newRow("in miss") << QByteArray() << ab << QByteArray("'z' in cache") << 0 << 1 << 0 << 0;
    QTest::newRow("get_many") << QByteArray() << ab << QByteArray("cache.get_many(['a', 'z', 'b', 'a'])") << 3 << 1 << 0 << 0;
    QTest::newRow("get_or_set hit") << QByteArray() << ab << QByteArray("cache.get_or_set('a', 5)") << 1 << 0 << 0 << 0;
    // Miss: the first get misses, add stores, the final get finds it.
    QTest::newRow("get_or_set miss") << QByteArray() << ab << QByteArray("cache.get_or_set('z', 5)") << 1 << 1 << 0 << 0;
    QTest::newRow("get_or_set miss, timeout 0") << QByteArray() << ab << QByteArray("cache.get_or_set('z', 5, 0)") << 0 << 2 << 1 << 0;
    QTest::newRow("incr hit") << QByteArray() << ab << QByteArray("cache.incr('a')") << 1 << 0 << 0 << 0;
    QTest::newRow("incr missing") << QByteArray() << ab << QByteArray("cache.incr('z')") << 0 << 1 << 0 << 0;
    QTest::newRow("incr expired") << QByteArray() << expired << QByteArray("cache.incr('a')") << 0 << 1 << 1 << 0;
    QTest::newRow("incr TypeError") << QByteArray() << ab << QByteArray("cache.incr('a', 'x')") << 1 << 0 << 0 << 0;
    QTest::newRow("incr_version") << QByteArray() << ab << QByteArray("cache.incr_version('a')") << 1 << 0 << 0 << 0;
    QTest::newRow("set, no lookup") << QByteArray() << ab << QByteArray("cache.set('a', 3)") << 0 << 0 << 0 << 0;
    QTest::newRow("add, no lookup") << QByteArray() << expired << QByteArray("cache.add('a', 3)") << 0 << 0 << 0 << 0;
    QTest::newRow("touch, no lookup") << QByteArray() << ab << QByteArray("cache.touch('a')") << 0 << 0 << 0 << 0;
    QTest::newRow("delete expired") << QByteArray() << expired << QByteArray("cache.delete('a')") << 0 << 0 << 0 << 0;
    QTest::newRow("cull one") << QByteArray("--max-entries 2 --cull-frequency 2") << ab
                              << QByteArray("cache.set('c', 3)") << 0 << 0 << 0 << 1;
    QTest::newRow("cull all") << QByteArray("--max-entries 2 --cull-frequency 0") << ab
                              << QByteArray("cache.set('c', 3)") << 0 << 0 << 0 << 2;
    QTest::newRow("cull through set_many") << QByteArray("--max-entries 2 --cull-frequency 1") << ab
                                           << QByteArray("cache.set_many({'c': 3, 'd': 4})") << 0 << 0 << 0 << 2;
}

void TestCacheEngine::effects()
{
    QFETCH(QByteArray, config);
    QFETCH(Lines, setup);
    QFETCH(QByteArray, call);
    QFETCH(int, hits);
    QFETCH(int, misses);
    QFETCH(int, expiredRemoved);
    QFETCH(int, culled);

    CacheEngine engine(parseConfig(config));
    for (const std::string &line : setup)
        runLine(engine, line);
    engine.takeEffects();
    runLine(engine, call.toStdString());
    const CallEffects effects = engine.takeEffects();
    QCOMPARE(effects.hits, hits);
    QCOMPARE(effects.misses, misses);
    QCOMPARE(effects.expiredRemoved, expiredRemoved);
    QCOMPARE(effects.culled, culled);
    const CallEffects reset = engine.takeEffects();
    QCOMPARE(reset.hits + reset.misses + reset.expiredRemoved + reset.culled, 0);
}

// ---------------------------------------------------------------- history reporting

void TestCacheEngine::historyChanges_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<Lines>("setup");
    QTest::addColumn<QByteArray>("call");
    QTest::addColumn<int>("changes");

    const Lines ab{"cache.set('a', 1)", "cache.set('b', 2)"};
    const Lines expired{"cache.set('a', 1, 1)", "time.sleep(1)"};
    QTest::newRow("get hit moves") << QByteArray() << ab << QByteArray("cache.get('a')") << 1;
    QTest::newRow("get miss") << QByteArray() << ab << QByteArray("cache.get('z')") << 0;
    QTest::newRow("get expired removes") << QByteArray() << expired << QByteArray("cache.get('a')") << 1;
    QTest::newRow("has_key does not move") << QByteArray() << ab << QByteArray("cache.has_key('a')") << 0;
    QTest::newRow("has_key expired removes") << QByteArray() << expired << QByteArray("cache.has_key('a')") << 1;
    QTest::newRow("set new") << QByteArray() << ab << QByteArray("cache.set('c', 3)") << 1;
    QTest::newRow("set existing") << QByteArray() << ab << QByteArray("cache.set('a', 3)") << 1;
    QTest::newRow("set, bad timeout") << QByteArray() << ab << QByteArray("cache.set('c', 3, 'x')") << 1;
    QTest::newRow("set unpicklable") << QByteArray() << ab << QByteArray("cache.set('c', lambda: 1)") << 0;
    QTest::newRow("set culls one") << QByteArray("--max-entries 2 --cull-frequency 2") << ab
                                   << QByteArray("cache.set('c', 3)") << 2;
    QTest::newRow("set clears") << QByteArray("--max-entries 2 --cull-frequency 0") << ab
                                << QByteArray("cache.set('c', 3)") << 2;
    QTest::newRow("add live") << QByteArray() << ab << QByteArray("cache.add('a', 3)") << 0;
    QTest::newRow("add over expired") << QByteArray() << expired << QByteArray("cache.add('a', 3)") << 1;
    QTest::newRow("delete") << QByteArray() << ab << QByteArray("cache.delete('a')") << 1;
    QTest::newRow("delete missing") << QByteArray() << ab << QByteArray("cache.delete('z')") << 0;
    QTest::newRow("touch") << QByteArray() << ab << QByteArray("cache.touch('a', None)") << 1;
    QTest::newRow("touch missing") << QByteArray() << ab << QByteArray("cache.touch('z')") << 0;
    QTest::newRow("incr") << QByteArray() << ab << QByteArray("cache.incr('a')") << 1;
    QTest::newRow("incr TypeError") << QByteArray() << ab << QByteArray("cache.incr('a', 'x')") << 0;
    QTest::newRow("incr expired") << QByteArray() << expired << QByteArray("cache.incr('a')") << 1;
    QTest::newRow("incr_version") << QByteArray() << ab << QByteArray("cache.incr_version('a')") << 3;
    QTest::newRow("get_or_set miss") << QByteArray() << ab << QByteArray("cache.get_or_set('z', 1)") << 2;
    QTest::newRow("get_or_set hit") << QByteArray() << ab << QByteArray("cache.get_or_set('a', 1)") << 1;
    QTest::newRow("get_many") << QByteArray() << ab << QByteArray("cache.get_many(['a', 'z', 'b'])") << 2;
    QTest::newRow("set_many") << QByteArray() << ab << QByteArray("cache.set_many({'x': 1, 'y': 2})") << 2;
    QTest::newRow("delete_many") << QByteArray() << ab << QByteArray("cache.delete_many(['a', 'b', 'z'])") << 2;
    QTest::newRow("clear") << QByteArray() << ab << QByteArray("cache.clear()") << 1;
    QTest::newRow("clear empty") << QByteArray() << Lines{} << QByteArray("cache.clear()") << 1;
}

void TestCacheEngine::historyChanges()
{
    QFETCH(QByteArray, config);
    QFETCH(Lines, setup);
    QFETCH(QByteArray, call);
    QFETCH(int, changes);

    CacheHistory history;
    CacheEngine engine(parseConfig(config), &history);
    installLambdaCaller(engine);
    for (const std::string &line : setup)
        runLine(engine, line);
    const std::uint32_t before = history.position();
    runLine(engine, call.toStdString());
    QCOMPARE(static_cast<int>(history.position() - before), changes);

    const std::vector<CacheEntry> now = engine.entries();
    const std::vector<CacheEntry> rebuilt = history.entriesAt(history.position());
    QCOMPARE(rebuilt.size(), now.size());
    for (std::size_t i = 0; i < now.size(); ++i) {
        QCOMPARE(QString::fromStdString(rebuilt[i].madeKey), QString::fromStdString(now[i].madeKey));
        QCOMPARE(QString::fromStdString(repr(rebuilt[i].value)), QString::fromStdString(repr(now[i].value)));
        QCOMPARE(rebuilt[i].expiry, now[i].expiry);
    }
}

// ---------------------------------------------------------------- values

void TestCacheEngine::copiesBothWays()
{
    // Expected values from Django 3.2 (pickle round trips), see the file comment.
    CacheEngine engine;
    const Value a = Value::str("a");

    Value stored = Value::list({Value::integer(1)});
    engine.set(a, stored);
    stored.sequence().m_items.push_back(Value::integer(2));
    QCOMPARE(repr(engine.get(a)), std::string("[1]"));

    Value fetched = engine.get(a);
    fetched.sequence().m_items.push_back(Value::integer(3));
    QCOMPARE(repr(engine.get(a)), std::string("[1]"));
    QVERIFY(!engine.get(a).isSameObject(engine.get(a)));

    const Value fallback = Value::list({});
    QVERIFY(engine.get(Value::str("zz"), fallback).isSameObject(fallback));

    const Value dflt = Value::list({Value::integer(5)});
    const Value viaCache = engine.getOrSet(Value::str("k"), dflt);
    QCOMPARE(repr(viaCache), std::string("[5]"));
    QVERIFY(!viaCache.isSameObject(dflt));
    // timeout 0: the final get misses and returns the default object itself.
    QVERIFY(engine.getOrSet(Value::str("k0"), dflt, Value::integer(0)).isSameObject(dflt));

    // incr returns `value + delta` itself: its items are the script's objects.
    engine.set(Value::str("l"), Value::list({Value::integer(1)}));
    const Value inner = Value::list({Value::integer(9)});
    const Value sum = engine.incr(Value::str("l"), Value::list({inner}));
    QCOMPARE(repr(sum), std::string("[1, [9]]"));
    QVERIFY(sum.sequence().m_items[1].isSameObject(inner));
    inner.sequence().m_items.push_back(Value::integer(0));
    QCOMPARE(repr(engine.get(Value::str("l"))), std::string("[1, [9]]"));

    const Value many = engine.getMany(Value::list({a}));
    many.dict().m_table.entries().front().value.sequence().m_items.push_back(Value::integer(7));
    QCOMPARE(repr(engine.get(a)), std::string("[1]"));

    const Value data = makeDict({{Value::str("s"), Value::list({Value::integer(1)})}});
    engine.setMany(data);
    data.dict().m_table.entries().front().value.sequence().m_items.push_back(Value::integer(2));
    QCOMPARE(repr(engine.get(Value::str("s"))), std::string("[1]"));

    // The history keeps what was stored then, not what the script did later.
    CacheHistory history;
    CacheEngine recorded({}, &history);
    Value key = Value::list({Value::integer(1)});
    recorded.set(key, Value::integer(1));
    key.sequence().m_items.push_back(Value::integer(2));
    QCOMPARE(repr(recorded.entries().front().userKey), std::string("[1]"));
    QCOMPARE(repr(history.entriesAt(1).front().userKey), std::string("[1]"));
}

void TestCacheEngine::callableDefaultOnlyOnMiss()
{
    CacheEngine engine;
    int calls = 0;
    installLambdaCaller(engine, &calls);
    QCOMPARE(runLine(engine, "cache.get_or_set('a', lambda: 1)"), std::string("1"));
    QCOMPARE(calls, 1);
    QCOMPARE(runLine(engine, "cache.get_or_set('a', lambda: 2)"), std::string("1"));
    QCOMPARE(calls, 1);
    QCOMPARE(runLine(engine, "cache.get_or_set('n', lambda: None)"), std::string("None"));
    QCOMPARE(runLine(engine, "cache.get_or_set('n', lambda: 3)"), std::string("None")); // None is cached
    QCOMPARE(calls, 2);
}

void TestCacheEngine::unpicklableValues()
{
    // Django 3.2: pickling fails before the store is touched; set_many keeps the items before.
    CacheEngine engine;
    installLambdaCaller(engine);
    const Value f = makeLambda(Value::integer(1));
    const std::string error = "!PicklingError: Can't pickle " + repr(f) + ": attribute lookup <lambda> on __main__ failed";
    auto run = [&](auto &&call) -> std::string {
        try {
            return repr(call());
        } catch (const PyException &e) {
            return "!" + e.object().formatted();
        }
    };
    QCOMPARE(run([&] { return engine.set(Value::str("f"), f); }), error);
    QCOMPARE(engine.size(), std::size_t(0));
    engine.set(Value::str("a"), Value::integer(1));
    QCOMPARE(run([&] { return engine.add(Value::str("a"), f); }), error); // raises though 'a' exists
    const Value data = makeDict({{Value::str("x"), Value::integer(1)}, {Value::str("f"), f}, {Value::str("y"), Value::integer(2)}});
    QCOMPARE(run([&] { return engine.setMany(data); }), error);
    QCOMPARE(liveState(engine), std::string("{'a': 1, 'x': 1}"));
    QCOMPARE(run([&] { return engine.getOrSet(Value::str("g"), makeLambda(f)); }), error);
    engine.set(Value::str("l"), Value::list({Value::integer(1)}));
    QCOMPARE(run([&] { return engine.incr(Value::str("l"), Value::list({f})); }), error);
    QCOMPARE(liveState(engine), std::string("{'a': 1, 'x': 1, 'l': [1]}"));
}

void TestCacheEngine::defaultCulling()
{
    // Django 3.2, default settings: the 301st set finds 300 entries and culls the 100 oldest.
    CacheEngine engine;
    for (int i = 0; i <= 300; ++i)
        engine.set(Value::integer(i), Value::integer(i));
    QCOMPARE(engine.size(), std::size_t(201));
    QCOMPARE(engine.entries().front().madeKey, std::string(":1:100"));
    QCOMPARE(engine.entries().back().madeKey, std::string(":1:300"));
    QCOMPARE(engine.takeEffects().culled, 100);
}

void TestCacheEngine::entryFields()
{
    CacheEngine engine;
    installLambdaCaller(engine);
    for (const char *line : {"cache.set('a', 1)", "cache.set('b', 2, None, version=2)", "cache.set('c', 3, 0)",
                             "time.sleep(5)", "cache.set('d', 4, 2.5)", "cache.set('e', 5, 'x')",
                             "cache.touch('a', None)", "cache.set('f', 6, version='1')", "cache.set(7, 7, 10)"})
        runLine(engine, line);
    const std::vector<CacheEntry> entries = engine.entries();
    QCOMPARE(entries.size(), std::size_t(7));

    QCOMPARE(entries[0].madeKey, std::string(":1:a"));
    QCOMPARE(repr(entries[0].userKey), std::string("'a'"));
    QCOMPARE(repr(entries[0].version), std::string("1"));
    QVERIFY(entries[0].isDefaultVersion);
    QCOMPARE(entries[0].expiry, std::optional<double>()); // touched to None

    QCOMPARE(entries[1].madeKey, std::string(":2:b"));
    QCOMPARE(repr(entries[1].version), std::string("2"));
    QVERIFY(!entries[1].isDefaultVersion);
    QCOMPARE(entries[1].expiry, std::optional<double>());

    QCOMPARE(entries[2].expiry, std::optional<double>(-1.0)); // 0 became -1 at t=0
    QCOMPARE(entries[3].expiry, std::optional<double>(7.5));
    QCOMPARE(entries[4].expiry, std::optional<double>(-1.0)); // no _expire_info: reads as -1
    QVERIFY(entries[4].isExpiredAt(engine.now()));

    QCOMPARE(entries[5].madeKey, std::string(":1:f"));
    QCOMPARE(repr(entries[5].version), std::string("'1'"));
    QVERIFY(entries[5].isDefaultVersion); // same made key as VERSION 1

    QCOMPARE(repr(entries[6].userKey), std::string("7"));
    QCOMPARE(entries[6].expiry, std::optional<double>(15.0));
}

void TestCacheEngine::incrOverflow()
{
    // Python's ints are unbounded (Django returns 9223372036854775808); CacheTutor's
    // stop at 64 bits, and incr then raises binaryOp's OverflowError with the entry unchanged.
    CacheEngine engine;
    const Value big = Value::integer(std::numeric_limits<std::int64_t>::max());
    engine.set(Value::str("big"), big);
    try {
        engine.incr(Value::str("big"));
        QFAIL("no OverflowError");
    } catch (const PyException &e) {
        QVERIFY(e.is(ExceptionKind::OverflowError));
    }
    QCOMPARE(repr(engine.get(Value::str("big"))), repr(big));
}

void TestCacheEngine::makeKeyLeavesTheStoreAlone()
{
    CacheConfig config;
    config.keyPrefix = "p";
    config.version = 7;
    CacheEngine engine(config);
    QCOMPARE(engine.makeKey(Value::str("a b")).text(), std::string("p:7:a b"));
    QCOMPARE(engine.makeKey(Value::str("a"), Value::integer(2)).text(), std::string("p:2:a"));
    QCOMPARE(engine.makeKey(Value::floating(1.5)).text(), std::string("p:7:1.5"));
    QVERIFY(engine.takeEffects().warnings.empty()); // make_key does not validate
    QCOMPARE(engine.size(), std::size_t(0));
}

void TestCacheEngine::timeoutSettingCoercion()
{
    // BaseCache.__init__: int(TIMEOUT); int(nan) raises ValueError, which falls back to 300.
    CacheConfig config;
    config.timeout = std::numeric_limits<double>::quiet_NaN();
    CacheEngine nanTimeout(config);
    nanTimeout.set(Value::str("a"), Value::integer(1));
    QCOMPARE(nanTimeout.entries().front().expiry, std::optional<double>(300.0));

    config.timeout = -2.5; // int(-2.5) == -2
    CacheEngine negative(config);
    negative.sleep(10);
    negative.set(Value::str("a"), Value::integer(1));
    QCOMPARE(negative.entries().front().expiry, std::optional<double>(8.0));
}

QTEST_APPLESS_MAIN(TestCacheEngine)

#include "tst_cacheengine.moc"
