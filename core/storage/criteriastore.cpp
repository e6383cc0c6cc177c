#include "criteriastore.h"
#include "translation.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace acc {

namespace {

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = StorageTr::tr("database error: %1").arg(q.lastError().text());
    return false;
}

std::optional<CriteriaSet> decode(const QString &name, int version, const QString &definition, QString *error)
{
    QString why;
    auto set = criteria::parse(definition.toUtf8(), &why, name);
    if (!set) {
        *error = StorageTr::tr("the stored criteria set \"%1\" version %2 is not valid: %3")
                     .arg(name)
                     .arg(version)
                     .arg(why);
        return std::nullopt;
    }
    set->name = name;
    set->version = version;
    return set;
}

} // namespace

std::optional<QStringList> CriteriaStore::names(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT name FROM criteria ORDER BY name"));
    if (!run(q, error))
        return std::nullopt;
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    if (!m_db.finished(q, error))
        return std::nullopt;
    return out;
}

std::optional<CriteriaSet> CriteriaStore::read(const QString &name, int version, QString *error) const
{
    error->clear();
    QSqlQuery q(m_db.connection());
    if (version > 0) {
        q.prepare(QStringLiteral("SELECT version, definition FROM criteria WHERE name = ? AND version = ?"));
        q.addBindValue(name);
        q.addBindValue(version);
    } else {
        q.prepare(QStringLiteral("SELECT version, definition FROM criteria WHERE name = ? "
                                 "ORDER BY version DESC LIMIT 1"));
        q.addBindValue(name);
    }
    if (!run(q, error))
        return std::nullopt;
    if (!q.next()) {
        m_db.finished(q, error); // no such set (error empty), or a read that failed
        return std::nullopt;
    }
    return decode(name, q.value(0).toInt(), q.value(1).toString(), error);
}

std::optional<CriteriaSet> CriteriaStore::newest(const QString &name, QString *error) const
{
    return read(name, 0, error);
}

std::optional<CriteriaSet> CriteriaStore::version(const QString &name, int version, QString *error) const
{
    if (version < 1) {
        error->clear();
        return std::nullopt;
    }
    return read(name, version, error);
}

std::optional<QList<StoredCriteria>> CriteriaStore::versions(const QString &name, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT version, definition, author, created_at FROM criteria WHERE name = ? ORDER BY version"));
    q.addBindValue(name);
    if (!run(q, error))
        return std::nullopt;
    QList<StoredCriteria> out;
    while (q.next()) {
        auto set = decode(name, q.value(0).toInt(), q.value(1).toString(), error);
        if (!set)
            return std::nullopt;
        out.append({*set, q.value(2).toString(), readTime(q.value(3).toString())});
    }
    if (!m_db.finished(q, error))
        return std::nullopt;
    return out;
}

QString CriteriaStore::defaultAuthor()
{
    for (const char *variable : {"USER", "LOGNAME"}) {
        const QString login = qEnvironmentVariable(variable).trimmed();
        if (!login.isEmpty())
            return login;
    }
    return QStringLiteral("unknown");
}

QDateTime CriteriaStore::readTime(const QString &text)
{
    QString t = text.trimmed();
    if (t.size() > 10 && t[10] == QLatin1Char(' '))
        t[10] = QLatin1Char('T');
    // PostgreSQL writes the offset as "+00" or "+05:30"; ISO 8601 wants "+00:00".
    static const QRegularExpression shortOffset(QStringLiteral("(:\\d\\d(?:\\.\\d+)?[+-]\\d\\d)$"));
    t.replace(shortOffset, QStringLiteral("\\1:00"));
    // Qt reads at most milliseconds.
    static const QRegularExpression micros(QStringLiteral("(\\.\\d{3})\\d+"));
    t.replace(micros, QStringLiteral("\\1"));
    QDateTime time = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // CURRENT_TIMESTAMP in SQLite is UTC without a zone
    return time.toUTC();
}

int CriteriaStore::save(const CriteriaSet &set, const QString &author, QString *error)
{
    return saveOver(set, author, -1, nullptr, nullptr, error);
}

int CriteriaStore::saveOver(const CriteriaSet &set, const QString &author, int seen, bool *conflict,
                            std::optional<StoredCriteria> *theirs, QString *error)
{
    if (conflict)
        *conflict = false;
    if (author.trimmed().isEmpty()) {
        *error = StorageTr::tr("a criteria version needs an author");
        return 0;
    }
    if (set.name.trimmed().isEmpty()) {
        *error = StorageTr::tr("a criteria set needs a name");
        return 0;
    }
    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        *error = StorageTr::tr("cannot start a transaction: %1").arg(db.lastError().text());
        return 0;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM criteria WHERE name = ?"));
    q.addBindValue(set.name);
    if (!run(q, error) || !q.next()) {
        if (error->isEmpty())
            *error = StorageTr::tr("cannot read the versions of \"%1\"").arg(set.name);
        db.rollback();
        return 0;
    }
    const int newest = q.value(0).toInt();
    q.finish();
    if (seen >= 0 && newest != seen) {
        // Another desk saved since this one read: say whose, write nothing.
        if (conflict)
            *conflict = true;
        QString why;
        const auto stored = versions(set.name, &why);
        if (theirs && stored && !stored->isEmpty())
            *theirs = stored->last();
        *error = StorageTr::tr("\"%1\" was saved meanwhile as version %2 (this desk started from %3)")
                     .arg(set.name)
                     .arg(newest)
                     .arg(seen);
        db.rollback();
        return 0;
    }
    const int next = newest + 1;
    CriteriaSet stored = set;
    stored.version = next;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO criteria (name, version, definition, created_at, author) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(stored.name);
    insert.addBindValue(next);
    insert.addBindValue(QString::fromUtf8(criteria::serialise(stored)));
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.addBindValue(author.trimmed());
    if (!run(insert, error) || !db.commit()) {
        if (error->isEmpty())
            *error = StorageTr::tr("cannot store the criteria set: %1").arg(db.lastError().text());
        db.rollback();
        return 0;
    }
    return next;
}

} // namespace acc
