// ConceptFlowView: which boxes light up at each step of lesson 1, the
// placeholder of a lesson without a flow, layout and tooltips.

#include "conceptflowview.h"
#include "testlesson.h"
#include "testscripts.h"
#include "trace.h"

#include <QTest>

using namespace cachetutor;
using namespace cachetutor::testing;


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
    void longWordsFitTheirBox_data();
    void longWordsFitTheirBox();
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

void TestConceptFlowView::longWordsFitTheirBox_data()
{
    QTest::addColumn<QString>("label");
    QTest::newRow("a call") << QStringLiteral("cache.has_key(key) / key in cache");
    QTest::newRow("a long call") << QStringLiteral("cache.get_or_set(key, default_loader_function, timeout)");
    QTest::newRow("a German compound") << QStringLiteral("Cache-Schlüsselversionsverwaltungsfunktion");
}

// Word wrap cannot break a word: the box grows to hold it, lit (bold) or not.
void TestConceptFlowView::longWordsFitTheirBox()
{
    QFETCH(QString, label);
    Lesson lesson;
    lesson.conceptFlow = {{QStringLiteral("Start"), {QStringLiteral("start")}}, {label, {QStringLiteral("cache.get")}},
                          {QStringLiteral("End"), {QStringLiteral("end")}}};
    ConceptFlowView view;
    view.setLesson(lesson);
    view.resize(900, 500);
    QFont bold = view.font();
    bold.setBold(true);
    qreal longest = 0;
    for (const QString &word : label.split(QLatin1Char(' ')))
        longest = std::max(longest, QFontMetricsF(bold).horizontalAdvance(word));
    QVERIFY2(view.nodeRect(1).width() > longest, qPrintable(QStringLiteral("%1 < %2").arg(view.nodeRect(1).width()).arg(longest)));
    QVERIFY(view.rect().contains(view.nodeRect(1).toRect()));
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
