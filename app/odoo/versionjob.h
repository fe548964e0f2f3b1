// VersionJob: asks a server which Odoo it runs. Tries GET /web/version first and falls back to
// JSON-RPC `common.version` when that route is missing or redirected.
#pragma once

#include "odoojob.h"
#include "serverversion.h"

class VersionJob : public OdooJob
{
    Q_OBJECT
public:
    using OdooJob::OdooJob;

    ServerVersion version() const { return ServerVersion::fromVersionInfo(result().toObject()); }
    bool usedFallback() const { return m_stage == Stage::CommonVersion; }

protected:
    HttpRequestSpec buildRequest(OdooError *error) const override;
    OdooResult decodeReply(const HttpReply &reply) const override;
    void handleOutcome(const OdooResult &outcome) override;

private:
    enum class Stage { WebVersion, CommonVersion };
    Stage m_stage = Stage::WebVersion;
};
