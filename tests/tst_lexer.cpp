// Tests for Lexer: token streams and CPython 3.11's tokenizer errors.
//
// A token stream is written as `KIND:text@line:column`, tokens separated by
// spaces (KIND as in Python's token module; tokens without text show no
// `:text`). Every error row was checked against CPython 3.11.2 with
//     /usr/bin/python3 -c "compile(open('x.py', 'rb').read().decode(), 'x.py', 'exec')"
// (message, line and offset), except the two file-level errors (invalid
// UTF-8 and NUL bytes), whose messages are those `python3 x.py` prints.

#include "lexer.h"

#include <QTest>

#include <string>

using namespace cachetutor;

namespace {

QString tokenStream(const QByteArray &source)
{
    Lexer lexer(std::string_view(source.constData(), static_cast<std::size_t>(source.size())), "x.py");
    QString out;
    for (int i = 0; i < 10000; ++i) {
        const Token t = lexer.next();
        if (!out.isEmpty())
            out += u' ';
        out += QString::fromLatin1(tokenKindName(t.kind));
        if (!t.text.empty())
            out += u':' + QString::fromUtf8(t.text.data(), static_cast<qsizetype>(t.text.size()));
        out += QStringLiteral("@%1:%2").arg(t.start.line).arg(t.start.column);
        if (t.kind == TokenKind::EndMarker || t.kind == TokenKind::Error)
            break;
    }
    return out;
}

// Lexes to the end; returns the error token's diagnostic.
Diagnostic lexError(const QByteArray &source, bool *overrides = nullptr)
{
    Lexer lexer(std::string_view(source.constData(), static_cast<std::size_t>(source.size())), "x.py");
    for (int i = 0; i < 100000; ++i) {
        const Token t = lexer.next();
        if (t.kind == TokenKind::Error) {
            if (overrides)
                *overrides = lexer.errorOverridesParser();
            return lexer.diagnostic();
        }
        if (t.kind == TokenKind::EndMarker)
            break;
    }
    return Diagnostic{};
}

} // namespace

class TestLexer : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void errors_data();
    void errors();
    void endIsRepeated();
    void errorIsRepeated();
    void tokenEndAndLevel();
    void identifierNormalisation();
    void originShiftsFirstLineOnly();
    void unclosedBracket();
    void keywords();
    void longInputIsLinear_data();
    void longInputIsLinear();
};

