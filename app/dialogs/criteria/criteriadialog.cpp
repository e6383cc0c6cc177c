#include "criteriadialog.h"

#include "criteria/criteriadiff.h"
#include "criteria/criteriapreview.h"
#include "historypage.h"
#include "models/criteriapreviewservice.h"
#include "models/criteriarulesmodel.h"
#include "models/displaytext.h"
#include "models/format.h"
#include "models/metricsservice.h"
#include "previewpanel.h"
#include "rulescommand.h"
#include "ruleseditor.h"
#include "storage/criteriastore.h"
#include "storage/database.h"
#include "storage/requeststore.h"
#include "usersettings.h"
#include "views/editorsupport.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace acc {

CriteriaDialog::CriteriaDialog(std::shared_ptr<const MetricsSnapshot> snapshot, const QString &spec,
                               const theme::Theme &theme, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(std::move(snapshot))
    , m_db(std::make_unique<Database>())
    , m_currency(m_snapshot && m_snapshot->data ? m_snapshot->data->currency : QStringLiteral("EUR"))
    , m_rules(new CriteriaRulesModel(QLocale(), this))
    , m_undo(new QUndoStack(this))
    , m_service(new CriteriaPreviewService(this))
{
    setWindowTitle(tr("Best-customer criteria"));
    setObjectName(QStringLiteral("criteriaDialog"));
    setFont(theme.font(theme::Text::Body));
    setPalette(theme.palette(palette()));
    setSizeGripEnabled(true);
    if (!m_db->open(spec, &m_dbError, Database::Mode::ReadWrite)) {
        // Not writable (a read-only file or mount): the history can still be read.
        QString ignored;
        m_readOnlyDb = std::make_unique<Database>();
        if (!m_readOnlyDb->open(spec, &ignored, Database::Mode::ReadOnly))
            m_readOnlyDb.reset();
        m_db.reset();
    }

    const CriteriaSet inForce = m_snapshot ? m_snapshot->report.best.criteria : criteria::defaultSet();
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setFont(theme.font(theme::Text::Heading, true));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    const QString period = m_snapshot ? format::periodShort(m_snapshot->report.days.period) : QString();
    heading->setText(tr("In force: %1, version %2 (the figures of %3)")
                         .arg(display::shorten(inForce.name, display::kCellChars),
                              QString::number(inForce.version), period));
    layout->addWidget(heading);

    m_tabs = new QTabWidget(this);
    auto *split = m_split = new QSplitter(Qt::Horizontal, m_tabs);
    m_editor = new RulesEditor(m_rules, m_undo, m_currency, split);
    m_preview = new PreviewPanel(theme, m_currency, split);
    split->addWidget(m_editor);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({6200, 3800});
    m_tabs->addTab(split, tr("&Rules"));
    m_history = new HistoryPage(theme, m_currency, m_tabs);
    m_tabs->addTab(m_history, tr("&History"));
    layout->addWidget(m_tabs, 1);

    auto *saveRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    m_name = new QLineEdit(inForce.name, this);
    nameLabel->setBuddy(m_name);
    auto *authorLabel = new QLabel(tr("Au&thor:"), this);
    m_author = new QLineEdit(user::authorName(), this);
    authorLabel->setBuddy(m_author);
    saveRow->addWidget(nameLabel);
    saveRow->addWidget(m_name, 3);
    saveRow->addSpacing(12);
    saveRow->addWidget(authorLabel);
    saveRow->addWidget(m_author, 1);
    layout->addLayout(saveRow);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    auto *undoAction = new QAction(tr("Undo"), this);
    undoAction->setShortcut(QKeySequence::Undo);
    auto *redoAction = new QAction(tr("Redo"), this);
    redoAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Redo));
    addAction(undoAction);
    addAction(redoAction);
    connect(undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undoAction,
            [undoAction](const QString &text) { undoAction->setToolTip(tr("Undo: %1 (Ctrl+Z)").arg(text)); });
    connect(m_undo, &QUndoStack::redoTextChanged, redoAction, [redoAction](const QString &text) {
        redoAction->setToolTip(tr("Redo: %1 (Ctrl+Shift+Z)").arg(text));
    });
    undoAction->setEnabled(false);
    redoAction->setEnabled(false);
    for (QAction *a : {undoAction, redoAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    m_save = new QPushButton(tr("&Save as new version"), this);
    auto *close = new QPushButton(tr("Close"), this);
    for (QPushButton *b : {m_save, close})
        b->setAutoDefault(false); // Enter in a value field saves nothing
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &CriteriaDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (saveNewVersion())
            accept();
    });

    connect(m_rules, &CriteriaRulesModel::edited, this, &CriteriaDialog::onEdited);
    connect(m_name, &QLineEdit::textChanged, this, &CriteriaDialog::updateSaveButton);
    connect(m_author, &QLineEdit::textChanged, this, &CriteriaDialog::updateSaveButton);
    connect(m_name, &QLineEdit::editingFinished, this, &CriteriaDialog::reloadHistory);
    connect(m_history, &HistoryPage::restoreRequested, this, &CriteriaDialog::restore);
    connect(m_service, &CriteriaPreviewService::ready, this, [this] {
        m_preview->showFigures(*m_service->figures());
        m_preview->setStatus(PreviewPanel::Status::Current);
        emit previewShown();
    });

    if (m_snapshot && m_snapshot->data) {
        const MetricsReport &report = m_snapshot->report;
        m_service->setPreview(std::make_shared<CriteriaPreview>(m_snapshot->data, report.days.stateDay,
                                                                report.best.bestCustomers));
        m_preview->setInForce(int(report.best.bestCustomers.size()), report.best.bestRevenueShare,
                              report.days.stateDay);
    }
    m_rules->setCriteria(inForce);
    m_baseName = inForce.name;
    m_baseVersion = inForce.version;
    reloadHistory();
    if (m_newestSeen == 0) // the set in force was never stored under its name
        m_baseVersion = 0;
    if (!m_db)
        showMessage(tr("The company database cannot be opened for saving: %1").arg(m_dbError));
    onEdited();
    if (const auto set = editedCriteria())
        m_service->request(*set, 0); // the first figures without waiting
}

