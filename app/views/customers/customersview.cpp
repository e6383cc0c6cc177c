#include "customersview.h"
#include "widgets/splittermemory.h"

#include "customerdetail.h"
#include "models/displaytext.h"
#include "models/roles.h"
#include "report/csvwriter.h"
#include "report/outputfile.h"
#include "widgets/fittext.h"
#include "widgets/flowlayout.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace acc {

namespace {

// Typing pauses this long before the list is filtered: a search over 100,000 customers
// runs once per pause, not once per keystroke.
constexpr int kSearchDelayMs = 150;
// Rows measured to size the columns (the first ones in the table's order), once per
// snapshot, besides the texts the model names as the widest; the room a cell and a
// header section take beside their text (margins, the sort arrow).
constexpr int kMeasuredRows = 30;
constexpr int kCellPadding = 14;
constexpr int kHeaderPadding = 32;

using Column = CustomerColumn;

} // namespace

ViewDescriptor CustomersView::descriptor()
{
    return {QStringLiteral("customers"), [] { return CustomersView::tr("Customers"); },
            QStringLiteral("system-users"),
            [](const theme::Theme &theme, QWidget *parent) -> ReportView * {
                return new CustomersView(parent, theme);
            }};
}

CustomersView::CustomersView(QWidget *parent, const theme::Theme &theme)
    : ReportView(parent)
{
    setObjectName(QStringLiteral("customersView"));
    m_proxy.setSourceModel(&m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto *bar = new FlowLayout;
    bar->setSpacing(8);
    m_heading =
        new FitText(theme.pointSize(theme::Text::Heading), theme.pointSize(theme::Text::Small), true, this);
    m_heading->setColor(theme::ink());
    m_heading->setAccessibleName(tr("Customers shown"));
    m_showAll = new QPushButton(tr("Show &all customers"), this);
    m_showAll->setToolTip(tr("Leave the drill-down and the search (Esc)"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search customers"));
    m_search->setToolTip(
        tr("Every word must appear in the customer's ID, name, segment, region or account owner; "
           "case and accents do not matter (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(QFontMetrics(m_search->font()).averageCharWidth() * 24);
    m_search->installEventFilter(this);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setToolTip(tr("Save the table as shown (filtered and sorted) as a CSV file"));
    bar->addWidget(m_heading, 1);
    bar->addWidget(m_showAll);
    bar->addWidget(m_search);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setModel(&m_proxy);
    theme.styleTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(columnId(Column::CustomerId), Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(columnId(Column::Name), QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Customers"));

    m_detail = new CustomerDetail(&m_model, theme, this);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setChildrenCollapsible(false);
    m_split = split;
    layout->addWidget(split, 1);
    splittermemory::remember(split, QStringLiteral("customers/split"));
    connect(split, &QSplitter::splitterMoved, this, [this] { fitColumns(); });

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &CustomersView::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersView::applySearch);
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_search->clear();
        applySelection({});
    });
    connect(m_exportButton, &QPushButton::clicked, this, &CustomersView::exportTable);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDetailOf(current);
            });
    connect(m_table, &QAbstractItemView::activated, this, &CustomersView::showDetailOf);
    connect(&m_proxy, &CustomersProxy::filterChanged, this, &CustomersView::updateHeading);
    new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &CustomersView::clearFilter,
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence::Find, this, this,
        [this] {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
        },
        Qt::WidgetWithChildrenShortcut);
    updateHeading();
}

CustomersView::~CustomersView() = default;

QString CustomersView::title() const
{
    return tr("Customers");
}

void CustomersView::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    // The customer on show stays on show (found again by its id after a reload).
    const int shown = shownCustomer();
    QString shownId;
    if (shown >= 0 && m_model.dataset())
        shownId = m_model.dataset()->customers[std::size_t(shown)].customerId;
    const bool sameData = m_snapshot && snapshot && m_snapshot->data == snapshot->data;
    m_snapshot = snapshot;
    if (!sameData) {
        // A drill-down's customers are indices into the data set it came from.
        m_selectionTitle.clear();
        m_proxy.clearRestriction();
    }
    m_model.setCustomers(snapshot ? snapshot->data : nullptr, snapshot ? snapshot->facts : nullptr);
    measureColumns();
    fitColumns();
    if (m_pending) {
        const CustomerSelection pending = *m_pending;
        m_pending.reset();
        showCustomers(pending);
    } else if (m_model.dataset()) {
        const int again = sameData ? shown : m_model.dataset()->findCustomer(shownId);
        if (again >= 0)
            selectCustomer(again);
        else
            m_detail->showCustomer(-1);
    } else {
        m_detail->showCustomer(-1);
    }
    updateHeading();
}

