#include "previewpanel.h"

#include "models/format.h"
#include "models/previewcustomersmodel.h"
#include "widgets/figuretile.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace acc {

PreviewPanel::PreviewPanel(const theme::Theme &theme, const QString &currency, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_currency(currency)
    , m_joining(new PreviewCustomersModel(this))
    , m_leaving(new PreviewCustomersModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setFont(theme.font(theme::Text::Heading, true));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setWordWrap(true);
    theme::mute(m_statusLabel);
    layout->addWidget(m_heading);
    layout->addWidget(m_statusLabel);

    auto *tiles = new QHBoxLayout;
    m_count = new FigureTile(this);
    m_share = new FigureTile(this);
    tiles->addWidget(m_count, 1);
    tiles->addWidget(m_share, 1);
    layout->addLayout(tiles);

    m_joiningTitle = new QLabel(this);
    m_joiningTitle->setFont(theme.font(theme::Text::Body, true));
    m_joiningView = makeTable(m_joining, tr("Customers who would join"));
    m_joiningTitle->setBuddy(m_joiningView);
    m_leavingTitle = new QLabel(this);
    m_leavingTitle->setFont(theme.font(theme::Text::Body, true));
    m_leavingView = makeTable(m_leaving, tr("Customers who would leave"));
    m_leavingTitle->setBuddy(m_leavingView);
    layout->addWidget(m_joiningTitle);
    layout->addWidget(m_joiningView, 1);
    layout->addWidget(m_leavingTitle);
    layout->addWidget(m_leavingView, 1);
    showFigures({});
    setStatus(Status::Updating);
}

QTableView *PreviewPanel::makeTable(PreviewCustomersModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    m_theme.styleTable(view);
    view->setAccessibleName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setMinimumHeight(QFontMetrics(m_theme.font(theme::Text::Table)).height() * 4);
    // Column widths from the header, never from 100,000 rows of contents.
    view->horizontalHeader()->setSectionResizeMode(int(PreviewCustomersModel::Column::Name),
                                                   QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(int(PreviewCustomersModel::Column::LifetimeValue),
                                                   QHeaderView::Fixed);
    view->horizontalHeader()->resizeSection(
        int(PreviewCustomersModel::Column::LifetimeValue),
        QFontMetrics(m_theme.font(theme::Text::Table))
                .horizontalAdvance(QStringLiteral("0,000,000,000.00 ") + m_currency) +
            16);
    return view;
}

void PreviewPanel::setInForce(int count, std::optional<double> share, Day day)
{
    m_inForceCount = count;
    m_inForceShare = share;
    m_day = day;
    m_heading->setText(tr("Preview on %1").arg(format::date(day)));
}

void PreviewPanel::showFigures(const PreviewFigures &figures)
{
    const QLocale locale;
    m_count->setFigure(tr("Best customers"), locale.toString(figures.count),
                       tr("In force: %1").arg(locale.toString(m_inForceCount)));
    m_share->setFigure(tr("Revenue share"), format::percent(figures.revenueShare),
                       tr("In force: %1").arg(format::percent(m_inForceShare)));
    m_joiningTitle->setText(tr("Would &join: %1").arg(locale.toString(qulonglong(figures.joining.size()))));
    m_leavingTitle->setText(tr("Would lea&ve: %1").arg(locale.toString(qulonglong(figures.leaving.size()))));
    m_joining->setCustomers(figures.joining, m_currency);
    m_leaving->setCustomers(figures.leaving, m_currency);
}

void PreviewPanel::setStatus(Status status)
{
    m_status = status;
    switch (status) {
    case Status::Updating:
        m_statusLabel->setText(tr("Updating…"));
        break;
    case Status::Current:
        m_statusLabel->setText(
            tr("Revenue share: of all revenue in the 12 months to %1.").arg(format::date(m_day)));
        break;
    case Status::Invalid:
        // No figures for rules that say nothing yet: a dash, not the last figures.
        m_statusLabel->setText(tr("Correct the rule marked in red to see the figures"));
        showFigures({});
        m_count->setFigure(tr("Best customers"), tr("—"),
                           tr("In force: %1").arg(QLocale().toString(m_inForceCount)));
        m_share->setFigure(tr("Revenue share"), tr("—"),
                           tr("In force: %1").arg(format::percent(m_inForceShare)));
        m_joiningTitle->setText(tr("Would &join: —"));
        m_leavingTitle->setText(tr("Would lea&ve: —"));
        break;
    }
}

} // namespace acc
