#include "scorecardpanel.h"

#include "models/scorecardmodel.h"
#include "scorecarddelegate.h"
#include "widgets/fittext.h"

#include <QHBoxLayout>
#include <QKeyEvent>
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
    viewport()->setCursor(Qt::PointingHandCursor); // a figure opens the view that explains it
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
    // Both give way in a narrow panel (smaller type, then an ellipsis), never widening it.
    m_title =
        new FitText(theme.pointSize(theme::Text::Heading), theme.pointSize(theme::Text::Body), true, this);
    m_title->setColor(theme::ink());
    m_title->setText(ScorecardModel::groupName(group));
    m_counts = new FitText(theme.pointSize(theme::Text::Small), theme.pointSize(theme::Text::Small) - 1.5,
                           false, this);
    m_counts->setColor(theme::mutedInk());
    header->addWidget(m_title);
    header->addWidget(m_counts, 1);
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
