#include "decisionreportcommand.h"

#include "cliexitcode.h"
#include "decisionreport.h"
#include "storage/outbox.h"

#include <QFileInfo>
#include <QJsonDocument>

DecisionReportCommand::DecisionReportCommand(CliContext &context, Report report, QObject *parent)
    : CliCommand(context, parent)
    , m_report(report)
{}

void DecisionReportCommand::run(const QStringList &arguments)
{
    if (!takesNoArguments(m_report == Report::Audit ? QStringLiteral("audit") : QStringLiteral("outbox"),
                          arguments))
        return;
    const QString cacheFile = m_context.cachePath();
    if (cacheFile.isEmpty())
        return;
    QTextStream &out = m_context.out();
    const bool json = m_context.json();
    if (!QFileInfo::exists(cacheFile)) {
        m_context.err() << tr("No cache yet: nothing was decided with this connection.") << Qt::endl;
        out << (json ? QStringLiteral("[]\n") : QString());
        m_context.finish(CliExit::Success);
        return;
    }
    QString error;
    const std::unique_ptr<Outbox> outbox = Outbox::open(cacheFile, &error);
    if (!outbox) {
        m_context.err() << tr("Error: cannot use the cache %1: %2").arg(cacheFile, error) << Qt::endl;
        m_context.finish(CliExit::OtherFailure);
        return;
    }
    const DecisionReport report;
    if (m_report == Report::Audit) {
        const QList<AuditEntry> entries = outbox->audit(500);
        if (json)
            out << QString::fromUtf8(
                QJsonDocument(report.auditToJson(entries)).toJson(QJsonDocument::Indented));
        else
            for (const QString &line : report.auditLines(entries))
                out << line << Qt::endl;
    } else {
        QList<Decision> decisions = outbox->pending();
        for (const Decision &decision : outbox->recent(50)) {
            if (decision.isSettled())
                decisions.append(decision);
        }
        if (json)
            out << QString::fromUtf8(
                QJsonDocument(report.decisionsToJson(decisions)).toJson(QJsonDocument::Indented));
        else
            for (const QString &line : report.decisionLines(decisions))
                out << line << Qt::endl;
    }
    m_context.finish(CliExit::Success);
}
