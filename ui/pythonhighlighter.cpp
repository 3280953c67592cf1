#include "pythonhighlighter.h"

#include <QColor>
#include <QFont>

namespace cachetutor {

PythonHighlighter::PythonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document),
      // A string literal with an optional prefix; triple quotes are handled separately.
      m_stringPattern(QStringLiteral(R"((?:[rRuUfF]|[rR][fF]|[fF][rR])?('([^'\\\n]|\\.)*'?|"([^"\\\n]|\\.)*"?))"))
{
    const QString keywords = QStringLiteral(
        "and|as|assert|break|class|continue|def|del|elif|else|except|False|finally|for|from|global|if|import|in|is|"
        "lambda|None|nonlocal|not|or|pass|raise|return|True|try|while|with|yield");
    const QString builtins = QStringLiteral(
        "abs|all|any|bool|callable|chr|dict|divmod|float|format|int|isinstance|len|list|max|min|ord|pow|print|range|"
        "repr|round|set|sorted|str|sum|tuple|[A-Z][A-Za-z]*Error|Exception");
    m_rules = {
        {QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(keywords)), Token::Keyword},
        {QRegularExpression(QStringLiteral("\\b(%1)\\b(?=\\s*\\()").arg(builtins)), Token::Builtin},
        {QRegularExpression(QStringLiteral("\\b(cache|time)\\.[A-Za-z_]+")), Token::CacheApi},
        {QRegularExpression(QStringLiteral("\\b(0[xXoObB][0-9A-Fa-f_]+|\\d[\\d_]*\\.?[\\d_]*([eE][+-]?\\d+)?|\\.\\d+)\\b")), Token::Number},
    };
}

QTextCharFormat PythonHighlighter::format(Token token) const
{
    QTextCharFormat f;
    switch (token) {
    case Token::Keyword:
        f.setForeground(QColor(0x00, 0x55, 0xaa));
        f.setFontWeight(QFont::Bold);
        break;
    case Token::Builtin:
        f.setForeground(QColor(0x6f, 0x42, 0xc1));
        break;
    case Token::CacheApi:
        f.setForeground(QColor(0x00, 0x7a, 0x5e));
        f.setFontWeight(QFont::DemiBold);
        break;
    case Token::String:
        f.setForeground(QColor(0xa3, 0x15, 0x15));
        break;
    case Token::Number:
        f.setForeground(QColor(0x09, 0x86, 0x58));
        break;
    case Token::Comment:
        f.setForeground(QColor(0x6a, 0x73, 0x7d));
        f.setFontItalic(true);
        break;
    }
    return f;
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), format(rule.token));
        }
    }

    // Strings and comments are read left to right, so a '#' inside a string is not a comment
    // and a quote inside a comment starts no string. Triple-quoted strings may span lines.
    setCurrentBlockState(Normal);
    int i = 0;
    const int n = static_cast<int>(text.size());
    if (previousBlockState() == InSingleTriple || previousBlockState() == InDoubleTriple) {
        const QString close = previousBlockState() == InSingleTriple ? QStringLiteral("'''") : QStringLiteral("\"\"\"");
        const int end = static_cast<int>(text.indexOf(close));
        if (end < 0) {
            setFormat(0, n, format(Token::String));
            setCurrentBlockState(previousBlockState());
            return;
        }
        setFormat(0, end + 3, format(Token::String));
        i = end + 3;
    }
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('#')) {
            setFormat(i, n - i, format(Token::Comment));
            return;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const QString triple(3, c);
            if (text.mid(i, 3) == triple) {
                const int end = static_cast<int>(text.indexOf(triple, i + 3));
                if (end < 0) {
                    setFormat(i, n - i, format(Token::String));
                    setCurrentBlockState(c == QLatin1Char('\'') ? InSingleTriple : InDoubleTriple);
                    return;
                }
                setFormat(i, end + 3 - i, format(Token::String));
                i = end + 3;
                continue;
            }
            const QRegularExpressionMatch m = m_stringPattern.match(text, i, QRegularExpression::NormalMatch,
                                                                    QRegularExpression::AnchorAtOffsetMatchOption);
            const int length = m.hasMatch() ? static_cast<int>(m.capturedLength()) : 1;
            setFormat(i, length, format(Token::String));
            i += length;
            continue;
        }
        ++i;
    }
}

} // namespace cachetutor
