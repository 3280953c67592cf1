// ConceptFlowView: which boxes light up at each step of lesson 1, the
// placeholder of a lesson without a flow, layout and tooltips.

#include "conceptflowview.h"
#include "testscripts.h"
#include "trace.h"

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

class TestConceptFlowView : public QObject
{
    Q_OBJECT

private slots:
    void litNodesPerStep_data();
    void litNodesPerStep();
    void nothingLitWithoutTrace();
    void placeholderWithoutFlow();
    void nodesFitWithoutOverlap_data();
    void nodesFitWithoutOverlap();
    void tooltipNamesEvents();
    void accessibleDescriptionFollowsStep();
    void hugeTraceStepChange();
    void picture();
};

void TestConceptFlowView::litNodesPerStep_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QList<int>>("lit");
    QTest::newRow("start") << 0 << QList<int>{0};
    QTest::newRow("cache.set") << 1 << QList<int>{1, 2};
    QTest::newRow("cache.get hit") << 2 << QList<int>{3, 4, 5};
    QTest::newRow("cache.delete") << 3 << QList<int>{6, 7};
    QTest::newRow("cache.get miss, end") << 4 << QList<int>{3, 5, 8};
    QTest::newRow("past the end") << 5 << QList<int>{};
}

void TestConceptFlowView::litNodesPerStep()
{
    QFETCH(int, step);
    QFETCH(QList<int>, lit);
    ConceptFlowView view;
    view.setLesson(lessonOne());
    view.setTrace(testing::traced(testing::LessonScript));
    view.setCurrentStep(step);
    QCOMPARE(view.litNodes(), lit);
}

void TestConceptFlowView::nothingLitWithoutTrace()
{
    ConceptFlowView view;
    view.setLesson(lessonOne());
    view.setCurrentStep(2);
    QVERIFY(view.litNodes().isEmpty());
}

void TestConceptFlowView::placeholderWithoutFlow()
{
    ConceptFlowView view;
    view.setLesson(playgroundLesson());
    view.setTrace(testing::traced(testing::LessonScript));
    view.setCurrentStep(1);
    QCOMPARE(view.nodeCount(), 0);
    QVERIFY(view.litNodes().isEmpty());
    QVERIFY(view.accessibleDescription().contains(QStringLiteral("no concept flow")));
    // Painting the placeholder must not come out blank: some pixel differs from the background.
    view.resize(600, 300);
    const QImage image = view.grab().toImage();
    const QRgb background = image.pixel(0, 0);
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 2)
        for (int x = 0; x < image.width() && !drawn; x += 2)
            drawn = image.pixel(x, y) != background;
    QVERIFY(drawn);
}

void TestConceptFlowView::nodesFitWithoutOverlap_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("900x500") << QSize(900, 500);
    QTest::newRow("narrow 400x900") << QSize(400, 900);
    QTest::newRow("wide 1600x400") << QSize(1600, 400);
}

void TestConceptFlowView::nodesFitWithoutOverlap()
{
    QFETCH(QSize, size);
    ConceptFlowView view;
    view.setLesson(lessonOne());
    view.resize(size);
    QCOMPARE(view.nodeCount(), 9);
    const QRectF area = view.rect();
    for (int i = 0; i < view.nodeCount(); ++i) {
        const QRectF box = view.nodeRect(i);
        QVERIFY2(area.contains(box), qPrintable(QStringLiteral("node %1 leaves the widget: %2,%3 %4x%5").arg(i).arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())));
        for (int j = i + 1; j < view.nodeCount(); ++j)
            QVERIFY2(!box.intersects(view.nodeRect(j)), qPrintable(QStringLiteral("nodes %1 and %2 overlap").arg(i).arg(j)));
    }
}

void TestConceptFlowView::tooltipNamesEvents()
{
    ConceptFlowView view;
    view.setLesson(lessonOne());
    const QString tip = view.nodeToolTip(4);
    QVERIFY(tip.contains(QStringLiteral("Retrieve value if exists and not expired")));
    QVERIFY(tip.contains(QStringLiteral("cache.get:hit")));
    QVERIFY(view.nodeToolTip(9).isEmpty());
}

void TestConceptFlowView::accessibleDescriptionFollowsStep()
{
    ConceptFlowView view;
    view.setLesson(lessonOne());
    view.setTrace(testing::traced(testing::LessonScript));
    QCOMPARE(view.accessibleName(), QStringLiteral("Concept flow"));
    view.setCurrentStep(3);
    QVERIFY(view.accessibleDescription().contains(QStringLiteral("Remove key from cache")));
    QVERIFY(!view.accessibleDescription().contains(QStringLiteral("Start")));
}

void TestConceptFlowView::hugeTraceStepChange()
{
    const auto trace = testing::traced("from django.core.cache import cache\nfor i in range(300000):\n    cache.set(i, i)\n", 2'000'000);
    QVERIFY(trace->stepCount() > 500'000);
    ConceptFlowView view;
    view.setLesson(lessonOne());
    view.setTrace(trace);
    view.setCurrentStep(300'000); // a cache.set step in the middle: odd steps are the loop's, even ones its body's
    QCOMPARE(view.litNodes(), (QList<int>{1, 2}));
    view.setCurrentStep(trace->stepCount());
    QVERIFY(view.litNodes().contains(8));
}

void TestConceptFlowView::picture()
{
    ConceptFlowView view;
    view.setLesson(lessonOne());
    view.setTrace(testing::traced(testing::LessonScript));
    view.setCurrentStep(2);
    savePicture(view, "conceptflowview");
}

QTEST_MAIN(TestConceptFlowView)
#include "tst_conceptflowview.moc"
