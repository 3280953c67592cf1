#include "lessoneditordialog.h"

#include "lessonchecker.h"
#include "lessonreader.h"
#include "lessontranslator.h"
#include "lessonwriter.h"
#include "theme.h"
#include "trace.h"
#include "tracediff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <QSet>

#include <algorithm>
#include <functional>
#include <tuple>

namespace cachetutor {

namespace {

constexpr int CheckDelayMs = 300;             // long enough to wait out typing, short enough to feel live
constexpr int BaseQuestionRole = Qt::UserRole; // the QuizQuestion a quiz row started from
const QLatin1String OptionSeparator(" | ");
const QLatin1String ListSeparator(", ");

QString letter(int index)
{
    return index >= 0 && index < 26 ? QString(QChar(static_cast<char16_t>(u'A' + index))) : QString();
}

QString joinSteps(const QList<int> &steps)
{
    QStringList words;
    for (const int step : steps)
        words << QString::number(step);
    return words.join(ListSeparator);
}

// "3, 4" → {3, 4}; nothing when a word is not a whole number. Range checks are the reader's.
std::optional<QList<int>> parseSteps(const QString &text)
{
    QList<int> steps;
    for (const QString &word : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int step = word.trimmed().toInt(&ok);
        if (!ok)
            return std::nullopt;
        steps << step;
    }
    return steps;
}

QStringList splitTrimmed(const QString &text, const QString &separator)
{
    QStringList parts;
    if (text.trimmed().isEmpty())
        return parts;
    for (const QString &part : text.split(separator))
        parts << part.trimmed();
    return parts;
}

QString quotedText(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool isLessonName(const QString &name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

// "basics.json: quiz[0].answer: ..." → "quiz[0]": the item a message is about,
// so that one mistake is reported once, not again by each later check.
QString itemOf(const QString &problem, const QString &fileName)
{
    QString path = problem.mid(fileName.size() + 2);
    path = path.left(path.indexOf(QLatin1String(": ")));
    const auto bracket = path.indexOf(QLatin1Char(']'));
    if (bracket >= 0)
        return path.left(bracket + 1);
    const auto dot = path.indexOf(QLatin1Char('.'));
    return dot >= 0 ? path.left(dot) : path;
}

// The answer source's column picked from the execution table's own headers.
class ColumnDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(LessonEditorDialog::tr("Answer from: column"));
        combo->addItem(QString());
        combo->addItems(executionTableColumns());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data().toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }
};

QTableWidget *makeTable(const QStringList &headers, const QList<QHeaderView::ResizeMode> &modes, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    for (int column = 0; column < modes.size(); ++column)
        table->horizontalHeader()->setSectionResizeMode(column, modes[column]);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

// A line under a tab's title saying what its fields are, quieter than they are.
QLabel *makeExplanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void describe(QWidget *field, const QString &name, const QString &tip)
{
    field->setAccessibleName(name);
    field->setToolTip(tip);
    field->setStatusTip(tip);
}

QPlainTextEdit *makeTextEdit(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    if (lines > 0)
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8);
    return edit;
}

} // namespace

LessonEditorDialog::LessonEditorDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Save as Lesson"));
    setAccessibleName(tr("Lesson editor"));
    resize(1000, 700);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(CheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &LessonEditorDialog::checkNow);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sections"));
    m_tabs->setAccessibleName(tr("Lesson sections"));

