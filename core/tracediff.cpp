#include "tracediff.h"

#include <QCoreApplication>

#include <algorithm>

namespace cachetutor {

namespace {

enum class Column { Step, Action, Key, Value, State, Output, Notes };

const std::string &textOf(const TraceFormatter::Row &row, Column column, std::string &number)
{
    switch (column) {
    case Column::Step:
        number = std::to_string(row.step);
        return number;
    case Column::Action: return row.action;
    case Column::Key: return row.key;
    case Column::Value: return row.value;
    case Column::State: return row.state;
    case Column::Output: return row.output;
    case Column::Notes: return row.notes;
    }
    return row.notes;
}

QString cellText(const TraceFormatter &table, int step, Column column)
{
    if (step < 1 || step > executionTableStepCount(table))
        return {};
    const std::size_t end = table.firstEventOfStep(step + 1);
    std::string text, number, previous;
    for (std::size_t event = table.firstEventOfStep(step); event < end; ++event) {
        const TraceFormatter::Row row = table.row(event);
        const std::string &cell = textOf(row, column, number);
        if (cell.empty() || cell == previous)
            continue;
        if (!text.empty())
            text += '\n';
        text += cell;
        previous = cell;
    }
    return QString::fromStdString(text);
}

} // namespace

const QStringList &executionTableColumns()
{
    static const QStringList columns{QStringLiteral("Step"),        QStringLiteral("Action"),
                                     QStringLiteral("Key"),         QStringLiteral("Value Stored/Retrieved"),
                                     QStringLiteral("Cache State"), QStringLiteral("Output"),
                                     QStringLiteral("Notes")};
    return columns;
}

bool isExecutionTableColumn(const QString &column)
{
    return executionTableColumns().contains(column);
}

QString executionTableColumnTitle(const QString &column)
{
    // The same titles as executionTableColumns(), marked for lupdate.
    static const char *const titles[] = {
        QT_TRANSLATE_NOOP("ExecutionTable", "Step"),        QT_TRANSLATE_NOOP("ExecutionTable", "Action"),
        QT_TRANSLATE_NOOP("ExecutionTable", "Key"),         QT_TRANSLATE_NOOP("ExecutionTable", "Value Stored/Retrieved"),
        QT_TRANSLATE_NOOP("ExecutionTable", "Cache State"), QT_TRANSLATE_NOOP("ExecutionTable", "Output"),
        QT_TRANSLATE_NOOP("ExecutionTable", "Notes"),
    };
    for (const char *title : titles)
        if (column == QLatin1String(title))
            return QCoreApplication::translate("ExecutionTable", title);
    return column;
}

int executionTableStepCount(const TraceFormatter &table)
{
    return table.eventCount() == 0 ? 0 : table.eventStep(table.eventCount() - 1);
}

QString executionTableCell(const TraceFormatter &table, int step, const QString &column)
{
    const auto index = executionTableColumns().indexOf(column);
    if (index < 0)
        return {};
    return cellText(table, step, static_cast<Column>(index));
}

QList<CellChange> diffExecutionTables(const Trace &before, const Trace &after)
{
    const TraceFormatter beforeTable(before);
    const TraceFormatter afterTable(after);
    const int beforeSteps = executionTableStepCount(beforeTable);
    const int afterSteps = executionTableStepCount(afterTable);
    const QStringList &columns = executionTableColumns();

    QList<CellChange> changes;
    for (int step = 1; step <= std::max(beforeSteps, afterSteps); ++step) {
        const bool inBoth = step <= beforeSteps && step <= afterSteps;
        for (qsizetype c = 1; c < columns.size(); ++c) { // 0 is Step: it only numbers the rows
            const auto column = static_cast<Column>(c);
            const QString was = cellText(beforeTable, step, column);
            const QString is = cellText(afterTable, step, column);
            if (!inBoth || was != is)
                changes << CellChange{step, columns[c], was, is};
        }
    }
    return changes;
}

} // namespace cachetutor
