// SourceProfile: one source of queue items, parsed from a JSON profile (resources/sources/*.json or
// the user's folder): which Odoo model and domain, how a record becomes a QueueItem, what it needs.
#pragma once

#include "domain/queueitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QRegularExpression;
class StoreDirectory;

class SourceProfile
{
    Q_DECLARE_TR_FUNCTIONS(SourceProfile)

public:
    // A condition on one field of a record: `field op value`. Ops: "=", "!=", ">", ">=", "<", "<=",
    // "abs>", "abs>=" (absolute value, for differences that may be negative), "set", "unset".
    struct Condition
    {
        QString field;
        QString op;
        QJsonValue value;

        bool matches(const QJsonObject &record) const;
    };

    // A severity rule: either a field condition or an age rule (`ageHours` > 0: the record is at
    // least that old, measured from `ageField`, default the profile's created field). First match wins.
    struct SeverityRule
    {
        Condition condition;
        double ageHours = 0.0;
        QString ageField;
        Severity severity = Severity::Medium;
        QString reason;

        bool isAgeRule() const { return ageHours > 0.0; }
    };

    // What the profile needs from the server. Versions are inclusive; 0 = no bound.
    struct Requirements
    {
        int minVersion = 0;
        int maxVersion = 0;
        QList<int> versions; // when listed explicitly
        QStringList modules;
        QStringList models;                // besides the profile's own model
        QMap<QString, QStringList> fields; // model -> fields that must exist

        bool acceptsVersion(int major) const;
        // "needs Odoo 18 or later", "needs Odoo 17 to 18", "works on Odoo 17, 18 only"
        QString versionSentence() const;
    };

    QString id;
    QString title; // plain words, e.g. "Purchase orders to approve"
    ItemKind kind = ItemKind::Unknown;
    QString model;
    QJsonArray domain; // may hold placeholders, see resolvedDomain()
    QStringList fields;
    QString titleField;
    QString summaryTemplate; // "{partner_id} — {amount_total} {currency_id}"
    QString amountField;
    QString currencyField;
    QString requesterField;
    QString requesterModel = QStringLiteral("res.users"); // requestedById is filled only for res.users
    QString createdField = QStringLiteral("create_date");
    QString stateField;
    // Field paths tried in order (see StoreDirectory): "warehouse_id", a partner field such as
    // "dest_address_id", or "picking_type_id.warehouse_id" (a record that names its warehouse).
    QStringList storePaths;
    // Relation model of each first step of storePaths, as the server's fields_get reported it
    // (filled by CapabilityDetector; empty when not detected).
    QMap<QString, QString> fieldRelations;
    // The label of each read field on the server (fields_get "string", in the user's language),
    // for showing the fields; filled by CapabilityDetector.
    QMap<QString, QString> fieldLabels;
    QList<Condition> filters; // applied by the client after reading (non-searchable fields)
    QList<SeverityRule> severityRules;
    Severity defaultSeverity = Severity::Medium;
    QString defaultReason;
    double slaHours = 0.0; // 0 = no SLA clock
    Requirements requirements;
    QJsonObject decisions; // raw, for the decision service
    QString sourceFile;

    // Parses a profile; on failure returns nothing and sets `error` to "file:line: reason".
    static std::optional<SourceProfile> fromJson(const QByteArray &json, const QString &fileName,
                                                 QString *error);

    // The profile as it applies to Odoo `major` (a variant keyed "19" or "17-18" replaces keys).
    SourceProfile forVersion(int major) const;
    QStringList variantKeys() const { return m_variants.keys(); }

    // Every field this profile reads: `fields` plus the ones its rules, templates and clocks use.
    QStringList readFields() const;
    // Fields that must exist on `model`: readFields() and the first step of every domain path.
    QStringList requiredFields() const;
    // Consistency problems of the profile and all its variants (template fields not read…).
    QStringList selfCheck() const;

    // The domain with "$now", "$now-3d", "$now-12h", "$today", "$today-1d" replaced (UTC).
    QJsonArray resolvedDomain(const QDateTime &now) const;
    bool acceptsRecord(const QJsonObject &record) const;
    // The queue item of a record, its store found by `stores` (without a directory, only a
    // warehouse field of the record itself counts).
    QueueItem toItem(const QJsonObject &record, const QDateTime &now) const;
    QueueItem toItem(const QJsonObject &record, const QDateTime &now, const StoreDirectory &stores) const;
    // The user's SLA hours for this profile's kind; kept by forVersion(). 0 stops the clock.
    void overrideSlaHours(double hours);

    // "{name} for {partner_id}": each field as OdooValues::displayText() shows it.
    static QString renderTemplate(const QString &text, const QJsonObject &record);

    // "$now", "$today-1d"…: the placeholders a domain may hold.
    static const QRegularExpression &placeholderPattern();

private:
    friend class SourceProfileReader;

    QJsonObject m_base; // the JSON object without "variants"
    QMap<QString, QJsonObject> m_variants;
};
