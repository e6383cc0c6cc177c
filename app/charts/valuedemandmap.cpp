#include "valuedemandmap.h"

#include "models/format.h"
#include "models/roles.h"
#include "models/valuedemandmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace acc {

namespace {

// The shade of a cell: from the table's ground to a dark teal by the logarithm of its
// count against the largest cell (a few very full cells would wash out a linear scale).
QColor shadeOf(int count, int maxCount)
{
    if (count <= 0 || maxCount <= 0)
        return theme::band();
    const double t = 0.12 + 0.88 * std::log1p(double(count)) / std::log1p(double(maxCount));
    const QColor low(0xE3, 0xEE, 0xF4);
    const QColor high(0x1F, 0x4E, 0x6B);
    auto mix = [t](int a, int b) { return int(std::lround(a + (b - a) * t)); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()), mix(low.blue(), high.blue()));
}

// Paints a heat-map cell: its shade, its count, "n best" under it when there is room,
// and the corner's outline on the sides where the corner ends.
class HeatCellDelegate final : public QStyledItemDelegate
{
public:
    HeatCellDelegate(const ValueDemandModel *const *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const ValueDemandModel *model = *m_model;
        if (!model)
            return;
        painter->save();
        const QRect r = option.rect.adjusted(1, 1, -1, -1);
        const int count = index.data(roleId(Role::Value)).toInt();
        const QColor fill = shadeOf(count, model->maxCount());
        painter->fillRect(r, fill);
        const bool dark = fill.lightnessF() < 0.55;
        painter->setPen(dark ? Qt::white : theme::ink());
        QFont bold = option.font;
        bold.setBold(true);
        const QString countText = index.data().toString();
        const int best = index.data(roleId(ValueDemandModel::CellRole::Best)).toInt();
        const QString bestText = ValueDemandMap::tr("%1 best").arg(QLocale().toString(best));
        const QFontMetrics boldMetrics(bold);
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        const QFontMetrics smallMetrics(small);
        // Under the count, its best customers, where the cell has room for them (the
        // tooltip has them always).
        const bool twoLines = best > 0 && r.height() >= boldMetrics.height() + smallMetrics.height() + 4 &&
                              smallMetrics.horizontalAdvance(bestText) <= r.width() - 4;
        if (twoLines) {
            const int top = r.center().y() - (boldMetrics.height() + smallMetrics.height()) / 2;
            painter->setFont(bold);
            painter->drawText(QRect(r.left(), top, r.width(), boldMetrics.height()), Qt::AlignCenter,
                              countText);
            painter->setFont(small);
            painter->drawText(QRect(r.left(), top + boldMetrics.height(), r.width(), smallMetrics.height()),
                              Qt::AlignCenter, bestText);
        } else {
            painter->setFont(bold);
            painter->drawText(r, Qt::AlignCenter, countText);
        }
        if (index.data(roleId(ValueDemandModel::CellRole::InCorner)).toBool()) {
            QPen pen(theme::accent(), 4);
            pen.setJoinStyle(Qt::MiterJoin);
            painter->setPen(pen);
            const QRect o = option.rect.adjusted(2, 2, -2, -2);
            auto corner = [&](int row, int column) { return model->grid().inCorner(row, column); };
            const int row = index.row();
            const int column = index.column();
            if (!corner(row - 1, column))
                painter->drawLine(o.topLeft(), o.topRight());
            if (!corner(row + 1, column))
                painter->drawLine(o.bottomLeft(), o.bottomRight());
            if (!corner(row, column - 1))
                painter->drawLine(o.topLeft(), o.bottomLeft());
            if (!corner(row, column + 1))
                painter->drawLine(o.topRight(), o.bottomRight());
        }
        if (option.state & QStyle::State_HasFocus) {
            QPen focus(dark ? Qt::white : theme::ink(), 2, Qt::DotLine);
            painter->setPen(focus);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(option.rect.adjusted(6, 6, -7, -7));
        }
        painter->restore();
    }

private:
    const ValueDemandModel *const *m_model;
};

} // namespace

