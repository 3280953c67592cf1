#include "lessonreader.h"

#include "scriptoptions.h"
#include "trace.h"
#include "tracediff.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>

#include <climits>
#include <cmath>
#include <string>
#include <vector>

namespace cachetutor {

namespace {

const QLatin1String FormatTag("cachetutor-lesson");
constexpr int MaxOptions = 26; // one letter each, A to Z
constexpr int MaxQuotedLength = 60;

// How an error message shows a value it did not expect: a scalar as JSON,
// so a string "3" and a number 3 look different; a container by its kind.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        // Qt keeps integers exactly; only a written fraction or exponent is a double.
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return QString::number(value.toInteger());
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > MaxQuotedLength)
            text = text.left(MaxQuotedLength - 1) + QChar(0x2026); // …
        // Quoted and escaped as JSON: the array's brackets are cut off again.
        const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    case QJsonValue::Array:
        return LessonReader::tr("an array");
    case QJsonValue::Object:
        return LessonReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return LessonReader::tr("nothing");
}

// JSON has one number type: 300 and 300.0 are the same integer, 2.5 is none.
std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    if (value.toVariant().typeId() == QMetaType::LongLong)
        return value.toInteger();
    const double number = value.toDouble();
    // 2^63 is exact as a double; the range is [-2^63, 2^63).
    if (std::trunc(number) != number || number < -9223372036854775808.0 || number >= 9223372036854775808.0)
        return std::nullopt;
    return static_cast<qint64>(number);
}

bool isLessonName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    return true;
}

// Every event flowEventsOfStep() can give: start, end, each action's name,
// and the outcome of any cache call. Which cache calls record hits and
// misses is the engine's business, so every cache action may carry one.
const QSet<QString> &flowEvents()
{
    static const QSet<QString> events = [] {
        QSet<QString> set{QStringLiteral("start"), QStringLiteral("end")};
        for (int i = 0; i <= static_cast<int>(Action::StepLimit); ++i) {
            const auto action = static_cast<Action>(i);
            const std::string_view name = actionName(action);
            const QString text = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
            set.insert(text);
            if (isCacheAction(action)) {
                set.insert(text + QLatin1String(":hit"));
                set.insert(text + QLatin1String(":miss"));
            }
        }
        return set;
    }();
    return events;
}

// One read: the file name for the messages and the errors found so far.
class Reader
{
public:
    explicit Reader(QString fileName) : m_fileName(std::move(fileName)) {}

    void error(const QString &path, const QString &message)
    {
        m_errors << (path.isEmpty() ? m_fileName + QLatin1String(": ") + message
                                    : m_fileName + QLatin1String(": ") + path + QLatin1String(": ") + message);
    }
    const QStringList &errors() const { return m_errors; }
    int errorCount() const { return static_cast<int>(m_errors.size()); }

