#include "quizview.h"

#include "lessonchecker.h"
#include "practicegenerator.h"
#include "trace.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QLineEdit>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cachetutor {

namespace {

const QString CardName = QStringLiteral("quizCard");

// Right and wrong read as green and red, dark enough on a light palette and light enough on a dark one.
QColor feedbackColour(const QPalette &palette, bool correct)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    if (correct)
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
}

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace

QuizView::QuizView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Visual quiz"));
    auto *scrollArea = new QScrollArea(this);
    m_scrollArea = scrollArea;
    scrollArea->setWidgetResizable(true);
    // Cards wrap their text to the width they get; they never scroll sideways.
    scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setAccessibleName(tr("Quiz questions"));
    m_content = new QWidget(scrollArea);
    m_contentLayout = new QVBoxLayout(m_content);
    m_placeholder = new QLabel(tr("This script has no quiz.\n\nLessons from the course come with one: a few questions "
                                  "about what the trace did, with hints and instant feedback. Press Practice for "
                                  "questions generated from this trace."),
                               m_content);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setAccessibleName(tr("No quiz"));
    scrollArea->setWidget(m_content);
    m_content->installEventFilter(this);

    m_score = new QLabel(this);
    m_score->setAccessibleName(tr("Score"));
    m_resetButton = new QPushButton(tr("Reset"), this);
    m_resetButton->setAccessibleName(tr("Reset the quiz"));
    m_resetButton->setToolTip(tr("Clear every answer and start the quiz again"));
    connect(m_resetButton, &QPushButton::clicked, this, &QuizView::reset);
    m_practiceButton = new QPushButton(tr("Practice"), this);
    m_practiceButton->setAccessibleName(tr("Practice questions"));
    m_practiceButton->setToolTip(tr("Add fresh questions generated from this trace (they do not count toward the score)"));
    m_practiceButton->setEnabled(false);
    connect(m_practiceButton, &QPushButton::clicked, this, [this] { addPracticeQuestions(); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_score, 1);
    top->addWidget(m_practiceButton);
    top->addWidget(m_resetButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scrollArea, 1);
    rebuild();
}

QuizView::~QuizView() = default;

QString QuizView::optionLetter(int option)
{
    return option >= 0 && option < 26 ? QString(QChar(u'A' + option)) : QString::number(option + 1);
}

void QuizView::setLesson(const Lesson &lesson)
{
    m_questions = lesson.quiz;
    m_lessonQuestionCount = static_cast<int>(m_questions.size());
    m_practiceSeed = 1;
    rebuild();
}

void QuizView::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    m_practiceButton->setEnabled(m_trace != nullptr);
    // Practice questions belong to the trace they were made from.
    if (m_questions.size() > m_lessonQuestionCount) {
        m_questions.resize(m_lessonQuestionCount);
        rebuild();
    }
    // A Predict question's options, if any, are checked against the computed answer.
    for (int i = 0; i < m_lessonQuestionCount; ++i) {
        QuizQuestion &question = m_questions[i];
        if (question.kind != QuizQuestion::Kind::Predict || !m_trace)
            continue;
        if (const std::optional<QString> answer = LessonChecker::computeAnswer(question, *m_trace))
            question.answer = static_cast<int>(question.options.indexOf(*answer));
    }
    updatePredictNotes();
}

void QuizView::setCurrentStep(int step)
{
    m_step = step;
    updatePredictNotes();
}

QString QuizView::answerText(int question) const
{
    if (question < 0 || question >= m_questions.size())
        return {};
    const QuizQuestion &quiz = m_questions.at(question);
    if (quiz.answer >= 0 && quiz.answer < quiz.options.size())
        return quiz.options.at(quiz.answer);
    if (m_trace)
        return LessonChecker::computeAnswer(quiz, *m_trace).value_or(QString());
    return {};
}

QString QuizView::explanationText(int question) const
{
    if (question < 0 || question >= m_cards.size() || m_cards.at(question).explanation->isHidden())
        return {};
    return m_cards.at(question).explanation->text();
}

