// cachetutor: the desktop app.
//
//   cachetutor [SCRIPT.py | LESSON.json | --lesson FILE|NAME|FOLDER] [--step N] [--mode NAME|1-9]
//              [--presentation] [--screenshot FILE.png] [--size WxH] [--language en|de|es]
//              [--export-table FILE.csv|md] [--export-tracker FILE.csv|md] [--export-lesson FILE.html|pdf]
//
// Without a script or lesson it opens what the last session left: unsaved
// playground edits, else the last lesson at its last step, else the first
// lesson. With --screenshot it renders the window
// at that step in that mode to a PNG and exits (works with
// QT_QPA_PLATFORM=offscreen); that is also how teachers make slide pictures.
// The --export options write handouts and exit, also without a display, so a
// teacher can script a week's material.

#include "lessonreader.h"
#include "mainwindow.h"
#include "settings.h"
#include "trace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

using namespace cachetutor;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "cachetutor: %s\n", qPrintable(message));
    return 2;
}

QString modeList()
{
    QStringList names;
    for (int i = 0; i < LearningModeCount; ++i)
        names.append(QStringLiteral("%1 %2").arg(i + 1).arg(learningModeName(static_cast<LearningMode>(i))));
    return names.join(QStringLiteral(", "));
}

// Installs CacheTutor's catalogue for `code` (empty = the system's languages)
// and Qt's own, for its dialogs and context menus. English is the source
// language and needs no catalogue.
void installTranslations(QApplication &app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale); // lessons carrying this language show it (LessonTranslator)
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("cachetutor"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char **argv)
{
    // Pictures and handouts need no display: without one, render offscreen.
    bool headless = false;
    for (int i = 1; i < argc; ++i)
        headless = headless || !std::strcmp(argv[i], "--screenshot") || !std::strncmp(argv[i], "--export-", 9);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CacheTutor"));
    QApplication::setOrganizationName(QStringLiteral("CacheTutor"));
    QApplication::setApplicationVersion(QStringLiteral(CACHETUTOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("cachetutor"));

    // --language, else View → Language, else the system's. Read before the
    // parser so that --help speaks the language too; the parser checks it below.
    const QStringList languages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
    QString language = Settings().language();
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--language") && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--language=")))
            language = arguments[i].section(QLatin1Char('='), 1);
    }
    installTranslations(app, languages.contains(language) ? language : QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Step through Django's low-level cache API"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("script"), QApplication::translate("main", "A Python script to trace (default: the first lesson)"),
                                 QStringLiteral("[SCRIPT.py]"));
    const QCommandLineOption stepOption(QStringLiteral("step"), QApplication::translate("main", "Show the trace after step N (0 = Start)"), QStringLiteral("N"));
    const QCommandLineOption lessonOption(QStringLiteral("lesson"),
                                          QApplication::translate("main", "Open a lesson file, or a shipped lesson by name (cachetutor-trace --list-lessons)"),
                                          QStringLiteral("FILE|NAME"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QApplication::translate("main", "Learning style by name or number: %1").arg(modeList()),
                                        QStringLiteral("NAME|1-9"));
    const QCommandLineOption presentationOption(QStringLiteral("presentation"),
                                                QApplication::translate("main", "Start in presentation mode: full screen, large text"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Render the window to FILE.png and exit"), QStringLiteral("FILE.png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QApplication::translate("main", "Window size, e.g. 1280x800"), QStringLiteral("WxH"));
    const QCommandLineOption exportTableOption(QStringLiteral("export-table"),
                                               QApplication::translate("main", "Write the execution table to FILE (.csv or .md) and exit"),
                                               QStringLiteral("FILE"));
    const QCommandLineOption exportTrackerOption(QStringLiteral("export-tracker"),
                                                 QApplication::translate("main", "Write the variable tracker to FILE (.csv or .md) and exit"),
                                                 QStringLiteral("FILE"));
    const QCommandLineOption exportLessonOption(QStringLiteral("export-lesson"),
                                                QApplication::translate("main", "Write the lesson handout to FILE (.html or .pdf) and exit"),
                                                QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QApplication::translate("main", "Show CacheTutor in this language: en, de or es"),
                                            QStringLiteral("CODE"));
    parser.addOptions({lessonOption, stepOption, modeOption, presentationOption, screenshotOption, sizeOption, exportTableOption,
                       exportTrackerOption, exportLessonOption, languageOption});
    parser.process(app);

    // Check every option before showing anything.
    if (parser.isSet(languageOption) && !languages.contains(parser.value(languageOption)))
        return fail(QStringLiteral("--language expects en, de or es, got '%1'").arg(parser.value(languageOption)));
    std::optional<LearningMode> mode;
    if (parser.isSet(modeOption)) {
        mode = learningModeFromString(parser.value(modeOption));
        if (!mode)
            return fail(QStringLiteral("--mode expects a name or a number 1-9 (%1), got '%2'").arg(modeList(), parser.value(modeOption)));
    }
    int step = 0;
    if (parser.isSet(stepOption)) {
        bool ok = false;
        step = parser.value(stepOption).toInt(&ok);
        if (!ok || step < 0)
            return fail(QStringLiteral("--step expects a step number (0 or more), got '%1'").arg(parser.value(stepOption)));
    }
    QSize size;
    if (parser.isSet(sizeOption)) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(sizeOption));
        if (!m.hasMatch())
            return fail(QStringLiteral("--size expects WxH, e.g. 1280x800"));
        size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    const QStringList scripts = parser.positionalArguments();
    if (scripts.size() > 1 || (!scripts.isEmpty() && parser.isSet(lessonOption)))
        return fail(QStringLiteral("expects one script or one --lesson at most"));
    if (!scripts.isEmpty() && !QFile::exists(scripts.first()))
        return fail(QStringLiteral("cannot read '%1'").arg(scripts.first()));
    const bool screenshot = parser.isSet(screenshotOption);

    MainWindow window;
    if (mode)
        window.setLearningMode(*mode);
    if (size.isValid())
        window.resize(size);
    // A lesson file (or folder) opens as a lesson: `cachetutor lesson.json --step 3` shares a step.
    const bool positionalLesson = !scripts.isEmpty()
                                  && (scripts.first().endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || QFileInfo(scripts.first()).isDir());
    if (positionalLesson) {
        if (!window.openLessonFile(scripts.first())) {
            for (const QString &error : window.lastLessonErrors())
                std::fprintf(stderr, "cachetutor: %s\n", qPrintable(error));
            return 2;
        }
    } else if (!scripts.isEmpty()) {
        if (!window.openScriptFile(scripts.first())) // it says why in the status bar
            return fail(window.statusBar()->currentMessage());
    } else if (parser.isSet(lessonOption)) {
        if (!window.openLessonFile(parser.value(lessonOption))) {
            for (const QString &error : window.lastLessonErrors())
                std::fprintf(stderr, "cachetutor: %s\n", qPrintable(error));
            return 2;
        }
    } else if (screenshot || (!window.restoreAutosave() && !window.restoreLastLesson())) {
        // A screenshot shows the lesson, never a student's leftover edits.
        const QStringList lessons = LessonReader::shippedLessonPaths();
        if (lessons.isEmpty() || !window.openLessonFile(lessons.first()))
            return fail(QStringLiteral("the first lesson does not load: %1").arg(window.lastLessonErrors().join(QStringLiteral("; "))));
    }
    // The trace is needed before a step can be shown.
    window.waitForTrace();
    if (window.trace() && (parser.isSet(stepOption) || screenshot))
        window.playback().setCurrentStep(step);

    const QList<std::pair<const QCommandLineOption *, MainWindow::Export>> exports = {
        {&exportTableOption, MainWindow::Export::Table},
        {&exportTrackerOption, MainWindow::Export::Tracker},
        {&exportLessonOption, MainWindow::Export::Lesson},
    };
    bool exported = false;
    for (const auto &[option, what] : exports) {
        if (!parser.isSet(*option))
            continue;
        QString error;
        if (!window.exportTo(what, parser.value(*option), &error))
            return fail(error);
        exported = true;
    }
    if (exported && !screenshot)
        return 0;

    window.show();
    if (parser.isSet(presentationOption))
        window.setPresentationMode(true, !(screenshot && size.isValid())); // a picture keeps the size asked for
    if (screenshot) {
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
