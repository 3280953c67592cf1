// PracticeGenerator: every generated answer is what the trace says (worked
// out again here from TraceFormatter's rows and the live cache, and by
// LessonChecker), a seed gives the same questions, another seed others, and
// kinds that do not apply are never asked.

#include "lessonchecker.h"
#include "practicegenerator.h"
#include "testscripts.h"
#include "traceformatter.h"

#include <QSet>
#include <QTest>

using namespace cachetutor;


class TestPracticeGenerator : public QObject
{
    Q_OBJECT

private slots:
    void answersMatchTrace_data();
    void answersMatchTrace();
    void sameSeedSameQuestions();
    void differentSeedDifferentQuestions();
    void emptyTrace_data();
    void emptyTrace();
    void noEmptyCacheMoment_data();
    void noEmptyCacheMoment();
    void firstEmptyAsked();
    void evictionFollowsUse();
    void countRespected();
};

namespace {

const char *const ManyKeysScript = R"PY(from django.core.cache import cache
cache.set('a', 1)
cache.set('b', 2)
cache.set('c', 3)
cache.get('a')
print(cache.get('b'))
cache.add('a', 5)
cache.incr('c')
cache.set('d', [1, 2], version=2)
cache.delete('b')
cache.delete('a')
cache.delete('c')
cache.delete('d', version=2)
x = 1
)PY";

const char *const NeverEmptiesScript = R"PY(from django.core.cache import cache
cache.set('a', 1)
cache.set('b', 2)
y = cache.get('a')
cache.set('c', 3)
)PY";

// {} from the first step on: the cache never "becomes" empty.
const char *const EmptyFromTheStartScript = R"PY(from django.core.cache import cache
x = 1
cache.set('a', 1)
cache.delete('a')
)PY";

const char *const TwoCallsInOneStepScript = R"PY(from django.core.cache import cache
cache.set('a', 1)
v = cache.get('a') + cache.get('a')
w = cache.delete('a') and cache.set('b', 2)
cache.delete('b')
)PY";

const char *const LongScript = R"PY(# cachetutor: --max-entries 50
from django.core.cache import cache
for i in range(400):
    cache.set(i, i * i)
    if i % 7 == 0:
        cache.get(i // 2)
cache.clear()
)PY";

// One step's cells; nullopt for a step of several rows.
std::optional<TraceFormatter::Row> onlyRow(const TraceFormatter &table, int step)
{
    const std::size_t first = table.firstEventOfStep(step);
    if (table.firstEventOfStep(step + 1) != first + 1)
        return std::nullopt;
    return table.row(first);
}

QString keyName(const CacheEntry &entry)
{
    return QString::fromStdString(entry.isDefaultVersion ? repr(entry.userKey) : strRepr(entry.madeKey));
}

QString describe(const QuizQuestion &q)
{
    return q.question + " | " + q.options.join(" / ") + " | " + QString::number(q.answer);
}

// What the trace says the answer to a generated question is, worked out without the generator.
std::optional<QString> expectedAnswer(const Trace &trace, const QuizQuestion &q)
{
    TraceFormatter table(trace);
    switch (q.answerFrom.kind) {
    case AnswerSource::Kind::Cell: {
        const auto row = onlyRow(table, q.answerFrom.step);
        if (!row)
            return std::nullopt;
        if (q.answerFrom.column == "Output")
            return QString::fromStdString(row->output);
        if (q.answerFrom.column == "Cache State")
            return QString::fromStdString(row->state);
        return std::nullopt;
    }
    case AnswerSource::Kind::FirstStep: {
        bool held = false;
        for (std::size_t e = 0; e < table.eventCount(); ++e) {
            const TraceFormatter::Row row = table.row(e);
            if (row.state == q.answerFrom.equals.toStdString())
                return held ? std::optional<QString>(QString("Step %1").arg(row.step)) : std::nullopt;
            held = true;
        }
        return std::nullopt;
    }
    case AnswerSource::Kind::None: {
        const std::vector<CacheEntry> live = trace.liveCacheAfterStep(q.proofStep - 1);
        if (live.size() < 2)
            return std::nullopt;
        return keyName(live.front());
    }
    case AnswerSource::Kind::Variable: break;
    }
    return std::nullopt;
}

} // namespace

