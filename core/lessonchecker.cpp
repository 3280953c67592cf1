#include "lessonchecker.h"

#include "interpreter.h"
#include "tracediff.h"
#include "traceformatter.h"
#include "value.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>

namespace cachetutor {

namespace {

QString letter(int index)
{
    return QChar(static_cast<char16_t>(u'A' + index));
}

// A cell's text in a message: as the table shows it, except that an empty
// cell must still be visible.
QString shown(const QString &text)
{
    return text.isEmpty() ? LessonChecker::tr("empty") : text;
}

QString quizPath(qsizetype index)
{
    return QStringLiteral("quiz[%1]").arg(index);
}

// The step an answer source reads, or 0 when it reads the whole table.
int sourceStep(const AnswerSource &source)
{
    return source.kind == AnswerSource::Kind::Cell || source.kind == AnswerSource::Kind::Variable ? source.step : 0;
}

// "the Output of step 2 is 'Hello'": the evidence for a computed answer.
QString evidence(const AnswerSource &source, const QString &answer)
{
    switch (source.kind) {
    case AnswerSource::Kind::Cell:
        return LessonChecker::tr("the %1 of step %2 is %3").arg(source.column).arg(source.step).arg(shown(answer));
    case AnswerSource::Kind::FirstStep:
        return LessonChecker::tr("the %1 first reads %2 at %3").arg(source.column, shown(source.equals), answer);
    case AnswerSource::Kind::Variable:
        return LessonChecker::tr("%1 after step %2 is %3").arg(source.variable).arg(source.step).arg(answer);
    case AnswerSource::Kind::None:
        break;
    }
    return {};
}

QString notRunReason(const Diagnostic &diagnostic)
{
    const QString message = QString::fromStdString(diagnostic.message);
    const QString what = diagnostic.kind == Diagnostic::Kind::Unsupported
                             ? LessonChecker::tr("not supported in CacheTutor: %1").arg(message)
                             : QString::fromStdString(diagnostic.kindName()) + QLatin1String(": ") + message;
    return LessonChecker::tr("line %1: %2").arg(diagnostic.line).arg(what);
}

// One check: the file name for the messages and the errors found so far.
class Check
{
public:
    Check(QString fileName, int stepCount) : m_fileName(std::move(fileName)), m_stepCount(stepCount) {}

    void error(const QString &path, const QString &message)
    {
        m_errors << m_fileName + QLatin1String(": ") + path + QLatin1String(": ") + message;
    }
    const QStringList &errors() const { return m_errors; }