void TestLexer::tokens_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("assignment") << QByteArray("x = 1\n")
                                << QStringLiteral("NAME:x@1:1 OP:=@1:3 NUMBER:1@1:5 NEWLINE@1:6 ENDMARKER@1:6");
    // INDENT and DEDENT report the width of the indentation, as CPython does.
    QTest::newRow("indent and dedent")
        << QByteArray("if x:\n    y = 2\nz = 3\n")
        << QStringLiteral("NAME:if@1:1 NAME:x@1:4 OP::@1:5 NEWLINE@1:6 INDENT@2:4 NAME:y@2:5 OP:=@2:7 NUMBER:2@2:9 "
                          "NEWLINE@2:10 DEDENT@3:0 NAME:z@3:1 OP:=@3:3 NUMBER:3@3:5 NEWLINE@3:6 ENDMARKER@3:6");
    QTest::newRow("dedents at the end")
        << QByteArray("if a:\n  if b:\n    c\n")
        << QStringLiteral("NAME:if@1:1 NAME:a@1:4 OP::@1:5 NEWLINE@1:6 INDENT@2:2 NAME:if@2:3 NAME:b@2:6 OP::@2:7 "
                          "NEWLINE@2:8 INDENT@3:4 NAME:c@3:5 NEWLINE@3:6 DEDENT@3:6 DEDENT@3:6 ENDMARKER@3:6");
    // Brackets join lines; a comment moves the NEWLINE to the '#'; blank and
    // comment-only lines produce nothing.
    QTest::newRow("brackets, comments, blank lines")
        << QByteArray("x = (1,\n     2)  # c\n\n   # only a comment\ny\n")
        << QStringLiteral("NAME:x@1:1 OP:=@1:3 OP:(@1:5 NUMBER:1@1:6 OP:,@1:7 NUMBER:2@2:6 OP:)@2:7 NEWLINE@2:10 "
                          "NAME:y@5:1 NEWLINE@5:2 ENDMARKER@5:2");
    QTest::newRow("backslash continuation")
        << QByteArray("x = 1 + \\\n    2\n")
        << QStringLiteral("NAME:x@1:1 OP:=@1:3 NUMBER:1@1:5 OP:+@1:7 NUMBER:2@2:5 NEWLINE@2:6 ENDMARKER@2:6");
    QTest::newRow("strings")
        << QByteArray("s = rb'a' + F\"b\" + '''c\nd''' + u'\\''\n")
        << QStringLiteral("NAME:s@1:1 OP:=@1:3 STRING:rb'a'@1:5 OP:+@1:11 STRING:F\"b\"@1:13 OP:+@1:18 "
                          "STRING:'''c\nd'''@1:20 OP:+@2:6 STRING:u'\\''@2:8 NEWLINE@2:13 ENDMARKER@2:13");
    QTest::newRow("not a prefix") << QByteArray("ub'x'\n")
                                  << QStringLiteral("NAME:ub@1:1 STRING:'x'@1:3 NEWLINE@1:6 ENDMARKER@1:6");
    // A keyword right after a number ends it (`1if`), as in CPython.
    QTest::newRow("numbers")
        << QByteArray("n = 0x1F + 0o17 + 0b1 + 1_000 + 1.5e-3 + .5 + 5. + 1j + 1if 1else 2\n")
        << QStringLiteral("NAME:n@1:1 OP:=@1:3 NUMBER:0x1F@1:5 OP:+@1:10 NUMBER:0o17@1:12 OP:+@1:17 NUMBER:0b1@1:19 "
                          "OP:+@1:23 NUMBER:1_000@1:25 OP:+@1:31 NUMBER:1.5e-3@1:33 OP:+@1:40 NUMBER:.5@1:42 OP:+@1:45 "
                          "NUMBER:5.@1:47 OP:+@1:50 NUMBER:1j@1:52 OP:+@1:55 NUMBER:1@1:57 NAME:if@1:58 NUMBER:1@1:61 "
                          "NAME:else@1:62 NUMBER:2@1:67 NEWLINE@1:68 ENDMARKER@1:68");
    QTest::newRow("operators")
        << QByteArray("a **= b // c >> d != e -> f := g ... h <> i\n")
        << QStringLiteral("NAME:a@1:1 OP:**=@1:3 NAME:b@1:7 OP://@1:9 NAME:c@1:12 OP:>>@1:14 NAME:d@1:17 OP:!=@1:19 "
                          "NAME:e@1:22 OP:->@1:24 NAME:f@1:27 OP::=@1:29 NAME:g@1:32 OP:...@1:34 NAME:h@1:38 "
                          "OP:<>@1:40 NAME:i@1:43 NEWLINE@1:44 ENDMARKER@1:44");
    QTest::newRow("dots and a number") << QByteArray("a.b .5\n")
                                       << QStringLiteral("NAME:a@1:1 OP:.@1:2 NAME:b@1:3 NUMBER:.5@1:5 NEWLINE@1:7 ENDMARKER@1:7");
    // Columns count code points, not bytes.
    QTest::newRow("non-ASCII names") << QByteArray("caf\xc3\xa9 = \xef\xac\x81le\n")
                                     << QString::fromUtf8("NAME:café@1:1 OP:=@1:6 NAME:ﬁle@1:8 NEWLINE@1:11 ENDMARKER@1:11");
    QTest::newRow("CRLF and CR") << QByteArray("x = 1\r\ny = 2\r")
                                 << QStringLiteral("NAME:x@1:1 OP:=@1:3 NUMBER:1@1:5 NEWLINE@1:6 NAME:y@2:1 OP:=@2:3 "
                                                   "NUMBER:2@2:5 NEWLINE@2:6 ENDMARKER@2:6");
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbfx\n") << QStringLiteral("NAME:x@1:1 NEWLINE@1:2 ENDMARKER@1:2");
    QTest::newRow("tab indentation") << QByteArray("if x:\n\ty\n")
                                     << QStringLiteral("NAME:if@1:1 NAME:x@1:4 OP::@1:5 NEWLINE@1:6 INDENT@2:1 NAME:y@2:2 "
                                                       "NEWLINE@2:3 DEDENT@2:3 ENDMARKER@2:3");
    QTest::newRow("no final newline") << QByteArray("x") << QStringLiteral("NAME:x@1:1 NEWLINE@1:2 ENDMARKER@1:2");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("ENDMARKER@1:1");
    QTest::newRow("only comments") << QByteArray("# a\n\n# b\n") << QStringLiteral("ENDMARKER@3:4");
    // A backslash ends the indentation and the first one sets its width (4);
    // the INDENT is reported where the continued line's indentation ends.
    QTest::newRow("backslash in indentation")
        << QByteArray("if x:\n    \\\n  pass\n")
        << QStringLiteral("NAME:if@1:1 NAME:x@1:4 OP::@1:5 NEWLINE@1:6 INDENT@3:2 NAME:pass@3:3 NEWLINE@3:7 "
                          "DEDENT@3:7 ENDMARKER@3:7");
    QTest::newRow("characters no rule accepts") << QByteArray("x = $ ? !\n")
                                                << QStringLiteral("NAME:x@1:1 OP:=@1:3 OP:$@1:5 OP:?@1:7 OP:!@1:9 "
                                                                  "NEWLINE@1:10 ENDMARKER@1:10");
}

