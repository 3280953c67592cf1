#include "astdump.h"

#include <string>

namespace cachetutor {

namespace {

// Constants print as Python's repr(), as ast.dump does.
std::string valueRepr(const Value &v)
{
    return repr(v);
}

const char *binaryName(ast::BinaryOperator op)
{
    switch (op) {
    case ast::BinaryOperator::Add: return "Add()";
    case ast::BinaryOperator::Sub: return "Sub()";
    case ast::BinaryOperator::Mul: return "Mult()";
    case ast::BinaryOperator::Div: return "Div()";
    case ast::BinaryOperator::FloorDiv: return "FloorDiv()";
    case ast::BinaryOperator::Mod: return "Mod()";
    case ast::BinaryOperator::Pow: return "Pow()";
    case ast::BinaryOperator::BitAnd: return "BitAnd()";
    case ast::BinaryOperator::BitOr: return "BitOr()";
    case ast::BinaryOperator::BitXor: return "BitXor()";
    case ast::BinaryOperator::LShift: return "LShift()";
    case ast::BinaryOperator::RShift: return "RShift()";
    }
    return "?";
}

const char *unaryName(ast::UnaryOperator op)
{
    switch (op) {
    case ast::UnaryOperator::Not: return "Not()";
    case ast::UnaryOperator::Neg: return "USub()";
    case ast::UnaryOperator::Pos: return "UAdd()";
    case ast::UnaryOperator::Invert: return "Invert()";
    }
    return "?";
}

const char *compareName(ast::CompareOperator op)
{
    switch (op) {
    case ast::CompareOperator::Eq: return "Eq()";
    case ast::CompareOperator::NotEq: return "NotEq()";
    case ast::CompareOperator::Lt: return "Lt()";
    case ast::CompareOperator::LtE: return "LtE()";
    case ast::CompareOperator::Gt: return "Gt()";
    case ast::CompareOperator::GtE: return "GtE()";
    case ast::CompareOperator::Is: return "Is()";
    case ast::CompareOperator::IsNot: return "IsNot()";
    case ast::CompareOperator::In: return "In()";
    case ast::CompareOperator::NotIn: return "NotIn()";
    }
    return "?";
}

class Dumper
{
public:
    explicit Dumper(bool withPositions) : m_positions(withPositions) {}

    std::string program(const ast::Program &p)
    {
        m_out += "Module(body=";
        body(p.body);
        m_out += ')';
        return std::move(m_out);
    }

private:
    void position(const ast::Position &p)
    {
        if (m_positions)
            m_out += ", line=" + std::to_string(p.line) + ", col=" + std::to_string(p.column);
    }

    void body(const std::vector<ast::StmtPtr> &stmts)
    {
        m_out += '[';
        for (std::size_t i = 0; i < stmts.size(); ++i) {
            if (i)
                m_out += ", ";
            stmt(*stmts[i]);
        }
        m_out += ']';
    }

    void exprs(const std::vector<ast::ExprPtr> &list)
    {
        m_out += '[';
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i)
                m_out += ", ";
            expr(list[i].get());
        }
        m_out += ']';
    }

    // A field whose value may be absent: left out, as ast.dump leaves out None.
    void optional(const char *name, const ast::Expr *e, bool &first)
    {
        if (!e)
            return;
        if (!first)
            m_out += ", ";
        first = false;
        m_out += name;
        m_out += '=';
        expr(e);
    }

    void arguments(const ast::FunctionInfo &info)
    {
        m_out += "arguments(args=[";
        for (std::size_t i = 0; i < info.params.size(); ++i) {
            if (i)
                m_out += ", ";
            m_out += "arg(arg=" + strRepr(info.params[i].name);
            position(info.params[i].pos);
            m_out += ')';
        }
        m_out += "], defaults=[";
        bool first = true;
        for (const ast::Parameter &p : info.params) {
            if (!p.defaultValue)
                continue;
            if (!first)
                m_out += ", ";
            first = false;
            expr(p.defaultValue.get());
        }
        m_out += "])";
    }

