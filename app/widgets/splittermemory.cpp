#include "splittermemory.h"

#include <QEvent>
#include <QSettings>
#include <QSplitter>
#include <QVariant>

#include <numeric>

namespace acc::splittermemory {

namespace {

bool g_enabled = true;
const char *const kMoved = "accSplitterMoved";

QString settingsKey(const QString &key)
{
    return QStringLiteral("splitters/") + key;
}

// Puts stored shares back the first time the splitter is laid out at a real size.
class Restorer final : public QObject
{
public:
    Restorer(QSplitter *splitter, const QList<double> &shares)
        : QObject(splitter)
        , m_shares(shares)
    {
        splitter->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *splitter = static_cast<QSplitter *>(watched);
        if (event->type() == QEvent::Resize) {
            const int length =
                splitter->orientation() == Qt::Horizontal ? splitter->width() : splitter->height();
            if (length > 0 && m_shares.size() == splitter->count()) {
                QList<int> sizes;
                for (const double share : std::as_const(m_shares))
                    sizes.append(int(share * length));
                splitter->setSizes(sizes);
            }
            splitter->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }

private:
    QList<double> m_shares;
};

} // namespace

void setEnabled(bool enabled)
{
    g_enabled = enabled;
}

bool moved(const QSplitter *splitter)
{
    return splitter->property(kMoved).toBool();
}

void remember(QSplitter *splitter, const QString &key)
{
    // A drag marks the splitter moved whether or not it is stored: its view leaves it as
    // dragged either way; only reading and storing the shares follow setEnabled.
    if (g_enabled) {
        const QVariantList stored = QSettings().value(settingsKey(key)).toList();
        if (stored.size() == splitter->count() && splitter->count() > 1) {
            QList<double> shares;
            for (const QVariant &v : stored)
                shares.append(std::clamp(v.toDouble(), 0.0, 1.0));
            splitter->setProperty(kMoved, true);
            new Restorer(splitter, shares);
        }
    }
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, key] {
        splitter->setProperty(kMoved, true);
        if (!g_enabled)
            return;
        const QList<int> sizes = splitter->sizes();
        const double total = std::accumulate(sizes.begin(), sizes.end(), 0.0);
        if (total <= 0)
            return;
        QVariantList shares;
        for (const int size : sizes)
            shares.append(size / total);
        QSettings().setValue(settingsKey(key), shares);
    });
}

} // namespace acc::splittermemory
