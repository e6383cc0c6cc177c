#pragma once

#include <QImage>
#include <QObject>

class QWidget;
class QMenu;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace acc::charts {

// The chart as the user sees it, at twice the screen's resolution so it stays sharp when
// pasted into a slide or a document.
QImage chartImage(QChartView *view);
// Puts the chart's image on the clipboard (image and PNG data).
void copyChart(QChartView *view);
// The chart to copy in root: the one with the keyboard focus, else the one under the mouse,
// else the first visible one; nullptr when root shows no chart.
QChartView *chartToCopy(QWidget *root);

// Gives every chart inside root a context menu with "Copy chart as image": installed on
// the application (charts appear inside views as they build), it answers only to context
// menu requests over a chart that root contains.
class ChartCopyMenu final : public QObject
{
    Q_OBJECT
public:
    explicit ChartCopyMenu(QWidget *root);

    // The menu's action was chosen on this chart (for the status bar).
    Q_SIGNAL void copied(const QString &chartTitle);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_root;
};

} // namespace acc::charts