void QuizView::updatePredictNotes()
{
    for (int i = 0; i < m_cards.size(); ++i) {
        const QuizQuestion &quiz = m_questions.at(i);
        if (!m_cards[i].predictNote)
            continue;
        const int step = quiz.answerFrom.step;
        m_cards[i].predictNote->setText(m_step < step ? tr("Step %1 has not run yet: answer before you step on.").arg(step)
                                                      : tr("Step %1 has already run. Go back to step %2 to try it fresh.").arg(step).arg(step - 1));
    }
}

void QuizView::rebuild()
{
    for (const Card &card : std::as_const(m_cards))
        delete card.options->parent(); // the card frame; owns everything of the card
    m_cards.clear();
    while (QLayoutItem *item = m_contentLayout->takeAt(0))
        delete item;
    m_placeholder->setVisible(m_questions.isEmpty());
    m_contentLayout->addWidget(m_placeholder);

    for (int i = 0; i < m_questions.size(); ++i)
        addCard(i);
    m_contentLayout->addStretch();
    m_resetButton->setEnabled(!m_questions.isEmpty());
    applyFonts();
    updatePredictNotes();
    updateScore();
}

void QuizView::addCard(int i)
{
    const QuizQuestion &question = m_questions.at(i);
    const bool practice = i >= m_lessonQuestionCount;
    auto *frame = new QFrame(m_content);
    frame->setObjectName(CardName);
    frame->setAccessibleName(practice ? tr("Practice question %1").arg(i - m_lessonQuestionCount + 1) : tr("Question %1").arg(i + 1));
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px %4 %3; border-radius: 6px; }")
                             .arg(CardName, palette().color(QPalette::Base).name(),
                                  blend(palette().color(QPalette::Text), palette().color(QPalette::Base), 0.7).name(),
                                  practice ? QStringLiteral("dashed") : QStringLiteral("solid")));
    auto *cardLayout = new QVBoxLayout(frame);

    const QString number = practice ? tr("Practice %1").arg(i - m_lessonQuestionCount + 1) : QString::number(i + 1);
    auto *text = new QLabel(tr("%1. %2").arg(number, question.question), frame);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAccessibleName(tr("Question"));
    cardLayout->addWidget(text);

    Card card;
    if (question.kind == QuizQuestion::Kind::WhatIf) {
        auto *change = new QLabel(tr("What if line %1 were:  <code>%2</code>").arg(question.whatIf.line).arg(question.whatIf.replacement.toHtmlEscaped()), frame);
        change->setWordWrap(true);
        change->setAccessibleName(tr("Changed line"));
        cardLayout->addWidget(change);
    }
    if (question.kind == QuizQuestion::Kind::Predict) {
        auto *row = new QHBoxLayout;
        card.predictNote = new QLabel(frame);
        card.predictNote->setWordWrap(true);
        card.predictNote->setAccessibleName(tr("Whether the step has run"));
        auto *before = new QPushButton(tr("Go to Step %1").arg(std::max(0, question.answerFrom.step - 1)), frame);
        before->setAccessibleName(tr("Go to the step before"));
        before->setToolTip(tr("Show the trace just before the step you are asked about"));
        connect(before, &QPushButton::clicked, this, [this, i] { emit stepRequested(std::max(0, m_questions.at(i).answerFrom.step - 1)); });
        row->addWidget(card.predictNote, 1);
        row->addWidget(before);
        cardLayout->addLayout(row);
    }

    card.options = new QButtonGroup(frame);
    for (int j = 0; j < question.options.size(); ++j) {
        // A radio button cannot wrap its text: the letter is the button, the
        // option's text a wrapping label beside it that a click also chooses.
        auto *option = new QRadioButton(tr("%1.").arg(optionLetter(j)), frame);
        option->setAccessibleName(tr("Option %1: %2").arg(optionLetter(j), question.options.at(j)));
        auto *label = new QLabel(question.options.at(j), frame);
        label->setWordWrap(true);
        label->setBuddy(option);
        label->installEventFilter(this);
        label->setProperty("optionButton", QVariant::fromValue(static_cast<QObject *>(option)));
        auto *row = new QHBoxLayout;
        row->addWidget(option, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        card.options->addButton(option, j);
        card.optionButtons << option;
        cardLayout->addLayout(row);
    }
    if (question.options.isEmpty()) {
        card.typed = new QLineEdit(frame);
        card.typed->setPlaceholderText(tr("Type what it outputs, as Python shows it, e.g. 'Hello' or None"));
        card.typed->setAccessibleName(tr("Your answer"));
        cardLayout->addWidget(card.typed);
        connect(card.typed, &QLineEdit::textChanged, this, [this, i](const QString &text) { m_cards[i].checkButton->setEnabled(!text.trimmed().isEmpty()); });
        connect(card.typed, &QLineEdit::returnPressed, this, [this, i] { check(i); });
    }

    auto *buttons = new QHBoxLayout;
    card.checkButton = new QPushButton(tr("Check"), frame);
    card.checkButton->setAccessibleName(tr("Check answer"));
    card.checkButton->setToolTip(tr("Give an answer, then check it"));
    card.checkButton->setEnabled(false);
    card.hintButton = new QPushButton(tr("Hint"), frame);
    card.hintButton->setAccessibleName(tr("Show hint"));
    card.hintButton->setToolTip(tr("Show a hint for this question and highlight the table cells it points at"));
    card.hintButton->setCheckable(true);
    card.hintButton->setEnabled(!question.hint.isEmpty());
    buttons->addWidget(card.checkButton);
    buttons->addWidget(card.hintButton);
    if (question.kind == QuizQuestion::Kind::WhatIf) {
        auto *compare = new QPushButton(tr("Show the Difference"), frame);
        compare->setAccessibleName(tr("Show the difference"));
        compare->setToolTip(tr("Trace the changed script and show both execution tables side by side"));
        connect(compare, &QPushButton::clicked, this, [this, i] { emit whatIfRequested(i); });
        buttons->addWidget(compare);
    }
    card.feedback = new QLabel(frame);
    card.feedback->setAccessibleName(tr("Feedback"));
    card.feedback->setWordWrap(true);
    buttons->addWidget(card.feedback, 1);
    cardLayout->addLayout(buttons);

    card.hint = new QLabel(tr("Hint: %1").arg(question.hint), frame);
    card.hint->setWordWrap(true);
    card.hint->setAccessibleName(tr("Hint"));
    card.hint->hide();
    cardLayout->addWidget(card.hint);

    auto *after = new QHBoxLayout;
    card.explanation = new QLabel(question.explanation, frame);
    card.explanation->setWordWrap(true);
    card.explanation->setAccessibleName(tr("Explanation"));
    card.explanation->hide();
    after->addWidget(card.explanation, 1);
    if (question.proofStep > 0) {
        card.proofButton = new QPushButton(tr("Show Me Step %1").arg(question.proofStep), frame);
        card.proofButton->setAccessibleName(tr("Go to the step that proves it"));
        card.proofButton->setToolTip(tr("Go to the step whose row proves the answer"));
        card.proofButton->hide();
        connect(card.proofButton, &QPushButton::clicked, this, [this, i] { emit stepRequested(m_questions.at(i).proofStep); });
        after->addWidget(card.proofButton, 0, Qt::AlignTop);
    }
    cardLayout->addLayout(after);

    connect(card.options, &QButtonGroup::idClicked, this, [this, i] { m_cards[i].checkButton->setEnabled(true); });
    connect(card.checkButton, &QPushButton::clicked, this, [this, i] { check(i); });
    connect(card.hintButton, &QPushButton::toggled, this, [this, i](bool shown) { showHint(i, shown); });

    // Before the final stretch, if there is one.
    const int stretchAt = m_contentLayout->count() > 0 && m_contentLayout->itemAt(m_contentLayout->count() - 1)->spacerItem()
                              ? m_contentLayout->count() - 1 : m_contentLayout->count();
    m_contentLayout->insertWidget(stretchAt, frame);
    m_cards << card;
}

