// Tests for LessonEditorDialog: a shipped lesson comes back out of the dialog
// unchanged; the live check names a wrong answer, an unreadable cell and a
// step beyond the trace as the file would, and Save follows it; what the
// dialog gives reads back through LessonWriter and LessonReader; Save writes
// the file.

#include "lessondiff.h"
#include "lessoneditordialog.h"
#include "lessonreader.h"
#include "lessonwriter.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cachetutor;

namespace {

Lesson basics()
{
    const LessonReadResult result = LessonReader::readFile(QStringLiteral(":/lessons/01-basics.json"));
    if (!result.lesson)
        qFatal("%s", qPrintable(result.errors.join(QLatin1Char('\n'))));
    return *result.lesson;
}

QString joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestLessonEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void shippedLessonsComeBackUnchanged_data();
    void shippedLessonsComeBackUnchanged();
    void wrongAnswerDisablesSave();
    void roundTripsThroughTheFile();
    void annotationBeyondTheTrace();
    void unreadableCells();
    void formErrorsComeFromTheReader();
    void addAndRemoveRows();
    void checkIsDebounced();
    void newScriptWithoutLesson();
    void saveToWritesTheFile();
    void screenshot();
};

void TestLessonEditorDialog::shippedLessonsComeBackUnchanged_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : LessonReader::shippedLessonPaths())
        QTest::newRow(qPrintable(path)) << path;
}

void TestLessonEditorDialog::shippedLessonsComeBackUnchanged()
{
    QFETCH(QString, path);
    const LessonReadResult read = LessonReader::readFile(path);
    QVERIFY(read.lesson);
    LessonEditorDialog dialog;
    dialog.setLesson(*read.lesson);
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(joined(dialog.problems())));
    QVERIFY(dialog.isSaveEnabled());
    const QStringList differences = testing::lessonDifferences(*read.lesson, dialog.lesson());
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1String(", "))));
}

void TestLessonEditorDialog::wrongAnswerDisablesSave()
{
    LessonEditorDialog dialog;
    dialog.setLesson(basics());
    QCOMPARE(dialog.problems(), QStringList());
    QVERIFY(dialog.isSaveEnabled());
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("checkStatus"));
    QVERIFY(status);
    QVERIFY(status->text().contains(QString::fromUtf8("✔ Every answer agrees with the trace")));

    // Quiz question 1's answer is C ('Hello'); B is None.
    QTableWidget *quiz = dialog.quizTable();
    QCOMPARE(quiz->item(0, LessonEditorDialog::QuizAnswer)->text(), QStringLiteral("C"));
    dialog.setCell(quiz, 0, LessonEditorDialog::QuizAnswer, QStringLiteral("B"));
    dialog.checkNow();
    QCOMPARE(dialog.problems(),
             QStringList{QStringLiteral("basics.json: quiz[0]: the answer B (None) disagrees with the trace: the Output of step 2 is 'Hello'")});
    QVERIFY(!dialog.isSaveEnabled());
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("problems"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QString::fromUtf8("✘ quiz[0]: the answer B (None)")));
    QVERIFY(status->text().contains(QString::fromUtf8("✘")));

    // Going to the problem shows the quiz tab at that row.
    dialog.tabs()->setCurrentIndex(LessonEditorDialog::LessonPage);
    emit list->itemActivated(list->item(0));
    QCOMPARE(dialog.tabs()->currentIndex(), int(LessonEditorDialog::QuizPage));
    QCOMPARE(quiz->currentRow(), 0);

    dialog.setCell(quiz, 0, LessonEditorDialog::QuizAnswer, QStringLiteral("c")); // a lower-case letter is fine
    dialog.checkNow();
    QCOMPARE(dialog.problems(), QStringList());
    QVERIFY(dialog.isSaveEnabled());
    QCOMPARE(dialog.lesson().quiz[0].answer, 2);
}

