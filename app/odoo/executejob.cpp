#include "executejob.h"

ExecuteJob::ExecuteJob(QNetworkAccessManager *network, HttpEndpoint endpoint, RetryPolicy policy,
                       std::shared_ptr<const OdooTransport> transport, OdooCallSpec call, QObject *parent)
    : OdooJob(network, std::move(endpoint), std::move(policy), parent)
    , m_transport(std::move(transport))
    , m_call(std::move(call))
{}

HttpRequestSpec ExecuteJob::buildRequest(OdooError *error) const
{
    return m_transport->encode(m_call, error);
}

OdooResult ExecuteJob::decodeReply(const HttpReply &reply) const
{
    return m_transport->decode(reply);
}
