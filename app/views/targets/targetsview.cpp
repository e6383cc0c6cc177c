#include "targetsview.h"

#include "views/editorsupport.h"

#include "models/format.h"
#include "models/roles.h"
#include "report/csvwriter.h"
#include "report/outputfile.h"
#include "views/columnfit.h"
#include "widgets/fittext.h"
#include "widgets/flowlayout.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace acc {

namespace {

// One accepted edit of the targets: undo applies the state before, redo the state after.
// The edit itself was already written when the command is pushed, so the first redo
// does nothing.
class TargetsCommand final : public QUndoCommand
{
public:
    TargetsCommand(TargetsView *view, QList<TargetChange> before, QList<TargetChange> after,
                   const QString &text)
        : QUndoCommand(text)
        , m_view(view)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    // Each only over the state it undoes: another desk's save since is never overwritten.
    void undo() override { applyChanges(m_after, m_before); }
    void redo() override
    {
        if (m_done)
            applyChanges(m_before, m_after);
        m_done = true;
    }

private:
    void applyChanges(const QList<TargetChange> &seen, const QList<TargetChange> &changes)
    {
        QString error;
        if (!m_view->model().applyOver(seen, changes, &error))
            QMessageBox::warning(m_view, TargetsView::tr("Targets"),
                                 TargetsView::tr("The targets could not be saved: %1").arg(error));
        emit m_view->inputsChanged();
    }

    TargetsView *m_view;
    QList<TargetChange> m_before;
    QList<TargetChange> m_after;
    bool m_done = false;
};

// Status is written as a symbol and a word; the colour only repeats it (Okabe-Ito:
// bluish green met, orange at risk, vermillion missed).
class StatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        QColor colour;
        switch (index.data(roleId(Role::Value)).toInt()) {
        case int(TargetStatus::Met):
            colour = theme::statusMet();
            break;
        case int(TargetStatus::AtRisk):
            colour = theme::statusAtRisk();
            break;
        case int(TargetStatus::Missed):
            colour = theme::statusMissed();
            break;
        default:
            return;
        }
        option->palette.setColor(QPalette::Text, colour);
    }
};

// Shows every figure, or only those with a target; a status in bold (here, where the
// columns' fitting measures it, rather than in its delegate).
class OnlyWithTargetsProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOnly(bool only)
    {
        m_only = only;
        invalidateRowsFilter();
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && index.column() == TargetsModel::Status &&
            !index.data(Qt::DisplayRole).toString().isEmpty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return !m_only ||
               sourceModel()->index(row, TargetsModel::Target, parent).data(roleId(Role::Value)).isValid();
    }

private:
    bool m_only = false;
};

} // namespace

ViewDescriptor TargetsView::descriptor()
{
    return {QStringLiteral("targets"), [] { return TargetsView::tr("Targets"); }, QStringLiteral("flag"),
            [](const theme::Theme &theme, QWidget *parent) -> ReportView * {
                return new TargetsView(parent, theme);
            }};
}

TargetsView::TargetsView(QWidget *parent, const theme::Theme &theme)
    : ReportView(parent)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("targetsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    m_heading = new FitText(theme.pointSize(theme::Text::Heading) + 3, theme.pointSize(theme::Text::Body),
                            true, this);
    m_heading->setColor(theme::ink());
    layout->addWidget(m_heading);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setFont(theme.font(theme::Text::Body));
    layout->addWidget(m_summary);

    auto *bar = new FlowLayout;
    bar->setSpacing(8);
    m_copyButton = new QPushButton(this);
    m_copyButton->setToolTip(tr("Set this period's targets to those of the period before (undoable)"));
    auto *undoButton = new QPushButton(tr("&Undo"), this);
    auto *redoButton = new QPushButton(tr("Re&do"), this);
    undoButton->setToolTip(tr("Undo the last change of the targets (Ctrl+Z)"));
    redoButton->setToolTip(tr("Redo it (Ctrl+Shift+Z)"));
    m_onlySet = new QCheckBox(tr("&Only figures with a target"), this);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    bar->addWidget(m_copyButton);
    bar->addWidget(undoButton);
    bar->addWidget(redoButton);
    bar->addSpacing(12);
    bar->addWidget(m_onlySet);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_proxy = new OnlyWithTargetsProxy(this);
    m_proxy->setSourceModel(&m_model);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    theme.styleTable(m_table);
    m_table->setItemDelegateForColumn(TargetsModel::Status, new StatusDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Arrows move between cells; Tab leaves the table for the next control (an open
    // editor still goes on to the next cell with Tab).
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Targets"));
    QHeaderView *header = m_table->horizontalHeader();
    // Every figure whole on one line; the figure's name and the owner share the room left,
    // wrapping onto more lines on a narrow screen (fitColumns).
    header->setMinimumSectionSize(QFontMetrics(m_table->font()).averageCharWidth() * 4);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TargetsView::fitColumns);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TargetsView::fitColumns);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TargetsView::fitColumns);
    layout->addWidget(m_table, 1);

    m_message = new MessageLine(theme, this);
    layout->addWidget(m_message);

    editor::bindUndo(this, m_undo, undoButton, redoButton);

    connect(&m_model, &TargetsModel::edited, this,
            [this](const QList<TargetChange> &before, const QList<TargetChange> &after) {
                showMessage({});
                m_undo->push(new TargetsCommand(this, before, after, tr("Change a target")));
                emit inputsChanged();
            });
    connect(&m_model, &TargetsModel::refused, this, &TargetsView::showMessage);
    // Queued: the editor that saved closes first, then the question is asked.
    connect(&m_model, &TargetsModel::conflicted, this, &TargetsView::resolveConflict, Qt::QueuedConnection);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &TargetsView::updateSummary);
    connect(m_copyButton, &QPushButton::clicked, this, &TargetsView::copyPreviousTargets);
    connect(m_onlySet, &QCheckBox::toggled, this, &TargetsView::setOnlyWithTargets);
    connect(exportButton, &QPushButton::clicked, this, &TargetsView::exportTable);
    setSnapshot(nullptr);
}

