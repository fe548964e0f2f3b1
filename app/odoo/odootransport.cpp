#include "odootransport.h"

QString OdooTransport::kindName(Kind kind)
{
    switch (kind) {
    case Kind::JsonRpc:
        return QStringLiteral("jsonrpc");
    case Kind::WebSession:
        return QStringLiteral("web-session");
    case Kind::Json2:
        return QStringLiteral("json2");
    }
    return {};
}
