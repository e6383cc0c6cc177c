#include "fitcache.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace acc::fitcache {

namespace {

constexpr quint32 kMagic = 0x41434346; // "ACCF"
constexpr quint32 kFormat = 1;

QString fileName(const QString &folder, quint64 fingerprint, const DataFilter &filter, Day stateDay)
{
    const QByteArray key = QByteArray::number(fingerprint, 16) + '|' + filter.segment.toUtf8() + '|' +
                           filter.region.toUtf8() + '|' + filter.owner.toUtf8() + '|' +
                           QByteArray::number(stateDay);
    return QDir(folder).filePath(QStringLiteral("fit-%1.bin").arg(qHash(key, 0), 16, 16, QLatin1Char('0')));
}

void writeOptional(QDataStream &out, const std::optional<double> &v)
{
    out << bool(v) << v.value_or(0.0);
}

std::optional<double> readOptional(QDataStream &in)
{
    bool has = false;
    double v = 0;
    in >> has >> v;
    return has ? std::optional<double>(v) : std::nullopt;
}

} // namespace

std::optional<CustomerBaseFigures> read(const QString &folder, quint64 fingerprint, const DataFilter &filter,
                                        Day stateDay)
{
    if (folder.isEmpty())
        return std::nullopt;
    QFile file(fileName(folder, fingerprint, filter, stateDay));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, format = 0;
    quint64 storedFingerprint = 0;
    QString segment, region, owner;
    qint32 storedDay = 0;
    in >> magic >> format >> storedFingerprint >> segment >> region >> owner >> storedDay;
    if (in.status() != QDataStream::Ok || magic != kMagic || format != kFormat ||
        storedFingerprint != fingerprint || segment != filter.segment || region != filter.region ||
        owner != filter.owner || storedDay != stateDay)
        return std::nullopt;
    CustomerBaseFigures fit;
    BgNbdFigures &bg = fit.bgnbd;
    GammaGammaFigures &gg = fit.gammaGamma;
    qint32 bgCustomers = 0, ggCustomers = 0;
    quint32 customers = 0;
    in >> fit.bgnbdFitted >> fit.gammaGammaFitted >> fit.problem >> bg.r >> bg.alpha >> bg.a >> bg.b >>
        bg.logLikelihood >> bgCustomers >> bg.converged >> gg.p >> gg.q >> gg.gamma >> ggCustomers >>
        customers;
    bg.customers = bgCustomers;
    gg.customers = ggCustomers;
    // A count beyond what the file can hold is a damaged file, not a reason to allocate.
    if (in.status() != QDataStream::Ok || qint64(customers) * 13 > file.size())
        return std::nullopt;
    fit.customers.resize(customers);
    for (CustomerModelFigures &c : fit.customers) {
        qint32 index = 0;
        in >> index;
        c.customer = index;
        c.pAlive = readOptional(in);
        c.expectedOrders12m = readOptional(in);
        c.expectedValue12m = readOptional(in);
    }
    quint32 atRisk = 0;
    in >> atRisk;
    if (in.status() != QDataStream::Ok || qint64(atRisk) * 28 > file.size())
        return std::nullopt;
    fit.atRisk.resize(atRisk);
    for (AtRiskCustomer &a : fit.atRisk) {
        qint32 index = 0;
        qint64 revenue = 0;
        in >> index >> revenue >> a.pAlive >> a.expectedOrders12m;
        a.customer = index;
        a.revenue12m = revenue;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return fit;
}

void write(const QString &folder, quint64 fingerprint, const DataFilter &filter, Day stateDay,
           const CustomerBaseFigures &fit)
{
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return;
    QSaveFile file(fileName(folder, fingerprint, filter, stateDay));
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    const BgNbdFigures &bg = fit.bgnbd;
    const GammaGammaFigures &gg = fit.gammaGamma;
    out << kMagic << kFormat << fingerprint << filter.segment << filter.region << filter.owner
        << qint32(stateDay) << fit.bgnbdFitted << fit.gammaGammaFitted << fit.problem << bg.r << bg.alpha
        << bg.a << bg.b << bg.logLikelihood << qint32(bg.customers) << bg.converged << gg.p << gg.q
        << gg.gamma << qint32(gg.customers) << quint32(fit.customers.size());
    for (const CustomerModelFigures &c : fit.customers) {
        out << qint32(c.customer);
        writeOptional(out, c.pAlive);
        writeOptional(out, c.expectedOrders12m);
        writeOptional(out, c.expectedValue12m);
    }
    out << quint32(fit.atRisk.size());
    for (const AtRiskCustomer &a : fit.atRisk)
        out << qint32(a.customer) << qint64(a.revenue12m) << a.pAlive << a.expectedOrders12m;
    if (out.status() != QDataStream::Ok || !file.commit())
        return;
    // Only the newest fits stay.
    QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("fit-*.bin")}, QDir::Files, QDir::Time);
    for (qsizetype i = kMaxFiles; i < files.size(); ++i)
        QFile::remove(files[i].absoluteFilePath());
}

} // namespace acc::fitcache