ValueDemandMap::ValueDemandMap(const theme::Theme &theme, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    m_title = new QLabel(tr("Value vs demand, last 12 months"), this);
    m_title->setFont(theme.font(theme::Text::Heading, true));
    m_axes = new QLabel(tr("Active customers by revenue (rows) and contacts (columns). Click a cell for its "
                           "customers."),
                        this);
    m_axes->setFont(theme.font(theme::Text::Small));
    m_axes->setWordWrap(true);
    theme::mute(m_axes);

    m_table = new QTableView(this);
    theme.styleTable(m_table);
    m_table->setAlternatingRowColors(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setItemDelegate(new HeatCellDelegate(&m_model, m_table));
    m_table->verticalHeader()->show();
    m_table->verticalHeader()->setFont(m_table->font());
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const QFontMetrics metrics(m_table->font());
    // Two lines: a band's name over its revenue range, a cell's count over its best customers.
    m_table->verticalHeader()->setMinimumSectionSize(2 * metrics.height() + 4);

    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setAccessibleName(tr("Active customers by revenue band and contacts"));
    m_table->setToolTip(tr("Click a cell, or press Enter on it, to list its customers"));
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit cellRequested(index.row(), index.column());
    });

    m_corner = new QLabel(this);
    m_corner->setWordWrap(true);
    m_corner->setFont(theme.font(theme::Text::Body));
    m_corner->setTextFormat(Qt::PlainText);
    m_cornerButton = new QPushButton(tr("Show the c&orner's customers"), this);
    m_cornerButton->setToolTip(tr("List the demanding high-value customers (outlined in red)"));
    connect(m_cornerButton, &QPushButton::clicked, this, &ValueDemandMap::cornerRequested);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_cornerButton, 0, Qt::AlignVCenter);

    layout->addLayout(titleRow);
    layout->addWidget(m_axes);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_corner);
}

void ValueDemandMap::setModel(const ValueDemandModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_table->setModel(const_cast<ValueDemandModel *>(model));
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, &ValueDemandMap::refresh);
    refresh();
}

QString ValueDemandMap::cornerCaption() const
{
    return m_corner->text();
}

void ValueDemandMap::refresh()
{
    // Columns no narrower than the largest count.
    if (m_model) {
        QFont bold = m_table->font();
        bold.setBold(true);
        const int widest = QFontMetrics(bold).horizontalAdvance(QLocale().toString(m_model->maxCount()));
        m_table->horizontalHeader()->setMinimumSectionSize(std::max(widest + 10, 40));
    }
    if (!m_model || !m_model->grid().hasCorner()) {
        m_corner->setText(tr("No active customers."));
        m_cornerButton->setEnabled(false);
        return;
    }
    const ValueDemandGrid &grid = m_model->grid();
    const ValueDemandCell corner = grid.cornerTotals();
    const QLocale locale;
    const QString customers =
        corner.customers == 1 ? tr("1 customer") : tr("%1 customers").arg(locale.toString(corner.customers));
    const int mark = grid.contactsMark();
    const QString contacts =
        mark == 1 ? tr("1 or more contacts") : tr("%1 or more contacts").arg(locale.toString(mark));
    m_corner->setText(
        tr("Demanding high-value corner (outlined in red): %1, %2 of them best, %3 revenue; the "
           "top 20 % by revenue (%4 or more) and by contacts (%5).")
            .arg(customers, locale.toString(corner.best),
                 format::moneyShort(corner.revenue, m_model->currency()),
                 format::moneyShort(grid.revenueMark(), m_model->currency()), contacts));
    m_cornerButton->setEnabled(corner.customers > 0);
}

bool ValueDemandMap::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on the current cell asks for its customers, as a click does.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QModelIndex current = m_table->currentIndex();
            if (current.isValid()) {
                emit cellRequested(current.row(), current.column());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace acc
