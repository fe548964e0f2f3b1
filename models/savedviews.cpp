#include "savedviews.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSettings>

#include <algorithm>
#include <optional>

namespace {

const QString groupName = QStringLiteral("queue/views");

std::optional<QueueView> parseView(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    QueueView view = QueueView::fromJson(document.object());
    view.name = view.name.trimmed();
    if (view.name.isEmpty())
        return std::nullopt;
    return view;
}

} // namespace

QList<QueueView> SavedViews::load(const QSettings &settings)
{
    QList<QueueView> views;
    const QString prefix = groupName + QLatin1Char('/');
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        if (!key.startsWith(prefix))
            continue;
        if (const std::optional<QueueView> view = parseView(settings.value(key)))
            views = upserted(views, *view);
    }
    sortByName(views);
    return views;
}

void SavedViews::save(QSettings &settings, const QList<QueueView> &views)
{
    QList<QueueView> sorted = views;
    sortByName(sorted);
    settings.remove(groupName);
    settings.beginGroup(groupName);
    int number = 0;
    for (const QueueView &view : std::as_const(sorted)) {
        if (view.name.trimmed().isEmpty())
            continue;
        settings.setValue(QStringLiteral("view%1").arg(++number, 3, 10, QLatin1Char('0')),
                          QString::fromUtf8(QJsonDocument(view.toJson()).toJson(QJsonDocument::Compact)));
    }
    settings.endGroup();
    settings.sync();
}

QList<QueueView> SavedViews::upserted(QList<QueueView> views, const QueueView &view)
{
    views = removed(std::move(views), view.name);
    views.append(view);
    sortByName(views);
    return views;
}

QList<QueueView> SavedViews::removed(QList<QueueView> views, const QString &name)
{
    views.removeIf([&name](const QueueView &view) { return view.name == name; });
    return views;
}

void SavedViews::sortByName(QList<QueueView> &views)
{
    std::stable_sort(views.begin(), views.end(), [](const QueueView &left, const QueueView &right) {
        const int folded = QString::compare(left.name, right.name, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : left.name < right.name;
    });
}
