#include "chartcopy.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace acc::charts {

namespace {

QChartView *chartViewOf(QObject *object)
{
    // A context menu reaches the view's viewport, whose parent is the view.
    for (int depth = 0; object && depth < 2; ++depth, object = object->parent()) {
        if (auto *view = qobject_cast<QChartView *>(object))
            return view;
    }
    return nullptr;
}

} // namespace

QImage chartImage(QChartView *view)
{
    if (!view)
        return {};
    const qreal ratio = 2.0;
    QImage image(view->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(view->palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    painter.end();
    return image;
}

void copyChart(QChartView *view)
{
    const QImage image = chartImage(view);
    if (image.isNull())
        return;
    auto *mime = new QMimeData;
    mime->setImageData(image);
    QGuiApplication::clipboard()->setMimeData(mime);
}

QChartView *chartToCopy(QWidget *root)
{
    if (!root)
        return nullptr;
    if (QChartView *focused = chartViewOf(QApplication::focusWidget());
        focused && root->isAncestorOf(focused))
        return focused;
    if (QChartView *hovered = chartViewOf(QApplication::widgetAt(QCursor::pos()));
        hovered && root->isAncestorOf(hovered) && hovered->isVisible())
        return hovered;
    const QList<QChartView *> all = root->findChildren<QChartView *>();
    for (QChartView *view : all) {
        if (view->isVisible())
            return view;
    }
    return nullptr;
}

ChartCopyMenu::ChartCopyMenu(QWidget *root)
    : QObject(root)
    , m_root(root)
{
    qApp->installEventFilter(this);
}

bool ChartCopyMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return false;
    QChartView *view = chartViewOf(watched);
    if (!view || !m_root->isAncestorOf(view) || view->contextMenuPolicy() == Qt::NoContextMenu)
        return false;
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    QMenu menu(view);
    QAction *copy = menu.addAction(tr("&Copy chart as image"));
    if (menu.exec(menuEvent->globalPos()) == copy) {
        copyChart(view);
        emit copied(view->chart() ? view->chart()->title() : QString());
    }
    return true;
}

} // namespace acc::charts
