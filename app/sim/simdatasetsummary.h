// SimDatasetSummary: what SimDataset::populate wrote: record counts per model, open items per
// kind and category, and the logins of the regional managers it created.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

struct SimDatasetSummary
{
    int stores = 0;              // stock.warehouse records that are stores (the HQ warehouse is not)
    int regions = 0;             // res.country.state records stores are spread over
    int pendingApprovals = 0;    // documents waiting for a decision
    int openExceptions = 0;      // store exceptions waiting for someone to act
    int integrationFailures = 0; // failed mails, scheduled actions, queue jobs
    int history = 0;             // documents decided over the last 90 days
    int totalRecords = 0;        // every record in the database after populate, the backend's included
    // Records per model after populate (models with at least one record).
    QMap<QString, int> perModel;
    // Items per kind, e.g. "approval/purchase.order": 172; the prefix is the category
    // (approval, exception, failure, history).
    QMap<QString, int> perKind;
    QStringList regionalManagers; // logins, one per region
};
