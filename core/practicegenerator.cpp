#include "practicegenerator.h"

#include "narrator.h"
#include "traceformatter.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <array>
#include <optional>

namespace cachetutor {

namespace {

const QString OutputColumn = QStringLiteral("Output");
const QString CacheStateColumn = QStringLiteral("Cache State");
const QString ActionColumn = QStringLiteral("Action");
const QString EmptyCache = QStringLiteral("{}");

// Fisher–Yates over QRandomGenerator: the same seed gives the same order with
// every compiler and standard library, which std::shuffle does not promise.
template <class T>
void shuffle(QList<T> &list, QRandomGenerator &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, static_cast<qsizetype>(random.bounded(static_cast<quint32>(i + 1))));
}

enum class Kind { Output, CacheState, Evict, FirstEmpty };
constexpr std::array AllKinds{Kind::Output, Kind::CacheState, Kind::Evict, Kind::FirstEmpty};

// The cells of one step, when the step has exactly one table row.
struct StepCells {
    bool singleRow = false;
    QString output;
    QString state;
};

class Generator
{
public:
    Generator(const Trace &trace, quint32 seed) : m_trace(trace), m_table(trace), m_narrator(trace), m_random(seed) {}

    QList<QuizQuestion> generate(int count);

private:
    QList<int> sampledSteps();
    const StepCells &cells(int step);
    QString code(int step) const;
    // A Choice question's options: `right` and up to MaxOptions - 1 distinct
    // others from `pool`, shuffled; returns the right one's index.
    int fillOptions(QuizQuestion &question, const QString &right, QStringList pool);

    std::optional<QuizQuestion> outputQuestion(int step);
    std::optional<QuizQuestion> cacheStateQuestion(int step);
    std::optional<QuizQuestion> evictQuestion(int step);
    std::optional<QuizQuestion> firstEmptyQuestion();
    std::optional<QuizQuestion> build(Kind kind, int step);

