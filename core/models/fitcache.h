#pragma once

#include "engine/datafilter.h"
#include "engine/service.h"

#include <QString>

#include <optional>

namespace acc::fitcache {

// The customer-base fits kept on disk between runs (in the user's cache folder): a fit is
// found again by the data's fingerprint (Dataset::fingerprint), the filter and the state
// day it was made for, so opening an unchanged company again fits nothing. A file that is
// missing, unreadable, of another format or made for another key is ignored. Only the
// newest kMaxFiles fits are kept.
constexpr int kMaxFiles = 48;

std::optional<CustomerBaseFigures> read(const QString &folder, quint64 fingerprint, const DataFilter &filter,
                                        Day stateDay);
// Best effort: a folder that cannot be written keeps nothing, and says nothing.
void write(const QString &folder, quint64 fingerprint, const DataFilter &filter, Day stateDay,
           const CustomerBaseFigures &fit);

} // namespace acc::fitcache