TargetsView::~TargetsView() = default;

QString TargetsView::title() const
{
    return tr("Targets");
}

void TargetsView::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    const bool samePeriod = m_snapshot && snapshot && m_snapshot->spec == snapshot->spec &&
                            m_snapshot->report.days.period == snapshot->report.days.period;
    if (!samePeriod)
        m_undo->clear(); // an undo belongs to the period (and company) it was made in
    const QModelIndex current = m_table->currentIndex();
    const QString currentMetric =
        current.isValid() ? m_model.metricAt(m_proxy->mapToSource(current).row()) : QString();
    m_snapshot = snapshot;
    m_model.setSnapshot(snapshot);
    if (!currentMetric.isEmpty()) {
        const int row = m_model.rowOf(currentMetric);
        if (row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model.index(row, current.column())));
    }
    const Period period = m_model.period();
    m_heading->setText(period.isValid() ? tr("Targets for %1").arg(format::periodLong(period))
                                        : tr("Targets"));
    m_copyButton->setText(period.isValid() ? tr("&Copy from %1").arg(format::periodShort(period.previous()))
                                           : tr("&Copy from the period before"));
    editor::allowEdits(snapshot ? snapshot->readOnly : QString(), m_table, {m_copyButton}, m_message);
    m_copyButton->setEnabled(m_copyButton->isEnabled() && snapshot != nullptr);
    updateSummary();
}

void TargetsView::updateSummary()
{
    if (!m_snapshot) {
        m_summary->setText(tr("Open a company to set its targets."));
        return;
    }
    m_summary->setText(
        tr("Targets set: %1 of %2 figures. Type a target in its row and press Enter: it is saved "
           "at once and every view is judged against it. Clear a target to remove it.")
            .arg(m_model.targetCount())
            .arg(m_model.rowCount()));
}

QString TargetsView::message() const
{
    return m_message->said();
}

void TargetsView::showMessage(const QString &text)
{
    m_message->say(text);
}

void TargetsView::copyPreviousTargets()
{
    if (m_snapshot && !m_snapshot->readOnly.isEmpty())
        return;
    QString error;
    const auto changes = m_model.copyFromPrevious(&error);
    if (!changes) {
        showMessage(error);
        return;
    }
    const QString previous = format::periodShort(m_model.period().previous());
    if (changes->isEmpty()) {
        showMessage(tr("%1 has no targets to copy").arg(previous));
        return;
    }
    const QList<TargetChange> before = m_model.currentState(*changes);
    if (!m_model.applyOver(before, *changes, &error)) {
        if (m_model.lastConflicts().isEmpty())
            showMessage(error);
        else
            resolveConflict(error, *changes);
        return;
    }
    showMessage({});
    m_undo->push(new TargetsCommand(this, before, *changes, tr("Copy the targets of %1").arg(previous)));
    emit inputsChanged();
}

void TargetsView::resolveConflict(const QString &message, const QList<TargetChange> &mine)
{
    // What is there now: the state a "Keep mine" undoes to.
    QList<TargetChange> theirs;
    for (const TargetConflict &c : m_model.lastConflicts())
        theirs.append({c.metric, c.period, c.theirs});
    if (editor::keepMine(this, tr("Targets changed on another desk"), message)) {
        // The undo puts theirs back for the targets in conflict, the rest as it was.
        QList<TargetChange> before = m_model.currentState(mine);
        for (const TargetChange &t : std::as_const(theirs)) {
            for (TargetChange &b : before) {
                if (b.metric == t.metric && b.period == t.period)
                    b.target = t.target;
            }
        }
        QString error;
        if (!m_model.apply(mine, &error)) {
            showMessage(error);
        } else {
            showMessage({});
            m_undo->push(new TargetsCommand(this, before, mine, tr("Change a target")));
        }
    } else {
        showMessage(tr("Reloaded: the targets as saved on the other desk"));
    }
    emit inputsChanged();
}

void TargetsView::resizeEvent(QResizeEvent *event)
{
    ReportView::resizeEvent(event);
    fitColumns();
}

void TargetsView::fitColumns()
{
    // The status ("! At risk") wraps too: on a 1024-pixel screen its word under its symbol
    // leaves the owner room for "Customer" whole.
    columnfit::fitWrapping(m_table, {TargetsModel::Metric, TargetsModel::Owner, TargetsModel::Status});
}

void TargetsView::setOnlyWithTargets(bool only)
{
    static_cast<OnlyWithTargetsProxy *>(m_proxy)->setOnly(only);
    if (m_onlySet->isChecked() != only)
        m_onlySet->setChecked(only);
}

bool TargetsView::exportTableTo(const QString &path, QString *error) const
{
    if (!checkOutputPath(path, m_snapshot ? m_snapshot->spec : QString(), {}, error))
        return false;
    CsvWriter writer;
    writer.setRawColumn(TargetsModel::Actual, 6);
    writer.setRawColumn(TargetsModel::Target, 6);
    return writer.writeFile(*m_proxy, path, error);
}

void TargetsView::exportTable()
{
    const QString suggested = tr("targets-%1.csv").arg(m_model.period().toString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the targets as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::critical(this, tr("The table could not be saved"), error);
}

} // namespace acc