    void stmt(const ast::Stmt &s)
    {
        switch (s.kind) {
        case ast::StmtKind::Expr:
            m_out += "Expr(value=";
            expr(static_cast<const ast::ExprStmt &>(s).value.get());
            break;
        case ast::StmtKind::Assign: {
            const auto &a = static_cast<const ast::Assign &>(s);
            m_out += "Assign(targets=";
            exprs(a.targets);
            m_out += ", value=";
            expr(a.value.get());
            break;
        }
        case ast::StmtKind::AugAssign: {
            const auto &a = static_cast<const ast::AugAssign &>(s);
            m_out += "AugAssign(target=";
            expr(a.target.get());
            m_out += ", op=";
            m_out += binaryName(a.op);
            m_out += ", value=";
            expr(a.value.get());
            break;
        }
        case ast::StmtKind::If: {
            const auto &i = static_cast<const ast::If &>(s);
            m_out += "If(test=";
            expr(i.test.get());
            m_out += ", body=";
            body(i.body);
            m_out += ", orelse=";
            body(i.orelse);
            break;
        }
        case ast::StmtKind::For: {
            const auto &f = static_cast<const ast::For &>(s);
            m_out += "For(target=";
            expr(f.target.get());
            m_out += ", iter=";
            expr(f.iter.get());
            m_out += ", body=";
            body(f.body);
            m_out += ", orelse=";
            body(f.orelse);
            break;
        }
        case ast::StmtKind::While: {
            const auto &w = static_cast<const ast::While &>(s);
            m_out += "While(test=";
            expr(w.test.get());
            m_out += ", body=";
            body(w.body);
            m_out += ", orelse=";
            body(w.orelse);
            break;
        }
        case ast::StmtKind::Break:
            m_out += "Break(";
            break;
        case ast::StmtKind::Continue:
            m_out += "Continue(";
            break;
        case ast::StmtKind::Pass:
            m_out += "Pass(";
            break;
        case ast::StmtKind::Try: {
            const auto &t = static_cast<const ast::Try &>(s);
            m_out += "Try(body=";
            body(t.body);
            m_out += ", handlers=[";
            for (std::size_t i = 0; i < t.handlers.size(); ++i) {
                const ast::ExceptHandler &h = t.handlers[i];
                if (i)
                    m_out += ", ";
                m_out += "ExceptHandler(";
                if (h.type) {
                    m_out += "type=";
                    expr(h.type.get());
                    m_out += ", ";
                }
                if (!h.name.empty())
                    m_out += "name=" + strRepr(h.name) + ", ";
                m_out += "body=";
                body(h.body);
                position(h.pos);
                m_out += ')';
            }
            m_out += "], orelse=";
            body(t.orelse);
            m_out += ", finalbody=";
            body(t.finalbody);
            break;
        }
        case ast::StmtKind::Raise: {
            const auto &r = static_cast<const ast::Raise &>(s);
            m_out += "Raise(";
            bool first = true;
            optional("exc", r.exc.get(), first);
            optional("cause", r.cause.get(), first);
            break;
        }
        case ast::StmtKind::FunctionDef: {
            const auto &f = static_cast<const ast::FunctionDef &>(s);
            m_out += "FunctionDef(name=" + strRepr(f.info.name) + ", args=";
            arguments(f.info);
            m_out += ", body=";
            body(f.body);
            break;
        }
        case ast::StmtKind::Return: {
            const auto &r = static_cast<const ast::Return &>(s);
            m_out += "Return(";
            bool first = true;
            optional("value", r.value.get(), first);
            break;
        }
        case ast::StmtKind::Delete:
            m_out += "Delete(targets=";
            exprs(static_cast<const ast::Delete &>(s).targets);
            break;
        case ast::StmtKind::Import: {
            const auto &i = static_cast<const ast::Import &>(s);
            const bool time = i.module == ast::ImportedModule::Time;
            const std::string name = time ? "time" : "cache";
            m_out += time ? "Import(names=[alias(name='time'" : "ImportFrom(module='django.core.cache', names=[alias(name='cache'";
            if (i.boundName != name)
                m_out += ", asname=" + strRepr(i.boundName);
            m_out += time ? ")]" : ")], level=0";
            break;
        }
        case ast::StmtKind::Global: {
            const auto &g = static_cast<const ast::Global &>(s);
            m_out += "Global(names=[";
            for (std::size_t i = 0; i < g.names.size(); ++i) {
                if (i)
                    m_out += ", ";
                m_out += strRepr(g.names[i]);
            }
            m_out += ']';
            break;
        }
        case ast::StmtKind::Assert: {
            const auto &a = static_cast<const ast::Assert &>(s);
            m_out += "Assert(test=";
            expr(a.test.get());
            if (a.msg) {
                m_out += ", msg=";
                expr(a.msg.get());
            }
            break;
        }
        default:
            m_out += "<unknown statement>(";
            break;
        }
        if (m_positions) {
            if (m_out.back() != '(')
                m_out += ", ";
            m_out += "line=" + std::to_string(s.pos.line) + ", col=" + std::to_string(s.pos.column)
                     + ", endLine=" + std::to_string(s.endLine);
        }
        m_out += ')';
    }

    void fstringPart(const ast::FStringPart &part)
    {
        if (!part.expr) {
            m_out += "Constant(value=" + strRepr(part.literal) + ")";
            return;
        }
        m_out += "FormattedValue(value=";
        expr(part.expr.get());
        m_out += ", conversion=" + std::to_string(part.conversion ? static_cast<int>(part.conversion) : -1);
        if (!part.formatSpec.empty())
            m_out += ", format_spec=JoinedStr(values=[Constant(value=" + strRepr(part.formatSpec) + ")])";
        m_out += ')';
    }

