#pragma once

// The nine ways the course teaches one concept, in the order the material
// lists them; the main window shows one at a time ("Choose your learning
// style", Ctrl+1..Ctrl+9). Each has a stable command-line / settings name
// ('step-by-step', 'concept-flow', ...), a translated title and a small icon
// drawn in code so it stays crisp at any zoom and in any palette.

#include <QIcon>
#include <QString>

#include <optional>

namespace cachetutor {

enum class LearningMode {
    StepByStep,
    ConceptFlow,
    ExecutionSample,
    ExecutionTable,
    VariableTracker,
    KeyMoments,
    VisualQuiz,
    ConceptSnapshot,
    FullTranscript,
};

inline constexpr int LearningModeCount = 9;

QString learningModeName(LearningMode mode);        // 'step-by-step'
QString learningModeTitle(LearningMode mode);       // "Step-by-Step", translated
QString learningModeDescription(LearningMode mode); // one line for the status tip
QIcon learningModeIcon(LearningMode mode);
// A name as learningModeName gives it, or its number 1-9.
std::optional<LearningMode> learningModeFromString(const QString &text);

} // namespace cachetutor
