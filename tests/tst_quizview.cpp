// QuizView: scoring, feedback text, the Check button's enabling, hints,
// reset and the placeholder of a script without a quiz.

#include "quizview.h"
#include "testlesson.h"
#include "testscripts.h"

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
    QCOMPARE(options.at(0)->text(), QStringLiteral("A. Error"));
    QCOMPARE(options.at(1)->text(), QStringLiteral("B. None"));
    QCOMPARE(options.at(2)->text(), QStringLiteral("C. 'Hello'"));
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

QTEST_MAIN(TestQuizView)
#include "tst_quizview.moc"
