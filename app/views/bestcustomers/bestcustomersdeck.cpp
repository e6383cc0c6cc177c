#include "bestcustomersdeck.h"
#include "widgets/splittermemory.h"

#include <QGridLayout>
#include <QResizeEvent>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace acc {

namespace {

// Below these widths the list and a chart side by side would each get too little room
// for their figures; the charts two by two need about 550 x 450 pixels each (the
// value-vs-demand grid's five bands, a chart's labels at projector size), so a 1920x1080
// window shows them in tabs beside the list, a 2560x1440 one all at once.
constexpr int kSplitWidth = 1250;
constexpr int kGridWidth = 1750;
constexpr int kGridHeight = 920;

} // namespace

BestCustomersDeck::BestCustomersDeck(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setChildrenCollapsible(false);
    m_listHolder = new QWidget(m_split);
    auto *listLayout = new QVBoxLayout(m_listHolder);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_right = new QWidget(m_split);
    m_rightStack = new QStackedLayout(m_right);
    splittermemory::remember(m_split, QStringLiteral("best-customers/split"));
    m_rightStack->setContentsMargins(0, 0, 0, 0);
    m_chartTabs = new QTabWidget(m_right);
    m_chartTabs->setDocumentMode(true);
    m_grid = new QWidget(m_right);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(8);
    for (int i = 0; i < 2; ++i) {
        m_gridLayout->setColumnStretch(i, 1);
        m_gridLayout->setRowStretch(i, 1);
    }
    m_rightStack->addWidget(m_chartTabs);
    m_rightStack->addWidget(m_grid);
    m_split->addWidget(m_listHolder);
    m_split->addWidget(m_right);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_split);
}

void BestCustomersDeck::setList(QWidget *list, const QString &title)
{
    m_list = list;
    m_listTitle = title;
    m_applied = false;
    apply(m_mode);
}

void BestCustomersDeck::addChart(QWidget *chart, const QString &title)
{
    m_charts.append(chart);
    m_chartTitles.append(title);
    m_applied = false;
    apply(m_mode);
}

BestCustomersDeck::Mode BestCustomersDeck::modeFor(QSize size)
{
    if (size.width() >= kGridWidth && size.height() >= kGridHeight)
        return Mode::Grid;
    if (size.width() >= kSplitWidth)
        return Mode::Split;
    return Mode::Tabs;
}

void BestCustomersDeck::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    apply(modeFor(event->size()));
}

void BestCustomersDeck::apply(Mode mode)
{
    if (m_applied && mode == m_mode)
        return;
    // Keep the page on show across the change.
    QWidget *current = nullptr;
    if (m_mode == Mode::Tabs && m_applied)
        current = m_tabs->currentWidget();
    else if (m_mode == Mode::Split && m_applied)
        current = m_chartTabs->currentWidget();
    m_mode = mode;
    m_applied = true;
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    while (m_chartTabs->count() > 0)
        m_chartTabs->removeTab(0);
    switch (mode) {
    case Mode::Tabs:
        if (m_list)
            m_tabs->addTab(m_list, m_listTitle);
        for (qsizetype i = 0; i < m_charts.size(); ++i)
            m_tabs->addTab(m_charts[i], m_chartTitles[i]);
        m_stack->setCurrentWidget(m_tabs);
        break;
    case Mode::Split:
    case Mode::Grid:
        if (m_list) {
            m_listHolder->layout()->addWidget(m_list);
            m_list->show();
        }
        if (mode == Mode::Split) {
            for (qsizetype i = 0; i < m_charts.size(); ++i)
                m_chartTabs->addTab(m_charts[i], m_chartTitles[i]);
            m_rightStack->setCurrentWidget(m_chartTabs);
        } else {
            for (qsizetype i = 0; i < m_charts.size(); ++i) {
                m_gridLayout->addWidget(m_charts[i], int(i / 2), int(i % 2));
                m_charts[i]->show();
            }
            m_rightStack->setCurrentWidget(m_grid);
        }
        m_stack->setCurrentWidget(m_split);
        // 45 % for the list (rank, name and the figures), the rest for the charts.
        if (width() > 0 && !splittermemory::moved(m_split))
            m_split->setSizes({width() * 45 / 100, width() - width() * 45 / 100});
        break;
    }
    if (current)
        showPage(current);
}

void BestCustomersDeck::showPage(QWidget *page)
{
    if (m_mode == Mode::Tabs && m_tabs->indexOf(page) >= 0)
        m_tabs->setCurrentWidget(page);
    else if (m_mode == Mode::Split && m_chartTabs->indexOf(page) >= 0)
        m_chartTabs->setCurrentWidget(page);
}

} // namespace acc
