#include "historypage.h"

#include "criteria/criteriadiff.h"
#include "criteria/criteriatext.h"
#include "models/criteriaversionsmodel.h"
#include "models/displaytext.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <functional>

namespace acc {

namespace {

using Kind = criteria::RuleChange::Kind;

// Light tints of Okabe-Ito's vermillion, bluish green and yellow behind the rows that
// differ; each row also says in words how it differs.
QString tint(Kind kind)
{
    switch (kind) {
    case Kind::Removed:
        return QStringLiteral("#FBE1D2");
    case Kind::Added:
        return QStringLiteral("#D3F0E4");
    case Kind::Changed:
        return QStringLiteral("#FFF1BF");
    case Kind::Same:
        break;
    }
    return {};
}

QString mark(Kind kind)
{
    switch (kind) {
    case Kind::Removed:
        return HistoryPage::tr("removed");
    case Kind::Added:
        return HistoryPage::tr("added");
    case Kind::Changed:
        return HistoryPage::tr("changed");
    case Kind::Same:
        break;
    }
    return {};
}

QString row(const QString &text, Kind kind)
{
    const QString escaped = display::shorten(text, 2000).toHtmlEscaped();
    if (kind == Kind::Same)
        return QStringLiteral("<tr><td>%1</td><td></td></tr>").arg(escaped);
    return QStringLiteral("<tr><td bgcolor=\"%1\">%2</td><td bgcolor=\"%1\"><i>%3</i></td></tr>")
        .arg(tint(kind), escaped, mark(kind).toHtmlEscaped());
}

// A set in words as an HTML table: the match, then one rule per row, marked by kind.
QString html(const CriteriaSet &set, bool matchChanged, const std::function<Kind(int)> &kindOf,
             const QString &currency)
{
    QString out = QStringLiteral("<table width=\"100%\" cellpadding=\"4\" cellspacing=\"0\">");
    out += row(criteria::matchText(set) + QLatin1Char(':'), matchChanged ? Kind::Changed : Kind::Same);
    for (int i = 0; i < set.rules.size(); ++i)
        out += row(QStringLiteral("• ") + criteria::ruleText(set.rules[i], currency), kindOf(i));
    return out + QStringLiteral("</table>");
}

} // namespace

HistoryPage::HistoryPage(const theme::Theme &theme, const QString &currency, QWidget *parent)
    : QWidget(parent)
    , m_currency(currency)
    , m_model(new CriteriaVersionsModel(this))
{
    auto *layout = new QGridLayout(this);
    auto *versionsTitle = new QLabel(tr("&Versions"), this);
    versionsTitle->setFont(theme.font(theme::Text::Body, true));
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    theme.styleTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Stored versions"));
    versionsTitle->setBuddy(m_table);
    m_restore = new QPushButton(tr("R&estore this version"), this);
    m_restore->setToolTip(
        tr("Loads the chosen version into the rules (undo with Ctrl+Z); saving it makes a new "
           "version"));

    m_olderTitle = new QLabel(this);
    m_olderTitle->setFont(theme.font(theme::Text::Body, true));
    m_olderTitle->setWordWrap(true);
    auto *editedTitle = new QLabel(tr("The rules being edited"), this);
    editedTitle->setFont(theme.font(theme::Text::Body, true));
    m_older = new QTextBrowser(this);
    m_edited = new QTextBrowser(this);
    m_older->setAccessibleName(tr("The chosen version"));
    m_edited->setAccessibleName(tr("The rules being edited"));
    m_difference = new QLabel(this);
    m_difference->setWordWrap(true);
    m_difference->setTextFormat(Qt::PlainText);
    m_difference->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addWidget(versionsTitle, 0, 0);
    layout->addWidget(m_table, 1, 0, 2, 1);
    layout->addWidget(m_restore, 3, 0);
    layout->addWidget(m_olderTitle, 0, 1);
    layout->addWidget(editedTitle, 0, 2);
    layout->addWidget(m_older, 1, 1);
    layout->addWidget(m_edited, 1, 2);
    layout->addWidget(m_difference, 2, 1, 2, 2);
    layout->setColumnStretch(0, 0);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(2, 3);
    layout->setRowStretch(1, 3);
    layout->setRowStretch(2, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPage::compare);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const auto chosen = selected())
            emit restoreRequested(chosen->set);
    });
    compare();
}

void HistoryPage::setVersions(const QList<StoredCriteria> &versions)
{
    m_model->setVersions(versions);
    // Wide enough for its columns: the saved time is read whole.
    m_table->resizeColumnsToContents();
    m_table->setMinimumWidth(m_table->horizontalHeader()->length() + 2 * m_table->frameWidth() + 24);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    compare();
}

void HistoryPage::setEdited(const std::optional<CriteriaSet> &edited)
{
    m_editedSet = edited;
    compare();
}

bool HistoryPage::selectVersion(int version)
{
    const int r = m_model->rowOf(version);
    if (r < 0)
        return false;
    m_table->selectRow(r);
    return true;
}

std::optional<StoredCriteria> HistoryPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->versionAt(rows.first().row());
}

void HistoryPage::compare()
{
    const auto chosen = selected();
    m_restore->setEnabled(chosen.has_value());
    if (!chosen) {
        m_olderTitle->setText(m_model->rowCount() == 0 ? tr("No version of this name is stored yet")
                                                       : tr("Choose a version"));
        m_older->clear();
        m_edited->clear();
        m_difference->clear();
        return;
    }
    const CriteriaSet &older = chosen->set;
    m_olderTitle->setText(
        tr("Version %1, saved by %2 on %3")
            .arg(older.version)
            .arg(CriteriaVersionsModel::authorText(*chosen), CriteriaVersionsModel::savedText(*chosen)));
    if (!m_editedSet) {
        m_older->setHtml(html(
            older, false, [](int) { return Kind::Same; }, m_currency));
        m_edited->setPlainText(
            tr("The rules being edited have a problem (marked in red on the Rules page); they "
               "are compared once it is corrected."));
        m_difference->clear();
        return;
    }
    CriteriaSet edited = *m_editedSet;
    edited.name = older.name; // the name is not part of what a version's rules say
    const criteria::CriteriaDifference d = criteria::difference(older, edited);
    m_older->setHtml(html(
        older, d.matchChanged, [&d](int i) { return d.fromKind(i); }, m_currency));
    m_edited->setHtml(html(
        edited, d.matchChanged, [&d](int j) { return d.toKind(j); }, m_currency));
    const QStringList words = criteria::differenceText(older, edited, m_currency);
    if (words.isEmpty()) {
        m_difference->setText(tr("The rules being edited say what version %1 says.").arg(older.version));
        return;
    }
    QStringList lines{tr("What differs from version %1:").arg(older.version)};
    for (const QString &w : words)
        lines << QStringLiteral("• ") + display::shorten(w, 2000);
    m_difference->setText(lines.join(QLatin1Char('\n')));
}

} // namespace acc
