#include "quizview.h"

#include <QButtonGroup>
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
    scrollArea->setWidgetResizable(true);
    // Cards wrap their text to the width they get; they never scroll sideways.
    scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setAccessibleName(tr("Quiz questions"));
    m_content = new QWidget(scrollArea);
    m_contentLayout = new QVBoxLayout(m_content);
    m_placeholder = new QLabel(tr("This script has no quiz.\n\nLessons from the course come with one: a few questions "
                                  "about what the trace did, with hints and instant feedback."),
                               m_content);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setAccessibleName(tr("No quiz"));
    scrollArea->setWidget(m_content);

    m_score = new QLabel(this);
    m_score->setAccessibleName(tr("Score"));
    m_resetButton = new QPushButton(tr("Reset"), this);
    m_resetButton->setAccessibleName(tr("Reset the quiz"));
    m_resetButton->setToolTip(tr("Clear every answer and start the quiz again"));
    connect(m_resetButton, &QPushButton::clicked, this, &QuizView::reset);

    auto *top = new QHBoxLayout;
    top->addWidget(m_score, 1);
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
    rebuild();
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

    for (int i = 0; i < m_questions.size(); ++i) {
        const QuizQuestion &question = m_questions.at(i);
        auto *frame = new QFrame(m_content);
        frame->setObjectName(CardName);
        frame->setAccessibleName(tr("Question %1").arg(i + 1));
        frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 6px; }")
                                 .arg(CardName, palette().color(QPalette::Base).name(),
                                      blend(palette().color(QPalette::Text), palette().color(QPalette::Base), 0.7).name()));
        auto *cardLayout = new QVBoxLayout(frame);

        auto *text = new QLabel(tr("%1. %2").arg(i + 1).arg(question.question), frame);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAccessibleName(tr("Question"));
        cardLayout->addWidget(text);

        Card card;
        card.options = new QButtonGroup(frame);
        for (int j = 0; j < question.options.size(); ++j) {
            auto *option = new QRadioButton(tr("%1. %2").arg(optionLetter(j), question.options.at(j)), frame);
            option->setAccessibleName(tr("Option %1").arg(optionLetter(j)));
            card.options->addButton(option, j);
            card.optionButtons << option;
            cardLayout->addWidget(option);
        }

        auto *buttons = new QHBoxLayout;
        card.checkButton = new QPushButton(tr("Check"), frame);
        card.checkButton->setAccessibleName(tr("Check answer"));
        card.checkButton->setToolTip(tr("Choose an option, then check it"));
        card.checkButton->setEnabled(false);
        card.hintButton = new QPushButton(tr("Hint"), frame);
        card.hintButton->setAccessibleName(tr("Show hint"));
        card.hintButton->setToolTip(tr("Show a hint for this question"));
        card.hintButton->setCheckable(true);
        card.hintButton->setEnabled(!question.hint.isEmpty());
        card.feedback = new QLabel(frame);
        card.feedback->setAccessibleName(tr("Feedback"));
        card.feedback->setWordWrap(true);
        buttons->addWidget(card.checkButton);
        buttons->addWidget(card.hintButton);
        buttons->addWidget(card.feedback, 1);
        cardLayout->addLayout(buttons);

        card.hint = new QLabel(tr("Hint: %1").arg(question.hint), frame);
        card.hint->setWordWrap(true);
        card.hint->setAccessibleName(tr("Hint"));
        card.hint->hide();
        cardLayout->addWidget(card.hint);

        connect(card.options, &QButtonGroup::idClicked, this, [this, i] { m_cards[i].checkButton->setEnabled(true); });
        connect(card.checkButton, &QPushButton::clicked, this, [this, i] { check(i); });
        connect(card.hintButton, &QPushButton::toggled, this, [this, i](bool shown) { showHint(i, shown); });

        m_contentLayout->addWidget(frame);
        m_cards << card;
    }
    m_contentLayout->addStretch();
    m_resetButton->setEnabled(!m_questions.isEmpty());
    applyFonts();
    updateScore();
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

void QuizView::check(int question)
{
    Card &card = m_cards[question];
    const int chosen = card.options->checkedId();
    if (chosen < 0)
        return;
    const QuizQuestion &quiz = m_questions.at(question);
    const bool correct = chosen == quiz.answer;
    card.result = correct ? 1 : 0;
    if (correct) {
        card.feedback->setText(tr("✔ Correct"));
    } else {
        const QString answer = quiz.answer >= 0 && quiz.answer < quiz.options.size() ? quiz.options.at(quiz.answer) : QString();
        card.feedback->setText(tr("✘ Not quite — the answer is %1. %2").arg(optionLetter(quiz.answer), answer));
    }
    styleFeedback(card);
    updateScore();
    emit answered(question, correct);
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
        card.checkButton->setEnabled(false);
        card.feedback->clear();
        card.result = -1;
        showHint(i, false);
    }
    updateScore();
}

int QuizView::score() const
{
    return static_cast<int>(std::count_if(m_cards.begin(), m_cards.end(), [](const Card &card) { return card.result == 1; }));
}

int QuizView::answeredCount() const
{
    return static_cast<int>(std::count_if(m_cards.begin(), m_cards.end(), [](const Card &card) { return card.result >= 0; }));
}

QString QuizView::scoreText() const
{
    return m_score->text();
}

void QuizView::updateScore()
{
    if (m_questions.isEmpty())
        m_score->setText(tr("No quiz for this script"));
    else
        m_score->setText(tr("Score: %1 of %2 answered correctly").arg(score()).arg(questionCount()));
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
