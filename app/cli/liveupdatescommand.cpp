#include "liveupdatescommand.h"

#include "cliexitcode.h"
#include "odoo/odooconnection.h"
#include "sync/liveupdatesinstaller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

void LiveUpdatesCommand::run(const QStringList &arguments)
{
    const QStringList operations{QStringLiteral("status"), QStringLiteral("enable"),
                                 QStringLiteral("disable")};
    if (arguments.size() != 1 || !operations.contains(arguments.first())) {
        m_context.usageError(tr("live-updates needs status, enable or disable."));
        return;
    }
    if (!m_context.connection())
        return;
    const QString operation = arguments.first();
    m_context.connectAndDetect(this, [this, operation](const SourceDetection &detection) {
        start(operation, detection.statuses());
    });
}

void LiveUpdatesCommand::start(const QString &operation, const QList<ProfileStatus> &statuses)
{
    auto *installer =
        new LiveUpdatesInstaller(m_context.connection(), LiveUpdatesInstaller::modelsOf(statuses), this);
    connect(installer, &LiveUpdatesInstaller::finished, this, [this, installer, operation] {
        installer->deleteLater();
        report(operation, installer);
    });
    installer->run(operation);
}

void LiveUpdatesCommand::report(const QString &operation, const LiveUpdatesInstaller *installer)
{
    QTextStream &out = m_context.out();
    if (m_context.json()) {
        QJsonArray monitored;
        for (const QString &model : installer->monitoredModels())
            monitored.append(model);
        const QJsonObject document{
            {QStringLiteral("installed"), installer->installed()},
            {QStringLiteral("models"), monitored},
            {QStringLiteral("summary"), installer->summary()},
            {QStringLiteral("error"), installer->ok() ? QJsonValue() : QJsonValue(installer->error())}};
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        out << installer->summary() << Qt::endl;
        if (!installer->monitoredModels().isEmpty())
            out << tr("Models: %1").arg(installer->monitoredModels().join(QStringLiteral(", "))) << Qt::endl;
    }
    if (!installer->ok()) {
        m_context.err() << tr("Error: %1").arg(installer->error()) << Qt::endl;
        m_context.finish(CliExit::OtherFailure);
        return;
    }
    if (operation == QLatin1String("enable"))
        m_context.err()
            << tr("Pushes go to the users of the Odoo group \"%1\" (you were added). Add the other "
                  "HQ Tower users to it in Odoo: Settings > Users & Companies > Groups.")
                   .arg(LiveUpdatesInstaller::groupName())
            << Qt::endl;
    m_context.finish(CliExit::Success);
}
