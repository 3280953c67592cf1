#include "progressstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSaveFile>
#include <QStandardPaths>

#include <cmath>

namespace cachetutor {

namespace {

const QString FormatName = QStringLiteral("cachetutor-progress");

// How a JSON value is named in "expected ..., got ..." messages.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::String: return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// A non-negative whole number that fits an int; JSON only has doubles.
bool toIndex(double number, int *out)
{
    if (!std::isfinite(number) || number < 0 || number > 2147483647.0 || std::floor(number) != number)
        return false;
    *out = static_cast<int>(number);
    return true;
}

} // namespace

int LessonProgress::correctCount() const
{
    int count = 0;
    for (const AnswerRecord &record : answers)
        count += record.correct ? 1 : 0;
    return count;
}

double LessonProgress::score() const
{
    return answers.isEmpty() ? 0.0 : static_cast<double>(correctCount()) / static_cast<double>(answers.size());
}

QString ProgressStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/progress.json");
}

ProgressStore::ProgressStore(QString path) : m_path(std::move(path)) {}

void ProgressStore::recordAnswer(const QString &name, int question, const QString &answer, bool correct)
{
    if (question < 0)
        return;
    m_lessons[name].answers.insert(question, AnswerRecord{answer, correct});
}

void ProgressStore::setLastStep(const QString &name, int step)
{
    if (step < 0)
        return;
    LessonProgress &progress = m_lessons[name];
    progress.lastStep = step;
    if (progress.isEmpty()) // keeps the invariant: only lessons with progress are held
        m_lessons.remove(name);
}

bool ProgressStore::load(QString *error)
{
    m_lessons.clear();
    if (error)
        error->clear();
    const QString shown = QDir::toNativeSeparators(m_path);
    QFile file(m_path);
    if (!file.exists())
        return true; // nothing saved yet: a student who has not started
    if (!file.open(QIODevice::ReadOnly)) {
        // Not corrupt, only unreadable now (permissions, a directory): no copy, the file is left as it is.
        if (error)
            *error = tr("Could not read the progress file %1: %2").arg(shown, file.errorString());
        return false;
    }
    QString problem;
    QMap<QString, LessonProgress> lessons;
    if (file.size() > MaxFileSize)
        problem = tr("the file is %1 bytes, larger than a progress file can be").arg(file.size());
    else
        parse(file.readAll(), &lessons, &problem);
    file.close();
    if (problem.isEmpty()) {
        m_lessons = std::move(lessons);
        return true;
    }

    const QString copy = keepCorruptCopy();
    if (error) {
        *error = tr("The progress file %1 is damaged (%2), so progress starts empty.").arg(shown, problem);
        *error += QLatin1Char(' ');
        *error += copy.isEmpty() ? tr("The file is left as it is until progress is next saved; a copy could not be made.")
                                 : tr("A copy of it was kept as %1.").arg(QDir::toNativeSeparators(copy));
    }
    return false;
}

QString ProgressStore::keepCorruptCopy() const
{
    // UTC and no colons, so the name is valid everywhere and sorts by time.
    const QString base = m_path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString copy = base;
    // Two loads within a second must not overwrite (or fail on) the first copy.
    for (int n = 2; QFile::exists(copy) && n < 100; ++n)
        copy = base + QLatin1Char('-') + QString::number(n);
    return QFile::copy(m_path, copy) ? copy : QString();
}

bool ProgressStore::parse(const QByteArray &bytes, QMap<QString, LessonProgress> *lessons, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = tr("expected a JSON object at the top");
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")) != QJsonValue(FormatName)) {
        *error = tr("format: expected \"%1\", got %2").arg(FormatName, describe(root.value(QStringLiteral("format"))));
        return false;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != FormatVersion) {
        *error = version.isDouble() && version.toDouble() > FormatVersion
            ? tr("version: %1 was written by a newer CacheTutor; this one reads version %2").arg(describe(version)).arg(FormatVersion)
            : tr("version: expected %1, got %2").arg(FormatVersion).arg(describe(version));
        return false;
    }
    const QJsonValue lessonsValue = root.value(QStringLiteral("lessons"));
    if (!lessonsValue.isObject()) {
        *error = tr("lessons: expected an object, got %1").arg(describe(lessonsValue));
        return false;
    }

    const QJsonObject lessonObjects = lessonsValue.toObject();
    for (auto it = lessonObjects.begin(); it != lessonObjects.end(); ++it) {
        const QString where = QStringLiteral("lessons.") + it.key();
        if (!it->isObject()) {
            *error = tr("%1: expected an object, got %2").arg(where, describe(*it));
            return false;
        }
        const QJsonObject object = it->toObject();
        LessonProgress progress;

        const QJsonValue lastStep = object.value(QStringLiteral("lastStep"));
        if (!lastStep.isUndefined() && !(lastStep.isDouble() && toIndex(lastStep.toDouble(), &progress.lastStep))) {
            *error = tr("%1.lastStep: expected a step number (0 or more), got %2").arg(where, describe(lastStep));
            return false;
        }

        const QJsonValue answersValue = object.value(QStringLiteral("answers"));
        if (!answersValue.isUndefined() && !answersValue.isObject()) {
            *error = tr("%1.answers: expected an object, got %2").arg(where, describe(answersValue));
            return false;
        }
        const QJsonObject answers = answersValue.toObject();
        for (auto a = answers.begin(); a != answers.end(); ++a) {
            const QString answerWhere = where + QStringLiteral(".answers.") + a.key();
            bool isNumber = false;
            const int question = a.key().toInt(&isNumber);
            if (!isNumber || question < 0) {
                *error = tr("%1: expected a question number (0 or more) as the key").arg(answerWhere);
                return false;
            }
            if (!a->isObject()) {
                *error = tr("%1: expected an object, got %2").arg(answerWhere, describe(*a));
                return false;
            }
            const QJsonObject record = a->toObject();
            const QJsonValue answer = record.value(QStringLiteral("answer"));
            const QJsonValue correct = record.value(QStringLiteral("correct"));
            if (!answer.isString()) {
                *error = tr("%1.answer: expected a string, got %2").arg(answerWhere, describe(answer));
                return false;
            }
            if (!correct.isBool()) {
                *error = tr("%1.correct: expected true or false, got %2").arg(answerWhere, describe(correct));
                return false;
            }
            progress.answers.insert(question, AnswerRecord{answer.toString(), correct.toBool()});
        }
        if (!progress.isEmpty())
            lessons->insert(it.key(), progress);
    }
    return true;
}

bool ProgressStore::save(QString *error) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Could not save progress: the folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }

    QJsonObject lessons;
    for (auto it = m_lessons.begin(); it != m_lessons.end(); ++it) {
        QJsonObject answers;
        for (auto a = it->answers.begin(); a != it->answers.end(); ++a)
            answers.insert(QString::number(a.key()),
                           QJsonObject{{QStringLiteral("answer"), a->answer}, {QStringLiteral("correct"), a->correct}});
        lessons.insert(it.key(), QJsonObject{{QStringLiteral("lastStep"), it->lastStep},
                                             {QStringLiteral("answers"), answers},
                                             {QStringLiteral("score"), it->score()}});
    }
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("lessons"), lessons}};

    // QSaveFile: the old file (corrupt or not) stays whole until the new one is completely written.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not save progress to %1: %2. Your progress is kept until the app closes.").arg(shown, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not save progress to %1: %2. Your progress is kept until the app closes.").arg(shown, file.errorString());
        return false;
    }
    if (error)
        error->clear();
    return true;
}

} // namespace cachetutor
