#include "demogenerator.h"

#include "demonames.h"
#include "demorandom.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace acc::demo {

namespace {

// ---- The company's shape ------------------------------------------------------------

enum Segment { Enterprise, MidMarket, Smb, Consumer, kSegmentCount };

struct SegmentProfile
{
    const char *name;
    double share;           // of customers
    double ordersPerYear;   // mean buying rate while alive
    double dropout;         // chance of silently dropping out after an order (BG/NBD's p)
    double medianOrder;     // euros
    double lossHazard;      // recorded losses per active customer-year
    double contactsPerYear; // mean contact rate
    double npsMean;         // typical score
    double afterSaleSurvey; // chance an order is followed by a survey answer
    double onboarding;      // chance a new customer gets an onboarding call
    double storyWeight;     // how hard the North delivery failure hits the segment
};

constexpr std::array<SegmentProfile, kSegmentCount> kSegments{{
    {"Enterprise", 0.04, 11.0, 0.015, 2400.0, 0.07, 9.0, 8.3, 0.08, 0.95, 6.0},
    {"Mid-market", 0.14, 7.0, 0.035, 850.0, 0.10, 5.5, 8.1, 0.10, 0.85, 4.0},
    {"SMB", 0.34, 4.5, 0.06, 240.0, 0.13, 3.0, 7.9, 0.14, 0.6, 1.2},
    {"Consumer", 0.48, 2.2, 0.10, 70.0, 0.15, 1.4, 8.3, 0.20, 0.2, 0.4},
}};

enum Region { North, South, East, West, Central, International, kRegionCount };

constexpr std::array<const char *, kRegionCount> kRegionNames{"North", "South",   "East",
                                                              "West",  "Central", "International"};
constexpr std::array<double, kRegionCount> kRegionShares{0.22, 0.18, 0.15, 0.17, 0.18, 0.10};

// Which language a region's customers write in, weights in the order of Locale.
constexpr std::array<std::array<double, kLocaleCount>, kRegionCount> kRegionLocales{{
    //  en    de    fr    es    it    nord  nl    pl    cs    el    ja    ar    he
    {0.08, 0.22, 0.0, 0.0, 0.0, 0.65, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}, // North
    {0.0, 0.0, 0.3, 0.28, 0.3, 0.0, 0.0, 0.0, 0.0, 0.12, 0.0, 0.0, 0.0},   // South
    {0.0, 0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.55, 0.35, 0.0, 0.0, 0.0, 0.0},   // East
    {0.42, 0.0, 0.3, 0.0, 0.0, 0.0, 0.28, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},   // West
    {0.0, 0.6, 0.15, 0.0, 0.1, 0.0, 0.0, 0.0, 0.15, 0.0, 0.0, 0.0, 0.0},   // Central
    {0.33, 0.0, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0, 0.1, 0.3, 0.13, 0.09}, // International
}};

// Two account owners per region.
constexpr std::array<const char *, 2 * kRegionCount> kOwners{
    "Ingrid Solberg",   "Mikael Nyström", "Lucía Fernández", "Marco Bellini",
    "Katarzyna Wójcik", "Tomáš Dvořák",   "Emma Clarke",     "Julien Moreau",
    "Stefan Huber",     "Lena Wagner",    "Yuki Tanaka",     "Omar Haddad",
};

constexpr int kCategoryCount = 8;
constexpr std::array<const char *, kCategoryCount> kCategories{
    "Outerwear",     "Footwear",    "Backpacks & bags", "Tents & shelter",
    "Climbing gear", "Accessories", "Workwear",         "Repairs & service"};
constexpr std::array<std::array<double, kCategoryCount>, kSegmentCount> kCategoryMix{{
    {0.10, 0.08, 0.06, 0.10, 0.06, 0.05, 0.40, 0.15},
    {0.14, 0.10, 0.10, 0.12, 0.09, 0.08, 0.27, 0.10},
    {0.18, 0.14, 0.12, 0.12, 0.10, 0.12, 0.14, 0.08},
    {0.26, 0.22, 0.14, 0.10, 0.08, 0.15, 0.02, 0.03},
}};

constexpr int kOrderChannelCount = 5;
constexpr std::array<const char *, kOrderChannelCount> kOrderChannels{"web", "store", "phone", "partner",
                                                                      "key account"};
constexpr std::array<std::array<double, kOrderChannelCount>, kSegmentCount> kOrderChannelMix{{
    {0.10, 0.0, 0.25, 0.15, 0.50},
    {0.25, 0.05, 0.30, 0.20, 0.20},
    {0.45, 0.15, 0.25, 0.15, 0.0},
    {0.60, 0.35, 0.05, 0.0, 0.0},
}};

constexpr int kContactChannelCount = 5;
constexpr std::array<const char *, kContactChannelCount> kContactChannels{"phone", "email", "chat", "visit",
                                                                          "web"};
constexpr std::array<std::array<double, kContactChannelCount>, kSegmentCount> kContactChannelMix{{
    {0.35, 0.30, 0.05, 0.30, 0.0},
    {0.40, 0.35, 0.10, 0.15, 0.0},
    {0.40, 0.30, 0.20, 0.05, 0.05},
    {0.25, 0.25, 0.30, 0.0, 0.20},
}};

enum Reason {
    Price,
    MovedToCompetitor,
    ServiceFailure,
    ProductGap,
    BillingProblem,
    RelocatedClosed,
    Unknown,
    kReasonCount
};
constexpr std::array<const char *, kReasonCount> kReasons{
    "Price", "Moved to competitor", "Service failure", "Product gap", "Billing problem", "Relocated/closed",
    ""};
constexpr std::array<double, kReasonCount> kReasonShares{0.27, 0.20, 0.14, 0.12, 0.09, 0.11, 0.07};
constexpr std::array<double, kReasonCount> kWinBackChance{0.22, 0.14, 0.12, 0.10, 0.20, 0.02, 0.06};

// Who handles a touchpoint: a fixed team, or the customer's account owner.
enum Team {
    Owner,
    ServiceDesk,
    Logistics,
    BillingTeam,
    CustomerSuccess,
    KeyAccountTeam,
    Marketing,
    kTeamCount
};
constexpr std::array<const char *, kTeamCount> kTeams{
    "", "Service desk", "Logistics", "Billing team", "Customer success", "Key-account team", "Marketing"};

struct Touchpoint
{
    const char *name;
    ContactCategory category;
    double weight; // within its category
    double complaint;
    Team team;
    bool businessOnly;
};

enum TouchpointId {
    EscalationCall,
    CancellationRequest,
    RetentionOffer,
    ServiceRecoveryVisit,
    RenewalMeeting,
    UpsellProposal,
    CrossSellCall,
    SeasonalCampaignCall,
    WinBackOffer,
    DeliveryProblem,
    BillingQuestion,
    ProductQuestion,
    ReturnRequest,
    OrderChange,
    TechnicalSupport,
    WarrantyClaim,
    AccountUpdate,
    OnboardingCall,
    BusinessReview,
    ThankYouCall,
    CustomerEvent,
    SatisfactionCheckIn,
    ProductTraining,
    kTouchpointCount
};

constexpr std::array<Touchpoint, kTouchpointCount> kTouchpoints{{
    {"Escalation call", ContactCategory::Rescue, 0.35, 0.70, CustomerSuccess, false},
    {"Cancellation request", ContactCategory::Rescue, 0.25, 0.40, CustomerSuccess, false},
    {"Retention offer", ContactCategory::Rescue, 0.25, 0.10, CustomerSuccess, false},
    {"Service recovery visit", ContactCategory::Rescue, 0.15, 0.50, KeyAccountTeam, true},
    {"Renewal meeting", ContactCategory::Revenue, 0.25, 0.03, Owner, true},
    {"Upsell proposal", ContactCategory::Revenue, 0.20, 0.02, Owner, false},
    {"Cross-sell call", ContactCategory::Revenue, 0.20, 0.02, Owner, false},
    {"Seasonal campaign call", ContactCategory::Revenue, 0.25, 0.02, Marketing, false},
    {"Win-back offer", ContactCategory::Revenue, 0.10, 0.05, CustomerSuccess, false},
    {"Delivery problem", ContactCategory::Request, 0.18, 0.50, Logistics, false},
    {"Billing question", ContactCategory::Request, 0.17, 0.35, BillingTeam, false},
    {"Product question", ContactCategory::Request, 0.20, 0.05, ServiceDesk, false},
    {"Return request", ContactCategory::Request, 0.12, 0.30, ServiceDesk, false},
    {"Order change", ContactCategory::Request, 0.13, 0.08, ServiceDesk, false},
    {"Technical support", ContactCategory::Request, 0.10, 0.20, ServiceDesk, false},
    {"Warranty claim", ContactCategory::Request, 0.06, 0.45, ServiceDesk, false},
    {"Account update", ContactCategory::Request, 0.04, 0.02, ServiceDesk, false},
    {"Onboarding call", ContactCategory::Relationship, 0.15, 0.02, CustomerSuccess, false},
    {"Quarterly business review", ContactCategory::Relationship, 0.20, 0.05, Owner, true},
    {"Thank-you call", ContactCategory::Relationship, 0.20, 0.0, Owner, false},
    {"Customer event", ContactCategory::Relationship, 0.15, 0.01, Marketing, false},
    {"Satisfaction check-in", ContactCategory::Relationship, 0.20, 0.08, CustomerSuccess, false},
    {"Product training", ContactCategory::Relationship, 0.10, 0.03, CustomerSuccess, true},
}};

// Contact categories by segment, in the order of ContactCategory.
constexpr std::array<std::array<double, kContactCategoryCount>, kSegmentCount> kContactCategoryMix{{
    {0.06, 0.26, 0.36, 0.32},
    {0.06, 0.24, 0.42, 0.28},
    {0.06, 0.22, 0.48, 0.24},
    {0.04, 0.20, 0.62, 0.14},
}};

// Orders by month of the year: a spring start, a summer lull and the Christmas peak.
constexpr std::array<double, 12> kSeason{0.80, 0.75, 0.90, 1.00, 1.00, 0.95,
                                         0.85, 0.80, 1.00, 1.10, 1.45, 1.70};
constexpr double kSeasonMax = 1.70;

// The story: recorded "Service failure" losses in the North run at this multiple of their
// usual rate in the last three months (on top of the usual rate: 1 + extra).
constexpr std::array<double, 3> kStoryExtra{6.0, 9.0, 12.0};
// Extra "Delivery problem" complaints in the North per active customer in those months.
constexpr std::array<double, 3> kStoryComplaints{0.03, 0.05, 0.07};
constexpr double kStoryServiceFailureShare = 0.14;

// ---- Working records ---------------------------------------------------------------

struct Interval
{
    Day from = 0;
    Day to = 0;      // exclusive
    Day dropDay = 0; // the customer silently stopped buying after this day (to when never)
};

struct TempOrder
{
    Day day;
    Cents amount;
    int category;
    int channel;
};

struct TempContact
{
    Day day;
    int touchpoint;
    bool complaint;
    Day resolved;
    int channel;
};

struct TempAnswer
{
    Day day;
    int score;
    QString comment;
};

class Generator
{
public:
    explicit Generator(const Options &options)
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

