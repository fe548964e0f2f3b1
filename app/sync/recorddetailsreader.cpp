#include "recorddetailsreader.h"

#include "odoo/odooconnection.h"
#include "odoo/odoovalues.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// The documents whose lines are shown, and where the lines are.
struct LineSource
{
    QString model;
    QString lineModel;
    QString parentField;
    QString nameField;
    QString quantityField;
    QString unitPriceField;
    QString subtotalField;
};

const QList<LineSource> &lineSources()
{
    static const QList<LineSource> sources{
        {QStringLiteral("purchase.order"), QStringLiteral("purchase.order.line"), QStringLiteral("order_id"),
         QStringLiteral("name"), QStringLiteral("product_qty"), QStringLiteral("price_unit"),
         QStringLiteral("price_subtotal")},
    };
    return sources;
}

const LineSource *lineSourceFor(const QString &model)
{
    for (const LineSource &source : lineSources()) {
        if (source.model == model)
            return &source;
    }
    return nullptr;
}

} // namespace

RecordDetailsReader::RecordDetailsReader(OdooConnection *connection, QString model, int resId,
                                         QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_model(std::move(model))
    , m_resId(resId)
{}

void RecordDetailsReader::start()
{
    const LineSource *lines = lineSourceFor(m_model);
    m_pending = lines ? 3 : 2;
    readMessages();
    if (lines)
        readLines();
    readAttachments();
}

void RecordDetailsReader::readMessages()
{
    const QJsonArray domain{OdooValues::term(QStringLiteral("model"), QStringLiteral("="), m_model),
                            OdooValues::term(QStringLiteral("res_id"), QStringLiteral("="), m_resId)};
    OdooCall *call = m_connection->call(
        QStringLiteral("mail.message"), QStringLiteral("search_read"), QJsonArray{domain},
        {{QStringLiteral("fields"),
          QJsonArray{QStringLiteral("date"), QStringLiteral("author_id"), QStringLiteral("body")}},
         {QStringLiteral("order"), QStringLiteral("id desc")},
         {QStringLiteral("limit"), MessageLimit}});
    connect(call, &OdooCall::succeeded, this, [this](const QJsonValue &result) {
        for (const QJsonValue &value : result.toArray()) {
            const QJsonObject row = value.toObject();
            m_details.messages.append({OdooValues::parseDateTime(row.value(QLatin1String("date"))),
                                       OdooValues::displayText(row.value(QLatin1String("author_id"))),
                                       row.value(QLatin1String("body")).toString()});
        }
        partDone();
    });
    connect(call, &OdooCall::failed, this, &RecordDetailsReader::partDone);
}

void RecordDetailsReader::readLines()
{
    const LineSource &source = *lineSourceFor(m_model);
    OdooCall *call = m_connection->call(
        source.lineModel, QStringLiteral("search_read"),
        QJsonArray{QJsonArray{OdooValues::term(source.parentField, QStringLiteral("="), m_resId)}},
        {{QStringLiteral("fields"),
          QJsonArray{source.nameField, source.quantityField, source.unitPriceField, source.subtotalField}},
         {QStringLiteral("order"), QStringLiteral("id")},
         {QStringLiteral("limit"), LineLimit}});
    connect(call, &OdooCall::succeeded, this, [this, &source](const QJsonValue &result) {
        for (const QJsonValue &value : result.toArray()) {
            const QJsonObject row = value.toObject();
            m_details.lines.append({OdooValues::displayText(row.value(source.nameField)),
                                    row.value(source.quantityField).toDouble(),
                                    row.value(source.unitPriceField).toDouble(),
                                    row.value(source.subtotalField).toDouble()});
        }
        partDone();
    });
    connect(call, &OdooCall::failed, this, &RecordDetailsReader::partDone);
}

void RecordDetailsReader::readAttachments()
{
    const QJsonArray domain{OdooValues::term(QStringLiteral("res_model"), QStringLiteral("="), m_model),
                            OdooValues::term(QStringLiteral("res_id"), QStringLiteral("="), m_resId)};
    OdooCall *call =
        m_connection->call(QStringLiteral("ir.attachment"), QStringLiteral("search_read"), QJsonArray{domain},
                           {{QStringLiteral("fields"), QJsonArray{QStringLiteral("name")}},
                            {QStringLiteral("limit"), AttachmentLimit}});
    connect(call, &OdooCall::succeeded, this, [this](const QJsonValue &result) {
        for (const QJsonValue &value : result.toArray())
            m_details.attachments.append(value.toObject().value(QLatin1String("name")).toString());
        partDone();
    });
    connect(call, &OdooCall::failed, this, &RecordDetailsReader::partDone);
}

void RecordDetailsReader::partDone()
{
    if (--m_pending == 0)
        Q_EMIT finished(m_details);
}
