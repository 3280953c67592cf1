// CourseOutline: one row per lesson, bad files listed greyed with their
// error, progress ticks as text, the current lesson highlighted and
// lessonActivated on click, Enter and double-click (once per gesture).
// With CACHETUTOR_OUTLINE_PNG set, also renders the shipped course to that file.

#include "courseoutline.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace cachetutor;

class TestCourseOutline : public QObject
{
    Q_OBJECT

private slots:
    void lessonsListed();
    void badEntries();
    void progressText_data();
    void progressText();
    void ticksFollowProgress();
    void currentLesson();
    void activation();
    void accessibleNames();
    void shippedLessons();
};

namespace {

Lesson lesson(const QString &name, const QString &title, int questions, const QString &duration = "~10 mins")
{
    Lesson l;
    l.name = name;
    l.title = title;
    l.duration = duration;
    l.description = "About " + title;
    for (int i = 0; i < questions; ++i) {
        QuizQuestion q;
        q.question = QString("Question %1").arg(i);
        q.options = {"A", "B"};
        l.quiz << q;
    }
    return l;
}

LessonReadResult good(const Lesson &l)
{
    return LessonReadResult{l, {}};
}

LessonReadResult bad(const QStringList &errors)
{
    return LessonReadResult{std::nullopt, errors};
}

QList<std::pair<QString, LessonReadResult>> course()
{
    return {
        {"/lessons/basics.json", good(lesson("basics", "Low-level cache API", 3))},
        {"/lessons/broken.json", bad({"broken.json: quiz[1].answer: expected a letter A–D, got \"E\"", "broken.json: title: missing"})},
        {"/lessons/timeouts.json", good(lesson("timeouts", "Timeouts and expiry", 2, "~15 mins"))},
        {"/lessons/culling.json", good(lesson("culling", "Culling", 1))},
    };
}

LessonProgress progress(QList<bool> answers, int lastStep = 0)
{
    LessonProgress p;
    for (int i = 0; i < answers.size(); ++i)
        p.answers.insert(i, AnswerRecord{"A", answers.at(i)});
    p.lastStep = lastStep;
    return p;
}

} // namespace

void TestCourseOutline::lessonsListed()
{
    CourseOutline outline;
    outline.setLessons(course());
    QCOMPARE(outline.entryCount(), 4);
    QCOMPARE(outline.tree()->topLevelItemCount(), 4);
    QCOMPARE(outline.text(0, CourseOutline::NumberColumn), QString("1"));
    QCOMPARE(outline.text(0, CourseOutline::TitleColumn), QString("Low-level cache API"));
    QCOMPARE(outline.text(0, CourseOutline::DurationColumn), QString("~10 mins"));
    QCOMPARE(outline.text(0, CourseOutline::ProgressColumn), QString());
    // The bad file takes no number: lessons are numbered as students see them.
    QCOMPARE(outline.text(2, CourseOutline::NumberColumn), QString("2"));
    QCOMPARE(outline.text(2, CourseOutline::DurationColumn), QString("~15 mins"));
    QCOMPARE(outline.text(3, CourseOutline::NumberColumn), QString("3"));
    QCOMPARE(outline.toolTip(0, CourseOutline::TitleColumn), QString("About Low-level cache API"));

    outline.setLessons({});
    QCOMPARE(outline.entryCount(), 0);
    QCOMPARE(outline.tree()->topLevelItemCount(), 0);
}

void TestCourseOutline::badEntries()
{
    CourseOutline outline;
    outline.setLessons(course());
    QVERIFY(!outline.isLoadable(1));
    QVERIFY(outline.isLoadable(0) && outline.isLoadable(2) && outline.isLoadable(3));
    QCOMPARE(outline.text(1, CourseOutline::NumberColumn), QString("⚠"));
    QVERIFY(outline.text(1, CourseOutline::TitleColumn).contains("broken.json"));
    const QString tip = outline.toolTip(1, CourseOutline::TitleColumn);
    QVERIFY2(tip.startsWith("broken.json: quiz[1].answer: expected a letter A–D"), qPrintable(tip));
    QVERIFY2(tip.contains("1 more"), qPrintable(tip));
    QCOMPARE(outline.toolTip(1, CourseOutline::NumberColumn), tip);
    // Greyed as the palette greys disabled text.
    QTreeWidgetItem *item = outline.tree()->topLevelItem(1);
    QCOMPARE(item->foreground(CourseOutline::TitleColumn).color(), outline.palette().color(QPalette::Disabled, QPalette::Text));

    // Only bad entries: still listed, nothing numbered.
    outline.setLessons({{"/a.json", bad({"a.json: not JSON"})}, {"/b.json", bad({})}});
    QCOMPARE(outline.entryCount(), 2);
    QCOMPARE(outline.toolTip(0, CourseOutline::TitleColumn), QString("a.json: not JSON"));
    QVERIFY(!outline.toolTip(1, CourseOutline::TitleColumn).isEmpty());
}

