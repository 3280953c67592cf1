#include "pyexception.h"

#include "cyclecollector.h"

#include <algorithm>
#include <array>

namespace cachetutor {

bool ExceptionTypeObject::isSubclassOf(const ExceptionTypeObject *other) const
{
    for (const ExceptionTypeObject *t = this; t; t = t->base())
        if (t == other)
            return true;
    return false;
}

ExceptionObject::ExceptionObject(ExceptionTypeObject *type, std::vector<Value> args)
    : Object(Kind::Exception), m_type(type), m_args(std::move(args))
{
    if (CycleCollector::isTracking() && std::any_of(m_args.begin(), m_args.end(), mayHoldReferences))
        CycleCollector::track(this);
}

void ExceptionObject::forEachReference(ReferenceVisitor &visitor) const
{
    for (const Value &arg : m_args)
        visitor.visit(arg);
}

void ExceptionObject::clearReferences(std::vector<Value> &sink)
{
    for (Value &arg : m_args)
        sink.push_back(std::move(arg));
    m_args.clear();
}

std::string ExceptionObject::message() const
{
    if (m_args.empty())
        return {};
    if (m_args.size() == 1)
        return m_type->isSubclassOf(exceptionType(ExceptionKind::KeyError)) ? repr(m_args[0]) : str(m_args[0]);
    return repr(Value::tuple(m_args));
}

std::string ExceptionObject::formatted() const
{
    const std::string text = message();
    return text.empty() ? m_type->name() : m_type->name() + ": " + text;
}

std::string ExceptionObject::tracebackLine() const
{
    const std::string text = message();
    return text.empty() ? m_type->qualifiedName() : m_type->qualifiedName() + ": " + text;
}

namespace {

constexpr std::size_t KindCount = static_cast<std::size_t>(ExceptionKind::KeyboardInterrupt) + 1;

struct Registry {
    std::array<ExceptionTypeObject *, KindCount> byKind{};
    std::vector<ExceptionTypeObject *> all;

    ExceptionTypeObject *add(ExceptionKind kind, const char *name, ExceptionKind base, const char *module = "")
    {
        ExceptionTypeObject *parent = kind == ExceptionKind::BaseException ? nullptr : byKind[static_cast<std::size_t>(base)];
        auto *type = new ExceptionTypeObject(name, parent, module);
        type->makeImmortal(); // process-wide, shared by runs on any thread: never counted, never freed
        byKind[static_cast<std::size_t>(kind)] = type;
        all.push_back(type);
        return type;
    }

    Registry()
    {
        using K = ExceptionKind;
        add(K::BaseException, "BaseException", K::BaseException);
        add(K::Exception, "Exception", K::BaseException);
        add(K::KeyboardInterrupt, "KeyboardInterrupt", K::BaseException);
        add(K::ArithmeticError, "ArithmeticError", K::Exception);
        add(K::ZeroDivisionError, "ZeroDivisionError", K::ArithmeticError);
        add(K::OverflowError, "OverflowError", K::ArithmeticError);
        add(K::LookupError, "LookupError", K::Exception);
        add(K::KeyError, "KeyError", K::LookupError);
        add(K::IndexError, "IndexError", K::LookupError);
        add(K::ValueError, "ValueError", K::Exception);
        add(K::UnicodeError, "UnicodeError", K::ValueError);
        add(K::TypeError, "TypeError", K::Exception);
        add(K::NameError, "NameError", K::Exception);
        add(K::UnboundLocalError, "UnboundLocalError", K::NameError);
        add(K::AttributeError, "AttributeError", K::Exception);
        add(K::RuntimeError, "RuntimeError", K::Exception);
        add(K::RecursionError, "RecursionError", K::RuntimeError);
        add(K::NotImplementedError, "NotImplementedError", K::RuntimeError);
        add(K::AssertionError, "AssertionError", K::Exception);
        add(K::StopIteration, "StopIteration", K::Exception);
        add(K::MemoryError, "MemoryError", K::Exception);
        add(K::ImportError, "ImportError", K::Exception);
        add(K::ModuleNotFoundError, "ModuleNotFoundError", K::ImportError);
        add(K::Warning, "Warning", K::Exception);
        add(K::RuntimeWarning, "RuntimeWarning", K::Warning);
        add(K::UserWarning, "UserWarning", K::Warning);
        add(K::CacheKeyWarning, "CacheKeyWarning", K::RuntimeWarning, "django.core.cache.backends.base");
        add(K::PickleError, "PickleError", K::Exception, "_pickle");
        add(K::PicklingError, "PicklingError", K::PickleError, "_pickle");
    }
};

const Registry &registry()
{
    static const Registry r;
    return r;
}

} // namespace

ExceptionTypeObject *exceptionType(ExceptionKind kind)
{
    return registry().byKind[static_cast<std::size_t>(kind)];
}

ExceptionTypeObject *exceptionTypeByName(std::string_view name)
{
    for (ExceptionTypeObject *type : registry().all)
        if (type->name() == name)
            return type;
    return nullptr;
}

const std::vector<ExceptionTypeObject *> &allExceptionTypes()
{
    return registry().all;
}

Value makeException(ExceptionKind kind, const std::string &message)
{
    std::vector<Value> args;
    if (!message.empty())
        args.push_back(Value::str(message));
    return Value::object(Ref<Object>(new ExceptionObject(exceptionType(kind), std::move(args))));
}

void raise(ExceptionKind kind, const std::string &message)
{
    throw PyException(makeException(kind, message));
}

void raiseKeyError(const Value &key)
{
    throw PyException(Value::object(Ref<Object>(new ExceptionObject(exceptionType(ExceptionKind::KeyError), {key}))));
}

} // namespace cachetutor
