#include "actionsview.h"

#include "views/columnfit.h"
#include "views/editorsupport.h"

#include "models/actionsproxy.h"
#include "models/roles.h"
#include "report/csvwriter.h"
#include "report/outputfile.h"
#include "usersettings.h"
#include "widgets/fittext.h"
#include "widgets/flowlayout.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace acc {

namespace {

// One accepted change of the log: undo moves the database back from `after` to `before`,
// redo forward again. The change was already written when the command is pushed, so the
// first redo does nothing.
class ActionCommand final : public QUndoCommand
{
public:
    ActionCommand(ActionsView *view, std::optional<Action> before, std::optional<Action> after,
                  const QString &text)
        : QUndoCommand(text)
        , m_view(view)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void undo() override { move(m_after, m_before); }
    void redo() override
    {
        if (m_done)
            move(m_before, m_after);
        m_done = true;
    }

private:
    void move(const std::optional<Action> &from, const std::optional<Action> &to)
    {
        QString error;
        if (!m_view->model().apply(from, to, &error)) {
            QMessageBox::warning(m_view, ActionsView::tr("Actions"),
                                 ActionsView::tr("The actions could not be saved: %1").arg(error));
            if (m_view->model().lastConflicted())
                m_view->model().reload(); // show what the other desk saved
        }
    }

    ActionsView *m_view;
    std::optional<Action> m_before;
    std::optional<Action> m_after;
    bool m_done = false;
};

// The due date: a date editor (YYYY-MM-DD, a calendar on Alt+Down); an overdue one is
// painted bold in vermillion, its text already saying "⚠ overdue".
class DueDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *editor = new QDateEdit(parent);
        editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        editor->setCalendarPopup(true);
        editor->setMinimumDate(QDate(1900, 1, 1));
        editor->setMaximumDate(QDate(2999, 12, 31));
        return editor;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QDateEdit *>(editor)->setDate(index.data(Qt::EditRole).toDate());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QDateEdit *>(editor)->date(), Qt::EditRole);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(roleId(Role::Value)).toInt() > 0) {
            option->palette.setColor(QPalette::Text, theme::statusMissed());
            option->font.setBold(true);
        }
    }
};

// A list to pick from (status, source): stored keys, shown by their labels.
class ChoiceDelegate final : public QStyledItemDelegate
{
public:
    ChoiceDelegate(QStringList keys, QString (*label)(const QString &), QObject *parent)
        : QStyledItemDelegate(parent)
        , m_keys(std::move(keys))
        , m_label(label)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const QString &key : m_keys)
            combo->addItem(m_label(key), key);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }

private:
    QStringList m_keys;
    QString (*m_label)(const QString &);
};

} // namespace

ViewDescriptor ActionsView::descriptor()
{
    return {QStringLiteral("actions"), [] { return ActionsView::tr("Actions & ideas"); },
            QStringLiteral("view-task"),
            [](const theme::Theme &theme, QWidget *parent) -> ReportView * {
                return new ActionsView(parent, theme);
            }};
}

