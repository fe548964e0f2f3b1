// ExecuteJob: one model method call (`model.method(*args, **kwargs)`) over whichever transport
// the connection chose.
#pragma once

#include "callspec.h"
#include "odoojob.h"
#include "odootransport.h"

#include <memory>

class ExecuteJob : public OdooJob
{
    Q_OBJECT
public:
    ExecuteJob(QNetworkAccessManager *network, HttpEndpoint endpoint, RetryPolicy policy,
               std::shared_ptr<const OdooTransport> transport, OdooCallSpec call, QObject *parent = nullptr);

    const OdooCallSpec &call() const { return m_call; }

protected:
    HttpRequestSpec buildRequest(OdooError *error) const override;
    OdooResult decodeReply(const HttpReply &reply) const override;

private:
    std::shared_ptr<const OdooTransport> m_transport;
    OdooCallSpec m_call;
};