void TestPracticeGenerator::answersMatchTrace_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::newRow("lesson 1") << QByteArray(testing::LessonScript);
    QTest::newRow("timeout") << QByteArray(testing::TimeoutScript);
    QTest::newRow("many keys") << QByteArray(ManyKeysScript);
    QTest::newRow("never empties") << QByteArray(NeverEmptiesScript);
    QTest::newRow("empty from the start") << QByteArray(EmptyFromTheStartScript);
    QTest::newRow("two calls in one step") << QByteArray(TwoCallsInOneStepScript);
    QTest::newRow("long, culling") << QByteArray(LongScript);
}

void TestPracticeGenerator::answersMatchTrace()
{
    QFETCH(QByteArray, script);
    const auto trace = testing::traced(script.constData());
    QVERIFY(trace->stepCount() > 0);
    int asked = 0;
    for (quint32 seed : {0u, 1u, 2u, 42u, 4242u}) {
        const QList<QuizQuestion> questions = PracticeGenerator::generate(*trace, 12, seed);
        QVERIFY(!questions.isEmpty());
        QSet<QString> texts;
        for (const QuizQuestion &q : questions) {
            const QString what = describe(q);
            QVERIFY2(!texts.contains(q.question), qPrintable("asked twice: " + what));
            texts.insert(q.question);
            QVERIFY2(q.options.size() >= 2 && q.options.size() <= PracticeGenerator::MaxOptions, qPrintable(what));
            QCOMPARE(QSet<QString>(q.options.begin(), q.options.end()).size(), q.options.size());
            QVERIFY2(q.answer >= 0 && q.answer < q.options.size(), qPrintable(what));
            QVERIFY2(q.proofStep >= 1 && q.proofStep <= trace->stepCount(), qPrintable(what));
            QVERIFY2(q.answerFrom.step >= 0 && q.answerFrom.step <= trace->stepCount(), qPrintable(what));
            QVERIFY2(!q.hint.isEmpty() && !q.hintColumn.isEmpty() && !q.explanation.isEmpty(), qPrintable(what));
            for (int step : q.hintSteps)
                QVERIFY2(step >= 1 && step <= trace->stepCount(), qPrintable(what));

            const std::optional<QString> expected = expectedAnswer(*trace, q);
            QVERIFY2(expected.has_value(), qPrintable("the trace gives no answer to " + what));
            QCOMPARE(q.options.at(q.answer), *expected);
            if (q.answerFrom.kind == AnswerSource::Kind::None) {
                // The other options are keys that are live too, just used more recently.
                QStringList live;
                for (const CacheEntry &entry : trace->liveCacheAfterStep(q.proofStep - 1))
                    live << keyName(entry);
                for (const QString &option : q.options)
                    QVERIFY2(live.contains(option), qPrintable(what));
            } else {
                // The lesson checker computes the same answer key.
                QCOMPARE(LessonChecker::computeAnswer(q, *trace), std::optional<QString>(q.options.at(q.answer)));
            }
            ++asked;
        }
    }
    QVERIFY(asked > 0);
}

void TestPracticeGenerator::sameSeedSameQuestions()
{
    const auto trace = testing::traced(ManyKeysScript);
    for (quint32 seed : {0u, 7u, 123456u}) {
        const QList<QuizQuestion> a = PracticeGenerator::generate(*trace, 8, seed);
        const QList<QuizQuestion> b = PracticeGenerator::generate(*trace, 8, seed);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(describe(a.at(i)), describe(b.at(i)));
            QCOMPARE(a.at(i).hint, b.at(i).hint);
            QCOMPARE(a.at(i).hintSteps, b.at(i).hintSteps);
            QCOMPARE(a.at(i).proofStep, b.at(i).proofStep);
            QCOMPARE(a.at(i).explanation, b.at(i).explanation);
        }
    }
}