void TestLexer::tokens()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QCOMPARE(tokenStream(source), expected);
}

void TestLexer::errors_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("overridesParser");

    const QString syntax = QStringLiteral("SyntaxError");
    QTest::newRow("unterminated string") << QByteArray("x = 'abc\n") << syntax << 1 << 5
                                         << QStringLiteral("unterminated string literal (detected at line 1)") << true;
    QTest::newRow("unterminated triple-quoted")
        << QByteArray("x = 1\n'''abc\ndef\n") << syntax << 2 << 1
        << QStringLiteral("unterminated triple-quoted string literal (detected at line 3)") << true;
    QTest::newRow("escaped newline continues a string")
        << QByteArray("x = 'abc\\\ndef\n") << syntax << 1 << 5
        << QStringLiteral("unterminated string literal (detected at line 2)") << true;
    QTest::newRow("invalid character") << QByteArray("x = 1 \xe2\x82\xac\n") << syntax << 1 << 7
                                       << QString::fromUtf8("invalid character '€' (U+20AC)") << true;
    QTest::newRow("invalid character inside a name") << QByteArray("ab\xe2\x82\xac = 1\n") << syntax << 1 << 3
                                                     << QString::fromUtf8("invalid character '€' (U+20AC)") << true;
    QTest::newRow("non-printable character") << QByteArray("x = \x01\n") << syntax << 1 << 5
                                             << QStringLiteral("invalid non-printable character U+0001") << true;
    QTest::newRow("no-break space") << QByteArray("x = 1 \xc2\xa0\n") << syntax << 1 << 7
                                    << QStringLiteral("invalid non-printable character U+00A0") << true;
    QTest::newRow("invalid decimal literal") << QByteArray("x = 1abc\n") << syntax << 1 << 5
                                             << QStringLiteral("invalid decimal literal") << true;
    QTest::newRow("trailing underscore") << QByteArray("x = 1_\n") << syntax << 1 << 6
                                         << QStringLiteral("invalid decimal literal") << true;
    QTest::newRow("exponent without digits") << QByteArray("x = 1e\n") << syntax << 1 << 5
                                             << QStringLiteral("invalid decimal literal") << true;
    QTest::newRow("leading zeros") << QByteArray("x = 0777\n") << syntax << 1 << 5
                                   << QStringLiteral("leading zeros in decimal integer literals are not permitted; "
                                                     "use an 0o prefix for octal integers")
                                   << true;
    QTest::newRow("octal digit") << QByteArray("x = 0o8\n") << syntax << 1 << 7
                                 << QStringLiteral("invalid digit '8' in octal literal") << true;
    QTest::newRow("binary digit") << QByteArray("x = 0b12\n") << syntax << 1 << 8
                                  << QStringLiteral("invalid digit '2' in binary literal") << true;
    QTest::newRow("empty hexadecimal") << QByteArray("x = 0x\n") << syntax << 1 << 6
                                       << QStringLiteral("invalid hexadecimal literal") << true;
    QTest::newRow("imaginary") << QByteArray("x = 1jk\n") << syntax << 1 << 6
                               << QStringLiteral("invalid imaginary literal") << true;
    QTest::newRow("unmatched") << QByteArray("x = )\n") << syntax << 1 << 5 << QStringLiteral("unmatched ')'") << true;
    QTest::newRow("mismatched") << QByteArray("x = (]\n") << syntax << 1 << 6
                                << QStringLiteral("closing parenthesis ']' does not match opening parenthesis '('")
                                << true;
    QTest::newRow("mismatched across lines")
        << QByteArray("x = (\n]\n") << syntax << 2 << 1
        << QStringLiteral("closing parenthesis ']' does not match opening parenthesis '(' on line 1") << true;
    QTest::newRow("never closed") << QByteArray("x = (1,\n") << syntax << 1 << 5
                                  << QStringLiteral("'(' was never closed") << false;
    QTest::newRow("unindent") << QByteArray("if x:\n  a\n b\n") << QStringLiteral("IndentationError") << 3 << 3
                              << QStringLiteral("unindent does not match any outer indentation level") << false;
    QTest::newRow("tabs and spaces") << QByteArray("if x:\n        a\n\tb\n") << QStringLiteral("TabError") << 3 << 1
                                     << QStringLiteral("inconsistent use of tabs and spaces in indentation") << false;
    QTest::newRow("after a backslash") << QByteArray("x = 1 \\ 2\n") << syntax << 1 << 8
                                       << QStringLiteral("unexpected character after line continuation character")
                                       << false;
    QTest::newRow("backslash at the end") << QByteArray("x = 1 \\") << syntax << 1 << 8
                                          << QStringLiteral("unexpected EOF while parsing") << false;
    QTest::newRow("invalid UTF-8")
        << QByteArray("x = 1\n\xff = 2\n") << syntax << 2 << 1
        << QStringLiteral("Non-UTF-8 code starting with '\\xff' in file x.py on line 2, but no encoding declared; "
                          "see https://peps.python.org/pep-0263/ for details")
        << true;
    QTest::newRow("truncated UTF-8")
        << QByteArray("x = 'a\xe2\x82'\n") << syntax << 1 << 7
        << QStringLiteral("Non-UTF-8 code starting with '\\xe2' in file x.py on line 1, but no encoding declared; "
                          "see https://peps.python.org/pep-0263/ for details")
        << true;
    QTest::newRow("NUL byte") << QByteArray("x = 1\n\0\n", 8) << syntax << 2 << 1
                              << QStringLiteral("source code cannot contain null bytes") << true;
}

