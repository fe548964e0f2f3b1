#include "capabilitydetector.h"

#include "odoo/odoocall.h"
#include "odoo/odooconnection.h"
#include "odoo/odoovalues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

namespace {

QString listSentence(const QString &one, const QString &many, QStringList names, const QString &tail)
{
    names.sort();
    return (names.size() == 1 ? one : many).arg(names.join(QStringLiteral(", ")), tail);
}

} // namespace

CapabilityDetector::CapabilityDetector(OdooConnection *connection, QList<SourceProfile> profiles,
                                       QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    for (SourceProfile &profile : profiles)
        m_statuses.append(ProfileStatus{std::move(profile), false, false, QString(), -1});
}

QList<SourceProfile> CapabilityDetector::enabledProfiles() const
{
    QList<SourceProfile> out;
    for (const ProfileStatus &status : m_statuses) {
        if (status.enabled)
            out.append(status.profile);
    }
    return out;
}

void CapabilityDetector::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_connection || m_connection->state() != OdooConnection::State::Connected) {
        for (qsizetype i = 0; i < m_statuses.size(); ++i)
            skip(i, tr("not connected to Odoo"));
        QTimer::singleShot(0, this, &CapabilityDetector::finish);
        return;
    }
    const int major = m_connection->serverInfo().version.major;
    for (qsizetype i = 0; i < m_statuses.size(); ++i) {
        ProfileStatus &status = m_statuses[i];
        status.profile = status.profile.forVersion(major);
        const SourceProfile::Requirements &needs = status.profile.requirements;
        if (!needs.acceptsVersion(major))
            skip(i, tr("%1 (this server runs Odoo %2)").arg(needs.versionSentence()).arg(major));
    }
    checkModules();
}

void CapabilityDetector::skip(qsizetype index, const QString &reason)
{
    ProfileStatus &status = m_statuses[index];
    if (!status.reason.isEmpty())
        return;
    status.enabled = false;
    status.reason = reason;
}

void CapabilityDetector::failCheck(qsizetype index, const QString &reason)
{
    if (!m_statuses.at(index).reason.isEmpty())
        return;
    skip(index, reason);
    m_statuses[index].failed = true;
}

void CapabilityDetector::checkModules()
{
    QStringList needed;
    for (const ProfileStatus &status : std::as_const(m_statuses)) {
        if (status.reason.isEmpty()) {
            for (const QString &module : status.profile.requirements.modules) {
                if (!needed.contains(module))
                    needed.append(module);
            }
        }
    }
    if (needed.isEmpty()) {
        checkModels();
        return;
    }
    const QJsonArray domain{
        QJsonArray{QStringLiteral("name"), QStringLiteral("in"), QJsonArray::fromStringList(needed)}};
    OdooCall *call = m_connection->call(
        QStringLiteral("ir.module.module"), QStringLiteral("search_read"), QJsonArray{QJsonValue(domain)},
        {{QStringLiteral("fields"), QJsonArray{QStringLiteral("name"), QStringLiteral("state")}}});
    connect(call, &OdooCall::succeeded, this, [this](const QJsonValue &result) {
        if (!result.isArray()) {
            // Not a module list: nothing can be said about the modules, so nothing is "not installed".
            const QString reason =
                OdooError(OdooError::Kind::Protocol,
                          tr("The answer to search_read on ir.module.module is not a list: %1.")
                              .arg(OdooValues::describe(result)))
                    .userMessage();
            for (qsizetype i = 0; i < m_statuses.size(); ++i) {
                if (!m_statuses.at(i).profile.requirements.modules.isEmpty())
                    failCheck(i, reason);
            }
            checkModels();
            return;
        }
        m_modulesKnown = true;
        for (const QJsonValue &row : result.toArray()) {
            const QString state = row[QLatin1String("state")].toString();
            if (state == QLatin1String("installed") || state == QLatin1String("to upgrade"))
                m_installedModules.insert(row[QLatin1String("name")].toString());
        }
        for (qsizetype i = 0; i < m_statuses.size(); ++i) {
            if (!m_statuses.at(i).reason.isEmpty())
                continue;
            QStringList missing;
            for (const QString &module : m_statuses.at(i).profile.requirements.modules) {
                if (!m_installedModules.contains(module))
                    missing.append(module);
            }
            if (!missing.isEmpty())
                skip(i, listSentence(tr("module %1 is not installed%2"), tr("modules %1 are not installed%2"),
                                     missing, QString()));
        }
        checkModels();
    });
    // Without the module list (unusual rights), the models and fields decide alone.
    connect(call, &OdooCall::failed, this, [this](const OdooError &) { checkModels(); });
}

QSet<QString> CapabilityDetector::neededModels() const
{
    QSet<QString> models;
    for (const ProfileStatus &status : m_statuses) {
        if (!status.reason.isEmpty())
            continue;
        models.insert(status.profile.model);
        for (const QString &model : status.profile.requirements.models)
            models.insert(model);
        for (auto it = status.profile.requirements.fields.constBegin();
             it != status.profile.requirements.fields.constEnd(); ++it)
            models.insert(it.key());
    }
    return models;
}

