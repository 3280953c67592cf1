#pragma once

// SnapshotView: the "Concept Snapshot" — the lesson's few key ideas as large,
// readable bullets a teacher can project, and, when the lesson has one, its
// note on where the published material differs from Django in a distinct
// info box. Text is scaled from the widget font, so the app's zoom still
// applies. A playground script gets a placeholder.

#include "lesson.h"

#include <QWidget>

class QFrame;
class QLabel;
class QTextBrowser;

namespace cachetutor {

class SnapshotView final : public QWidget
{
    Q_OBJECT

public:
    explicit SnapshotView(QWidget *parent = nullptr);
    ~SnapshotView() override;

    void setLesson(const Lesson &lesson);

    int bulletCount() const { return static_cast<int>(m_snapshot.size()); }
    QString bulletsText() const; // what the bullets (or the placeholder) say, as plain text
    bool isNoteShown() const;
    QString noteText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QStringList m_snapshot;
    QString m_note;
    QTextBrowser *m_bullets = nullptr;
    QFrame *m_noteBox = nullptr;
    QLabel *m_noteLabel = nullptr;
};

} // namespace cachetutor
