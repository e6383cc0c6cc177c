#pragma once

#include "models/followthroughmodel.h"
#include "theme/theme.h"
#include "views/reportview.h"

class QPushButton;
class QTableView;

namespace acc {

class FigureTile;
class FitText;

// Follow-through (PRODUCT.md §10): the accountabilities to each customer after the sale
// (METRICS.md group 5) as three large tiles, each with its count out of its base, and two
// buttons under each that list the customers behind it: those it reached and those it
// missed (ordering customers who did not answer, active customers not followed up,
// customers whose revenue contacts led to no order). The table under the tiles says what
// each counts and exports as CSV.
class FollowThroughView final : public ReportView
{
    Q_OBJECT
public:
    explicit FollowThroughView(QWidget *parent = nullptr,
                               const theme::Theme &theme = theme::Theme::standard());
    static ViewDescriptor descriptor();

    QString title() const override;
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) override;
    bool usesModel() const override { return false; }
    bool canExportTable() const override { return true; }
    void exportTable() override;
    bool exportTableTo(const QString &path, QString *error) const override;

    // The drill-down of a row (FollowThroughModel::Row): the customers it reached or missed.
    void requestCustomers(int row, bool met);

    const FollowThroughModel &model() const { return m_model; }
    QList<FigureTile *> tiles() const { return m_tiles; }
    // The two buttons of a row: [0] the customers it reached, [1] those it missed.
    QPushButton *button(int row, bool met) const;
    QTableView *table() const { return m_table; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The table no taller than its three rows (their wrapped text).
    void fitTableHeight();

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    FollowThroughModel m_model;
    FitText *m_heading = nullptr;
    QPushButton *m_exportButton = nullptr;
    QList<FigureTile *> m_tiles;
    QList<QPushButton *> m_buttons; // met, missed for each row
    QTableView *m_table = nullptr;
};

} // namespace acc
