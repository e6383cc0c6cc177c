#pragma once

#include "theme/theme.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace acc {

class ValueDemandModel;

// Value against demand as a heat map: the ValueDemandModel's grid (revenue bands down,
// contact ranges across), each cell shaded by its number of customers and showing how
// many of them are best customers, the demanding high-value corner outlined, with a
// caption of its size and revenue. A cell is a table cell: click it, or move to it with
// the arrow keys and press Enter, to ask for its customers; the button asks for the
// corner's.
class ValueDemandMap final : public QWidget
{
    Q_OBJECT
public:
    explicit ValueDemandMap(const theme::Theme &theme, QWidget *parent = nullptr);

    void setModel(const ValueDemandModel *model);

    QTableView *table() const { return m_table; }
    QPushButton *cornerButton() const { return m_cornerButton; }
    QString cornerCaption() const;

signals:
    void cellRequested(int row, int column);
    void cornerRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    const ValueDemandModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_axes = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_corner = nullptr;
    QPushButton *m_cornerButton = nullptr;
};

} // namespace acc