    // ---- Lesson
    {
        auto *page = new QWidget(m_tabs);
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        m_name = new QLineEdit(page);
        m_name->setObjectName(QStringLiteral("name"));
        m_name->setPlaceholderText(tr("my-lesson"));
        describe(m_name, tr("Lesson name"),
                 tr("Lower-case letters, digits and '-': what --lesson takes; the file is saved as <name>.json"));
        m_title = new QLineEdit(page);
        m_title->setObjectName(QStringLiteral("title"));
        m_title->setPlaceholderText(tr("Timeouts in Django's cache"));
        describe(m_title, tr("Lesson title"), tr("Shown above the lesson and in the course outline"));
        m_duration = new QLineEdit(page);
        m_duration->setObjectName(QStringLiteral("duration"));
        m_duration->setPlaceholderText(tr("~10 mins"));
        describe(m_duration, tr("Duration"), tr("How long the lesson takes, as the outline shows it"));
        m_description = makeTextEdit(QStringLiteral("description"), 3, page);
        m_description->setPlaceholderText(tr("What the sample does, in a sentence or two"));
        describe(m_description, tr("Description"), tr("What the sample does, in a sentence or two"));
        m_scriptView = makeTextEdit(QStringLiteral("script"), 0, page);
        m_scriptView->setReadOnly(true);
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        m_scriptView->setFont(mono);
        describe(m_scriptView, tr("Script"), tr("The playground's script: edit it there, then save the lesson again"));
        m_scriptInfo = new QLabel(page);
        m_scriptInfo->setObjectName(QStringLiteral("scriptInfo"));
        m_scriptInfo->setAccessibleName(tr("Steps of the script"));

        auto addRow = [&](const QString &label, QWidget *field) {
            auto *labelWidget = new QLabel(label, page);
            labelWidget->setBuddy(field);
            form->addRow(labelWidget, field);
        };
        addRow(tr("&Name:"), m_name);
        addRow(tr("&Title:"), m_title);
        addRow(tr("D&uration:"), m_duration);
        addRow(tr("&Description:"), m_description);
        addRow(tr("Scrip&t:"), m_scriptView);
        form->addRow(QString(), m_scriptInfo);
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(makeExplanation(tr("The lesson is the playground's script with the material below. "
                                             "Every answer is checked against the script's trace as you type."),
                                          page));
        layout->addLayout(form, 1);
        m_tabs->addTab(page, tr("&Lesson"));
        for (QLineEdit *edit : {m_name, m_title, m_duration})
            connect(edit, &QLineEdit::textChanged, this, &LessonEditorDialog::scheduleCheck);
        connect(m_description, &QPlainTextEdit::textChanged, this, &LessonEditorDialog::scheduleCheck);
    }

    // ---- the tables
    using Mode = QHeaderView::ResizeMode;
    m_flow = makeTable({tr("Label"), tr("Lit by")}, {Mode::Stretch, Mode::Stretch}, tr("Concept flow"), this);
    m_flow->horizontalHeaderItem(FlowLitBy)->setToolTip(tr("Flow events separated by commas: start, cache.set, cache.get:hit, end"));
    m_tabs->addTab(tablePage(tr("One box of the concept-flow diagram per row, top to bottom. It lights up at a step that "
                                "gives one of its events, separated by commas: <code>start</code>, <code>cache.set</code>, "
                                "<code>cache.get:hit</code>, <code>cache.get:miss</code>, <code>end</code> …"),
                             m_flow, tr("Node")),
                   tr("Concept &Flow"));

    m_moments = makeTable({tr("Question"), tr("Answer"), tr("Steps")}, {Mode::Stretch, Mode::Stretch, Mode::Interactive},
                          tr("Key moments"), this);
    m_moments->setColumnWidth(MomentSteps, 90);
    m_moments->horizontalHeaderItem(MomentSteps)->setToolTip(tr("The steps it points at, separated by commas: 3, 4"));
    m_tabs->addTab(tablePage(tr("Questions about the trace, with their answers and the steps they point at "
                                "(separated by commas: <code>3, 4</code>)."),
                             m_moments, tr("Moment")),
                   tr("&Key Moments"));

    m_quiz = makeTable({tr("Question"), tr("Options"), tr("Answer"), tr("Hint"), tr("Answer from: column"), tr("Answer from: step")},
                       {Mode::Stretch, Mode::Stretch, Mode::ResizeToContents, Mode::Stretch, Mode::Interactive, Mode::ResizeToContents},
                       tr("Quiz"), this);
    m_quiz->setColumnWidth(QuizSourceColumn, 170);
    m_quiz->horizontalHeaderItem(QuizOptions)->setToolTip(tr("The options separated by \" | \": None | 'Hello' | Error"));
    m_quiz->horizontalHeaderItem(QuizAnswer)->setToolTip(tr("The letter of the right option: A is the first"));
    m_quiz->horizontalHeaderItem(QuizSourceColumn)->setToolTip(tr("The execution-table column that holds the answer, so the "
                                                                  "answer key is checked against the trace"));
    m_quiz->horizontalHeaderItem(QuizSourceStep)->setToolTip(tr("The step whose cell holds the answer"));
    m_quiz->setItemDelegateForColumn(QuizSourceColumn, new ColumnDelegate(m_quiz));
    m_tabs->addTab(tablePage(tr("Choice questions: the options separated by “ | ”, the right one's letter, and where "
                                "the execution table holds the answer (a column and a step), so that the answer key is "
                                "computed from the trace. Predict and what-if questions are kept as the lesson has them."),
                             m_quiz, tr("Question")),
                   tr("&Quiz"));