    const Trace &m_trace;
    TraceFormatter m_table;
    Narrator m_narrator;
    QRandomGenerator m_random;
    QHash<int, StepCells> m_cells;
    QList<int> m_steps;         // the steps questions may be about, ascending
    QStringList m_outputPool;   // distinct Output texts of m_steps, for distractors
    QStringList m_statePool;    // distinct Cache State texts of m_steps
};

QList<int> Generator::sampledSteps()
{
    const int stepCount = m_trace.stepCount();
    QList<int> steps;
    if (stepCount <= PracticeGenerator::MaxSampledSteps) {
        for (int s = 1; s <= stepCount; ++s)
            steps << s;
        return steps;
    }
    QSet<int> chosen;
    while (chosen.size() < PracticeGenerator::MaxSampledSteps)
        chosen.insert(1 + static_cast<int>(m_random.bounded(static_cast<quint32>(stepCount))));
    steps = chosen.values();
    std::sort(steps.begin(), steps.end()); // QSet's order is not the seed's
    return steps;
}

const StepCells &Generator::cells(int step)
{
    auto it = m_cells.find(step);
    if (it != m_cells.end())
        return *it;
    StepCells cells;
    const std::size_t first = m_table.firstEventOfStep(step);
    if (m_table.firstEventOfStep(step + 1) == first + 1) {
        const TraceFormatter::Row row = m_table.row(first);
        cells.singleRow = true;
        cells.output = QString::fromStdString(row.output);
        cells.state = QString::fromStdString(row.state);
    }
    return *m_cells.insert(step, cells);
}

QString Generator::code(int step) const
{
    const auto line = static_cast<std::size_t>(m_trace.step(step - 1).line);
    const auto &lines = m_trace.sourceLines();
    QString text = line >= 1 && line <= lines.size() ? QString::fromStdString(lines[line - 1]).trimmed() : QString();
    if (text.size() > 60)
        text = text.left(59) + QChar(0x2026); // …
    return text;
}

int Generator::fillOptions(QuizQuestion &question, const QString &right, QStringList pool)
{
    pool.removeAll(right);
    pool.removeDuplicates();
    shuffle(pool, m_random);
    question.options = {right};
    for (qsizetype i = 0; i < pool.size() && question.options.size() < PracticeGenerator::MaxOptions; ++i)
        question.options << pool.at(i);
    shuffle(question.options, m_random);
    question.answer = static_cast<int>(question.options.indexOf(right));
    return question.answer;
}

std::optional<QuizQuestion> Generator::outputQuestion(int step)
{
    const StepCells &c = cells(step);
    if (!c.singleRow || c.output.isEmpty() || c.output.size() > PracticeGenerator::MaxOptionLength)
        return std::nullopt;
    QuizQuestion q;
    q.kind = QuizQuestion::Kind::Predict;
    const QString line = code(step);
    q.question = line.isEmpty() ? PracticeGenerator::tr("What will step %1 output?").arg(step)
                                : PracticeGenerator::tr("What will step %1 (%2) output?").arg(step).arg(line);
    // Python's usual suspects as well as the trace's other outputs, so that a
    // short trace still gets a real choice.
    fillOptions(q, c.output, m_outputPool + QStringList{QStringLiteral("None"), QStringLiteral("True"), QStringLiteral("False")});
    q.answerFrom.kind = AnswerSource::Kind::Cell;
    q.answerFrom.column = OutputColumn;
    q.answerFrom.step = step;
    // The hint points at what the cache held before the step, not at the answer.
    if (step > 1) {
        q.hint = PracticeGenerator::tr("Look at what the cache holds just before: the Cache State column at step %1.").arg(step - 1);
        q.hintColumn = CacheStateColumn;
        q.hintSteps = {step - 1};
    } else {
        q.hint = PracticeGenerator::tr("This is the first step: the cache starts empty.");
        q.hintColumn = ActionColumn;
        q.hintSteps = {step};
    }
    q.explanation = m_narrator.narrateStep(step - 1);
    q.proofStep = step;
    return q;
}

std::optional<QuizQuestion> Generator::cacheStateQuestion(int step)
{
    const StepCells &c = cells(step);
    if (!c.singleRow || c.state.size() > PracticeGenerator::MaxOptionLength)
        return std::nullopt;
    QuizQuestion q;
    q.kind = QuizQuestion::Kind::Choice;
    q.question = PracticeGenerator::tr("What is in the cache after step %1?").arg(step);
    fillOptions(q, c.state, m_statePool + QStringList{EmptyCache});
    q.answerFrom.kind = AnswerSource::Kind::Cell;
    q.answerFrom.column = CacheStateColumn;
    q.answerFrom.step = step;
    q.hint = PracticeGenerator::tr("Follow the Action column up to step %1: which calls stored, changed or removed entries?").arg(step);
    q.hintColumn = ActionColumn;
    for (int s = std::max(1, step - 2); s <= step; ++s)
        q.hintSteps << s;
    q.explanation = PracticeGenerator::tr("%1 After it the cache holds %2.").arg(m_narrator.narrateStep(step - 1), c.state);
    q.proofStep = step;
    return q;
}

std::optional<QuizQuestion> Generator::evictQuestion(int step)
{
    // CULL_FREQUENCY 0 empties the whole cache: no key goes "first".
    if (m_trace.config().cullFrequency == 0)
        return std::nullopt;
    const std::vector<CacheEntry> live = m_trace.liveCacheAfterStep(step - 1);
    // An expired entry still stored sits in the same order and would be culled
    // too, unseen in the Cache State column: ask only when every stored entry is live.
    if (live.size() < 2 || m_trace.cacheAfterStep(step - 1).size() != live.size())
        return std::nullopt;
    QStringList keys;
    for (const CacheEntry &entry : live)
        keys << PracticeGenerator::keyText(entry);
    const QString right = keys.first();
    if (right.size() > PracticeGenerator::MaxOptionLength)
        return std::nullopt;
    QStringList others = keys.mid(1);
    others.erase(std::remove_if(others.begin(), others.end(),
                                [](const QString &key) { return key.size() > PracticeGenerator::MaxOptionLength; }),
                 others.end());
    QuizQuestion q;
    q.kind = QuizQuestion::Kind::Choice;
    q.question = PracticeGenerator::tr("After step %1, the cache has to make room (culling). Which key goes first?").arg(step);
    fillOptions(q, right, others);
    // Not a table cell: the answer is the order of the live entries, which the
    // checker cannot read from one cell, so it is written here, computed from
    // Trace::liveCacheAfterStep (least recently used first).
    q.answerFrom.kind = AnswerSource::Kind::None;
    q.hint = PracticeGenerator::tr("LocMemCache culls the least recently used entries first, and the Cache State column lists "
                                   "entries least recently used first. A get or a set makes an entry the most recently used.");
    q.hintColumn = CacheStateColumn;
    q.hintSteps = {step};
    q.explanation = PracticeGenerator::tr("After step %1 the cache holds %2, least recently used first, so %3 is the first to go.")
                        .arg(step)
                        .arg(keys.join(QStringLiteral(", ")), right);
    q.proofStep = step;
    return q;
}

std::optional<QuizQuestion> Generator::firstEmptyQuestion()
{
    const std::size_t rows = std::min<std::size_t>(m_table.eventCount(), PracticeGenerator::MaxScannedRows);
    bool held = false;
    for (std::size_t e = 0; e < rows; ++e) {
        const bool empty = m_table.row(e).state == "{}";
        if (!empty) {
            held = true;
            continue;
        }
        // The first {} of the column: a question only if the cache held
        // something before (else it never "became" empty), and only from a
        // one-row step, so every reading of the step's cell agrees.
        const int step = m_table.eventStep(e);
        if (!held || !cells(step).singleRow)
            return std::nullopt;
        QuizQuestion q;
        q.kind = QuizQuestion::Kind::Choice;
        q.question = PracticeGenerator::tr("At which step does the cache first become empty?");
        QStringList pool;
        for (int s = std::max(1, step - 3); s <= std::min(m_trace.stepCount(), step + 3); ++s)
            pool << PracticeGenerator::stepText(s);
        fillOptions(q, PracticeGenerator::stepText(step), pool);
        // Steps read best in order; which ones are offered stays the seed's choice.
        std::sort(q.options.begin(), q.options.end(),
                  [](const QString &a, const QString &b) { return a.mid(5).toInt() < b.mid(5).toInt(); });
        q.answer = static_cast<int>(q.options.indexOf(PracticeGenerator::stepText(step)));
        q.answerFrom.kind = AnswerSource::Kind::FirstStep;
        q.answerFrom.column = CacheStateColumn;
        q.answerFrom.equals = EmptyCache;
        q.hint = PracticeGenerator::tr("Look down the Cache State column for the first {}.");
        q.hintColumn = CacheStateColumn;
        q.explanation = PracticeGenerator::tr("%1 The Cache State column reads {} for the first time at step %2.")
                            .arg(m_narrator.narrateStep(step - 1))
                            .arg(step);
        q.proofStep = step;
        return q;
    }
    return std::nullopt;
}

std::optional<QuizQuestion> Generator::build(Kind kind, int step)
{
    switch (kind) {
    case Kind::Output: return outputQuestion(step);
    case Kind::CacheState: return cacheStateQuestion(step);
    case Kind::Evict: return evictQuestion(step);
    case Kind::FirstEmpty: return firstEmptyQuestion();
    }
    return std::nullopt;
}

QList<QuizQuestion> Generator::generate(int count)
{
    if (count <= 0 || m_trace.stepCount() == 0)
        return {};
    for (int step : sampledSteps()) {
        if (m_trace.step(step - 1).action == Action::StepLimit)
            continue; // the trace's end marker, not something the script did
        m_steps << step;
        const StepCells &c = cells(step);
        if (!c.singleRow)
            continue;
        if (!c.output.isEmpty() && c.output.size() <= PracticeGenerator::MaxOptionLength)
            m_outputPool << c.output;
        if (c.state.size() <= PracticeGenerator::MaxOptionLength)
            m_statePool << c.state;
    }
    m_outputPool.removeDuplicates();
    m_statePool.removeDuplicates();

    // One shuffled queue of steps per kind; rounds take one question of each
    // kind in a shuffled order, so a short quiz mixes kinds.
    QList<QList<int>> queues;
    for (Kind kind : AllKinds) {
        QList<int> queue = kind == Kind::FirstEmpty ? QList<int>{0} : m_steps;
        shuffle(queue, m_random);
        queues << queue;
    }
    QList<QuizQuestion> questions;
    QSet<QString> asked;
    while (questions.size() < count) {
        QList<qsizetype> order;
        for (qsizetype k = 0; k < queues.size(); ++k)
            if (!queues.at(k).isEmpty())
                order << k;
        if (order.isEmpty())
            break;
        shuffle(order, m_random);
        for (qsizetype k : order) {
            QList<int> &queue = queues[k];
            while (!queue.isEmpty() && questions.size() < count) {
                std::optional<QuizQuestion> question = build(AllKinds[static_cast<std::size_t>(k)], queue.takeFirst());
                if (!question || asked.contains(question->question))
                    continue;
                asked.insert(question->question);
                questions << *std::move(question);
                break;
            }
        }
    }
    return questions;
}

} // namespace

QString PracticeGenerator::stepText(int step)
{
    // Not translated: it is the answer text LessonChecker computes for a FirstStep source.
    return QStringLiteral("Step ") + QString::number(step);
}

QString PracticeGenerator::keyText(const CacheEntry &entry)
{
    // As Trace::stateRepr names an entry.
    return QString::fromStdString(entry.isDefaultVersion ? repr(entry.userKey) : strRepr(entry.madeKey));
}

QList<QuizQuestion> PracticeGenerator::generate(const Trace &trace, int count, quint32 seed)
{
    return Generator(trace, seed).generate(count);
}

} // namespace cachetutor