CriteriaDialog::~CriteriaDialog() = default;

std::optional<CriteriaSet> CriteriaDialog::editedCriteria() const
{
    return m_rules->criteria(m_name->text().trimmed());
}

void CriteriaDialog::onEdited()
{
    const auto set = editedCriteria();
    m_history->setEdited(set);
    updateSaveButton();
    if (set) {
        m_service->request(*set);
        m_preview->setStatus(PreviewPanel::Status::Updating);
    } else {
        m_service->cancel();
        m_preview->setStatus(PreviewPanel::Status::Invalid);
    }
}

void CriteriaDialog::updateSaveButton()
{
    QString why;
    if (!m_db)
        why = tr("The company database cannot be opened for saving.");
    else if (!m_rules->isValid())
        why = tr("A rule has a problem (marked in red): correct it to save.");
    else if (m_name->text().trimmed().isEmpty())
        why = tr("The set needs a name.");
    else if (m_author->text().trimmed().isEmpty())
        why = tr("Say who saves this version (Author).");
    m_save->setEnabled(why.isEmpty());
    m_save->setToolTip(why.isEmpty()
                           ? tr("Stores these rules as a new version of \"%1\" (the earlier versions are "
                                "kept) and puts it in force")
                                 .arg(display::shorten(m_name->text().trimmed(), display::kCellChars))
                           : why);
}

void CriteriaDialog::reloadHistory()
{
    QList<StoredCriteria> versions;
    if (Database *db = m_db ? m_db.get() : m_readOnlyDb.get()) {
        QString error;
        const auto stored = CriteriaStore(*db).versions(m_name->text().trimmed(), &error);
        if (stored)
            versions = *stored;
        else
            showMessage(tr("The stored versions cannot be read: %1").arg(error));
    }
    m_history->setVersions(versions);
    m_history->setEdited(editedCriteria());
    m_newestSeen = versions.isEmpty() ? 0 : versions.last().set.version;
    if (m_name->text().trimmed() != m_baseName) { // another name: from its newest version
        m_baseName = m_name->text().trimmed();
        m_baseVersion = m_newestSeen;
    }
}

void CriteriaDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool CriteriaDialog::saveNewVersion()
{
    updateSaveButton();
    if (!m_save->isEnabled()) {
        showMessage(m_save->toolTip());
        return false;
    }
    auto set = editedCriteria();
    const QString name = m_name->text().trimmed();
    const QString author = m_author->text().trimmed();
    QString error;
    if (name != m_baseName) { // typed and saved without leaving the field
        reloadHistory();
    }
    bool conflict = false;
    std::optional<StoredCriteria> theirs;
    int version = CriteriaStore(*m_db).saveOver(*set, author, m_baseVersion, &conflict, &theirs, &error);
    if (conflict && theirs) {
        if (!resolveConflict(*theirs, &version))
            return false;
    } else if (version == 0) {
        showMessage(tr("Nothing was saved: %1").arg(error));
        return false;
    }
    reloadHistory();
    if (!useCriteria(*m_db, CriteriaRef{name, 0}, &error)) {
        showMessage(tr("Saved as version %1, but it could not be put in force: %2").arg(version).arg(error));
        return false;
    }
    m_undo->setClean();
    emit saved(name, version);
    return true;
}

bool CriteriaDialog::resolveConflict(const StoredCriteria &theirs, int *version)
{
    QString error;
    std::optional<CriteriaSet> base;
    if (m_baseVersion > 0)
        base = CriteriaStore(*m_db).version(theirs.set.name, m_baseVersion, &error);
    if (!base) { // a name new to this desk: all of theirs is their change
        base.emplace();
        base->name = theirs.set.name;
        base->version = 0;
    }
    QStringList changes = criteria::differenceText(*base, theirs.set, m_currency);
    constexpr int kShown = 8;
    if (changes.size() > kShown) {
        const qsizetype more = changes.size() - (kShown - 1);
        changes.resize(kShown - 1);
        changes.append(tr("… and %n more change(s) (History tab)", nullptr, int(more)));
    }
    const QString who = theirs.author.isEmpty() ? tr("another desk") : theirs.author;
    // "at 14:02" today, with the date on another day.
    const QDateTime saved = theirs.savedAt.toLocalTime();
    const QString when = !saved.isValid() ? QString()
                         : saved.date() == QDate::currentDate()
                             ? QLocale().toString(saved.time(), QLocale::ShortFormat)
                             : QLocale().toString(saved, QLocale::ShortFormat);
    QString message = tr("\"%1\" version %2 was saved by %3 %4 while you were editing version %5.")
                          .arg(display::shorten(theirs.set.name, display::kCellChars))
                          .arg(theirs.set.version)
                          .arg(who, when.isEmpty() ? QString() : tr("at %1").arg(when))
                          .arg(m_baseVersion);
    if (!changes.isEmpty())
        message += QLatin1Char('\n') + tr("Their changes:") + QStringLiteral("\n• ") +
                   changes.join(QStringLiteral("\n• "));
    const auto mine = editedCriteria();
    if (mine && editor::keepMine(this, tr("Criteria changed on another desk"), message)) {
        bool again = false;
        std::optional<StoredCriteria> newer;
        *version = CriteriaStore(*m_db).saveOver(*mine, m_author->text().trimmed(), theirs.set.version,
                                                 &again, &newer, &error);
        if (*version == 0) {
            showMessage(tr("Nothing was saved: %1").arg(error));
            reloadHistory();
            return false;
        }
        return true;
    }
    // Theirs in the editor; Ctrl+Z brings these rules back.
    reloadHistory();
    m_baseVersion = theirs.set.version;
    restore(theirs.set);
    m_undo->setClean();
    showMessage(tr("Version %1 by %2 is loaded; Undo (Ctrl+Z) brings your rules back.")
                    .arg(theirs.set.version)
                    .arg(who));
    return false;
}

void CriteriaDialog::restore(const CriteriaSet &set)
{
    const CriteriaRulesModel::State state = m_rules->stateFor(set);
    m_undo->push(new RulesCommand(m_rules, tr("Restore version %1").arg(set.version),
                                  [state](CriteriaRulesModel &m) { m.setState(state); }));
    m_tabs->setCurrentIndex(0);
    m_baseVersion = m_newestSeen; // chosen from the history as it was shown
}

void CriteriaDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    // The rules whole where the dialog allows it (at most 70 %), the preview the rest.
    const int total = m_split->width();
    const int rules = std::min(m_editor->rowsWidth(), total * 7 / 10);
    m_split->setSizes({std::max(rules, total * 45 / 100), total - std::max(rules, total * 45 / 100)});
}

void CriteriaDialog::reject()
{
    if (!m_undo->isClean()) {
        const auto answer =
            QMessageBox::question(this, tr("Discard the changes?"),
                                  tr("The rules were changed and not saved. Close and discard "
                                     "the changes?"),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace acc
