// Theme: the palettes and the shared highlight colours, readable in each.

#include "theme.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace cachetutor;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Theme::instance().setKind(Theme::Kind::System); }

    void namesRoundTrip_data()
    {
        QTest::addColumn<Theme::Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("system") << Theme::Kind::System << "system";
        QTest::newRow("light") << Theme::Kind::Light << "light";
        QTest::newRow("dark") << Theme::Kind::Dark << "dark";
        QTest::newRow("high contrast") << Theme::Kind::HighContrast << "high-contrast";
    }

    void namesRoundTrip()
    {
        QFETCH(Theme::Kind, kind);
        QFETCH(QString, name);
        QCOMPARE(Theme::kindName(kind), name);
        QCOMPARE(Theme::kindFromName(name), kind);
    }

    void unknownNamesFallBackToSystem()
    {
        QCOMPARE(Theme::kindFromName(QStringLiteral("purple")), Theme::Kind::System);
        QCOMPARE(Theme::kindFromName(QString()), Theme::Kind::System);
    }

    void highlightsKeepTextReadable_data()
    {
        QTest::addColumn<Theme::Kind>("kind");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << Theme::Kind::Light << false;
        QTest::newRow("dark") << Theme::Kind::Dark << true;
        QTest::newRow("high contrast") << Theme::Kind::HighContrast << true;
    }

    // Text drawn on every highlight background meets WCAG AA (4.5:1).
    void highlightsKeepTextReadable()
    {
        QFETCH(Theme::Kind, kind);
        QFETCH(bool, dark);
        QSignalSpy changed(&Theme::instance(), &Theme::changed);
        Theme::instance().setKind(kind);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(Theme::instance().kind(), kind);
        QCOMPARE(Theme::instance().isDark(), dark);
        const QColor text = QApplication::palette().color(QPalette::Text);
        for (Theme::Role role : {Theme::Role::JustRan, Theme::Role::RunsNext, Theme::Role::Added, Theme::Role::Updated,
                                 Theme::Role::Changed, Theme::Role::Current, Theme::Role::Hint}) {
            const QColor background = Theme::instance().color(role);
            QVERIFY2(contrast(text, background) >= 4.5,
                     qPrintable(QStringLiteral("role %1: %2 on %3 is %4:1").arg(static_cast<int>(role)).arg(text.name(), background.name()).arg(contrast(text, background))));
        }
        // Marks drawn on the window (gutter arrows, errors, accent) stand out from it: 3:1 for graphics.
        const QColor base = QApplication::palette().color(QPalette::Base);
        for (Theme::Role role : {Theme::Role::JustRanMark, Theme::Role::RunsNextMark, Theme::Role::Accent, Theme::Role::Error}) {
            const QColor mark = Theme::instance().color(role);
            QVERIFY2(contrast(mark, base) >= 3.0,
                     qPrintable(QStringLiteral("role %1: %2 on %3 is %4:1").arg(static_cast<int>(role)).arg(mark.name(), base.name()).arg(contrast(mark, base))));
        }
    }

    void systemRestoresThePlatformPalette()
    {
        const QPalette platform = QApplication::palette();
        Theme::instance().setKind(Theme::Kind::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window) != platform.color(QPalette::Window));
        Theme::instance().setKind(Theme::Kind::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
