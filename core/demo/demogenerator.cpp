#include "demointernal.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace acc::demo::internal {

Generator::Generator(const Options &options)
    : m_random(0x9e3779b97f4a7c15ULL ^ (std::uint64_t(options.seed) * 0xbf58476d1ce4e5b9ULL) ^
               std::uint64_t(std::max(0, options.customers)))
    , m_customers(std::max(0, options.customers))
{
    const QDate last = options.lastDay.isValid() ? options.lastDay : QDate(2026, 3, 31);
    m_last = toDay(last);
    m_first = toDay(last.addYears(-3).addDays(1));
    const int span = m_last - m_first + 1;
    m_season.resize(static_cast<std::size_t>(span));
    for (int i = 0; i < span; ++i)
        m_season[static_cast<std::size_t>(i)] =
            kSeason[static_cast<std::size_t>(toDate(m_first + i).month() - 1)];
    const QDate lastMonth(last.year(), last.month(), 1);
    for (int m = 0; m < 3; ++m) {
        const QDate start = lastMonth.addMonths(m - 2);
        m_storyFrom[static_cast<std::size_t>(m)] = toDay(start);
        m_storyTo[static_cast<std::size_t>(m)] = std::min(m_last, toDay(start.addMonths(1).addDays(-1)));
    }
    m_storyStart = m_storyFrom[0];
    for (std::size_t i = 0; i < kCategoryCount; ++i)
        m_categoryNames[i] = QString::fromUtf8(kCategories[i]);
    for (std::size_t i = 0; i < kOrderChannelCount; ++i)
        m_orderChannelNames[i] = QString::fromUtf8(kOrderChannels[i]);
    for (std::size_t i = 0; i < kContactChannelCount; ++i)
        m_contactChannelNames[i] = QString::fromUtf8(kContactChannels[i]);
    for (std::size_t i = 0; i < kTouchpointCount; ++i)
        m_touchpointNames[i] = QString::fromUtf8(kTouchpoints[i].name);
    for (std::size_t i = 0; i < kTeamCount; ++i)
        m_teamNames[i] = QString::fromUtf8(kTeams[i]);
    for (std::size_t i = 0; i < kOwners.size(); ++i)
        m_ownerNames[i] = QString::fromUtf8(kOwners[i]);
    for (std::size_t i = 0; i < kSegmentCount; ++i)
        m_segmentNames[i] = QString::fromUtf8(kSegments[i].name);
    for (std::size_t i = 0; i < kRegionCount; ++i)
        m_regionNames[i] = QString::fromUtf8(kRegionNames[i]);
    for (std::size_t i = 0; i < kReasonCount; ++i)
        m_reasonNames[i] = QString::fromUtf8(kReasons[i]);
}

// Ids that grow with the date, as a real system hands them out: a counting sort by day
// that keeps the customer order within a day.
template <typename Row, typename DayOf, typename SetId>
void Generator::numberRows(std::vector<Row> &rows, DayOf dayOf, QChar prefix, int width, SetId setId) const
{
    const int span = m_last - m_first + 2;
    std::vector<int> next(static_cast<std::size_t>(span) + 1, 0);
    for (const Row &row : rows)
        ++next[offset(std::clamp(dayOf(row), m_first, m_last + 1)) + 1];
    for (std::size_t i = 1; i < next.size(); ++i)
        next[i] += next[i - 1];
    for (Row &row : rows) {
        const int rank = next[offset(std::clamp(dayOf(row), m_first, m_last + 1))]++;
        setId(row, prefix + QString::number(rank + 1).rightJustified(width, QLatin1Char('0')));
    }
}

Dataset Generator::run()
{
    Dataset data;
    data.companyName = QStringLiteral("Northwind Outfitters");
    data.currency = QStringLiteral("EUR");
    data.customers.reserve(static_cast<std::size_t>(m_customers));
    const auto expected = static_cast<std::size_t>(m_customers);
    data.orders.reserve(expected * 10);
    data.contacts.reserve(expected * 7);
    data.feedback.reserve(expected * 3);
    m_segmentOf.reserve(expected);
    for (int i = 0; i < m_customers; ++i)
        customer(data, i);
    numberRows(
        data.orders, [](const OrderRecord &o) { return o.orderedOn; }, QLatin1Char('O'), 7,
        [&data](OrderRecord &o, const QString &id) { o.orderId = data.addText(id); });
    numberRows(
        data.contacts, [](const ContactRecord &c) { return c.occurredOn; }, QLatin1Char('K'), 7,
        [&data](ContactRecord &c, const QString &id) { c.contactId = data.addText(id); });
    numberRows(
        data.feedback, [](const FeedbackRecord &f) { return f.respondedOn; }, QLatin1Char('R'), 6,
        [&data](FeedbackRecord &f, const QString &id) { f.responseId = data.addText(id); });
    spend(data);
    data.finalize();
    return data;
}

