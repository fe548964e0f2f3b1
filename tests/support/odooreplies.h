// OdooReplies: JSON-RPC answers shaped like Odoo's, for tests that play a server.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace OdooReplies {
// `{"jsonrpc": "2.0", "id": 1, "result": ...}`
QByteArray result(const QJsonValue &value);
// An error envelope with `code` (200 on 17/18, 0 on 19, 100 for an expired session), the
// exception name and message, and a traceback in `debug` that clients must never show.
QByteArray error(int code, const QString &exceptionName, const QString &message);
// `answer` as the answer to `request`: a JSON-RPC envelope gets the request's id plus `offset`
// (a non-zero offset plays a server that mixed up answers); a null id, an answer that is not
// an envelope or a request that is not JSON-RPC stay as they are.
QByteArray answering(const QByteArray &request, const QByteArray &answer, int offset = 0);
} // namespace OdooReplies
