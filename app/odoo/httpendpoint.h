// HttpEndpoint: where requests go (the server's base URL) and how they are sent: TLS trust,
// user agent, redirects never followed. Shared by every job of one connection.
#pragma once

#include "httpexchange.h"

#include <QList>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QUrl>

struct HttpEndpoint
{
    QUrl baseUrl;
    // Extra certificate authorities to trust besides the system's (e.g. a company CA).
    QList<QSslCertificate> extraCaCertificates;

    QNetworkRequest requestFor(const HttpRequestSpec &spec) const;
    // Accepts what users paste: "odoo.example.com", "https://x/odoo/action-12", "http://h:8069/web#…".
    static QUrl normalizedServerUrl(const QString &input);
};
