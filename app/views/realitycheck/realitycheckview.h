#pragma once

#include "models/realitycheckmodel.h"
#include "theme/theme.h"
#include "views/reportview.h"

class QChartView;
class QSplitter;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace acc {

class MessageLine;

class FitText;
class RealityRadarChart;

// PRODUCT.md §11: once a quarter the leadership team scores itself 1 to 10 on the seven
// dimensions of customer leadership, with a note each. The table is edited by keys (type
// a score, Enter: saved at once; undo and redo), the radar chart shows this quarter
// against the last.
class RealityCheckView final : public ReportView
{
    Q_OBJECT
public:
    explicit RealityCheckView(QWidget *parent = nullptr,
                              const theme::Theme &theme = theme::Theme::standard());
    ~RealityCheckView() override;
    static ViewDescriptor descriptor();

    QString title() const override;
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) override;
    bool usesModel() const override { return false; }
    bool canExportTable() const override { return true; }
    void exportTable() override;
    bool exportTableTo(const QString &path, QString *error) const override;

    RealityCheckModel &model() { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *noteField() const { return m_note; }
    RealityRadarChart *chart() const { return m_chart; }
    QUndoStack *undoStack() const { return m_undo; }
    QString message() const;
    QString summary() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showNote();
    void showMessage(const QString &text);
    void updateSummary();

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    RealityCheckModel m_model;
    QUndoStack *m_undo = nullptr;
    FitText *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    MessageLine *m_message = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    RealityRadarChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace acc
