// JsonRpcTransport: Odoo's external API `object.execute_kw(db, uid, secret, model, method, args,
// kwargs)` on /jsonrpc (Odoo 8-19; deprecated from 19). The secret is a password or an API key.
#pragma once

#include "odootransport.h"

class JsonRpcTransport : public OdooTransport
{
public:
    JsonRpcTransport(QString database, int uid, QString secret);

    Kind kind() const override { return Kind::JsonRpc; }
    HttpRequestSpec encode(const OdooCallSpec &call, OdooError *error) const override;
    OdooResult decode(const HttpReply &reply) const override;

private:
    QString m_database;
    int m_uid;
    QString m_secret;
};
