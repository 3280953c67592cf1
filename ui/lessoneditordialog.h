#pragma once

// LessonEditorDialog: turns the playground's script into a lesson file, for
// teachers ("Save as Lesson…").
//
// It starts from a script (and, when there is one, the lesson it came from)
// and edits the material around it: name, title, duration and description;
// the concept flow; key moments; choice questions; the snapshot, transcript
// and note; and the teacher's annotations. Tables hold one item per row and
// the cells are plain text ("3, 4" for steps, "a | b | c" for options), so
// what a teacher types is what the file will say.
//
// Every edit is checked live (debounced): the lesson the dialog holds is
// written with LessonWriter and read back with LessonReader (so the form rules
// are exactly the file's), then checked against the trace of its script with
// LessonChecker. The problems, named as the file would name them
// ("basics.json: quiz[0]: the answer B (None) disagrees with the trace: ..."),
// are listed at the bottom, and Save is enabled only when there are none:
// a teacher cannot save a lesson whose answer key disagrees with the trace.
//
// What the dialog does not edit is kept as the starting lesson had it: the
// script (the playground's), framework, script name, backend, and in the quiz
// the predict and what-if questions (read-only rows) and a choice question's
// hint cells, explanation, proof step and a non-cell answer source.

#include "lesson.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace cachetutor {

class Trace;

class LessonEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    // The tables' columns, for code (and tests) that fill cells.
    enum FlowColumn { FlowLabel, FlowLitBy };
    enum MomentColumn { MomentQuestion, MomentAnswer, MomentSteps };
    enum QuizColumn { QuizQuestionText, QuizOptions, QuizAnswer, QuizHint, QuizSourceColumn, QuizSourceStep };
    enum AnnotationColumn { AnnotationStep, AnnotationText };
    // The tabs, in order.
    enum Page { LessonPage, FlowPage, MomentsPage, QuizPage, SnapshotPage, AnnotationsPage };

    explicit LessonEditorDialog(QWidget *parent = nullptr);
    ~LessonEditorDialog() override;

    // Fills every field from `lesson`, its script included, and checks it.
    void setLesson(const Lesson &lesson);
    // Replaces the script (the playground's), keeping the material. A script
    // without a final line break gets one, so the file holds it as lines.
    void setScript(const QString &script);

    // The lesson the fields describe now; a cell that cannot be read (steps
    // "3, x") is left out of it and reported in problems().
    Lesson lesson() const;
    // What the last check found, as the file would name it; empty when the
    // lesson reads clean and agrees with its trace.
    QStringList problems() const { return m_problems; }
    // Runs the pending check now instead of after the debounce.
    void checkNow();

    // Writes lesson() to `path` (atomically, QSaveFile). REQUIRES: problems() is empty.
    bool saveTo(const QString &path, QString *error = nullptr);
    // Where Save wrote the lesson; empty until it did.
    QString savedPath() const { return m_savedPath; }
    // The folder the Save dialog starts in; the user's documents by default.
    void setSaveDirectory(const QString &folder) { m_saveDirectory = folder; }

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *titleEdit() const { return m_title; }
    QTableWidget *conceptFlowTable() const { return m_flow; }
    QTableWidget *keyMomentsTable() const { return m_moments; }
    QTableWidget *quizTable() const { return m_quiz; }
    QTableWidget *annotationsTable() const { return m_annotations; }
    QPlainTextEdit *snapshotEdit() const { return m_snapshot; }
    // A cell's text, creating the item when the row has none; emits the edit as typing does.
    void setCell(QTableWidget *table, int row, int column, const QString &text);
    bool isSaveEnabled() const;

signals:
    // After each check, with what it found.
    void checked(const QStringList &problems);

private:
    // The lesson the fields describe; cells that cannot be read are reported in `cellErrors`.
    Lesson buildLesson(QStringList *cellErrors) const;
    void scheduleCheck();
    void save();
    void showProblem(QListWidgetItem *item);
    void fillQuizRow(int row, const QuizQuestion &question);
    void updateQuizHeaders();
    QWidget *tablePage(const QString &explanation, QTableWidget *table, const QString &what);
    QString fileName() const;

    // The starting lesson: what the dialog does not edit comes from here.
    Lesson m_base;
    std::unique_ptr<Trace> m_trace; // of m_base.script with m_base.backend, traced once per script
    QStringList m_problems;
    QString m_savedPath;
    QString m_saveDirectory;
    bool m_filling = false; // setLesson() is writing the fields: no check per cell

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_duration = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_scriptView = nullptr;
    QLabel *m_scriptInfo = nullptr;
    QTableWidget *m_flow = nullptr;
    QTableWidget *m_moments = nullptr;
    QTableWidget *m_quiz = nullptr;
    QTableWidget *m_annotations = nullptr;
    QPlainTextEdit *m_snapshot = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_problemList = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_checkTimer = nullptr;
};

} // namespace cachetutor
