#include "httpexchange.h"

bool HttpReply::isTransportFailure() const
{
    if (timedOut || !tlsErrorText.isEmpty())
        return true;
    // Codes below 200 are connection and proxy failures; 2xx-4xx codes mirror HTTP statuses,
    // which the decoders read from the status and body instead.
    const int code = static_cast<int>(networkError);
    return code > 0 && code < 200;
}

HttpReply HttpReply::fromNetworkReply(QNetworkReply *reply, bool timedOut, const QString &tlsErrorText)
{
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    result.contentType = reply->rawHeader("Content-Type");
    result.location = reply->rawHeader("Location");
    result.body = reply->readAll();
    result.networkError = reply->error();
    result.networkErrorText = reply->errorString();
    result.timedOut = timedOut;
    result.tlsErrorText = tlsErrorText;
    return result;
}
