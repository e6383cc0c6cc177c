#include "lossheadlines.h"
#include "translation.h"

#include "models/format.h"

#include <QLocale>

namespace acc {

namespace {

QString signedCount(int n)
{
    const QString digits = QLocale().toString(n < 0 ? -n : n);
    if (n > 0)
        return QLatin1Char('+') + digits;
    if (n < 0)
        return QChar(0x2212) + digits; // a true minus sign reads better on a projector
    return digits;
}

} // namespace

QList<Headline> lossHeadlines(const MetricsReport &report, const QString &currency)
{
    const AssetsFigures &f = report.assets.figures;
    const AssetsFigures *prev = previousPeriodFigures(report);
    const QLocale locale;
    auto note = [prev](const QString &value) {
        // "Sep 2026: 1,234 EUR": short enough for five tiles in a row at 1280 pixels.
        return prev ? LossReviewTr::tr("%2: %1").arg(value, format::periodShort(prev->period)) : QString();
    };
    QList<Headline> h;
    h.append({LossReviewTr::tr("Lost customers"), locale.toString(f.lost),
              prev ? note(locale.toString(prev->lost)) : QString()});
    h.back().key = QStringLiteral("lost");
    h.append({LossReviewTr::tr("Lost value (12 months)"), format::moneyShort(f.lostValue, currency),
              prev ? note(format::moneyShort(prev->lostValue, currency)) : QString(),
              format::moneyCompact(f.lostValue, currency),
              prev ? note(format::moneyCompact(prev->lostValue, currency)) : QString()});
    h.back().key = QStringLiteral("lost_value");
    h.append({LossReviewTr::tr("Churn rate"), format::percent(f.churnRate, 1),
              prev ? note(format::percent(prev->churnRate, 1)) : QString()});
    h.back().key = QStringLiteral("churn_rate");
    h.append({LossReviewTr::tr("Won back"), locale.toString(f.wonBack),
              prev ? note(locale.toString(prev->wonBack)) : QString()});
    h.back().key = QStringLiteral("won_back");
    h.append({LossReviewTr::tr("Net change in customers"), signedCount(f.net),
              prev ? note(signedCount(prev->net)) : QString()});
    h.back().key = QStringLiteral("net");
    return h;
}

Headline gainedHeadline(const MetricsReport &report)
{
    const AssetsFigures *prev = previousPeriodFigures(report);
    const QLocale locale;
    return {LossReviewTr::tr("Customers gained"),
            locale.toString(report.assets.figures.gained),
            prev ? LossReviewTr::tr("%2: %1").arg(locale.toString(prev->gained),
                                                  format::periodShort(prev->period))
                 : QString(),
            {},
            {},
            QStringLiteral("gained")};
}

} // namespace acc
