// SimDatabase: the records of one simulated Odoo database, kept in memory in id order. Raw
// storage only: it validates field names and selection values and keeps create/write dates,
// but applies no access rights and no business rules (SimOrm and SimBackend do).
// Stored values use Odoo's wire format, except that a many2one is stored as its id (or false)
// and an x2many as an array of ids.
#pragma once

#include "simerror.h"
#include "simschema.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <functional>

class SimDatabase : public QObject
{
    Q_OBJECT
public:
    explicit SimDatabase(SimSchema schema, QString name, QObject *parent = nullptr);

    const SimSchema &schema() const { return m_schema; }
    QString name() const { return m_name; }
    int flavor() const { return m_schema.flavor(); }

    // The server clock (UTC). Tests and the dataset generator may replace it.
    QDateTime now() const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    static QString formatDateTime(const QDateTime &moment); // "2026-11-22 06:23:19"
    static QString formatDate(const QDate &day);            // "2026-11-22"

    // Creates a record. `values` may give a many2one as an id or [id, name], an x2many as ids or
    // Odoo commands ([0, 0, {..}] creates a child through the known inverse field, [6, 0, ids]
    // sets, [4, id] links; on update, many2many [4, id], [3, id] and [5] change each record's
    // current links). Unknown fields and selection values fail like Odoo (ValueError).
    int insert(const QString &model, const QJsonObject &values, int uid, SimError *error = nullptr);
    bool update(const QString &model, const QList<int> &ids, const QJsonObject &values, int uid,
                SimError *error = nullptr);
    void remove(const QString &model, const QList<int> &ids);

    bool exists(const QString &model, int id) const;
    QList<int> allIds(const QString &model) const; // ascending
    int count(const QString &model) const;
    // The stored value, or the field's empty value (many2one: id or false).
    QJsonValue rawValue(const QString &model, int id, const QString &field) const;
    // The value as `read` answers it: many2one as [id, "display name"], one2many ids included.
    QJsonValue readValue(const QString &model, int id, const QString &field) const;
    QString displayName(const QString &model, int id) const;
    // one2many children through the inverse many2one (e.g. purchase.order.order_line).
    QList<int> children(const QString &model, int id, const QString &one2manyField) const;
    static QString inverseFieldOf(const QString &model, const QString &one2manyField);

Q_SIGNALS:
    // Records were created or written (not emitted for removals).
    void recordsChanged(const QString &model, const QList<int> &ids);

private:
    bool normalize(const SimModel &model, QJsonObject &values,
                   QList<QPair<QString, QJsonArray>> *childCommands, SimError *error) const;
    void applyChildCommands(const QString &model, int id, const QList<QPair<QString, QJsonArray>> &commands,
                            int uid);

    SimSchema m_schema;
    QString m_name;
    std::function<QDateTime()> m_clock;
    QHash<QString, QMap<int, QJsonObject>> m_tables;
    QHash<QString, int> m_lastId;
    // child model -> many2one field -> parent id -> child ids
    QHash<QString, QHash<QString, QHash<int, QList<int>>>> m_childIndex;
};
