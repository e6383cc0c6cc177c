#pragma once

#include "engine/dataset.h"

#include <QString>

#include <atomic>
#include <optional>

namespace acc {

class Database;

// Reads the whole company data set into memory for the engine, in one read transaction
// (one consistent snapshot). Returns std::nullopt and sets *error when the database cannot
// be read. When *cancel becomes true (another thread: the window opened another company)
// the load stops within a few thousand rows and returns std::nullopt with *error empty.
std::optional<Dataset> loadDataset(Database &db, QString *error, const std::atomic_bool *cancel = nullptr);

} // namespace acc
