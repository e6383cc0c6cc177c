#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QSplitter;
class QStackedLayout;
class QTabWidget;

namespace acc {

// Lays out the Best customers view's list and its four charts for the room it has:
// - Tabs: one tab each (a 1024- or 1280-pixel screen), nothing cut, nothing squeezed;
// - Split: the list on the left, the charts in tabs on the right (a wide screen);
// - Grid: the list on the left, the charts two by two on the right (wide and tall).
// The widgets are moved between the layouts, never copied.
class BestCustomersDeck final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Tabs, Split, Grid };

    explicit BestCustomersDeck(QWidget *parent = nullptr);

    void setList(QWidget *list, const QString &title);
    void addChart(QWidget *chart, const QString &title);
    Mode mode() const { return m_mode; }
    // The mode for a deck of that size.
    static Mode modeFor(QSize size);
    // Brings a page into view (its tab, in the tab modes).
    void showPage(QWidget *page);
    QTabWidget *tabs() const { return m_tabs; }
    QTabWidget *chartTabs() const { return m_chartTabs; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void apply(Mode mode);

    Mode m_mode = Mode::Tabs;
    bool m_applied = false;
    QWidget *m_list = nullptr;
    QString m_listTitle;
    QList<QWidget *> m_charts;
    QStringList m_chartTitles;
    QStackedLayout *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;    // Tabs: the list and the charts
    QSplitter *m_split = nullptr;    // Split and Grid: the list | the charts
    QWidget *m_listHolder = nullptr; // the list's place in the splitter
    QWidget *m_right = nullptr;      // the charts' place in the splitter
    QStackedLayout *m_rightStack = nullptr;
    QTabWidget *m_chartTabs = nullptr; // Split: the charts
    QWidget *m_grid = nullptr;         // Grid: the charts two by two
    QGridLayout *m_gridLayout = nullptr;
};

} // namespace acc
