// OdooTransport: how one call travels to Odoo and how its answer is read. JsonRpcTransport,
// WebSessionTransport and Json2Transport implement it; jobs and the connection only see this.
#pragma once

#include "callspec.h"
#include "httpexchange.h"
#include "odooresult.h"

class OdooTransport
{
public:
    enum class Kind { JsonRpc, WebSession, Json2 };

    virtual ~OdooTransport() = default;
    virtual Kind kind() const = 0;
    // Builds the HTTP request; on a call this transport cannot express, fills `error` instead.
    virtual HttpRequestSpec encode(const OdooCallSpec &call, OdooError *error) const = 0;
    virtual OdooResult decode(const HttpReply &reply) const = 0;

    // Stable names used by the command line and logs: "jsonrpc", "web-session", "json2".
    static QString kindName(Kind kind);
};
