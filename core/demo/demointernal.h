#pragma once

// The demo generator's internals, shared by demogenerator.cpp (the entry point, and who a
// customer is: identity, acquisition, loss and win-back) and demoactivity.cpp (what the
// customer does: contacts, orders, survey answers, and the company's monthly spend).

#include "demogenerator.h"
#include "demonames.h"
#include "demorandom.h"

#include <QString>

#include <array>
#include <cstddef>
#include <vector>

namespace acc::demo::internal {

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

inline constexpr std::array<SegmentProfile, kSegmentCount> kSegments{{
    {"Enterprise", 0.04, 11.0, 0.015, 2400.0, 0.07, 9.0, 8.3, 0.08, 0.95, 6.0},
    {"Mid-market", 0.14, 7.0, 0.035, 850.0, 0.10, 5.5, 8.1, 0.10, 0.85, 4.0},
    {"SMB", 0.34, 4.5, 0.06, 240.0, 0.13, 3.0, 7.9, 0.14, 0.6, 1.2},
    {"Consumer", 0.48, 2.2, 0.10, 70.0, 0.15, 1.4, 8.3, 0.20, 0.2, 0.4},
}};

enum Region { North, South, East, West, Central, International, kRegionCount };

inline constexpr std::array<const char *, kRegionCount> kRegionNames{"North", "South",   "East",
                                                                     "West",  "Central", "International"};
inline constexpr std::array<double, kRegionCount> kRegionShares{0.22, 0.18, 0.15, 0.17, 0.18, 0.10};

// Which language a region's customers write in, weights in the order of Locale.
inline constexpr std::array<std::array<double, kLocaleCount>, kRegionCount> kRegionLocales{{
    //  en    de    fr    es    it    nord  nl    pl    cs    el    ja    ar    he
    {0.08, 0.22, 0.0, 0.0, 0.0, 0.65, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}, // North
    {0.0, 0.0, 0.3, 0.28, 0.3, 0.0, 0.0, 0.0, 0.0, 0.12, 0.0, 0.0, 0.0},   // South
    {0.0, 0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.55, 0.35, 0.0, 0.0, 0.0, 0.0},   // East
    {0.42, 0.0, 0.3, 0.0, 0.0, 0.0, 0.28, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},   // West
    {0.0, 0.6, 0.15, 0.0, 0.1, 0.0, 0.0, 0.0, 0.15, 0.0, 0.0, 0.0, 0.0},   // Central
    {0.33, 0.0, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0, 0.1, 0.3, 0.13, 0.09}, // International
}};

// Two account owners per region.
inline constexpr std::array<const char *, 2 * kRegionCount> kOwners{
    "Ingrid Solberg",   "Mikael Nyström", "Lucía Fernández", "Marco Bellini",
    "Katarzyna Wójcik", "Tomáš Dvořák",   "Emma Clarke",     "Julien Moreau",
    "Stefan Huber",     "Lena Wagner",    "Yuki Tanaka",     "Omar Haddad",
};

inline constexpr int kCategoryCount = 8;
inline constexpr std::array<const char *, kCategoryCount> kCategories{
    "Outerwear",     "Footwear",    "Backpacks & bags", "Tents & shelter",
    "Climbing gear", "Accessories", "Workwear",         "Repairs & service"};
inline constexpr std::array<std::array<double, kCategoryCount>, kSegmentCount> kCategoryMix{{
    {0.10, 0.08, 0.06, 0.10, 0.06, 0.05, 0.40, 0.15},
    {0.14, 0.10, 0.10, 0.12, 0.09, 0.08, 0.27, 0.10},
    {0.18, 0.14, 0.12, 0.12, 0.10, 0.12, 0.14, 0.08},
    {0.26, 0.22, 0.14, 0.10, 0.08, 0.15, 0.02, 0.03},
}};

inline constexpr int kOrderChannelCount = 5;
inline constexpr std::array<const char *, kOrderChannelCount> kOrderChannels{"web", "store", "phone",
                                                                             "partner", "key account"};
inline constexpr std::array<std::array<double, kOrderChannelCount>, kSegmentCount> kOrderChannelMix{{
    {0.10, 0.0, 0.25, 0.15, 0.50},
    {0.25, 0.05, 0.30, 0.20, 0.20},
    {0.45, 0.15, 0.25, 0.15, 0.0},
    {0.60, 0.35, 0.05, 0.0, 0.0},
}};

inline constexpr int kContactChannelCount = 5;
inline constexpr std::array<const char *, kContactChannelCount> kContactChannels{"phone", "email", "chat",
                                                                                 "visit", "web"};
inline constexpr std::array<std::array<double, kContactChannelCount>, kSegmentCount> kContactChannelMix{{
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
inline constexpr std::array<const char *, kReasonCount> kReasons{
    "Price", "Moved to competitor", "Service failure", "Product gap", "Billing problem", "Relocated/closed",
    ""};
inline constexpr std::array<double, kReasonCount> kReasonShares{0.27, 0.20, 0.14, 0.12, 0.09, 0.11, 0.07};
inline constexpr std::array<double, kReasonCount> kWinBackChance{0.22, 0.14, 0.12, 0.10, 0.20, 0.02, 0.06};

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
inline constexpr std::array<const char *, kTeamCount> kTeams{
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

inline constexpr std::array<Touchpoint, kTouchpointCount> kTouchpoints{{
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
inline constexpr std::array<std::array<double, kContactCategoryCount>, kSegmentCount> kContactCategoryMix{{
    {0.06, 0.26, 0.36, 0.32},
    {0.06, 0.24, 0.42, 0.28},
    {0.06, 0.22, 0.48, 0.24},
    {0.04, 0.20, 0.62, 0.14},
}};

// Orders by month of the year: a spring start, a summer lull and the Christmas peak.
inline constexpr std::array<double, 12> kSeason{0.80, 0.75, 0.90, 1.00, 1.00, 0.95,
                                                0.85, 0.80, 1.00, 1.10, 1.45, 1.70};
inline constexpr double kSeasonMax = 1.70;

// The story: recorded "Service failure" losses in the North run at this multiple of their
// usual rate in the last three months (on top of the usual rate: 1 + extra).
inline constexpr std::array<double, 3> kStoryExtra{6.0, 9.0, 12.0};
// Extra "Delivery problem" complaints in the North per active customer in those months.
inline constexpr std::array<double, 3> kStoryComplaints{0.03, 0.05, 0.07};
inline constexpr double kStoryServiceFailureShare = 0.14;

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

// A customer's life as drawn in Generator::customer(): who they are, how they behave and
// when they are lost and won back. The activity is generated from it.
struct Life
{
    CustomerRecord &c;
    int index;
    int segment;
    int region;
    Locale locale;
    const SegmentProfile &profile;
    Day start; // the first day with data for the customer
    bool base; // a customer from before the three years
    double rate;
    double dropout;
    double valueLevel;
    double satisfaction;
    double contactRate;
    int favourite;
    bool sleeping;
    Day lost;
    int reason;
    bool storyLoss;
    Day wonBack;
    std::array<Interval, 2> intervals; // the spans the customer is active
    int intervalCount;
};

class Generator
{
public:
    explicit Generator(const Options &options);
    Dataset run();

private:
    std::size_t offset(Day d) const { return static_cast<std::size_t>(d - m_first); }

    // demogenerator.cpp
    void customer(Dataset &data, int index);
    template <typename Row, typename DayOf, typename SetId>
    void numberRows(std::vector<Row> &rows, DayOf dayOf, QChar prefix, int width, SetId setId) const;

    // demoactivity.cpp
    void contacts(const Life &life);
    void orders(Life &life);
    void answers(const Life &life);
    QString stage(const CustomerRecord &c, int segment, Random &r) const;
    void rows(Dataset &data, const Life &life);
    int pickTouchpoint(ContactCategory category, bool consumer);
    int resolutionDays(bool slow);
    static bool activeIn(const std::array<Interval, 2> &intervals, int count, Day d);
    static const Interval *intervalOf(const std::array<Interval, 2> &intervals, int count, Day d);
    void spend(Dataset &data);

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

} // namespace acc::demo::internal