void CustomersView::showCustomers(const CustomerSelection &selection)
{
    if (!m_model.dataset()) {
        m_pending = selection;
        return;
    }
    m_searchTimer.stop();
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_proxy.setQuery(QString());
    applySelection(selection);
    if (selection.focus >= 0)
        selectCustomer(selection.focus);
    else if (!selection.isEverybody() && m_proxy.rowCount() > 0)
        selectCustomer(m_proxy.customerAt(0));
}

void CustomersView::applySelection(const CustomerSelection &selection)
{
    if (selection.isEverybody()) {
        m_selectionTitle.clear();
        m_proxy.clearRestriction();
    } else {
        m_selectionTitle = selection.title.isEmpty() ? tr("Selected customers") : selection.title;
        m_proxy.restrictTo(selection.customers);
    }
    updateHeading();
}

void CustomersView::setSearch(const QString &text)
{
    {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    applySearch();
}

void CustomersView::applySearch()
{
    m_searchTimer.stop();
    m_proxy.setQuery(m_search->text());
    // The current customer stays in view when the list changes under it.
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_table->scrollTo(current);
    else
        m_table->scrollToTop();
    updateHeading();
}

void CustomersView::clearFilter()
{
    if (!m_search->text().isEmpty()) {
        setSearch(QString());
        return;
    }
    if (m_proxy.filter().isRestricted())
        applySelection({});
}

int CustomersView::shownCustomer() const
{
    return m_detail->customer();
}

void CustomersView::selectCustomer(int customer)
{
    const int row = m_proxy.rowOf(customer);
    if (row >= 0) {
        const QModelIndex index = m_proxy.index(row, columnId(Column::Name));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else {
        m_table->selectionModel()->clearSelection();
    }
    // A customer outside the list (not in the drill-down) is shown all the same.
    m_detail->showCustomer(customer);
}

void CustomersView::showDetailOf(const QModelIndex &index)
{
    m_detail->showCustomer(m_proxy.customerAt(index.row()));
}

QString CustomersView::headingText() const
{
    return m_heading->text();
}

void CustomersView::updateHeading()
{
    const QLocale locale;
    const int all = m_model.rowCount();
    const int shown = m_proxy.rowCount();
    const CustomerFilter &filter = m_proxy.filter();
    QString text;
    if (!m_model.dataset()) {
        text = tr("No figures yet");
    } else if (m_selectionTitle.isEmpty()) {
        text = filter.isFiltered()
                   ? tr("Every customer · %1 of %2 match the search")
                         .arg(locale.toString(shown), locale.toString(all))
                   : (all == 1 ? tr("Every customer · 1 customer")
                               : tr("Every customer · %1 customers").arg(locale.toString(all)));
    } else {
        const QString title = display::shorten(m_selectionTitle, display::kCellChars);
        const int inSelection = filter.restrictedCount(all);
        text = filter.words().isEmpty()
                   ? (inSelection == 1 ? tr("%1 · 1 customer").arg(title)
                                       : tr("%1 · %2 customers").arg(title, locale.toString(inSelection)))
                   : tr("%1 · %2 of %3 match the search")
                         .arg(title, locale.toString(shown), locale.toString(inSelection));
    }
    m_heading->setText(text);
    m_showAll->setVisible(!m_selectionTitle.isEmpty() || !filter.words().isEmpty());
}

void CustomersView::resizeEvent(QResizeEvent *event)
{
    ReportView::resizeEvent(event);
    // Half and half, so that the pane's figures stay whole on a 1280-pixel projector; on a
    // wide screen the list takes three fifths. Once moved by hand, the split stays.
    if (!splittermemory::moved(m_split)) {
        const int room = m_split->width() - m_split->handleWidth();
        const int list = width() >= 1500 ? room * 3 / 5 : room / 2;
        m_split->setSizes({list, room - list});
    }
    fitColumns();
}

bool CustomersView::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search box goes to the list (its first row when none is current).
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        applySearch(); // what was typed, without waiting for the pause
        if (m_proxy.rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                selectCustomer(m_proxy.customerAt(0));
        }
        return true;
    }
    return ReportView::eventFilter(watched, event);
}