void TestLessonEditorDialog::roundTripsThroughTheFile()
{
    LessonEditorDialog dialog;
    dialog.setLesson(basics());
    dialog.titleEdit()->setText(QStringLiteral("My basics"));
    dialog.setCell(dialog.keyMomentsTable(), 1, LessonEditorDialog::MomentSteps, QStringLiteral("2,4"));
    dialog.setCell(dialog.quizTable(), 0, LessonEditorDialog::QuizOptions, QStringLiteral(" None | 'Hello' | Error "));
    dialog.setCell(dialog.quizTable(), 0, LessonEditorDialog::QuizAnswer, QStringLiteral("B"));
    dialog.snapshotEdit()->setPlainText(QStringLiteral("One\n\n  Two  \n"));
    dialog.checkNow();
    QCOMPARE(dialog.problems(), QStringList());

    const Lesson lesson = dialog.lesson();
    QCOMPARE(lesson.title, QStringLiteral("My basics"));
    QCOMPARE(lesson.keyMoments[1].steps, (QList<int>{2, 4}));
    QCOMPARE(lesson.quiz[0].options, (QStringList{QStringLiteral("None"), QStringLiteral("'Hello'"), QStringLiteral("Error")}));
    QCOMPARE(lesson.snapshot, (QStringList{QStringLiteral("One"), QStringLiteral("Two")}));
    // What the table cannot show is kept: the hint cells, explanation, proof step, the other kinds.
    QCOMPARE(lesson.quiz[0].hintSteps, QList<int>{2});
    QCOMPARE(lesson.quiz[0].proofStep, 2);
    QVERIFY(!lesson.quiz[0].explanation.isEmpty());
    QCOMPARE(lesson.quiz[1].answerFrom.kind, AnswerSource::Kind::FirstStep);
    QCOMPARE(lesson.quiz[2].kind, QuizQuestion::Kind::WhatIf);
    QCOMPARE(lesson.quiz[2].changes.size(), 5);

    const LessonReadResult back = LessonReader::read(LessonWriter::write(lesson), QStringLiteral("basics.json"));
    QVERIFY2(back.lesson, qPrintable(joined(back.errors)));
    const QStringList differences = testing::lessonDifferences(lesson, *back.lesson);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1String(", "))));
}

void TestLessonEditorDialog::annotationBeyondTheTrace()
{
    LessonEditorDialog dialog;
    dialog.setLesson(basics());
    QTableWidget *annotations = dialog.annotationsTable();
    QCOMPARE(annotations->rowCount(), 1);
    QCOMPARE(annotations->item(0, LessonEditorDialog::AnnotationStep)->text(), QStringLiteral("3"));
    dialog.setCell(annotations, 0, LessonEditorDialog::AnnotationStep, QStringLiteral("99"));
    dialog.checkNow();
    QCOMPARE(dialog.problems(),
             QStringList{QStringLiteral("basics.json: annotations[0].step: step 99 is beyond the trace, which has 4 steps")});
    QVERIFY(!dialog.isSaveEnabled());

    dialog.setCell(annotations, 0, LessonEditorDialog::AnnotationStep, QStringLiteral("4"));
    dialog.checkNow();
    QCOMPARE(dialog.problems(), QStringList());
}

// A cell the dialog cannot read is reported once, in the file's terms, not again by the reader.
void TestLessonEditorDialog::unreadableCells()
{
    LessonEditorDialog dialog;
    dialog.setLesson(basics());
    dialog.setCell(dialog.keyMomentsTable(), 0, LessonEditorDialog::MomentSteps, QStringLiteral("3, x"));
    dialog.setCell(dialog.quizTable(), 0, LessonEditorDialog::QuizAnswer, QStringLiteral("1"));
    dialog.setCell(dialog.annotationsTable(), 0, LessonEditorDialog::AnnotationStep, QString());
    dialog.checkNow();
    QCOMPARE(dialog.problems(),
             (QStringList{QStringLiteral("basics.json: keyMoments[0].steps: expected step numbers separated by commas, like 3, 4; got \"3, x\""),
                          QStringLiteral("basics.json: quiz[0].answer: expected the letter of the right option (A is the first), got \"1\""),
                          QStringLiteral("basics.json: annotations[0].step: expected a step number, got \"\"")}));
    QVERIFY(!dialog.isSaveEnabled());
}

