#include "httpexchange.h"

bool HttpReply::isTransportFailure() const
{
    if (timedOut || brokenFraming || !tlsErrorText.isEmpty())
        return true;
    if (networkError == QNetworkReply::NoError)
        return false;
    // No HTTP answer at all, or a connection or proxy failure (codes below 200). The 2xx-4xx
    // codes that come with an answer mirror its HTTP status, which the decoders read instead.
    const int code = static_cast<int>(networkError);
    return status == 0 || code < 200;
}

HttpReply HttpReply::fromNetworkReply(QNetworkReply *reply, bool timedOut, const QString &tlsErrorText)
{
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    result.contentType = reply->rawHeader("Content-Type");
    result.location = reply->rawHeader("Location");
    if (reply->isOpen())
        result.body = reply->readAll();
    result.networkError = reply->error();
    result.networkErrorText = reply->errorString();
    result.timedOut = timedOut;
    result.brokenFraming = result.networkError == QNetworkReply::NoError && result.status >= 200 &&
                           result.status < 300 && result.body.isEmpty() &&
                           reply->rawHeader("Transfer-Encoding").toLower().contains("chunked");
    result.tlsErrorText = tlsErrorText;
    return result;
}