void TestLexer::errors()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(bool, overridesParser);

    bool overrides = false;
    const Diagnostic d = lexError(source, &overrides);
    QCOMPARE(QString::fromStdString(d.kindName()), kind);
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QCOMPARE(QString::fromStdString(d.message), message);
    QCOMPARE(overrides, overridesParser);
    QCOMPARE(QString::fromStdString(d.fileName), QStringLiteral("x.py"));
}

void TestLexer::endIsRepeated()
{
    Lexer lexer("x\n", "x.py");
    lexer.next();
    lexer.next();
    QCOMPARE(lexer.next().kind, TokenKind::EndMarker);
    QCOMPARE(lexer.next().kind, TokenKind::EndMarker);
}

void TestLexer::errorIsRepeated()
{
    Lexer lexer("x = )\ny\n", "x.py");
    lexer.next();
    lexer.next();
    QCOMPARE(lexer.next().kind, TokenKind::Error);
    QCOMPARE(lexer.next().kind, TokenKind::Error);
    QCOMPARE(QString::fromStdString(lexer.diagnostic().message), QStringLiteral("unmatched ')'"));
    QCOMPARE(QString::fromStdString(lexer.diagnostic().lineText), QStringLiteral("x = )"));
}

void TestLexer::tokenEndAndLevel()
{
    Lexer lexer("f(x, '''a\nbc''')\n", "x.py");
    QCOMPARE(lexer.next().level, 0); // f
    const Token open = lexer.next();
    QCOMPARE(open.level, 1);
    lexer.next(); // x
    lexer.next(); // ,
    const Token string = lexer.next();
    QCOMPARE(string.start.line, 1);
    QCOMPARE(string.start.column, 6);
    QCOMPARE(string.end.line, 2);
    QCOMPARE(string.end.column, 6);
    QCOMPARE(lexer.next().level, 0); // )
}

