#include "core/auth/secretbytes.h"

#include <sodium.h>

#include <utility>

namespace core {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecretBytes::SecretBytes(std::size_t size)
{
    if (!ensureSodium() || size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data)
        m_size = size;
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::release()
{
    if (m_data)
        sodium_free(m_data); // zeroes the memory before freeing it
    m_data = nullptr;
    m_size = 0;
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (ensureSodium())
        randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

} // namespace core
