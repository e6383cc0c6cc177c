#include "viewregistry.h"

#include "actions/actionsview.h"
#include "atrisk/atriskview.h"
#include "bestcustomers/bestcustomersview.h"
#include "customers/customersview.h"
#include "followthrough/followthroughview.h"
#include "listening/listeningview.h"
#include "lossreview/lossreviewview.h"
#include "momentsoftruth/momentsoftruthview.h"
#include "realitycheck/realitycheckview.h"
#include "scorecard/scorecardview.h"
#include "spend/spendview.h"
#include "targets/targetsview.h"

namespace acc {

bool ReportView::exportTableTo(const QString &path, QString *error) const
{
    Q_UNUSED(path);
    if (error)
        *error = tr("the view \"%1\" has no table to export").arg(title());
    return false;
}

namespace views {

const std::vector<ViewDescriptor> &all()
{
    static const std::vector<ViewDescriptor> list{
        ScorecardView::descriptor(),
        LossReviewView::descriptor(),
        BestCustomersView::descriptor(),
        ListeningView::descriptor(),
        AtRiskView::descriptor(),
        MomentsOfTruthView::descriptor(),
        SpendView::descriptor(),
        CustomersView::descriptor(),
        TargetsView::descriptor(),
        ActionsView::descriptor(),
        FollowThroughView::descriptor(),
        RealityCheckView::descriptor(),
    };
    return list;
}

const ViewDescriptor *find(const QString &name)
{
    for (const ViewDescriptor &d : all()) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

QStringList names()
{
    QStringList out;
    for (const ViewDescriptor &d : all())
        out << d.name;
    return out;
}

} // namespace views
} // namespace acc
