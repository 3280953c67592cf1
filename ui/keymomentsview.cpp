#include "keymomentsview.h"

#include "trace.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cachetutor {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

const QString CardName = QStringLiteral("keyMomentCard");

} // namespace

KeyMomentsView::KeyMomentsView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Key moments"));
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setWidgetResizable(true);
    // Cards wrap their text to the width they get; they never scroll sideways.
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setAccessibleName(tr("Key moments"));
    m_content = new QWidget(m_scrollArea);
    m_contentLayout = new QVBoxLayout(m_content);
    m_placeholder = new QLabel(m_content);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setAccessibleName(tr("No key moments"));
    m_scrollArea->setWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);
    rebuildCards();
}

KeyMomentsView::~KeyMomentsView() = default;

void KeyMomentsView::setLesson(const Lesson &lesson)
{
    m_moments = lesson.keyMoments;
    rebuildCards();
}

void KeyMomentsView::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    updateStepButtons();
    setCurrentStep(0);
}

QList<QPushButton *> KeyMomentsView::stepButtons(int moment) const
{
    return moment >= 0 && moment < m_cards.size() ? m_cards.at(moment).stepButtons : QList<QPushButton *>();
}

QPushButton *KeyMomentsView::answerButton(int moment) const
{
    return moment >= 0 && moment < m_cards.size() ? m_cards.at(moment).answerButton : nullptr;
}

bool KeyMomentsView::isAnswerShown(int moment) const
{
    return moment >= 0 && moment < m_cards.size() && !m_cards.at(moment).answer->isHidden();
}

QList<int> KeyMomentsView::highlightedMoments() const
{
    QList<int> moments;
    for (int i = 0; i < m_cards.size(); ++i)
        if (m_cards.at(i).highlighted)
            moments << i;
    return moments;
}

QString KeyMomentsView::placeholderText() const
{
    return m_moments.isEmpty() ? m_placeholder->text() : QString();
}

void KeyMomentsView::setAnswerShown(int moment, bool shown)
{
    if (moment < 0 || moment >= m_cards.size())
        return;
    Card &card = m_cards[moment];
    card.answer->setVisible(shown);
    card.answerButton->setText(shown ? tr("Hide answer") : tr("Show answer"));
    card.answerButton->setToolTip(shown ? tr("Hide the answer again") : tr("Try answering first, then check here"));
}

void KeyMomentsView::rebuildCards()
{
    for (const Card &card : std::as_const(m_cards))
        delete card.frame;
    m_cards.clear();
    while (QLayoutItem *item = m_contentLayout->takeAt(0))
        delete item; // the stretch; cards were deleted above, the placeholder is re-added below

    m_placeholder->setText(tr("This script has no key moments.\n\nLessons from the course come with questions about "
                              "particular steps of the trace, each with a button that takes you to the step."));
    m_placeholder->setVisible(m_moments.isEmpty());
    m_contentLayout->addWidget(m_placeholder);

    for (int i = 0; i < m_moments.size(); ++i) {
        const KeyMoment &moment = m_moments.at(i);
        Card card;
        card.steps = moment.steps;
        card.frame = new QFrame(m_content);
        card.frame->setObjectName(CardName);
        card.frame->setAccessibleName(tr("Key moment %1").arg(i + 1));
        auto *cardLayout = new QVBoxLayout(card.frame);
        cardLayout->setSpacing(fontMetrics().height() / 2);

        auto *header = new QHBoxLayout;
        auto *question = new QLabel(moment.question, card.frame);
        question->setWordWrap(true);
        question->setTextInteractionFlags(Qt::TextSelectableByMouse);
        question->setAccessibleName(tr("Question"));
        header->addWidget(question, 1);
        card.nowLabel = new QLabel(tr("● This step"), card.frame);
        card.nowLabel->setToolTip(tr("This moment is about the step you are on"));
        card.nowLabel->hide();
        header->addWidget(card.nowLabel, 0, Qt::AlignTop);
        cardLayout->addLayout(header);

        card.answer = new QLabel(tr("<b>Answer:</b> %1").arg(moment.answer.toHtmlEscaped()), card.frame);
        card.answer->setTextFormat(Qt::RichText);
        card.answer->setWordWrap(true);
        card.answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
        card.answer->setAccessibleName(tr("Answer"));
        card.answer->hide();
        cardLayout->addWidget(card.answer);

        auto *buttons = new QHBoxLayout;
        card.answerButton = new QPushButton(card.frame);
        card.answerButton->setAccessibleName(tr("Show or hide the answer"));
        connect(card.answerButton, &QPushButton::clicked, this, [this, i] { setAnswerShown(i, !isAnswerShown(i)); });
        buttons->addWidget(card.answerButton);
        buttons->addSpacing(fontMetrics().height());
        for (int step : moment.steps) {
            auto *button = new QPushButton(tr("Go to step %1").arg(step), card.frame);
            button->setAccessibleName(tr("Go to step %1").arg(step));
            connect(button, &QPushButton::clicked, this, [this, step] { emit stepRequested(step); });
            card.stepButtons << button;
            buttons->addWidget(button);
        }
        buttons->addStretch();
        cardLayout->addLayout(buttons);

        m_contentLayout->addWidget(card.frame);
        m_cards << card;
        setAnswerShown(i, false);
        styleCard(m_cards.last());
    }
    m_contentLayout->addStretch();
    applyFonts();
    updateStepButtons();
    setCurrentStep(m_step);
}

