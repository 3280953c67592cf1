// QuizView: scoring, feedback text, the Check button's enabling, hints,
// reset and the placeholder of a script without a quiz.

#include "lessonchecker.h"
#include "quizview.h"
#include "testlesson.h"
#include "testscripts.h"
#include "trace.h"

#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace cachetutor;
using namespace cachetutor::testing;


class TestQuizView : public QObject
{
    Q_OBJECT

private slots:
    void predictTypedAnswerIsComputedFromTheTrace_data();
    void predictTypedAnswerIsComputedFromTheTrace();
    void hintAsksForItsCells();
    void afterCheckingExplanationAndProofStep();
    void whatIfAsksForTheDifference();
    void restoredAnswersAreShownButNotAnnounced();
    void practiceQuestionsComeFromTheTraceAndDoNotCount();
    void optionsAreLettered();
    void feedback_data();
    void feedback();
    void scoreCountsLatestCheck();
    void checkEnabledOnceChosen();
    void clickingDrivesTheSamePath();
    void hint();
    void reset();
    void placeholderWithoutQuiz();
    void picture();
};

void TestQuizView::optionsAreLettered()
{
    QuizView view;
    view.setLesson(lessonOne());
    QCOMPARE(view.questionCount(), 3);
    const QList<QRadioButton *> options = view.optionButtons(0);
    QCOMPARE(options.size(), 4);
    QCOMPARE(view.optionText(0, 0), QStringLiteral("A. Error"));
    QCOMPARE(view.optionText(0, 1), QStringLiteral("B. None"));
    QCOMPARE(view.optionText(0, 2), QStringLiteral("C. 'Hello'"));
    QCOMPARE(options.at(2)->accessibleName(), QStringLiteral("Option C: 'Hello'"));
    QCOMPARE(view.scoreText(), QStringLiteral("Score: 0 of 3 answered correctly"));
}

void TestQuizView::feedback_data()
{
    QTest::addColumn<int>("question");
    QTest::addColumn<int>("option");
    QTest::addColumn<bool>("correct");
    QTest::addColumn<QString>("text");
    QTest::newRow("q1 right") << 0 << 2 << true << QStringLiteral("✔ Correct");
    QTest::newRow("q1 wrong") << 0 << 0 << false << QStringLiteral("✘ Not quite — the answer is C. 'Hello'");
    QTest::newRow("q2 right") << 1 << 1 << true << QStringLiteral("✔ Correct");
    QTest::newRow("q2 wrong") << 1 << 0 << false << QStringLiteral("✘ Not quite — the answer is B. None");
    QTest::newRow("q3 right") << 2 << 0 << true << QStringLiteral("✔ Correct");
    QTest::newRow("q3 wrong") << 2 << 3 << false << QStringLiteral("✘ Not quite — the answer is A. The entry expires after 10 seconds");
}

void TestQuizView::feedback()
{
    QFETCH(int, question);
    QFETCH(int, option);
    QFETCH(bool, correct);
    QFETCH(QString, text);
    QuizView view;
    view.setLesson(lessonOne());
    QSignalSpy spy(&view, &QuizView::answered);
    QCOMPARE(view.feedbackText(question), QString());
    QCOMPARE(view.checkAnswer(question, option), correct);
    QCOMPARE(view.feedbackText(question), text);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), question);
    QCOMPARE(spy.at(0).at(1).toBool(), correct);
    QCOMPARE(view.score(), correct ? 1 : 0);
    QCOMPARE(view.answeredCount(), 1);
}

void TestQuizView::scoreCountsLatestCheck()
{
    QuizView view;
    view.setLesson(lessonOne());
    view.checkAnswer(0, 2);
    view.checkAnswer(1, 1);
    view.checkAnswer(2, 1);
    QCOMPARE(view.score(), 2);
    QCOMPARE(view.scoreText(), QStringLiteral("Score: 2 of 3 answered correctly"));
    view.checkAnswer(2, 0); // a change of mind counts by its latest check
    QCOMPARE(view.score(), 3);
    view.checkAnswer(0, 1);
    QCOMPARE(view.score(), 2);
    QCOMPARE(view.answeredCount(), 3);
    QVERIFY(!view.checkAnswer(5, 0));
    QVERIFY(!view.checkAnswer(0, 9));
    QCOMPARE(view.score(), 2);
}

void TestQuizView::checkEnabledOnceChosen()
{
    QuizView view;
    view.setLesson(lessonOne());
    view.resize(700, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.checkButton(1)->isEnabled());
    QTest::mouseClick(view.optionButtons(1).at(1), Qt::LeftButton);
    QCOMPARE(view.chosenOption(1), 1);
    QVERIFY(view.checkButton(1)->isEnabled());
    QVERIFY(!view.checkButton(0)->isEnabled());
}

