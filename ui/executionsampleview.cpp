#include "executionsampleview.h"

#include "narrator.h"
#include "trace.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cachetutor {

namespace {

enum Column { LineColumn, CodeColumn, WhatColumn, ColumnCount };

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

// Why a line has no step: said in words a student recognises, from the line's text alone.
QString whyNoStep(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return QString();
    if (trimmed.startsWith(QLatin1Char('#')))
        return ExecutionSampleView::tr("A comment: Python skips it.");
    static const QStringList setup = {QStringLiteral("import "), QStringLiteral("from "), QStringLiteral("def "), QStringLiteral("class ")};
    for (const QString &keyword : setup)
        if (trimmed.startsWith(keyword))
            return ExecutionSampleView::tr("Sets things up; not a step of its own.");
    return ExecutionSampleView::tr("Never runs in this trace.");
}

} // namespace

ExecutionSampleView::ExecutionSampleView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("The code and what it does"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Lesson title"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta = new QLabel(this);
    m_meta->setAccessibleName(tr("Framework and duration"));
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setAccessibleName(tr("What the sample does"));
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Each line of the script and what it does"));
    m_table->setToolTip(tr("Each line of the script beside what its first run did. Double-click a line to go to its first step."));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Code"), tr("What it does")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::NoSelection); // the highlight is the current step's, not the user's
    m_table->setWordWrap(true);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Wrapped narration needs its rows re-measured when the column's width changes (only per source line: cheap).
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == WhatColumn)
            m_table->resizeRowsToContents();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(m_firstStep.size()) && m_firstStep[row] >= 0)
            emit stepRequested(m_firstStep[row] + 1);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_description);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_table, 1);
    rebuildHeader();
}

ExecutionSampleView::~ExecutionSampleView() = default;

void ExecutionSampleView::setLesson(const Lesson &lesson)
{
    m_lesson = lesson;
    rebuildHeader();
    if (!m_trace)
        rebuildRows();
}

void ExecutionSampleView::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    m_step = 0;
    m_firstStep.clear();
    m_runCount.clear();
    if (m_trace) {
        const std::size_t lines = m_trace->sourceLines().size();
        m_firstStep.assign(lines, -1);
        m_runCount.assign(lines, 0);
        // The one pass over the steps: every later step change reads these per-line tables.
        for (int i = 0; i < m_trace->stepCount(); ++i) {
            const std::size_t line = m_trace->step(i).line;
            if (line == 0 || line > lines)
                continue;
            if (m_firstStep[line - 1] < 0)
                m_firstStep[line - 1] = i;
            ++m_runCount[line - 1];
        }
    }
    rebuildRows();
}

int ExecutionSampleView::lineCount() const
{
    return m_table->rowCount();
}

QString ExecutionSampleView::codeOfLine(int line) const
{
    const QTableWidgetItem *item = line >= 1 && line <= lineCount() ? m_table->item(line - 1, CodeColumn) : nullptr;
    return item ? item->text() : QString();
}

QString ExecutionSampleView::whatLineDoes(int line) const
{
    const QTableWidgetItem *item = line >= 1 && line <= lineCount() ? m_table->item(line - 1, WhatColumn) : nullptr;
    return item ? item->text() : QString();
}

QString ExecutionSampleView::headerText() const
{
    QStringList parts{m_title->text()};
    if (!m_meta->isHidden())
        parts << m_meta->text();
    parts << m_description->text();
    return parts.join(QLatin1Char('\n'));
}

void ExecutionSampleView::rebuildHeader()
{
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.3);
    m_title->setFont(titleFont);

    const bool hasLesson = !m_lesson.title.isEmpty();
    if (hasLesson) {
        m_title->setText(m_lesson.title);
    } else {
        const QString name = m_trace && !m_trace->fileName().empty() ? QString::fromStdString(m_trace->fileName()) : m_lesson.scriptName;
        m_title->setText(name.isEmpty() ? tr("Your script") : name);
    }
    QStringList meta;
    for (const QString &part : {m_lesson.framework, m_lesson.duration})
        if (!part.isEmpty())
            meta << part;
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->setHidden(meta.isEmpty());
    m_description->setText(!m_lesson.description.isEmpty()
                               ? m_lesson.description
                               : tr("This script has no lesson description. Lessons from the course say what their sample does; "
                                    "below, each line of your code sits beside what it did when it ran."));
}

