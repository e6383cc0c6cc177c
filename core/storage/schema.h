#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace acc::schema {

// One numbered step of the schema. Statements use markers that the dialect fills in:
// {pk} an auto-numbered integer primary key, {date} a calendar date, {bigint}, {real}.
// A statement starting "{sqlite} " or "{postgres} " runs on that backend only.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

const QList<Migration> &migrations();

// Fills the markers in for SQLite or PostgreSQL; empty when the statement is for the other.
QString render(const QString &statement, bool postgres);

} // namespace acc::schema