ActionsView::ActionsView(QWidget *parent, const theme::Theme &theme)
    : ReportView(parent)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("actionsView"));
    m_model.setAuthor(user::authorName());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    m_heading = new FitText(theme.pointSize(theme::Text::Heading) + 3, theme.pointSize(theme::Text::Body),
                            true, this);
    m_heading->setColor(theme::ink());
    m_heading->setText(tr("Actions & ideas"));
    layout->addWidget(m_heading);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setFont(theme.font(theme::Text::Body));
    // The summary and the filters share a line; the buttons have the next to themselves
    // (the view fits a 1024-pixel screen).
    auto *filters = new FlowLayout;
    filters->setSpacing(8);
    filters->addWidget(m_summary, 1);
    layout->addLayout(filters);

    auto *bar = new FlowLayout;
    bar->setSpacing(8);
    auto *newButton = m_newButton = new QPushButton(tr("&New action"), this);
    newButton->setToolTip(tr("Record a new action or idea (Ctrl+N)"));
    m_deleteButton = new QPushButton(tr("De&lete"), this);
    m_deleteButton->setToolTip(tr("Delete the chosen action (Delete; undoable)"));
    auto *undoButton = new QPushButton(tr("&Undo"), this);
    auto *redoButton = new QPushButton(tr("Re&do"), this);
    undoButton->setToolTip(tr("Undo the last change of the actions (Ctrl+Z)"));
    redoButton->setToolTip(tr("Redo it (Ctrl+Shift+Z)"));
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    m_owner = new QComboBox(this);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(12);
    m_owner->setAccessibleName(tr("Owner filter"));
    ownerLabel->setBuddy(m_owner);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All"), QString());
    m_status->addItem(tr("Still to do"), ActionFilter::kToDo);
    for (const QString &s : actions::statuses())
        m_status->addItem(actions::statusLabel(s), s);
    statusLabel->setBuddy(m_status);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    for (QWidget *w : {static_cast<QWidget *>(newButton), static_cast<QWidget *>(m_deleteButton),
                       static_cast<QWidget *>(undoButton), static_cast<QWidget *>(redoButton)})
        bar->addWidget(w);
    for (const auto &[label, box] : {std::pair{ownerLabel, m_owner}, std::pair{statusLabel, m_status}}) {
        auto *pair = new QHBoxLayout; // a label stays with its box
        pair->setSpacing(8);
        pair->addWidget(label);
        pair->addWidget(box);
        filters->addLayout(pair);
    }
    bar->addStretch(1);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_proxy = new ActionsProxy(this);
    m_proxy->setSourceModel(&m_model);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    theme.styleTable(m_table);
    m_table->setItemDelegateForColumn(ActionsModel::Due, new DueDelegate(m_table));
    m_table->setItemDelegateForColumn(
        ActionsModel::Status, new ChoiceDelegate(actions::statuses(), &actions::statusLabel, m_table));
    m_table->setItemDelegateForColumn(ActionsModel::Source,
                                      new ChoiceDelegate(actions::sources(), &actions::sourceLabel, m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Arrows move between cells; Tab leaves the table for the next control (an open
    // editor still goes on to the next cell with Tab).
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionsModel::Due, Qt::AscendingOrder);
    m_table->setAccessibleName(tr("Actions"));
    // The columns' widths and the rows' heights: fitColumns.
    m_table->horizontalHeader()->setMinimumSectionSize(QFontMetrics(m_table->font()).averageCharWidth() * 6);
    layout->addWidget(m_table, 1);

    m_message = new MessageLine(theme, this);
    layout->addWidget(m_message);

    editor::bindUndo(this, m_undo, undoButton, redoButton);
    auto *create = new QAction(tr("New action"), this);
    create->setShortcut(QKeySequence::New);
    auto *remove = new QAction(tr("Delete action"), this);
    remove->setShortcut(QKeySequence::Delete);
    create->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(create);
    remove->setShortcutContext(Qt::WidgetShortcut); // on the table only, never in an editor
    m_table->addAction(remove);
    connect(create, &QAction::triggered, this, &ActionsView::newAction);
    connect(remove, &QAction::triggered, this, &ActionsView::deleteCurrent);
    connect(newButton, &QPushButton::clicked, this, &ActionsView::newAction);
    connect(m_deleteButton, &QPushButton::clicked, this, &ActionsView::deleteCurrent);

    connect(&m_model, &ActionsModel::edited, this,
            [this](const std::optional<Action> &before, const std::optional<Action> &after) {
                showMessage({});
                const QString text = !before  ? tr("New action")
                                     : !after ? tr("Delete an action")
                                              : tr("Change an action");
                m_undo->push(new ActionCommand(this, before, after, text));
            });
    connect(&m_model, &ActionsModel::refused, this, &ActionsView::showMessage);
    // Queued: the editor that saved closes first, then the question is asked.
    connect(&m_model, &ActionsModel::conflicted, this, &ActionsView::resolveConflict, Qt::QueuedConnection);
    const auto refresh = [this] {
        updateSummary();
        updateOwners();
        fitColumns();
    };
    connect(&m_model, &QAbstractItemModel::modelReset, this, refresh);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, refresh);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ActionsView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionsView::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &ActionsView::exportTable);
    setSnapshot(nullptr);
}

ActionsView::~ActionsView() = default;

void ActionsView::resizeEvent(QResizeEvent *event)
{
    ReportView::resizeEvent(event);
    fitColumns();
}

void ActionsView::fitColumns()
{
    // On a narrow screen (a 1280-pixel projector) the source, the notes and the author give
    // way (the notes stay in the title's tooltip; all three in the CSV).
    const bool wide = width() >= 1500;
    m_table->setColumnHidden(ActionsModel::Source, !wide);
    m_table->setColumnHidden(ActionsModel::Notes, !wide);
    m_table->setColumnHidden(ActionsModel::Author, !wide);
    // The status and author on one line; the texts share the rest, wrapping onto more lines
    // when the screen is narrow (a title is never cut short).
    columnfit::fitWrapping(m_table, {ActionsModel::Title, ActionsModel::Owner, ActionsModel::Due,
                                     ActionsModel::Source, ActionsModel::Link, ActionsModel::Notes});
}

