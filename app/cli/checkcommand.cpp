#include "checkcommand.h"

#include "cliexitcode.h"
#include "odoo/odooconnection.h"
#include "odoo/serverprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QString pad(const QString &label)
{
    return label.leftJustified(12);
}

} // namespace

void CheckCommand::run(const QStringList &arguments)
{
    if (!takesNoArguments(QStringLiteral("check"), arguments))
        return;
    OdooConnection *connection = m_context.connection();
    if (!connection)
        return;
    connect(connection, &OdooConnection::openFailed, &m_context, &CliContext::fail);
    connect(connection, &OdooConnection::opened, this, [this, connection] {
        auto *probe = new ServerProbe(connection, this);
        connect(probe, &ServerProbe::finished, this, [this, probe] {
            m_context.detectProfiles(this, [this, probe](const SourceDetection &detection) {
                const QList<ProfileStatus> statuses = detection.statuses();
                report(probe, statuses);
                // A source that could not be checked (server or network problem) is a failure.
                m_context.finish(failedCount(statuses) > 0 ? CliExit::OtherFailure : CliExit::Success);
            });
        });
        probe->start();
    });
    connection->open();
}

void CheckCommand::report(const ServerProbe *probe, const QList<ProfileStatus> &statuses)
{
    const OdooConnection *connection = m_context.connection();
    const ServerInfo &info = connection->serverInfo();
    const QString transport = OdooTransport::kindName(info.transport);
    QTextStream &out = m_context.out();
    if (m_context.json()) {
        QJsonObject modules;
        for (auto it = probe->modules().cbegin(); it != probe->modules().cend(); ++it)
            modules.insert(it.key(), it.value());
        QJsonArray profiles;
        for (const ProfileStatus &status : statuses) {
            profiles.append(QJsonObject{{QStringLiteral("id"), status.profile.id},
                                        {QStringLiteral("title"), status.profile.title},
                                        {QStringLiteral("kind"), EnumNames::name(status.profile.kind)},
                                        {QStringLiteral("model"), status.profile.model},
                                        {QStringLiteral("enabled"), status.enabled},
                                        {QStringLiteral("failed"), status.failed},
                                        {QStringLiteral("reason"), status.reason}});
        }
        QJsonObject document{
            {QStringLiteral("server_version"), info.version.text},
            {QStringLiteral("server_version_major"), info.version.major},
            {QStringLiteral("transport"), transport},
            {QStringLiteral("uid"), info.uid},
            {QStringLiteral("user"), probe->userName()},
            {QStringLiteral("company"), probe->companyName()},
            {QStringLiteral("database"), connection->settings().database},
            {QStringLiteral("live_push"), info.livePushPossible},
            {QStringLiteral("modules"), modules},
            {QStringLiteral("profiles"), profiles},
        };
        if (probe->error().isError())
            document.insert(QStringLiteral("warning"), probe->error().userMessage());
        if (!info.versionNote.isEmpty())
            document.insert(QStringLiteral("version_note"), info.versionNote);
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return;
    }
    out << pad(tr("Server")) << connection->settings().serverUrl.toDisplayString() << Qt::endl
        << pad(tr("Database")) << connection->settings().database << Qt::endl
        << pad(tr("Odoo")) << info.version.text << Qt::endl;
    if (!info.versionNote.isEmpty())
        out << pad(QString()) << info.versionNote << Qt::endl;
    out << pad(tr("Transport")) << transport << Qt::endl;
    if (!info.transportNote.isEmpty())
        out << pad(QString()) << info.transportNote << Qt::endl;
    out << pad(tr("User")) << tr("%1 (uid %2)").arg(probe->userName()).arg(info.uid) << Qt::endl
        << pad(tr("Company")) << probe->companyName() << Qt::endl
        << pad(tr("Live push")) << (info.livePushPossible ? tr("possible") : info.livePushUnavailableReason)
        << Qt::endl
        << tr("Modules:") << Qt::endl;
    for (auto it = probe->modules().cbegin(); it != probe->modules().cend(); ++it)
        out << QStringLiteral("  ") << it.key().leftJustified(22)
            << (it.value() ? tr("installed") : tr("not installed")) << Qt::endl;
    out << tr("Sources:") << Qt::endl;
    for (const ProfileStatus &status : statuses) {
        out << QStringLiteral("  ") << status.profile.id.leftJustified(30)
            << (status.enabled  ? tr("enabled")
                : status.failed ? tr("failed: %1").arg(status.reason)
                                : tr("skipped: %1").arg(status.reason))
            << Qt::endl;
    }
    if (probe->error().isError())
        out << tr("Warning: %1").arg(probe->error().userMessage()) << Qt::endl;
}