bool QuizView::checkAnswer(int question, int option)
{
    if (question < 0 || question >= m_cards.size() || option < 0 || option >= m_cards.at(question).optionButtons.size())
        return false;
    Card &card = m_cards[question];
    card.optionButtons.at(option)->setChecked(true);
    card.checkButton->setEnabled(true);
    check(question);
    return card.result == 1;
}

bool QuizView::checkTypedAnswer(int question, const QString &answer)
{
    if (question < 0 || question >= m_cards.size() || !m_cards.at(question).typed)
        return false;
    m_cards[question].typed->setText(answer);
    check(question);
    return m_cards.at(question).result == 1;
}

void QuizView::check(int question)
{
    Card &card = m_cards[question];
    const QuizQuestion &quiz = m_questions.at(question);
    if (card.typed) {
        const QString given = card.typed->text().trimmed();
        if (given.isEmpty())
            return;
        const QString right = answerText(question);
        finishCheck(question, given, !right.isEmpty() && given == right);
        return;
    }
    const int chosen = card.options->checkedId();
    if (chosen < 0)
        return;
    finishCheck(question, optionLetter(chosen), chosen == quiz.answer);
}

void QuizView::finishCheck(int question, const QString &given, bool correct)
{
    Card &card = m_cards[question];
    const QuizQuestion &quiz = m_questions.at(question);
    card.result = correct ? 1 : 0;
    if (correct)
        card.feedback->setText(tr("✔ Correct"));
    else if (card.typed)
        card.feedback->setText(tr("✘ Not quite — the answer is %1").arg(answerText(question)));
    else
        card.feedback->setText(tr("✘ Not quite — the answer is %1. %2").arg(optionLetter(quiz.answer), answerText(question)));
    card.explanation->setVisible(!quiz.explanation.isEmpty());
    if (card.proofButton)
        card.proofButton->show();
    styleFeedback(card);
    updateScore();
    emit answered(question, correct);
    if (question < m_lessonQuestionCount)
        emit answerGiven(question, given, correct);
}

