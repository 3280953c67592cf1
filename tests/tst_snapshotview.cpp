// SnapshotView: the bullets, the note box only when the lesson has a note,
// and the placeholder of a script without a snapshot.

#include "snapshotview.h"
#include "testlesson.h"
#include "testscripts.h"

#include <QTest>

using namespace cachetutor;
using namespace cachetutor::testing;


class TestSnapshotView : public QObject
{
    Q_OBJECT

private slots:
    void bullets();
    void note_data();
    void note();
    void placeholderWithoutSnapshot();
    void picture();
};

void TestSnapshotView::bullets()
{
    SnapshotView view;
    view.setLesson(lessonOne());
    QCOMPARE(view.bulletCount(), 5);
    const QString text = view.bulletsText();
    for (const QString &bullet : lessonOne().snapshot)
        QVERIFY2(text.contains(bullet), qPrintable(bullet));
}

void TestSnapshotView::note_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("shown");
    QTest::newRow("with a note") << QStringLiteral("Django returns None here.") << true;
    QTest::newRow("without") << QString() << false;
}

void TestSnapshotView::note()
{
    QFETCH(QString, note);
    QFETCH(bool, shown);
    Lesson lesson = lessonOne();
    lesson.note = note;
    SnapshotView view;
    view.setLesson(lesson);
    QCOMPARE(view.isNoteShown(), shown);
    QCOMPARE(view.noteText().contains(note) && shown, shown);
}

void TestSnapshotView::placeholderWithoutSnapshot()
{
    SnapshotView view;
    view.setLesson(playgroundLesson());
    QCOMPARE(view.bulletCount(), 0);
    QVERIFY(view.bulletsText().contains(QStringLiteral("This script has no concept snapshot.")));
    QVERIFY(!view.isNoteShown());
}

void TestSnapshotView::picture()
{
    SnapshotView view;
    view.setLesson(lessonOne());
    savePicture(view, "snapshotview");
}

QTEST_MAIN(TestSnapshotView)
#include "tst_snapshotview.moc"
