// SimDataset: the deterministic demo dataset of a retail company (60 stores in 5 regions, their
// people, vendors and products, and the documents HQ Tower watches), written straight into a
// simulator database.
#pragma once

#include "simdatasetsummary.h"

#include <QtGlobal>

class SimBackend;

class SimDataset
{
public:
    // Fills backend.database(). Everything follows from `seed` and the database clock, so the same
    // seed and clock give the same records and ids. Only fields the flavour's schema has are
    // written; models of optional modules (approvals, base_tier_validation, queue_job) only when
    // the schema has the module.
    //
    // The company, OdooBot, admin, manager1, buyer1 and viewer1 must exist already (SimBackend
    // creates them); populate adds one regional manager ("rm.<region>") and one buyer
    // ("buyer.<region>") per region through SimBackend::addUser.
    //
    // `scale` multiplies the documents only: about 300 pending approvals, 1,500 open exceptions,
    // 80 integration failures and 1,500 decisions of the last 90 days at scale 1. The geography
    // (60 stores + the HQ warehouse), people, vendors, products and scheduled actions stay the same
    // at every scale: a bigger company has more paperwork, not more shops on the map.
    //
    // A purchase order names its store twice: `dest_address_id` is the store's partner (the
    // partner of its stock.warehouse) and `origin` is the warehouse code ("ANT1"). Pickings,
    // quants and reordering rules point at the store's stock location, whose warehouse_id is the
    // store. Zele, Malmedy and Waalwijk have no coordinates on purpose.
    //
    // The database's recordsChanged signal is blocked while populating: the dataset is the
    // initial state, so the bus has nothing to tell clients about it.
    static SimDatasetSummary populate(SimBackend &backend, quint32 seed = 1, double scale = 1.0);
};
