// Settings: typed values over QSettings; a wrong or corrupt value reads as its default.

#include "settings.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace cachetutor;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void defaultsWhenNothingIsStored()
    {
        const Settings settings;
        QCOMPARE(settings.zoom(), 1.0);
        QCOMPARE(settings.stepsPerSecond(), 2.0);
        QCOMPARE(settings.theme(), QStringLiteral("system"));
        QVERIFY(settings.showFutureSteps());
        QVERIFY(settings.learningMode().isEmpty());
        QVERIFY(settings.language().isEmpty());
        QVERIFY(settings.recentFiles().isEmpty());
        QVERIFY(settings.presentationPanels().contains(QStringLiteral("code")));
    }

    void badValuesReadAsDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("speed");
        QTest::newRow("zoom text") << "view/zoom" << QVariant(QStringLiteral("huge")) << 1.0 << 2.0;
        QTest::newRow("zoom too big") << "view/zoom" << QVariant(100.0) << 1.0 << 2.0;
        QTest::newRow("zoom too small") << "view/zoom" << QVariant(0.01) << 1.0 << 2.0;
        QTest::newRow("zoom fine") << "view/zoom" << QVariant(1.5) << 1.5 << 2.0;
        QTest::newRow("speed negative") << "playback/stepsPerSecond" << QVariant(-3) << 1.0 << 2.0;
        QTest::newRow("speed fine") << "playback/stepsPerSecond" << QVariant(10) << 1.0 << 10.0;
    }

    void badValuesReadAsDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, stored);
        QFETCH(double, zoom);
        QFETCH(double, speed);
        QSettings().setValue(key, stored);
        const Settings settings;
        QCOMPARE(settings.zoom(), zoom);
        QCOMPARE(settings.stepsPerSecond(), speed);
    }

    void recentFilesAreMostRecentFirstWithoutDuplicates()
    {
        Settings settings;
        for (int i = 0; i < Settings::MaxRecentFiles + 3; ++i)
            settings.addRecentFile(QStringLiteral("/tmp/%1.py").arg(i));
        settings.addRecentFile(QStringLiteral("/tmp/5.py"));
        const QStringList files = settings.recentFiles();
        QCOMPARE(files.size(), Settings::MaxRecentFiles);
        QCOMPARE(files.first(), QStringLiteral("/tmp/5.py"));
        QCOMPARE(files.count(QStringLiteral("/tmp/5.py")), 1);
        QCOMPARE(files.at(1), QStringLiteral("/tmp/%1.py").arg(Settings::MaxRecentFiles + 2));
    }

    void valuesRoundTrip()
    {
        {
            Settings settings;
            settings.setLearningMode(QStringLiteral("visual-quiz"));
            settings.setTheme(QStringLiteral("dark"));
            settings.setLanguage(QStringLiteral("de"));
            settings.setZoom(2.0);
            settings.setStepsPerSecond(4.0);
            settings.setShowFutureSteps(false);
            settings.setPresentationPanels({QStringLiteral("code")});
            settings.setSplitterState(QStringLiteral("body"), QByteArray("state"));
        }
        const Settings settings;
        QCOMPARE(settings.learningMode(), QStringLiteral("visual-quiz"));
        QCOMPARE(settings.theme(), QStringLiteral("dark"));
        QCOMPARE(settings.language(), QStringLiteral("de"));
        QCOMPARE(settings.zoom(), 2.0);
        QCOMPARE(settings.stepsPerSecond(), 4.0);
        QVERIFY(!settings.showFutureSteps());
        QCOMPARE(settings.presentationPanels(), QStringList{QStringLiteral("code")});
        QCOMPARE(settings.splitterState(QStringLiteral("body")), QByteArray("state"));
    }
};

int main(int argc, char **argv)
{
    // Never the user's own settings.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CacheTutorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    TestSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settings.moc"