void ExecutionSampleView::rebuildRows()
{
    m_highlightedLine = 0;
    QStringList lines;
    if (m_trace) {
        for (const std::string &line : m_trace->sourceLines())
            lines << QString::fromStdString(line);
    } else {
        lines = m_lesson.script.split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
    }

    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF()); // follows the app's zoom like the rest of the view
    QFont quietFont = font();
    quietFont.setItalic(true);
    const QColor quiet = blend(palette().color(QPalette::Text), palette().color(QPalette::Base), 0.4);

    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(lines.size()));
    const std::unique_ptr<Narrator> narrator = m_trace ? std::make_unique<Narrator>(*m_trace) : nullptr;
    for (int row = 0; row < lines.size(); ++row) {
        auto *number = new QTableWidgetItem(QString::number(row + 1));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        number->setForeground(quiet);
        auto *code = new QTableWidgetItem(lines.at(row));
        code->setFont(codeFont);
        code->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        QString what;
        auto *whatItem = new QTableWidgetItem;
        whatItem->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        const int first = row < static_cast<int>(m_firstStep.size()) ? m_firstStep[row] : -1;
        if (narrator && first >= 0) {
            what = tr("Step %1: %2").arg(first + 1).arg(narrator->narrateStep(first));
            if (m_runCount[row] > 1)
                what += QLatin1Char(' ') + tr("(runs %1 times)").arg(m_runCount[row]);
        } else if (m_trace) {
            what = whyNoStep(lines.at(row));
            whatItem->setFont(quietFont);
            whatItem->setForeground(quiet);
        } else if (!lines.at(row).trimmed().isEmpty() && row == 0) {
            what = tr("Run the script to see what each line does.");
            whatItem->setFont(quietFont);
        }
        whatItem->setText(what);
        m_table->setItem(row, LineColumn, number);
        m_table->setItem(row, CodeColumn, code);
        m_table->setItem(row, WhatColumn, whatItem);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_table->setCurrentItem(nullptr); // no focus frame on line 1: the only mark is the current step's
    setCurrentStep(m_step);
}

void ExecutionSampleView::setRowHighlighted(int line, bool highlighted)
{
    const int row = line - 1;
    if (row < 0 || row >= m_table->rowCount())
        return;
    const QPalette &colours = palette();
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item)
            continue;
        item->setBackground(highlighted ? colours.brush(QPalette::Highlight) : QBrush());
        if (column == LineColumn) {
            // A marker beside the number, so the current line does not rely on colour alone.
            item->setText(highlighted ? tr("▶ %1").arg(line) : QString::number(line));
            item->setForeground(highlighted ? colours.color(QPalette::HighlightedText)
                                            : blend(colours.color(QPalette::Text), colours.color(QPalette::Base), 0.4));
        } else if (highlighted) {
            item->setData(Qt::UserRole, item->foreground()); // restored when the highlight moves on
            item->setForeground(colours.color(QPalette::HighlightedText));
        } else {
            item->setForeground(item->data(Qt::UserRole).value<QBrush>());
        }
    }
}

void ExecutionSampleView::setCurrentStep(int step)
{
    m_step = step;
    int line = 0;
    if (m_trace && step >= 1 && step <= m_trace->stepCount())
        line = static_cast<int>(m_trace->step(step - 1).line);
    if (line == m_highlightedLine)
        return;
    setRowHighlighted(m_highlightedLine, false);
    setRowHighlighted(line, true);
    m_highlightedLine = line;
    if (line >= 1 && line <= m_table->rowCount())
        m_table->scrollToItem(m_table->item(line - 1, CodeColumn));
}

void ExecutionSampleView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        rebuildHeader();
        rebuildRows();
    }
}

} // namespace cachetutor
