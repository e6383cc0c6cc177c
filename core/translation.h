#pragma once

#include <QCoreApplication>

namespace acc {

// One translation context per module (STYLE.md): code outside a QObject writes
// StorageTr::tr("..."), and lupdate files the text under the context declared here.
struct StorageTr
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
struct ImportTr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};
struct MetricsTr
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
struct ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};
struct MeetingTr
{
    Q_DECLARE_TR_FUNCTIONS(Meeting)
};
struct LossReviewTr
{
    Q_DECLARE_TR_FUNCTIONS(LossReview)
};

} // namespace acc
