// Value: Python's repr, str, equality, hashing and pickle-like copies.
// Expected texts were produced by CPython 3.11 (Debian 12's python3).

#include "operators.h"
#include "pyexception.h"
#include "value.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cachetutor;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

Value s(const char *text)
{
    return Value::str(text);
}

Value i(std::int64_t v)
{
    return Value::integer(v);
}

} // namespace

class TestValue : public QObject
{
    Q_OBJECT

private slots:
    void floatRepr_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0.1") << 0.1 << "0.1";
        QTest::newRow("1.0") << 1.0 << "1.0";
        QTest::newRow("1e16") << 1e16 << "1e+16";
        QTest::newRow("1e15") << 1e15 << "1000000000000000.0";
        QTest::newRow("big") << 123456789012345678.0 << "1.2345678901234568e+17";
        QTest::newRow("1e-05") << 1e-05 << "1e-05";
        QTest::newRow("0.0001") << 0.0001 << "0.0001";
        QTest::newRow("-0.0") << -0.0 << "-0.0";
        QTest::newRow("1.5e300") << 1.5e300 << "1.5e+300";
        QTest::newRow("2.5") << 2.5 << "2.5";
        QTest::newRow("100.0") << 100.0 << "100.0";
        QTest::newRow("0.1+0.2") << 0.1 + 0.2 << "0.30000000000000004";
        QTest::newRow("1/3") << 1.0 / 3.0 << "0.3333333333333333";
        QTest::newRow("denormal") << 5e-324 << "5e-324";
        QTest::newRow("max") << 1.7976931348623157e308 << "1.7976931348623157e+308";
        QTest::newRow("-1e-7") << -1e-7 << "-1e-07";
        QTest::newRow("12345.678") << 12345.678 << "12345.678";
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << "inf";
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << "-inf";
        QTest::newRow("nan") << std::nan("") << "nan";
    }

    void floatRepr()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(q(cachetutor::floatRepr(value)), expected);
    }

    void strRepr_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "a" << "'a'";
        QTest::newRow("single quote") << "it's" << "\"it's\"";
        QTest::newRow("double quotes") << "say \"hi\"" << "'say \"hi\"'";
        QTest::newRow("both quotes") << "it's \"x\"" << "'it\\'s \"x\"'";
        QTest::newRow("whitespace escapes") << "a\nb\tc\r" << "'a\\nb\\tc\\r'";
        QTest::newRow("controls") << QString(QChar(0)) + QChar(0x7f) << "'\\x00\\x7f'";
        QTest::newRow("accented") << "é" << "'é'";
        QTest::newRow("emoji") << "😀" << "'😀'";
        QTest::newRow("zero width space") << QString(QChar(0x200b)) << "'\\u200b'";
        QTest::newRow("no-break space") << QString(QChar(0xa0)) << "'\\xa0'";
        QTest::newRow("line separator") << QString(QChar(0x2028)) << "'\\u2028'";
        QTest::newRow("backslash") << "\\" << "'\\\\'";
        QTest::newRow("empty") << "" << "''";
    }

    void strRepr()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(q(cachetutor::strRepr(text.toStdString())), expected);
        QCOMPARE(q(repr(Value::str(text.toStdString()))), expected);
    }

    void containerRepr_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("actual");
        QTest::newRow("None") << "None" << q(repr(Value()));
        QTest::newRow("True") << "True" << q(repr(Value::boolean(true)));
        QTest::newRow("int") << "-42" << q(repr(i(-42)));
        QTest::newRow("empty tuple") << "()" << q(repr(Value::tuple({})));
        QTest::newRow("1-tuple") << "(1,)" << q(repr(Value::tuple({i(1)})));
        QTest::newRow("tuple") << "(1, 'a')" << q(repr(Value::tuple({i(1), s("a")})));
        QTest::newRow("list") << "[1, [2.0, None]]" << q(repr(Value::list({i(1), Value::list({Value::floating(2), Value()})})));
        QTest::newRow("dict") << "{'greet': 'Hello', 5: True}" << q(repr(makeDict({{s("greet"), s("Hello")}, {i(5), Value::boolean(true)}})));
        QTest::newRow("empty dict") << "{}" << q(repr(makeDict()));
        QTest::newRow("empty set") << "set()" << q(repr(makeSet()));
        QTest::newRow("set") << "{1, 2}" << q(repr(makeSet({i(1), i(2), i(1)})));
        QTest::newRow("range") << "range(0, 5)" << q(repr(Value::object(Ref<Object>(new RangeObject(0, 5, 1)))));
        QTest::newRow("range step") << "range(1, 10, 3)" << q(repr(Value::object(Ref<Object>(new RangeObject(1, 10, 3)))));
        QTest::newRow("exception") << "ValueError(\"Key ':1:x' not found\")" << q(repr(makeException(ExceptionKind::ValueError, "Key ':1:x' not found")));
        QTest::newRow("str of exception") << "Key ':1:x' not found" << q(str(makeException(ExceptionKind::ValueError, "Key ':1:x' not found")));
        QTest::newRow("str of str") << "a'b" << q(str(s("a'b")));
    }

    void containerRepr()
    {
        QFETCH(QString, expected);
        QFETCH(QString, actual);
        QCOMPARE(actual, expected);
    }

    void recursiveListRepr()
    {
        Value list = Value::list({i(1)});
        list.sequence().m_items.push_back(list);
        QCOMPARE(q(repr(list)), QStringLiteral("[1, [...]]"));
        list.sequence().m_items.clear(); // break the cycle so it is freed
    }

    void reprLimit_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<bool>("cut");
        bool cut = false;
        const Value list = Value::list({i(1), i(22), i(333)});
        QTest::newRow("fits") << "[1, 22, 333]" << q(repr(list, 12, &cut)) << cut;
        QTest::newRow("one byte over") << "[1, 22, 333…" << q(repr(list, 11, &cut)) << cut;
        QTest::newRow("inside an item") << "[1, 2…" << q(repr(list, 5, &cut)) << cut;
        QTest::newRow("never splits a character") << "'h…" << q(repr(s("hé"), 3, &cut)) << cut; // 'h + the first byte of é
        QTest::newRow("str of a str") << "abc…" << q(str(s("abcdef"), 3, &cut)) << cut;
        QTest::newRow("str that fits") << "abcdef" << q(str(s("abcdef"), 6, &cut)) << cut;
        // A list holding the same list twice at each of 40 levels: 2^40 items, printed up to the limit at once.
        Value shared = Value::list({i(0)});
        for (int level = 0; level < 40; ++level)
            shared = Value::list({shared, shared});
        const std::string big = repr(shared, 1000, &cut);
        QTest::newRow("2^40 items") << QString(41, QLatin1Char('[')) + "0], [0]], [[0], [0]" << q(big.substr(0, 60)) << cut;
        QTest::newRow("2^40 items, length") << "1003" << QString::number(big.size()) << cut; // 1000 bytes and '…' (3 bytes)
    }

    void reprLimit()
    {
        QFETCH(QString, expected);
        QFETCH(QString, actual);
        QFETCH(bool, cut);
        QCOMPARE(actual, expected);
        QCOMPARE(cut, expected.endsWith(QChar(0x2026)) || QByteArray(QTest::currentDataTag()).startsWith("2^40"));
    }

    void keyErrorMessage()
    {
        try {
            raiseKeyError(s("missing"));
            QFAIL("no exception");
        } catch (const PyException &e) {
            QCOMPARE(q(e.object().formatted()), QStringLiteral("KeyError: 'missing'"));
        }
    }

    void equalityAcrossNumberTypes_data()
    {
        QTest::addColumn<bool>("equal");
        QTest::addColumn<bool>("actual");
        QTest::newRow("1 == 1.0") << true << equals(i(1), Value::floating(1.0));
        QTest::newRow("True == 1") << true << equals(Value::boolean(true), i(1));
        QTest::newRow("0.5 != 0") << false << equals(Value::floating(0.5), i(0));
        QTest::newRow("'1' != 1") << false << equals(s("1"), i(1));
        QTest::newRow("[1] != (1,)") << false << equals(Value::list({i(1)}), Value::tuple({i(1)}));
        QTest::newRow("lists") << true << equals(Value::list({i(1), s("a")}), Value::list({Value::floating(1.0), s("a")}));
        QTest::newRow("dicts ignore order") << true
                                            << equals(makeDict({{s("a"), i(1)}, {s("b"), i(2)}}), makeDict({{s("b"), i(2)}, {s("a"), i(1)}}));
        QTest::newRow("None") << true << equals(Value(), Value());
        QTest::newRow("2**53+1 != float") << false << equals(i((1LL << 53) + 1), Value::floating(9007199254740992.0));
    }

    void equalityAcrossNumberTypes()
    {
        QFETCH(bool, equal);
        QFETCH(bool, actual);
        QCOMPARE(actual, equal);
    }

    void equalNumbersHashEqual()
    {
        QCOMPARE(hashValue(i(2)), hashValue(Value::floating(2.0)));
        QCOMPARE(hashValue(i(1)), hashValue(Value::boolean(true)));
        Value d = makeDict({{i(1), s("int")}});
        d.dict().m_table.insert(Value::floating(1.0), s("float"));
        QCOMPARE(q(repr(d)), QStringLiteral("{1: 'float'}")); // Python keeps the first key object
    }

    void unhashableRaises()
    {
        try {
            hashValue(Value::list({}));
            QFAIL("no exception");
        } catch (const PyException &e) {
            QCOMPARE(q(e.object().formatted()), QStringLiteral("TypeError: unhashable type: 'list'"));
        }
    }

    void deepCopyIsIndependent()
    {
        Value inner = Value::list({i(1)});
        Value outer = Value::list({inner, inner});
        Value copy = deepCopy(outer);
        inner.sequence().m_items.push_back(i(2));
        QCOMPARE(q(repr(copy)), QStringLiteral("[[1], [1]]"));
        // Shared references stay shared inside one copy, as pickle's memo does.
        QVERIFY(copy.sequence().m_items[0].isSameObject(copy.sequence().m_items[1]));
        QVERIFY(!copy.isSameObject(outer));
    }

    void dictKeepsInsertionOrderAfterRemoval()
    {
        Value d = makeDict({{s("a"), i(1)}, {s("b"), i(2)}, {s("c"), i(3)}});
        QVERIFY(d.dict().m_table.remove(s("b")));
        d.dict().m_table.insert(s("b"), i(4));
        QCOMPARE(q(repr(d)), QStringLiteral("{'a': 1, 'c': 3, 'b': 4}"));
        for (int n = 0; n < 1000; ++n)
            d.dict().m_table.insert(i(n), i(n));
        for (int n = 0; n < 1000; ++n)
            QVERIFY(d.dict().m_table.remove(i(n)));
        QCOMPARE(q(repr(d)), QStringLiteral("{'a': 1, 'c': 3, 'b': 4}"));
    }
};

QTEST_APPLESS_MAIN(TestValue)
#include "tst_value.moc"
