#include "customerdetail.h"

#include "models/viewguide.h"

#include "customerfigure.h"
#include "models/customersmodel.h"
#include "models/displaytext.h"
#include "models/format.h"
#include "theme/theme.h"
#include "widgets/fittext.h"
#include "widgets/tilegridlayout.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace acc {

namespace {

constexpr int kTileCount = 6;

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(" · "));
}

} // namespace

CustomerDetail::CustomerDetail(const CustomersModel *customers, const theme::Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_customers(customers)
{
    setObjectName(QStringLiteral("customerDetail"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    m_placeholder =
        new QLabel(tr("Choose a customer in the list to see its orders, contacts and feedback."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setFont(theme.font(theme::Text::Body));
    m_pages->addWidget(m_placeholder);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->setSpacing(4);
    m_name = new FitText(theme.pointSize(theme::Text::Heading) + 3, theme.pointSize(theme::Text::Body), true,
                         page);
    m_name->setColor(theme::ink());
    m_name->setAccessibleName(tr("Customer name"));
    layout->addWidget(m_name);
    for (int i = 0; i < 4; ++i) {
        auto *line = new FitText(theme.pointSize(theme::Text::Body),
                                 theme.pointSize(theme::Text::Small) - 1.5, false, page);
        line->setColor(i == 2 ? theme::ink() : theme::mutedInk());
        m_lines.append(line);
        layout->addWidget(line);
    }
    layout->addSpacing(6);

    // Three tiles a row while each gets 140 pixels, two below that: the values stay whole.
    auto *tiles = new TileGridLayout(140);
    tiles->setSpacing(8);
    for (int i = 0; i < kTileCount; ++i) {
        auto *tile = new CustomerFigure(theme, page);
        m_tiles.append(tile);
        tiles->addWidget(tile);
    }
    layout->addLayout(tiles);
    layout->addSpacing(6);

    m_tabs = new QTabWidget(page);
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setFont(theme.font(theme::Text::Small));
    const std::array<CustomerHistoryModel *, 3> models{&m_orders, &m_contacts, &m_feedback};
    const QStringList names{tr("Orders"), tr("Contacts"), tr("Feedback")};
    for (std::size_t i = 0; i < models.size(); ++i) {
        auto *table = new QTableView(m_tabs);
        table->setModel(models[i]);
        theme.styleTable(table);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        // One customer's rows: few enough to size every column from its contents.
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setAccessibleName(names.at(qsizetype(i)));
        m_tables.append(table);
        m_tabs->addTab(table, names.at(qsizetype(i)));
    }
    layout->addWidget(m_tabs, 1);
    m_pages->addWidget(page);
    showCustomer(-1);
}

QString CustomerDetail::name() const
{
    return m_customer >= 0 ? m_name->text() : QString();
}

QString CustomerDetail::facts() const
{
    QStringList out;
    for (const FitText *line : m_lines)
        out.append(line->text());
    return out.join(QLatin1Char('\n'));
}

void CustomerDetail::showCustomer(int customer)
{
    const std::shared_ptr<const Dataset> &dataset = m_customers->dataset();
    if (!dataset || customer < 0 || std::size_t(customer) >= dataset->customers.size())
        customer = -1;
    m_customer = customer;
    const Day day = m_customers->day();
    m_orders.setCustomer(dataset, customer, day);
    m_contacts.setCustomer(dataset, customer, day);
    m_feedback.setCustomer(dataset, customer, day);
    updateTabTitles();
    fitColumns();
    if (customer < 0) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    const CustomerRecord &c = dataset->customers[std::size_t(customer)];
    const CustomerFact &f = m_customers->fact(customer);
    const QString &currency = dataset->currency;
    const QLocale locale;

    m_name->setText(c.name.isEmpty() ? tr("(no name)") : display::shorten(c.name, display::kCellChars));
    QStringList who{display::shorten(c.customerId, display::kChartChars)};
    if (!c.segment.isEmpty())
        who << tr("Segment: %1").arg(display::shorten(c.segment, display::kChartChars));
    if (!c.region.isEmpty())
        who << tr("Region: %1").arg(display::shorten(c.region, display::kChartChars));
    m_lines[0]->setText(joined(who));
    QStringList owner;
    if (!c.accountOwner.isEmpty())
        owner << tr("Account owner: %1").arg(display::shorten(c.accountOwner, display::kChartChars));
    owner << tr("Stage: %1").arg(CustomersModel::stageText(c.stage));
    m_lines[1]->setText(joined(owner));
    const CustomerStatus status = customerStatusOn(c, day);
    m_lines[2]->setText(hasDay(day)
                            ? tr("On %1: %2").arg(format::date(day), CustomersModel::statusText(c, day))
                            : CustomersModel::statusText(c, day));
    // The customer's history, but what the status line already says.
    QStringList dates;
    if (hasDay(c.acquiredOn))
        dates << tr("Acquired %1").arg(format::date(c.acquiredOn));
    if (hasDay(c.lostOn) && status != CustomerStatus::Lost) {
        const QString reason = c.lossReason.isEmpty() ? CustomersModel::tr("Unknown")
                                                      : display::shorten(c.lossReason, display::kChartChars);
        dates << tr("Lost %1 (%2)").arg(format::date(c.lostOn), reason);
    }
    if (hasDay(c.wonBackOn) && status != CustomerStatus::WonBack)
        dates << tr("Won back %1").arg(format::date(c.wonBackOn));
    m_lines[3]->setText(joined(dates));

    m_tiles[0]->setFigure(tr("Revenue (12 months)"), format::moneyShort(f.revenue12m, currency),
                          hasDay(f.lastOrder) ? tr("Last order %1").arg(format::date(f.lastOrder))
                                              : tr("No order yet"),
                          format::moneyCompact(f.revenue12m, currency));
    m_tiles[1]->setFigure(tr("Lifetime value"), format::moneyShort(f.lifetimeValue, currency),
                          hasDay(f.firstOrder) ? tr("Since %1").arg(format::date(f.firstOrder)) : QString(),
                          format::moneyCompact(f.lifetimeValue, currency));
    m_tiles[2]->setFigure(tr("Orders"), locale.toString(f.orders),
                          tr("%1 in 12 months").arg(locale.toString(f.orders12m)));
    m_tiles[3]->setFigure(tr("Best customer"), f.best ? tr("Yes") : tr("No"), tr("Criteria in force"));
    m_tiles[4]->setFigure(tr("P(alive)"), CustomersModel::probabilityText(f.pAlive),
                          f.pAlive ? tr("Chance still buying") : tr("No order to judge by"));
    const std::optional<Cents> expected = CustomersModel::expectedValueCents(f.expectedValue12m);
    m_tiles[5]->setFigure(tr("Expected (12 months)"),
                          expected ? format::moneyShort(*expected, currency) : QStringLiteral("—"),
                          f.expectedOrders12m && std::isfinite(*f.expectedOrders12m)
                              ? tr("%1 orders expected").arg(locale.toString(*f.expectedOrders12m, 'f', 1))
                              : QString());
    static const QStringList keys{QStringLiteral("revenue_12m"), QStringLiteral("lifetime_value"),
                                  QStringLiteral("orders"),      QStringLiteral("best_customers"),
                                  QStringLiteral("p_alive"),     QStringLiteral("expected_value_12m")};
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setDefinition(guide::definition(keys.value(i)));
    m_tabs->setToolTip(hasDay(day) ? tr("The customer's history up to %1").arg(format::date(day))
                                   : QString());
}

void CustomerDetail::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void CustomerDetail::fitColumns()
{
    // A narrow pane hides the least telling columns (from the right) rather than cut one
    // at its edge; the dates, amounts, categories of contacts, complaints and answers stay.
    using Order = CustomerHistoryModel::OrderColumn;
    using Contact = CustomerHistoryModel::ContactColumn;
    const std::array<QList<int>, 3> giveWay{
        QList<int>{int(Order::OrderId), int(Order::Channel), int(Order::Category), int(Order::Type)},
        QList<int>{int(Contact::Channel), int(Contact::Resolved), int(Contact::Touchpoint)}, QList<int>{}};
    for (std::size_t t = 0; t < giveWay.size(); ++t) {
        QTableView *table = m_tables.at(qsizetype(t));
        const QAbstractItemModel *model = table->model();
        // Widths from the fonts (a hidden column's size hints are not to be trusted): the
        // header's text with its padding, or the widest of the first 200 cells.
        const QFontMetrics headerMetrics(table->horizontalHeader()->font());
        const QFontMetrics cellMetrics(table->font());
        const int rows = std::min(model->rowCount(), 200);
        auto widthOf = [&](int c) {
            int cells = 0;
            for (int r = 0; r < rows; ++r)
                cells = std::max(cells, cellMetrics.horizontalAdvance(model->index(r, c).data().toString()));
            return std::max(cells + 14,
                            headerMetrics.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) +
                                18);
        };
        int needed = 0;
        for (int c = 0; c < model->columnCount(); ++c)
            needed += widthOf(c);
        // Room for a vertical scroll bar kept, whether or not the rows need one yet.
        const int room = table->width() - 2 * table->frameWidth() -
                         table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
        for (const int c : giveWay[t]) {
            const bool hide = needed > room;
            table->setColumnHidden(c, hide);
            if (hide)
                needed -= widthOf(c);
        }
    }
}

void CustomerDetail::updateTabTitles()
{
    const QLocale locale;
    m_tabs->setTabText(0, tr("Orders (%1)").arg(locale.toString(m_orders.rowCount())));
    m_tabs->setTabText(1, tr("Contacts (%1)").arg(locale.toString(m_contacts.rowCount())));
    m_tabs->setTabText(2, tr("Feedback (%1)").arg(locale.toString(m_feedback.rowCount())));
}

} // namespace acc
