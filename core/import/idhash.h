#pragma once

#include <QByteArrayView>
#include <QHashFunctions>

#include <cstring>
#include <optional>
#include <utility>
#include <vector>

namespace acc::import {

// A hash map from byte strings (CRM ids) to a small value, built for millions of ids:
// the keys live back to back in one arena (each after its 4-byte length) and each slot is
// 16 bytes (24 with a 64-bit value), a third of what a QHash<QByteArray, V> takes. Open
// addressing, linear probing, no removal.
template <typename V> class IdHash final
{
public:
    IdHash() { m_slots.resize(16); }

    qsizetype size() const { return m_size; }

    // Inserts key -> value when the key is new: (slot value, true). When the key is
    // already there the map is unchanged: (its value, false).
    std::pair<V *, bool> insert(QByteArrayView key, V value)
    {
        if ((m_size + 1) * 10 > static_cast<qsizetype>(m_slots.size()) * 7)
            grow();
        const quint32 h = hashOf(key);
        Slot *s = probe(key, h);
        if (s->ref != 0)
            return {&s->value, false};
        s->hash = h;
        s->ref = static_cast<quint64>(m_arena.size()) + 1;
        s->value = value;
        const auto size = static_cast<quint32>(key.size());
        const char *sizeBytes = reinterpret_cast<const char *>(&size);
        m_arena.insert(m_arena.end(), sizeBytes, sizeBytes + sizeof size);
        m_arena.insert(m_arena.end(), key.data(), key.data() + key.size());
        ++m_size;
        return {&s->value, true};
    }

    // Makes room for about n keys without growing.
    void reserve(qsizetype n)
    {
        while (static_cast<qsizetype>(m_slots.size()) * 7 < n * 10)
            grow();
    }

    V *find(QByteArrayView key)
    {
        Slot *s = probe(key, hashOf(key));
        return s->ref != 0 ? &s->value : nullptr;
    }
    const V *find(QByteArrayView key) const { return const_cast<IdHash *>(this)->find(key); }
    bool contains(QByteArrayView key) const { return find(key) != nullptr; }

    void clear()
    {
        m_slots.assign(16, Slot{});
        m_arena.clear();
        m_arena.shrink_to_fit();
        m_size = 0;
    }

private:
    struct Slot
    {
        quint64 ref = 0; // 0: empty; else 1 + the key's offset in the arena
        quint32 hash = 0;
        V value{};
    };

    static quint32 hashOf(QByteArrayView key)
    {
        return static_cast<quint32>(qHashBits(key.data(), static_cast<size_t>(key.size()), 0x9e3779b9));
    }

    Slot *probe(QByteArrayView key, quint32 h)
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            Slot &s = m_slots[i];
            if (s.ref == 0)
                return &s;
            if (s.hash == h) {
                const char *stored = m_arena.data() + (s.ref - 1);
                quint32 size;
                std::memcpy(&size, stored, sizeof size);
                if (size == static_cast<quint32>(key.size()) &&
                    std::memcmp(stored + sizeof size, key.data(), static_cast<std::size_t>(key.size())) == 0)
                    return &s;
            }
        }
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        const std::size_t mask = m_slots.size() - 1;
        for (const Slot &s : old) {
            if (s.ref == 0)
                continue;
            std::size_t i = s.hash & mask;
            while (m_slots[i].ref != 0)
                i = (i + 1) & mask;
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<char> m_arena;
    qsizetype m_size = 0;
};

// The keys of one file, to find the ones that repeat. Exports are usually written in the
// order of their ids, and while every key comes after the one before (shortest first, then
// byte by byte: "ORD-0009" < "ORD-0010" and 9 < 10 both hold), none can repeat. Until the
// first key out of that order, keys are only appended to an arena (sequential writes, no
// hashing, no cache misses); that key moves them all into an IdHash, which then takes
// every key that follows.
class SeenKeys final
{
public:
    // Records key, first seen on line. When it was seen before: the line it was first seen
    // on (lines beyond 2^32 saturate).
    std::optional<quint32> insert(QByteArrayView key, quint32 line)
    {
        if (m_ordered) {
            if (m_lines.empty() || follows(key)) {
                m_lastOffset = m_arena.size();
                const auto size = static_cast<quint32>(key.size());
                const char *sizeBytes = reinterpret_cast<const char *>(&size);
                m_arena.insert(m_arena.end(), sizeBytes, sizeBytes + sizeof size);
                m_arena.insert(m_arena.end(), key.data(), key.data() + key.size());
                m_lines.push_back(line);
                return std::nullopt;
            }
            toHash();
        }
        const auto [first, added] = m_hash.insert(key, line);
        if (added)
            return std::nullopt;
        return *first;
    }

    // True while every key so far came after the one before.
    bool ascending() const { return m_ordered; }

    // Expects about n keys in all.
    void reserve(qsizetype n)
    {
        if (m_ordered) {
            m_lines.reserve(static_cast<std::size_t>(n));
        } else {
            m_hash.reserve(n);
        }
    }

    void clear()
    {
        m_ordered = true;
        m_arena = {};
        m_lines = {};
        m_lastOffset = 0;
        m_hash.clear();
    }

private:
    QByteArrayView keyAt(std::size_t offset) const
    {
        quint32 size;
        std::memcpy(&size, m_arena.data() + offset, sizeof size);
        return {m_arena.data() + offset + sizeof size, static_cast<qsizetype>(size)};
    }

    bool follows(QByteArrayView key) const
    {
        const QByteArrayView last = keyAt(m_lastOffset);
        if (key.size() != last.size())
            return key.size() > last.size();
        return std::memcmp(key.data(), last.data(), static_cast<std::size_t>(key.size())) > 0;
    }

    void toHash()
    {
        m_hash.reserve(static_cast<qsizetype>(m_lines.capacity()));
        std::size_t offset = 0;
        for (const quint32 line : m_lines) {
            const QByteArrayView key = keyAt(offset);
            m_hash.insert(key, line);
            offset += sizeof(quint32) + static_cast<std::size_t>(key.size());
        }
        m_arena = {};
        m_lines = {};
        m_ordered = false;
    }

    bool m_ordered = true;
    std::vector<char> m_arena; // while ordered: each key after its 4-byte length
    std::vector<quint32> m_lines;
    std::size_t m_lastOffset = 0;
    IdHash<quint32> m_hash; // once a key came out of order
};

} // namespace acc::import