    std::optional<QString> string(const QJsonValue &value, const QString &path)
    {
        if (!value.isString()) {
            error(path, LessonReader::tr("expected a string, got %1").arg(describe(value)));
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<QString> nonEmptyString(const QJsonValue &value, const QString &path)
    {
        std::optional<QString> text = string(value, path);
        if (text && text->isEmpty()) {
            error(path, LessonReader::tr("expected a non-empty string, got \"\""));
            return std::nullopt;
        }
        return text;
    }

    // Reads each element with `element`; false when any of them failed.
    template <class Element>
    bool array(const QJsonValue &value, const QString &path, Element element)
    {
        if (!value.isArray()) {
            error(path, LessonReader::tr("expected an array, got %1").arg(describe(value)));
            return false;
        }
        const int before = errorCount();
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            element(items.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
        return errorCount() == before;
    }

    QStringList nonEmptyStrings(const QJsonValue &value, const QString &path)
    {
        QStringList list;
        array(value, path, [&](const QJsonValue &item, const QString &itemPath) {
            if (const auto text = nonEmptyString(item, itemPath))
                list << *text;
        });
        return list;
    }

private:
    QString m_fileName;
    QStringList m_errors;
};

// The fields of one JSON object. Each field a caller asks for becomes known;
// finish() reports the others, so a misspelt field is never dropped unseen.
class Fields
{
public:
    Fields(Reader &reader, QJsonObject object, QString path)
        : m_reader(reader), m_object(std::move(object)), m_path(std::move(path))
    {
    }

    // Undefined when absent; a required field's absence is reported.
    QJsonValue required(const char *name)
    {
        QJsonValue value = optional(name);
        if (value.isUndefined())
            m_reader.error(m_path, LessonReader::tr("missing field \"%1\"").arg(QLatin1String(name)));
        return value;
    }

    QJsonValue optional(const char *name)
    {
        m_known.insert(QLatin1String(name));
        return m_object.value(QLatin1String(name));
    }

    QString pathOf(const char *name) const
    {
        if (m_path.isEmpty())
            return QLatin1String(name);
        return m_path + QLatin1Char('.') + QLatin1String(name);
    }

    // Reads string field `name` into `out` when present.
    void string(const char *name, QString &out, bool isRequired, bool nonEmpty)
    {
        const QJsonValue value = isRequired ? required(name) : optional(name);
        if (value.isUndefined())
            return;
        const auto text = nonEmpty ? m_reader.nonEmptyString(value, pathOf(name)) : m_reader.string(value, pathOf(name));
        if (text)
            out = *text;
    }

    void finish()
    {
        for (const QString &key : m_object.keys()) // sorted, so the messages come in a stable order
            if (!m_known.contains(key))
                m_reader.error(m_path, LessonReader::tr("unknown field \"%1\"").arg(key));
    }

private:
    Reader &m_reader;
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_known;
};

// An object at `path`, or nullopt after reporting what it was instead.
std::optional<QJsonObject> objectAt(Reader &reader, const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        reader.error(path, LessonReader::tr("expected an object, got %1").arg(describe(value)));
        return std::nullopt;
    }
    return value.toObject();
}

// An array of lines is the text of a file holding them: each line ends in "\n".
void readScript(Reader &reader, const QJsonValue &value, QString &script)
{
    const QString path = QStringLiteral("script");
    const int before = reader.errorCount();
    if (value.isString()) {
        script = value.toString();
    } else if (value.isArray()) {
        QString text;
        reader.array(value, path, [&](const QJsonValue &line, const QString &linePath) {
            if (!line.isString()) {
                reader.error(linePath, LessonReader::tr("expected a line of text, got %1").arg(describe(line)));
                return;
            }
            // One element is one line, or the line numbers of the lesson and of the trace would disagree.
            const QString lineText = line.toString();
            if (lineText.contains(QLatin1Char('\n')) || lineText.contains(QLatin1Char('\r'))) {
                reader.error(linePath, LessonReader::tr("expected one line, got a line break in %1").arg(describe(line)));
                return;
            }
            text += lineText + QLatin1Char('\n');
        });
        script = text;
    } else {
        reader.error(path, LessonReader::tr("expected a string or an array of lines, got %1").arg(describe(value)));
        return;
    }
    if (reader.errorCount() == before && script.trimmed().isEmpty())
        reader.error(path, LessonReader::tr("expected a non-empty script"));
}

// The backend's settings go through ScriptOptions as command-line words, so a
// lesson's TIMEOUT or MAX_ENTRIES obeys exactly the rules of --timeout and
// --max-entries (and Django's int(TIMEOUT) truncation lives in one place).
// What is checked here is only what JSON adds: the type of each value.
CacheConfig readBackend(Reader &reader, const QJsonValue &value)
{
    const QString path = QStringLiteral("backend");
    const auto object = objectAt(reader, value, path);
    if (!object)
        return {};
    Fields fields(reader, *object, path);
    ScriptOptions options;
    auto apply = [&](const char *name, const char *option, const std::string &word) {
        if (const auto error = options.parseArguments({option, word}))
            reader.error(fields.pathOf(name), QString::fromStdString(error->message));
    };

    const QJsonValue timeout = fields.optional("TIMEOUT");
    if (timeout.isNull()) {
        apply("TIMEOUT", "--timeout", "None");
    } else if (const auto seconds = integerOf(timeout)) {
        apply("TIMEOUT", "--timeout", std::to_string(*seconds));
    } else if (timeout.isDouble()) {
        // 17 significant digits give back the very double JSON held.
        apply("TIMEOUT", "--timeout", QString::number(timeout.toDouble(), 'g', 17).toStdString());
    } else if (!timeout.isUndefined()) {
        reader.error(fields.pathOf("TIMEOUT"), LessonReader::tr("expected a number of seconds or null, got %1").arg(describe(timeout)));
    }

    auto integer = [&](const char *name, const char *option) {
        const QJsonValue field = fields.optional(name);
        if (field.isUndefined())
            return;
        if (const auto n = integerOf(field))
            apply(name, option, std::to_string(*n));
        else
            reader.error(fields.pathOf(name), LessonReader::tr("expected an integer, got %1").arg(describe(field)));
    };
    integer("MAX_ENTRIES", "--max-entries");
    integer("CULL_FREQUENCY", "--cull-frequency");

    const QJsonValue prefix = fields.optional("KEY_PREFIX");
    if (!prefix.isUndefined()) {
        if (const auto text = reader.string(prefix, fields.pathOf("KEY_PREFIX")))
            apply("KEY_PREFIX", "--key-prefix", text->toStdString());
    }

    integer("VERSION", "--version");
    fields.finish();
    return options.toRunOptions().cache;
}

QList<ConceptFlowNode> readConceptFlow(Reader &reader, const QJsonValue &value)
{
    QList<ConceptFlowNode> nodes;
    reader.array(value, QStringLiteral("conceptFlow"), [&](const QJsonValue &item, const QString &path) {
        const auto object = objectAt(reader, item, path);
        if (!object)
            return;
        Fields fields(reader, *object, path);
        ConceptFlowNode node;
        fields.string("label", node.label, true, true);
        const QJsonValue litBy = fields.optional("litBy");
        if (!litBy.isUndefined()) {
            reader.array(litBy, fields.pathOf("litBy"), [&](const QJsonValue &event, const QString &eventPath) {
                const auto name = reader.string(event, eventPath);
                if (!name)
                    return;
                // A misspelt event would leave its node dark forever, silently.
                if (!flowEvents().contains(*name))
                    reader.error(eventPath, LessonReader::tr("unknown flow event %1").arg(describe(event)));
                else
                    node.litBy << *name;
            });
        }
        fields.finish();
        nodes << node;
    });
    return nodes;
}

// A 1-based step number: at least 1, and an int like the trace's steps.
std::optional<int> readStep(Reader &reader, const QJsonValue &value, const QString &path)
{
    const auto number = integerOf(value);
    if (!number || *number < 1) {
        reader.error(path, LessonReader::tr("expected a step number of at least 1, got %1").arg(describe(value)));
        return std::nullopt;
    }
    if (*number > INT_MAX) {
        reader.error(path, LessonReader::tr("expected a step number of at most %1, got %2").arg(INT_MAX).arg(describe(value)));
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

QList<int> readSteps(Reader &reader, const QJsonValue &value, const QString &path)
{
    QList<int> steps;
    reader.array(value, path, [&](const QJsonValue &step, const QString &stepPath) {
        if (const auto number = readStep(reader, step, stepPath))
            steps << *number;
    });
    return steps;
}

// A column of the execution table, by its header text: a lesson that names
// one the table does not have would point a hint or an answer at nothing.
std::optional<QString> readColumn(Reader &reader, const QJsonValue &value, const QString &path)
{
    auto name = reader.string(value, path);
    if (!name)
        return std::nullopt;
    if (!isExecutionTableColumn(*name)) {
        reader.error(path, LessonReader::tr("expected a column of the execution table (%1), got %2")
                               .arg(executionTableColumns().join(QLatin1String(", ")), describe(value)));
        return std::nullopt;
    }
    return name;
}

QList<KeyMoment> readKeyMoments(Reader &reader, const QJsonValue &value)
{
    QList<KeyMoment> moments;
    reader.array(value, QStringLiteral("keyMoments"), [&](const QJsonValue &item, const QString &path) {
        const auto object = objectAt(reader, item, path);
        if (!object)
            return;
        Fields fields(reader, *object, path);
        KeyMoment moment;
        fields.string("question", moment.question, true, true);
        fields.string("answer", moment.answer, true, true);
        if (const QJsonValue steps = fields.optional("steps"); !steps.isUndefined())
            moment.steps = readSteps(reader, steps, fields.pathOf("steps"));
        fields.finish();
        moments << moment;
    });
    return moments;
}

// {"step": N, "text": TEXT}: a teacher's note for step N.
QList<Annotation> readAnnotations(Reader &reader, const QJsonValue &value)
{
    QList<Annotation> annotations;
    reader.array(value, QStringLiteral("annotations"), [&](const QJsonValue &item, const QString &path) {
        const auto object = objectAt(reader, item, path);
        if (!object)
            return;
        Fields fields(reader, *object, path);
        Annotation annotation;
        if (const QJsonValue step = fields.required("step"); !step.isUndefined())
            annotation.step = readStep(reader, step, fields.pathOf("step")).value_or(0);
        fields.string("text", annotation.text, true, true);
        fields.finish();
        annotations << annotation;
    });
    return annotations;
}

QuizQuestion::Kind readKind(Reader &reader, const QJsonValue &value, const QString &path)
{
    for (const auto kind : {QuizQuestion::Kind::Choice, QuizQuestion::Kind::Predict, QuizQuestion::Kind::WhatIf})
        if (value.isString() && value.toString() == QLatin1String(LessonReader::quizKindName(kind)))
            return kind;
    reader.error(path, LessonReader::tr("expected \"choice\", \"predict\" or \"what-if\", got %1").arg(describe(value)));
    return QuizQuestion::Kind::Choice; // the most common rules, so that the rest is still checked
}

// {"column": ..., "steps": [...]}: either may be left out, not both.
void readHintCells(Reader &reader, const QJsonValue &value, const QString &path, QuizQuestion &question)
{
    const auto object = objectAt(reader, value, path);
    if (!object)
        return;
    Fields fields(reader, *object, path);
    const QJsonValue column = fields.optional("column");
    if (!column.isUndefined())
        question.hintColumn = readColumn(reader, column, fields.pathOf("column")).value_or(QString());
    const QJsonValue steps = fields.optional("steps");
    if (!steps.isUndefined())
        question.hintSteps = readSteps(reader, steps, fields.pathOf("steps"));
    if (column.isUndefined() && steps.isUndefined())
        reader.error(path, LessonReader::tr("expected \"column\", \"steps\" or both"));
    fields.finish();
}

// One of three shapes, told apart by the field that names the source:
//   {"cell": COLUMN, "step": N}
//   {"firstStep": {"column": COLUMN, "equals": TEXT}}
//   {"variable": NAME, "afterStep": N}
AnswerSource readAnswerSource(Reader &reader, const QJsonValue &value, const QString &path)
{
    AnswerSource source;
    const auto object = objectAt(reader, value, path);
    if (!object)
        return source;
    const QStringList shapes{QStringLiteral("cell"), QStringLiteral("firstStep"), QStringLiteral("variable")};
    QStringList given;
    for (const QString &shape : shapes)
        if (object->contains(shape))
            given << shape;
    if (given.size() != 1) {
        const QString found = given.isEmpty() ? LessonReader::tr("none")
                                              : QLatin1Char('"') + given.join(QLatin1String("\", \"")) + QLatin1Char('"');
        reader.error(path, LessonReader::tr("expected exactly one of \"cell\", \"firstStep\" or \"variable\", got %1").arg(found));
        return source;
    }

    Fields fields(reader, *object, path);
    const int before = reader.errorCount();
    if (given.front() == shapes[0]) {
        source.kind = AnswerSource::Kind::Cell;
        source.column = readColumn(reader, fields.required("cell"), fields.pathOf("cell")).value_or(QString());
        if (const QJsonValue step = fields.required("step"); !step.isUndefined())
            source.step = readStep(reader, step, fields.pathOf("step")).value_or(0);
    } else if (given.front() == shapes[1]) {
        source.kind = AnswerSource::Kind::FirstStep;
        const QString firstPath = fields.pathOf("firstStep");
        if (const auto first = objectAt(reader, fields.required("firstStep"), firstPath)) {
            Fields firstFields(reader, *first, firstPath);
            if (const QJsonValue column = firstFields.required("column"); !column.isUndefined())
                source.column = readColumn(reader, column, firstFields.pathOf("column")).value_or(QString());
            // An empty text is a real cell's text (an empty Key), so it is allowed.
            firstFields.string("equals", source.equals, true, false);
            firstFields.finish();
        }
    } else {
        source.kind = AnswerSource::Kind::Variable;
        fields.string("variable", source.variable, true, true);
        if (const QJsonValue step = fields.required("afterStep"); !step.isUndefined())
            source.step = readStep(reader, step, fields.pathOf("afterStep")).value_or(0);
    }
    fields.finish();
    if (reader.errorCount() != before)
        source = {};
    return source;
}

// {"line": N, "replace": CODE}: N a line of the lesson's own script.
WhatIf readWhatIf(Reader &reader, const QJsonValue &value, const QString &path, const QString &script)
{
    WhatIf whatIf;
    const auto object = objectAt(reader, value, path);
    if (!object)
        return whatIf;
    Fields fields(reader, *object, path);
    const QJsonValue line = fields.required("line");
    if (!line.isUndefined()) {
        // Lines as a file of that text has them: a final line break ends the last line.
        const qsizetype lines = script.isEmpty() ? 0 : script.count(QLatin1Char('\n')) + (script.endsWith(QLatin1Char('\n')) ? 0 : 1);
        const auto number = integerOf(line);
        if (!number || *number < 1 || (lines > 0 && *number > lines)) {
            reader.error(fields.pathOf("line"),
                         lines > 0 ? LessonReader::tr("expected a line of the script, 1 to %1, got %2").arg(lines).arg(describe(line))
                                   : LessonReader::tr("expected a line number of at least 1, got %1").arg(describe(line)));
        } else {
            whatIf.line = static_cast<int>(*number);
        }
    }
    const QJsonValue replacement = fields.required("replace");
    if (!replacement.isUndefined()) {
        if (const auto text = reader.string(replacement, fields.pathOf("replace"))) {
            // One line for one line, so the steps of both scripts keep their line numbers.
            if (text->contains(QLatin1Char('\n')) || text->contains(QLatin1Char('\r')))
                reader.error(fields.pathOf("replace"),
                             LessonReader::tr("expected one line, got a line break in %1").arg(describe(replacement)));
            else
                whatIf.replacement = *text;
        }
    }
    fields.finish();
    return whatIf;
}

QList<TableCell> readChanges(Reader &reader, const QJsonValue &value, const QString &path)
{
    QList<TableCell> cells;
    reader.array(value, path, [&](const QJsonValue &item, const QString &itemPath) {
        const auto object = objectAt(reader, item, itemPath);
        if (!object)
            return;
        Fields fields(reader, *object, itemPath);
        TableCell cell;
        if (const QJsonValue step = fields.required("step"); !step.isUndefined())
            cell.step = readStep(reader, step, fields.pathOf("step")).value_or(0);
        if (const QJsonValue column = fields.required("column"); !column.isUndefined()) {
            const QString columnPath = fields.pathOf("column");
            if (const auto name = readColumn(reader, column, columnPath)) {
                // The Step column only numbers the rows: no edit can change it.
                if (*name == executionTableColumns().front())
                    reader.error(columnPath, LessonReader::tr("expected a column other than \"Step\", which only numbers the rows"));
                else
                    cell.column = *name;
            }
        }
        fields.finish();
        cells << cell;
    });
    return cells;
}

QList<QuizQuestion> readQuiz(Reader &reader, const QJsonValue &value, const QString &script)
{
    QList<QuizQuestion> quiz;
    reader.array(value, QStringLiteral("quiz"), [&](const QJsonValue &item, const QString &path) {
        const auto object = objectAt(reader, item, path);
        if (!object)
            return;
        Fields fields(reader, *object, path);
        QuizQuestion question;
        if (const QJsonValue kind = fields.optional("kind"); !kind.isUndefined())
            question.kind = readKind(reader, kind, fields.pathOf("kind"));
        const bool isPredict = question.kind == QuizQuestion::Kind::Predict;
        const bool isWhatIf = question.kind == QuizQuestion::Kind::WhatIf;
        // A field another kind of question takes, named with this one's kind.
        auto notHere = [&](const char *name) {
            reader.error(fields.pathOf(name), LessonReader::tr("expected no \"%1\" in a \"%2\" question")
                                                  .arg(QLatin1String(name), QLatin1String(LessonReader::quizKindName(question.kind))));
        };

        fields.string("question", question.question, true, true);

        // A predict question may go without options: the student types the answer.
        const QJsonValue options = isPredict ? fields.optional("options") : fields.required("options");
        bool optionsRead = false;
        if (!options.isUndefined()) {
            const int before = reader.errorCount();
            question.options = reader.nonEmptyStrings(options, fields.pathOf("options"));
            const auto count = question.options.size();
            if (reader.errorCount() == before && count < 2)
                reader.error(fields.pathOf("options"), LessonReader::tr("expected at least 2 options, got %1").arg(count));
            else if (reader.errorCount() == before && count > MaxOptions)
                reader.error(fields.pathOf("options"),
                             LessonReader::tr("expected at most %1 options (A–Z), got %2").arg(MaxOptions).arg(count));
            optionsRead = reader.errorCount() == before;
        }

        if (isPredict) {
            // Computed from the trace (LessonChecker), never written.
            question.answer = -1;
            if (!fields.optional("answer").isUndefined())
                reader.error(fields.pathOf("answer"), LessonReader::tr("expected no \"answer\" in a \"predict\" question: "
                                                         "the answer is computed from \"answerFrom\""));
        } else if (const QJsonValue answer = fields.required("answer"); !answer.isUndefined()) {
            const QString letter = answer.isString() ? answer.toString() : QString();
            const bool isLetter = letter.size() == 1 && letter.at(0) >= u'A' && letter.at(0) <= u'Z';
            if (optionsRead) {
                const auto count = question.options.size();
                const int index = isLetter ? letter.at(0).unicode() - u'A' : -1;
                if (index < 0 || index >= count) {
                    reader.error(fields.pathOf("answer"), LessonReader::tr("expected a letter A–%1 naming one of the %2 options, got %3")
                                                              .arg(QChar(static_cast<char16_t>(u'A' + count - 1)))
                                                              .arg(count)
                                                              .arg(describe(answer)));
                }
                question.answer = index;
            } else if (!isLetter) {
                // Without valid options, only the form of the answer can be checked.
                reader.error(fields.pathOf("answer"),
                             LessonReader::tr("expected a letter naming one of the options, got %1").arg(describe(answer)));
            }
        }

        fields.string("hint", question.hint, false, false);
        if (const QJsonValue hintCells = fields.optional("hintCells"); !hintCells.isUndefined())
            readHintCells(reader, hintCells, fields.pathOf("hintCells"), question);
        fields.string("explanation", question.explanation, false, false);
        if (const QJsonValue proof = fields.optional("proofStep"); !proof.isUndefined())
            question.proofStep = readStep(reader, proof, fields.pathOf("proofStep")).value_or(0);

        // A what-if question is checked through its changes; the others may
        // (a predict question must) say where the trace holds their answer.
        const QJsonValue answerFrom = isPredict ? fields.required("answerFrom") : fields.optional("answerFrom");
        if (!answerFrom.isUndefined()) {
            if (isWhatIf) {
                notHere("answerFrom");
            } else {
                const int before = reader.errorCount();
                question.answerFrom = readAnswerSource(reader, answerFrom, fields.pathOf("answerFrom"));
                if (isPredict && reader.errorCount() == before && question.answerFrom.kind != AnswerSource::Kind::Cell)
                    reader.error(fields.pathOf("answerFrom"),
                                 LessonReader::tr("expected {\"cell\": COLUMN, \"step\": N} in a \"predict\" question: "
                                    "what a step outputs or stores"));
            }
        }

        const QJsonValue whatIf = isWhatIf ? fields.required("whatIf") : fields.optional("whatIf");
        if (!whatIf.isUndefined()) {
            if (isWhatIf)
                question.whatIf = readWhatIf(reader, whatIf, fields.pathOf("whatIf"), script);
            else
                notHere("whatIf");
        }
        const QJsonValue changes = isWhatIf ? fields.required("changes") : fields.optional("changes");
        if (!changes.isUndefined()) {
            if (isWhatIf)
                question.changes = readChanges(reader, changes, fields.pathOf("changes"));
            else
                notHere("changes");
        }
        fields.finish();
        quiz << question;
    });
    return quiz;
}

// A language code as QLocale names languages: "de", "es", "pt_BR".
bool isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return pattern.match(code).hasMatch();
}

// A translated list: one entry for each of the lesson's `count` items.
template <class Element>
bool sameCount(Reader &reader, const QJsonValue &value, const QString &path, qsizetype count, const QString &what, Element element)
{
    if (value.isArray() && value.toArray().size() != count) {
        reader.error(path, LessonReader::tr("expected one entry per %1 of the lesson: %2, got %3")
                               .arg(what)
                               .arg(count)
                               .arg(value.toArray().size()));
        return false;
    }
    return reader.array(value, path, element);
}

QStringList readTranslatedStrings(Reader &reader, const QJsonValue &value, const QString &path, qsizetype count, const QString &what)
{
    QStringList list;
    sameCount(reader, value, path, count, what, [&](const QJsonValue &item, const QString &itemPath) {
        if (const auto text = reader.nonEmptyString(item, itemPath))
            list << *text;
    });
    return list;
}

// {"de": {"title": ..., "quiz": [...]}, "es": {...}}: the lesson's text in other
// languages, each list matching the lesson's own item for item.
QMap<QString, LessonText> readTranslations(Reader &reader, const QJsonValue &value, const Lesson &lesson)
{
    QMap<QString, LessonText> translations;
    const QString path = QStringLiteral("translations");
    const auto languages = objectAt(reader, value, path);
    if (!languages)
        return translations;
    for (auto it = languages->begin(); it != languages->end(); ++it) {
        const QString languagePath = path + QLatin1Char('.') + it.key();
        if (!isLanguageCode(it.key())) {
            reader.error(path, LessonReader::tr("expected a language code such as \"de\" or \"pt_BR\", got %1")
                                   .arg(describe(it.key())));
            continue;
        }
        const auto object = objectAt(reader, it.value(), languagePath);
        if (!object)
            continue;
        Fields fields(reader, *object, languagePath);
        LessonText text;
        fields.string("title", text.title, false, true);
        fields.string("duration", text.duration, false, true);
        fields.string("description", text.description, false, true);
        if (const QJsonValue flow = fields.optional("conceptFlow"); !flow.isUndefined())
            text.conceptFlow = readTranslatedStrings(reader, flow, fields.pathOf("conceptFlow"), lesson.conceptFlow.size(),
                                                     LessonReader::tr("concept-flow node"));
        if (const QJsonValue moments = fields.optional("keyMoments"); !moments.isUndefined()) {
            sameCount(reader, moments, fields.pathOf("keyMoments"), lesson.keyMoments.size(), LessonReader::tr("key moment"),
                      [&](const QJsonValue &item, const QString &itemPath) {
                          const auto momentObject = objectAt(reader, item, itemPath);
                          if (!momentObject)
                              return;
                          Fields momentFields(reader, *momentObject, itemPath);
                          KeyMomentText moment;
                          momentFields.string("question", moment.question, false, true);
                          momentFields.string("answer", moment.answer, false, true);
                          momentFields.finish();
                          text.keyMoments << moment;
                      });
        }
        if (const QJsonValue quiz = fields.optional("quiz"); !quiz.isUndefined()) {
            sameCount(reader, quiz, fields.pathOf("quiz"), lesson.quiz.size(), LessonReader::tr("quiz question"),
                      [&](const QJsonValue &item, const QString &itemPath) {
                          const auto questionObject = objectAt(reader, item, itemPath);
                          if (!questionObject)
                              return;
                          const qsizetype index = text.quiz.size();
                          Fields questionFields(reader, *questionObject, itemPath);
                          QuizText question;
                          questionFields.string("question", question.question, false, true);
                          if (const QJsonValue options = questionFields.optional("options"); !options.isUndefined()) {
                              const qsizetype count = index < lesson.quiz.size() ? lesson.quiz.at(index).options.size() : 0;
                              question.options = readTranslatedStrings(reader, options, questionFields.pathOf("options"), count,
                                                                       LessonReader::tr("option"));
                          }
                          questionFields.string("hint", question.hint, false, true);
                          questionFields.string("explanation", question.explanation, false, true);
                          questionFields.finish();
                          text.quiz << question;
                      });
        }
        if (const QJsonValue snapshot = fields.optional("snapshot"); !snapshot.isUndefined())
            text.snapshot = readTranslatedStrings(reader, snapshot, fields.pathOf("snapshot"), lesson.snapshot.size(),
                                                  LessonReader::tr("snapshot bullet"));
        fields.string("transcript", text.transcript, false, true);
        fields.string("note", text.note, false, true);
        if (const QJsonValue annotations = fields.optional("annotations"); !annotations.isUndefined())
            text.annotations = readTranslatedStrings(reader, annotations, fields.pathOf("annotations"), lesson.annotations.size(),
                                                     LessonReader::tr("annotation"));
        fields.finish();
        translations.insert(it.key(), text);
    }
    return translations;
}

// A JSON parse error's byte offset as the line and column an editor shows (both from 1).
QString position(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(qBound(0, offset, static_cast<int>(json.size())));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const auto line = before.count('\n') + 1;
    const auto column = QString::fromUtf8(before.mid(lineStart)).toUcs4().size() + 1;
    return LessonReader::tr("line %1, column %2").arg(line).arg(column);
}

void readLesson(Reader &reader, const QJsonObject &object, Lesson &lesson)
{
    Fields fields(reader, object, QString());

    // A file of another kind, or of a later version, follows rules this
    // reader does not know: listing its fields as unknown would only mislead.
    const QJsonValue format = fields.required("format");
    if (!format.isUndefined() && format.toString() != FormatTag) {
        reader.error(QStringLiteral("format"), LessonReader::tr("expected \"%1\", got %2").arg(FormatTag, describe(format)));
        return;
    }
    const QJsonValue version = fields.required("version");
    if (!version.isUndefined()) {
        const auto number = integerOf(version);
        if (!number) {
            reader.error(QStringLiteral("version"), LessonReader::tr("expected an integer, got %1").arg(describe(version)));
            return;
        }
        if (*number != LessonReader::FormatVersion) {
            reader.error(QStringLiteral("version"), LessonReader::tr("this CacheTutor reads lesson format version %1, the file says %2")
                                                        .arg(LessonReader::FormatVersion)
                                                        .arg(*number));
            return;
        }
    }

    const QJsonValue name = fields.required("name");
    if (!name.isUndefined()) {
        if (const auto text = reader.string(name, QStringLiteral("name"))) {
            if (isLessonName(*text))
                lesson.name = *text;
            else
                reader.error(QStringLiteral("name"),
                             LessonReader::tr("expected lower-case letters, digits and '-' only, got %1").arg(describe(name)));
        }
    }
    fields.string("title", lesson.title, true, true);
    fields.string("framework", lesson.framework, false, false);
    fields.string("duration", lesson.duration, false, false);
    fields.string("description", lesson.description, false, false);
    const QJsonValue script = fields.required("script");
    if (!script.isUndefined())
        readScript(reader, script, lesson.script);
    fields.string("scriptName", lesson.scriptName, false, false);
    if (const QJsonValue backend = fields.optional("backend"); !backend.isUndefined())
        lesson.backend = readBackend(reader, backend);
    if (const QJsonValue flow = fields.optional("conceptFlow"); !flow.isUndefined())
        lesson.conceptFlow = readConceptFlow(reader, flow);
    if (const QJsonValue moments = fields.optional("keyMoments"); !moments.isUndefined())
        lesson.keyMoments = readKeyMoments(reader, moments);
    if (const QJsonValue quiz = fields.optional("quiz"); !quiz.isUndefined())
        lesson.quiz = readQuiz(reader, quiz, lesson.script);
    if (const QJsonValue snapshot = fields.optional("snapshot"); !snapshot.isUndefined())
        lesson.snapshot = reader.nonEmptyStrings(snapshot, QStringLiteral("snapshot"));
    fields.string("transcript", lesson.transcript, false, false);
    fields.string("note", lesson.note, false, false);
    if (const QJsonValue annotations = fields.optional("annotations"); !annotations.isUndefined())
        lesson.annotations = readAnnotations(reader, annotations);
    // Last: a translation is checked against the lists read above.
    if (const QJsonValue translations = fields.optional("translations"); !translations.isUndefined())
        lesson.translations = readTranslations(reader, translations, lesson);
    fields.finish();
}

LessonReadResult failure(const QString &fileName, const QString &message)
{
    return {std::nullopt, {fileName + QLatin1String(": ") + message}};
}

QString tooLarge(qint64 size)
{
    return LessonReader::tr("too large: %1 bytes, the limit is %2 MB").arg(size).arg(LessonReader::MaxFileSize / (qint64{1024} * 1024));
}

} // namespace

LessonReadResult LessonReader::read(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxFileSize)
        return failure(fileName, tooLarge(bytes.size()));
    // Some editors start UTF-8 files with a byte-order mark; it is no part of the JSON.
    const QByteArray json = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (json.trimmed().isEmpty())
        return failure(fileName, tr("empty file"));

    // A picture, a script or a document picked by mistake: say what it is not,
    // rather than where its first byte broke the JSON.
    const QByteArray start = json.trimmed();
    if (!start.startsWith('{') && !start.startsWith('['))
        return failure(fileName, tr("not a lesson: a lesson file is JSON starting with '{' (see docs/lesson-format.md)"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(fileName, tr("%1: not valid JSON: %2").arg(position(json, parseError.offset), parseError.errorString()));
    if (!document.isObject()) {
        return failure(fileName, tr("expected a JSON object at the top level, got %1")
                                     .arg(describe(document.isArray() ? QJsonValue(document.array()) : QJsonValue())));
    }

    Reader reader(fileName);
    Lesson lesson;
    readLesson(reader, document.object(), lesson);
    if (!reader.errors().isEmpty())
        return {std::nullopt, reader.errors()};
    return {std::move(lesson), {}};
}

LessonReadResult LessonReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return failure(path, tr("cannot read: it is a folder, not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, tr("cannot read: %1").arg(file.errorString()));
    // The size first, so a huge file is never read into memory; then read one
    // byte past the limit, in case the file grew or does not know its size.
    if (file.size() > MaxFileSize)
        return failure(path, tooLarge(file.size()));
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return failure(path, tooLarge(bytes.size()));
    return read(bytes, path);
}

const char *LessonReader::quizKindName(QuizQuestion::Kind kind)
{
    switch (kind) {
    case QuizQuestion::Kind::Choice: return "choice";
    case QuizQuestion::Kind::Predict: return "predict";
    case QuizQuestion::Kind::WhatIf: return "what-if";
    }
    return "choice";
}

QStringList LessonReader::shippedLessonPaths()
{
    const QString folder = QStringLiteral(":/lessons");
    QStringList paths;
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths << folder + QLatin1Char('/') + name;
    return paths;
}

} // namespace cachetutor
