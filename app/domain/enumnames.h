// EnumNames: the names of a domain enum at the JSON/SQL/command-line edge ("approve", "critical"),
// as a fixed table of (value, name) pairs read both ways; NamesOf<Enum> holds an enum's own table.
#pragma once

#include <QHashFunctions>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <type_traits>
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

// Every value of the table, in its order, and their names.
template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const Table<Enum, N> &names)
{
    QList<Enum> values;
    for (const auto &entry : names)
        values.append(entry.first);
    return values;
}

template<typename Enum, std::size_t N>
QStringList namesOf(const Table<Enum, N> &names)
{
    QStringList list;
    for (const auto &entry : names)
        list.append(QString::fromLatin1(entry.second));
    return list;
}

// Specialised next to each named enum: static constexpr Table<Enum, N> entries.
template<typename Enum>
struct NamesOf;

// "low" for Severity::Low; empty for a value without a name (Unknown).
template<typename Enum>
QString name(Enum value)
{
    return nameOf(NamesOf<Enum>::entries, value);
}

template<typename Enum>
std::optional<Enum> fromName(QStringView text)
{
    return valueOf(NamesOf<Enum>::entries, text);
}

// The named values in the table's order, and their names.
template<typename Enum>
const QList<Enum> &known()
{
    static const QList<Enum> all = valuesOf(NamesOf<Enum>::entries);
    return all;
}

template<typename Enum>
QStringList names()
{
    return namesOf(NamesOf<Enum>::entries);
}

} // namespace EnumNames

namespace HqDomain {

// Domain enums as QHash/QSet keys (found by argument-dependent lookup).
template<typename Enum>
requires std::is_enum_v<Enum> size_t qHash(Enum value, size_t seed = 0)
noexcept
{
    return ::qHash(std::underlying_type_t<Enum>(value), seed);
}

} // namespace HqDomain
