// OdooError: the one typed error every Odoo call reports, whatever the transport.
// It keeps the server's exception name and message for the user, never its traceback.
#pragma once

#include <QMetaType>
#include <QString>

class OdooError
{
    Q_GADGET
public:
    enum class Kind {
        None,
        Network,        // host unreachable, connection refused or dropped
        Timeout,        // no complete answer in time
        Incomplete,     // the answer stopped before its end (cut off on the way)
        Tls,            // certificate or handshake failure
        Auth,           // wrong login, password, API key or database
        Access,         // the user lacks the rights for this
        Validation,     // the server refused the values (constraint, required field)
        UserError,      // a business rule said no
        Missing,        // the record does not exist (any more)
        SessionExpired, // the web session ended; a new login is needed
        NotFound,       // unknown route, model or method on this server
        Protocol,       // the answer was not what Odoo sends (HTML, malformed, empty)
        Server,         // the server failed (HTTP 5xx, internal error)
    };
    Q_ENUM(Kind)

    OdooError() = default;
    OdooError(Kind kind, QString message, QString exceptionName = {}, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    // The server's own message (already free of tracebacks), or ours for transport failures.
    QString message() const { return m_message; }
    // Python exception class name as sent by Odoo, e.g. "odoo.exceptions.AccessError".
    QString exceptionName() const { return m_exceptionName; }
    int httpStatus() const { return m_httpStatus; }
    // True when trying the same idempotent request again later may succeed.
    bool isTransient() const;
    // True when the server does not know the model called (its module is not installed):
    // "Object x doesn't exist" (JSON-RPC), a 404 or "the model 'x' does not exist" (JSON-2);
    // never for a missing record or a refused access.
    bool isUnknownModel() const;

    // A one-line sentence in plain words for the user: what happened, then the server's message.
    QString userMessage() const;
    static QString kindName(Kind kind);

    bool operator==(const OdooError &other) const = default;

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_exceptionName;
    int m_httpStatus = 0;
};

Q_DECLARE_METATYPE(OdooError)
