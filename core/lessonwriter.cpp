#include "lessonwriter.h"

#include "cacheengine.h"
#include "lessonreader.h"
#include "traceformatter.h"

#include <cmath>
#include <optional>
#include <string_view>
#include <vector>

namespace cachetutor {

namespace {

constexpr qsizetype LineWidth = 100; // an array or object that fits goes on one line

// A JSON value whose objects keep the order their members were added in
// (QJsonObject sorts its keys, and the format's order is part of the output).
struct Member;
struct Node {
    enum class Kind { Scalar, Array, Object };
    Kind kind = Kind::Scalar;
    QByteArray scalar; // encoded: "text", 3, null
    std::vector<Node> items;
    std::vector<Member> members;
    bool oneItemPerLine = false; // never on one line, however short (the script)
};

struct Member {
    QByteArray key;
    Node value;
};

// JSON's escapes, UTF-8 as it is ("—" stays readable), as cachetutor-trace writes JSON.
QByteArray quoted(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return QByteArray::fromStdString(TraceFormatter::jsonString(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size()))));
}

Node scalar(QByteArray encoded)
{
    Node node;
    node.scalar = std::move(encoded);
    return node;
}

Node string(const QString &text)
{
    return scalar(quoted(text));
}

Node integer(qint64 number)
{
    return scalar(QByteArray::number(number));
}

Node array()
{
    Node node;
    node.kind = Node::Kind::Array;
    return node;
}

Node object()
{
    Node node;
    node.kind = Node::Kind::Object;
    return node;
}

void add(Node &object, const char *key, Node value)
{
    object.members.push_back({quoted(QLatin1String(key)), std::move(value)});
}

void addIfNotEmpty(Node &object, const char *key, const QString &text)
{
    if (!text.isEmpty())
        add(object, key, string(text));
}

Node strings(const QStringList &list)
{
    Node node = array();
    for (const QString &text : list)
        node.items.push_back(string(text));
    return node;
}

Node integers(const QList<int> &list)
{
    Node node = array();
    for (const int number : list)
        node.items.push_back(integer(number));
    return node;
}

// Characters, not bytes, decide whether a line fits: "—" is one column.
qsizetype width(const QByteArray &utf8)
{
    qsizetype count = 0;
    for (const char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    return count;
}

// The node on one line, or nothing when part of it must not be.
std::optional<QByteArray> oneLine(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Scalar:
        return node.scalar;
    case Node::Kind::Array: {
        if (node.oneItemPerLine && !node.items.empty())
            return std::nullopt;
        QByteArray out = "[";
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            const auto item = oneLine(node.items[i]);
            if (!item)
                return std::nullopt;
            out += (i ? ", " : "") + *item;
        }
        return out + ']';
    }
    case Node::Kind::Object: {
        if (node.oneItemPerLine && !node.members.empty())
            return std::nullopt;
        QByteArray out = "{";
        for (std::size_t i = 0; i < node.members.size(); ++i) {
            const auto value = oneLine(node.members[i].value);
            if (!value)
                return std::nullopt;
            out += (i ? ", " : "") + node.members[i].key + ": " + *value;
        }
        return out + '}';
    }
    }
    return std::nullopt;
}

