#pragma once

// QuizView: the "Visual Quiz" — every quiz question of the lesson as a card
// with its options as radio buttons ("A. Error", "B. None", ...), a Check
// button (enabled once an option is chosen), a Hint button and feedback that
// pairs a symbol with the colour ("✔ Correct" / "✘ Not quite — the answer is
// C. 'Hello'"), above a running score and a Reset button.
//
// The answer key is the lesson's (QuizQuestion::answer). checkAnswer() is the
// very path the Check button takes, so tests and the UI agree. A question
// counts toward the score by its latest check; a student may change their
// mind and check again. A playground script gets a placeholder.

#include "lesson.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace cachetutor {

class QuizView final : public QWidget
{
    Q_OBJECT

public:
    explicit QuizView(QWidget *parent = nullptr);
    ~QuizView() override;

    void setLesson(const Lesson &lesson);

    int questionCount() const { return static_cast<int>(m_questions.size()); }
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
    QPushButton *checkButton(int question) const;
    QPushButton *hintButton(int question) const;
    QString placeholderText() const;
    // "A", "B", ... for option index 0, 1, ...
    static QString optionLetter(int option);

public slots:
    // Chooses `option` in `question` and checks it, exactly as a click on the
    // option and on Check would. Returns whether it was right (false when out of range).
    bool checkAnswer(int question, int option);
    void showHint(int question, bool shown = true);
    // Clears every choice, feedback, hint and the score.
    void reset();

signals:
    void answered(int question, bool correct);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card {
        QButtonGroup *options = nullptr;
        QList<QRadioButton *> optionButtons;
        QPushButton *checkButton = nullptr;
        QPushButton *hintButton = nullptr;
        QLabel *hint = nullptr;
        QLabel *feedback = nullptr;
        int result = -1; // -1 not checked, 0 wrong, 1 right
    };

    void rebuild();
    void check(int question);
    void updateScore();
    void styleFeedback(Card &card);
    void applyFonts();

    QList<QuizQuestion> m_questions;
    QList<Card> m_cards;

    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_score = nullptr;
    QPushButton *m_resetButton = nullptr;
};

} // namespace cachetutor
