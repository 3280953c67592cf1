// cachetutor: the desktop app.
//
//   cachetutor [SCRIPT.py] [--step N] [--screenshot FILE.png] [--size WxH]
//
// Without a script it opens the first lesson. With --screenshot it renders
// the window at that step to a PNG and exits (works with QT_QPA_PLATFORM=offscreen).

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

using namespace cachetutor;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CacheTutor"));
    QApplication::setOrganizationName(QStringLiteral("CacheTutor"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Step through Django's low-level cache API"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("script"), QApplication::translate("main", "A Python script to trace (default: the first lesson)"),
                                 QStringLiteral("[SCRIPT.py]"));
    const QCommandLineOption stepOption(QStringLiteral("step"), QApplication::translate("main", "Show the trace after step N"), QStringLiteral("N"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Render the window to FILE.png and exit"), QStringLiteral("FILE.png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QApplication::translate("main", "Window size, e.g. 1280x800"), QStringLiteral("WxH"));
    parser.addOptions({stepOption, screenshotOption, sizeOption});
    parser.process(app);

    MainWindow window;
    if (parser.isSet(sizeOption)) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(sizeOption));
        if (!m.hasMatch()) {
            std::fprintf(stderr, "cachetutor: --size expects WxH, e.g. 1280x800\n");
            return 2;
        }
        window.resize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    const QStringList scripts = parser.positionalArguments();
    if (scripts.isEmpty()) {
        QFile lesson(QStringLiteral(":/examples/lesson1_basics.py"));
        lesson.open(QIODevice::ReadOnly);
        window.loadScript(QString::fromUtf8(lesson.readAll()), QStringLiteral("lesson1_basics.py"));
    } else if (!QFile::exists(scripts.first())) {
        std::fprintf(stderr, "cachetutor: cannot read '%s'\n", qPrintable(scripts.first()));
        return 2;
    } else {
        window.openScriptFile(scripts.first());
    }
    if (parser.isSet(stepOption))
        window.playback().setCurrentStep(parser.value(stepOption).toInt());
    else
        window.playback().setCurrentStep(0);

    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // Let the window lay itself out and paint once before grabbing it.
        QTimer::singleShot(0, &window, [&] {
            const bool saved = window.grab().save(file);
            if (!saved)
                std::fprintf(stderr, "cachetutor: cannot write '%s'\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
