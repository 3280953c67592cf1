// No lost work: playground edits survive the app being killed, the autosave
// is never found half-written, and a data directory that cannot be written
// keeps the work in memory with a message (tst_badinput covers that last one).
//
// The test runs under the app's own organisation and application names, with
// scratch XDG directories, so that the real app binary (CACHETUTOR_APP_EXE)
// and the window built here read and write the very same autosave, settings
// and progress files.

#include "codeview.h"
#include "guitestmain.h"
#include "mainwindow.h"
#include "trace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cachetutor;

namespace {

const QString LessonSource = QStringLiteral("from django.core.cache import cache\n"
                                            "cache.set('greet', 'Hello', 10)\n"
                                            "value = cache.get('greet')\n");

QString autosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/playground-autosave.py");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// Types `text` into the playground as a student would, and waits for the autosave.
void editAndWaitForAutosave(MainWindow &window, const QString &text)
{
    CodeView *code = window.findChild<CodeView *>();
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Edit Script"))
            action->setChecked(true);
    QVERIFY(code->isEditing());
    code->selectAll();
    code->insertPlainText(text);
    QTRY_COMPARE_WITH_TIMEOUT(readAll(autosavePath()), text.toUtf8(), 5000);
}

} // namespace

class TestNoLostWork : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QSettings().clear();
        QSettings().sync();
        QFile::remove(autosavePath());
    }

    // The edit is autosaved here; the real app starts on it and is killed
    // (SIGKILL: no close event, no chance to write anything); a fresh window
    // still gets the edit back.
    void editsSurviveTheAppBeingKilled()
    {
        const QString edited = LessonSource + QStringLiteral("print('mine, not lost')\n");
        {
            MainWindow window;
            window.loadScript(LessonSource, QStringLiteral("lesson.py"));
            QVERIFY(window.waitForTrace());
            editAndWaitForAutosave(window, edited);
            // Gone without closing, like a crash of this process.
        }
        QSettings().sync();

        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(CACHETUTOR_APP_EXE), QStringList());
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
        // Long enough to restore the autosave, trace it and show the window.
        QTest::qWait(2000);
        QCOMPARE(app.state(), QProcess::Running);
        app.kill();
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        QCOMPARE(readAll(autosavePath()), edited.toUtf8());
        MainWindow window;
        QVERIFY(window.restoreAutosave());
        QVERIFY(window.waitForTrace());
        CodeView *code = window.findChild<CodeView *>();
        QCOMPARE(code->toPlainText(), edited);
        QVERIFY(code->isEditing());
        QVERIFY(code->document()->isModified());
        QCOMPARE(window.trace()->stdoutText(), std::string("mine, not lost\n"));
    }

    // Killed again and again at different moments of its start (reading the
    // autosave, tracing, showing), the app never damages the autosave.
    void killedAtAnyMomentTheAutosaveStaysWhole()
    {
        const QString edited = LessonSource + QStringLiteral("print('still mine')\n");
        {
            MainWindow window;
            window.loadScript(LessonSource, QStringLiteral("lesson.py"));
            QVERIFY(window.waitForTrace());
            editAndWaitForAutosave(window, edited);
        }
        QSettings().sync();
        for (const int delay : {0, 50, 150, 300, 600, 1000}) {
            QProcess app;
            app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            app.start(QStringLiteral(CACHETUTOR_APP_EXE), QStringList());
            QVERIFY(app.waitForStarted(10000));
            QTest::qWait(delay);
            app.kill();
            QVERIFY(app.waitForFinished(10000));
            QCOMPARE(readAll(autosavePath()), edited.toUtf8());
        }
    }

    // What a writer killed in the middle of writing leaves behind is
    // QSaveFile's temporary file beside the autosave, never a half-written
    // autosave: the temporary is ignored and the last whole autosave comes back.
    void aHalfWrittenTemporaryIsIgnored()
    {
        const QString edited = LessonSource + QStringLiteral("print('whole')\n");
        {
            MainWindow window;
            window.loadScript(LessonSource, QStringLiteral("lesson.py"));
            QVERIFY(window.waitForTrace());
            editAndWaitForAutosave(window, edited);
        }
        const QDir dir = QFileInfo(autosavePath()).absoluteDir();
        // QSaveFile's temporary: the target's name and a random suffix.
        QFile partial(dir.filePath(QStringLiteral("playground-autosave.py.Xk3q9Z")));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write("from django.core.cache import cache\ncache.set('gre");
        partial.close();

        MainWindow window;
        QVERIFY(window.restoreAutosave());
        QVERIFY(window.waitForTrace());
        QCOMPARE(window.findChild<CodeView *>()->toPlainText(), edited);
        // And the next autosave goes through a temporary of its own, leaving only whole files.
        editAndWaitForAutosave(window, edited + QStringLiteral("print('again')\n"));
        QVERIFY(QFile::remove(partial.fileName()));
        QCOMPARE(dir.entryList({QStringLiteral("playground-autosave.py*")}, QDir::Files),
                 QStringList{QStringLiteral("playground-autosave.py")});
    }
};

CACHETUTOR_GUI_TEST_MAIN(TestNoLostWork, "CacheTutor", "CacheTutor")

#include "tst_nolostwork.moc"