void TestLessonEditorDialog::formErrorsComeFromTheReader()
{
    LessonEditorDialog dialog;
    dialog.setLesson(basics());
    dialog.nameEdit()->setText(QStringLiteral("My Lesson"));
    dialog.titleEdit()->clear();
    dialog.setCell(dialog.conceptFlowTable(), 1, LessonEditorDialog::FlowLitBy, QStringLiteral("cache.sett"));
    dialog.setCell(dialog.quizTable(), 0, LessonEditorDialog::QuizAnswer, QStringLiteral("E"));
    dialog.setCell(dialog.quizTable(), 0, LessonEditorDialog::QuizSourceColumn, QString());
    dialog.setCell(dialog.quizTable(), 0, LessonEditorDialog::QuizSourceStep, QString());
    dialog.checkNow();
    // An invalid name cannot name the file: the messages say lesson.json.
    QCOMPARE(dialog.problems(),
             (QStringList{QStringLiteral("lesson.json: name: expected lower-case letters, digits and '-' only, got \"My Lesson\""),
                          QStringLiteral("lesson.json: title: expected a non-empty string, got \"\""),
                          QStringLiteral("lesson.json: conceptFlow[1].litBy[0]: unknown flow event \"cache.sett\""),
                          QString::fromUtf8("lesson.json: quiz[0].answer: expected a letter A–D naming one of the 4 options, got \"E\"")}));
}

void TestLessonEditorDialog::addAndRemoveRows()
{
    LessonEditorDialog dialog;
    dialog.setLesson(basics());
    dialog.tabs()->setCurrentIndex(LessonEditorDialog::QuizPage);
    QTableWidget *quiz = dialog.quizTable();
    QWidget *page = dialog.tabs()->widget(LessonEditorDialog::QuizPage);
    QPushButton *add = nullptr;
    QPushButton *remove = nullptr;
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Add Question"))
            add = button;
        else if (button->text() == QLatin1String("Remove Question"))
            remove = button;
    }
    QVERIFY(add && remove);
    QVERIFY(!remove->isEnabled()); // nothing selected

    add->click();
    QCOMPARE(quiz->rowCount(), 4);
    dialog.checkNow();
    // A new choice question needs a question, options and a letter.
    QCOMPARE(dialog.problems(),
             (QStringList{QStringLiteral("basics.json: quiz[3].answer: expected the letter of the right option (A is the first), got \"\"")}));
    dialog.setCell(quiz, 3, LessonEditorDialog::QuizAnswer, QStringLiteral("A"));
    dialog.checkNow();
    QCOMPARE(dialog.problems(), (QStringList{QStringLiteral("basics.json: quiz[3].question: expected a non-empty string, got \"\""),
                                             QStringLiteral("basics.json: quiz[3].options: expected at least 2 options, got 0")}));
    dialog.setCell(quiz, 3, LessonEditorDialog::QuizQuestionText, QStringLiteral("What is the cache at step 4?"));
    dialog.setCell(quiz, 3, LessonEditorDialog::QuizOptions, QStringLiteral("{} | {'greet': 'Hello'}"));
    dialog.setCell(quiz, 3, LessonEditorDialog::QuizSourceColumn, QStringLiteral("Cache State"));
    dialog.setCell(quiz, 3, LessonEditorDialog::QuizSourceStep, QStringLiteral("4"));
    dialog.checkNow();
    QCOMPARE(dialog.problems(), QStringList());
    QCOMPARE(dialog.lesson().quiz[3].answerFrom.kind, AnswerSource::Kind::Cell);

    // The what-if row is read-only, and removing rows keeps the others.
    QVERIFY(!(quiz->item(2, LessonEditorDialog::QuizQuestionText)->flags() & Qt::ItemIsEditable));
    QCOMPARE(quiz->verticalHeaderItem(2)->text(), QStringLiteral("3 what-if"));
    quiz->selectRow(1);
    QVERIFY(remove->isEnabled());
    remove->click();
    dialog.checkNow();
    QCOMPARE(quiz->rowCount(), 3);
    QCOMPARE(dialog.lesson().quiz[1].kind, QuizQuestion::Kind::WhatIf);
    QCOMPARE(quiz->verticalHeaderItem(1)->text(), QStringLiteral("2 what-if"));
    QCOMPARE(dialog.problems(), QStringList());
}

