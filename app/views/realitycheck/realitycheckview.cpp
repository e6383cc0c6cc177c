#include "realitycheckview.h"
#include "widgets/splittermemory.h"

#include "views/editorsupport.h"

#include "charts/realityradarchart.h"
#include "models/format.h"
#include "report/csvwriter.h"
#include "report/outputfile.h"
#include "usersettings.h"
#include "views/columnfit.h"
#include "widgets/fittext.h"
#include "widgets/flowlayout.h"

#include <QtCharts/QChartView>

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace acc {

namespace {

// One accepted score or note: undo writes the state before, redo the state after (the
// first redo does nothing: the edit was already written).
class ScoreCommand final : public QUndoCommand
{
public:
    ScoreCommand(RealityCheckView *view, QString dimension, std::optional<RealityScore> before,
                 std::optional<RealityScore> after)
        : QUndoCommand(RealityCheckView::tr("Change the score of %1").arg(reality::dimensionLabel(dimension)))
        , m_view(view)
        , m_dimension(std::move(dimension))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void undo() override { write(m_before); }
    void redo() override
    {
        if (m_done)
            write(m_after);
        m_done = true;
    }

private:
    void write(const std::optional<RealityScore> &score)
    {
        QString error;
        if (!m_view->model().apply(m_dimension, score, &error))
            QMessageBox::warning(m_view, RealityCheckView::tr("Reality check"),
                                 RealityCheckView::tr("The score could not be saved: %1").arg(error));
    }

    RealityCheckView *m_view;
    QString m_dimension;
    std::optional<RealityScore> m_before;
    std::optional<RealityScore> m_after;
    bool m_done = false;
};

} // namespace

ViewDescriptor RealityCheckView::descriptor()
{
    return {QStringLiteral("reality-check"), [] { return RealityCheckView::tr("Reality check"); },
            QStringLiteral("view-statistics"),
            [](const theme::Theme &theme, QWidget *parent) -> ReportView * {
                return new RealityCheckView(parent, theme);
            }};
}

RealityCheckView::RealityCheckView(QWidget *parent, const theme::Theme &theme)
    : ReportView(parent)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("realityCheckView"));
    m_model.setAuthor(user::authorName());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    m_heading = new FitText(theme.pointSize(theme::Text::Heading) + 3, theme.pointSize(theme::Text::Body),
                            true, this);
    m_heading->setColor(theme::ink());
    layout->addWidget(m_heading);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setFont(theme.font(theme::Text::Body));
    layout->addWidget(m_summary);

    auto *bar = new FlowLayout;
    bar->setSpacing(8);
    auto *undoButton = new QPushButton(tr("&Undo"), this);
    auto *redoButton = new QPushButton(tr("Re&do"), this);
    undoButton->setToolTip(tr("Undo the last change of the scores (Ctrl+Z)"));
    redoButton->setToolTip(tr("Redo it (Ctrl+Shift+Z)"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    bar->addWidget(undoButton);
    bar->addWidget(redoButton);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(side);
    m_table->setModel(&m_model);
    theme.styleTable(m_table);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Arrows move between cells; Tab leaves the table for the next control (an open
    // editor still goes on to the next cell with Tab).
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Reality check scores"));
    QHeaderView *header = m_table->horizontalHeader();
    // Column widths and row heights: resizeEvent (fitWrapping).
    header->setMinimumSectionSize(QFontMetrics(m_table->font()).averageCharWidth() * 6);
    m_chart = new RealityRadarChart(theme.chart());
    m_chart->setModel(&m_model);
    m_chartView = new QChartView(m_chart, splitter);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumWidth(320);
    m_chartView->setAccessibleName(tr("Radar chart of the scores"));
    sideLayout->addWidget(m_table, 1);
    // The chosen dimension's note, under the table: the Note column gives way on a narrow
    // screen, this field never does. Enter saves it.
    m_noteLabel = new QLabel(side);
    m_noteLabel->setFont(theme.font(theme::Text::Body, true));
    m_note = new QLineEdit(side);
    m_note->setFont(theme.font(theme::Text::Body));
    m_note->setClearButtonEnabled(true);
    m_noteLabel->setBuddy(m_note);
    sideLayout->addWidget(m_noteLabel);
    sideLayout->addWidget(m_note);
    splitter->addWidget(side);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    splittermemory::remember(splitter, QStringLiteral("reality-check/split"));
    layout->addWidget(splitter, 1);

    m_message = new MessageLine(theme, this);
    layout->addWidget(m_message);

    editor::bindUndo(this, m_undo, undoButton, redoButton);

    connect(&m_model, &RealityCheckModel::edited, this,
            [this](const QString &dimension, const std::optional<RealityScore> &before,
                   const std::optional<RealityScore> &after) {
                showMessage({});
                m_undo->push(new ScoreCommand(this, dimension, before, after));
            });
    connect(&m_model, &RealityCheckModel::refused, this, &RealityCheckView::showMessage);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &RealityCheckView::updateSummary);
    connect(exportButton, &QPushButton::clicked, this, &RealityCheckView::exportTable);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RealityCheckView::showNote);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &RealityCheckView::showNote);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &RealityCheckView::showNote);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        columnfit::fitWrapping(m_table, {RealityCheckModel::Dimension, RealityCheckModel::Note});
    });
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        const int row = std::max(0, m_table->currentIndex().row());
        m_model.setData(m_model.index(row, RealityCheckModel::Note), m_note->text());
    });
    setSnapshot(nullptr);
}

