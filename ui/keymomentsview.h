#pragma once

// KeyMomentsView: the lesson's key moments, one card each — the question the
// material asks about the trace, a "Show answer" button (students try first)
// and one "Go to step N" button per step the moment points at.
//
// A step button emits stepRequested(N); the window hands it to the playback
// controller, which stays the one owner of the current step. A step past the
// end of the trace (the script was edited, or the material is wrong) keeps its
// button but disables it, with a tooltip saying how many steps the trace has.
// Cards whose moment points at the current step are highlighted, with a
// "● This step" label beside the colour. There are only a handful of cards, so
// a step change just walks them. A playground script gets a placeholder.

#include "lesson.h"

#include <QList>
#include <QWidget>

#include <memory>

class QAbstractButton;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace cachetutor {

class Trace;

class KeyMomentsView final : public QWidget
{
    Q_OBJECT

public:
    explicit KeyMomentsView(QWidget *parent = nullptr);
    ~KeyMomentsView() override;

    void setLesson(const Lesson &lesson);
    void setTrace(std::shared_ptr<const Trace> trace);
    int currentStep() const { return m_step; }

    int momentCount() const { return static_cast<int>(m_cards.size()); }
    // The "Go to step N" buttons of a moment, in the moment's order.
    QList<QPushButton *> stepButtons(int moment) const;
    QPushButton *answerButton(int moment) const;
    bool isAnswerShown(int moment) const;
    // Moments pointing at the current step, ascending.
    QList<int> highlightedMoments() const;
    // The placeholder shown instead of cards, empty when there are cards.
    QString placeholderText() const;

public slots:
    void setCurrentStep(int step);
    void setAnswerShown(int moment, bool shown);

signals:
    void stepRequested(int step);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card {
        QFrame *frame = nullptr;
        QLabel *nowLabel = nullptr;
        QPushButton *answerButton = nullptr;
        QLabel *answer = nullptr;
        QList<QPushButton *> stepButtons;
        QList<int> steps;
        bool highlighted = false;
    };

    void rebuildCards();
    void updateStepButtons();
    void styleCard(Card &card);
    void applyFonts();

    QList<KeyMoment> m_moments;
    std::shared_ptr<const Trace> m_trace;
    int m_step = 0;
    QList<Card> m_cards;

    QScrollArea *m_scrollArea = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace cachetutor
