#include "scorecardpanel.h"

#include "models/scorecardmodel.h"
#include "scorecarddelegate.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace acc {

namespace {

// The rows of one target group.
class GroupProxy final : public QSortFilterProxyModel
{
public:
    GroupProxy(scorecard::Group group, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_group(group)
    {}

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return sourceModel()->index(row, 0, parent).data(ScorecardModel::GroupRole).toInt() == int(m_group);
    }

private:
    scorecard::Group m_group;
};

} // namespace

ScorecardList::ScorecardList(QWidget *parent)
    : QListView(parent)
{
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setModelColumn(ScorecardModel::Figure);
}

QSize ScorecardList::sizeHint() const
{
    const int rows = model() ? model()->rowCount() : 0;
    const int rowHeight = rows > 0 ? sizeHintForRow(0) : 0;
    return QSize(420, rows * rowHeight + 2 * frameWidth());
}

QSize ScorecardList::minimumSizeHint() const
{
    return QSize(320, sizeHint().height());
}

void ScorecardList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit entered(currentIndex());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

ScorecardPanel::ScorecardPanel(scorecard::Group group, ScorecardModel *model, ScorecardDelegate *delegate,
                               const theme::Theme &theme, QWidget *parent)
    : QFrame(parent)
    , m_group(group)
    , m_model(model)
{
    setObjectName(QStringLiteral("scorecardPanel"));
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    m_title = new QLabel(ScorecardModel::groupName(group), this);
    m_title->setFont(theme.font(theme::Text::Heading, true));
    m_counts = new QLabel(this);
    m_counts->setFont(theme.font(theme::Text::Small));
    m_counts->setStyleSheet(QStringLiteral("color: %1;").arg(theme::mutedInk().name()));
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_counts);
    layout->addLayout(header);
    auto *rule = new QFrame(this);
    rule->setFixedHeight(2);
    rule->setStyleSheet(QStringLiteral("background: %1;").arg(theme::ink().name()));
    layout->addWidget(rule);

    m_proxy = new GroupProxy(group, this);
    m_proxy->setSourceModel(model);
    m_list = new ScorecardList(this);
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(delegate);
    m_list->setAccessibleName(ScorecardModel::groupName(group));
    layout->addWidget(m_list);

    const auto choose = [this](const QModelIndex &index) {
        if (index.isValid())
            emit figureChosen(index.data(ScorecardModel::KeyRole).toString(),
                              index.data(ScorecardModel::ViewRole).toString());
    };
    connect(m_list, &QAbstractItemView::clicked, this, choose);
    connect(m_list, &ScorecardList::entered, this, choose);
    refresh();
}

int ScorecardPanel::figureCount() const
{
    return m_proxy->rowCount();
}

QString ScorecardPanel::countsText() const
{
    const ScorecardModel::GroupCounts c = m_model->counts(m_group);
    if (c.targets == 0)
        return ScorecardModel::tr("No target set");
    QStringList parts;
    if (c.met > 0)
        parts << ScorecardModel::tr("%n met", nullptr, c.met);
    if (c.atRisk > 0)
        parts << ScorecardModel::tr("%n at risk", nullptr, c.atRisk);
    if (c.missed > 0)
        parts << ScorecardModel::tr("%n missed", nullptr, c.missed);
    if (c.noData > 0)
        parts << ScorecardModel::tr("%n without data", nullptr, c.noData);
    const QString judged = parts.join(QStringLiteral(" · "));
    return c.targets == 1 ? ScorecardModel::tr("%1 of 1 target").arg(judged)
                          : ScorecardModel::tr("%1 of %2 targets").arg(judged).arg(c.targets);
}

void ScorecardPanel::refresh()
{
    m_counts->setText(countsText());
    m_list->updateGeometry();
    setVisible(figureCount() > 0);
}

} // namespace acc
