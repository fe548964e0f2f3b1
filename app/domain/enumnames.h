// EnumNames: the names of a domain enum at the JSON/SQL/command-line edge ("approve", "critical"),
// as a fixed table of (value, name) pairs read both ways.
#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace EnumNames {

template<typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char *>, N>;

template<typename Enum, std::size_t N>
QString nameOf(const Table<Enum, N> &names, Enum value)
{
    for (const auto &[entry, name] : names) {
        if (entry == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Table<Enum, N> &names, QStringView text)
{
    for (const auto &[entry, name] : names) {
        if (text == QLatin1String(name))
            return entry;
    }
    return std::nullopt;
}

} // namespace EnumNames