void TestPracticeGenerator::differentSeedDifferentQuestions()
{
    const auto trace = testing::traced(ManyKeysScript);
    const auto text = [&trace](quint32 seed) {
        QStringList all;
        for (const QuizQuestion &q : PracticeGenerator::generate(*trace, 5, seed))
            all << describe(q);
        return all;
    };
    const QStringList first = text(1);
    QVERIFY(!first.isEmpty());
    QCOMPARE_NE(text(2), first);
    QCOMPARE_NE(text(3), first);
}

void TestPracticeGenerator::emptyTrace_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::newRow("no statements") << QByteArray("");
    QTest::newRow("only an import") << QByteArray("from django.core.cache import cache\n");
    QTest::newRow("syntax error") << QByteArray("cache.set('a', \n");
}

void TestPracticeGenerator::emptyTrace()
{
    QFETCH(QByteArray, script);
    const auto trace = testing::traced(script.constData());
    QCOMPARE(trace->stepCount(), 0);
    QVERIFY(PracticeGenerator::generate(*trace, 10, 1).isEmpty());
}

void TestPracticeGenerator::noEmptyCacheMoment_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::newRow("never empties") << QByteArray(NeverEmptiesScript);
    QTest::newRow("empty from the start") << QByteArray(EmptyFromTheStartScript);
}

void TestPracticeGenerator::noEmptyCacheMoment()
{
    QFETCH(QByteArray, script);
    const auto trace = testing::traced(script.constData());
    for (quint32 seed = 0; seed < 20; ++seed)
        for (const QuizQuestion &q : PracticeGenerator::generate(*trace, 100, seed))
            QVERIFY2(q.answerFrom.kind != AnswerSource::Kind::FirstStep, qPrintable(describe(q)));
}

void TestPracticeGenerator::firstEmptyAsked()
{
    // Asking for every question there is includes the "first empty" one, with lesson 1's answer.
    const auto trace = testing::traced(testing::LessonScript);
    const QList<QuizQuestion> questions = PracticeGenerator::generate(*trace, 100, 5);
    const auto it = std::find_if(questions.begin(), questions.end(),
                                 [](const QuizQuestion &q) { return q.answerFrom.kind == AnswerSource::Kind::FirstStep; });
    QVERIFY(it != questions.end());
    QCOMPARE(it->options.at(it->answer), QString("Step 3"));
    QCOMPARE(it->proofStep, 3);
    QCOMPARE(it->answerFrom.column, QString("Cache State"));
    QCOMPARE(it->answerFrom.equals, QString("{}"));
}

void TestPracticeGenerator::evictionFollowsUse()
{
    // After step 4, cache.get('a') has made 'a' the most recently used: 'b' goes first.
    const auto trace = testing::traced(ManyKeysScript);
    bool found = false;
    for (quint32 seed = 0; seed < 30 && !found; ++seed) {
        for (const QuizQuestion &q : PracticeGenerator::generate(*trace, 100, seed)) {
            if (q.answerFrom.kind == AnswerSource::Kind::None && q.proofStep == 4) {
                QCOMPARE(q.options.at(q.answer), QString("'b'"));
                QVERIFY(q.options.contains("'a'"));
                found = true;
            }
        }
    }
    QVERIFY(found);
}

void TestPracticeGenerator::countRespected()
{
    const auto trace = testing::traced(LongScript);
    QVERIFY(PracticeGenerator::generate(*trace, 0, 1).isEmpty());
    QVERIFY(PracticeGenerator::generate(*trace, -3, 1).isEmpty());
    QCOMPARE(PracticeGenerator::generate(*trace, 1, 1).size(), 1);
    QCOMPARE(PracticeGenerator::generate(*trace, 10, 1).size(), 10);
    // Lesson 1 has only so many questions to ask, and asks none twice.
    const auto lesson = testing::traced(testing::LessonScript);
    const qsizetype all = PracticeGenerator::generate(*lesson, 1000, 1).size();
    QVERIFY(all > 3 && all < 1000);
}

QTEST_GUILESS_MAIN(TestPracticeGenerator)
#include "tst_practicegenerator.moc"