    // ---- Snapshot & Transcript
    {
        auto *page = new QWidget(m_tabs);
        m_snapshot = makeTextEdit(QStringLiteral("snapshot"), 0, page);
        m_snapshot->setPlaceholderText(tr("One bullet per line"));
        describe(m_snapshot, tr("Concept snapshot"), tr("The concept snapshot's bullets, one per line"));
        m_transcript = makeTextEdit(QStringLiteral("transcript"), 0, page);
        m_transcript->setPlaceholderText(tr("A written transcript or introduction (optional)"));
        describe(m_transcript, tr("Transcript"), tr("A written transcript or introduction"));
        m_note = new QLineEdit(page);
        m_note->setObjectName(QStringLiteral("note"));
        m_note->setPlaceholderText(tr("Where the material differs from Django (optional)"));
        describe(m_note, tr("Note"), tr("Where the published material differs from Django, in one short note"));
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        auto addRow = [&](const QString &label, QWidget *field) {
            auto *labelWidget = new QLabel(label, page);
            labelWidget->setBuddy(field);
            form->addRow(labelWidget, field);
        };
        addRow(tr("&Snapshot:"), m_snapshot);
        addRow(tr("T&ranscript:"), m_transcript);
        addRow(tr("N&ote:"), m_note);
        auto *layout = new QVBoxLayout(page);
        layout->addLayout(form);
        m_tabs->addTab(page, tr("&Snapshot && Transcript"));
        connect(m_snapshot, &QPlainTextEdit::textChanged, this, &LessonEditorDialog::scheduleCheck);
        connect(m_transcript, &QPlainTextEdit::textChanged, this, &LessonEditorDialog::scheduleCheck);
        connect(m_note, &QLineEdit::textChanged, this, &LessonEditorDialog::scheduleCheck);
    }

    m_annotations = makeTable({tr("Step"), tr("Text")}, {Mode::Interactive, Mode::Stretch}, tr("Annotations"), this);
    m_annotations->setColumnWidth(AnnotationStep, 70);
    m_tabs->addTab(tablePage(tr("Notes for you, not for the class: presentation mode shows a step's note when the lesson "
                                "reaches it (“Pause here: ask the class what cache.get will return”)."),
                             m_annotations, tr("Annotation")),
                   tr("&Annotations"));

    for (QTableWidget *table : {m_flow, m_moments, m_quiz, m_annotations})
        connect(table, &QTableWidget::itemChanged, this, &LessonEditorDialog::scheduleCheck);

    // ---- the live check and the buttons
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setAccessibleName(tr("Check against the trace"));
    m_status->setWordWrap(true);
    m_problemList = new QListWidget(this);
    m_problemList->setObjectName(QStringLiteral("problems"));
    m_problemList->setAccessibleName(tr("Problems"));
    m_problemList->setToolTip(tr("Double-click a problem to go to it"));
    m_problemList->setWordWrap(true);
    m_problemList->setMaximumHeight(m_problemList->fontMetrics().lineSpacing() * 4 + 12); // a few lines; it scrolls
    connect(m_problemList, &QListWidget::itemActivated, this, &LessonEditorDialog::showProblem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setText(tr("&Save Lesson…"));
    saveButton->setAccessibleName(tr("Save lesson"));
    saveButton->setToolTip(tr("Write the lesson file; enabled when every answer agrees with the trace"));
    saveButton->setStatusTip(saveButton->toolTip());
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setToolTip(tr("Close without saving"));
    cancel->setStatusTip(cancel->toolTip());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LessonEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_problemList);
    layout->addWidget(m_buttons);

