#include "variabletrackermodel.h"

#include "roles.h"
#include "trace.h"

#include <algorithm>

namespace cachetutor {

namespace {

QString toQString(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

} // namespace

VariableTrackerModel::VariableTrackerModel(QObject *parent) : QAbstractTableModel(parent) {}

VariableTrackerModel::~VariableTrackerModel() = default;

void VariableTrackerModel::setTrace(std::shared_ptr<const Trace> trace)
{
    beginResetModel();
    m_trace = std::move(trace);
    m_currentStep = 0;
    for (CachedColumn &slot : m_columnCache) {
        slot.column = -1;
        slot.texts.clear();
    }
    endResetModel();
}

void VariableTrackerModel::setCurrentStep(int step)
{
    if (!m_trace)
        return;
    step = std::clamp(step, 0, m_trace->stepCount());
    if (step == m_currentStep)
        return;
    const int old = m_currentStep;
    m_currentStep = step;
    // Only IsCurrentRole moves; the texts of every column stay as they are.
    emitColumnChanged(old);
    emitColumnChanged(step);
}

void VariableTrackerModel::emitColumnChanged(int column)
{
    emit dataChanged(index(0, column), index(rowCount() - 1, column), {IsCurrentRole});
    emit headerDataChanged(Qt::Horizontal, column, column);
}

int VariableTrackerModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_trace)
        return 0;
    return static_cast<int>(m_trace->variableNames().size()) + 1;
}

int VariableTrackerModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_trace)
        return 0;
    return m_trace->stepCount() + 1;
}

const std::vector<QString> &VariableTrackerModel::columnTexts(int column) const
{
    CachedColumn &slot = m_columnCache[static_cast<std::size_t>(column) % CacheSlots];
    if (slot.column == column)
        return slot.texts;
    const Trace &trace = *m_trace;
    const int stepIndex = column - 1; // -1: before the first step
    slot.column = column;
    slot.texts.clear();
    slot.texts.reserve(trace.variableNames().size() + 1);
    for (const Trace::VariableValue &v : trace.variablesAfterStep(stepIndex))
        slot.texts.push_back(v.defined ? toQString(repr(v.value)) : tr("N/A"));
    const double clock = stepIndex < 0 ? 0.0 : trace.step(stepIndex).clock;
    slot.texts.push_back(toQString(Trace::stateRepr(trace.cacheAfterStep(stepIndex), clock)));
    return slot.texts;
}

QVariant VariableTrackerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    auto changed = [&] {
        if (column == 0)
            return false;
        // Neighbouring columns sit in neighbouring cache slots: one lookup
        // never evicts the other.
        const auto r = static_cast<std::size_t>(row);
        return columnTexts(column - 1)[r] != columnTexts(column)[r];
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // long reprs are elided in the cell
        return columnTexts(column)[static_cast<std::size_t>(row)];
    case ChangedRole: return changed();
    case Qt::AccessibleDescriptionRole: return changed() ? QVariant(tr("changed")) : QVariant();
    case IsCurrentRole: return column == m_currentStep;
    case StepRole: return column;
    default: return {};
    }
}

QVariant VariableTrackerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        switch (role) {
        case Qt::DisplayRole: return section == 0 ? tr("Start") : tr("After Step %1").arg(section);
        case IsCurrentRole: return section == m_currentStep;
        case StepRole: return section;
        default: break;
        }
    } else if (role == Qt::DisplayRole && m_trace && section >= 0 && section < rowCount()) {
        if (section == cacheRow())
            return tr("cache contents");
        return toQString(m_trace->variableNames()[static_cast<std::size_t>(section)]);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace cachetutor
