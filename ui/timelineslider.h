#pragma once

// TimelineSlider: the playback timeline, a horizontal QSlider over the steps
// (0 = Start .. stepCount) that also marks where the interesting steps are.
//
// Breakpoint steps get a red dot above the groove, steps that raised an
// error an orange triangle with "!" below it, and steps that warned an amber
// diamond below it: each kind has its own shape and row, so colour is never
// the only cue. The slider is drawn by the style as usual and the marks on
// top, each at the x the handle's centre has for that step.
//
// Marks are bucketed by pixel column, not kept per step: a million-step
// trace with errors everywhere still paints at most one mark per column and
// kind, and the columns are worked out once per change of marks, range or
// size, not on every paint. The tooltip names the step under the cursor and
// the marks there; the accessible description counts the marks.
//
// REQUIRES: horizontal orientation (the marks are laid out along x).

#include <QList>
#include <QSet>
#include <QSlider>

#include <vector>

namespace cachetutor {

class TimelineSlider final : public QSlider
{
    Q_OBJECT

public:
    enum class MarkKind { Breakpoint, Error, Warning };

    explicit TimelineSlider(QWidget *parent = nullptr);

    // Steps (slider values) to mark; those outside the range are kept but not drawn.
    void setBreakpointSteps(const QSet<int> &steps);
    void setErrorSteps(const QSet<int> &steps);   // steps that raised
    void setWarningSteps(const QSet<int> &steps); // steps whose calls warned
    const QSet<int> &breakpointSteps() const { return m_steps[index(MarkKind::Breakpoint)]; }
    const QSet<int> &errorSteps() const { return m_steps[index(MarkKind::Error)]; }
    const QSet<int> &warningSteps() const { return m_steps[index(MarkKind::Warning)]; }

    // The x (widget coordinates) at which the handle's centre stands for `step`.
    int pixelForStep(int step) const;
    // The step whose position is nearest to x.
    int stepAtPixel(int x) const;
    // The distinct x columns that marks of `kind` are drawn at, in increasing
    // order: never more than the widget is wide, however many steps are marked.
    QList<int> markPixels(MarkKind kind) const;
    // What the tooltip says with the cursor at x: "Step N", and for a mark
    // within a few pixels, "Step N — breakpoint" / "Step N — error" instead.
    QString toolTipAt(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int KindCount = 3;
    static constexpr int index(MarkKind kind) { return static_cast<int>(kind); }

    void setSteps(MarkKind kind, const QSet<int> &steps);
    // Handle centres at the minimum and the maximum: every step lies between.
    void handleTravel(int *left, int *span, bool *upsideDown) const;
    // Rebuilds m_columns when marks, range, size, direction or style changed since.
    void ensureColumns() const;
    void invalidateColumns();
    void updateAccessibleDescription();

    QSet<int> m_steps[KindCount];
    // What the columns were laid out for. Checked on use rather than trusted
    // to events: a hidden widget gets its resize event only when shown.
    struct Layout {
        int width = -1, minimum = 0, maximum = 0;
        bool inverted = false;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        bool operator==(const Layout &) const = default;
    };
    Layout currentLayout() const { return {width(), minimum(), maximum(), invertedAppearance(), layoutDirection()}; }

    // Per kind, per x column: the smallest marked step drawn there, or -1.
    // A cache of m_steps laid out for m_columnsLayout.
    mutable std::vector<int> m_columns[KindCount];
    mutable Layout m_columnsLayout;
    mutable bool m_columnsValid = false;
};

} // namespace cachetutor