void TestLexer::identifierNormalisation()
{
    Lexer lexer("\xef\xac\x81le caf\xc3\xa9 plain\n", "x.py");
    const Token ligature = lexer.next();
    QVERIFY(ligature.nonAscii);
    QCOMPARE(QString::fromStdString(Lexer::identifier(ligature)), QStringLiteral("file"));
    QCOMPARE(QString::fromStdString(Lexer::identifier(lexer.next())), QString::fromUtf8("café"));
    const Token plain = lexer.next();
    QVERIFY(!plain.nonAscii);
    QCOMPARE(QString::fromStdString(Lexer::identifier(plain)), QStringLiteral("plain"));
}

void TestLexer::originShiftsFirstLineOnly()
{
    // The lexer of an f-string's expression: its first character sits at line 3, column 10.
    Lexer lexer("(a +\nb)", "x.py", ast::Position{3, 10});
    const Token open = lexer.next();
    QCOMPARE(open.start.line, 3);
    QCOMPARE(open.start.column, 10);
    const Token a = lexer.next();
    QCOMPARE(a.start.column, 11);
    lexer.next(); // +
    const Token b = lexer.next();
    QCOMPARE(b.start.line, 4);
    QCOMPARE(b.start.column, 1);
}

void TestLexer::unclosedBracket()
{
    Lexer lexer("x = [1,\n  (2\n", "x.py");
    while (lexer.next().kind != TokenKind::Error) {
    }
    QVERIFY(lexer.hasOpenBracket());
    const Diagnostic d = lexer.unclosedBracketError();
    QCOMPARE(d.line, 2);
    QCOMPARE(d.column, 3);
    QCOMPARE(QString::fromStdString(d.message), QStringLiteral("'(' was never closed"));
}

void TestLexer::keywords()
{
    QVERIFY(isKeyword("lambda"));
    QVERIFY(isKeyword("None"));
    QVERIFY(!isKeyword("match")); // soft keywords are names
    QVERIFY(!isKeyword("print"));
    QCOMPARE(QString::fromLatin1(tokenKindName(TokenKind::Operator)), QStringLiteral("OP"));
}

void TestLexer::longInputIsLinear_data()
{
    // One very long line and many short ones: columns must not be recounted.
    QTest::addColumn<QByteArray>("source");
    QByteArray oneLine = "x = [";
    for (int i = 0; i < 100000; ++i)
        oneLine += "aa, ";
    oneLine += "]\n";
    QByteArray manyLines;
    for (int i = 0; i < 100000; ++i)
        manyLines += "if x:\n    y = 'abc'\n";
    QTest::newRow("one long line") << oneLine;
    QTest::newRow("many lines") << manyLines;
}

// QBENCHMARK prints the time each takes (a quadratic lexer would take minutes).
void TestLexer::longInputIsLinear()
{
    QFETCH(QByteArray, source);
    std::size_t count = 0;
    Token t;
    QBENCHMARK_ONCE {
        Lexer lexer(source.toStdString(), "x.py");
        while ((t = lexer.next()).kind != TokenKind::EndMarker && t.kind != TokenKind::Error)
            ++count;
    }
    QCOMPARE(t.kind, TokenKind::EndMarker);
    QVERIFY(count > 200000);
}

QTEST_APPLESS_MAIN(TestLexer)
#include "tst_lexer.moc"
