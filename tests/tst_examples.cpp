// The shipped example scripts, end to end through cachetutor-trace:
//  - golden: the JSON trace equals tests/golden/<name>.json byte for byte (re-bless on purpose
//    with tests/bless.sh after checking the difference);
//  - oracle: every cache call agrees with real Django 3.2 LocMemCache, as run by
//    tests/oracle/django_oracle.py (action, arguments, key, output, error, warnings,
//    cache state and clock).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString SourceDir = QStringLiteral(CACHETUTOR_SOURCE_DIR);

struct Output {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Output runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList exampleNames()
{
    QStringList names;
    for (const QString &file : QDir(SourceDir + QStringLiteral("/examples")).entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name))
        names << file.chopped(3);
    return names;
}

// The oracle prints one event per cache call; CacheTutor also has events for other steps.
QJsonArray cacheEvents(const QByteArray &json)
{
    QJsonArray out;
    const QJsonArray steps = QJsonDocument::fromJson(json).object().value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &event : steps)
        if (event.toObject().value(QStringLiteral("action")).toString().startsWith(QStringLiteral("cache.")))
            out.append(event);
    return out;
}

} // namespace

class TestExamples : public QObject
{
    Q_OBJECT

private slots:
    void examplesExist()
    {
        QVERIFY2(exampleNames().size() >= 5, "the examples folder should ship at least five scripts");
    }

    void matchesGoldenTrace_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : exampleNames())
            QTest::newRow(name.toUtf8().constData()) << name;
    }

    void matchesGoldenTrace()
    {
        QFETCH(QString, name);
        const Output result = runProgram(QStringLiteral(CACHETUTOR_TRACE_EXE),
                                         {SourceDir + QStringLiteral("/examples/") + name + QStringLiteral(".py"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
        QFile golden(SourceDir + QStringLiteral("/tests/golden/") + name + QStringLiteral(".json"));
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file ") + golden.fileName()));
        // Paths differ between machines: the golden files name the script relative to the repository.
        QByteArray actual = result.out;
        actual.replace(SourceDir.toUtf8() + '/', QByteArray());
        QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(golden.readAll()));
    }

    void agreesWithDjango_data()
    {
        matchesGoldenTrace_data();
    }

    void agreesWithDjango()
    {
        QFETCH(QString, name);
        if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP("no /usr/bin/python3 with python3-django: tools/setup.sh installs it");
        const QString script = SourceDir + QStringLiteral("/examples/") + name + QStringLiteral(".py");
        const Output django = runProgram(QStringLiteral("/usr/bin/python3"), {SourceDir + QStringLiteral("/tests/oracle/django_oracle.py"), script});
        QVERIFY2(django.exitCode == 0 || django.exitCode == 1, django.err.constData());
        const Output ours = runProgram(QStringLiteral(CACHETUTOR_TRACE_EXE), {script, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray expected = cacheEvents(django.out);
        const QJsonArray actual = cacheEvents(ours.out);
        QVERIFY2(!expected.isEmpty(), "the oracle recorded no cache call");
        QCOMPARE(actual.size(), expected.size());
        const QStringList fields = {QStringLiteral("line"), QStringLiteral("action"), QStringLiteral("args"), QStringLiteral("kwargs"),
                                    QStringLiteral("key"), QStringLiteral("output"), QStringLiteral("error"), QStringLiteral("warnings"),
                                    QStringLiteral("state"), QStringLiteral("clock")};
        // Function reprs carry addresses: CacheTutor's are fixed, CPython's are real ones.
        const QRegularExpression address(QStringLiteral(" at 0x[0-9a-f]+"));
        auto masked = [&](const QJsonValue &v) {
            return QJsonDocument::fromJson(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson()).replace(address, QStringLiteral(" at 0x")).toUtf8())
                .array()
                .at(0);
        };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject want = expected[i].toObject();
            const QJsonObject got = actual[i].toObject();
            for (const QString &field : fields) {
                const QString context = QStringLiteral("call %1 (%2), field %3").arg(i + 1).arg(want.value(QStringLiteral("action")).toString(), field);
                QVERIFY2(masked(got.value(field)) == masked(want.value(field)),
                         qPrintable(context + QStringLiteral(": CacheTutor ")
                                    + QString::fromUtf8(QJsonDocument(QJsonArray{got.value(field)}).toJson(QJsonDocument::Compact))
                                    + QStringLiteral(" Django ")
                                    + QString::fromUtf8(QJsonDocument(QJsonArray{want.value(field)}).toJson(QJsonDocument::Compact))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
