#include "cyclecollector.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace cachetutor {

CycleCollector::CycleCollector() : m_previous(s_current)
{
    s_current = this;
}

CycleCollector::~CycleCollector()
{
    if (!m_finished)
        finish();
}

void CycleCollector::track(Object *object)
{
    if (isTracking()) {
        s_current->m_tracked.emplace_back(object);
        object->m_tracked = true;
    }
}

void CycleCollector::collect()
{
    m_tracked = collectCycles(std::move(m_tracked));
    // Doubling keeps the work amortized O(1) per object however many survive.
    m_collectAt = std::max(FirstCollectionAt, 2 * m_tracked.size());
}

std::vector<Ref<Object>> CycleCollector::finish()
{
    collect();
    m_finished = true;
    if (s_current == this)
        s_current = m_previous;
    return std::move(m_tracked);
}

CycleCollector::Pause::Pause()
{
    if (s_current)
        ++s_current->m_paused;
}

CycleCollector::Pause::~Pause()
{
    if (s_current)
        --s_current->m_paused;
}

namespace {

// Calls `f(index)` for every reference of `object` into the candidates.
template <class F>
class CandidateVisitor final : public ReferenceVisitor
{
public:
    CandidateVisitor(const std::unordered_map<const Object *, std::size_t> &index, F f) : m_index(index), m_f(std::move(f)) {}
    void visit(const Value &value) override
    {
        if (const Object *object = value.heap()) {
            if (const auto it = m_index.find(object); it != m_index.end())
                m_f(it->second);
        }
    }

private:
    const std::unordered_map<const Object *, std::size_t> &m_index;
    F m_f;
};

} // namespace

std::vector<Ref<Object>> CycleCollector::collectCycles(std::vector<Ref<Object>> candidates)
{
    // An object only `candidates` holds is garbage whatever it holds: let it go
    // now. Its contents may leave others with a count of 1; trial deletion finds those.
    std::vector<Ref<Object>> objects;
    objects.reserve(candidates.size());
    for (Ref<Object> &object : candidates) {
        if (object->m_refCount > 1)
            objects.push_back(std::move(object));
        else
            object = Ref<Object>();
    }
    candidates = {};
    if (objects.empty())
        return objects;

    std::unordered_map<const Object *, std::size_t> index;
    index.reserve(objects.size());
    for (std::size_t i = 0; i < objects.size(); ++i)
        index.emplace(objects[i].get(), i);

    // References from outside the candidates: the count minus ours, minus the candidates' own.
    std::vector<std::int64_t> outside(objects.size());
    for (std::size_t i = 0; i < objects.size(); ++i)
        outside[i] = static_cast<std::int64_t>(objects[i]->m_refCount) - 1;
    CandidateVisitor subtract(index, [&outside](std::size_t j) { --outside[j]; });
    for (const Ref<Object> &object : objects)
        object->forEachReference(subtract);

    // Reachable: anything referenced from outside, and everything that reaches.
    std::vector<char> reachable(objects.size(), 0);
    std::vector<std::size_t> pending;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        if (outside[i] > 0) {
            reachable[i] = 1;
            pending.push_back(i);
        }
    }
    CandidateVisitor mark(index, [&](std::size_t j) {
        if (!reachable[j]) {
            reachable[j] = 1;
            pending.push_back(j);
        }
    });
    while (!pending.empty()) {
        const std::size_t i = pending.back();
        pending.pop_back();
        objects[i]->forEachReference(mark);
    }

    // Empty the garbage first and free its contents after, so no object is
    // deleted while another is being emptied.
    std::vector<Ref<Object>> survivors;
    std::vector<Value> contents;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        if (reachable[i])
            survivors.push_back(std::move(objects[i]));
        else
            objects[i]->clearReferences(contents);
    }
    contents.clear();
    objects.clear();
    return survivors;
}

void CycleCollector::Reachable::visit(const Value &value)
{
    Object *object = value.heap();
    if (object && !object->isImmortal() && mayHoldReferences(value) && m_seen.insert(object).second)
        m_objects.emplace_back(object);
}

std::vector<Ref<Object>> CycleCollector::Reachable::take()
{
    // Breadth first over what the added values reach: no recursion, however deep.
    // An index, not a range-for: visiting appends to m_objects.
    for (std::size_t next = 0; next < m_objects.size(); ++next) { // NOLINT(modernize-loop-convert)
        Object *object = m_objects[next].get();
        object->forEachReference(*this);
    }
    m_seen.clear();
    return std::move(m_objects);
}

} // namespace cachetutor
