#pragma once

// Theme: the app's palettes and the few highlight colours every view shares.
//
// "System" keeps the palette the platform gave the app at start-up (light or
// dark, as the desktop is set); Light, Dark and HighContrast replace it. The
// highlight colours (the line that just ran, the line that runs next, an
// entry a step added or changed, a tracker value that changed) are picked to
// suit whichever palette is active, so text on them stays readable: views ask
// Theme::color() each time they paint instead of keeping colours of their own.

#include <QColor>
#include <QObject>
#include <QPalette>

namespace cachetutor {

class Theme final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { System, Light, Dark, HighContrast };
    Q_ENUM(Kind)

    enum class Role {
        JustRan,   // background of the line / row that just ran
        RunsNext,  // background of the line that runs next
        JustRanMark,  // the gutter's ▶, readable on the gutter
        RunsNextMark, // the gutter's ➜
        Added,     // a live-cache entry this step stored for the first time
        Updated,   // a live-cache entry this step overwrote, touched or read
        Changed,   // a tracker cell whose value changed at that step
        Current,   // the current step's row or column
        Accent,    // a lit concept-flow node, links, focus marks
        Hint,      // table cells a quiz hint points at
        Error,     // error marks and text
    };

    // The one instance, created on first use; parented to the application.
    static Theme &instance();

    Kind kind() const { return m_kind; }
    // Replaces the application palette (and style for the fixed palettes) and emits changed().
    void setKind(Kind kind);

    // Whether the active palette has a dark window (System follows the desktop).
    bool isDark() const;
    QColor color(Role role) const;

    static QString kindName(Kind kind);        // 'system', 'light', 'dark', 'high-contrast' (settings)
    static Kind kindFromName(const QString &name); // unknown names give System

signals:
    void changed();

private:
    explicit Theme(QObject *parent);

    Kind m_kind = Kind::System;
    QPalette m_systemPalette; // as the platform gave it
    QString m_systemStyle;
};

} // namespace cachetutor
