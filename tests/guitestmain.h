#pragma once

// main() for the tests that build the whole window: settings, autosave and
// progress go to a scratch folder, never the user's own, and the window
// renders offscreen. `organization` and `application` name the settings
// (tst_nolostwork uses the app's own, so that the real binary it starts
// reads what the test's window wrote).

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#define CACHETUTOR_GUI_TEST_MAIN(TestClass, organization, application)                               \
    int main(int argc, char **argv)                                                                   \
    {                                                                                                 \
        QTemporaryDir home;                                                                           \
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());            \
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());                \
        qputenv("XDG_RUNTIME_DIR", home.path().toLocal8Bit());                                        \
        qputenv("QT_QPA_PLATFORM", "offscreen");                                                      \
        QApplication app(argc, argv);                                                                 \
        QApplication::setOrganizationName(QStringLiteral(organization));                              \
        QApplication::setApplicationName(QStringLiteral(application));                                \
        TestClass test;                                                                               \
        return QTest::qExec(&test, argc, argv);                                                       \
    }