RealityCheckView::~RealityCheckView() = default;

void RealityCheckView::showNote()
{
    const int row = std::max(0, m_table->currentIndex().row());
    const QModelIndex note = m_model.index(row, RealityCheckModel::Note);
    m_noteLabel->setText(
        tr("&Note on %1:").arg(m_model.index(row, RealityCheckModel::Dimension).data().toString()));
    m_note->setAccessibleName(QString(m_noteLabel->text()).remove(QLatin1Char('&')));
    m_note->setText(note.data(Qt::EditRole).toString());
    m_note->setEnabled(m_model.flags(note).testFlag(Qt::ItemIsEditable));
}

void RealityCheckView::resizeEvent(QResizeEvent *event)
{
    ReportView::resizeEvent(event);
    // The table and the radar share the width, the radar a little more: its labels go
    // around the circle.
    // On a narrow screen the notes give way (each stays in its score's tooltip and the CSV).
    const bool wide = width() >= 1500;
    m_table->setColumnHidden(RealityCheckModel::Note, !wide);
    const int w = m_splitter->width();
    // The table's width with every column on one line (not its current sections, which
    // fitWrapping narrows: that would shrink it a little more at every resize).
    const int chrome =
        2 * m_table->frameWidth() + m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    int natural = chrome;
    // And its least: the figures whole, the dimension's longest word on a line.
    int least = chrome;
    const QFontMetrics metrics(m_table->font());
    const int cellRoom = columnfit::cellRoom(m_table, {RealityCheckModel::Dimension});
    for (int c = 0; c < m_model.columnCount(); ++c) {
        if (m_table->isColumnHidden(c))
            continue;
        const int whole = std::max(static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(c),
                                   m_table->horizontalHeader()->sectionSizeHint(c));
        natural += whole;
        if (c != RealityCheckModel::Dimension) {
            least += whole;
            continue;
        }
        int word = 0;
        for (int r = 0; r < m_model.rowCount(); ++r) {
            const QString text = m_model.index(r, c).data().toString();
            for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                word = std::max(word, metrics.horizontalAdvance(part));
        }
        least += word + cellRoom;
    }
    // The radar keeps 345 pixels (every dimension's name around it) whatever the table
    // needs; the table's least has no scroll bar to spare for its seven rows.
    least -= m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int table = wide ? w * 9 / 20 : std::max(std::min(w * 11 / 20, natural), std::min(least, w - 345));
    if (!splittermemory::moved(m_splitter))
        m_splitter->setSizes({table, w - table});
    // Figures on one line; the dimension (and the note) wrap when the table is narrow.
    columnfit::fitWrapping(m_table, {RealityCheckModel::Dimension, RealityCheckModel::Note});
}

QString RealityCheckView::title() const
{
    return tr("Reality check");
}

void RealityCheckView::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    const Period before = m_model.quarter();
    m_model.setSnapshot(snapshot);
    if (!(before == m_model.quarter()))
        m_undo->clear(); // an undo belongs to the quarter it was made in
    const Period q = m_model.quarter();
    m_heading->setText(q.isValid() ? tr("Reality check %1").arg(format::periodLong(q)) : tr("Reality check"));
    showMessage(m_model.lastError());
    updateSummary();
    editor::allowEdits(snapshot ? snapshot->readOnly : QString(), m_table, {m_note}, m_message);
}

void RealityCheckView::updateSummary()
{
    if (!m_snapshot) {
        m_summary->setText(tr("Open a company to score its reality check."));
        return;
    }
    QString text = tr("%1 of 7 dimensions scored for %2. Type a score from 1 to 10 and press Enter: it is "
                      "saved at once.")
                       .arg(m_model.scoredCount())
                       .arg(format::periodShort(m_model.quarter()));
    const auto now = m_model.average();
    const auto before = m_model.average(true);
    if (now) {
        const QLocale locale;
        text += QLatin1Char(' ') +
                (before ? tr("Average %1 (last quarter %2).")
                              .arg(locale.toString(*now, 'f', 1), locale.toString(*before, 'f', 1))
                        : tr("Average %1.").arg(locale.toString(*now, 'f', 1)));
    }
    m_summary->setText(text);
}

QString RealityCheckView::summary() const
{
    return m_summary->text();
}

QString RealityCheckView::message() const
{
    return m_message->said();
}

void RealityCheckView::showMessage(const QString &text)
{
    m_message->say(text);
}

bool RealityCheckView::exportTableTo(const QString &path, QString *error) const
{
    if (!checkOutputPath(path, m_snapshot ? m_snapshot->spec : QString(), {}, error))
        return false;
    return CsvWriter().writeFile(m_model, path, error);
}

void RealityCheckView::exportTable()
{
    const QString suggested = tr("reality-check-%1.csv").arg(m_model.quarter().toString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the reality check as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::critical(this, tr("The table could not be saved"), error);
}

} // namespace acc
