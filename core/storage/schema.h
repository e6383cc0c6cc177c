#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace acc::schema {

// One numbered step of the schema. Statements use markers that the dialect fills in:
// {pk} an auto-numbered integer primary key, {date} a calendar date, {bigint}, {real}.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

const QList<Migration> &migrations();

// Fills the markers in for SQLite ("sqlite") or PostgreSQL ("postgres").
QString render(const QString &statement, bool postgres);

} // namespace acc::schema
