// Glyph icons: drawn in the palette's ink, so they show on dark palettes too.

#include "glyphicon.h"
#include "theme.h"

#include <QApplication>
#include <QTest>

using namespace cachetutor;

namespace {

// The ink of the most opaque pixel.
QColor ink(const QIcon &icon, QIcon::Mode mode)
{
    const QImage image = icon.pixmap(32, 32, mode).toImage();
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).alpha() > best.alpha())
                best = image.pixelColor(x, y);
    return best;
}

} // namespace

class TestGlyphIcon : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Theme::instance().setKind(Theme::Kind::System); }

    void inkFollowsThePalette_data()
    {
        QTest::addColumn<Theme::Kind>("kind");
        QTest::newRow("light") << Theme::Kind::Light;
        QTest::newRow("dark") << Theme::Kind::Dark;
        QTest::newRow("high contrast") << Theme::Kind::HighContrast;
    }

    void inkFollowsThePalette()
    {
        QFETCH(Theme::Kind, kind);
        Theme::instance().setKind(kind);
        const QPalette palette = QApplication::palette();
        for (Glyph glyph : {Glyph::First, Glyph::Back, Glyph::Play, Glyph::Pause, Glyph::Forward, Glyph::Last, Glyph::Run, Glyph::Stop}) {
            const QIcon icon = glyphIcon(glyph);
            QCOMPARE(ink(icon, QIcon::Normal).rgb(), palette.color(QPalette::Active, QPalette::ButtonText).rgb());
            QCOMPARE(ink(icon, QIcon::Disabled).rgb(), palette.color(QPalette::Disabled, QPalette::ButtonText).rgb());
        }
    }
};

QTEST_MAIN(TestGlyphIcon)
#include "tst_glyphicon.moc"
