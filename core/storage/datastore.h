#pragma once

#include "engine/dataset.h"

#include <QString>

#include <optional>

namespace acc {

class Database;

// Reads the whole company data set into memory for the engine.
// Returns std::nullopt and sets *error when the database cannot be read.
std::optional<Dataset> loadDataset(Database &db, QString *error);

} // namespace acc