void QuizView::restoreAnswer(int question, const QString &answer)
{
    if (question < 0 || question >= m_lessonQuestionCount)
        return;
    Card &card = m_cards[question];
    if (card.typed) {
        card.typed->setText(answer);
    } else {
        const int option = answer.size() == 1 ? answer.at(0).unicode() - u'A' : -1;
        if (option < 0 || option >= card.optionButtons.size())
            return;
        card.optionButtons.at(option)->setChecked(true);
        card.checkButton->setEnabled(true);
    }
    // Shown as checked, without announcing it as a new answer.
    const QSignalBlocker blocker(this);
    check(question);
}

void QuizView::addPracticeQuestions(int count)
{
    if (!m_trace)
        return;
    const QList<QuizQuestion> generated = PracticeGenerator::generate(*m_trace, count, m_practiceSeed++);
    if (generated.isEmpty())
        return;
    for (const QuizQuestion &question : generated) {
        m_questions.append(question);
        addCard(static_cast<int>(m_questions.size()) - 1);
    }
    m_placeholder->hide();
    applyFonts();
    updateScore();
}

void QuizView::styleFeedback(Card &card)
{
    if (card.result < 0)
        return;
    QPalette colours = card.feedback->palette();
    colours.setColor(QPalette::WindowText, feedbackColour(palette(), card.result == 1));
    card.feedback->setPalette(colours);
}

void QuizView::showHint(int question, bool shown)
{
    if (question < 0 || question >= m_cards.size())
        return;
    Card &card = m_cards[question];
    card.hint->setVisible(shown);
    const QSignalBlocker blocker(card.hintButton); // the button's toggled() is what called us, or follows us
    card.hintButton->setChecked(shown);
    card.hintButton->setText(shown ? tr("Hide hint") : tr("Hint"));
    const QuizQuestion &quiz = m_questions.at(question);
    if (shown)
        emit hintCellsRequested(quiz.hintColumn, quiz.hintSteps);
    else
        emit hintCellsRequested(QString(), {});
}

void QuizView::reset()
{
    for (int i = 0; i < m_cards.size(); ++i) {
        Card &card = m_cards[i];
        // An exclusive group will not let its checked button go; lift that while clearing.
        card.options->setExclusive(false);
        for (QRadioButton *option : std::as_const(card.optionButtons))
            option->setChecked(false);
        card.options->setExclusive(true);
        if (card.typed)
            card.typed->clear();
        card.checkButton->setEnabled(false);
        card.feedback->clear();
        card.explanation->hide();
        if (card.proofButton)
            card.proofButton->hide();
        card.result = -1;
        showHint(i, false);
    }
    updateScore();
    emit answersCleared();
}

