#pragma once

// CourseOutline: the course at a glance — one row per lesson with its
// number, title, duration and how far the student has got.
//
// Progress is shown as text symbols, never by colour alone:
//   "✔"       every question of the lesson's quiz answered right;
//   "◐ 2/3"   started: 2 of its 3 questions right so far (a visited step
//             counts as started too);
//   ""        not started.
// Each tick has a tooltip and an accessible text in words.
//
// A lesson file that failed to load still gets its row, greyed, marked "⚠"
// and with its first error as the tooltip, so one bad file never hides the
// others and the author sees why it is missing. Its row can be selected (a
// keyboard user reaches the tooltip too) but never opens.
//
// A click, Enter or double-click on a loadable lesson emits
// lessonActivated(path) once: the second signal Qt sends for the same gesture
// (a double-click is a click too; some styles activate on a single click) is
// dropped. The outline owns no lesson and runs nothing: the window loads what
// the signal names.

#include "lesson.h"
#include "lessonreader.h"
#include "progressstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace cachetutor {

class CourseOutline final : public QWidget
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TitleColumn, DurationColumn, ProgressColumn, ColumnCount };

    explicit CourseOutline(QWidget *parent = nullptr);
    ~CourseOutline() override;

    // One row per entry, in the order given; entries without a lesson are the bad ones.
    void setLessons(const QList<std::pair<QString, LessonReadResult>> &lessons);
    // Reads every listed lesson's progress from `store` (a copy: the store may go away).
    void setProgress(const ProgressStore &store);
    // Highlights the lesson called `name` (bold, selected); an unknown or empty name highlights none.
    void setCurrentLesson(const QString &name);

    int entryCount() const { return static_cast<int>(m_entries.size()); }
    QString text(int entry, Column column) const;
    QString toolTip(int entry, Column column) const;
    bool isLoadable(int entry) const;
    QString currentLesson() const { return m_current; }
    QTreeWidget *tree() const { return m_tree; }

    // The progress column's text for a lesson with `questions` quiz questions.
    static QString progressText(const LessonProgress &progress, int questions);

signals:
    void lessonActivated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry {
        QString path;
        std::optional<Lesson> lesson;
        QStringList errors;
        QTreeWidgetItem *item = nullptr;
    };

    void rebuild();
    void updateProgress(Entry &entry);
    void updateStyle();
    void activate(QTreeWidgetItem *item);

    QList<Entry> m_entries;
    QHash<QString, LessonProgress> m_progress; // by lesson name
    QString m_current;
    // When and what lessonActivated last sent, to drop the same gesture's second signal.
    QElapsedTimer m_lastActivation;
    QString m_lastActivatedPath;

    QLabel *m_heading = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace cachetutor
