#include "democompany.h"

#include "demomeeting.h"
#include "demotargets.h"
#include "storage/actionstore.h"
#include "storage/database.h"
#include "storage/datawriter.h"
#include "storage/realitycheckstore.h"
#include "storage/targetstore.h"

namespace acc::demo {

Options withDefaultLastDay(Options options)
{
    if (!options.lastDay.isValid()) {
        const QDate today = QDate::currentDate();
        options.lastDay = QDate(today.year(), today.month(), 1).addDays(-1);
    }
    return options;
}

bool writeCompany(Database &db, const Options &options, QString *error, Written *written)
{
    const Dataset data = generate(withDefaultLastDay(options));
    // The company, the targets its leadership agreed (demotargets.h), so the scorecard
    // has something to hold the figures to from the first start, and what it recorded at
    // its last meeting (demomeeting.h).
    const QList<Target> targets = sampleTargets(data);
    bool ok = acc::writeCompany(db, data, error) && TargetStore(db).setAll(targets, error);
    const QList<Action> actions = sampleActions(data);
    for (const Action &action : actions)
        ok = ok && ActionStore(db).insert(action, error).has_value();
    for (const QuarterScores &quarter : sampleRealityChecks(data)) {
        for (const RealityScore &score : quarter.scores)
            ok = ok && RealityCheckStore(db).set(quarter.quarter, score, error);
    }
    if (!ok) {
        db.discardIfCreated(); // no half-written company left behind
        return false;
    }
    if (written) {
        written->customers = data.customers.size();
        written->orders = data.orders.size();
        written->contacts = data.contacts.size();
        written->answers = data.feedback.size();
        written->targets = targets.size();
        written->actions = actions.size();
    }
    return true;
}

} // namespace acc::demo
