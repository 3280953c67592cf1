#include "whatifdialog.h"

#include "executiontablemodel.h"
#include "roles.h"
#include "trace.h"
#include "traceitemdelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace cachetutor {

namespace {

// Marks the changed cells of an execution table: HighlightRole, and "≠ " before the text.
class ChangedCellsModel final : public QIdentityProxyModel
{
public:
    ChangedCellsModel(const QSet<std::pair<int, int>> &cells, QObject *parent)
        : QIdentityProxyModel(parent), m_cells(cells)
    {
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const bool changed = m_cells.contains({QIdentityProxyModel::data(index, StepRole).toInt(), index.column()});
        if (role == HighlightRole)
            return changed;
        if (role == Qt::DisplayRole && changed)
            return QStringLiteral("≠ ") + QIdentityProxyModel::data(index, role).toString();
        return QIdentityProxyModel::data(index, role);
    }

private:
    QSet<std::pair<int, int>> m_cells; // (step, column)
};

QTableView *makeTable(std::shared_ptr<const Trace> trace, const QSet<std::pair<int, int>> &cells, const QString &name, QWidget *parent)
{
    auto *model = new ExecutionTableModel(parent);
    model->setTrace(std::move(trace));
    model->setCurrentStep(model->trace()->stepCount()); // every step has run: nothing greyed
    auto *marked = new ChangedCellsModel(cells, parent);
    marked->setSourceModel(model);
    auto *view = new QTableView(parent);
    view->setModel(marked);
    view->setItemDelegate(new TraceItemDelegate(view));
    view->setAccessibleName(name);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    return view;
}

} // namespace

WhatIfDialog::WhatIfDialog(std::shared_ptr<const Trace> before, std::shared_ptr<const Trace> after, const QString &changedLine,
                           QWidget *parent)
    : QDialog(parent),
      m_changes(diffExecutionTables(*before, *after))
{
    setWindowTitle(tr("What If — %1").arg(changedLine));
    QSet<std::pair<int, int>> cells;
    QStringList described;
    for (const CellChange &change : std::as_const(m_changes)) {
        cells.insert({change.step, ExecutionTableModel::columnNamed(change.column)});
        described.append(tr("step %1 %2: %3 → %4").arg(change.step).arg(change.column, change.before, change.after));
    }

    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setAccessibleName(tr("What changed"));
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary->setText(m_changes.isEmpty() ? tr("<b>%1</b><br>Nothing in the execution table changes.").arg(changedLine.toHtmlEscaped())
                                         : tr("<b>%1</b><br>%n cell(s) change (marked ≠): %2", nullptr, static_cast<int>(m_changes.size()))
                                               .arg(changedLine.toHtmlEscaped(), described.join(QStringLiteral("; ")).toHtmlEscaped()));

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>The lesson's script</b>"), this));
    left->addWidget(makeTable(before, cells, tr("Execution table of the lesson's script"), this));
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>With the change</b>"), this));
    right->addWidget(makeTable(after, cells, tr("Execution table of the changed script"), this));
    auto *tables = new QHBoxLayout;
    tables->addLayout(left);
    tables->addLayout(right);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(tables, 1);
    layout->addWidget(buttons);
    resize(1100, 420);
}

} // namespace cachetutor
