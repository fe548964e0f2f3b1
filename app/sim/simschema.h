// SimSchema: the models and fields of one simulated Odoo version, as `fields_get` of real Odoo
// 17, 18 and 19 reports them (resources/sim/schema), plus the optional models HQ Tower reads
// (Enterprise approvals, OCA tier validation, queue_job, wizards).
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct SimField
{
    QString name;
    QString type; // char, text, html, integer, float, monetary, boolean, selection, date, datetime,
                  // many2one, one2many, many2many, binary, reference, json, properties…
    QString string;
    QString relation;
    QList<QPair<QString, QString>> selection;
    bool required = false;
    bool readonly = false;
    bool store = true;

    bool isRelational() const { return !relation.isEmpty(); }
    bool isToMany() const { return type == QLatin1String("one2many") || type == QLatin1String("many2many"); }
    // What `read` answers for a field that holds no value.
    QJsonValue emptyValue() const;
    QJsonObject describe() const; // one entry of fields_get
};

struct SimModel
{
    QString name;
    QString description; // "Purchase Order"
    QHash<QString, SimField> fields;

    const SimField *field(const QString &fieldName) const;
};

class SimSchema
{
public:
    // flavor: 17, 18 or 19. `optionalModules`: e.g. "approvals", "base_tier_validation", "queue_job".
    static SimSchema load(int flavor, const QStringList &optionalModules = {});

    int flavor() const { return m_flavor; }
    const SimModel *model(const QString &name) const;
    QStringList modelNames() const { return m_models.keys(); }
    QStringList installedModules() const { return m_installedModules; }
    bool hasModule(const QString &module) const { return m_installedModules.contains(module); }

private:
    void addModel(const QString &name, const QJsonObject &fields);

    int m_flavor = 17;
    QHash<QString, SimModel> m_models;
    QStringList m_installedModules;
};
