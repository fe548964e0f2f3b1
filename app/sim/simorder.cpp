#include "simorder.h"

#include "simdatabase.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>
#include <vector>

namespace {

struct Cell
{
    bool missing = true;
    double number = 0;
    QString text;
};

} // namespace

SimOrder SimOrder::parse(const QString &order, const QString &model, const SimDatabase &database,
                         SimError *error)
{
    SimOrder result;
    result.m_database = &database;
    result.m_model = model;
    const auto fail = [&result, error](const SimError &failure) {
        if (error)
            *error = failure;
        result.m_valid = false;
        result.m_keys.clear();
        return result;
    };
    const SimModel *definition = database.schema().model(model);
    if (!definition)
        return fail(SimError::userError(QStringLiteral("Object %1 doesn't exist").arg(model)));
    if (order.trimmed().isEmpty()) {
        result.m_keys.append(Key{QStringLiteral("id"), QString(), KeyKind::Id, false, true});
        return result;
    }
    const SimError syntaxError = SimError::userError(
        QStringLiteral(
            "Invalid \"order\" specified (%1). A valid \"order\" specification is a comma-separated "
            "list of valid field names (optionally followed by asc/desc for the direction)")
            .arg(order));
    static const QRegularExpression namePattern(QStringLiteral(R"(^("?)([a-z0-9:_]+)\1(\.id)?$)"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList parts = order.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QStringList words = part.split(spaces, Qt::SkipEmptyParts);
        if (words.isEmpty())
            return fail(syntaxError);
        const QRegularExpressionMatch name = namePattern.match(words.first());
        if (!name.hasMatch())
            return fail(syntaxError);
        Key key;
        key.field = name.captured(2);
        qsizetype next = 1;
        if (next < words.size() &&
            (words.at(next).compare(QLatin1String("asc"), Qt::CaseInsensitive) == 0 ||
             words.at(next).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0)) {
            key.descending = words.at(next).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0;
            ++next;
        }
        key.nullsFirst = !key.descending;
        if (next + 1 < words.size() &&
            words.at(next).compare(QLatin1String("nulls"), Qt::CaseInsensitive) == 0) {
            const QString where = words.at(next + 1).toLower();
            if (where != QLatin1String("first") && where != QLatin1String("last"))
                return fail(syntaxError);
            key.nullsFirst = where == QLatin1String("first");
            next += 2;
        }
        if (next != words.size())
            return fail(syntaxError);
        const SimField *field = definition->field(key.field);
        if (!field)
            return fail(SimError::valueError(
                QStringLiteral("Invalid field '%1' on model '%2'").arg(key.field, model)));
        key.relation = field->relation;
        if (key.field == QLatin1String("id"))
            key.kind = KeyKind::Id;
        else if (!name.captured(3).isEmpty())
            key.kind = KeyKind::Number; // "partner_id.id": the stored id
        else if (key.field == QLatin1String("display_name"))
            key.kind = KeyKind::DisplayName;
        else if (field->type == QLatin1String("many2one"))
            key.kind = KeyKind::Many2one;
        else if (field->isToMany())
            key.kind = KeyKind::Ignored;
        else if (field->type == QLatin1String("integer") || field->type == QLatin1String("float") ||
                 field->type == QLatin1String("monetary"))
            key.kind = KeyKind::Number;
        else if (field->type == QLatin1String("boolean"))
            key.kind = KeyKind::Boolean;
        else
            key.kind = KeyKind::Text;
        result.m_keys.append(key);
    }
    return result;
}

bool SimOrder::isIdAscending() const
{
    return m_keys.isEmpty() || (m_keys.first().kind == KeyKind::Id && !m_keys.first().descending);
}

void SimOrder::sort(QList<int> &ids) const
{
    if (!m_database || isIdAscending()) {
        std::sort(ids.begin(), ids.end());
        return;
    }
    const size_t count = size_t(ids.size());
    std::vector<std::vector<Cell>> columns;
    columns.reserve(size_t(m_keys.size()));
    for (const Key &key : m_keys) {
        std::vector<Cell> column(count);
        QHash<int, QString> names; // many2one display names, per related id
        for (size_t row = 0; row < count; ++row) {
            const int id = ids.at(qsizetype(row));
            Cell &cell = column[row];
            switch (key.kind) {
            case KeyKind::Id:
                cell = Cell{false, double(id), QString()};
                break;
            case KeyKind::Number: {
                const QJsonValue raw = m_database->rawValue(m_model, id, key.field);
                if (raw.isDouble())
                    cell = Cell{false, raw.toDouble(), QString()};
                break;
            }
            case KeyKind::Boolean:
                cell =
                    Cell{false, m_database->rawValue(m_model, id, key.field).toBool() ? 1.0 : 0.0, QString()};
                break;
            case KeyKind::Text: {
                const QJsonValue raw = m_database->rawValue(m_model, id, key.field);
                if (raw.isString())
                    cell = Cell{false, 0, raw.toString()};
                break;
            }
            case KeyKind::DisplayName:
                cell = Cell{false, 0, m_database->displayName(m_model, id)};
                break;
            case KeyKind::Many2one: {
                const int related = m_database->rawValue(m_model, id, key.field).toInt();
                if (related <= 0)
                    break;
                auto name = names.find(related);
                if (name == names.end())
                    name = names.insert(related, m_database->displayName(key.relation, related));
                cell = Cell{false, 0, name.value()};
                break;
            }
            case KeyKind::Ignored:
                break;
            }
        }
        columns.push_back(std::move(column));
    }

    const auto compareCells = [](const Key &key, const Cell &a, const Cell &b) {
        if (a.missing || b.missing) {
            if (a.missing == b.missing)
                return 0;
            return a.missing == key.nullsFirst ? -1 : 1;
        }
        int result = 0;
        if (key.kind == KeyKind::Text || key.kind == KeyKind::DisplayName || key.kind == KeyKind::Many2one)
            result = QString::compare(a.text, b.text, Qt::CaseSensitive);
        else
            result = a.number < b.number ? -1 : (b.number < a.number ? 1 : 0);
        return key.descending ? -result : result;
    };
    std::vector<size_t> rows(count);
    std::iota(rows.begin(), rows.end(), size_t(0));
    std::stable_sort(rows.begin(), rows.end(), [&](size_t a, size_t b) {
        for (qsizetype k = 0; k < m_keys.size(); ++k) {
            const std::vector<Cell> &column = columns[size_t(k)];
            const int result = compareCells(m_keys.at(k), column[a], column[b]);
            if (result != 0)
                return result < 0;
        }
        return ids.at(qsizetype(a)) < ids.at(qsizetype(b));
    });
    QList<int> sorted;
    sorted.reserve(ids.size());
    for (const size_t row : rows)
        sorted.append(ids.at(qsizetype(row)));
    ids = std::move(sorted);
}
