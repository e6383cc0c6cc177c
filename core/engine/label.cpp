#include "label.h"

#include <QMutex>

#include <array>
#include <atomic>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace acc {

namespace {

struct Utf8Hash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// The process's labels. Texts live in chunks that never move, so a reader needs no lock:
// a number reaches another thread only with the data that holds it, after it was made.
class LabelTable
{
public:
    static constexpr quint32 kChunkBits = 12;
    static constexpr quint32 kChunkSize = 1u << kChunkBits;
    static constexpr quint32 kMaxChunks = 1u << 14; // 67 million labels

    static LabelTable &instance()
    {
        static LabelTable table;
        return table;
    }

    const QString &text(quint32 code) const
    {
        return m_chunks[code >> kChunkBits].load(std::memory_order_acquire)[code & (kChunkSize - 1)];
    }

    quint32 code(std::string_view utf8, const QString *text)
    {
        if (utf8.empty())
            return 0;
        QMutexLocker lock(&m_mutex);
        const auto it = m_codes.find(utf8);
        if (it != m_codes.end())
            return it->second;
        const quint32 code = m_count;
        const quint32 chunk = code >> kChunkBits;
        Q_ASSERT(chunk < kMaxChunks);
        QString *texts = m_chunks[chunk].load(std::memory_order_relaxed);
        if (!texts) {
            texts = new QString[kChunkSize];
            m_chunks[chunk].store(texts, std::memory_order_release);
        }
        texts[code & (kChunkSize - 1)] =
            text ? *text : QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        m_codes.emplace(std::string(utf8), code);
        m_count = code + 1;
        return code;
    }

    quint32 count()
    {
        QMutexLocker lock(&m_mutex);
        return m_count;
    }

private:
    LabelTable() { m_chunks[0].store(new QString[kChunkSize], std::memory_order_release); }

    QMutex m_mutex;
    std::unordered_map<std::string, quint32, Utf8Hash, std::equal_to<>> m_codes;
    std::array<std::atomic<QString *>, kMaxChunks> m_chunks{};
    quint32 m_count = 1; // 0 is the empty text
};

} // namespace

Label::Label(const QString &text)
{
    if (text.isEmpty())
        return;
    // Rows built in a loop often repeat one QString: the last one this thread asked for is
    // remembered by its data pointer.
    thread_local QString lastText;
    thread_local quint32 lastCode = 0;
    if (lastCode != 0 && text.constData() == lastText.constData() && text.size() == lastText.size()) {
        m_code = lastCode;
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    m_code = LabelTable::instance().code(std::string_view(utf8.constData(), std::size_t(utf8.size())), &text);
    lastText = text;
    lastCode = m_code;
}

Label Label::fromUtf8(QByteArrayView utf8)
{
    return Label(
        LabelTable::instance().code(std::string_view(utf8.data(), std::size_t(utf8.size())), nullptr));
}

const QString &Label::toString() const
{
    return LabelTable::instance().text(m_code);
}

quint32 Label::count()
{
    return LabelTable::instance().count();
}

} // namespace acc
