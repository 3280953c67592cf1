// ProgressStore: the round trip, a missing file, corrupt files (kept aside,
// never overwritten by a load), a save into a read-only folder, resets and
// the derived counts.

#include "progressstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cachetutor;

class TestProgressStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void missingFile();
    void corruptFile_data();
    void corruptFile();
    void corruptFileKeptUntilSave();
    void readOnlyDirectory();
    void counts();
    void latestAnswerWins();
    void reset();
    void invalidArgumentsIgnored();
    void createsDirectory();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList corruptCopies(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("progress.json.corrupt-*")}, QDir::Files);
}

} // namespace

void TestProgressStore::roundTrip_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QList<int>>("questions");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QList<bool>>("correct");
    QTest::addColumn<int>("lastStep");

    QTest::newRow("letters") << "basics" << QList<int>{0, 1, 2} << QStringList{"C", "B", "A"} << QList<bool>{true, false, true} << 4;
    QTest::newRow("typed answer") << "timeouts" << QList<int>{0} << QStringList{"'Hello'"} << QList<bool>{true} << 0;
    QTest::newRow("only a step") << "culling" << QList<int>{} << QStringList{} << QList<bool>{} << 7;
    QTest::newRow("unicode and gaps") << "ünïcode lesson" << QList<int>{3, 10} << QStringList{"«é»", "\"quoted\"\n"}
                                      << QList<bool>{false, false} << 2;
}

void TestProgressStore::roundTrip()
{
    QFETCH(QString, lesson);
    QFETCH(QList<int>, questions);
    QFETCH(QStringList, answers);
    QFETCH(QList<bool>, correct);
    QFETCH(int, lastStep);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("progress.json");
    ProgressStore store(path);
    for (qsizetype i = 0; i < questions.size(); ++i)
        store.recordAnswer(lesson, questions.at(i), answers.at(i), correct.at(i));
    store.setLastStep(lesson, lastStep);
    store.recordAnswer("other", 0, "A", true);
    QString error = "stale";
    QVERIFY(store.save(&error));
    QVERIFY(error.isEmpty());

    ProgressStore loaded(path);
    QVERIFY2(loaded.load(&error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(loaded.lessonNames(), store.lessonNames());
    QCOMPARE(loaded.lesson(lesson), store.lesson(lesson));
    QCOMPARE(loaded.lesson(lesson).lastStep, lastStep);
    for (qsizetype i = 0; i < questions.size(); ++i) {
        QCOMPARE(loaded.lesson(lesson).answers.value(questions.at(i)).answer, answers.at(i));
        QCOMPARE(loaded.lesson(lesson).answers.value(questions.at(i)).correct, correct.at(i));
    }
    QCOMPARE(loaded.correctCount(lesson), static_cast<int>(correct.count(true)));
    QCOMPARE(loaded.answeredCount(lesson), static_cast<int>(questions.size()));
    QCOMPARE(loaded.lesson("other").answers.value(0), (AnswerRecord{"A", true}));
}

void TestProgressStore::missingFile()
{
    QTemporaryDir dir;
    ProgressStore store(dir.filePath("progress.json"));
    store.recordAnswer("basics", 0, "A", true); // a load replaces what is in memory
    QString error = "stale";
    QVERIFY(store.load(&error));
    QVERIFY(error.isEmpty());
    QVERIFY(store.lessonNames().isEmpty());
    QCOMPARE(store.answeredCount("basics"), 0);
    QVERIFY(!QFile::exists(dir.filePath("progress.json"))); // loading creates nothing
    QVERIFY(corruptCopies(dir).isEmpty());
}

void TestProgressStore::corruptFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem"); // a part of the error message

    QTest::newRow("not JSON") << QByteArray("{\"format\": \"cachetutor-progress\", ") << "not JSON";
    QTest::newRow("binary") << QByteArray("\x00\x01\xff garbage", 12) << "not JSON";
    QTest::newRow("empty file") << QByteArray() << "not JSON";
    QTest::newRow("array at the top") << QByteArray("[]") << "expected a JSON object";
    QTest::newRow("another format") << QByteArray(R"({"format": "cachetutor-lesson", "version": 1, "lessons": {}})") << "format";
    QTest::newRow("newer version") << QByteArray(R"({"format": "cachetutor-progress", "version": 2, "lessons": {}})") << "newer";
    QTest::newRow("version as text") << QByteArray(R"({"format": "cachetutor-progress", "version": "1", "lessons": {}})") << "version";
    QTest::newRow("lessons as array")
        << QByteArray(R"({"format": "cachetutor-progress", "version": 1, "lessons": []})") << "lessons: expected an object";
    QTest::newRow("lesson as number")
        << QByteArray(R"({"format": "cachetutor-progress", "version": 1, "lessons": {"basics": 3}})") << "lessons.basics";
    QTest::newRow("lastStep negative")
        << QByteArray(R"({"format": "cachetutor-progress", "version": 1, "lessons": {"basics": {"lastStep": -1}}})")
        << "lessons.basics.lastStep";
    QTest::newRow("lastStep fraction")
        << QByteArray(R"({"format": "cachetutor-progress", "version": 1, "lessons": {"basics": {"lastStep": 1.5}}})")
        << "lessons.basics.lastStep";
    QTest::newRow("answers as array")
        << QByteArray(R"({"format": "cachetutor-progress", "version": 1, "lessons": {"basics": {"answers": []}}})")
        << "lessons.basics.answers";
    QTest::newRow("question key not a number")
        << QByteArray(R"({"format": "cachetutor-progress", "version": 1, "lessons": {"basics": {"answers": {"first": {"answer": "A", "correct": true}}}}})")
        << "lessons.basics.answers.first";
    QTest::newRow("answer as number")
        << QByteArray(R"({"format": "cachetutor-progress", "version": 1, "lessons": {"basics": {"answers": {"0": {"answer": 2, "correct": true}}}}})")
        << "lessons.basics.answers.0.answer";
    QTest::newRow("correct as text")
        << QByteArray(R"({"format": "cachetutor-progress", "version": 1, "lessons": {"basics": {"answers": {"0": {"answer": "A", "correct": "yes"}}}}})")
        << "lessons.basics.answers.0.correct: expected true or false, got \"yes\"";
}

void TestProgressStore::corruptFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);

    QTemporaryDir dir;
    const QString path = dir.filePath("progress.json");
    writeAll(path, bytes);
    ProgressStore store(path);
    store.recordAnswer("basics", 0, "A", true);
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY(store.lessonNames().isEmpty());
    QCOMPARE(readAll(path), bytes); // the file itself is left alone
    const QStringList copies = corruptCopies(dir);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(readAll(dir.filePath(copies.first())), bytes);
    QVERIFY2(error.contains(copies.first()), qPrintable(error));

    // Loading again keeps another copy instead of failing on the first one's name.
    QVERIFY(!store.load(&error));
    QCOMPARE(corruptCopies(dir).size(), 2);
}

