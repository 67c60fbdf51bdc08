#pragma once

#include "core/domain/error.h"

#include <optional>
#include <utility>

namespace core {

// The value of an operation that may fail with an Error.
//   Result<int> r = parse(x);  if (!r) return r.error();  use(*r);
template<typename T>
class [[nodiscard]] Result {
public:
    Result(const T &value) : m_value(value) { }
    Result(T &&value) : m_value(std::move(value)) { }
    Result(const Error &error) : m_error(error) { }
    Result(Error &&error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value from a temporary, so that `for (x : f().value())` does not
    // iterate a destroyed object.
    T value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(const Error &error) : m_failed(true), m_error(error) { }
    Result(Error &&error) : m_failed(true), m_error(std::move(error)) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace core
