#include "lessonexporter.h"

#include "lessonchecker.h"
#include "narrator.h"
#include "trace.h"
#include "tracediff.h"
#include "traceformatter.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace cachetutor {

namespace {

QString q(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

// The tracker's cells: header row, then one row per variable and the cache.
QList<QStringList> trackerRows(const Trace &trace, int maxSteps)
{
    const int steps = std::min(trace.stepCount(), std::max(0, maxSteps));
    QList<QStringList> rows;
    QStringList header{LessonExporter::tr("Variable"), LessonExporter::tr("Start")};
    for (int s = 1; s <= steps; ++s)
        header.append(LessonExporter::tr("After Step %1").arg(s));
    rows.append(header);
    const std::vector<std::string> &names = trace.variableNames();
    for (const std::string &name : names)
        rows.append({q(name)});
    rows.append({LessonExporter::tr("cache contents")});
    for (int s = 0; s <= steps; ++s) {
        const std::vector<Trace::VariableValue> values = trace.variablesAfterStep(s - 1);
        for (std::size_t v = 0; v < names.size(); ++v)
            rows[static_cast<qsizetype>(v) + 1].append(v < values.size() && values[v].defined ? q(repr(values[v].value))
                                                                                             : LessonExporter::tr("N/A"));
        const double clock = s == 0 ? 0.0 : trace.step(s - 1).clock;
        rows.last().append(q(Trace::stateRepr(trace.cacheAfterStep(s - 1), clock)));
    }
    return rows;
}

QString markdownField(const QString &text)
{
    return QString(text).replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString htmlTable(const QList<QStringList> &rows, const QString &caption)
{
    QString html = QStringLiteral("<table>\n<caption>%1</caption>\n").arg(esc(caption));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : rows[r])
            html += r == 0 ? QStringLiteral("<th>%1</th>").arg(esc(cell)) : QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString letter(int option)
{
    return option >= 0 && option < 26 ? QString(QChar(u'A' + option)) : QString::number(option + 1);
}

} // namespace

QString LessonExporter::trackerCsv(const Trace &trace, int maxSteps)
{
    QString csv;
    for (const QStringList &row : trackerRows(trace, maxSteps)) {
        QStringList fields;
        for (const QString &cell : row)
            fields.append(QString::fromStdString(TraceFormatter::csvField(cell.toStdString())));
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

QString LessonExporter::trackerMarkdown(const Trace &trace, int maxSteps)
{
    const QList<QStringList> rows = trackerRows(trace, maxSteps);
    QString md;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (const QString &cell : rows[r])
            cells.append(markdownField(cell));
        md += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        if (r == 0)
            md += QStringLiteral("|") + QStringLiteral("---|").repeated(rows[r].size()) + QLatin1Char('\n');
    }
    return md;
}

QString LessonExporter::tableCsv(const Trace &trace)
{
    return q(TraceFormatter(trace).csv());
}

QString LessonExporter::tableMarkdown(const Trace &trace)
{
    return q(TraceFormatter(trace).markdown());
}

QString LessonExporter::html(const Lesson &lesson, const Trace &trace, int maxSteps)
{
    const TraceFormatter formatter(trace);
    const int steps = std::min(trace.stepCount(), std::max(0, maxSteps));
    const QString title = lesson.title.isEmpty() ? q(trace.fileName()) : lesson.title;

    QString html = QStringLiteral(
                       "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n<style>\n"
                       "body { font-family: sans-serif; margin: 2em; color: #111; }\n"
                       "h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #999; }\n"
                       "pre { background: #f4f4f4; padding: 0.6em; border: 1px solid #ccc; }\n"
                       "table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.9em; }\n"
                       "caption { text-align: left; font-weight: bold; padding: 0.2em 0; }\n"
                       "th, td { border: 1px solid #999; padding: 0.2em 0.5em; text-align: left; vertical-align: top; font-family: monospace; }\n"
                       "th { background: #e8e8e8; font-family: sans-serif; }\n"
                       ".meta { color: #444; } .note { border-left: 4px solid #1a5fd0; padding: 0.3em 0.8em; background: #eef3fc; }\n"
                       "ol.options { list-style-type: upper-alpha; }\n"
                       ".answers { page-break-before: always; break-before: page; }\n"
                       "</style>\n</head>\n<body>\n")
                       .arg(esc(title));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    QStringList meta;
    if (!lesson.framework.isEmpty())
        meta.append(lesson.framework);
    if (!lesson.duration.isEmpty())
        meta.append(lesson.duration);
    if (!meta.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(meta.join(QStringLiteral(" · "))));
    if (!lesson.description.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(lesson.description));
    if (!lesson.note.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(lesson.note));

    html += QStringLiteral("<h2>%1</h2>\n<pre>").arg(esc(tr("Code")));
    QStringList lines;
    for (const std::string &line : trace.sourceLines())
        lines.append(q(line));
    html += esc(lines.join(QLatin1Char('\n'))) + QStringLiteral("</pre>\n");

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Execution Table")));
    QList<QStringList> table{executionTableColumns().mid(0, 6)}; // all but Notes
    for (QString &title : table.first())
        title = executionTableColumnTitle(title);
    const std::size_t events = steps < trace.stepCount() ? formatter.firstEventOfStep(steps + 1) : formatter.eventCount();
    for (std::size_t e = 0; e < events; ++e) {
        const TraceFormatter::Row row = formatter.row(e);
        table.append({QString::number(row.step), q(row.action), q(row.key), q(row.value), q(row.state), q(row.output)});
    }
    html += htmlTable(table, tr("One row per step"));
    if (steps < trace.stepCount())
        html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(tr("The tables show the first %1 of %2 steps.").arg(steps).arg(trace.stepCount())));

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Variable Tracker")));
    html += htmlTable(trackerRows(trace, maxSteps), tr("Each variable after each step"));

    if (!lesson.conceptFlow.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<p>").arg(esc(tr("Concept Flow")));
        QStringList nodes;
        for (const ConceptFlowNode &node : lesson.conceptFlow)
            nodes.append(esc(node.label));
        html += nodes.join(QStringLiteral(" → ")) + QStringLiteral("</p>\n");
    }

    if (!lesson.keyMoments.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(esc(tr("Key Moments")));
        for (const KeyMoment &moment : lesson.keyMoments) {
            QStringList steps;
            for (int step : moment.steps)
                steps.append(QString::number(step));
            html += QStringLiteral("<li><b>%1</b> (%2)<br>%3</li>\n")
                        .arg(esc(moment.question), esc(tr("steps %1").arg(steps.join(QStringLiteral(", ")))), esc(moment.answer));
        }
        html += QStringLiteral("</ol>\n");
    }

    if (!lesson.quiz.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(esc(tr("Quiz")));
        for (const QuizQuestion &question : lesson.quiz) {
            html += QStringLiteral("<li><p>%1</p>\n").arg(esc(question.question));
            if (question.kind == QuizQuestion::Kind::WhatIf)
                html += QStringLiteral("<p>%1 <code>%2</code></p>\n").arg(esc(tr("What if line %1 were:").arg(question.whatIf.line)), esc(question.whatIf.replacement));
            if (question.options.isEmpty()) {
                html += QStringLiteral("<p>%1 ______________________</p>\n").arg(esc(tr("Your answer:")));
            } else {
                html += QStringLiteral("<ol class=\"options\">\n");
                for (const QString &option : question.options)
                    html += QStringLiteral("<li>%1</li>\n").arg(esc(option));
                html += QStringLiteral("</ol>\n");
            }
            if (!question.hint.isEmpty())
                html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(tr("Hint: %1").arg(question.hint)));
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ol>\n");
    }

    if (!lesson.snapshot.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(tr("Concept Snapshot")));
        for (const QString &bullet : lesson.snapshot)
            html += QStringLiteral("<li>%1</li>\n").arg(esc(bullet));
        html += QStringLiteral("</ul>\n");
    }

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Full Transcript")));
    if (!lesson.transcript.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(lesson.transcript));
    const Narrator narrator(trace);
    html += QStringLiteral("<ol>\n");
    for (int s = 0; s < steps; ++s)
        html += QStringLiteral("<li>%1</li>\n").arg(esc(narrator.narrateStep(s)));
    html += QStringLiteral("</ol>\n");

    if (!lesson.quiz.isEmpty()) {
        html += QStringLiteral("<div class=\"answers\">\n<h2>%1</h2>\n<ol>\n").arg(esc(tr("Answer Sheet")));
        for (const QuizQuestion &question : lesson.quiz) {
            const std::optional<QString> computed = LessonChecker::computeAnswer(question, trace);
            QString answer;
            if (question.answer >= 0 && question.answer < question.options.size())
                answer = QStringLiteral("%1. %2").arg(letter(question.answer), question.options.at(question.answer));
            else if (computed)
                answer = *computed;
            if (computed && question.options.isEmpty())
                answer = *computed;
            const QString source = computed ? tr("computed from the trace: %1").arg(LessonChecker::describeSource(question.answerFrom))
                                   : question.kind == QuizQuestion::Kind::WhatIf ? tr("the changed cells checked against a trace of the changed script")
                                                                                 : tr("as written in the lesson");
            html += QStringLiteral("<li><b>%1</b> <span class=\"meta\">(%2)</span>").arg(esc(answer), esc(source));
            if (!question.explanation.isEmpty())
                html += QStringLiteral("<br>%1").arg(esc(question.explanation));
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ol>\n</div>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace cachetutor
