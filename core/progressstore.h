#pragma once

// ProgressStore: what a student has done in each lesson — the answer given to
// each quiz question and whether it was right, and the step they were on —
// kept in one JSON file.
//
// The store is plain data in memory; load() and save() are the only moments
// it touches the disk, so a failed save never loses anything (the data stays
// in memory for the next try) and a failed load never destroys anything:
//
//   - a missing file is a student who has not started: empty progress, no error;
//   - a file that is not a progress file (not JSON, wrong types, a newer
//     version) is reported with its path and what is wrong, progress starts
//     empty, and a copy is kept beside it as `progress.json.corrupt-<UTC time>`.
//     The file itself is left alone until the next successful save replaces it;
//   - save() writes through QSaveFile, so the old file stays whole until the
//     new one is completely written.
//
// Lessons are keyed by Lesson::name, questions by their 0-based index in the
// lesson's quiz (as QuizView numbers them). The score is derived, never
// stored as truth: right answers / questions answered.
//
// The file (docs of the format are this comment):
//
//     {"format": "cachetutor-progress", "version": 1,
//      "lessons": {"basics": {"lastStep": 3,
//                             "answers": {"0": {"answer": "C", "correct": true}},
//                             "score": 1.0}}}
//
// `score` is written for people reading the file and ignored when reading it.
// Unknown fields are ignored too, so that a newer build's additions of the
// same version do not make an older build throw progress away.

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cachetutor {

struct AnswerRecord {
    QString answer;       // what the student gave: an option letter ("C") or typed text
    bool correct = false;

    friend bool operator==(const AnswerRecord &, const AnswerRecord &) = default;
};

struct LessonProgress {
    QMap<int, AnswerRecord> answers; // by 0-based question index; every key >= 0
    int lastStep = 0;                // 1-based step the student was on; 0 = none yet

    int answeredCount() const { return static_cast<int>(answers.size()); }
    int correctCount() const;
    // Right answers / questions answered; 0 when nothing is answered.
    double score() const;
    // Nothing answered and no step visited: the lesson has not been started.
    bool isEmpty() const { return answers.isEmpty() && lastStep == 0; }

    friend bool operator==(const LessonProgress &, const LessonProgress &) = default;
};

class ProgressStore
{
    Q_DECLARE_TR_FUNCTIONS(ProgressStore)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileSize = qint64{16} * 1024 * 1024; // far above any real progress; stops a wrong file early

    // QStandardPaths::AppDataLocation + "/progress.json".
    static QString defaultPath();

    // Nothing is read until load().
    explicit ProgressStore(QString path = defaultPath());

    const QString &path() const { return m_path; }

    // Replaces what is in memory with the file's contents. Returns false and
    // sets *error (when given) for an unreadable or corrupt file, leaving the
    // progress empty; see the header paragraph for what happens to the file.
    bool load(QString *error = nullptr);
    // Writes everything atomically, creating the directory if needed. Returns
    // false and sets *error when it cannot; the progress stays in memory.
    bool save(QString *error = nullptr) const;

    // The names of the lessons with any progress, sorted.
    QStringList lessonNames() const { return m_lessons.keys(); }
    // An empty LessonProgress for a lesson never started.
    LessonProgress lesson(const QString &name) const { return m_lessons.value(name); }

    // The latest answer to a question replaces an earlier one.
    // REQUIRES: question >= 0 (negative indexes are ignored)
    void recordAnswer(const QString &name, int question, const QString &answer, bool correct);
    // REQUIRES: step >= 0 (negative steps are ignored)
    void setLastStep(const QString &name, int step);
    int correctCount(const QString &name) const { return lesson(name).correctCount(); }
    int answeredCount(const QString &name) const { return lesson(name).answeredCount(); }
    void resetLesson(const QString &name) { m_lessons.remove(name); }
    void resetAll() { m_lessons.clear(); }

private:
    // Parses a whole file; on failure returns false with *error naming what is wrong.
    static bool parse(const QByteArray &bytes, QMap<QString, LessonProgress> *lessons, QString *error);
    // Copies the corrupt file aside; returns the copy's path, or empty when copying failed.
    QString keepCorruptCopy() const;

    QString m_path;
    QMap<QString, LessonProgress> m_lessons; // lessons whose progress is not empty
};

} // namespace cachetutor