void TestQuizView::clickingDrivesTheSamePath()
{
    QuizView view;
    view.setLesson(lessonOne());
    view.resize(700, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &QuizView::answered);
    QTest::mouseClick(view.optionButtons(0).at(1), Qt::LeftButton);
    QTest::mouseClick(view.checkButton(0), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(1).toBool(), false);
    QCOMPARE(view.feedbackText(0), QStringLiteral("✘ Not quite — the answer is C. 'Hello'"));
}

void TestQuizView::hint()
{
    QuizView view;
    view.setLesson(lessonOne());
    QCOMPARE(view.hintText(1), QString());
    QTest::mouseClick(view.hintButton(1), Qt::LeftButton);
    QVERIFY(view.hintText(1).contains(QStringLiteral("returns the default")));
    QTest::mouseClick(view.hintButton(1), Qt::LeftButton);
    QCOMPARE(view.hintText(1), QString());
}

void TestQuizView::reset()
{
    QuizView view;
    view.setLesson(lessonOne());
    view.checkAnswer(0, 2);
    view.checkAnswer(1, 0);
    view.showHint(2);
    view.reset();
    QCOMPARE(view.score(), 0);
    QCOMPARE(view.answeredCount(), 0);
    QCOMPARE(view.scoreText(), QStringLiteral("Score: 0 of 3 answered correctly"));
    for (int question = 0; question < 3; ++question) {
        QCOMPARE(view.chosenOption(question), -1);
        QCOMPARE(view.feedbackText(question), QString());
        QCOMPARE(view.hintText(question), QString());
        QVERIFY(!view.checkButton(question)->isEnabled());
    }
}

void TestQuizView::placeholderWithoutQuiz()
{
    QuizView view;
    view.setLesson(lessonOne());
    QCOMPARE(view.placeholderText(), QString());
    view.setLesson(playgroundLesson());
    QCOMPARE(view.questionCount(), 0);
    QVERIFY(view.placeholderText().startsWith(QStringLiteral("This script has no quiz.")));
    QVERIFY(!view.checkAnswer(0, 0));
}

void TestQuizView::picture()
{
    QuizView view;
    view.setLesson(lessonOne());
    view.checkAnswer(0, 2);
    view.checkAnswer(1, 0);
    view.showHint(2);
    savePicture(view, "quizview");
}

namespace {

// Lesson 1 plus a Predict question without options (typed) and a what-if question.
Lesson lessonWithEveryKind()
{
    Lesson lesson = lessonOne();
    QuizQuestion predict;
    predict.kind = QuizQuestion::Kind::Predict;
    predict.question = QStringLiteral("What will step 2 output?");
    predict.answer = -1;
    predict.answerFrom.kind = AnswerSource::Kind::Cell;
    predict.answerFrom.column = QStringLiteral("Output");
    predict.answerFrom.step = 2;
    predict.hint = QStringLiteral("Step 1 stored it.");
    predict.hintColumn = QStringLiteral("Value Stored/Retrieved");
    predict.hintSteps = {1};
    predict.explanation = QStringLiteral("get finds the value set at step 1.");
    predict.proofStep = 2;
    lesson.quiz.append(predict);
    QuizQuestion whatIf = choice(QStringLiteral("What if step 1 stored 'Hi'?"), {QStringLiteral("The value changes"), QStringLiteral("Nothing")}, 0,
                                 QStringLiteral("Look at step 1."));
    whatIf.kind = QuizQuestion::Kind::WhatIf;
    whatIf.whatIf = {2, QStringLiteral("cache.set('greet', 'Hi', 5)")};
    lesson.quiz.append(whatIf);
    return lesson;
}

} // namespace

void TestQuizView::predictTypedAnswerIsComputedFromTheTrace_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("correct");
    QTest::addColumn<QString>("feedback");
    QTest::newRow("right") << "'Hello'" << true << "✔ Correct";
    QTest::newRow("spaces around") << "  'Hello' " << true << "✔ Correct";
    QTest::newRow("wrong") << "None" << false << "✘ Not quite — the answer is 'Hello'";
    QTest::newRow("unquoted") << "Hello" << false << "✘ Not quite — the answer is 'Hello'";
}

