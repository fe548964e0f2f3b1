// ServerVersion: the Odoo version a server reports (`/web/version` or `common.version`),
// parsed once so the rest of the code compares numbers, not strings.
#pragma once

#include <QJsonObject>
#include <QString>

struct ServerVersion
{
    // The newest major version HQ Tower was verified with (the contract's captures).
    static constexpr int newestVerifiedMajor = 19;
    int major = 0;
    int minor = 0;
    QString text; // as the server wrote it, e.g. "17.0-20240709" or "saas~18.2+e"

    bool isValid() const { return major > 0; }
    // Accepts the object answered by both `/web/version` and `common.version`.
    static ServerVersion fromVersionInfo(const QJsonObject &info);
};
