// The Listening & service view's section of the quarterly agenda (report/sections.h): NPS,
// complaints and the issues driving customers away.
#include "translation.h"

#include "models/format.h"
#include "models/listeningtrendmodel.h"
#include "models/metricsservice.h"
#include "models/reasonparetomodel.h"
#include "report/sections.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace acc::sections {

namespace {
const QString kDash = QStringLiteral("\u2014");
// The view's own translation context: its tiles and this section share the texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ListeningView)
};
} // namespace

QList<Headline> listeningHeadlines(const MetricsSnapshot &snapshot, const ListeningTrendModel &trend)
{
    QList<Headline> h;
    const MetricsReport &report = snapshot.report;
    const ListeningFigures &l = report.listening;
    const ServiceFigures &s = report.service;
    const QLocale locale;
    // The period before, from the trend (not for a year: the trend holds quarters).
    const int row = trend.rowOf(report.days.period);
    const ListeningTrendPoint *previous = row > 0 ? &trend.pointAt(row - 1) : nullptr;
    auto before = [&](const QString &value) {
        // "Q2 2026: 17": the tiles are narrow on a 1280-pixel projector.
        return previous ? Tr::tr("%1: %2").arg(format::periodShort(previous->period), value) : QString();
    };
    auto nps = [&](const std::optional<double> &v) {
        // Rounded first, so a score just below zero reads 0, not -0.
        return v ? locale.toString(std::round(*v) + 0.0, 'f', 0) : kDash;
    };
    auto per100 = [&](const std::optional<double> &v) { return v ? locale.toString(*v, 'f', 2) : kDash; };

    h.append({Tr::tr("NPS"), nps(l.nps),
              previous ? before(nps(previous->figures.nps)) : Tr::tr("promoters minus detractors")});
    h.back().key = QStringLiteral("nps");
    h.append({Tr::tr("Responses"), locale.toString(l.responses),
              Tr::tr("9–10: %1 · 0–6: %2").arg(locale.toString(l.promoters), locale.toString(l.detractors))});
    h.back().key = QStringLiteral("responses");
    h.append({Tr::tr("Complaints per 100"), per100(l.complaintsPer100),
              previous ? before(per100(previous->figures.complaintsPer100))
                       : Tr::tr("%n complaint(s)", nullptr, s.complaints)});
    h.back().key = QStringLiteral("complaints_per_100");
    h.append({Tr::tr("Resolved within SLA"),
              s.resolvedWithinSla ? format::percent(s.resolvedWithinSla, 0) : kDash,
              Tr::tr("of %1, SLA %2 days")
                  .arg(locale.toString(s.complaints), locale.toString(snapshot.data->slaDays))});
    h.back().key = QStringLiteral("resolved_within_sla");
    h.append({Tr::tr("Median resolution"),
              s.medianResolutionDays ? Tr::tr("%1 days").arg(locale.toString(*s.medianResolutionDays, 'f', 1))
                                     : kDash,
              s.medianResolutionDays ? Tr::tr("resolved complaints") : Tr::tr("no complaint resolved")});
    h.back().key = QStringLiteral("median_resolution_days");
    h.append({Tr::tr("Rescue rate"), s.rescueRate ? format::percent(s.rescueRate, 0) : kDash,
              Tr::tr("%1 of %2 kept").arg(locale.toString(s.rescued), locale.toString(s.rescueContacts))});
    h.back().key = QStringLiteral("rescue_rate");
    return h;
}

PackSection listening(const SectionContext &context)
{
    PackSection s = start(QStringLiteral("listening"), QStringLiteral("listening"),
                          ReportTr::tr("Listening: NPS and complaints, %1").arg(context.pack.periodText));
    ListeningTrendModel trend;
    trend.setSnapshot(&context.snapshot);
    s.headlines = listeningHeadlines(context.snapshot, trend);
    ReasonParetoModel reasons;
    reasons.setReasons(context.snapshot.report.listening.topReasons, context.pack.currency);
    PackTable issues =
        table(ReportTr::tr("The issues driving customers away, %1").arg(context.pack.periodText),
              ReportTr::tr("No customers were lost in this period."), {40, 12, 20, 14, 14});
    copyTable(reasons,
              {ReasonParetoModel::Reason, ReasonParetoModel::Count, ReasonParetoModel::Value,
               ReasonParetoModel::Share, ReasonParetoModel::CumulativeShare},
              issues, context);
    issues.slideColumns = {0, 1, 2, 3}; // reason, customers, lost value, share
    s.tables.append(issues);
    PackTable answers = table(ReportTr::tr("NPS and complaints by period"), ReportTr::tr("No answers yet."),
                              {16, 11, 11, 11, 11, 9, 11, 10, 10});
    QList<int> columns;
    for (int c = 0; c < ListeningTrendModel::ColumnCount; ++c)
        columns.append(c);
    copyTable(trend, columns, answers, context);
    s.tables.append(answers);
    return s;
}

} // namespace acc::sections
