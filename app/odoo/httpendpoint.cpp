#include "httpendpoint.h"

#include <QSslConfiguration>

QNetworkRequest HttpEndpoint::requestFor(const HttpRequestSpec &spec) const
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const int query = spec.path.indexOf(QLatin1Char('?'));
    url.setPath(path + (query < 0 ? spec.path : spec.path.left(query)));
    if (query >= 0)
        url.setQuery(spec.path.mid(query + 1));

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("HQTower/%1").arg(QStringLiteral(HQ_VERSION_STRING)));
    if (!spec.body.isEmpty() || spec.verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : spec.headers)
        request.setRawHeader(name, value);
    if (url.scheme() == QLatin1String("https") && !extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

QUrl HttpEndpoint::normalizedServerUrl(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    // Keep a reverse-proxy prefix, drop the web client's own paths.
    QString path = url.path();
    for (const QLatin1String marker : {QLatin1String("/web"), QLatin1String("/odoo"),
                                       QLatin1String("/jsonrpc"), QLatin1String("/json/2")}) {
        const int at = path.indexOf(marker);
        if (at >= 0 &&
            (path.size() == at + marker.size() || path.at(at + marker.size()) == QLatin1Char('/') ||
             path.at(at + marker.size()) == QLatin1Char('#'))) {
            path.truncate(at);
            break;
        }
    }
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}
