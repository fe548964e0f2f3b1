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
    // The largest answer accepted for one request; far above any page HQ Tower asks for, it keeps
    // a broken or hostile server from filling the memory.
    qint64 maxAnswerBytes = qint64(64) * 1024 * 1024;

    QNetworkRequest requestFor(const HttpRequestSpec &spec) const;
    // Accepts what users paste: "odoo.example.com", "https://x/odoo/action-12", "http://h:8069/web#…".
    static QUrl normalizedServerUrl(const QString &input);
};
