#pragma once

#include "models/metricsservice.h"

#include <QWidget>

#include <memory>

namespace acc {

// A page of the main window (loss review, scorecard, ...). It shows one snapshot of the
// figures; it neither loads nor computes. The window keeps a list of them, so new views
// slot in by implementing this.
class ReportView : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The name in the navigation list.
    virtual QString title() const = 0;
    virtual void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) = 0;
    // Whether the view has a table to export; exportTable() asks for a file and writes it.
    virtual bool canExportTable() const { return false; }
    virtual void exportTable() {}
};

} // namespace acc