void CustomersView::measureColumns()
{
    // The widest of the first rows, of the model's widest texts, or of the header's text
    // with room for the sort arrow: measured with the fonts, once per snapshot (asking the
    // table for the rows' size hints costs milliseconds a column at 100,000 rows). The
    // status is measured with the loss reasons and without them.
    const QFontMetrics headerMetrics(m_table->horizontalHeader()->font());
    const QFontMetrics cellMetrics(m_table->font());
    const int rows = std::min(m_proxy.rowCount(), kMeasuredRows);
    auto measure = [&](int c) {
        int heading = 0; // the widest line of the title
        for (const QString &line : m_proxy.headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n')))
            heading = std::max(heading, headerMetrics.horizontalAdvance(line));
        int cells = 0;
        for (int r = 0; r < rows; ++r)
            cells = std::max(cells, cellMetrics.horizontalAdvance(m_proxy.index(r, c).data().toString()));
        for (const QString &text : m_model.widestTexts(static_cast<Column>(c)))
            cells = std::max(cells, cellMetrics.horizontalAdvance(text));
        return std::max(cells + kCellPadding, heading + kHeaderPadding);
    };
    const bool reasons = m_model.statusReasonsShown();
    m_widths.resize(kCustomerColumnCount);
    m_model.setStatusReasonsShown(true);
    for (int c = 0; c < kCustomerColumnCount; ++c)
        m_widths[c] = measure(c);
    m_model.setStatusReasonsShown(false);
    m_statusWithoutReason = measure(columnId(Column::Status));
    m_model.setStatusReasonsShown(reasons);
}

void CustomersView::fitColumns()
{
    // On a narrow screen the least telling columns give their room to the name, one at a
    // time until the rest fit with a name of at least 22 characters; the loss reasons
    // leave the status column before P(alive) and "best" go. The status itself goes last,
    // when even it leaves the name less than 14 characters beside the revenue (the detail
    // pane and the export keep everything).
    static constexpr Column kGiveWay[] = {Column::Region,        Column::Segment,          Column::Owner,
                                          Column::LastOrder,     Column::Orders,           Column::Stage,
                                          Column::LifetimeValue, Column::ExpectedValue12m, Column::CustomerId,
                                          Column::Count, // the reasons
                                          Column::Best,          Column::PAlive,           Column::Status};
    if (m_widths.size() != kCustomerColumnCount)
        measureColumns();
    QHeaderView *header = m_table->horizontalHeader();
    const int name = columnId(Column::Name);
    const int status = columnId(Column::Status);
    // No section stretches while columns are hidden and resized: Qt 6.4's header then
    // places the sections after hidden ones as if those kept their width.
    header->setSectionResizeMode(name, QHeaderView::Interactive);
    int needed = 0;
    for (int c = 0; c < kCustomerColumnCount; ++c) {
        if (c != name)
            needed += m_widths[c];
    }
    const int charWidth = QFontMetrics(m_table->font()).averageCharWidth();
    const int viewport = m_table->viewport()->width();
    bool reasons = true;
    for (const Column column : kGiveWay) {
        const int nameChars = column == Column::Status ? 14 : 22;
        const bool giveWay = needed > viewport - charWidth * nameChars;
        if (column == Column::Count) {
            reasons = !giveWay;
            if (giveWay)
                needed -= m_widths[status] - m_statusWithoutReason;
            continue;
        }
        m_table->setColumnHidden(columnId(column), giveWay);
        if (giveWay)
            needed -=
                reasons || column != Column::Status ? m_widths[columnId(column)] : m_statusWithoutReason;
    }
    m_model.setStatusReasonsShown(reasons);
    for (int c = 0; c < kCustomerColumnCount; ++c) {
        if (c != name && !header->isSectionHidden(c))
            header->resizeSection(c, c == status && !reasons ? m_statusWithoutReason : m_widths[c]);
    }
    // When even the name and the revenue do not fit, the name keeps its 14 characters and
    // the table scrolls sideways; otherwise it takes the rest.
    if (needed > viewport - charWidth * 14)
        header->resizeSection(name, charWidth * 14);
    else
        header->setSectionResizeMode(name, QHeaderView::Stretch);
}

bool CustomersView::exportTableTo(const QString &path, QString *error) const
{
    // Never over the company database.
    if (!checkOutputPath(path, m_snapshot ? m_snapshot->spec : QString(), {}, error))
        return false;
    // The table as shown (filtered and sorted), every column; money as plain numbers in
    // the company's currency, counts and P(alive) as numbers too.
    CsvWriter writer;
    for (int c = 0; c < kCustomerColumnCount; ++c) // on one line (the table breaks some)
        writer.setHeader(c, m_model.headerData(c, Qt::Horizontal).toString());
    const QString currency = m_model.currency();
    for (const Column c : {Column::Revenue12m, Column::LifetimeValue, Column::ExpectedValue12m}) {
        writer.setRawColumn(columnId(c), 2);
        writer.setHeader(
            columnId(c),
            tr("%1 (%2)").arg(m_model.headerData(columnId(c), Qt::Horizontal).toString(), currency));
    }
    writer.setRawColumn(columnId(Column::Orders), 0);
    writer.setRawColumn(columnId(Column::PAlive), 4);
    return writer.writeFile(m_proxy, path, error);
}

void CustomersView::exportTable()
{
    const QString suggested = m_snapshot
                                  ? tr("customers-%1.csv").arg(m_snapshot->report.days.period.toString())
                                  : tr("customers.csv");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export customers as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("The table could not be saved.\n\n%1").arg(error));
}

} // namespace acc