// `column` is where the node starts on its line; `indent` is the line's indentation.
void render(QByteArray &out, const Node &node, qsizetype indent, qsizetype column)
{
    // A scalar has no other form; the +1 leaves room for the comma that may follow.
    if (const auto line = oneLine(node); line && (node.kind == Node::Kind::Scalar || column + width(*line) + 1 <= LineWidth)) {
        out += *line;
        return;
    }
    const QByteArray inner(indent + 2, ' ');
    if (node.kind == Node::Kind::Array) {
        out += "[\n";
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            out += inner;
            render(out, node.items[i], indent + 2, indent + 2);
            out += i + 1 < node.items.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + ']';
    } else {
        out += "{\n";
        for (std::size_t i = 0; i < node.members.size(); ++i) {
            const Member &member = node.members[i];
            out += inner + member.key + ": ";
            render(out, member.value, indent + 2, indent + 2 + width(member.key) + 2);
            out += i + 1 < node.members.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + '}';
    }
}

// An array of lines reads back as lines each ending in "\n": the exact text
// only when the script ends in one and holds no carriage return.
Node script(const QString &text)
{
    if (!text.endsWith(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return string(text);
    Node node = strings(text.chopped(1).split(QLatin1Char('\n')));
    node.oneItemPerLine = true;
    return node;
}

Node timeout(double seconds)
{
    // Whole seconds, as Django keeps int(TIMEOUT); 17 digits give back any other double.
    if (std::trunc(seconds) == seconds && std::abs(seconds) < 9.0e15)
        return integer(static_cast<qint64>(seconds));
    return scalar(QByteArray::number(seconds, 'g', 17));
}

// Only the settings that differ from Django's defaults; nothing when none does.
std::optional<Node> backend(const CacheConfig &config)
{
    const CacheConfig defaults;
    Node node = object();
    if (config.timeout != defaults.timeout)
        add(node, "TIMEOUT", config.timeout ? timeout(*config.timeout) : scalar("null"));
    if (config.maxEntries != defaults.maxEntries)
        add(node, "MAX_ENTRIES", integer(config.maxEntries));
    if (config.cullFrequency != defaults.cullFrequency)
        add(node, "CULL_FREQUENCY", integer(config.cullFrequency));
    if (config.keyPrefix != defaults.keyPrefix)
        add(node, "KEY_PREFIX", string(QString::fromStdString(config.keyPrefix)));
    if (config.version != defaults.version)
        add(node, "VERSION", integer(config.version));
    if (node.members.empty())
        return std::nullopt;
    return node;
}

Node conceptFlowNode(const ConceptFlowNode &flowNode)
{
    Node node = object();
    add(node, "label", string(flowNode.label));
    if (!flowNode.litBy.isEmpty())
        add(node, "litBy", strings(flowNode.litBy));
    return node;
}

Node keyMoment(const KeyMoment &moment)
{
    Node node = object();
    add(node, "question", string(moment.question));
    add(node, "answer", string(moment.answer));
    if (!moment.steps.isEmpty())
        add(node, "steps", integers(moment.steps));
    return node;
}

Node answerSource(const AnswerSource &source)
{
    Node node = object();
    switch (source.kind) {
    case AnswerSource::Kind::Cell:
        add(node, "cell", string(source.column));
        add(node, "step", integer(source.step));
        break;
    case AnswerSource::Kind::FirstStep: {
        Node first = object();
        add(first, "column", string(source.column));
        add(first, "equals", string(source.equals));
        add(node, "firstStep", std::move(first));
        break;
    }
    case AnswerSource::Kind::Variable:
        add(node, "variable", string(source.variable));
        add(node, "afterStep", integer(source.step));
        break;
    case AnswerSource::Kind::None:
        break;
    }
    return node;
}

Node quizQuestion(const QuizQuestion &question)
{
    const bool isPredict = question.kind == QuizQuestion::Kind::Predict;
    const bool isWhatIf = question.kind == QuizQuestion::Kind::WhatIf;
    Node node = object();
    if (question.kind != QuizQuestion::Kind::Choice)
        add(node, "kind", string(QLatin1String(LessonReader::quizKindName(question.kind))));
    add(node, "question", string(question.question));
    // A predict question's options are optional; the others' are required, so even none is written.
    if (!isPredict || !question.options.isEmpty())
        add(node, "options", strings(question.options));
    // A predict question's answer is computed from answerFrom, never written.
    if (!isPredict && question.answer >= 0 && question.answer < 26)
        add(node, "answer", string(QChar(static_cast<char16_t>(u'A' + question.answer))));
    if (!isWhatIf && question.answerFrom.kind != AnswerSource::Kind::None)
        add(node, "answerFrom", answerSource(question.answerFrom));
    if (isWhatIf) {
        Node whatIf = object();
        add(whatIf, "line", integer(question.whatIf.line));
        add(whatIf, "replace", string(question.whatIf.replacement));
        add(node, "whatIf", std::move(whatIf));
        Node changes = array();
        for (const TableCell &cell : question.changes) {
            Node change = object();
            add(change, "step", integer(cell.step));
            add(change, "column", string(cell.column));
            changes.items.push_back(std::move(change));
        }
        add(node, "changes", std::move(changes));
    }
    addIfNotEmpty(node, "hint", question.hint);
    if (!question.hintColumn.isEmpty() || !question.hintSteps.isEmpty()) {
        Node cells = object();
        addIfNotEmpty(cells, "column", question.hintColumn);
        if (!question.hintSteps.isEmpty())
            add(cells, "steps", integers(question.hintSteps));
        add(node, "hintCells", std::move(cells));
    }
    addIfNotEmpty(node, "explanation", question.explanation);
    if (question.proofStep != 0)
        add(node, "proofStep", integer(question.proofStep));
    return node;
}

Node annotation(const Annotation &note)
{
    Node node = object();
    add(node, "step", integer(note.step));
    add(node, "text", string(note.text));
    return node;
}

Node keyMomentText(const KeyMomentText &moment)
{
    Node node = object();
    addIfNotEmpty(node, "question", moment.question);
    addIfNotEmpty(node, "answer", moment.answer);
    return node;
}

Node quizText(const QuizText &question)
{
    Node node = object();
    addIfNotEmpty(node, "question", question.question);
    if (!question.options.isEmpty())
        add(node, "options", strings(question.options));
    addIfNotEmpty(node, "hint", question.hint);
    addIfNotEmpty(node, "explanation", question.explanation);
    return node;
}

template <class List, class Convert>
void addList(Node &object, const char *key, const List &list, Convert convert)
{
    if (list.isEmpty())
        return;
    Node node = array();
    for (const auto &item : list)
        node.items.push_back(convert(item));
    add(object, key, std::move(node));
}

// One language of "translations": the text fields in the lesson's own order.
Node translation(const LessonText &text)
{
    Node node = object();
    node.oneItemPerLine = true;
    addIfNotEmpty(node, "title", text.title);
    addIfNotEmpty(node, "duration", text.duration);
    addIfNotEmpty(node, "description", text.description);
    if (!text.conceptFlow.isEmpty())
        add(node, "conceptFlow", strings(text.conceptFlow));
    addList(node, "keyMoments", text.keyMoments, keyMomentText);
    addList(node, "quiz", text.quiz, quizText);
    if (!text.snapshot.isEmpty())
        add(node, "snapshot", strings(text.snapshot));
    addIfNotEmpty(node, "transcript", text.transcript);
    addIfNotEmpty(node, "note", text.note);
    if (!text.annotations.isEmpty())
        add(node, "annotations", strings(text.annotations));
    return node;
}

} // namespace

QByteArray LessonWriter::write(const Lesson &lesson)
{
    Node root = object();
    root.oneItemPerLine = true;
    add(root, "format", string(QStringLiteral("cachetutor-lesson")));
    add(root, "version", integer(LessonReader::FormatVersion));
    add(root, "name", string(lesson.name));
    add(root, "title", string(lesson.title));
    addIfNotEmpty(root, "framework", lesson.framework);
    addIfNotEmpty(root, "duration", lesson.duration);
    addIfNotEmpty(root, "description", lesson.description);
    addIfNotEmpty(root, "scriptName", lesson.scriptName);
    add(root, "script", script(lesson.script));
    if (auto settings = backend(lesson.backend))
        add(root, "backend", std::move(*settings));
    addList(root, "conceptFlow", lesson.conceptFlow, conceptFlowNode);
    addList(root, "keyMoments", lesson.keyMoments, keyMoment);
    addList(root, "quiz", lesson.quiz, quizQuestion);
    if (!lesson.snapshot.isEmpty())
        add(root, "snapshot", strings(lesson.snapshot));
    addIfNotEmpty(root, "transcript", lesson.transcript);
    addIfNotEmpty(root, "note", lesson.note);
    addList(root, "annotations", lesson.annotations, annotation);
    if (!lesson.translations.isEmpty()) {
        Node languages = object();
        languages.oneItemPerLine = true;
        for (auto it = lesson.translations.cbegin(); it != lesson.translations.cend(); ++it)
            languages.members.push_back({quoted(it.key()), translation(it.value())});
        add(root, "translations", std::move(languages));
    }

    QByteArray out;
    render(out, root, 0, 0);
    return out + '\n';
}

} // namespace cachetutor