    Dataset run()
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
            [](OrderRecord &o, QString id) { o.orderId = std::move(id); });
        numberRows(
            data.contacts, [](const ContactRecord &c) { return c.occurredOn; }, QLatin1Char('K'), 7,
            [](ContactRecord &c, QString id) { c.contactId = std::move(id); });
        numberRows(
            data.feedback, [](const FeedbackRecord &f) { return f.respondedOn; }, QLatin1Char('R'), 6,
            [](FeedbackRecord &f, QString id) { f.responseId = std::move(id); });
        spend(data);
        data.finalize();
        return data;
    }

private:
    std::size_t offset(Day d) const { return static_cast<std::size_t>(d - m_first); }

    void customer(Dataset &data, int index)
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

        // Contacts.
        m_contacts.clear();
        auto addContact = [&](Day day, int touchpoint, bool complaint, bool slow) {
            TempContact k{day, touchpoint, complaint, kNoDay,
                          r.pick(kContactChannelMix[static_cast<std::size_t>(segment)])};
            const Touchpoint &tp = kTouchpoints[static_cast<std::size_t>(touchpoint)];
            if (complaint) {
                k.resolved = day + resolutionDays(slow);
            } else if (tp.category == ContactCategory::Request || tp.category == ContactCategory::Rescue) {
                k.resolved = day + r.pick(std::array<double, 4>{0.6, 0.25, 0.1, 0.05});
            }
            if (hasDay(k.resolved) && k.resolved > m_last)
                k.resolved = kNoDay;
            m_contacts.push_back(k);
        };
        const double complaintProneness = std::clamp(1.0 - 0.3 * satisfaction, 0.4, 1.8);
        for (int iv = 0; iv < intervalCount; ++iv) {
            const Interval &in = intervals[static_cast<std::size_t>(iv)];
            double t = in.from;
            for (;;) {
                t += r.exponential(contactRate / 365.0);
                if (t >= in.to)
                    break;
                const auto category = r.pick(kContactCategoryMix[static_cast<std::size_t>(segment)]);
                int tp = pickTouchpoint(static_cast<ContactCategory>(category), segment == Consumer);
                const double p = kTouchpoints[static_cast<std::size_t>(tp)].complaint * complaintProneness;
                addContact(static_cast<Day>(t), tp, r.chance(p), false);
            }
        }
        if (!base && r.chance(profile.onboarding)) {
            const Day d = c.acquiredOn + r.between(1, 21);
            if (d < intervals[0].to)
                addContact(d, OnboardingCall, false, false);
        }
        if (hasDay(lost)) {
            auto before = [&](int lo, int hi) { return lost - r.between(lo, hi); };
            int trigger = -1;
            double chance = 0;
            switch (reason) {
            case ServiceFailure:
                trigger = DeliveryProblem;
                chance = storyLoss ? 0.92 : 0.85;
                break;
            case BillingProblem:
                trigger = BillingQuestion;
                chance = 0.85;
                break;
            case ProductGap:
                trigger = ProductQuestion;
                chance = 0.4;
                break;
            case Price:
                trigger = CancellationRequest;
                chance = 0.35;
                break;
            case MovedToCompetitor:
                trigger = segment == Consumer ? CancellationRequest : RenewalMeeting;
                chance = 0.3;
                break;
            default:
                break;
            }
            if (trigger >= 0 && r.chance(chance)) {
                const Day d = before(3, 60);
                const bool complaint =
                    trigger == DeliveryProblem || trigger == BillingQuestion || trigger == ProductQuestion;
                if (d >= start)
                    addContact(d, trigger, complaint, storyLoss);
            }
            if (r.chance(0.5)) {
                const Day d = before(1, 45);
                const bool service = reason == ServiceFailure || reason == BillingProblem;
                if (d >= start)
                    addContact(d, service ? EscalationCall : RetentionOffer, service && r.chance(0.6),
                               storyLoss);
            }
            if (hasDay(wonBack)) {
                addContact(wonBack - r.between(1, 25), WinBackOffer, false, false);
            } else if (r.chance(0.25)) {
                const Day d = lost + r.between(20, 200);
                if (d <= m_last)
                    addContact(d, WinBackOffer, false, false);
            }
        }
        if (region == North) {
            for (std::size_t m = 0; m < 3; ++m) {
                const Day from = m_storyFrom[m];
                if (c.acquiredOn > from || !activeIn(intervals, intervalCount, from))
                    continue;
                if (r.chance(kStoryComplaints[m])) {
                    const Day d = r.between(from, m_storyTo[m]);
                    if (activeIn(intervals, intervalCount, d))
                        addContact(d, DeliveryProblem, true, true);
                }
            }
        }
        std::stable_sort(m_contacts.begin(), m_contacts.end(),
                         [](const TempContact &a, const TempContact &b) { return a.day < b.day; });

        // Orders: a seasonal Poisson process while alive, a first order on joining and on
        // being won back, and orders that follow revenue contacts.
        m_orders.clear();
        const auto &categoryMix = kCategoryMix[static_cast<std::size_t>(segment)];
        const auto &channelMix = kOrderChannelMix[static_cast<std::size_t>(segment)];
        auto addOrder = [&](Day day, Day limit) {
            double value = profile.medianOrder * valueLevel * r.logNormal(0.0, 0.55);
            if (r.chance(0.03))
                value *= std::min(40.0, r.pareto(1.5));
            const Cents amount = std::max<Cents>(100, std::llround(value * 100.0));
            const int category = r.chance(0.004) ? -1 : (r.chance(0.55) ? favourite : r.pick(categoryMix));
            const int channel = r.pick(channelMix);
            m_orders.push_back({day, amount, category, channel});
            if (r.chance(0.025)) {
                const Day refundDay = std::min({day + r.between(2, 30), m_last, limit - 1});
                const Cents refund =
                    r.chance(0.4) ? amount
                                  : std::max<Cents>(100, std::llround(amount * (0.1 + 0.5 * r.uniform())));
                m_orders.push_back({refundDay, -refund, category, channel});
            }
        };
        for (int iv = 0; iv < intervalCount; ++iv) {
            Interval &in = intervals[static_cast<std::size_t>(iv)];
            in.dropDay = in.to;
            const bool fresh = iv == 1 || !base;
            if (sleeping && iv == 0) {
                in.dropDay = in.from;
                continue;
            }
            if (fresh) {
                addOrder(in.from, in.to);
                if (r.chance(dropout)) {
                    in.dropDay = in.from;
                    continue;
                }
            }
            double t = in.from;
            const double candidates = rate * kSeasonMax / 365.0;
            for (;;) {
                t += r.exponential(candidates);
                if (t >= in.to)
                    break;
                const Day day = static_cast<Day>(t);
                if (!r.chance(m_season[offset(day)] / kSeasonMax))
                    continue;
                addOrder(day, in.to);
                if (r.chance(dropout)) {
                    in.dropDay = day;
                    break;
                }
            }
        }
        if (!(sleeping && base)) {
            for (const TempContact &k : m_contacts) {
                if (kTouchpoints[static_cast<std::size_t>(k.touchpoint)].category !=
                        ContactCategory::Revenue ||
                    k.touchpoint == WinBackOffer)
                    continue;
                const Interval *in = intervalOf(intervals, intervalCount, k.day);
                if (!in)
                    continue;
                if (r.chance(k.day < in->dropDay ? 0.35 : 0.2)) {
                    const Day d = k.day + r.between(1, 60);
                    if (d < in->to)
                        addOrder(d, in->to);
                }
            }
        }
        std::stable_sort(m_orders.begin(), m_orders.end(),
                         [](const TempOrder &a, const TempOrder &b) { return a.day < b.day; });

        // Survey answers: after a sale, and a yearly relationship survey.
        m_answers.clear();
        auto lostAt = [&](Day d) { return c.isLostOn(d); };
        auto addAnswer = [&](Day d) {
            if (d > m_last || d < start || lostAt(d))
                return;
            double latent = profile.npsMean + 1.2 * satisfaction + 1.3 * r.normal();
            int recentTopic = -1;
            for (const TempContact &k : m_contacts) {
                if (k.day > d)
                    break;
                if (k.complaint && k.day >= d - 90) {
                    latent -= (!hasDay(k.resolved) || k.resolved > d) ? 3.5 : 2.5;
                    recentTopic = k.touchpoint;
                }
            }
            if (hasDay(lost) && lost > d && lost <= d + 120)
                latent -= 1.5;
            if (region == North && d >= m_storyStart)
                latent -= 1.0;
            const int score = static_cast<int>(std::clamp<long>(std::lround(latent), 0, 10));
            QString text;
            if (r.chance(score <= 6 ? 0.55 : 0.3)) {
                Tone tone = Tone::Neutral;
                if (score >= 9)
                    tone = Tone::Positive;
                else if (score <= 6)
                    tone = recentTopic == DeliveryProblem   ? Tone::Delivery
                           : recentTopic == BillingQuestion ? Tone::Billing
                           : r.chance(0.3)                  ? Tone::Delivery
                                                            : Tone::Price;
                text = comment(locale, tone, r);
            }
            m_answers.push_back({d, score, std::move(text)});
        };
        for (const TempOrder &o : m_orders) {
            if (o.amount > 0 && r.chance(profile.afterSaleSurvey))
                addAnswer(o.day + r.between(0, 30));
        }
        for (int iv = 0; iv < intervalCount; ++iv) {
            const Interval &in = intervals[static_cast<std::size_t>(iv)];
            double t = in.from;
            for (;;) {
                t += r.exponential(0.7 / 365.0);
                if (t >= in.to)
                    break;
                addAnswer(static_cast<Day>(t));
            }
        }
        std::stable_sort(m_answers.begin(), m_answers.end(),
                         [](const TempAnswer &a, const TempAnswer &b) { return a.day < b.day; });

        // The CRM's loyalty stage on the last day.
        c.stage = stage(c, segment, r);

        // Rows.
        const int ci = index;
        for (const TempOrder &o : m_orders) {
            OrderRecord rec;
            rec.customer = ci;
            rec.orderedOn = o.day;
            rec.amount = o.amount;
            if (o.category >= 0)
                rec.category = m_categoryNames[static_cast<std::size_t>(o.category)];
            rec.channel = m_orderChannelNames[static_cast<std::size_t>(o.channel)];
            data.orders.push_back(std::move(rec));
        }
        for (const TempContact &k : m_contacts) {
            const Touchpoint &tp = kTouchpoints[static_cast<std::size_t>(k.touchpoint)];
            ContactRecord rec;
            rec.customer = ci;
            rec.occurredOn = k.day;
            rec.category = tp.category;
            rec.touchpoint = m_touchpointNames[static_cast<std::size_t>(k.touchpoint)];
            rec.channel = m_contactChannelNames[static_cast<std::size_t>(k.channel)];
            rec.complaint = k.complaint;
            rec.resolvedOn = k.resolved;
            if (tp.team != Owner)
                rec.handledBy = m_teamNames[static_cast<std::size_t>(tp.team)];
            else if (segment == Consumer)
                rec.handledBy = m_teamNames[Marketing];
            else
                rec.handledBy = c.accountOwner;
            data.contacts.push_back(std::move(rec));
        }
        for (TempAnswer &a : m_answers) {
            FeedbackRecord rec;
            rec.customer = ci;
            rec.respondedOn = a.day;
            rec.score = a.score;
            rec.comment = std::move(a.comment);
            data.feedback.push_back(std::move(rec));
        }
        m_segmentOf.push_back(segment);
        data.customers.push_back(std::move(c));
    }

    QString stage(const CustomerRecord &c, int segment, Random &r) const
    {
        if (r.chance(0.02))
            return {};
        if (c.isLostOn(m_last))
            return QStringLiteral("lapsed");
        int days = 0;
        Day previous = kNoDay;
        for (const TempOrder &o : m_orders) {
            if (o.amount > 0 && o.day != previous) {
                ++days;
                previous = o.day;
            }
        }
        if (days == 0)
            return r.chance(0.7) ? QStringLiteral("prospect") : QStringLiteral("suspect");
        if (days == 1)
            return QStringLiteral("first_time");
        if (days < 5)
            return QStringLiteral("repeat");
        const bool promoter = !m_answers.empty() && m_answers.back().score >= 9;
        if (promoter && (segment != Consumer || days >= 8))
            return QStringLiteral("advocate");
        return QStringLiteral("client");
    }

    int pickTouchpoint(ContactCategory category, bool consumer)
    {
        std::array<double, kTouchpointCount> weights{};
        for (std::size_t i = 0; i < kTouchpointCount; ++i) {
            const Touchpoint &tp = kTouchpoints[i];
            if (tp.category == category && !(consumer && tp.businessOnly) && i != WinBackOffer)
                weights[i] = tp.weight;
        }
        return m_random.pick(weights);
    }

    // Days from a complaint to its resolution; beyond the last day it stays open.
    int resolutionDays(bool slow)
    {
        static constexpr std::array<double, 8> usual{0.22, 0.26, 0.18, 0.11, 0.08, 0.05, 0.05, 0.05};
        static constexpr std::array<double, 8> failing{0.04, 0.08, 0.10, 0.14, 0.14, 0.10, 0.20, 0.20};
        const int bucket = m_random.pick(slow ? failing : usual);
        if (bucket <= 5)
            return bucket;
        if (bucket == 6)
            return m_random.between(6, slow ? 14 : 20);
        return 100000; // open: never resolved within the data
    }

    static bool activeIn(const std::array<Interval, 2> &intervals, int count, Day d)
    {
        for (int i = 0; i < count; ++i) {
            if (d >= intervals[static_cast<std::size_t>(i)].from &&
                d < intervals[static_cast<std::size_t>(i)].to)
                return true;
        }
        return false;
    }

    static const Interval *intervalOf(const std::array<Interval, 2> &intervals, int count, Day d)
    {
        for (int i = 0; i < count; ++i) {
            const Interval &in = intervals[static_cast<std::size_t>(i)];
            if (d >= in.from && d < in.to)
                return &in;
        }
        return nullptr;
    }

    // Ids that grow with the date, as a real system hands them out: a counting sort by day
    // that keeps the customer order within a day.
    template <typename Row, typename DayOf, typename SetId>
    void numberRows(std::vector<Row> &rows, DayOf dayOf, QChar prefix, int width, SetId setId) const
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

    void spend(Dataset &data)
    {
        // Month by month over the 36 months ending with the last day's month.
        const QDate last = toDate(m_last);
        const QDate firstMonth = QDate(last.year(), last.month(), 1).addMonths(-35);
        struct Month
        {
            Day from;
            Day to;
            std::array<int, kSegmentCount> active{};
            int activeAll = 0;
            int gained = 0;
            int gainedEnterprise = 0;
            int lost = 0;
        };
        std::vector<Month> months(36);
        for (int m = 0; m < 36; ++m) {
            const QDate s = firstMonth.addMonths(m);
            months[static_cast<std::size_t>(m)].from = toDay(s);
            months[static_cast<std::size_t>(m)].to = std::min(m_last, toDay(s.addMonths(1).addDays(-1)));
        }
        const Day firstDay = months.front().from;
        auto monthOf = [&](Day d) {
            const QDate date = toDate(d);
            return (date.year() - firstMonth.year()) * 12 + date.month() - firstMonth.month();
        };
        for (std::size_t i = 0; i < data.customers.size(); ++i) {
            const CustomerRecord &c = data.customers[i];
            const auto segment = static_cast<std::size_t>(m_segmentOf[i]);
            if (c.acquiredOn >= firstDay && c.acquiredOn <= m_last) {
                Month &m = months[static_cast<std::size_t>(monthOf(c.acquiredOn))];
                ++m.gained;
                if (segment == Enterprise)
                    ++m.gainedEnterprise;
            }
            if (hasDay(c.lostOn) && c.lostOn >= firstDay)
                ++months[static_cast<std::size_t>(monthOf(c.lostOn))].lost;
            for (Month &m : months) {
                if (c.isActiveOn(m.to)) {
                    ++m.active[segment];
                    ++m.activeAll;
                }
            }
        }
        Random &r = m_random;
        auto noisy = [&r](double euros) {
            return static_cast<Cents>(std::llround(euros * (0.92 + 0.16 * r.uniform()))) * 100;
        };
        const QString loyalty = QStringLiteral("Loyalty program");
        const QString serviceDesk = QStringLiteral("Service desk");
        const QString keyAccount = QStringLiteral("Key-account team");
        const QString winBack = QStringLiteral("Win-back campaign");
        const QString onboarding = QStringLiteral("Onboarding");
        for (int i = 0; i < 36; ++i) {
            const Month &m = months[static_cast<std::size_t>(i)];
            const QDate date = toDate(m.from);
            auto add = [&](const QString &program, int segment, double euros) {
                SpendRecord s;
                s.year = date.year();
                s.month = date.month();
                s.program = program;
                if (segment >= 0)
                    s.segment = m_segmentNames[static_cast<std::size_t>(segment)];
                s.amount = noisy(euros);
                data.spend.push_back(std::move(s));
            };
            const bool holidays = date.month() >= 11;
            add(loyalty, Consumer, 600 + m.active[Consumer] * 0.6 * (holidays ? 1.8 : 1.0));
            add(loyalty, Smb, 400 + m.active[Smb] * 1.2);
            // The service desk was cut by a quarter five months before the end.
            add(serviceDesk, -1, (1500 + m.activeAll * 2.0) * (i >= 31 ? 0.75 : 1.0));
            add(keyAccount, Enterprise, 2000 + m.active[Enterprise] * 150.0);
            add(keyAccount, MidMarket, 1000 + m.active[MidMarket] * 35.0);
            if (i >= 6)
                add(winBack, -1, 800 + (i > 0 ? months[static_cast<std::size_t>(i - 1)].lost : 0) * 25.0);
            add(onboarding, -1, 300 + m.gained * 45.0 + m.gainedEnterprise * 400.0);
        }
    }

    Random m_random;
    int m_customers = 0;
    Day m_first = 0;
    Day m_last = 0;
    std::vector<double> m_season;
    std::array<Day, 3> m_storyFrom{};
    std::array<Day, 3> m_storyTo{};
    Day m_storyStart = 0;

    std::array<QString, kCategoryCount> m_categoryNames;
    std::array<QString, kOrderChannelCount> m_orderChannelNames;
    std::array<QString, kContactChannelCount> m_contactChannelNames;
    std::array<QString, kTouchpointCount> m_touchpointNames;
    std::array<QString, kTeamCount> m_teamNames;
    std::array<QString, 2 * kRegionCount> m_ownerNames;
    std::array<QString, kSegmentCount> m_segmentNames;
    std::array<QString, kRegionCount> m_regionNames;
    std::array<QString, kReasonCount> m_reasonNames;

    std::vector<int> m_segmentOf;
    std::vector<TempOrder> m_orders;
    std::vector<TempContact> m_contacts;
    std::vector<TempAnswer> m_answers;
};

} // namespace

Dataset generate(const Options &options)
{
    Generator generator(options);
    return generator.run();
}

} // namespace acc::demo
