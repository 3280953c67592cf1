#include "settings.h"

#include <algorithm>

namespace cachetutor {

namespace {

double boundedDouble(const QVariant &value, double fallback, double low, double high)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok && d >= low && d <= high ? d : fallback;
}

} // namespace

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("splitters/") + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("splitters/") + name, state);
}

QString Settings::learningMode() const
{
    return m_settings.value(QStringLiteral("view/mode")).toString();
}

void Settings::setLearningMode(const QString &name)
{
    m_settings.setValue(QStringLiteral("view/mode"), name);
}

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("view/language")).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("view/language"), code);
}

QString Settings::theme() const
{
    return m_settings.value(QStringLiteral("view/theme"), QStringLiteral("system")).toString();
}

void Settings::setTheme(const QString &name)
{
    m_settings.setValue(QStringLiteral("view/theme"), name);
}

double Settings::zoom() const
{
    return boundedDouble(m_settings.value(QStringLiteral("view/zoom")), 1.0, 0.5, 4.0);
}

void Settings::setZoom(double zoom)
{
    m_settings.setValue(QStringLiteral("view/zoom"), zoom);
}

double Settings::stepsPerSecond() const
{
    return boundedDouble(m_settings.value(QStringLiteral("playback/stepsPerSecond")), 2.0, 0.25, 60.0);
}

void Settings::setStepsPerSecond(double stepsPerSecond)
{
    m_settings.setValue(QStringLiteral("playback/stepsPerSecond"), stepsPerSecond);
}

bool Settings::showFutureSteps() const
{
    return m_settings.value(QStringLiteral("view/showFutureSteps"), true).toBool();
}

void Settings::setShowFutureSteps(bool show)
{
    m_settings.setValue(QStringLiteral("view/showFutureSteps"), show);
}

QStringList Settings::presentationPanels() const
{
    if (!m_settings.contains(QStringLiteral("presentation/panels")))
        return {QStringLiteral("code"), QStringLiteral("narration"), QStringLiteral("cache"), QStringLiteral("tables"), QStringLiteral("toolbar")};
    return m_settings.value(QStringLiteral("presentation/panels")).toStringList();
}

void Settings::setPresentationPanels(const QStringList &panels)
{
    m_settings.setValue(QStringLiteral("presentation/panels"), panels);
}

QStringList Settings::recentFiles() const
{
    QStringList files = m_settings.value(QStringLiteral("files/recent")).toStringList();
    files.removeAll(QString());
    if (files.size() > MaxRecentFiles)
        files.resize(MaxRecentFiles);
    return files;
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    setRecentFiles(files);
}

void Settings::setRecentFiles(const QStringList &paths)
{
    m_settings.setValue(QStringLiteral("files/recent"), paths.mid(0, MaxRecentFiles));
}

} // namespace cachetutor
