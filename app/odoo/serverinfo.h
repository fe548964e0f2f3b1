// ServerInfo: what OdooConnection learnt while opening: version, transport, user id, and
// whether live push is possible (and if not, why).
#pragma once

#include "odootransport.h"
#include "serverversion.h"

struct ServerInfo
{
    ServerVersion version;
    OdooTransport::Kind transport = OdooTransport::Kind::JsonRpc;
    int uid = 0;
    bool livePushPossible = false;
    QString livePushUnavailableReason; // plain words, empty when push is possible
    QString transportNote;             // e.g. why JSON-2 was not used on Odoo 19
    QString versionNote;               // a version newer than those HQ Tower was verified with
    QString websocketWorkerVersion;    // from the web session (18+), for /websocket?version=
    int partnerId = 0;                 // from the web session
};
