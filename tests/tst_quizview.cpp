// QuizView: scoring, feedback text, the Check button's enabling, hints,
// reset and the placeholder of a script without a quiz.

#include "quizview.h"
#include "testscripts.h"

#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace cachetutor;

// The course's lesson 1, by hand, as the shipped basics lesson gives it.
inline cachetutor::Lesson lessonOne()
{
    using namespace cachetutor;
    Lesson lesson;
    lesson.name = QStringLiteral("basics");
    lesson.title = QStringLiteral("Low-level cache API in Django — Step-by-Step Execution");
    lesson.framework = QStringLiteral("Django");
    lesson.duration = QStringLiteral("~10 mins");
    lesson.script = QString::fromUtf8(testing::LessonScript);
    lesson.scriptName = QStringLiteral("lesson1_basics.py");
    lesson.description = QStringLiteral("Stores a greeting in the cache, reads it back, deletes it and reads it again.");
    lesson.conceptFlow = {
        {QStringLiteral("Start"), {QStringLiteral("start")}},
        {QStringLiteral("Call cache.set(key, value, timeout)"), {QStringLiteral("cache.set")}},
        {QStringLiteral("Store value in cache with key"), {QStringLiteral("cache.set")}},
        {QStringLiteral("Call cache.get(key)"), {QStringLiteral("cache.get")}},
        {QStringLiteral("Retrieve value if exists and not expired"), {QStringLiteral("cache.get:hit")}},
        {QStringLiteral("Return value or None"), {QStringLiteral("cache.get")}},
        {QStringLiteral("Call cache.delete(key)"), {QStringLiteral("cache.delete")}},
        {QStringLiteral("Remove key from cache"), {QStringLiteral("cache.delete")}},
        {QStringLiteral("End"), {QStringLiteral("end")}},
    };
    lesson.keyMoments = {
        {QStringLiteral("Why does cache.get return None after cache.delete, although the key was set before?"),
         QStringLiteral("cache.delete removed 'greet', so the later lookup misses and returns the default, None."),
         {3, 4}},
        {QStringLiteral("What does cache.get return for a key that was never set?"),
         QStringLiteral("None, the default, unless you pass another default."),
         {4}},
    };
    lesson.quiz = {
        {QStringLiteral("What does cache.get('greet') return right after cache.set('greet', 'Hello', 10)?"),
         {QStringLiteral("Error"), QStringLiteral("None"), QStringLiteral("'Hello'"), QStringLiteral("10")},
         2,
         QStringLiteral("The key was stored with a 10-second timeout, and no time has passed.")},
        {QStringLiteral("What does cache.get('greet') return after cache.delete('greet')?"),
         {QStringLiteral("'Hello'"), QStringLiteral("None"), QStringLiteral("Error"), QStringLiteral("''")},
         1,
         QStringLiteral("A lookup of a missing key returns the default.")},
        {QStringLiteral("What does the 10 in cache.set('greet', 'Hello', 10) mean?"),
         {QStringLiteral("The entry expires after 10 seconds"), QStringLiteral("The cache keeps at most 10 entries"),
          QStringLiteral("The value is stored 10 times"), QStringLiteral("Nothing")},
         0,
         QStringLiteral("It is the timeout.")},
    };
    lesson.snapshot = {
        QStringLiteral("cache.set(key, value, timeout) stores a value under a key for timeout seconds."),
        QStringLiteral("cache.get(key) returns the value, or None when the key is missing or expired."),
        QStringLiteral("cache.delete(key) removes the key; later lookups miss."),
        QStringLiteral("A miss is not an error: get returns its default."),
        QStringLiteral("The cache is a fast, temporary store: never the only copy of your data."),
    };
    lesson.note = QStringLiteral("The published quiz says cache.get raises for a missing key; Django returns None.");
    return lesson;
}

// A Lesson with only its script, as the playground gives one.
inline cachetutor::Lesson playgroundLesson()
{
    cachetutor::Lesson lesson;
    lesson.script = QString::fromUtf8(cachetutor::testing::LessonScript);
    return lesson;
}

// Saves a picture of the view when CACHETUTOR_MODES_PNG_DIR is set, for looking at by eye.
inline void savePicture(QWidget &view, const char *name)
{
    const QByteArray dir = qgetenv("CACHETUTOR_MODES_PNG_DIR");
    if (dir.isEmpty())
        return;
    view.resize(900, 500);
    view.show();
    QCoreApplication::processEvents();
    view.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

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
