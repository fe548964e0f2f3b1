// CliExit: the exit codes of every hqtower-cli command, in one place (the --help text lists them).
#pragma once

class OdooError;

namespace CliExit {

enum Code : int {
    Success = 0,
    UsageError = 2,
    AuthFailed = 3,       // login, password, API key or database refused
    ConnectionFailed = 4, // network, timeout, TLS, a gateway's 502/503/504
    OtherFailure = 5,
    Conflict = 6,      // a decision: someone else decided first
    RefusedByOdoo = 7, // a decision: Odoo refused it or did nothing
    StillPending = 8,  // a decision: no outcome within --wait
};

// The code for a failed call or connection.
Code forError(const OdooError &error);
// 502, 503 and 504: a proxy or gateway could not reach Odoo, or Odoo takes no requests.
bool isGatewayStatus(int httpStatus);

} // namespace CliExit
