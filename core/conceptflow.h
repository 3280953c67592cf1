#pragma once

// Flow events: what a step did, in the words a concept-flow diagram uses to
// decide which of its nodes light up (ConceptFlowNode::litBy).
//
// Each recorded call of the step gives its action name ("cache.set",
// "cache.delete", "print", ...); a lookup also gives its outcome, taken from
// the hits and misses the trace recorded: "cache.get:hit" or
// "cache.get:miss" (likewise for get_many, get_or_set, has_key, incr, ...).
// Step 0 (before anything ran) is {"start"}; the last step of a trace also
// gives "end". A step with no call gives its statement kind ("assign", "if").
// Read from the trace alone, never by re-deciding a cache rule.

#include <QStringList>

namespace cachetutor {

class Trace;

// `step` is 1-based; 0 is the start. Out-of-range steps give an empty list.
QStringList flowEventsOfStep(const Trace &trace, int step);

} // namespace cachetutor
