#pragma once

// QuizView: the "Visual Quiz" — every quiz question of the lesson as a card,
// then, on request, practice questions generated from the trace itself.
//
// A card shows its question and, by kind:
//  - Choice: the options as radio buttons ("A. Error", "B. None", ...);
//  - Predict: what will step N output? Options, or a box to type into, and a
//    button that goes to the step before N so the student answers before
//    seeing it;
//  - WhatIf: the changed line, and a button that asks the window to re-trace
//    the changed script and show both execution tables side by side.
// Check (enabled once there is an answer), Hint (which also asks the window
// to highlight the table cells the hint points at), and after checking:
// feedback pairing a symbol with the colour ("✔ Correct" / "✘ Not quite — the
// answer is C. 'Hello'"), the explanation and a jump to the step that proves
// it. Above the cards, a running score, Reset and Practice.
//
// Answer keys: a Predict question's answer is computed from the trace
// (LessonChecker::computeAnswer) once setTrace() gives one; the others are
// the lesson's, which LessonChecker has already held against the trace.
// checkAnswer() and checkTypedAnswer() are the very paths the Check button
// takes. A question counts toward the score by its latest check; practice
// questions never count. A playground script gets a placeholder, and
// Practice still works on it.

#include "lesson.h"

#include <QList>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QLineEdit;
class QLabel;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QVBoxLayout;

namespace cachetutor {

class Trace;

class QuizView final : public QWidget
{
    Q_OBJECT

public:
    explicit QuizView(QWidget *parent = nullptr);
    ~QuizView() override;

    void setLesson(const Lesson &lesson);
    // The lesson's trace: computes Predict answers and feeds Practice.
    void setTrace(std::shared_ptr<const Trace> trace);
    // Follows playback: a Predict card says whether its step has run yet.
    void setCurrentStep(int step);

    // The lesson's questions followed by any practice questions.
    int questionCount() const { return static_cast<int>(m_questions.size()); }
    int lessonQuestionCount() const { return m_lessonQuestionCount; }
    const QuizQuestion &question(int index) const { return m_questions.at(index); }
    // The right answer's text as the student would give it ('Hello', Step 3, ...).
    QString answerText(int question) const;
    QString explanationText(int question) const; // empty until checked
    // Questions whose latest check was right, and questions checked at all.
    int score() const;
    int answeredCount() const;
    QString scoreText() const;
    // The feedback line of a question, empty until it is checked.
    QString feedbackText(int question) const;
    QString hintText(int question) const; // empty while the hint is hidden
    // The option currently chosen in a question, -1 when none.
    int chosenOption(int question) const;
    QList<QRadioButton *> optionButtons(int question) const;
    // "C. 'Hello'": an option as the card shows it.
    QString optionText(int question, int option) const;
    QPushButton *checkButton(int question) const;
    QPushButton *hintButton(int question) const;
    QString placeholderText() const;
    // "A", "B", ... for option index 0, 1, ...
    static QString optionLetter(int option);

public slots:
    // Chooses `option` in `question` and checks it, exactly as a click on the
    // option and on Check would. Returns whether it was right (false when out of range).
    bool checkAnswer(int question, int option);
    // A typed answer to a Predict question without options.
    bool checkTypedAnswer(int question, const QString &answer);
    // Puts back an answer saved by an earlier session, checked as it was.
    void restoreAnswer(int question, const QString &answer);
    // Appends `count` practice questions generated from the trace (none without a trace).
    void addPracticeQuestions(int count = 4);
    void showHint(int question, bool shown = true);
    // Clears every choice, feedback, hint and the score.
    void reset();

signals:
    void answered(int question, bool correct);
    // The answer as text (an option letter, or what was typed), for saving progress.
    void answerGiven(int question, const QString &answer, bool correct);
    void stepRequested(int step);
    // The table cells a shown hint points at; an empty column and no steps clear them.
    void hintCellsRequested(const QString &column, const QList<int> &steps);
    void whatIfRequested(int question);
    // Reset was pressed: every answer of the lesson is gone.
    void answersCleared();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Card {
        QButtonGroup *options = nullptr;
        QList<QRadioButton *> optionButtons;
        QLineEdit *typed = nullptr;      // Predict without options
        QLabel *predictNote = nullptr;   // Predict: has the step run yet?
        QLabel *explanation = nullptr;
        QPushButton *proofButton = nullptr;
        QPushButton *checkButton = nullptr;
        QPushButton *hintButton = nullptr;
        QLabel *hint = nullptr;
        QLabel *feedback = nullptr;
        int result = -1; // -1 not checked, 0 wrong, 1 right
    };

    void rebuild();
    void addCard(int index);
    void check(int question);
    void finishCheck(int question, const QString &given, bool correct);
    void updatePredictNotes();
    void updateScore();
    void styleFeedback(Card &card);
    void applyFonts();

    QList<QuizQuestion> m_questions;
    QList<Card> m_cards;
    int m_lessonQuestionCount = 0;
    std::shared_ptr<const Trace> m_trace;
    int m_step = 0;
    quint32 m_practiceSeed = 1;

    QScrollArea *m_scrollArea = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_score = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_practiceButton = nullptr;
};

} // namespace cachetutor
