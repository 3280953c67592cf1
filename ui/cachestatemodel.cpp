#include "cachestatemodel.h"

#include "roles.h"
#include "trace.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <unordered_map>

namespace cachetutor {

namespace {

QString toQString(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

} // namespace

CacheStateModel::CacheStateModel(QObject *parent) : QAbstractTableModel(parent) {}

CacheStateModel::~CacheStateModel() = default;

int CacheStateModel::stepCount() const
{
    return m_trace ? m_trace->stepCount() : 0;
}

void CacheStateModel::setTrace(std::shared_ptr<const Trace> trace)
{
    beginResetModel();
    m_trace = std::move(trace);
    m_currentStep = 0;
    m_hitsUpTo.assign(1, 0);
    m_missesUpTo.assign(1, 0);
    if (m_trace) {
        const Trace &t = *m_trace;
        m_hitsUpTo.reserve(static_cast<std::size_t>(t.stepCount()) + 1);
        m_missesUpTo.reserve(static_cast<std::size_t>(t.stepCount()) + 1);
        std::uint64_t hits = 0, misses = 0;
        for (int s = 0; s < t.stepCount(); ++s) {
            const StepRecord step = t.step(s);
            for (std::uint32_t c = step.callsBegin; c < step.callsEnd; ++c) {
                const CallRecord call = t.call(c);
                hits += call.hits;
                misses += call.misses;
            }
            m_hitsUpTo.push_back(hits);
            m_missesUpTo.push_back(misses);
        }
    }
    loadStep();
    endResetModel();
}

void CacheStateModel::setCurrentStep(int step)
{
    step = std::clamp(step, 0, stepCount());
    if (step == m_currentStep)
        return;
    beginResetModel();
    m_currentStep = step;
    loadStep();
    endResetModel();
}

void CacheStateModel::loadStep()
{
    m_entries.clear();
    m_changes.clear();
    m_removedKeys.clear();
    m_clock = 0.0;
    if (!m_trace)
        return;
    const Trace &t = *m_trace;
    const int stepIndex = m_currentStep - 1; // -1: before the first step
    m_entries = t.cacheAfterStep(stepIndex);
    m_clock = stepIndex < 0 ? 0.0 : t.step(stepIndex).clock;

    std::unordered_map<std::string, const CacheEntry *> before;
    const std::vector<CacheEntry> previous = stepIndex < 0 ? std::vector<CacheEntry>() : t.cacheAfterStep(stepIndex - 1);
    for (const CacheEntry &e : previous)
        before.emplace(e.madeKey, &e);
    m_changes.reserve(m_entries.size());
    for (const CacheEntry &e : m_entries) {
        const auto it = before.find(e.madeKey);
        if (it == before.end()) {
            m_changes.push_back(Change::Added);
        } else {
            // Frozen values are compared by repr, as the student sees them;
            // an entry only read (moved in LRU order) stays Unchanged.
            const CacheEntry &old = *it->second;
            const bool updated = old.expiry != e.expiry || repr(old.value) != repr(e.value);
            m_changes.push_back(updated ? Change::Updated : Change::Unchanged);
            before.erase(it);
        }
    }
    // What is left was there before and is gone now; listed in LRU order.
    for (const CacheEntry &e : previous)
        if (before.contains(e.madeKey))
            m_removedKeys.push_back(toQString(e.madeKey));
}

std::uint64_t CacheStateModel::hits() const
{
    return m_hitsUpTo[static_cast<std::size_t>(m_currentStep)];
}

std::uint64_t CacheStateModel::misses() const
{
    return m_missesUpTo[static_cast<std::size_t>(m_currentStep)];
}

int CacheStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int CacheStateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CacheStateModel::expiresText(const CacheEntry &entry) const
{
    if (!entry.expiry)
        return tr("never");
    if (entry.isExpiredAt(m_clock))
        return tr("expired (still stored)");
    // 'g' with 12 digits: '10', '2.5', '1000000', and no float noise like 0.30000000000000004.
    return tr("expires in %1 s").arg(QString::number(*entry.expiry - m_clock, 'g', 12));
}

QVariant CacheStateModel::timeToLiveFraction(const CacheEntry &entry) const
{
    if (!entry.expiry)
        return {}; // never expires: nothing to count down
    const double lifetime = *entry.expiry - entry.expirySetAt;
    // Expired, or born expired (timeout 0 or negative): no lifetime left.
    if (entry.isExpiredAt(m_clock) || lifetime <= 0.0)
        return 0.0;
    return std::clamp((*entry.expiry - m_clock) / lifetime, 0.0, 1.0);
}

QVariant CacheStateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto r = static_cast<std::size_t>(index.row());
    const CacheEntry &entry = m_entries[r];
    const bool expired = entry.isExpiredAt(m_clock);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // long reprs are elided in the cell
        switch (index.column()) {
        case KeyColumn: return toQString(repr(entry.userKey));
        case MadeKeyColumn: return toQString(entry.madeKey);
        case ValueColumn: return toQString(repr(entry.value));
        case VersionColumn: return toQString(repr(entry.version));
        case ExpiresColumn: return expiresText(entry);
        default: return {};
        }
    case Qt::ForegroundRole:
        if (expired)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case ExpiredRole: return expired;
    case ChangeKindRole: return static_cast<int>(m_changes[r]);
    case TimeToLiveRole:
        if (!entry.expiry)
            return -1.0;
        return std::max(0.0, *entry.expiry - m_clock);
    case TimeToLiveFractionRole:
        if (index.column() != ExpiresColumn)
            return {};
        return timeToLiveFraction(entry);
    case StepRole: return m_currentStep;
    default: return {};
    }
}

QVariant CacheStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn: return tr("Key");
    case MadeKeyColumn: return tr("Made Key");
    case ValueColumn: return tr("Value");
    case VersionColumn: return tr("Version");
    case ExpiresColumn: return tr("Expires");
    default: return {};
    }
}

} // namespace cachetutor