void TestLessonEditorDialog::checkIsDebounced()
{
    LessonEditorDialog dialog;
    dialog.setLesson(basics());
    QSignalSpy spy(&dialog, &LessonEditorDialog::checked);
    dialog.setCell(dialog.quizTable(), 0, LessonEditorDialog::QuizAnswer, QStringLiteral("A"));
    dialog.setCell(dialog.quizTable(), 0, LessonEditorDialog::QuizAnswer, QStringLiteral("B"));
    QCOMPARE(spy.count(), 0); // not at each keystroke
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(dialog.problems().size(), 1);
    QVERIFY(dialog.problems().constFirst().contains(QLatin1String("quiz[0]: the answer B (None)")));
}

void TestLessonEditorDialog::newScriptWithoutLesson()
{
    LessonEditorDialog dialog;
    dialog.setScript(QStringLiteral("from django.core.cache import cache\ncache.set('k', 1)"));
    QCOMPARE(dialog.lesson().script, QStringLiteral("from django.core.cache import cache\ncache.set('k', 1)\n"));
    QCOMPARE(dialog.problems(), (QStringList{QStringLiteral("lesson.json: name: expected lower-case letters, digits and '-' only, got \"\""),
                                             QStringLiteral("lesson.json: title: expected a non-empty string, got \"\"")}));
    dialog.nameEdit()->setText(QStringLiteral("mine"));
    dialog.titleEdit()->setText(QStringLiteral("Mine"));
    dialog.checkNow();
    QCOMPARE(dialog.problems(), QStringList());
    QVERIFY(LessonWriter::write(dialog.lesson()).contains("\"script\": [\n    \"from django.core.cache import cache\",\n"));
}

void TestLessonEditorDialog::saveToWritesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LessonEditorDialog dialog;
    dialog.setLesson(basics());
    QVERIFY(dialog.savedPath().isEmpty());
    const QString path = dir.filePath(QStringLiteral("basics.json"));
    QVERIFY(dialog.saveTo(path));
    QCOMPARE(dialog.savedPath(), path);
    const LessonReadResult read = LessonReader::readFile(path);
    QVERIFY2(read.lesson, qPrintable(joined(read.errors)));
    QVERIFY(testing::lessonDifferences(basics(), *read.lesson).isEmpty());

    QString error;
    QVERIFY(!dialog.saveTo(dir.filePath(QStringLiteral("missing/folder/x.json")), &error));
    QVERIFY(!error.isEmpty());
}

// CACHETUTOR_EDITOR_PNG=/tmp/editor.png saves a picture of the dialog, with one wrong answer, to look at.
void TestLessonEditorDialog::screenshot()
{
    const QString path = qEnvironmentVariable("CACHETUTOR_EDITOR_PNG");
    if (path.isEmpty())
        QSKIP("set CACHETUTOR_EDITOR_PNG to save a picture");
    LessonEditorDialog dialog;
    dialog.setLesson(basics());
    dialog.setCell(dialog.quizTable(), 0, LessonEditorDialog::QuizAnswer, QStringLiteral("B"));
    dialog.checkNow();
    const int page = qEnvironmentVariableIntValue("CACHETUTOR_EDITOR_PAGE");
    dialog.tabs()->setCurrentIndex(page);
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(path));
}

QTEST_MAIN(TestLessonEditorDialog)
#include "tst_lessoneditordialog.moc"