void TestCourseOutline::progressText_data()
{
    QTest::addColumn<QList<bool>>("answers");
    QTest::addColumn<int>("lastStep");
    QTest::addColumn<int>("questions");
    QTest::addColumn<QString>("tick");

    QTest::newRow("not started") << QList<bool>{} << 0 << 3 << "";
    QTest::newRow("only stepped") << QList<bool>{} << 2 << 3 << "◐ 0/3";
    QTest::newRow("one wrong") << QList<bool>{false} << 0 << 3 << "◐ 0/3";
    QTest::newRow("two of three") << QList<bool>{true, false, true} << 0 << 3 << "◐ 2/3";
    QTest::newRow("all right") << QList<bool>{true, true, true} << 4 << 3 << "✔";
    QTest::newRow("all answered, one wrong") << QList<bool>{true, true, false} << 0 << 3 << "◐ 2/3";
    QTest::newRow("stale answers beyond the quiz") << QList<bool>{true, true, true, true} << 0 << 2 << "✔";
    QTest::newRow("no quiz, started") << QList<bool>{} << 1 << 0 << "◐";
    QTest::newRow("no quiz, not started") << QList<bool>{} << 0 << 0 << "";
}

void TestCourseOutline::progressText()
{
    QFETCH(QList<bool>, answers);
    QFETCH(int, lastStep);
    QFETCH(int, questions);
    QFETCH(QString, tick);
    QCOMPARE(CourseOutline::progressText(progress(answers, lastStep), questions), tick);
}

void TestCourseOutline::ticksFollowProgress()
{
    CourseOutline outline;
    outline.setLessons(course());
    ProgressStore store(QString{});
    store.recordAnswer("basics", 0, "C", true);
    store.recordAnswer("basics", 1, "A", false);
    store.recordAnswer("basics", 2, "B", true);
    store.recordAnswer("timeouts", 0, "A", true);
    store.recordAnswer("timeouts", 1, "typed", true);
    outline.setProgress(store);
    QCOMPARE(outline.text(0, CourseOutline::ProgressColumn), QString("◐ 2/3"));
    QCOMPARE(outline.text(1, CourseOutline::ProgressColumn), QString());
    QCOMPARE(outline.text(2, CourseOutline::ProgressColumn), QString("✔"));
    QCOMPARE(outline.text(3, CourseOutline::ProgressColumn), QString());
    // Words beside the symbols, for tooltips and screen readers.
    QVERIFY(outline.toolTip(0, CourseOutline::ProgressColumn).contains("2 of 3"));
    QCOMPARE(outline.tree()->topLevelItem(0)->data(CourseOutline::ProgressColumn, Qt::AccessibleTextRole).toString(),
             outline.toolTip(0, CourseOutline::ProgressColumn));
    QCOMPARE(outline.toolTip(3, CourseOutline::ProgressColumn), QString("Not started"));

    store.recordAnswer("basics", 1, "B", true);
    store.resetLesson("timeouts");
    outline.setProgress(store);
    QCOMPARE(outline.text(0, CourseOutline::ProgressColumn), QString("✔"));
    QCOMPARE(outline.text(2, CourseOutline::ProgressColumn), QString());

    // New lessons keep the progress already given.
    outline.setLessons(course());
    QCOMPARE(outline.text(0, CourseOutline::ProgressColumn), QString("✔"));
}

