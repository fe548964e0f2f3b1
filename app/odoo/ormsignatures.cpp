#include "ormsignatures.h"

#include <QHash>

namespace {

const QHash<QString, QStringList> &table()
{
    static const QHash<QString, QStringList> signatures = {
        {QStringLiteral("search"),
         {QStringLiteral("domain"), QStringLiteral("offset"), QStringLiteral("limit"),
          QStringLiteral("order")}},
        {QStringLiteral("search_read"),
         {QStringLiteral("domain"), QStringLiteral("fields"), QStringLiteral("offset"),
          QStringLiteral("limit"), QStringLiteral("order")}},
        {QStringLiteral("search_count"), {QStringLiteral("domain"), QStringLiteral("limit")}},
        {QStringLiteral("read"), {QStringLiteral("ids"), QStringLiteral("fields"), QStringLiteral("load")}},
        {QStringLiteral("write"), {QStringLiteral("ids"), QStringLiteral("vals")}},
        {QStringLiteral("create"), {QStringLiteral("vals_list")}},
        {QStringLiteral("unlink"), {QStringLiteral("ids")}},
        {QStringLiteral("copy"), {QStringLiteral("ids"), QStringLiteral("default")}},
        {QStringLiteral("fields_get"), {QStringLiteral("allfields"), QStringLiteral("attributes")}},
        {QStringLiteral("default_get"), {QStringLiteral("fields_list")}},
        {QStringLiteral("name_search"),
         {QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("operator"),
          QStringLiteral("limit")}},
        {QStringLiteral("read_group"),
         {QStringLiteral("domain"), QStringLiteral("fields"), QStringLiteral("groupby"),
          QStringLiteral("offset"), QStringLiteral("limit"), QStringLiteral("orderby"),
          QStringLiteral("lazy")}},
        {QStringLiteral("check_access_rights"),
         {QStringLiteral("operation"), QStringLiteral("raise_exception")}},
        {QStringLiteral("context_get"), {}},
    };
    return signatures;
}

} // namespace

QStringList OrmSignatures::positionalNames(const QString &method)
{
    return table().value(method, {QStringLiteral("ids")});
}

bool OrmSignatures::isKnown(const QString &method)
{
    return table().contains(method);
}
