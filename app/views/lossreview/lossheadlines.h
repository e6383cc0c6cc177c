#pragma once

#include "engine/metrics.h"
#include "report/headline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace acc {

// Lost customers, lost value, churn rate, won back and net change of the report's period,
// formatted with format.h, each with the previous period's figure when the report has it.
QList<Headline> lossHeadlines(const MetricsReport &report, const QString &currency);
// Customers gained in the period (METRICS.md gained), with the period before's.
Headline gainedHeadline(const MetricsReport &report);

} // namespace acc
