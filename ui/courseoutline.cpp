#include "courseoutline.h"

#include "lessontranslator.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cachetutor {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

// Where the entry index lives on its item, so a click finds its entry.
constexpr int EntryRole = Qt::UserRole + 1;

// Right answers among the lesson's questions only: answers recorded for
// questions the lesson no longer has (it was edited) do not count.
std::pair<int, int> rightAndAnswered(const LessonProgress &progress, int questions)
{
    int right = 0, answered = 0;
    for (auto it = progress.answers.begin(); it != progress.answers.end(); ++it) {
        if (it.key() >= questions)
            continue;
        ++answered;
        right += it->correct ? 1 : 0;
    }
    return {right, answered};
}

} // namespace

CourseOutline::CourseOutline(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Course outline"));
    m_heading = new QLabel(this);
    m_heading->setAccessibleName(tr("Course summary"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("courseOutlineTree"));
    m_tree->setAccessibleName(tr("Course outline"));
    m_tree->setAccessibleDescription(tr("The course's lessons; press Enter or click one to open it"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("No."), tr("Lesson"), tr("Duration"), tr("Progress")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DurationColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProgressColumn, QHeaderView::ResizeToContents);

    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    updateStyle();
    rebuild();
}

CourseOutline::~CourseOutline() = default;

void CourseOutline::setLessons(const QList<std::pair<QString, LessonReadResult>> &lessons)
{
    m_entries.clear();
    for (const auto &[path, result] : lessons)
        m_entries << Entry{path, result.lesson, result.errors, nullptr};
    rebuild();
}

void CourseOutline::setProgress(const ProgressStore &store)
{
    m_progress.clear();
    for (const Entry &entry : std::as_const(m_entries))
        if (entry.lesson)
            m_progress.insert(entry.lesson->name, store.lesson(entry.lesson->name));
    rebuild(); // the heading counts completed lessons too
}

void CourseOutline::setCurrentLesson(const QString &name)
{
    m_current = name;
    QTreeWidgetItem *current = nullptr;
    for (const Entry &entry : std::as_const(m_entries)) {
        const bool isCurrent = entry.lesson && !name.isEmpty() && entry.lesson->name == name;
        for (int column = 0; column < ColumnCount; ++column) {
            QFont font = entry.item->font(column);
            font.setBold(isCurrent);
            entry.item->setFont(column, font);
        }
        if (isCurrent)
            current = entry.item;
    }
    if (current) {
        m_tree->setCurrentItem(current);
        m_tree->scrollToItem(current);
    } else {
        m_tree->clearSelection();
    }
}

QString CourseOutline::text(int entry, Column column) const
{
    return entry >= 0 && entry < m_entries.size() ? m_entries.at(entry).item->text(column) : QString();
}

QString CourseOutline::toolTip(int entry, Column column) const
{
    return entry >= 0 && entry < m_entries.size() ? m_entries.at(entry).item->toolTip(column) : QString();
}

bool CourseOutline::isLoadable(int entry) const
{
    return entry >= 0 && entry < m_entries.size() && m_entries.at(entry).lesson.has_value();
}

QString CourseOutline::progressText(const LessonProgress &progress, int questions)
{
    const auto [right, answered] = rightAndAnswered(progress, questions);
    if (questions > 0 && right == questions)
        return tr("✔");
    if (answered == 0 && progress.lastStep == 0)
        return QString();
    return questions > 0 ? tr("◐ %1/%2").arg(right).arg(questions) : tr("◐");
}

void CourseOutline::rebuild()
{
    m_tree->clear();
    int number = 0, completed = 0, loadable = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        entry.item = new QTreeWidgetItem(m_tree);
        entry.item->setData(NumberColumn, EntryRole, i);
        entry.item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
        entry.item->setTextAlignment(ProgressColumn, Qt::AlignCenter);
        if (entry.lesson) {
            ++loadable;
            const Lesson lesson = LessonTranslator::translated(*entry.lesson, QLocale());
            entry.item->setText(NumberColumn, QString::number(++number));
            entry.item->setText(TitleColumn, lesson.title);
            entry.item->setText(DurationColumn, lesson.duration);
            entry.item->setToolTip(TitleColumn, lesson.description.isEmpty() ? lesson.title : lesson.description);
            entry.item->setData(TitleColumn, Qt::AccessibleTextRole, tr("Lesson %1: %2").arg(number).arg(lesson.title));
            updateProgress(entry);
            if (entry.item->text(ProgressColumn) == tr("✔"))
                ++completed;
        } else {
            const QString file = QFileInfo(entry.path).fileName();
            const QString firstError = entry.errors.isEmpty() ? tr("The file could not be read.") : entry.errors.first();
            const QString tip = entry.errors.size() > 1
                ? tr("%1\n(and %2 more problems in this file)").arg(firstError).arg(entry.errors.size() - 1)
                : firstError;
            entry.item->setText(NumberColumn, tr("⚠"));
            entry.item->setText(TitleColumn, tr("%1 — could not be loaded").arg(file));
            for (int column = 0; column < ColumnCount; ++column) {
                entry.item->setToolTip(column, tip);
                // Greyed like a disabled row, but still selectable so the keyboard reaches the tooltip.
                entry.item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
            }
            entry.item->setData(NumberColumn, Qt::AccessibleTextRole, tr("Warning"));
            entry.item->setData(TitleColumn, Qt::AccessibleTextRole, tr("Lesson file %1 could not be loaded: %2").arg(file, firstError));
        }
    }
    if (m_entries.isEmpty())
        m_heading->setText(tr("No lessons found."));
    else if (completed == 0)
        m_heading->setText(loadable == 1 ? tr("Course: 1 lesson") : tr("Course: %1 lessons").arg(loadable));
    else
        m_heading->setText(loadable == 1 ? tr("Course: 1 lesson, %1 completed").arg(completed)
                                         : tr("Course: %1 lessons, %2 completed").arg(loadable).arg(completed));
    setCurrentLesson(m_current);
}

void CourseOutline::updateProgress(Entry &entry)
{
    if (!entry.lesson || !entry.item)
        return;
    const int questions = static_cast<int>(entry.lesson->quiz.size());
    const LessonProgress progress = m_progress.value(entry.lesson->name);
    const QString tick = progressText(progress, questions);
    const auto [right, answered] = rightAndAnswered(progress, questions);
    QString words;
    if (tick.isEmpty())
        words = tr("Not started");
    else if (questions > 0 && right == questions)
        words = questions == 1 ? tr("Completed: the question answered right") : tr("Completed: all %1 questions answered right").arg(questions);
    else if (questions == 0)
        words = tr("Started (this lesson has no quiz)");
    else
        words = tr("Started: %1 of %2 questions answered right, %3 answered").arg(right).arg(questions).arg(answered);
    entry.item->setText(ProgressColumn, tick);
    entry.item->setToolTip(ProgressColumn, words);
    entry.item->setData(ProgressColumn, Qt::AccessibleTextRole, words);
}

void CourseOutline::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(NumberColumn, EntryRole).toInt();
    if (!isLoadable(index))
        return;
    const QString &path = m_entries.at(index).path;
    // One gesture, one signal: a double-click also clicks, and single-click
    // styles send clicked and activated for the same release.
    if (path == m_lastActivatedPath && m_lastActivation.isValid()
        && m_lastActivation.elapsed() < QApplication::doubleClickInterval())
        return;
    m_lastActivatedPath = path;
    m_lastActivation.start();
    emit lessonActivated(path);
}

void CourseOutline::updateStyle()
{
    const QPalette &colours = palette();
    const QColor base = colours.color(QPalette::Base);
    const QColor border = blend(colours.color(QPalette::Text), base, 0.7);
    // A card like the other lesson views: rounded, a light border, roomy rows.
    m_tree->setStyleSheet(QStringLiteral("QTreeWidget#courseOutlineTree { border: 1px solid %1; border-radius: 6px; }"
                                         "QTreeWidget#courseOutlineTree::item { padding: %2px 4px; }")
                              .arg(border.name())
                              .arg(fontMetrics().height() / 4));
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(font().pointSizeF() * 1.1);
    m_heading->setFont(heading);
}

void CourseOutline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateStyle();
        if (event->type() == QEvent::PaletteChange)
            rebuild(); // the greyed rows take their colour from the palette
    }
}

} // namespace cachetutor