void TestCourseOutline::currentLesson()
{
    CourseOutline outline;
    outline.setLessons(course());
    outline.setCurrentLesson("timeouts");
    QCOMPARE(outline.currentLesson(), QString("timeouts"));
    QTreeWidgetItem *item = outline.tree()->topLevelItem(2);
    QCOMPARE(outline.tree()->currentItem(), item);
    QVERIFY(item->isSelected());
    QVERIFY(item->font(CourseOutline::TitleColumn).bold()); // not colour alone
    QVERIFY(!outline.tree()->topLevelItem(0)->font(CourseOutline::TitleColumn).bold());

    outline.setCurrentLesson("basics");
    QVERIFY(!item->font(CourseOutline::TitleColumn).bold());
    QVERIFY(outline.tree()->topLevelItem(0)->font(CourseOutline::TitleColumn).bold());

    outline.setCurrentLesson("nosuchlesson");
    QVERIFY(!outline.tree()->topLevelItem(0)->font(CourseOutline::TitleColumn).bold());
    QVERIFY(outline.tree()->selectedItems().isEmpty());

    // The highlight survives a new list.
    outline.setCurrentLesson("culling");
    outline.setLessons(course());
    QVERIFY(outline.tree()->topLevelItem(3)->font(CourseOutline::TitleColumn).bold());
}

void TestCourseOutline::activation()
{
    CourseOutline outline;
    outline.setLessons(course());
    outline.resize(600, 300);
    outline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&outline));
    QSignalSpy spy(&outline, &CourseOutline::lessonActivated);
    QTreeWidget *tree = outline.tree();
    const auto centre = [tree](int row) {
        return tree->visualItemRect(tree->topLevelItem(row)).center();
    };

    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre(0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QString("/lessons/basics.json"));

    // A bad entry never opens.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre(1));
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre(1));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);

    // A double-click is one gesture: one signal. (QTest::mouseDClick sends
    // only the second half, so the first click is sent as a real one is.)
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre(2));
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre(2));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QString("/lessons/timeouts.json"));

    // Enter on the current lesson.
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(3));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).toString(), QString("/lessons/culling.json"));

    // Moving with the arrow keys only selects.
    QTest::keyClick(tree, Qt::Key_Up);
    QCOMPARE(spy.count(), 3);
}

void TestCourseOutline::accessibleNames()
{
    CourseOutline outline;
    outline.setLessons(course());
    QCOMPARE(outline.accessibleName(), QString("Course outline"));
    QCOMPARE(outline.tree()->accessibleName(), QString("Course outline"));
    for (QWidget *child : outline.findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        QVERIFY2(!child->accessibleName().isEmpty(), child->metaObject()->className());
    QVERIFY(outline.tree()->topLevelItem(1)->data(CourseOutline::TitleColumn, Qt::AccessibleTextRole).toString().contains("could not be loaded"));
}

void TestCourseOutline::shippedLessons()
{
    QList<std::pair<QString, LessonReadResult>> lessons;
    for (const QString &path : LessonReader::shippedLessonPaths())
        lessons.append({path, LessonReader::readFile(path)});
    QVERIFY(!lessons.isEmpty());
    lessons.append({"/home/student/lessons/my-draft.json", LessonReader::read("{\"format\": \"cachetutor-lesson\", \"version\": 1, ", "my-draft.json")});

    ProgressStore store(QString{});
    int index = 0;
    for (const auto &[path, result] : std::as_const(lessons)) {
        if (!result.lesson)
            continue;
        const int questions = static_cast<int>(result.lesson->quiz.size());
        if (index == 0) // the first done, the second partly done, the rest not started
            for (int q = 0; q < questions; ++q)
                store.recordAnswer(result.lesson->name, q, "A", true);
        if (index == 1) {
            store.recordAnswer(result.lesson->name, 0, "B", true);
            store.recordAnswer(result.lesson->name, 1, "A", false);
        }
        ++index;
    }

    CourseOutline outline;
    outline.setLessons(lessons);
    outline.setProgress(store);
    if (lessons.size() > 2 && lessons.at(1).second.lesson)
        outline.setCurrentLesson(lessons.at(1).second.lesson->name);
    QCOMPARE(outline.entryCount(), lessons.size());
    QVERIFY(!outline.isLoadable(outline.entryCount() - 1));
    QCOMPARE(outline.text(outline.entryCount() - 1, CourseOutline::NumberColumn), QString("⚠"));
    if (lessons.first().second.lesson && !lessons.first().second.lesson->quiz.isEmpty())
        QCOMPARE(outline.text(0, CourseOutline::ProgressColumn), QString("✔"));

    outline.resize(640, 60 + 30 * static_cast<int>(lessons.size()));
    outline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&outline));
    const QImage image = outline.grab().toImage();
    QVERIFY(!image.isNull());
    const QByteArray png = qgetenv("CACHETUTOR_OUTLINE_PNG");
    if (!png.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(png)));
}

QTEST_MAIN(TestCourseOutline)
#include "tst_courseoutline.moc"
