#include "odooerror.h"

#include "domain/printabletext.h"

#include <QCoreApplication>
#include <QMetaEnum>

OdooError::OdooError(Kind kind, QString message, QString exceptionName, int httpStatus)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_exceptionName(std::move(exceptionName))
    , m_httpStatus(httpStatus)
{}

bool OdooError::isUnknownModel() const
{
    if (m_kind == Kind::Missing || m_kind == Kind::Access)
        return false;
    return m_kind == Kind::NotFound || m_message.contains(QLatin1String("doesn't exist")) ||
           m_message.contains(QLatin1String("does not exist"));
}

bool OdooError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Incomplete:
        return true;
    case Kind::Server:
        // Gateways and overloaded servers recover; an application error (500 from Odoo itself) does not.
        return m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504 || m_httpStatus == 429;
    default:
        return false;
    }
}

QString OdooError::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(static_cast<int>(kind)));
}

QString OdooError::userMessage() const
{
    QString summary;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        summary = QCoreApplication::translate("OdooError", "Cannot reach the Odoo server.");
        break;
    case Kind::Timeout:
        summary = QCoreApplication::translate("OdooError", "The Odoo server did not answer in time.");
        break;
    case Kind::Incomplete:
        summary = QCoreApplication::translate("OdooError", "The answer from the server arrived incomplete.");
        break;
    case Kind::Tls:
        summary = QCoreApplication::translate("OdooError", "The secure connection to the server failed.");
        break;
    case Kind::Auth:
        summary = QCoreApplication::translate("OdooError", "Odoo refused the login.");
        break;
    case Kind::Access:
        summary = QCoreApplication::translate("OdooError", "Your Odoo user is not allowed to do this.");
        break;
    case Kind::Validation:
        summary = QCoreApplication::translate("OdooError", "Odoo refused the values.");
        break;
    case Kind::UserError:
        summary = QCoreApplication::translate("OdooError", "Odoo refused the operation.");
        break;
    case Kind::Missing:
        summary = QCoreApplication::translate("OdooError", "The record no longer exists in Odoo.");
        break;
    case Kind::SessionExpired:
        summary = QCoreApplication::translate("OdooError", "The Odoo session has expired.");
        break;
    case Kind::NotFound:
        summary = QCoreApplication::translate("OdooError", "The server does not offer this.");
        break;
    case Kind::Protocol:
        summary = QCoreApplication::translate("OdooError", "The server's answer was not understood.");
        break;
    case Kind::Server:
        summary = QCoreApplication::translate("OdooError", "The Odoo server failed.");
        break;
    }
    if (m_message.isEmpty() || m_message == summary)
        return summary;
    // What the server said, shown safely and at most 2,000 characters long.
    return summary + QLatin1Char(' ') + PrintableText::shortened(m_message);
}
