#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace cachetutor {

namespace {

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x46));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x35));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

// White on black with yellow focus, as desktop high-contrast themes do.
QPalette highContrastPalette()
{
    QPalette p;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                                     QPalette::ToolTipBase, QPalette::Dark, QPalette::Mid, QPalette::Shadow})
        p.setColor(role, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                                     QPalette::BrightText, QPalette::Light, QPalette::Midlight})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    // Disabled (future) text must stay readable on black: light grey, not dark grey.
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xb0, 0xb0, 0xb0));
    return p;
}

} // namespace

Theme::Theme(QObject *parent)
    : QObject(parent),
      m_systemPalette(QGuiApplication::palette())
{
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        m_systemStyle = app->style()->name();
}

Theme &Theme::instance()
{
    static Theme *theme = new Theme(QCoreApplication::instance());
    return *theme;
}

void Theme::setKind(Kind kind)
{
    m_kind = kind;
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        // Fusion draws every palette faithfully; the platform style may not.
        QApplication::setStyle(kind == Kind::System && !m_systemStyle.isEmpty() ? m_systemStyle : QStringLiteral("Fusion"));
        switch (kind) {
        case Kind::System: QApplication::setPalette(m_systemPalette); break;
        case Kind::Light: QApplication::setPalette(lightPalette()); break;
        case Kind::Dark: QApplication::setPalette(darkPalette()); break;
        case Kind::HighContrast: QApplication::setPalette(highContrastPalette()); break;
        }
    }
    emit changed();
}

bool Theme::isDark() const
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor Theme::color(Role role) const
{
    if (m_kind == Kind::HighContrast) {
        // Deep, saturated backgrounds under white text; the accent is the focus yellow.
        switch (role) {
        case Role::JustRan: return QColor(0x00, 0x55, 0x00);
        case Role::RunsNext: return QColor(0x66, 0x44, 0x00);
        case Role::JustRanMark: return QColor(0x00, 0xff, 0x00);
        case Role::RunsNextMark: return QColor(0xff, 0xcc, 0x00);
        case Role::Added: return QColor(0x00, 0x55, 0x00);
        case Role::Updated: return QColor(0x66, 0x44, 0x00);
        case Role::Changed: return QColor(0x00, 0x33, 0x77);
        case Role::Current: return QColor(0x33, 0x33, 0x33);
        case Role::Accent: return QColor(0xff, 0xff, 0x00);
        case Role::Hint: return QColor(0x55, 0x00, 0x55);
        case Role::Error: return QColor(0xff, 0x60, 0x60);
        }
    }
    if (isDark()) {
        switch (role) {
        case Role::JustRan: return QColor(0x1f, 0x4d, 0x2a);
        case Role::RunsNext: return QColor(0x5a, 0x45, 0x00);
        case Role::JustRanMark: return QColor(0x7b, 0xd8, 0x8f);
        case Role::RunsNextMark: return QColor(0xff, 0xc1, 0x4d);
        case Role::Added: return QColor(0x1f, 0x4d, 0x2a);
        case Role::Updated: return QColor(0x5a, 0x45, 0x00);
        case Role::Changed: return QColor(0x1c, 0x3d, 0x66);
        case Role::Current: return QColor(0x33, 0x3a, 0x48);
        case Role::Accent: return QColor(0x8a, 0xb4, 0xf8);
        case Role::Hint: return QColor(0x55, 0x2e, 0x66);
        case Role::Error: return QColor(0xff, 0x6b, 0x6b);
        }
    }
    switch (role) {
    case Role::JustRan: return QColor(0xd4, 0xf4, 0xd4); // light green, as Python Tutor marks the line just executed
    case Role::RunsNext: return QColor(0xff, 0xe8, 0xb0); // amber: the line about to run
    case Role::JustRanMark: return QColor(0x2e, 0x8b, 0x2e);
    case Role::RunsNextMark: return QColor(0xb0, 0x6a, 0x00);
    case Role::Added: return QColor(0xd4, 0xf4, 0xd4);
    case Role::Updated: return QColor(0xff, 0xe8, 0xb0);
    case Role::Changed: return QColor(0xd6, 0xe6, 0xff);
    case Role::Current: return QColor(0xe8, 0xf0, 0xfe);
    case Role::Accent: return QColor(0x1a, 0x5f, 0xd0);
    case Role::Hint: return QColor(0xf3, 0xdc, 0xff); // lilac: unlike every other mark
    case Role::Error: return QColor(0xc0, 0x00, 0x00);
    }
    return {};
}

QString Theme::kindName(Kind kind)
{
    switch (kind) {
    case Kind::System: return QStringLiteral("system");
    case Kind::Light: return QStringLiteral("light");
    case Kind::Dark: return QStringLiteral("dark");
    case Kind::HighContrast: return QStringLiteral("high-contrast");
    }
    return QStringLiteral("system");
}

Theme::Kind Theme::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::Light, Kind::Dark, Kind::HighContrast})
        if (name == kindName(kind))
            return kind;
    return Kind::System;
}

} // namespace cachetutor
