// JsonRpcCodec: the JSON-RPC 2.0 envelope Odoo speaks on /jsonrpc, /web/session/* and
// /web/dataset/call_kw: builds request bodies and decodes replies into OdooResult.
#pragma once

#include "httpexchange.h"
#include "odooresult.h"

#include <QJsonObject>

class JsonRpcCodec
{
public:
    // A complete request body `{"jsonrpc": "2.0", "method": "call", "params": ..., "id": N}`.
    static QByteArray encodeRequest(const QJsonObject &params);
    // The id of a request body made by encodeRequest, 0 for any other body.
    static int requestId(const QByteArray &body);
    // `result` present: success; `error` present: the mapped OdooError; neither (but an envelope):
    // success with a null result, which is how Odoo answers a method that returned None.
    // An answer whose id is not the request's (reply.expectedJsonRpcId) is a protocol error; a
    // null id is accepted, as Odoo sends one with some errors (no session).
    static OdooResult decodeReply(const HttpReply &reply);
};