    // False (after saying so) when `step` is not one of the trace's.
    bool stepExists(const QString &path, int step)
    {
        if (step >= 1 && step <= m_stepCount)
            return true;
        error(path, LessonChecker::tr("step %1 is beyond the trace, which has %2 steps").arg(step).arg(m_stepCount));
        return false;
    }

private:
    QString m_fileName;
    int m_stepCount = 0;
    QStringList m_errors;
};

// The changes a what-if question lists against the cells its change really alters.
void checkWhatIf(Check &check, const Lesson &lesson, const Trace &trace, const QuizQuestion &question, const QString &path)
{
    const auto changed = LessonChecker::traceWhatIf(lesson, question.whatIf);
    if (changed->status() == Trace::Status::NotRun) {
        check.error(path + QLatin1String(".whatIf"),
                    LessonChecker::tr("the changed script does not run: %1").arg(notRunReason(changed->diagnostic())));
        return;
    }
    const QList<CellChange> real = diffExecutionTables(trace, *changed);
    QSet<std::pair<int, QString>> realCells;
    for (const CellChange &change : real)
        realCells.insert({change.step, change.column});
    QSet<std::pair<int, QString>> listed;
    for (qsizetype i = 0; i < question.changes.size(); ++i) {
        const TableCell &cell = question.changes[i];
        listed.insert({cell.step, cell.column});
        if (!realCells.contains({cell.step, cell.column})) {
            const TraceFormatter before(trace);
            check.error(path + QStringLiteral(".changes[%1]").arg(i),
                        LessonChecker::tr("step %1 %2 does not change (%3)")
                            .arg(cell.step)
                            .arg(cell.column, shown(executionTableCell(before, cell.step, cell.column))));
        }
    }
    for (const CellChange &change : real) {
        if (!listed.contains({change.step, change.column})) {
            check.error(path + QLatin1String(".changes"), LessonChecker::tr("step %1 %2 changes (%3 → %4) but is not listed")
                                                              .arg(change.step)
                                                              .arg(change.column, shown(change.before), shown(change.after)));
        }
    }
}

void checkQuestion(Check &check, const Lesson &lesson, const Trace &trace, const QuizQuestion &question, const QString &path)
{
    for (qsizetype s = 0; s < question.hintSteps.size(); ++s)
        check.stepExists(path + QStringLiteral(".hintCells.steps[%1]").arg(s), question.hintSteps[s]);
    if (question.proofStep != 0)
        check.stepExists(path + QLatin1String(".proofStep"), question.proofStep);

    if (question.kind == QuizQuestion::Kind::WhatIf) {
        checkWhatIf(check, lesson, trace, question, path);
        return;
    }

    const AnswerSource &source = question.answerFrom;
    if (source.kind == AnswerSource::Kind::None)
        return;
    const QString sourcePath = path + QLatin1String(".answerFrom");
    if (const int step = sourceStep(source); step != 0) {
        const char *field = source.kind == AnswerSource::Kind::Variable ? ".afterStep" : ".step";
        if (!check.stepExists(sourcePath + QLatin1String(field), step))
            return;
    }
    const std::optional<QString> answer = LessonChecker::computeAnswer(question, trace);
    if (!answer) {
        // The steps exist, so only a column that never reads the text is left.
        check.error(sourcePath, LessonChecker::tr("no step's %1 reads %2").arg(source.column, shown(source.equals)));
        return;
    }

    const auto chosen = question.options.indexOf(*answer);
    if (question.kind == QuizQuestion::Kind::Predict) {
        if (!question.options.isEmpty() && chosen < 0)
            check.error(path, LessonChecker::tr("the computed answer is none of the options: %1").arg(evidence(source, *answer)));
        return;
    }
    if (chosen != question.answer && question.answer >= 0 && question.answer < question.options.size()) {
        check.error(path, LessonChecker::tr("the answer %1 (%2) disagrees with the trace: %3")
                              .arg(letter(question.answer), question.options[question.answer], evidence(source, *answer)));
    }
}

} // namespace

QStringList LessonChecker::check(const Lesson &lesson, const QString &fileName)
{
    const auto trace = traceLesson(lesson);
    return check(lesson, fileName, *trace);
}

QStringList LessonChecker::check(const Lesson &lesson, const QString &fileName, const Trace &trace)
{
    Check check(fileName, trace.stepCount());
    if (trace.status() == Trace::Status::NotRun) {
        // Without a trace there is nothing to check the rest against.
        check.error(QStringLiteral("script"), tr("does not run: %1").arg(notRunReason(trace.diagnostic())));
        return check.errors();
    }
    for (qsizetype m = 0; m < lesson.keyMoments.size(); ++m) {
        const QList<int> &steps = lesson.keyMoments[m].steps;
        for (qsizetype s = 0; s < steps.size(); ++s)
            check.stepExists(QStringLiteral("keyMoments[%1].steps[%2]").arg(m).arg(s), steps[s]);
    }
    for (qsizetype q = 0; q < lesson.quiz.size(); ++q)
        checkQuestion(check, lesson, trace, lesson.quiz[q], quizPath(q));
    for (qsizetype a = 0; a < lesson.annotations.size(); ++a)
        check.stepExists(QStringLiteral("annotations[%1].step").arg(a), lesson.annotations[a].step);
    return check.errors();
}

std::unique_ptr<Trace> LessonChecker::traceLesson(const Lesson &lesson)
{
    RunOptions options;
    options.cache = lesson.backend;
    options.fileName = (lesson.scriptName.isEmpty() ? lesson.name + QLatin1String(".py") : lesson.scriptName).toStdString();
    return traceScript(lesson.script.toStdString(), options);
}

std::unique_ptr<Trace> LessonChecker::traceWhatIf(const Lesson &lesson, const WhatIf &whatIf)
{
    Lesson changed = lesson;
    changed.script = scriptWithReplacement(lesson.script, whatIf);
    return traceLesson(changed);
}

QString LessonChecker::scriptWithReplacement(const QString &script, const WhatIf &whatIf)
{
    QStringList lines = script.split(QLatin1Char('\n'));
    const qsizetype index = whatIf.line - 1;
    if (index >= 0 && index < lines.size())
        lines[index] = whatIf.replacement;
    return lines.join(QLatin1Char('\n'));
}

std::optional<QString> LessonChecker::computeAnswer(const QuizQuestion &question, const Trace &trace)
{
    const AnswerSource &source = question.answerFrom;
    switch (source.kind) {
    case AnswerSource::Kind::None:
        return std::nullopt;
    case AnswerSource::Kind::Cell: {
        const TraceFormatter table(trace);
        if (source.step < 1 || source.step > executionTableStepCount(table))
            return std::nullopt;
        return executionTableCell(table, source.step, source.column);
    }
    case AnswerSource::Kind::FirstStep: {
        const TraceFormatter table(trace);
        for (int step = 1; step <= executionTableStepCount(table); ++step)
            if (executionTableCell(table, step, source.column) == source.equals)
                return QStringLiteral("Step %1").arg(step); // an option's text, never translated
        return std::nullopt;
    }
    case AnswerSource::Kind::Variable: {
        if (source.step < 1 || source.step > trace.stepCount())
            return std::nullopt;
        const auto &names = trace.variableNames();
        const auto values = trace.variablesAfterStep(source.step - 1);
        for (std::size_t v = 0; v < names.size() && v < values.size(); ++v)
            if (QString::fromStdString(names[v]) == source.variable && values[v].defined)
                return QString::fromStdString(repr(values[v].value));
        return QStringLiteral("N/A");
    }
    }
    return std::nullopt;
}

QString LessonChecker::describeSource(const AnswerSource &source)
{
    switch (source.kind) {
    case AnswerSource::Kind::Cell:
        return tr("%1 of step %2").arg(executionTableColumnTitle(source.column)).arg(source.step);
    case AnswerSource::Kind::FirstStep:
        return tr("first step whose %1 reads %2").arg(executionTableColumnTitle(source.column), shown(source.equals));
    case AnswerSource::Kind::Variable:
        return tr("%1 after step %2").arg(source.variable).arg(source.step);
    case AnswerSource::Kind::None:
        break;
    }
    return {};
}

Lesson LessonChecker::withComputedAnswers(Lesson lesson, const Trace &trace)
{
    for (QuizQuestion &question : lesson.quiz) {
        const std::optional<QString> answer = computeAnswer(question, trace);
        if (!answer)
            continue;
        if (const auto index = question.options.indexOf(*answer); index >= 0)
            question.answer = static_cast<int>(index);
    }
    return lesson;
}

} // namespace cachetutor