void TestProgressStore::corruptFileKeptUntilSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("progress.json");
    writeAll(path, "not json at all");
    ProgressStore store(path);
    QVERIFY(!store.load());
    QCOMPARE(readAll(path), QByteArray("not json at all"));
    store.recordAnswer("basics", 1, "B", false);
    QString error;
    QVERIFY2(store.save(&error), qPrintable(error));
    ProgressStore reloaded(path);
    QVERIFY(reloaded.load(&error));
    QCOMPARE(reloaded.lesson("basics").answers.value(1), (AnswerRecord{"B", false}));
    QCOMPARE(corruptCopies(dir).size(), 1); // the copy outlives the save
}

void TestProgressStore::readOnlyDirectory()
{
    if (geteuid() == 0)
        QSKIP("Running as root, which ignores file permissions: a read-only folder is writable here.");
    QTemporaryDir dir;
    const QString folder = dir.filePath("readonly");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + "/progress.json";
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));

    ProgressStore store(path);
    store.recordAnswer("basics", 0, "C", true);
    store.setLastStep("basics", 2);
    QString error;
    const bool saved = store.save(&error);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains("Could not save progress"), qPrintable(error));
    // Nothing is lost: the next save, with the folder writable again, writes it all.
    QCOMPARE(store.lesson("basics").answers.value(0), (AnswerRecord{"C", true}));
    QCOMPARE(store.lesson("basics").lastStep, 2);
    QVERIFY2(store.save(&error), qPrintable(error));
    ProgressStore reloaded(path);
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.lesson("basics"), store.lesson("basics"));
}

void TestProgressStore::counts()
{
    ProgressStore store(QString{});
    QCOMPARE(store.correctCount("basics"), 0);
    QCOMPARE(store.answeredCount("basics"), 0);
    QCOMPARE(store.lesson("basics").score(), 0.0);
    QVERIFY(store.lesson("basics").isEmpty());
    store.recordAnswer("basics", 0, "C", true);
    store.recordAnswer("basics", 1, "A", false);
    store.recordAnswer("basics", 2, "A", true);
    QCOMPARE(store.correctCount("basics"), 2);
    QCOMPARE(store.answeredCount("basics"), 3);
    QCOMPARE(store.lesson("basics").score(), 2.0 / 3.0);
    QCOMPARE(store.answeredCount("other"), 0);
}

void TestProgressStore::latestAnswerWins()
{
    ProgressStore store(QString{});
    store.recordAnswer("basics", 0, "A", false);
    store.recordAnswer("basics", 0, "C", true);
    QCOMPARE(store.answeredCount("basics"), 1);
    QCOMPARE(store.correctCount("basics"), 1);
    QCOMPARE(store.lesson("basics").answers.value(0).answer, QString("C"));
}

void TestProgressStore::reset()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("progress.json");
    ProgressStore store(path);
    store.recordAnswer("basics", 0, "C", true);
    store.setLastStep("basics", 3);
    store.recordAnswer("timeouts", 0, "A", false);
    store.resetLesson("basics");
    QVERIFY(store.lesson("basics").isEmpty());
    QCOMPARE(store.lessonNames(), QStringList{"timeouts"});
    QVERIFY(store.save());
    ProgressStore reloaded(path);
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.lessonNames(), QStringList{"timeouts"});

    reloaded.resetAll();
    QVERIFY(reloaded.lessonNames().isEmpty());
    QVERIFY(reloaded.save());
    ProgressStore empty(path);
    QVERIFY(empty.load());
    QVERIFY(empty.lessonNames().isEmpty());
}

void TestProgressStore::invalidArgumentsIgnored()
{
    ProgressStore store(QString{});
    store.recordAnswer("basics", -1, "A", true);
    store.setLastStep("basics", -4);
    QVERIFY(store.lessonNames().isEmpty());
    store.setLastStep("basics", 0); // an empty progress is no progress
    QVERIFY(store.lessonNames().isEmpty());
}

void TestProgressStore::createsDirectory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("not/yet/there/progress.json");
    ProgressStore store(path);
    store.setLastStep("basics", 1);
    QString error;
    QVERIFY2(store.save(&error), qPrintable(error));
    QVERIFY(QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
