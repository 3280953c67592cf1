#pragma once

// ConceptFlowView: the lesson's concept-flow diagram, with the boxes the
// current step touches lit up.
//
// The nodes (Lesson::conceptFlow) are drawn as rounded boxes joined by arrows
// in a "snake": left to right along the first row, right to left along the
// next, so the reading order never jumps across the panel and nine nodes fit
// a 900x500 panel with their labels wrapped inside the boxes. Which nodes
// light up is read from the trace alone: a node is lit at a step when one of
// flowEventsOfStep(trace, step) is in its litBy list. Lit nodes get a strong
// fill, a thick border, bold text and a "● now" badge, so the cue never
// relies on colour alone. Text follows the widget font, so the app's zoom
// scales the diagram. A lesson without a flow (a playground script) shows a
// placeholder explaining what would appear here.
//
// A step change only recomputes the lit set (one flowEventsOfStep call) and
// repaints: it is as cheap on a million-step trace as on a four-step one.

#include "lesson.h"

#include <QList>
#include <QRectF>
#include <QWidget>

#include <memory>

namespace cachetutor {

class Trace;

class ConceptFlowView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConceptFlowView(QWidget *parent = nullptr);
    ~ConceptFlowView() override;

    void setLesson(const Lesson &lesson);
    void setTrace(std::shared_ptr<const Trace> trace);
    int currentStep() const { return m_step; }

    // Indexes into the lesson's conceptFlow of the nodes lit at the current step, ascending.
    QList<int> litNodes() const { return m_lit; }
    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    // Where node `index` is drawn, in widget coordinates (empty when out of range).
    QRectF nodeRect(int index) const;
    // The tooltip of node `index`: its label and the events that light it.
    QString nodeToolTip(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    // 0 = Start, 1..N = after step N. Cheap: one flowEventsOfStep call and a repaint.
    void setCurrentStep(int step);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateLitNodes();
    void updateAccessibleDescription();
    // Lays the nodes out for the current size and font when either changed since the last layout.
    void ensureLayout() const;
    void layoutNodes() const;
    int nodeAt(const QPointF &position) const;
    QString placeholderText() const;

    QList<ConceptFlowNode> m_nodes;
    std::shared_ptr<const Trace> m_trace;
    int m_step = 0;
    QList<int> m_lit;
    // One rectangle per node, for m_layoutSize. Computed lazily (hence mutable): a hidden
    // widget gets no resize event, yet tests and tooltips may ask where a node is.
    mutable QList<QRectF> m_rects;
    mutable QSize m_layoutSize;
    mutable bool m_layoutValid = false;
};

} // namespace cachetutor
