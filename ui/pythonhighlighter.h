#pragma once

// PythonHighlighter: colours a CacheTutor script as Python — keywords,
// builtins, the `cache` API, strings (triple-quoted ones across lines),
// numbers and comments — so the code view reads like an editor's.

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace cachetutor {

class PythonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit PythonHighlighter(QTextDocument *document);

    enum class Token { Keyword, Builtin, CacheApi, String, Number, Comment };
    // The format used for a kind of token (tests and the legend read it).
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        Token token;
    };
    // Block states: inside a ''' or a """ string that started on an earlier line.
    enum BlockState { Normal = 0, InSingleTriple = 1, InDoubleTriple = 2 };

    QList<Rule> m_rules;
    QRegularExpression m_stringPattern;
};

} // namespace cachetutor
