#pragma once

#include "meetingpack.h"

class QAbstractItemModel;

namespace acc {

struct AtRiskList;
class ListeningTrendModel;
struct MetricsSnapshot;

// What a section builder reads: the snapshot, the pack's words (period, currency) and the
// options (privacy).
struct SectionContext
{
    const MetricsSnapshot &snapshot;
    const MeetingPack &pack;
    PackOptions options;
};

using SectionBuilder = PackSection (*)(const SectionContext &context);

namespace sections {

// The builder of an agenda section id, or nullptr. Every id of agenda::items() has one.
SectionBuilder builder(const QString &id);

// Copies a table model's text (Qt::DisplayRole: safe and shortened by the models) and
// headers into a pack table; under the privacy mask the nameColumn's text is replaced by
// its initials (display::initials). At most maxRows rows (-1: all).
void copyTable(const QAbstractItemModel &model, const QList<int> &columns, PackTable &table,
               const SectionContext &context, int nameColumn = -1, int maxRows = -1);
// The table's compactRows from the model's role that gives money in its compact form (after
// copyTable, with the same columns).
void copyCompactRows(const QAbstractItemModel &model, const QList<int> &columns, int role, PackTable &table);
// A table's words: "title", "title (continued)" and the text of an empty table.
PackTable table(const QString &title, const QString &emptyText, const QList<qreal> &widths);
// A section's start: its agenda id, the view it comes from and its title.
PackSection start(const QString &id, const QString &viewName, const QString &title);
// The context's snapshot for a model's setSnapshot (not owned: the builder outlives the model).
std::shared_ptr<const MetricsSnapshot> borrowed(const SectionContext &context);

// A customer's name as the section shows it: the name, or its initials under the mask.
QString customerName(const QString &name, const SectionContext &context);

// Headline figures a view's tiles and its section share (the texts keep the view's
// translation context).
QList<Headline> atRiskHeadlines(const AtRiskList &list, int rows, const QString &currency);
QList<Headline> listeningHeadlines(const MetricsSnapshot &snapshot, const ListeningTrendModel &trend);
QList<Headline> spendHeadlines(const MetricsSnapshot &snapshot, int programs);

// The builders, each in its view's folder.
PackSection lossVolume(const SectionContext &context);
PackSection lossValue(const SectionContext &context);
PackSection lossReasons(const SectionContext &context);
PackSection lostCustomers(const SectionContext &context);
PackSection winBacks(const SectionContext &context);
PackSection exitCalls(const SectionContext &context);
PackSection customersGainedLost(const SectionContext &context);
PackSection openActions(const SectionContext &context);
PackSection allActions(const SectionContext &context);
PackSection scorecard(const SectionContext &context);
PackSection serviceRescue(const SectionContext &context);
PackSection listening(const SectionContext &context);
PackSection operations(const SectionContext &context);
PackSection bestCustomers(const SectionContext &context);
PackSection spend(const SectionContext &context);
PackSection realityCheck(const SectionContext &context);

} // namespace sections
} // namespace acc
