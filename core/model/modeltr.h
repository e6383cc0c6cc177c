#pragma once

#include <QCoreApplication>

namespace acc::model {

// The translation context of the customer-base models: every text here is
// QCoreApplication::translate("Model", ...).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Model)
};

} // namespace acc::model
