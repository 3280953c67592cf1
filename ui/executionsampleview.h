#pragma once

// ExecutionSampleView: "the code and what it does" — the lesson's title,
// framework, duration and description above the script, line by line, beside
// what each line does.
//
// "What it does" is the narration of the first step that ran the line
// (Narrator::narrateStep), with "(runs N times)" when the line ran more than
// once; lines no step ran say so. Everything is per source line, never per
// step: setTrace() finds each line's first step and run count in one pass over
// the trace, and a step change only moves the highlight from one row to
// another, so it stays cheap on a million-step trace. A playground script
// (a lesson with only its script) gets a friendly header instead of the
// lesson's description.

#include "lesson.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QTableWidget;

namespace cachetutor {

class Trace;

class ExecutionSampleView final : public QWidget
{
    Q_OBJECT

public:
    explicit ExecutionSampleView(QWidget *parent = nullptr);
    ~ExecutionSampleView() override;

    void setLesson(const Lesson &lesson);
    void setTrace(std::shared_ptr<const Trace> trace);
    int currentStep() const { return m_step; }

    // Rows are source lines (row 0 = line 1).
    int lineCount() const;
    QString codeOfLine(int line) const;   // 1-based
    QString whatLineDoes(int line) const; // the "What it does" text of a line
    // The highlighted line (the current step's), 0 when none.
    int highlightedLine() const { return m_highlightedLine; }
    QString headerText() const; // title, framework · duration and description, as plain text

public slots:
    void setCurrentStep(int step);

signals:
    // The user double-clicked a line that ran: go to its first step.
    void stepRequested(int step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildHeader();
    void rebuildRows();
    void setRowHighlighted(int line, bool highlighted);

    Lesson m_lesson;
    std::shared_ptr<const Trace> m_trace;
    int m_step = 0;
    int m_highlightedLine = 0;
    // Per source line (index = line - 1): first step index (0-based, -1 = never) and run count.
    std::vector<int> m_firstStep;
    std::vector<int> m_runCount;

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_description = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace cachetutor