int QuizView::score() const
{
    const auto lessonCards = m_cards.begin() + std::min<qsizetype>(m_lessonQuestionCount, m_cards.size());
    return static_cast<int>(std::count_if(m_cards.begin(), lessonCards, [](const Card &card) { return card.result == 1; }));
}

int QuizView::answeredCount() const
{
    const auto lessonCards = m_cards.begin() + std::min<qsizetype>(m_lessonQuestionCount, m_cards.size());
    return static_cast<int>(std::count_if(m_cards.begin(), lessonCards, [](const Card &card) { return card.result >= 0; }));
}

QString QuizView::scoreText() const
{
    return m_score->text();
}

void QuizView::updateScore()
{
    if (m_lessonQuestionCount == 0)
        m_score->setText(tr("No quiz for this script: try Practice"));
    else
        m_score->setText(tr("Score: %1 of %2 answered correctly").arg(score()).arg(m_lessonQuestionCount));
}

QString QuizView::feedbackText(int question) const
{
    return question >= 0 && question < m_cards.size() ? m_cards.at(question).feedback->text() : QString();
}

QString QuizView::hintText(int question) const
{
    if (question < 0 || question >= m_cards.size() || m_cards.at(question).hint->isHidden())
        return QString();
    return m_cards.at(question).hint->text();
}

int QuizView::chosenOption(int question) const
{
    return question >= 0 && question < m_cards.size() ? m_cards.at(question).options->checkedId() : -1;
}

QList<QRadioButton *> QuizView::optionButtons(int question) const
{
    return question >= 0 && question < m_cards.size() ? m_cards.at(question).optionButtons : QList<QRadioButton *>();
}

QPushButton *QuizView::checkButton(int question) const
{
    return question >= 0 && question < m_cards.size() ? m_cards.at(question).checkButton : nullptr;
}

QPushButton *QuizView::hintButton(int question) const
{
    return question >= 0 && question < m_cards.size() ? m_cards.at(question).hintButton : nullptr;
}

QString QuizView::placeholderText() const
{
    return m_questions.isEmpty() ? m_placeholder->text() : QString();
}

bool QuizView::eventFilter(QObject *watched, QEvent *event)
{
    // A card grew (feedback, hint, explanation shown): the scroll area sizes
    // its content by height-for-width only when it hears of it.
    if (watched == m_content && event->type() == QEvent::LayoutRequest)
        QCoreApplication::postEvent(m_scrollArea, new QEvent(QEvent::LayoutRequest));
    // A click on an option's text chooses it, as a click on a radio button's own text would.
    if (event->type() == QEvent::MouseButtonRelease)
        if (auto *option = qobject_cast<QRadioButton *>(watched->property("optionButton").value<QObject *>()); option && option->isEnabled()) {
            option->click();
            return true;
        }
    return QWidget::eventFilter(watched, event);
}

QString QuizView::optionText(int question, int option) const
{
    if (question < 0 || question >= m_questions.size() || option < 0 || option >= m_questions.at(question).options.size())
        return {};
    return tr("%1. %2").arg(optionLetter(option), m_questions.at(question).options.at(option));
}

void QuizView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        for (Card &card : m_cards)
            styleFeedback(card);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

// The emphasised texts are sized from the view's own font, again whenever it
// changes (zoom, presentation mode), so they scale with everything else.
void QuizView::applyFonts()
{
    QFont bold = font();
    bold.setBold(true);
    QFont question = bold;
    question.setPointSizeF(font().pointSizeF() * 1.1);
    m_score->setFont(bold);
    for (QLabel *label : findChildren<QLabel *>(QString(), Qt::FindChildrenRecursively))
        if (label->accessibleName() == tr("Question"))
            label->setFont(question);
    for (Card &card : m_cards)
        card.feedback->setFont(bold);
}

} // namespace cachetutor
