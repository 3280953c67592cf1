#pragma once

// Settings: what the app remembers between runs, typed, over QSettings.
//
// One place names every key and its default, so the window never spells a
// settings key twice. A corrupt or missing value reads as its default; a
// value of the wrong type never reaches the window.

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace cachetutor {

class Settings final
{
public:
    Settings() = default;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const; // toolbars and docks
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    QString learningMode() const; // a learningModeName(); empty = the first
    void setLearningMode(const QString &name);
    QString language() const;     // 'de', 'es', 'en'; empty = the system's
    void setLanguage(const QString &code);
    QString theme() const;        // a Theme::kindName()
    void setTheme(const QString &name);
    // Font scale of every panel, 0.5 .. 4.0.
    double zoom() const;
    void setZoom(double zoom);
    double stepsPerSecond() const;
    void setStepsPerSecond(double stepsPerSecond);
    bool showFutureSteps() const;
    void setShowFutureSteps(bool show);
    // Panels shown in presentation mode, by object name.
    QStringList presentationPanels() const;
    void setPresentationPanels(const QStringList &panels);

    // Most recent first, at most MaxRecentFiles.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void setRecentFiles(const QStringList &paths);
    static constexpr int MaxRecentFiles = 8;

private:
    QSettings m_settings;
};

} // namespace cachetutor
