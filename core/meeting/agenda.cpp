#include "agenda.h"

#include "translation.h"

namespace acc::agenda {

std::optional<PackKind> parseKind(const QString &text)
{
    if (text == QLatin1String("monthly"))
        return PackKind::Monthly;
    if (text == QLatin1String("quarterly"))
        return PackKind::Quarterly;
    return std::nullopt;
}

QString kindName(PackKind kind)
{
    return kind == PackKind::Quarterly ? QStringLiteral("quarterly") : QStringLiteral("monthly");
}

QString title(PackKind kind)
{
    return kind == PackKind::Quarterly ? ReportTr::tr("Quarterly accountability meeting")
                                       : ReportTr::tr("Monthly customer-loss review");
}

std::optional<PackKind> kindFor(const Period &period)
{
    switch (period.kind()) {
    case Period::Kind::Month:
        return PackKind::Monthly;
    case Period::Kind::Quarter:
        return PackKind::Quarterly;
    case Period::Kind::Year:
        break;
    }
    return std::nullopt;
}

QString refusal(PackKind kind, const Period &period)
{
    if (!period.isValid())
        return ReportTr::tr("no period is chosen");
    if (period.kind() == Period::Kind::Year)
        return ReportTr::tr("a meeting covers a month (monthly, e.g. %1-09) or a quarter (quarterly, e.g. "
                            "%1-Q3); there is no annual meeting for %2: choose one of its quarters")
            .arg(period.yearNumber())
            .arg(period.toString());
    if (kind == PackKind::Monthly && period.kind() != Period::Kind::Month)
        return ReportTr::tr("a monthly review covers a month, e.g. %1; for %2 hold the quarterly meeting")
            .arg(Period::containing(Period::Kind::Month, period.end()).toString(), period.toString());
    if (kind == PackKind::Quarterly && period.kind() != Period::Kind::Quarter)
        return ReportTr::tr("a quarterly meeting covers a quarter, e.g. %1; for %2 hold the monthly review")
            .arg(Period::containing(Period::Kind::Quarter, period.end(), period.fiscalStart()).toString(),
                 period.toString());
    return QString();
}

const QList<AgendaItem> &items(PackKind kind)
{
    static const QList<AgendaItem> monthly{
        {QStringLiteral("loss-volume"), QStringLiteral("loss-review")},
        {QStringLiteral("loss-value"), QStringLiteral("loss-review")},
        {QStringLiteral("loss-reasons"), QStringLiteral("loss-review")},
        {QStringLiteral("lost-customers"), QStringLiteral("loss-review")},
        {QStringLiteral("win-backs"), QStringLiteral("loss-review")},
        {QStringLiteral("exit-calls"), QStringLiteral("loss-review")},
        {QStringLiteral("open-actions"), QStringLiteral("actions")},
    };
    static const QList<AgendaItem> quarterly{
        {QStringLiteral("scorecard"), QStringLiteral("scorecard")},
        {QStringLiteral("customers-gained-lost"), QStringLiteral("loss-review")},
        {QStringLiteral("service-rescue"), QStringLiteral("at-risk")},
        {QStringLiteral("listening"), QStringLiteral("listening")},
        {QStringLiteral("operations"), QStringLiteral("moments-of-truth")},
        {QStringLiteral("best-customers"), QStringLiteral("best-customers")},
        {QStringLiteral("spend"), QStringLiteral("spend")},
        {QStringLiteral("reality-check"), QStringLiteral("reality-check")},
        {QStringLiteral("actions"), QStringLiteral("actions")},
    };
    return kind == PackKind::Quarterly ? quarterly : monthly;
}

} // namespace acc::agenda
