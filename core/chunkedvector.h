#pragma once

// ChunkedVector: an append-only array stored in fixed-size chunks.
//
// A trace appends millions of records. A std::vector would copy all of them
// at every doubling and touch twice the memory it ends with; chunks are
// allocated once and never move, so appending costs no copies and the slack
// is at most one chunk. Elements are addressed by index, as in a vector.

#include <cstddef>
#include <memory>
#include <vector>

namespace cachetutor {

template <class T, std::size_t ChunkBits = 14>
class ChunkedVector
{
public:
    static constexpr std::size_t ChunkSize = std::size_t(1) << ChunkBits;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    void push_back(T value)
    {
        if ((m_size & (ChunkSize - 1)) == 0) {
            m_chunks.emplace_back();
            m_chunks.back().reserve(ChunkSize);
        }
        m_chunks.back().push_back(std::move(value));
        ++m_size;
    }

    const T &operator[](std::size_t index) const { return m_chunks[index >> ChunkBits][index & (ChunkSize - 1)]; }
    T &operator[](std::size_t index) { return m_chunks[index >> ChunkBits][index & (ChunkSize - 1)]; }
    const T &back() const { return (*this)[m_size - 1]; }
    T &back() { return (*this)[m_size - 1]; }

    template <class F>
    void forEach(F &&f) const
    {
        for (const auto &chunk : m_chunks)
            for (const T &item : chunk)
                f(item);
    }

    std::size_t capacityBytes() const
    {
        return m_chunks.size() * ChunkSize * sizeof(T) + m_chunks.capacity() * sizeof(std::vector<T>);
    }

private:
    std::vector<std::vector<T>> m_chunks;
    std::size_t m_size = 0;
};

} // namespace cachetutor
