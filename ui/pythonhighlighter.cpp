#include "pythonhighlighter.h"

#include "theme.h"

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
    // Darker inks for light backgrounds, lighter ones for dark and high-contrast palettes.
    const bool dark = Theme::instance().isDark();
    auto ink = [dark](QRgb light, QRgb onDark) { return QColor::fromRgb(dark ? onDark : light); };
    switch (token) {
    case Token::Keyword:
        f.setForeground(ink(0x0055aa, 0x6cb6ff));
        f.setFontWeight(QFont::Bold);
        break;
    case Token::Builtin:
        f.setForeground(ink(0x6f42c1, 0xc8a2ff));
        break;
    case Token::CacheApi:
        f.setForeground(ink(0x007a5e, 0x4fd6b0));
        f.setFontWeight(QFont::DemiBold);
        break;
    case Token::String:
        f.setForeground(ink(0xa31515, 0xff9a8a));
        break;
    case Token::Number:
        f.setForeground(ink(0x098658, 0x9ee6a0));
        break;
    case Token::Comment:
        f.setForeground(ink(0x6a737d, 0xa8b0b8));
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
