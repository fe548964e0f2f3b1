#include "queuecommand.h"

#include "cliexitcode.h"
#include "queuereport.h"
#include "storage/cache.h"
#include "sync/sourceprofile.h"

#include <QFileInfo>
#include <QJsonDocument>

void QueueCommand::run(const QStringList &arguments)
{
    if (!takesNoArguments(QStringLiteral("queue"), arguments))
        return;
    const QString kindName = m_context.value(m_context.options().kind);
    const std::optional<ItemKind> kind = EnumNames::fromName<ItemKind>(kindName);
    if (!kindName.isEmpty() && !kind) {
        m_context.usageError(
            tr("--kind must be one of %1.").arg(EnumNames::names<ItemKind>().join(QStringLiteral(", "))));
        return;
    }
    int storeId = -1;
    if (m_context.isSet(m_context.options().store)) {
        bool storeOk = false;
        storeId = m_context.value(m_context.options().store).toInt(&storeOk);
        if (!storeOk || storeId < 0) {
            m_context.usageError(tr("--store must be a store id (0 for HQ)."));
            return;
        }
    }
    const QString cacheFile = m_context.cachePath();
    if (cacheFile.isEmpty())
        return;
    QList<QueueItem> items;
    QList<StoreInfo> stores;
    std::unique_ptr<Cache> cache;
    if (QFileInfo::exists(cacheFile)) {
        cache = m_context.openCache(cacheFile);
        if (!cache)
            return;
        ItemFilter filter;
        filter.kind = kind;
        filter.storeId = storeId;
        items = cache->items(filter);
        stores = cache->stores();
    }
    if (!cache || cache->itemCount() == 0)
        m_context.err() << tr("No cached items yet: run hqtower-cli sync --once") << Qt::endl;
    const QueueReport report(items, stores, QDateTime::currentDateTimeUtc());
    if (m_context.json()) {
        m_context.out() << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    } else {
        for (const QString &line : report.toLines())
            m_context.out() << line << Qt::endl;
    }
    m_context.finish(CliExit::Success);
}