    setLesson(Lesson{});
}

LessonEditorDialog::~LessonEditorDialog() = default;

QWidget *LessonEditorDialog::tablePage(const QString &explanation, QTableWidget *table, const QString &what)
{
    auto *page = new QWidget(m_tabs);
    table->setParent(page);
    auto *add = new QPushButton(tr("Add %1").arg(what), page);
    describe(add, tr("Add %1").arg(what.toLower()), tr("Add a row at the end"));
    auto *remove = new QPushButton(tr("Remove %1").arg(what), page);
    describe(remove, tr("Remove %1").arg(what.toLower()), tr("Remove the selected rows"));
    remove->setEnabled(false);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, remove,
            [table, remove] { remove->setEnabled(table->selectionModel()->hasSelection()); });

    connect(add, &QPushButton::clicked, this, [this, table] {
        const int row = table->rowCount();
        {
            const QSignalBlocker blocker(table);
            table->insertRow(row);
            for (int column = 0; column < table->columnCount(); ++column)
                table->setItem(row, column, new QTableWidgetItem);
        }
        if (table == m_quiz) {
            QuizQuestion question;
            question.answer = -1; // no letter until the teacher picks one
            fillQuizRow(row, question);
        }
        table->setCurrentCell(row, 0);
        table->setFocus();
        table->editItem(table->item(row, 0));
        scheduleCheck();
    });
    connect(remove, &QPushButton::clicked, this, [this, table] {
        QList<int> rows;
        for (const QModelIndex &index : table->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (const int row : rows)
            table->removeRow(row);
        if (table == m_quiz)
            updateQuizHeaders();
        scheduleCheck();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    auto *label = makeExplanation(explanation, page);
    label->setTextFormat(Qt::RichText);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    return page;
}

void LessonEditorDialog::setLesson(const Lesson &lesson)
{
    m_filling = true;
    m_base = lesson;
    m_name->setText(lesson.name);
    m_title->setText(lesson.title);
    m_duration->setText(lesson.duration);
    m_description->setPlainText(lesson.description);

    auto fill = [this](QTableWidget *table, qsizetype rows, auto row) {
        const QSignalBlocker blocker(table);
        table->clearContents();
        table->setRowCount(static_cast<int>(rows));
        for (int r = 0; r < rows; ++r) {
            const QStringList cells = row(r);
            for (int column = 0; column < table->columnCount(); ++column)
                table->setItem(r, column, new QTableWidgetItem(cells.value(column)));
        }
    };
    fill(m_flow, lesson.conceptFlow.size(), [&](int r) {
        const ConceptFlowNode &node = lesson.conceptFlow[r];
        return QStringList{node.label, node.litBy.join(ListSeparator)};
    });
    fill(m_moments, lesson.keyMoments.size(), [&](int r) {
        const KeyMoment &moment = lesson.keyMoments[r];
        return QStringList{moment.question, moment.answer, joinSteps(moment.steps)};
    });
    fill(m_quiz, lesson.quiz.size(), [](int) { return QStringList(); });
    {
        const QSignalBlocker blocker(m_quiz);
        for (int r = 0; r < lesson.quiz.size(); ++r)
            fillQuizRow(r, lesson.quiz[r]);
    }
    fill(m_annotations, lesson.annotations.size(), [&](int r) {
        return QStringList{QString::number(lesson.annotations[r].step), lesson.annotations[r].text};
    });
    m_snapshot->setPlainText(lesson.snapshot.join(QLatin1Char('\n')));
    m_transcript->setPlainText(lesson.transcript);
    m_note->setText(lesson.note);
    m_filling = false;
    setScript(lesson.script);
}

void LessonEditorDialog::setScript(const QString &script)
{
    m_base.script = script;
    if (!script.isEmpty() && !script.endsWith(QLatin1Char('\n')))
        m_base.script += QLatin1Char('\n');
    m_scriptView->setPlainText(m_base.script);
    m_trace = LessonChecker::traceLesson(m_base);
    if (m_base.script.trimmed().isEmpty())
        m_scriptInfo->setText(tr("The playground has no script yet."));
    else if (m_trace->status() == Trace::Status::NotRun)
        m_scriptInfo->setText(tr("The script does not run, so nothing can be checked against its trace."));
    else
        m_scriptInfo->setText(tr("The script runs in %1 steps: the steps this lesson names are 1 to %1.").arg(m_trace->stepCount()));
    checkNow();
}

// A choice question is edited in its row; a predict or what-if question is
// shown read-only and kept whole. The question a row started from rides in
// its first cell, so what the table has no column for is kept too.
void LessonEditorDialog::fillQuizRow(int row, const QuizQuestion &question)
{
    const bool choice = question.kind == QuizQuestion::Kind::Choice;
    const AnswerSource &source = question.answerFrom;
    const bool cellSource = source.kind == AnswerSource::Kind::None || source.kind == AnswerSource::Kind::Cell;
    QStringList cells{question.question, question.options.join(OptionSeparator), letter(question.answer), question.hint};
    if (cellSource) {
        cells << source.column << (source.kind == AnswerSource::Kind::Cell ? QString::number(source.step) : QString());
    } else {
        cells << LessonChecker::describeSource(source) << QStringLiteral("—");
    }
    if (question.kind == QuizQuestion::Kind::Predict) {
        cells[QuizAnswer] = tr("(computed)");
        if (question.options.isEmpty())
            cells[QuizOptions] = tr("(typed answer)");
    }
    const QString keptTip = question.kind == QuizQuestion::Kind::Predict
                                ? tr("A predict question: kept as the lesson has it")
                                : tr("A what-if question: kept as the lesson has it");
    const QColor quiet = palette().color(QPalette::PlaceholderText);
    for (int column = 0; column < m_quiz->columnCount(); ++column) {
        auto *item = new QTableWidgetItem(cells.value(column));
        const bool editable = choice && (cellSource || (column != QuizSourceColumn && column != QuizSourceStep));
        if (!editable) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setForeground(quiet);
            item->setToolTip(choice ? tr("An answer source the table cannot show: kept as the lesson has it") : keptTip);
        }
        if (column == QuizAnswer)
            item->setTextAlignment(Qt::AlignCenter);
        m_quiz->setItem(row, column, item);
    }
    m_quiz->item(row, QuizQuestionText)->setData(BaseQuestionRole, QVariant::fromValue(question));
    updateQuizHeaders();
}

void LessonEditorDialog::updateQuizHeaders()
{
    for (int row = 0; row < m_quiz->rowCount(); ++row) {
        QString label = QString::number(row + 1);
        if (const QTableWidgetItem *item = m_quiz->item(row, QuizQuestionText)) {
            const auto kind = item->data(BaseQuestionRole).value<QuizQuestion>().kind;
            if (kind == QuizQuestion::Kind::Predict)
                label += QLatin1Char(' ') + tr("predict");
            else if (kind == QuizQuestion::Kind::WhatIf)
                label += QLatin1Char(' ') + tr("what-if");
        }
        m_quiz->setVerticalHeaderItem(row, new QTableWidgetItem(label));
    }
}

void LessonEditorDialog::setCell(QTableWidget *table, int row, int column, const QString &text)
{
    if (QTableWidgetItem *item = table->item(row, column))
        item->setText(text);
    else
        table->setItem(row, column, new QTableWidgetItem(text));
    scheduleCheck();
}

Lesson LessonEditorDialog::lesson() const
{
    return buildLesson(nullptr);
}

Lesson LessonEditorDialog::buildLesson(QStringList *cellErrors) const
{
    auto cell = [](const QTableWidget *table, int row, int column) {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    auto error = [&](const QString &path, const QString &message) {
        if (cellErrors)
            *cellErrors << fileName() + QLatin1String(": ") + path + QLatin1String(": ") + message;
    };

    Lesson lesson = m_base; // the script, framework, script name and backend are not edited here
    lesson.name = m_name->text().trimmed();
    lesson.title = m_title->text().trimmed();
    lesson.duration = m_duration->text().trimmed();
    lesson.description = m_description->toPlainText().trimmed();

    lesson.conceptFlow.clear();
    for (int row = 0; row < m_flow->rowCount(); ++row) {
        QStringList events = splitTrimmed(cell(m_flow, row, FlowLitBy), QStringLiteral(","));
        events.removeAll(QString());
        lesson.conceptFlow << ConceptFlowNode{cell(m_flow, row, FlowLabel), events};
    }

    lesson.keyMoments.clear();
    for (int row = 0; row < m_moments->rowCount(); ++row) {
        KeyMoment moment{cell(m_moments, row, MomentQuestion), cell(m_moments, row, MomentAnswer), {}};
        const QString steps = cell(m_moments, row, MomentSteps);
        if (const auto parsed = parseSteps(steps))
            moment.steps = *parsed;
        else
            error(QStringLiteral("keyMoments[%1].steps").arg(row),
                  tr("expected step numbers separated by commas, like 3, 4; got %1").arg(quotedText(steps)));
        lesson.keyMoments << moment;
    }

    lesson.quiz.clear();
    for (int row = 0; row < m_quiz->rowCount(); ++row) {
        const QTableWidgetItem *first = m_quiz->item(row, QuizQuestionText);
        QuizQuestion question = first ? first->data(BaseQuestionRole).value<QuizQuestion>() : QuizQuestion{};
        if (question.kind != QuizQuestion::Kind::Choice) {
            lesson.quiz << question; // kept whole
            continue;
        }
        const QString path = QStringLiteral("quiz[%1]").arg(row);
        question.question = cell(m_quiz, row, QuizQuestionText);
        question.options = splitTrimmed(cell(m_quiz, row, QuizOptions), OptionSeparator);
        const QString answer = cell(m_quiz, row, QuizAnswer).toUpper();
        if (answer.size() == 1 && answer.at(0) >= u'A' && answer.at(0) <= u'Z') {
            question.answer = answer.at(0).unicode() - u'A'; // the reader says whether there is such an option
        } else {
            question.answer = -1;
            error(path + QLatin1String(".answer"),
                  tr("expected the letter of the right option (A is the first), got %1").arg(quotedText(answer)));
        }
        question.hint = cell(m_quiz, row, QuizHint);

        const bool cellSource = question.answerFrom.kind == AnswerSource::Kind::None
                                || question.answerFrom.kind == AnswerSource::Kind::Cell;
        if (cellSource) {
            const QString column = cell(m_quiz, row, QuizSourceColumn);
            const QString stepText = cell(m_quiz, row, QuizSourceStep);
            question.answerFrom = {};
            bool ok = false;
            const int step = stepText.toInt(&ok);
            if (column.isEmpty() && !stepText.isEmpty()) {
                error(path + QLatin1String(".answerFrom"), tr("expected the column that holds the answer at step %1").arg(stepText));
            } else if (!column.isEmpty() && !ok) {
                error(path + QLatin1String(".answerFrom.step"),
                      tr("expected the step whose %1 holds the answer, got %2").arg(column, quotedText(stepText)));
            } else if (!column.isEmpty()) {
                question.answerFrom.kind = AnswerSource::Kind::Cell;
                question.answerFrom.column = column;
                question.answerFrom.step = step;
            }
        }
        lesson.quiz << question;
    }

    lesson.snapshot = m_snapshot->toPlainText().split(QLatin1Char('\n'));
    for (QString &bullet : lesson.snapshot)
        bullet = bullet.trimmed();
    lesson.snapshot.removeAll(QString());
    lesson.transcript = m_transcript->toPlainText().trimmed();
    lesson.note = m_note->text().trimmed();

    lesson.annotations.clear();
    for (int row = 0; row < m_annotations->rowCount(); ++row) {
        Annotation annotation;
        const QString step = cell(m_annotations, row, AnnotationStep);
        bool ok = false;
        annotation.step = step.toInt(&ok);
        if (!ok)
            error(QStringLiteral("annotations[%1].step").arg(row), tr("expected a step number, got %1").arg(quotedText(step)));
        annotation.text = cell(m_annotations, row, AnnotationText);
        lesson.annotations << annotation;
    }
    LessonTranslator::dropMismatchedLists(lesson);
    return lesson;
}

QString LessonEditorDialog::fileName() const
{
    const QString name = m_name->text().trimmed();
    return (isLessonName(name) ? name : QStringLiteral("lesson")) + QLatin1String(".json");
}

void LessonEditorDialog::scheduleCheck()
{
    if (!m_filling)
        m_checkTimer->start();
}

// The file's own rules first (the lesson written and read back), then the
// trace's; a row already reported is not reported again by a later check,
// which would only repeat the same mistake in other words.
void LessonEditorDialog::checkNow()
{
    m_checkTimer->stop();
    const QString file = fileName();
    QStringList problems;
    const Lesson lesson = buildLesson(&problems);
    QSet<QString> reported;
    for (const QString &problem : std::as_const(problems))
        reported.insert(itemOf(problem, file));
    auto addNew = [&](const QStringList &found) {
        QSet<QString> now;
        for (const QString &problem : found) {
            const QString item = itemOf(problem, file);
            if (reported.contains(item))
                continue;
            problems << problem;
            now.insert(item);
        }
        reported.unite(now);
    };
    addNew(LessonReader::read(LessonWriter::write(lesson), file).errors);
    if (m_trace)
        addNew(LessonChecker::check(lesson, file, *m_trace));
    m_problems = problems;

    m_problemList->clear();
    const QColor red = Theme::instance().color(Theme::Role::Error);
    for (const QString &problem : std::as_const(m_problems)) {
        auto *item = new QListWidgetItem(QStringLiteral("✘ ") + problem.mid(file.size() + 2), m_problemList);
        item->setData(Qt::UserRole, itemOf(problem, file));
        item->setForeground(red);
        item->setToolTip(problem);
    }
    m_problemList->setVisible(!m_problems.isEmpty());
    if (m_problems.isEmpty()) {
        m_status->setText(tr("<b>✔ Every answer agrees with the trace</b>"));
        m_status->setStyleSheet(QString());
    } else {
        const QString count = m_problems.size() == 1 ? tr("1 problem") : tr("%1 problems").arg(m_problems.size());
        m_status->setText(tr("<b>✘ %1</b>: the lesson can be saved once every answer agrees with the trace.").arg(count));
        m_status->setStyleSheet(QStringLiteral("color: %1").arg(red.name()));
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
    emit checked(m_problems);
}

bool LessonEditorDialog::isSaveEnabled() const
{
    return m_buttons->button(QDialogButtonBox::Save)->isEnabled();
}

// A problem's item ("quiz[2]", "title") is shown: its tab, and its row.
void LessonEditorDialog::showProblem(QListWidgetItem *item)
{
    const QString path = item->data(Qt::UserRole).toString();
    const QString list = path.section(QLatin1Char('['), 0, 0);
    const int row = path.contains(QLatin1Char('[')) ? path.section(QLatin1Char('['), 1).chopped(1).toInt() : -1;
    const QList<std::tuple<QString, Page, QTableWidget *>> tables{
        {QStringLiteral("conceptFlow"), FlowPage, m_flow},
        {QStringLiteral("keyMoments"), MomentsPage, m_moments},
        {QStringLiteral("quiz"), QuizPage, m_quiz},
        {QStringLiteral("annotations"), AnnotationsPage, m_annotations},
    };
    for (const auto &[name, page, table] : tables) {
        if (name == list) {
            m_tabs->setCurrentIndex(page);
            if (row >= 0 && row < table->rowCount()) {
                table->selectRow(row);
                table->setFocus();
            }
            return;
        }
    }
    if (list == QLatin1String("snapshot") || list == QLatin1String("transcript") || list == QLatin1String("note")) {
        m_tabs->setCurrentIndex(SnapshotPage);
        return;
    }
    m_tabs->setCurrentIndex(LessonPage);
    if (list == QLatin1String("name"))
        m_name->setFocus();
    else if (list == QLatin1String("title"))
        m_title->setFocus();
}

bool LessonEditorDialog::saveTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(LessonWriter::write(lesson())) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_savedPath = path;
    return true;
}

void LessonEditorDialog::save()
{
    checkNow();
    if (!m_problems.isEmpty())
        return;
    const QString folder = m_saveDirectory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                     : m_saveDirectory;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Lesson"), QDir(folder).filePath(fileName()),
                                                tr("CacheTutor lessons (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".json");
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Save Lesson"), tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    accept();
}

} // namespace cachetutor
