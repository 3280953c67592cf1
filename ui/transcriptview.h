#pragma once

// TranscriptView: the "Full Transcript" — the lesson's written transcript (if
// any) followed by the generated narration of every step, numbered
// ("Step 1 (line 2): ..."), as the Narrator tells it.
//
// Each step is one paragraph whose number is a link: clicking it emits
// stepRequested(n). The document is built once per trace; a step change only
// moves the highlight (a block background) from one step's paragraph to the
// current one's and scrolls it
// into view, so it costs the same on any trace. Traces longer than
// MaxShownSteps show their first MaxShownSteps steps and say so: narrating a
// million steps would take long and help nobody.

#include "lesson.h"

#include <QWidget>

#include <memory>
#include <vector>

class QTextBrowser;
class QUrl;

namespace cachetutor {

class Trace;

class TranscriptView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxShownSteps = 5000;

    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    void setLesson(const Lesson &lesson);
    void setTrace(std::shared_ptr<const Trace> trace);
    int currentStep() const { return m_step; }

    // Step paragraphs in the document (at most MaxShownSteps).
    int shownStepCount() const { return static_cast<int>(m_stepBlocks.size()); }
    bool isCapped() const;
    // The plain text of step n's paragraph (1-based), empty when not shown.
    QString stepParagraph(int step) const;
    // The step whose paragraph is highlighted, 0 when none.
    int highlightedStep() const { return m_highlightedStep; }
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }

public slots:
    void setCurrentStep(int step);

signals:
    void stepRequested(int step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateHighlight();
    void setBlockHighlighted(int step, bool highlighted);
    void openLink(const QUrl &url);

    QString m_writtenTranscript;
    std::shared_ptr<const Trace> m_trace;
    int m_step = 0;
    int m_highlightedStep = 0;
    // Block number of each shown step's paragraph (index = step - 1).
    std::vector<int> m_stepBlocks;
    QTextBrowser *m_browser = nullptr;
};

} // namespace cachetutor