void CapabilityDetector::checkModels()
{
    const QSet<QString> models = neededModels();
    if (models.isEmpty()) {
        finish();
        return;
    }
    m_pending = int(models.size());
    for (const QString &model : models) {
        OdooCall *call = m_connection->call(
            model, QStringLiteral("fields_get"), {},
            {{QStringLiteral("attributes"),
              QJsonArray{QStringLiteral("type"), QStringLiteral("relation"), QStringLiteral("string")}}});
        connect(call, &OdooCall::succeeded, this, [this, model](const QJsonValue &result) {
            QSet<QString> fields;
            QHash<QString, QString> relations;
            QHash<QString, QString> labels;
            const QJsonObject object = result.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                fields.insert(it.key());
                const QJsonObject attributes = it.value().toObject();
                const QString relation = attributes.value(QLatin1String("relation")).toString();
                if (!relation.isEmpty())
                    relations.insert(it.key(), relation);
                const QString label = attributes.value(QLatin1String("string")).toString();
                if (!label.isEmpty())
                    labels.insert(it.key(), label);
            }
            m_modelFields.insert(model, fields);
            m_modelRelations.insert(model, relations);
            m_modelLabels.insert(model, labels);
            if (--m_pending == 0)
                probeDomains();
        });
        connect(call, &OdooCall::failed, this, [this, model](const OdooError &error) {
            if (error.kind() == OdooError::Kind::Access)
                m_modelProblems.insert(model, accessSentence(model, error));
            else if (error.isUnknownModel())
                m_modelProblems.insert(model, tr("model %1 does not exist on this server").arg(model));
            else
                m_modelFailures.insert(model, tr("could not check %1: %2").arg(model, error.userMessage()));
            if (--m_pending == 0)
                probeDomains();
        });
    }
}

void CapabilityDetector::probeDomains()
{
    for (qsizetype i = 0; i < m_statuses.size(); ++i) {
        if (!m_statuses.at(i).reason.isEmpty())
            continue;
        const SourceProfile &profile = m_statuses.at(i).profile;
        QStringList models{profile.model};
        models += profile.requirements.models;
        models += profile.requirements.fields.keys();
        for (const QString &model : std::as_const(models)) {
            if (m_modelProblems.contains(model)) {
                skip(i, m_modelProblems.value(model));
                break;
            }
            if (m_modelFailures.contains(model)) {
                failCheck(i, m_modelFailures.value(model));
                break;
            }
        }
        if (!m_statuses.at(i).reason.isEmpty())
            continue;
        auto checkFields = [&](const QString &model, const QStringList &fields) {
            QStringList missing;
            const QSet<QString> known = m_modelFields.value(model);
            for (const QString &field : fields) {
                if (!known.contains(field))
                    missing.append(field);
            }
            if (!missing.isEmpty())
                skip(i, listSentence(tr("field %1 is missing on %2"), tr("fields %1 are missing on %2"),
                                     missing, model));
        };
        checkFields(profile.model, profile.requiredFields());
        // The store paths' first steps: which model each one leads to on this server.
        SourceProfile &detected = m_statuses[i].profile;
        for (const QString &path : std::as_const(detected.storePaths)) {
            const QString field = path.section(QLatin1Char('.'), 0, 0);
            const QString relation = m_modelRelations.value(detected.model).value(field);
            if (!relation.isEmpty())
                detected.fieldRelations.insert(field, relation);
        }
        const QHash<QString, QString> labels = m_modelLabels.value(detected.model);
        for (const QString &field : detected.readFields()) {
            const QString label = labels.value(field);
            if (!label.isEmpty())
                detected.fieldLabels.insert(field, label);
        }
        for (auto it = profile.requirements.fields.constBegin(); it != profile.requirements.fields.constEnd();
             ++it)
            checkFields(it.key(), it.value());
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_pending = 0;
    for (qsizetype i = 0; i < m_statuses.size(); ++i) {
        if (!m_statuses.at(i).reason.isEmpty())
            continue;
        const SourceProfile &profile = m_statuses.at(i).profile;
        ++m_pending;
        OdooCall *call = m_connection->call(profile.model, QStringLiteral("search_count"),
                                            QJsonArray{QJsonValue(profile.resolvedDomain(now))});
        connect(call, &OdooCall::succeeded, this, [this, i](const QJsonValue &result) {
            m_statuses[i].enabled = true;
            m_statuses[i].count = result.toInt();
            if (--m_pending == 0)
                finish();
        });
        connect(call, &OdooCall::failed, this, [this, i](const OdooError &error) {
            const QString model = m_statuses.at(i).profile.model;
            if (error.kind() == OdooError::Kind::Access)
                skip(i, accessSentence(model, error));
            else
                failCheck(i, tr("could not check %1: %2").arg(model, error.userMessage()));
            if (--m_pending == 0)
                finish();
        });
    }
    if (m_pending == 0)
        finish();
}

void CapabilityDetector::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

QString CapabilityDetector::accessSentence(const QString &model, const OdooError &error)
{
    // Odoo words it "You are not allowed to access 'Purchase Order' (purchase.order) records."
    const QRegularExpression described(
        QStringLiteral("'([^']+)' \\(%1\\)").arg(QRegularExpression::escape(model)));
    const QRegularExpressionMatch match = described.match(error.message());
    if (match.hasMatch())
        return tr("your user may not read %1 (%2)").arg(match.captured(1), model);
    return tr("your user may not read %1 records").arg(model);
}
