#include "executiontablemodel.h"

#include "roles.h"
#include "trace.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace cachetutor {

namespace {

QString toQString(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

QString joinedLines(const std::vector<std::string> &lines)
{
    QString out;
    for (const std::string &line : lines) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += toQString(line);
    }
    return out;
}

} // namespace

ExecutionTableModel::ExecutionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

ExecutionTableModel::~ExecutionTableModel() = default;

void ExecutionTableModel::setTrace(std::shared_ptr<const Trace> trace)
{
    beginResetModel();
    m_formatter.reset(); // it refers to the old trace
    m_rowCache.clear();
    m_trace = std::move(trace);
    m_currentStep = 0;
    if (m_trace) {
        m_formatter.emplace(*m_trace);
        m_rowCache.resize(RowCacheSize);
    }
    endResetModel();
}

const ExecutionTableModel::CachedRow &ExecutionTableModel::cachedRow(int row) const
{
    CachedRow &slot = m_rowCache[static_cast<std::size_t>(row) % RowCacheSize];
    if (slot.row != row) {
        slot.row = row;
        slot.text = m_formatter->row(static_cast<std::size_t>(row));
        slot.error = toQString(slot.text.error);
        slot.warnings = joinedLines(slot.text.warnings);
    }
    return slot;
}

int ExecutionTableModel::rowsUpToStep(int step) const
{
    return m_formatter ? static_cast<int>(m_formatter->firstEventOfStep(std::clamp(step, 0, stepCount()) + 1)) : 0;
}

int ExecutionTableModel::rowForStep(int step) const
{
    if (step < 1 || step > stepCount() || (!m_showFutureSteps && step > m_currentStep))
        return -1;
    return rowsUpToStep(step - 1);
}

void ExecutionTableModel::setCurrentStep(int step)
{
    step = std::clamp(step, 0, stepCount());
    if (step == m_currentStep)
        return;
    const int old = m_currentStep;
    // Rows of steps first..last (1-based, inclusive) changed state.
    auto emitChanged = [this](int first, int last) {
        first = std::max(first, 1);
        if (first > last)
            return;
        emit dataChanged(index(rowsUpToStep(first - 1), 0), index(rowsUpToStep(last) - 1, ColumnCount - 1),
                         {Qt::ForegroundRole, IsCurrentRole, IsFutureRole});
    };
    if (m_showFutureSteps) {
        // Going either way, the rows from the lower step to the higher one
        // change between past, current and future; no other row does.
        m_currentStep = step;
        emitChanged(std::min(old, step), std::max(old, step));
    } else if (step > old) {
        beginInsertRows({}, rowsUpToStep(old), rowsUpToStep(step) - 1);
        m_currentStep = step;
        endInsertRows();
        emitChanged(old, old); // no longer current; the inserted rows are new to the view
    } else {
        beginRemoveRows({}, rowsUpToStep(step), rowsUpToStep(old) - 1);
        m_currentStep = step;
        endRemoveRows();
        emitChanged(step, step); // the remaining rows of the new step become current
    }
}

void ExecutionTableModel::setShowFutureSteps(bool show)
{
    if (show == m_showFutureSteps)
        return;
    const int first = rowsUpToStep(m_currentStep);
    const int last = totalRows() - 1;
    if (first > last) {
        m_showFutureSteps = show;
        return;
    }
    if (show) {
        beginInsertRows({}, first, last);
        m_showFutureSteps = show;
        endInsertRows();
    } else {
        beginRemoveRows({}, first, last);
        m_showFutureSteps = show;
        endRemoveRows();
    }
}

void ExecutionTableModel::setHighlightedCells(int column, const QSet<int> &steps)
{
    m_highlightColumn = column;
    m_highlightSteps = steps;
    m_highlighting = column >= 0 || !steps.isEmpty();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {HighlightRole});
}

int ExecutionTableModel::columnNamed(const QString &title)
{
    const ExecutionTableModel model;
    for (int column = 0; column < ColumnCount; ++column)
        if (model.headerData(column, Qt::Horizontal).toString() == title)
            return column;
    return -1;
}

int ExecutionTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_showFutureSteps ? totalRows() : rowsUpToStep(m_currentStep);
}

int ExecutionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExecutionTableModel::cellText(const TraceFormatter::Row &row, int column) const
{
    switch (column) {
    case StepColumn: return QString::number(row.step);
    case ActionColumn: return toQString(row.action);
    case KeyColumn: return toQString(row.key);
    case ValueColumn: return toQString(row.value);
    case StateColumn: return toQString(row.state);
    case OutputColumn: return toQString(row.output);
    default: return {};
    }
}

QVariant ExecutionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CachedRow &info = cachedRow(index.row());
    const TraceFormatter::Row &row = info.text;
    switch (role) {
    case Qt::DisplayRole:
        // The step as a number, so that a sorting proxy orders 10 after 9.
        return index.column() == StepColumn ? QVariant(row.step) : QVariant(cellText(row, index.column()));
    case Qt::ToolTipRole: {
        QString tip = info.error;
        if (!info.warnings.isEmpty())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + info.warnings;
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::DecorationRole: {
        // One icon per row, in the Step column, where the eye starts reading;
        // the text of the error or warning stays in the tooltip and Output.
        if (index.column() != StepColumn || (info.error.isEmpty() && info.warnings.isEmpty()))
            return {};
        if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
            return {}; // QStyle needs a QApplication
        return QApplication::style()->standardIcon(info.error.isEmpty() ? QStyle::SP_MessageBoxWarning
                                                                        : QStyle::SP_MessageBoxCritical);
    }
    case Qt::ForegroundRole:
        if (row.step > m_currentStep)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case StepRole: return row.step;
    case LineRole: return row.line;
    case IsCurrentRole: return row.step == m_currentStep;
    case IsFutureRole: return row.step > m_currentStep;
    case HighlightRole:
        return m_highlighting && (m_highlightColumn < 0 || index.column() == m_highlightColumn)
               && (m_highlightSteps.isEmpty() || m_highlightSteps.contains(row.step));
    case ErrorRole: return info.error;
    case WarningRole: return info.warnings;
    default: return {};
    }
}

QVariant ExecutionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn: return tr("Step");
    case ActionColumn: return tr("Action");
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value Stored/Retrieved");
    case StateColumn: return tr("Cache State");
    case OutputColumn: return tr("Output");
    default: return {};
    }
}

} // namespace cachetutor
