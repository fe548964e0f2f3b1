#include "cliexitcode.h"

#include "odoo/odooerror.h"

bool CliExit::isGatewayStatus(int httpStatus)
{
    return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

CliExit::Code CliExit::forError(const OdooError &error)
{
    switch (error.kind()) {
    case OdooError::Kind::None:
        return Success;
    case OdooError::Kind::Auth:
    case OdooError::Kind::SessionExpired:
        return AuthFailed;
    case OdooError::Kind::Network:
    case OdooError::Kind::Timeout:
    case OdooError::Kind::Incomplete:
    case OdooError::Kind::Tls:
        return ConnectionFailed;
    case OdooError::Kind::Server:
        // A proxy that could not reach Odoo (502, 504) or a server not taking requests (503):
        // Odoo itself could not be reached, as with a refused connection.
        return isGatewayStatus(error.httpStatus()) ? ConnectionFailed : OtherFailure;
    default:
        return OtherFailure;
    }
}
