// Accessibility: through Qt's accessibility tree, every control of the window
// has a name in every learning mode, and every view can be reached with Tab.

#include "guitestmain.h"
#include "mainwindow.h"

#include <QAccessible>
#include <QApplication>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cachetutor;

namespace {

// Roles a user operates; each needs a name a screen reader can say.
bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::Slider:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ProgressBar:
    case QAccessible::PageTabList:
        return true;
    default:
        return false;
    }
}

void collectUnnamed(QAccessibleInterface *node, QStringList &unnamed, int depth = 0)
{
    if (!node || depth > 40)
        return;
    if (node->state().invisible)
        return;
    if (isControl(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *object = node->object();
        unnamed.append(QStringLiteral("%1 (%2)").arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?"))
                           .arg(object ? object->objectName() : QString()));
    }
    // Cells and rows of item views are the views' own business.
    if (node->role() == QAccessible::Table || node->role() == QAccessible::Tree || node->role() == QAccessible::List)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), unnamed, depth + 1);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyControlIsNamedInEveryMode_data()
    {
        QTest::addColumn<int>("mode");
        for (int i = 0; i < LearningModeCount; ++i)
            QTest::newRow(qPrintable(learningModeName(static_cast<LearningMode>(i)))) << i;
    }

    void everyControlIsNamedInEveryMode()
    {
        QFETCH(int, mode);
        MainWindow window;
        QVERIFY(window.openLessonFile(QStringLiteral("basics")));
        QVERIFY(window.waitForTrace());
        window.setLearningMode(static_cast<LearningMode>(mode));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.playback().setCurrentStep(2);
        QStringList unnamed;
        collectUnnamed(QAccessible::queryAccessibleInterface(&window), unnamed);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void everyViewIsReachedByTab_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("views"); // accessible names Tab must reach
        QTest::newRow("step-by-step") << int(LearningMode::StepByStep)
                                      << QStringList{QStringLiteral("Script"), QStringLiteral("Live cache state"), QStringLiteral("Execution table"),
                                                     QStringLiteral("Learning styles"), QStringLiteral("Course outline")};
        QTest::newRow("visual-quiz") << int(LearningMode::VisualQuiz)
                                     << QStringList{QStringLiteral("Execution table"), QStringLiteral("Option A: Error"), QStringLiteral("Show hint"),
                                                    QStringLiteral("Practice questions")};
        QTest::newRow("variable-tracker") << int(LearningMode::VariableTracker) << QStringList{QStringLiteral("Variable tracker")};
    }

    void everyViewIsReachedByTab()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, views);
        MainWindow window;
        QVERIFY(window.openLessonFile(QStringLiteral("basics")));
        QVERIFY(window.waitForTrace());
        window.setLearningMode(static_cast<LearningMode>(mode));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Walk the focus chain as Tab does, once round.
        QSet<QString> reached;
        QWidget *start = window.nextInFocusChain();
        QWidget *widget = start;
        int guard = 0;
        do {
            if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus))
                reached.insert(widget->accessibleName());
            widget = widget->nextInFocusChain();
        } while (widget != start && ++guard < 5000);
        for (const QString &view : views)
            QVERIFY2(reached.contains(view), qPrintable(view));
    }
};

CACHETUTOR_GUI_TEST_MAIN(TestAccessibility, "CacheTutorTests", "tst_accessibility")

#include "tst_accessibility.moc"
