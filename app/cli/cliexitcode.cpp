#include "cliexitcode.h"

#include "odoo/odooerror.h"

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
    default:
        return OtherFailure;
    }
}
