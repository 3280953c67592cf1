#include "snapshotview.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cachetutor {

namespace {

constexpr qreal BulletScale = 1.5; // projected on a wall: read from the back of the room

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace

SnapshotView::SnapshotView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Concept snapshot"));
    m_bullets = new QTextBrowser(this);
    m_bullets->setAccessibleName(tr("Key ideas"));
    m_bullets->setFrameShape(QFrame::NoFrame);
    m_bullets->setOpenLinks(false);

    m_noteBox = new QFrame(this);
    m_noteBox->setObjectName(QStringLiteral("snapshotNote"));
    m_noteBox->setAccessibleName(tr("Note on this lesson"));
    m_noteBox->setToolTip(tr("Where the course material differs from what Django does"));
    auto *noteLayout = new QHBoxLayout(m_noteBox);
    auto *icon = new QLabel(QStringLiteral("ℹ"), m_noteBox);
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Information"));
    QFont iconFont = icon->font();
    iconFont.setPointSizeF(iconFont.pointSizeF() * 1.6);
    iconFont.setBold(true);
    icon->setFont(iconFont);
    m_noteLabel = new QLabel(m_noteBox);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noteLabel->setAccessibleName(tr("Note"));
    noteLayout->addWidget(icon, 0, Qt::AlignTop);
    noteLayout->addWidget(m_noteLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bullets, 1);
    layout->addWidget(m_noteBox);
    rebuild();
}

SnapshotView::~SnapshotView() = default;

void SnapshotView::setLesson(const Lesson &lesson)
{
    m_snapshot = lesson.snapshot;
    m_note = lesson.note;
    rebuild();
}

QString SnapshotView::bulletsText() const
{
    return m_bullets->toPlainText();
}

bool SnapshotView::isNoteShown() const
{
    return !m_noteBox->isHidden();
}

QString SnapshotView::noteText() const
{
    return isNoteShown() ? m_noteLabel->text() : QString();
}

void SnapshotView::rebuild()
{
    QFont large = font();
    large.setPointSizeF(font().pointSizeF() * BulletScale);
    m_bullets->document()->setDefaultFont(large);
    const QPalette &colours = palette();
    m_bullets->setStyleSheet(QStringLiteral("QTextBrowser { background: %1; }").arg(colours.color(QPalette::Window).name()));

    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Concept Snapshot").toHtmlEscaped());
    if (m_snapshot.isEmpty()) {
        html += QStringLiteral("<p>%1</p><p>%2</p>")
                    .arg(tr("This script has no concept snapshot.").toHtmlEscaped(),
                         tr("Lessons from the course sum up their key ideas here, in a few large bullets a "
                            "teacher can put on the projector.")
                             .toHtmlEscaped());
    } else {
        // Paragraphs rather than <li>: Qt's rich text ignores list-item margins, and projected bullets need air between them.
        const int gap = QFontMetrics(large).height() / 2;
        for (const QString &bullet : std::as_const(m_snapshot))
            html += QStringLiteral("<p style='margin-left: %1px; margin-bottom: %2px;'>•&nbsp;&nbsp;%3</p>").arg(gap).arg(gap).arg(bullet.toHtmlEscaped());
    }
    m_bullets->setHtml(html);

    QFont noteFont = font();
    noteFont.setPointSizeF(font().pointSizeF() * 1.15);
    m_noteLabel->setFont(noteFont);
    m_noteLabel->setText(tr("Note: %1").arg(m_note));
    const QColor accent = colours.color(QPalette::Highlight);
    m_noteBox->setStyleSheet(QStringLiteral("QFrame#snapshotNote { background: %1; border-left: 6px solid %2; }")
                                 .arg(blend(colours.color(QPalette::Base), accent, 0.15).name(), accent.name()));
    m_noteBox->setVisible(!m_note.isEmpty());
}

void SnapshotView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

} // namespace cachetutor
