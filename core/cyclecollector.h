#pragma once

// CycleCollector: frees the reference cycles a script makes.
//
// Values are reference counted (value.h), so `a = [0]; a[0] = a` would never
// be freed. The collector uses CPython's trial deletion: for each candidate
// object it subtracts from the reference count the references other
// candidates hold; whatever still has references left is reachable from
// outside (a variable, a C++ local, the trace), and so is everything it
// reaches. The rest is garbage held only by itself: the collector empties
// those objects (Object::clearReferences) and reference counting frees them.
//
// During a run, Interpreter::trace() installs one CycleCollector on its
// thread. Containers made on that thread meanwhile (lists, dicts, sets, and
// tuples, exceptions and functions that hold containers) register themselves
// through track(); the collector holds each strongly, collects at safe points
// (collectIfDue(), between steps) once the registry has doubled since the
// last collection, and collects a last time at finish(), when the interpreter
// is gone. Objects made on other threads or outside runs are never touched.
//
// Not thread-safe: an instance belongs to the thread that made it.

#include "value.h"

#include <cstddef>
#include <unordered_set>
#include <vector>

namespace cachetutor {

class CycleCollector
{
public:
    // Installs this collector as the calling thread's current one (restoring
    // the previous one when it goes).
    CycleCollector();
    // Calls finish() unless it was called.
    ~CycleCollector();
    CycleCollector(const CycleCollector &) = delete;
    CycleCollector &operator=(const CycleCollector &) = delete;

    // Whether the calling thread has a collector that registers new objects.
    static bool isTracking() { return s_current != nullptr && s_current->m_paused == 0; }
    // Registers a new object with the calling thread's collector, if any.
    // REQUIRES: `object` was just made (its count is the one its maker is about to take).
    static void track(Object *object);
    // Collects if the registry has doubled since the last collection.
    // REQUIRES: a safe point: every object in use is held by a counted reference.
    static void collectIfDue()
    {
        if (s_current != nullptr && s_current->m_tracked.size() >= s_current->m_collectAt)
            s_current->collect();
    }

    void collect();
    // Collects a last time, uninstalls the collector and hands back the
    // registered objects something outside still holds (the caller decides
    // how long to keep them; see Trace).
    std::vector<Ref<Object>> finish();

    // While one exists, the calling thread's collector registers nothing:
    // for copies that only the trace will hold.
    class Pause
    {
    public:
        Pause();
        ~Pause();
        Pause(const Pause &) = delete;
        Pause &operator=(const Pause &) = delete;
    };

    // Trial deletion over `candidates`: breaks the cycles nothing outside the
    // candidates reaches and returns the candidates still reachable.
    // REQUIRES: each candidate appears once and is not immortal; the caller
    // holds no other counted reference to a candidate than this vector.
    static std::vector<Ref<Object>> collectCycles(std::vector<Ref<Object>> candidates);

    // Every object that may hold references (mayHoldReferences()) reachable
    // from the values added, once each, immortal ones left out: the candidates
    // for collectCycles() when whoever holds those values lets them go.
    class Reachable final : public ReferenceVisitor
    {
    public:
        void visit(const Value &value) override;
        std::vector<Ref<Object>> take();

    private:
        std::vector<Ref<Object>> m_objects;
        std::unordered_set<const Object *> m_seen;
    };

private:
    static constexpr std::size_t FirstCollectionAt = 1024;

    std::vector<Ref<Object>> m_tracked;
    std::size_t m_collectAt = FirstCollectionAt;
    int m_paused = 0;
    bool m_finished = false;
    CycleCollector *m_previous = nullptr;

    static inline thread_local CycleCollector *s_current = nullptr;
};

} // namespace cachetutor
