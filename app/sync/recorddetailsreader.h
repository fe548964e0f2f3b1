// RecordDetailsReader: reads what the detail panel shows of one Odoo record (chatter messages,
// document lines, attachments) in parallel and reports it once, typed; refused parts stay empty.
#pragma once

#include "domain/recorddetails.h"

#include <QObject>
#include <QPointer>
#include <QString>

class OdooConnection;

class RecordDetailsReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int MessageLimit = 10;
    static constexpr int LineLimit = 50;
    static constexpr int AttachmentLimit = 20;

    RecordDetailsReader(OdooConnection *connection, QString model, int resId, QObject *parent = nullptr);

    // Sends the reads; finished() follows once all have answered (or failed).
    void start();

Q_SIGNALS:
    void finished(const RecordDetails &details);

private:
    void readMessages();
    void readLines();
    void readAttachments();
    void partDone();

    QPointer<OdooConnection> m_connection;
    QString m_model;
    int m_resId;
    RecordDetails m_details;
    int m_pending = 0;
};