void TestQuizView::predictTypedAnswerIsComputedFromTheTrace()
{
    QFETCH(QString, typed);
    QFETCH(bool, correct);
    QFETCH(QString, feedback);
    QuizView view;
    view.setLesson(lessonWithEveryKind());
    view.setTrace(traced(LessonScript));
    QSignalSpy given(&view, &QuizView::answerGiven);
    QCOMPARE(view.answerText(3), QStringLiteral("'Hello'"));
    QCOMPARE(view.checkTypedAnswer(3, typed), correct);
    QCOMPARE(view.feedbackText(3), feedback);
    QCOMPARE(given.size(), 1);
    QCOMPARE(given.first().at(1).toString(), typed.trimmed());
    QCOMPARE(given.first().at(2).toBool(), correct);
}

void TestQuizView::hintAsksForItsCells()
{
    QuizView view;
    view.setLesson(lessonWithEveryKind());
    QSignalSpy cells(&view, &QuizView::hintCellsRequested);
    view.showHint(3, true);
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.first().at(0).toString(), QStringLiteral("Value Stored/Retrieved"));
    QCOMPARE(cells.first().at(1).value<QList<int>>(), QList<int>{1});
    view.showHint(3, false);
    QCOMPARE(cells.size(), 2);
    QVERIFY(cells.last().at(0).toString().isEmpty());
}

void TestQuizView::afterCheckingExplanationAndProofStep()
{
    QuizView view;
    view.setLesson(lessonWithEveryKind());
    view.setTrace(traced(LessonScript));
    QVERIFY(view.explanationText(3).isEmpty()); // not before answering
    view.checkTypedAnswer(3, QStringLiteral("None"));
    QCOMPARE(view.explanationText(3), QStringLiteral("get finds the value set at step 1."));
    QSignalSpy steps(&view, &QuizView::stepRequested);
    QPushButton *proof = nullptr;
    for (QPushButton *button : view.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Show Me Step 2"))
            proof = button;
    QVERIFY(proof);
    QVERIFY(!proof->isHidden());
    proof->click();
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().first().toInt(), 2);
}

void TestQuizView::whatIfAsksForTheDifference()
{
    QuizView view;
    view.setLesson(lessonWithEveryKind());
    QSignalSpy requested(&view, &QuizView::whatIfRequested);
    QPushButton *compare = nullptr;
    for (QPushButton *button : view.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Show the Difference"))
            compare = button;
    QVERIFY(compare);
    compare->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toInt(), 4);
}

void TestQuizView::restoredAnswersAreShownButNotAnnounced()
{
    QuizView view;
    view.setLesson(lessonWithEveryKind());
    view.setTrace(traced(LessonScript));
    QSignalSpy given(&view, &QuizView::answerGiven);
    view.restoreAnswer(0, QStringLiteral("C"));
    view.restoreAnswer(1, QStringLiteral("A"));
    view.restoreAnswer(3, QStringLiteral("'Hello'"));
    view.restoreAnswer(2, QStringLiteral("Z")); // not an option: ignored
    QCOMPARE(given.size(), 0);
    QCOMPARE(view.chosenOption(0), 2);
    QCOMPARE(view.score(), 2);
    QCOMPARE(view.answeredCount(), 3);
    QCOMPARE(view.feedbackText(1), QStringLiteral("✘ Not quite — the answer is B. None"));
}

void TestQuizView::practiceQuestionsComeFromTheTraceAndDoNotCount()
{
    QuizView view;
    view.setLesson(lessonOne());
    view.addPracticeQuestions(); // no trace yet: nothing
    QCOMPARE(view.questionCount(), 3);
    view.setTrace(traced(LessonScript));
    view.addPracticeQuestions(3);
    QVERIFY(view.questionCount() > 3);
    QCOMPARE(view.lessonQuestionCount(), 3);
    const std::shared_ptr<const Trace> trace = traced(LessonScript);
    for (int i = 3; i < view.questionCount(); ++i) {
        // The marked answer is what the trace says, whenever it can say it.
        if (const std::optional<QString> computed = LessonChecker::computeAnswer(view.question(i), *trace))
            QCOMPARE(view.answerText(i), *computed);
        const QuizQuestion &question = view.question(i);
        if (question.options.isEmpty())
            view.checkTypedAnswer(i, view.answerText(i));
        else
            view.checkAnswer(i, question.answer);
        QCOMPARE(view.feedbackText(i), QStringLiteral("✔ Correct"));
    }
    QCOMPARE(view.score(), 0); // practice never counts
    QCOMPARE(view.scoreText(), QStringLiteral("Score: 0 of 3 answered correctly"));
    // A new trace drops practice questions made from the old one.
    view.setTrace(traced(LessonScript));
    QCOMPARE(view.questionCount(), 3);
}

QTEST_MAIN(TestQuizView)
#include "tst_quizview.moc"
