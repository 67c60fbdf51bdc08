#pragma once

#include <QByteArray>

#include <cstddef>

namespace core {

// Initialises libsodium once for the process. False only when the library
// cannot work on this machine (then nothing protected can be read).
bool ensureSodium();

// Key material in memory that libsodium guards: locked (never swapped to
// disk), fenced by guard pages, wiped when destroyed. Move-only, so a key
// is never copied by accident. Used for the per-account secret keys and the
// data-vault keys held by a signed-in session.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_data == nullptr; }

private:
    void release();

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Random bytes from the system's secure source.
QByteArray randomBytes(int count);

} // namespace core
