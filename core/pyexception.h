#pragma once

// Python exceptions inside the interpreter.
//
// A Python exception is a Value of kind Exception whose type is one of the
// ExceptionTypeObjects below (the builtin hierarchy plus Django's
// CacheKeyWarning and pickle's PicklingError). While a script runs, a raised
// exception travels as the C++ exception PyException, the way CPython unwinds
// its stack; the interpreter catches every one of them and records it in the
// trace, so none ever leaves core.

#include "value.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace cachetutor {

class ExceptionTypeObject final : public Object
{
public:
    ExceptionTypeObject(std::string name, ExceptionTypeObject *base, std::string module = {})
        : Object(Kind::ExceptionType), m_name(std::move(name)), m_module(std::move(module)), m_base(base) {}
    const std::string &name() const { return m_name; }
    // 'builtins' types print bare ('ValueError'); others qualified ('_pickle.PicklingError').
    std::string qualifiedName() const { return m_module.empty() ? m_name : m_module + '.' + m_name; }
    const std::string &module() const { return m_module; }
    ExceptionTypeObject *base() const { return m_base; }
    bool isSubclassOf(const ExceptionTypeObject *other) const;

private:
    std::string m_name;
    std::string m_module;
    ExceptionTypeObject *m_base; // types live for the whole process
};

class ExceptionObject final : public Object
{
public:
    // Tracked by the run's cycle collector when an argument can lead back to it.
    ExceptionObject(ExceptionTypeObject *type, std::vector<Value> args);
    void forEachReference(ReferenceVisitor &visitor) const override;
    void clearReferences(std::vector<Value> &sink) override;
    ExceptionTypeObject *type() const { return m_type; }
    const std::vector<Value> &args() const { return m_args; }
    // str(e): '' / str(arg) / str(args); KeyError shows repr(arg) as Python does.
    std::string message() const;
    // 'ValueError: Key ':1:x' not found', or just 'ValueError' without a message
    // (type(e).__name__, as the trace's error field shows it).
    std::string formatted() const;
    // The last line of Python's traceback: the type qualified by its module
    // where Python qualifies it ('_pickle.PicklingError: ...').
    std::string tracebackLine() const;

private:
    ExceptionTypeObject *m_type;
    std::vector<Value> m_args;
};

enum class ExceptionKind {
    BaseException,
    Exception,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    LookupError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    NameError,
    UnboundLocalError,
    AttributeError,
    RuntimeError,
    RecursionError,
    NotImplementedError,
    AssertionError,
    StopIteration,
    MemoryError,
    ImportError,
    ModuleNotFoundError,
    UnicodeError,
    Warning,
    RuntimeWarning,
    UserWarning,
    CacheKeyWarning,  // django.core.cache.backends.base.CacheKeyWarning(RuntimeWarning)
    PickleError,      // _pickle.PickleError(Exception)
    PicklingError,    // _pickle.PicklingError(PickleError)
    KeyboardInterrupt,
};

// The process-wide type object of a builtin exception.
ExceptionTypeObject *exceptionType(ExceptionKind kind);
// Looks a type up by the name a script uses ('ValueError'); nullptr if unknown.
ExceptionTypeObject *exceptionTypeByName(std::string_view name);
// Every type a script can name, for the interpreter's builtins.
const std::vector<ExceptionTypeObject *> &allExceptionTypes();

// One line of a Python traceback: where the exception passed, outermost last
// while it unwinds (the interpreter reverses it for printing).
struct TracebackEntry {
    int line = 0;
    std::string function; // '<module>' or the function's name
};

class PyException : public std::exception
{
public:
    explicit PyException(Value exception) : m_exception(std::move(exception)) {}
    const Value &exception() const { return m_exception; }
    ExceptionObject &object() const { return *m_exception.as<ExceptionObject>(); }
    bool is(ExceptionKind kind) const { return object().type()->isSubclassOf(exceptionType(kind)); }
    const char *what() const noexcept override { return "Python exception"; }

    // Filled while the exception unwinds through frames.
    std::vector<TracebackEntry> traceback;

private:
    Value m_exception;
};

// Builds the exception `kind(message)`; an empty message gives no args.
Value makeException(ExceptionKind kind, const std::string &message);
[[noreturn]] void raise(ExceptionKind kind, const std::string &message);
// KeyError keeps the key itself as its argument so str() shows repr(key).
[[noreturn]] void raiseKeyError(const Value &key);

} // namespace cachetutor
