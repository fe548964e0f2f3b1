// SimCatalog: the fixed lists the demo dataset is built from: countries, regions and their
// managers, 60 stores with real addresses and coordinates, vendors, products, names and texts.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class SimCatalog
{
public:
    struct Country
    {
        QString code; // ISO 3166 alpha-2, as res.country.code
        QString name;
    };
    // A region is a country state (res.country.state); it has one regional manager and one buyer.
    struct Region
    {
        QString countryCode;
        QString stateCode;
        QString stateName;
        QString managerLogin;
        QString managerName;
        QString buyerLogin;
        QString buyerName;
    };
    struct Store
    {
        int region = 0; // index in regions()
        QString code;   // stock.warehouse.code
        QString name;   // "Antwerp Meir"
        QString street;
        QString zip;
        QString city;
        double latitude = 0.0; // 0/0: not geolocated (a few stores on purpose)
        double longitude = 0.0;

        bool hasCoordinates() const { return latitude != 0.0 || longitude != 0.0; }
    };
    struct Vendor
    {
        QString name;
        QString street;
        QString zip;
        QString city;
        QString countryCode;
        QString email;
    };
    struct Product
    {
        QString code; // default_code
        QString name;
        double cost = 0.0;  // standard_price
        double price = 0.0; // list_price
        double taxRate = 0.0;
        int vendor = -1; // index in vendors(); -1 for expense products
    };
    struct LeaveType
    {
        QString name;
        QString validation; // hr.leave.type.leave_validation_type
        bool unpaid = false;
    };
    struct Cron
    {
        QString name;
        QString model;
        QString code;
        int intervalNumber = 1;
        QString intervalType; // minutes, hours, days
        QString failure;      // empty: the job runs fine
    };
    struct MailFailure
    {
        QString type; // mail.mail.failure_type
        QString reason;
    };
    struct JobFailure
    {
        QString name;
        QString model;
        QString method;
        QString channel;
        QString excName;
        QString excMessage;
    };

    static const QList<Country> &countries();
    static const QList<Region> &regions();
    static const QList<Store> &stores(); // 60, 12 per region
    static const Store &headquarters();  // the central warehouse, not a store
    static const QList<Vendor> &vendors();
    static const QList<Product> &products();        // goods the stores buy and sell
    static const QList<Product> &expenseProducts(); // expense categories (mileage, meals…)
    static const QList<LeaveType> &leaveTypes();
    static const QList<Cron> &crons();
    static const QList<MailFailure> &mailFailures();
    static const QList<JobFailure> &jobFailures();
    static const QStringList &firstNames();
    static const QStringList &lastNames();
    static const QStringList &expenseDescriptions();
    static const QStringList &leaveReasons();
    static const QStringList &cashClosingNotes();
    static const QStringList &pickingActivitySummaries();
    static const QStringList &orderActivitySummaries();
    static const QStringList &approvalCategories();
};
