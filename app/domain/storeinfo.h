// StoreInfo: a store (stock.warehouse) with what the map and the filters need: where it is and
// which region it belongs to.
#pragma once

#include <QString>

struct StoreInfo
{
    int id = 0; // stock.warehouse id
    QString name;
    QString code;
    int partnerId = 0;
    QString city;
    QString region; // by the configured rule: partner state, country or tag
    QString country;
    bool hasCoordinates = false;
    double latitude = 0.0;
    double longitude = 0.0;

    bool operator==(const StoreInfo &other) const = default;
};
