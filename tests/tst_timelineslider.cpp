#include "timelineslider.h"

#include <QApplication>
#include <QHelpEvent>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>
#include <QToolTip>

using namespace cachetutor;

namespace {

// QSlider's own style option, as its paintEvent() builds it. (initStyleOption
// is protected; a pointer to it formed through a subclass may be called on
// any QSlider.)
struct SliderOption : QSlider {
    static QStyleOptionSlider of(const QSlider &slider)
    {
        QStyleOptionSlider option;
        (slider.*(&SliderOption::initStyleOption))(&option);
        return option;
    }
};

// Where the style puts the handle's centre with the slider at `value`: what
// pixelForStep() promises to match.
int handleCentreAt(TimelineSlider &slider, int value)
{
    const int old = slider.value();
    slider.setValue(value);
    const QStyleOptionSlider option = SliderOption::of(slider);
    const int centre = slider.style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, &slider).center().x();
    slider.setValue(old);
    return centre;
}

} // namespace

class TestTimelineSlider : public QObject
{
    Q_OBJECT

private slots:
    void marksAreStored();
    void pixelsFollowTheHandle();
    void marksOutsideTheRangeAreNotDrawn();
    void bucketingCapsMarksAtWidth();
    void toolTipText();
    void toolTipEvent();
    void accessibleDescriptionCountsMarks();
    void rendersMarks();
};

void TestTimelineSlider::marksAreStored()
{
    TimelineSlider slider;
    QCOMPARE(slider.orientation(), Qt::Horizontal);
    slider.setBreakpointSteps({3, 7});
    slider.setErrorSteps({5});
    slider.setWarningSteps({9, 10});
    QCOMPARE(slider.breakpointSteps(), (QSet<int>{3, 7}));
    QCOMPARE(slider.errorSteps(), (QSet<int>{5}));
    QCOMPARE(slider.warningSteps(), (QSet<int>{9, 10}));
    slider.setErrorSteps({});
    QVERIFY(slider.errorSteps().isEmpty());
}

void TestTimelineSlider::pixelsFollowTheHandle()
{
    TimelineSlider slider;
    slider.setRange(0, 100);
    slider.resize(600, 40);
    for (const int step : {0, 1, 37, 50, 99, 100})
        QCOMPARE(slider.pixelForStep(step), handleCentreAt(slider, step));
    QVERIFY(slider.pixelForStep(0) < slider.pixelForStep(50));
    QVERIFY(slider.pixelForStep(50) < slider.pixelForStep(100));
    QVERIFY(slider.pixelForStep(0) >= 0);
    QVERIFY(slider.pixelForStep(100) < 600);
    for (const int step : {0, 1, 37, 50, 99, 100})
        QCOMPARE(slider.stepAtPixel(slider.pixelForStep(step)), step);

    slider.setBreakpointSteps({0, 50, 100});
    slider.setErrorSteps({37});
    QCOMPARE(slider.markPixels(TimelineSlider::MarkKind::Breakpoint),
             (QList<int>{slider.pixelForStep(0), slider.pixelForStep(50), slider.pixelForStep(100)}));
    QCOMPARE(slider.markPixels(TimelineSlider::MarkKind::Error), QList<int>{slider.pixelForStep(37)});
    QVERIFY(slider.markPixels(TimelineSlider::MarkKind::Warning).isEmpty());

    // A new size or range moves the marks with the handle.
    slider.resize(300, 40);
    QCOMPARE(slider.markPixels(TimelineSlider::MarkKind::Error), QList<int>{handleCentreAt(slider, 37)});
    slider.setRange(0, 200);
    QCOMPARE(slider.markPixels(TimelineSlider::MarkKind::Error), QList<int>{handleCentreAt(slider, 37)});
    // Right to left, step 0 is at the right end.
    slider.setLayoutDirection(Qt::RightToLeft);
    QVERIFY(slider.pixelForStep(0) > slider.pixelForStep(200));
    QCOMPARE(slider.markPixels(TimelineSlider::MarkKind::Error), QList<int>{handleCentreAt(slider, 37)});
}

void TestTimelineSlider::marksOutsideTheRangeAreNotDrawn()
{
    TimelineSlider slider;
    slider.setRange(0, 10);
    slider.resize(600, 40);
    slider.setBreakpointSteps({-1, 5, 11, 1000});
    QCOMPARE(slider.markPixels(TimelineSlider::MarkKind::Breakpoint), QList<int>{slider.pixelForStep(5)});
    QCOMPARE(slider.breakpointSteps().size(), 4); // kept for when the range grows
    slider.setRange(0, 1000);
    QCOMPARE(slider.markPixels(TimelineSlider::MarkKind::Breakpoint).size(), 3);
}