QString ActionsView::title() const
{
    return tr("Actions & ideas");
}

void ActionsView::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    if (!snapshot || !m_snapshot || snapshot->spec != m_snapshot->spec)
        m_undo->clear(); // an undo belongs to the company it was made in
    m_snapshot = snapshot;
    m_model.setSnapshot(snapshot);
    if (snapshot && !m_model.lastError().isEmpty() && m_model.rowCount() == 0)
        showMessage(m_model.lastError());
    updateSummary();
    updateOwners();
    editor::allowEdits(readOnly(), m_table, {m_newButton, m_deleteButton}, m_message);
}

QString ActionsView::readOnly() const
{
    return m_snapshot ? m_snapshot->readOnly : QString();
}

void ActionsView::updateSummary()
{
    if (!m_snapshot) {
        m_summary->setText(tr("Open a company to keep its actions."));
        return;
    }
    const ActionsModel::Counts c = m_model.counts();
    if (c.total == 0) {
        m_summary->setText(
            tr("No actions yet. Press Ctrl+N to record what was agreed, who owns it and by when."));
        return;
    }
    QString text = tr("Actions: %1 open, %2 in progress, %3 done, %4 dropped.")
                       .arg(c.open)
                       .arg(c.inProgress)
                       .arg(c.done)
                       .arg(c.dropped);
    if (c.overdue > 0)
        text += QLatin1Char(' ') + tr("⚠ %1 overdue.").arg(c.overdue);
    m_summary->setText(text);
}

QString ActionsView::summary() const
{
    return m_summary->text();
}

void ActionsView::updateOwners()
{
    const QString chosen = m_owner->currentData().toString();
    const QStringList owners = m_model.owners();
    QStringList now;
    for (int i = 1; i < m_owner->count(); ++i)
        now << m_owner->itemData(i).toString();
    if (m_owner->count() > 0 && now == owners)
        return;
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    for (const QString &o : owners)
        m_owner->addItem(o, o);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(chosen)));
    if (m_owner->currentData().toString() != chosen)
        applyFilter();
}

void ActionsView::applyFilter()
{
    m_proxy->setFilter({m_owner->currentData().toString(), m_status->currentData().toString()});
}

void ActionsView::setOwnerFilter(const QString &owner)
{
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
}

void ActionsView::setStatusFilter(const QString &status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

QString ActionsView::message() const
{
    return m_message->said();
}

void ActionsView::showMessage(const QString &text)
{
    m_message->say(text);
}

void ActionsView::newAction()
{
    if (!readOnly().isEmpty()) // Ctrl+N with the button disabled
        return showMessage(tr("Read-only: %1").arg(readOnly()));
    Action draft;
    draft.title = tr("New action");
    draft.owner = m_owner->currentData().toString();
    draft.due = m_model.today().addDays(14);
    // A new action is open: show it even when the list is filtered on closed ones.
    if (!m_proxy->filter().accepts(draft))
        setStatusFilter({});
    QString error;
    const auto row = m_model.addAction(draft, &error);
    if (!row) {
        showMessage(error);
        return;
    }
    const QModelIndex at = m_proxy->mapFromSource(m_model.index(*row, ActionsModel::Title));
    m_table->setFocus();
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
    m_table->edit(at);
}

void ActionsView::deleteCurrent()
{
    if (!readOnly().isEmpty())
        return showMessage(tr("Read-only: %1").arg(readOnly()));
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    QString error;
    if (!m_model.deleteAction(m_proxy->mapToSource(current).row(), &error))
        showMessage(error);
}

bool ActionsView::exportTableTo(const QString &path, QString *error) const
{
    if (!checkOutputPath(path, m_snapshot ? m_snapshot->spec : QString(), {}, error))
        return false;
    return CsvWriter().writeFile(*m_proxy, path, error);
}

void ActionsView::exportTable()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the actions as CSV"),
                                                      tr("actions.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::critical(this, tr("The table could not be saved"), error);
}

void ActionsView::resolveConflict(const QString &message, const std::optional<Action> &theirs,
                                  const std::optional<Action> &mine)
{
    if (editor::keepMine(this, tr("Action changed on another desk"), message)) {
        QString error;
        if (!m_model.apply(theirs, mine, &error)) {
            showMessage(error);
            m_model.reload();
            return;
        }
        showMessage({});
        m_undo->push(new ActionCommand(this, theirs, mine, tr("Change an action")));
        return;
    }
    m_model.reload();
    showMessage(tr("Reloaded: the actions as saved on the other desk"));
}

} // namespace acc
