#include "callcommand.h"

#include "cliexitcode.h"
#include "odoo/odooconnection.h"

#include <QJsonArray>
#include <QJsonDocument>

void CallCommand::run(const QStringList &arguments)
{
    if (arguments.size() != 2) {
        m_context.usageError(tr("call needs MODEL and METHOD."));
        return;
    }
    QJsonParseError argsError;
    const QJsonDocument args =
        QJsonDocument::fromJson(m_context.value(m_context.options().args).toUtf8(), &argsError);
    if (argsError.error != QJsonParseError::NoError || !args.isArray()) {
        m_context.usageError(tr("--args must be a JSON array, e.g. '[[1, 2]]'."));
        return;
    }
    QJsonParseError kwargsError;
    const QJsonDocument kwargs =
        QJsonDocument::fromJson(m_context.value(m_context.options().kwargs).toUtf8(), &kwargsError);
    if (kwargsError.error != QJsonParseError::NoError || !kwargs.isObject()) {
        m_context.usageError(tr("--kwargs must be a JSON object, e.g. '{\"fields\": [\"name\"]}'."));
        return;
    }
    OdooConnection *connection = m_context.connection();
    if (!connection)
        return;
    const QString model = arguments.at(0);
    const QString method = arguments.at(1);
    connect(connection, &OdooConnection::openFailed, &m_context, &CliContext::fail);
    connect(connection, &OdooConnection::opened, this,
            [this, connection, model, method, args = args.array(), kwargs = kwargs.object()] {
                OdooCall *call = connection->call(model, method, args, kwargs);
                connect(call, &OdooCall::failed, &m_context, &CliContext::fail);
                connect(call, &OdooCall::succeeded, this, [this](const QJsonValue &result) {
                    // Wrapped in an array so scalars print too; the brackets are stripped again.
                    QByteArray text =
                        QJsonDocument(QJsonArray{result}).toJson(QJsonDocument::Indented).trimmed();
                    text = text.mid(1, text.size() - 2).trimmed();
                    QByteArray unindented;
                    for (const QByteArray &line : text.split('\n'))
                        unindented += (line.startsWith("    ") ? line.mid(4) : line) + '\n';
                    m_context.out() << QString::fromUtf8(unindented);
                    m_context.finish(CliExit::Success);
                });
            });
    connection->open();
}