void TestTimelineSlider::bucketingCapsMarksAtWidth()
{
    TimelineSlider slider;
    slider.setRange(0, 1'000'000);
    slider.resize(600, 40);
    QSet<int> errors;
    int lastStep = 0;
    for (int step = 1; step <= 1'000'000; step += 7)
        errors.insert(lastStep = step);
    slider.setErrorSteps(errors);
    const QList<int> pixels = slider.markPixels(TimelineSlider::MarkKind::Error);
    QVERIFY(!pixels.isEmpty());
    QVERIFY2(pixels.size() <= slider.width(), "at most one mark per pixel column");
    // Sorted and distinct: one entry per column.
    for (qsizetype i = 1; i < pixels.size(); ++i)
        QVERIFY(pixels[i - 1] < pixels[i]);
    // Steps every 7 of a million on ~600 columns cover every column between the ends.
    QCOMPARE(pixels.first(), slider.pixelForStep(1));
    QCOMPARE(pixels.last(), slider.pixelForStep(lastStep));
    QCOMPARE(pixels.size(), pixels.last() - pixels.first() + 1);

    // The tooltip over a crowded column names its first marked step.
    const int x = slider.pixelForStep(500'000);
    const QString tip = slider.toolTipAt(x);
    QVERIFY2(tip.endsWith(QStringLiteral(" — error")), qPrintable(tip));
    QVERIFY(!slider.grab().isNull());
}

void TestTimelineSlider::toolTipText()
{
    TimelineSlider slider;
    slider.setRange(0, 100);
    slider.resize(600, 40);
    slider.setBreakpointSteps({50, 70});
    slider.setErrorSteps({70, 90});
    slider.setWarningSteps({20});

    QCOMPARE(slider.toolTipAt(slider.pixelForStep(30)), QStringLiteral("Step 30"));
    QCOMPARE(slider.toolTipAt(slider.pixelForStep(50)), QStringLiteral("Step 50 — breakpoint"));
    // Within a couple of pixels of a mark still names it.
    QCOMPARE(slider.toolTipAt(slider.pixelForStep(50) + 2), QStringLiteral("Step 50 — breakpoint"));
    QCOMPARE(slider.toolTipAt(slider.pixelForStep(70)), QStringLiteral("Step 70 — breakpoint, error"));
    QCOMPARE(slider.toolTipAt(slider.pixelForStep(90)), QStringLiteral("Step 90 — error"));
    QCOMPARE(slider.toolTipAt(slider.pixelForStep(20)), QStringLiteral("Step 20 — warning"));
    QCOMPARE(slider.toolTipAt(-50), QStringLiteral("Step 0"));
    QCOMPARE(slider.toolTipAt(10'000), QStringLiteral("Step 100"));
}

void TestTimelineSlider::toolTipEvent()
{
    TimelineSlider slider;
    slider.setRange(0, 100);
    slider.resize(600, 40);
    slider.setErrorSteps({40});
    slider.show();
    QVERIFY(QTest::qWaitForWindowExposed(&slider));
    const QPoint at(slider.pixelForStep(40), slider.height() / 2);
    QHelpEvent help(QEvent::ToolTip, at, slider.mapToGlobal(at));
    QVERIFY(QApplication::sendEvent(&slider, &help));
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Step 40 — error"));
    QToolTip::hideText();
}

void TestTimelineSlider::accessibleDescriptionCountsMarks()
{
    TimelineSlider slider;
    QVERIFY(!slider.accessibleName().isEmpty());
    QVERIFY(!slider.toolTip().isEmpty());
    QVERIFY(!slider.statusTip().isEmpty());
    slider.setBreakpointSteps({1, 2, 3});
    slider.setErrorSteps({4, 5});
    QVERIFY2(slider.accessibleDescription().contains(QStringLiteral("3 breakpoints")), qPrintable(slider.accessibleDescription()));
    QVERIFY2(slider.accessibleDescription().contains(QStringLiteral("2 errors")), qPrintable(slider.accessibleDescription()));
}

void TestTimelineSlider::rendersMarks()
{
    TimelineSlider slider;
    slider.setRange(0, 120);
    slider.setValue(45);
    slider.resize(600, 40);
    slider.setBreakpointSteps({10, 45, 80});
    slider.setErrorSteps({30, 80, 118});
    slider.setWarningSteps({60, 61});
    QVERIFY(slider.sizeHint().height() <= 40);
    const QPixmap image = slider.grab();
    QCOMPARE(image.size(), QSize(600, 40) * image.devicePixelRatio());
    QVERIFY(image.save(QStringLiteral("/tmp/timeline.png")));

    // Something red sits above the groove at a breakpoint.
    const QImage pixels = image.toImage();
    const qreal scale = image.devicePixelRatio();
    const int x = qRound((slider.pixelForStep(10) + 0.5) * scale);
    bool red = false;
    for (int y = 0; y < pixels.height() / 2 && !red; ++y) {
        const QColor c = pixels.pixelColor(x, y);
        red = c.red() > 180 && c.green() < 100 && c.blue() < 100;
    }
    QVERIFY(red);
}

QTEST_MAIN(TestTimelineSlider)
#include "tst_timelineslider.moc"
