// TraceItemDelegate: a changed tracker value and an added or updated cache
// entry are marked with a symbol and a colour, as the models' roles say.

#include "cachestatemodel.h"
#include "testscripts.h"
#include "theme.h"
#include "traceitemdelegate.h"
#include "variabletrackermodel.h"

#include <QStyleOptionViewItem>
#include <QTest>

using namespace cachetutor;
using namespace cachetutor::testing;

namespace {

// initStyleOption is protected: this is how a view sees the delegate's choices.
class Probe : public TraceItemDelegate
{
public:
    QStyleOptionViewItem option(const QModelIndex &index) const
    {
        QStyleOptionViewItem o;
        initStyleOption(&o, index);
        return o;
    }
};

} // namespace

class TestTraceItemDelegate : public QObject
{
    Q_OBJECT

private slots:
    void trackerCells_data()
    {
        QTest::addColumn<int>("row");    // 0 value, 1 value_after_delete, 2 cache contents
        QTest::addColumn<int>("column"); // 0 Start, n After Step n
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("tinted");
        QTest::newRow("value set at step 2") << 0 << 2 << "● 'Hello'" << true;
        QTest::newRow("value unchanged at step 3") << 0 << 3 << "'Hello'" << false;
        QTest::newRow("cache emptied at step 3") << 2 << 3 << "● {}" << true;
        QTest::newRow("not yet defined") << 1 << 1 << "N/A" << false;
    }

    void trackerCells()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(bool, tinted);
        VariableTrackerModel model;
        model.setTrace(traced(LessonScript));
        model.setCurrentStep(4);
        const QStyleOptionViewItem option = Probe().option(model.index(row, column));
        QCOMPARE(option.text, text);
        QCOMPARE(option.backgroundBrush.color() == Theme::instance().color(Theme::Role::Changed), tinted);
        QCOMPARE(option.font.bold(), tinted);
    }

    void currentTrackerColumnIsTinted()
    {
        VariableTrackerModel model;
        model.setTrace(traced(LessonScript));
        model.setCurrentStep(3);
        // 'Hello' did not change at step 3, but step 3 is the current column.
        QCOMPARE(Probe().option(model.index(0, 3)).backgroundBrush.color(), Theme::instance().color(Theme::Role::Current));
        QCOMPARE(Probe().option(model.index(0, 4)).backgroundBrush.style(), Qt::NoBrush);
    }

    void longTextsAreCutForDisplay()
    {
        // 300 entries (MAX_ENTRIES): the cache state's repr runs to thousands of characters.
        VariableTrackerModel model;
        model.setTrace(traced("from django.core.cache import cache\nfor i in range(300):\n    cache.set(i, 'value')\n"));
        const QModelIndex cell = model.index(model.rowCount() - 1, model.columnCount() - 1);
        QVERIFY(cell.data().toString().size() > 3000);
        const QString shown = Probe().option(cell).text;
        QCOMPARE(shown.size(), TraceItemDelegate::MaxShownCharacters + 1); // cut, then "…"
        QVERIFY(shown.startsWith(QStringLiteral("● {")));
        QVERIFY(shown.endsWith(QStringLiteral("…")));
    }

    void cacheEntries_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("role");
        QTest::newRow("set adds") << 1 << "+ 'greet'" << static_cast<int>(Theme::Role::Added);
        QTest::newRow("get leaves it") << 2 << "'greet'" << -1;
    }

    void cacheEntries()
    {
        QFETCH(int, step);
        QFETCH(QString, key);
        QFETCH(int, role);
        CacheStateModel model;
        model.setTrace(traced(LessonScript));
        model.setCurrentStep(step);
        const QStyleOptionViewItem option = Probe().option(model.index(0, CacheStateModel::KeyColumn));
        QCOMPARE(option.text, key);
        if (role < 0)
            QCOMPARE(option.backgroundBrush.style(), Qt::NoBrush);
        else
            QCOMPARE(option.backgroundBrush.color(), Theme::instance().color(static_cast<Theme::Role>(role)));
    }
};

QTEST_MAIN(TestTraceItemDelegate)
#include "tst_traceitemdelegate.moc"
