// WebSessionTransport: calls through the web client's route /web/dataset/call_kw/<model>/<method>,
// authenticated by the `session_id` cookie (kept in memory by the network manager's cookie jar).
// Used with a password when live push is wanted, since the bus websocket needs that session.
#pragma once

#include "odootransport.h"

class WebSessionTransport : public OdooTransport
{
public:
    Kind kind() const override { return Kind::WebSession; }
    HttpRequestSpec encode(const OdooCallSpec &call, OdooError *error) const override;
    OdooResult decode(const HttpReply &reply) const override;
};
