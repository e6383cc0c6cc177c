#pragma once

#include "engine/metrics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace acc {

// One headline figure above the loss charts, and on the pack's loss page: what it is,
// its value as text, and how it compares with the period before.
struct Headline
{
    QString label;
    QString value;
    QString note;
    // Shown instead of value and note when they do not fit whole (FigureTile::setFigure).
    QString shortValue{};
    QString shortNote{};
    // The figure's key in core's guide (guide::definition): the tile's tooltip and
    // accessible description say how it is computed.
    QString key{};
};

// Lost customers, lost value, churn rate, won back and net change of the report's period,
// formatted with format.h, each with the previous period's figure when the report has it.
QList<Headline> lossHeadlines(const MetricsReport &report, const QString &currency);
// Customers gained in the period (METRICS.md gained), with the period before's.
Headline gainedHeadline(const MetricsReport &report);

} // namespace acc