    void expr(const ast::Expr *e)
    {
        if (!e) {
            m_out += "None";
            return;
        }
        switch (e->kind) {
        case ast::ExprKind::Constant:
            m_out += "Constant(value=" + valueRepr(static_cast<const ast::Constant *>(e)->value);
            break;
        case ast::ExprKind::FString: {
            const auto *f = static_cast<const ast::FString *>(e);
            m_out += "JoinedStr(values=[";
            for (std::size_t i = 0; i < f->parts.size(); ++i) {
                if (i)
                    m_out += ", ";
                fstringPart(f->parts[i]);
            }
            m_out += ']';
            break;
        }
        case ast::ExprKind::Name:
            m_out += "Name(id=" + strRepr(static_cast<const ast::Name *>(e)->id);
            break;
        case ast::ExprKind::Tuple:
            m_out += "Tuple(elts=";
            exprs(static_cast<const ast::Tuple *>(e)->elts);
            break;
        case ast::ExprKind::List:
            m_out += "List(elts=";
            exprs(static_cast<const ast::List *>(e)->elts);
            break;
        case ast::ExprKind::Set:
            m_out += "Set(elts=";
            exprs(static_cast<const ast::Set *>(e)->elts);
            break;
        case ast::ExprKind::Dict: {
            const auto *d = static_cast<const ast::Dict *>(e);
            m_out += "Dict(keys=";
            exprs(d->keys);
            m_out += ", values=";
            exprs(d->values);
            break;
        }
        case ast::ExprKind::Subscript: {
            const auto *s = static_cast<const ast::Subscript *>(e);
            m_out += "Subscript(value=";
            expr(s->value.get());
            m_out += ", slice=";
            expr(s->index.get());
            break;
        }
        case ast::ExprKind::Slice: {
            const auto *s = static_cast<const ast::Slice *>(e);
            m_out += "Slice(";
            bool first = true;
            optional("lower", s->lower.get(), first);
            optional("upper", s->upper.get(), first);
            optional("step", s->step.get(), first);
            break;
        }
        case ast::ExprKind::Attribute: {
            const auto *a = static_cast<const ast::Attribute *>(e);
            m_out += "Attribute(value=";
            expr(a->value.get());
            m_out += ", attr=" + strRepr(a->attr);
            break;
        }
        case ast::ExprKind::Call: {
            const auto *c = static_cast<const ast::Call *>(e);
            m_out += "Call(func=";
            expr(c->func.get());
            m_out += ", args=";
            exprs(c->args);
            m_out += ", keywords=[";
            for (std::size_t i = 0; i < c->keywords.size(); ++i) {
                const ast::Keyword &k = c->keywords[i];
                if (i)
                    m_out += ", ";
                m_out += "keyword(";
                if (!k.name.empty())
                    m_out += "arg=" + strRepr(k.name) + ", ";
                m_out += "value=";
                expr(k.value.get());
                position(k.pos);
                m_out += ')';
            }
            m_out += ']';
            break;
        }
        case ast::ExprKind::Lambda: {
            const auto *l = static_cast<const ast::Lambda *>(e);
            m_out += "Lambda(args=";
            arguments(l->info);
            m_out += ", body=";
            expr(l->body.get());
            break;
        }
        case ast::ExprKind::UnaryOp: {
            const auto *u = static_cast<const ast::UnaryOp *>(e);
            m_out += "UnaryOp(op=";
            m_out += unaryName(u->op);
            m_out += ", operand=";
            expr(u->operand.get());
            break;
        }
        case ast::ExprKind::BinOp: {
            const auto *b = static_cast<const ast::BinOp *>(e);
            m_out += "BinOp(left=";
            expr(b->left.get());
            m_out += ", op=";
            m_out += binaryName(b->op);
            m_out += ", right=";
            expr(b->right.get());
            break;
        }
        case ast::ExprKind::BoolOp: {
            const auto *b = static_cast<const ast::BoolOp *>(e);
            m_out += b->op == ast::BoolOperator::And ? "BoolOp(op=And(), values=" : "BoolOp(op=Or(), values=";
            exprs(b->values);
            break;
        }
        case ast::ExprKind::Compare: {
            const auto *c = static_cast<const ast::Compare *>(e);
            m_out += "Compare(left=";
            expr(c->left.get());
            m_out += ", ops=[";
            for (std::size_t i = 0; i < c->ops.size(); ++i) {
                if (i)
                    m_out += ", ";
                m_out += compareName(c->ops[i]);
            }
            m_out += "], comparators=";
            exprs(c->comparators);
            break;
        }
        case ast::ExprKind::IfExp: {
            const auto *i = static_cast<const ast::IfExp *>(e);
            m_out += "IfExp(test=";
            expr(i->test.get());
            m_out += ", body=";
            expr(i->body.get());
            m_out += ", orelse=";
            expr(i->orelse.get());
            break;
        }
        default:
            m_out += "<unknown expression>(";
            break;
        }
        if (m_positions) {
            if (m_out.back() != '(')
                m_out += ", ";
            m_out += "line=" + std::to_string(e->pos.line) + ", col=" + std::to_string(e->pos.column);
        }
        m_out += ')';
    }

    bool m_positions;
    std::string m_out;
};

} // namespace

std::string dumpAst(const ast::Program &program, bool withPositions)
{
    return Dumper(withPositions).program(program);
}

} // namespace cachetutor
