// LearningMode: names, numbers, titles and icons of the nine modes.

#include "learningmode.h"

#include <QSet>
#include <QTest>

using namespace cachetutor;

class TestLearningMode : public QObject
{
    Q_OBJECT

private slots:
    void fromString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode"); // -1: not a mode
        QTest::newRow("name") << "concept-flow" << 1;
        QTest::newRow("upper case") << "FULL-TRANSCRIPT" << 8;
        QTest::newRow("number 1") << "1" << 0;
        QTest::newRow("number 9") << "9" << 8;
        QTest::newRow("number 0") << "0" << -1;
        QTest::newRow("number 10") << "10" << -1;
        QTest::newRow("title is not a name") << "Concept Flow" << -1;
        QTest::newRow("empty") << "" << -1;
    }

    void fromString()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        const std::optional<LearningMode> parsed = learningModeFromString(text);
        QCOMPARE(parsed.has_value(), mode >= 0);
        if (parsed)
            QCOMPARE(static_cast<int>(*parsed), mode);
    }

    void everyModeHasADistinctNameTitleAndIcon()
    {
        QSet<QString> names, titles;
        for (int i = 0; i < LearningModeCount; ++i) {
            const auto mode = static_cast<LearningMode>(i);
            QCOMPARE(learningModeFromString(learningModeName(mode)), mode);
            names.insert(learningModeName(mode));
            titles.insert(learningModeTitle(mode));
            QVERIFY(!learningModeDescription(mode).isEmpty());
            const QImage icon = learningModeIcon(mode).pixmap(32, 32).toImage();
            QVERIFY(!icon.isNull());
            // Something is drawn: not every pixel is transparent.
            bool drawn = false;
            for (int y = 0; y < icon.height() && !drawn; ++y)
                for (int x = 0; x < icon.width() && !drawn; ++x)
                    drawn = qAlpha(icon.pixel(x, y)) > 0;
            QVERIFY2(drawn, qPrintable(learningModeName(mode)));
        }
        QCOMPARE(names.size(), LearningModeCount);
        QCOMPARE(titles.size(), LearningModeCount);
    }
};

QTEST_MAIN(TestLearningMode)
#include "tst_learningmode.moc"
