// RecordDetails: what the detail panel shows of an Odoo record beyond its queue item, read on
// demand: the latest chatter messages, the document's lines and the attachments' names.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct RecordMessage
{
    QDateTime at; // UTC
    QString author;
    QString bodyHtml; // as Odoo stores it
};

struct RecordLine
{
    QString name;
    double quantity = 0.0;
    double unitPrice = 0.0;
    double subtotal = 0.0;
};

struct RecordDetails
{
    QList<RecordMessage> messages; // newest first
    QList<RecordLine> lines;
    QStringList attachments;
};