void KeyMomentsView::updateStepButtons()
{
    const int stepCount = m_trace ? m_trace->stepCount() : 0;
    for (Card &card : m_cards) {
        for (int j = 0; j < card.stepButtons.size(); ++j) {
            QPushButton *button = card.stepButtons.at(j);
            const int step = card.steps.at(j);
            const bool exists = m_trace && step >= 1 && step <= stepCount;
            button->setEnabled(exists);
            if (!m_trace)
                button->setToolTip(tr("Run the script first: there are no steps to go to yet."));
            else if (!exists)
                // Spelled out rather than "%n step(s)": without a loaded translation that would show as is.
                button->setToolTip(stepCount == 1 ? tr("The trace has only 1 step, so there is no step %1. Was the script changed?").arg(step)
                                                  : tr("The trace has only %1 steps, so there is no step %2. Was the script changed?").arg(stepCount).arg(step));
            else
                button->setToolTip(tr("Jump to step %1 and see what it did").arg(step));
        }
    }
}

void KeyMomentsView::styleCard(Card &card)
{
    const QPalette &colours = palette();
    const QColor base = colours.color(QPalette::Base);
    const QColor accent = colours.color(QPalette::Highlight);
    const QColor background = card.highlighted ? blend(base, accent, 0.22) : base;
    const QColor border = card.highlighted ? accent : blend(colours.color(QPalette::Text), base, 0.7);
    // An id selector: the rule styles the card frame only, never the labels inside it (QLabel is a QFrame too).
    card.frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: %3px solid %4; border-radius: 6px; }")
                                  .arg(CardName, background.name())
                                  .arg(card.highlighted ? 3 : 1)
                                  .arg(border.name()));
    card.nowLabel->setVisible(card.highlighted);
}

void KeyMomentsView::setCurrentStep(int step)
{
    m_step = step;
    for (Card &card : m_cards) {
        const bool highlighted = step > 0 && card.steps.contains(step);
        if (highlighted != card.highlighted) {
            card.highlighted = highlighted;
            styleCard(card);
        }
    }
}

void KeyMomentsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        for (Card &card : m_cards)
            styleCard(card);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

// Questions are sized from the view's own font, again whenever it changes
// (zoom, presentation mode), so they scale with everything else.
void KeyMomentsView::applyFonts()
{
    QFont question = font();
    question.setBold(true);
    question.setPointSizeF(font().pointSizeF() * 1.1);
    for (QLabel *label : findChildren<QLabel *>(QString(), Qt::FindChildrenRecursively))
        if (label->accessibleName() == tr("Question"))
            label->setFont(question);
    for (Card &card : m_cards)
        card.nowLabel->setFont(question);
}

} // namespace cachetutor