// One customer: who they are, when they join, whether they are lost and won back; then what
// they do (demoactivity.cpp), appended to the data as rows.
void Generator::customer(Dataset &data, int index)
{
    Random &r = m_random;
    CustomerRecord c;
    c.customerId = QStringLiteral("C%1").arg(index + 1, 6, 10, QLatin1Char('0'));

    int segment = r.pick(std::array<double, kSegmentCount>{kSegments[0].share, kSegments[1].share,
                                                           kSegments[2].share, kSegments[3].share});
    int region = r.pick(kRegionShares);
    Locale locale = static_cast<Locale>(r.pick(kRegionLocales[static_cast<std::size_t>(region)]));
    const auto &showcase = showcaseNames();
    if (index < showcase.size()) {
        const ShowcaseName &s = showcase.at(index);
        c.name = s.name;
        locale = s.locale;
        region = s.region;
        if (s.person)
            segment = Consumer;
        else if (segment == Consumer)
            segment = Smb;
    } else if (segment == Consumer) {
        c.name = r.chance(0.9) ? personName(locale, r) : shopName(locale, r);
    } else if (segment == Smb) {
        c.name = r.chance(0.3) ? shopName(locale, r) : companyName(locale, r);
    } else {
        c.name = companyName(locale, r);
    }
    c.segment = m_segmentNames[static_cast<std::size_t>(segment)];
    c.region = m_regionNames[static_cast<std::size_t>(region)];
    const int owner = 2 * region + r.below(2);
    c.accountOwner = m_ownerNames[static_cast<std::size_t>(owner)];
    const SegmentProfile &profile = kSegments[static_cast<std::size_t>(segment)];

    // Acquisition: a third were customers before the three years; the rest joined at a
    // growing pace.
    const int span = m_last - m_first + 1;
    const bool base = r.chance(0.35);
    if (base) {
        c.acquiredOn = m_first - 1 - r.below(6 * 365);
    } else {
        constexpr double growth = 0.8;
        const double u = r.uniform();
        const double x = (-1.0 + std::sqrt(1.0 + 2.0 * growth * u * (1.0 + growth / 2.0))) / growth;
        c.acquiredOn = std::min(m_last, m_first + static_cast<int>(x * span));
    }
    const Day start = std::max(c.acquiredOn, m_first);

    // Who the customer is: how often they buy, how much, how happy they are.
    const double sigmaRate = 0.8;
    const double rate =
        std::min(60.0, profile.ordersPerYear * r.logNormal(-sigmaRate * sigmaRate / 2, sigmaRate));
    const double dropout = profile.dropout * (0.3 + 1.4 * r.uniform());
    const double valueLevel = r.logNormal(-0.125, 0.5);
    const double satisfaction = r.normal();
    const double contactRate = profile.contactsPerYear * r.logNormal(-0.08, 0.4);
    const int favourite = r.pick(kCategoryMix[static_cast<std::size_t>(segment)]);
    const bool sleeping = base ? r.chance(0.06) : r.chance(0.03);

    // A recorded loss, at a yearly hazard, and the North's delivery failure on top.
    const double hazard =
        profile.lossHazard * (satisfaction < -1.0 ? 1.6 : 1.0) * (satisfaction > 1.0 ? 0.7 : 1.0);
    Day lost = kNoDay;
    int reason = Unknown;
    bool storyLoss = false;
    {
        double t = start + r.exponential(hazard / 365.0);
        if (!base)
            t = std::max(t, double(c.acquiredOn + 20));
        if (t <= m_last) {
            lost = static_cast<Day>(t);
            reason = r.pick(kReasonShares);
        }
    }
    if (region == North) {
        const double monthly = hazard * kStoryServiceFailureShare / 12.0 * profile.storyWeight;
        for (std::size_t m = 0; m < 3; ++m) {
            const Day from = m_storyFrom[m];
            if (c.acquiredOn + 20 > from || (hasDay(lost) && lost <= from))
                continue;
            if (r.chance(monthly * kStoryExtra[m])) {
                const Day d = r.between(from, m_storyTo[m]);
                if (!hasDay(lost) || d < lost) {
                    lost = d;
                    reason = ServiceFailure;
                    storyLoss = true;
                }
                break;
            }
        }
    }
    Day wonBack = kNoDay;
    if (hasDay(lost) && !storyLoss && r.chance(kWinBackChance[static_cast<std::size_t>(reason)])) {
        const Day d = lost + 30 + static_cast<Day>(r.exponential(1.0 / 150.0));
        if (d <= m_last)
            wonBack = d;
    }
    c.lostOn = lost;
    c.lossReason = hasDay(lost) ? m_reasonNames[static_cast<std::size_t>(reason)] : QString();
    c.wonBackOn = wonBack;

    std::array<Interval, 2> intervals{};
    int intervalCount = 1;
    intervals[0] = {start, hasDay(lost) ? lost : m_last + 1, 0};
    if (hasDay(wonBack)) {
        intervals[1] = {wonBack, m_last + 1, 0};
        intervalCount = 2;
    }

    Life life{.c = c,
              .index = index,
              .segment = segment,
              .region = region,
              .locale = locale,
              .profile = profile,
              .start = start,
              .base = base,
              .rate = rate,
              .dropout = dropout,
              .valueLevel = valueLevel,
              .satisfaction = satisfaction,
              .contactRate = contactRate,
              .favourite = favourite,
              .sleeping = sleeping,
              .lost = lost,
              .reason = reason,
              .storyLoss = storyLoss,
              .wonBack = wonBack,
              .intervals = intervals,
              .intervalCount = intervalCount};
    contacts(life);
    orders(life);
    answers(life);

    // The CRM's loyalty stage on the last day.
    c.stage = stage(c, segment, r);

    rows(data, life);
    m_segmentOf.push_back(segment);
    data.customers.push_back(std::move(c));
}

} // namespace acc::demo::internal

namespace acc::demo {

Dataset generate(const Options &options)
{
    internal::Generator generator(options);
    return generator.run();
}

} // namespace acc::demo
