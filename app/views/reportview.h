#pragma once

#include "models/customerselection.h"
#include "models/metricsservice.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace acc {

namespace theme {
class Theme;
}

// A page of the main window (loss review, best customers, ...). It shows one snapshot of
// the figures; it neither loads nor computes. Views describe themselves (ViewDescriptor)
// and the registry (viewregistry.h) lists them: the window, the command line's --view and
// `export` and meeting mode find them there.
class ReportView : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The name in the navigation list.
    virtual QString title() const = 0;
    virtual void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) = 0;
    // Whether the view shows a figure of the customer-base model (P(alive), expected value,
    // at_risk): the window gives it the model stage's snapshot too; a view that shows none
    // keeps the first delivery of the same computation (MetricsSnapshot::computation).
    virtual bool usesModel() const { return true; }
    // Whether the view has a table to export; exportTable() asks for a file and writes it,
    // exportTableTo() writes the table on show as CSV (`accountable export` uses it).
    virtual bool canExportTable() const { return false; }
    virtual void exportTable() {}
    virtual bool exportTableTo(const QString &path, QString *error) const;
    // A drill-down arriving: views that list customers (the Customers view) show these.
    virtual void showCustomers(const CustomerSelection &selection) { Q_UNUSED(selection); }
    // The service's second stage (MetricsService::trendReady): views that chart figures
    // over the periods before (the Scorecard) take the trend of the snapshot they show.
    virtual bool usesTrend() const { return false; }
    virtual void setTrend(const std::shared_ptr<const TrendSnapshot> &trend) { Q_UNUSED(trend); }

signals:
    // The user asked for the customers behind a bar, slice, point or row: the window
    // opens the Customers view on them.
    void customersRequested(const acc::CustomerSelection &selection);
    // Something the figures are computed from (targets, criteria) was changed in the
    // database from this view: the window computes again.
    void inputsChanged();
    // The user asked to edit the best-customer criteria: the window opens the dialog.
    void criteriaEditRequested();
    // The user asked for another view (by its command-line name, "loss-review"): the
    // window shows it, and ignores a name it has no view of.
    void viewRequested(const QString &viewName);
};

// What the registry knows of a view: its command-line name ("loss-review"), its title
// in the user's language, the freedesktop icon name, and how to make one.
struct ViewDescriptor
{
    QString name;
    std::function<QString()> title;
    QString iconName;
    std::function<ReportView *(const theme::Theme &theme, QWidget *parent)> create;
};

} // namespace acc
