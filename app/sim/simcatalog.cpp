#include "simcatalog.h"

#include <iterator>

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

template<typename Raw, typename Item, std::size_t N, typename Convert>
QList<Item> convertAll(const Raw (&raw)[N], Convert convert)
{
    QList<Item> items;
    items.reserve(qsizetype(N));
    for (const Raw &entry : raw)
        items.append(convert(entry));
    return items;
}

template<std::size_t N>
QStringList texts(const char *const (&raw)[N])
{
    QStringList items;
    for (const char *entry : raw)
        items.append(u(entry));
    return items;
}

struct RawStore
{
    int region;
    const char *code;
    const char *name;
    const char *street;
    const char *zip;
    const char *city;
    double latitude;
    double longitude;
};

// Street addresses are plausible shopping streets of each town; coordinates are those of the
// street. Zele, Malmedy and Waalwijk are left without coordinates on purpose (never geolocated).
constexpr RawStore rawStores[] = {
    {0, "ANT1", "Antwerp Meir", "Meir 78", "2000", "Antwerpen", 51.2180, 4.4080},
    {0, "ANT2", "Antwerp Groenplaats", "Groenplaats 21", "2000", "Antwerpen", 51.2190, 4.4010},
    {0, "ANT3", "Antwerp Berchem", "Statiestraat 112", "2600", "Berchem", 51.1995, 4.4325},
    {0, "ANT4", "Wijnegem Shopping", "Turnhoutsebaan 5", "2110", "Wijnegem", 51.2262, 4.5190},
    {0, "MEC1", "Mechelen Bruul", "Bruul 54", "2800", "Mechelen", 51.0265, 4.4795},
    {0, "LIE1", "Lier Antwerpsestraat", "Antwerpsestraat 40", "2500", "Lier", 51.1330, 4.5650},
    {0, "TUR1", "Turnhout Gasthuisstraat", "Gasthuisstraat 30", "2300", "Turnhout", 51.3220, 4.9440},
    {0, "GEE1", "Geel Markt", "Markt 12", "2440", "Geel", 51.1620, 4.9910},
    {0, "MOL1", "Mol Statiestraat", "Statiestraat 8", "2400", "Mol", 51.1890, 5.1150},
    {0, "HER1", "Herentals Hofkwartier", "Hofkwartier 3", "2200", "Herentals", 51.1765, 4.8330},
    {0, "BOO1", "Boom Blauwstraat", "Blauwstraat 15", "2850", "Boom", 51.0900, 4.3680},
    {0, "BRA1", "Brasschaat Bredabaan", "Bredabaan 320", "2930", "Brasschaat", 51.2920, 4.4930},
    {1, "GEN1", "Ghent Veldstraat", "Veldstraat 52", "9000", "Gent", 51.0515, 3.7225},
    {1, "GEN2", "Ghent Sint-Pieters", "Koningin Maria Hendrikaplein 1", "9000", "Gent", 51.0360, 3.7105},
    {1, "GEN3", "Ghent Dampoort", "Dendermondsesteenweg 10", "9000", "Gent", 51.0560, 3.7410},
    {1, "AAL1", "Aalst Nieuwstraat", "Nieuwstraat 25", "9300", "Aalst", 50.9380, 4.0390},
    {1, "SNI1", "Sint-Niklaas Stationsstraat", "Stationsstraat 60", "9100", "Sint-Niklaas", 51.1650, 4.1410},
    {1, "DEN1", "Dendermonde Oude Vest", "Oude Vest 44", "9200", "Dendermonde", 51.0290, 4.1000},
    {1, "LOK1", "Lokeren Roomstraat", "Roomstraat 18", "9160", "Lokeren", 51.1035, 3.9920},
    {1, "OUD1", "Oudenaarde Markt", "Markt 35", "9700", "Oudenaarde", 50.8455, 3.6045},
    {1, "EEK1", "Eeklo Stationsstraat", "Stationsstraat 22", "9900", "Eeklo", 51.1855, 3.5610},
    {1, "NIN1", "Ninove Graanmarkt", "Graanmarkt 9", "9400", "Ninove", 50.8285, 4.0245},
    {1, "WET1", "Wetteren Markt", "Markt 7", "9230", "Wetteren", 51.0005, 3.8835},
    {1, "ZEL1", "Zele Markt", "Markt 4", "9240", "Zele", 0.0, 0.0},
    {2, "BXL1", "Brussels Rue Neuve", "Rue Neuve 111", "1000", "Bruxelles", 50.8525, 4.3565},
    {2, "BXL2", "Brussels Louise", "Avenue Louise 54", "1050", "Ixelles", 50.8335, 4.3605},
    {2, "BXL3", "Ixelles Flagey", "Place Flagey 18", "1050", "Ixelles", 50.8275, 4.3720},
    {2, "BXL4", "Schaerbeek Helmet", "Chaussée de Helmet 212", "1030", "Schaerbeek", 50.8705, 4.3790},
    {2, "BXL5", "Anderlecht Wayez", "Rue Wayez 80", "1070", "Anderlecht", 50.8360, 4.3085},
    {2, "BXL6", "Uccle Bascule", "Chaussée de Waterloo 715", "1180", "Uccle", 50.8135, 4.3575},
    {2, "BXL7", "Etterbeek Jourdan", "Place Jourdan 5", "1040", "Etterbeek", 50.8360, 4.3840},
    {2, "BXL8", "Woluwe Shopping", "Rue Saint-Lambert 200", "1200", "Woluwe-Saint-Lambert", 50.8475, 4.4340},
    {2, "BXL9", "Jette Miroir", "Place Reine Astrid 3", "1090", "Jette", 50.8780, 4.3280},
    {2, "BX10", "Molenbeek Gare de l'Ouest", "Chaussée de Ninove 150", "1080", "Molenbeek-Saint-Jean",
     50.8490, 4.3210},
    {2, "BX11", "Forest Saint-Denis", "Chaussée de Bruxelles 30", "1190", "Forest", 50.8110, 4.3230},
    {2, "BX12", "Auderghem Delta", "Boulevard du Souverain 25", "1160", "Auderghem", 50.8160, 4.4280},
    {3, "LGE1", "Liège Féronstrée", "Féronstrée 90", "4000", "Liège", 50.6455, 5.5760},
    {3, "LGE2", "Liège Médiacité", "Boulevard Raymond Poincaré 7", "4020", "Liège", 50.6285, 5.5845},
    {3, "LGE3", "Liège Guillemins", "Rue des Guillemins 30", "4000", "Liège", 50.6255, 5.5665},
    {3, "VER1", "Verviers Spintay", "Rue Spintay 40", "4800", "Verviers", 50.5895, 5.8625},
    {3, "SER1", "Seraing Cockerill", "Rue Cockerill 60", "4100", "Seraing", 50.6105, 5.5010},
    {3, "HST1", "Herstal Large Voie", "Rue Large Voie 25", "4040", "Herstal", 50.6655, 5.6265},
    {3, "HUY1", "Huy Grand-Place", "Grand-Place 12", "4500", "Huy", 50.5185, 5.2395},
    {3, "WAR1", "Waremme Centre", "Avenue Guillaume Joachim 8", "4300", "Waremme", 50.6975, 5.2555},
    {3, "SPA1", "Spa Rue Royale", "Rue Royale 20", "4900", "Spa", 50.4925, 5.8645},
    {3, "EUP1", "Eupen Gospertstraße", "Gospertstraße 35", "4700", "Eupen", 50.6285, 6.0365},
    {3, "VIS1", "Visé Fontaine", "Rue de la Fontaine 15", "4600", "Visé", 50.7375, 5.6945},
    {3, "MAL1", "Malmedy Place Albert", "Place Albert Ier 10", "4960", "Malmedy", 0.0, 0.0},
    {4, "EIN1", "Eindhoven Demer", "Demer 20", "5611 AS", "Eindhoven", 51.4395, 5.4760},
    {4, "EIN2", "Eindhoven Woensel", "Winkelcentrum Woensel 101", "5625 AD", "Eindhoven", 51.4715, 5.4755},
    {4, "TIL1", "Tilburg Heuvelstraat", "Heuvelstraat 70", "5038 AE", "Tilburg", 51.5585, 5.0835},
    {4, "TIL2", "Tilburg Westermarkt", "Westermarkt 1", "5025 JA", "Tilburg", 51.5590, 5.0520},
    {4, "BRE1", "Breda Ginnekenstraat", "Ginnekenstraat 30", "4811 JG", "Breda", 51.5870, 4.7760},
    {4, "DBO1", "Den Bosch Hinthamerstraat", "Hinthamerstraat 60", "5211 MP", "'s-Hertogenbosch", 51.6890,
     5.3080},
    {4, "HEL1", "Helmond Veestraat", "Veestraat 15", "5701 RP", "Helmond", 51.4790, 5.6575},
    {4, "OSS1", "Oss Heuvelstraat", "Heuvelstraat 33", "5341 CA", "Oss", 51.7650, 5.5185},
    {4, "ROO1", "Roosendaal Nieuwe Markt", "Nieuwe Markt 20", "4701 AK", "Roosendaal", 51.5310, 4.4655},
    {4, "BOZ1", "Bergen op Zoom Zuivelstraat", "Zuivelstraat 12", "4611 PC", "Bergen op Zoom", 51.4945,
     4.2875},
    {4, "VEL1", "Veldhoven City", "Meiveld 40", "5501 KD", "Veldhoven", 51.4180, 5.4030},
    {4, "WAA1", "Waalwijk Grotestraat", "Grotestraat 150", "5141 JZ", "Waalwijk", 0.0, 0.0},
};

SimCatalog::Store toStore(const RawStore &raw)
{
    return {raw.region, u(raw.code), u(raw.name),  u(raw.street),
            u(raw.zip), u(raw.city), raw.latitude, raw.longitude};
}

struct RawVendor
{
    const char *name;
    const char *street;
    const char *zip;
    const char *city;
    const char *country;
    const char *email;
};

constexpr RawVendor rawVendors[] = {
    {"Vandermeulen Foods NV", "Industrieweg 12", "9100", "Sint-Niklaas", "BE",
     "orders@vandermeulen-foods.example"},
    {"Brasserie du Val SA", "Rue de la Station 4", "5000", "Namur", "BE", "commandes@brasserieduval.example"},
    {"Noordzee Vis BV", "Vismijn 21", "8400", "Oostende", "BE", "sales@noordzeevis.example"},
    {"Ardennes Charcuterie SA", "Route de Bastogne 88", "6700", "Arlon", "BE",
     "ventes@ardennes-charcuterie.example"},
    {"Hollandse Zuivel BV", "Melkweg 3", "3441 BL", "Woerden", "NL", "orders@hollandsezuivel.example"},
    {"Kempen Bakkerij NV", "Nijverheidsstraat 7", "2260", "Westerlo", "BE",
     "bestellingen@kempenbakkerij.example"},
    {"Flandria Groenten CV", "Veilinglaan 1", "8800", "Roeselare", "BE", "verkoop@flandriagroenten.example"},
    {"Maison Lefèvre Chocolatier SA", "Chaussée de Wavre 155", "1050", "Ixelles", "BE",
     "b2b@maison-lefevre.example"},
    {"De Kroon Dranken BV", "Ambachtsweg 14", "5272 RR", "Sint-Michielsgestel", "NL",
     "orders@dekroondranken.example"},
    {"Polder Verpakkingen BV", "Borchwerf 9", "4704 RG", "Roosendaal", "NL",
     "sales@polderverpakkingen.example"},
    {"Limburg Fruit CV", "Fruitlaan 2", "3800", "Sint-Truiden", "BE", "orders@limburgfruit.example"},
    {"Meuse Eaux Minérales SA", "Rue des Sources 1", "4900", "Spa", "BE", "commandes@meuse-eaux.example"},
    {"Schelde Koffiebranderij NV", "Kaai 64", "2030", "Antwerpen", "BE", "orders@scheldekoffie.example"},
    {"Van Dijk Huishoudwaren BV", "Zuidweg 8", "3071 AA", "Rotterdam", "NL",
     "verkoop@vandijk-huishoud.example"},
    {"Nordic Paper Products NV", "Papierfabriekstraat 5", "9000", "Gent", "BE", "orders@nordicpaper.example"},
    {"Tropica Fruit Import NV", "Fruitmarkt 10", "2030", "Antwerpen", "BE", "import@tropicafruit.example"},
    {"Gouda Kaashandel BV", "Markt 40", "2801 JK", "Gouda", "NL", "orders@goudakaashandel.example"},
    {"Wallonie Bio Coop SCRL", "Rue du Village 22", "5030", "Gembloux", "BE",
     "commandes@walloniebio.example"},
    {"Eurosnack Distribution SA", "Zoning Industriel 3", "7180", "Seneffe", "BE", "orders@eurosnack.example"},
    {"Lys Textiles NV", "Leiestraat 77", "8500", "Kortrijk", "BE", "sales@lystextiles.example"},
    {"CleanPro Benelux BV", "Minervum 7000", "4817 ZL", "Breda", "NL", "orders@cleanpro-benelux.example"},
    {"Campine Logistics NV", "Kanaalweg 31", "2400", "Mol", "BE", "dispatch@campinelogistics.example"},
};

struct RawProduct
{
    const char *code;
    const char *name;
    double cost;
    double price;
    double taxRate;
    int vendor;
};

constexpr RawProduct rawProducts[] = {
    {"FR-1001", "Bananas 1 kg", 0.95, 1.79, 6.0, 15},
    {"FR-1002", "Jonagold Apples 1.5 kg", 1.40, 2.69, 6.0, 10},
    {"FR-1003", "Conference Pears 1 kg", 1.30, 2.49, 6.0, 10},
    {"VG-1101", "Belgian Endives 500 g", 0.90, 1.99, 6.0, 6},
    {"VG-1102", "Bintje Potatoes 2.5 kg", 1.10, 2.39, 6.0, 6},
    {"VG-1103", "Vine Tomatoes 500 g", 1.05, 2.29, 6.0, 6},
    {"DA-1201", "Semi-skimmed Milk 1 L", 0.62, 1.09, 6.0, 4},
    {"DA-1202", "Young Gouda Cheese 500 g", 3.40, 5.99, 6.0, 16},
    {"DA-1203", "Greek Yoghurt 1 kg", 1.60, 2.89, 6.0, 4},
    {"DA-1204", "Salted Butter 250 g", 1.70, 2.79, 6.0, 4},
    {"BK-1301", "Sourdough Loaf 800 g", 1.35, 3.20, 6.0, 5},
    {"BK-1302", "Butter Croissants 6 pcs", 1.20, 2.99, 6.0, 5},
    {"MT-1401", "Ardennes Ham 150 g", 2.10, 3.79, 6.0, 3},
    {"MT-1402", "Pork Sausages 500 g", 2.60, 4.49, 6.0, 3},
    {"FI-1501", "North Sea Grey Shrimps 200 g", 5.80, 9.49, 6.0, 2},
    {"FI-1502", "Cod Fillet 400 g", 4.90, 7.99, 6.0, 2},
    {"DR-1601", "Sparkling Water 6 x 1.5 L", 1.90, 3.49, 6.0, 11},
    {"DR-1602", "Still Water 6 x 1.5 L", 1.70, 2.99, 6.0, 11},
    {"DR-1603", "Abbey Beer Blond 6 x 33 cl", 4.20, 7.49, 21.0, 1},
    {"DR-1604", "Pilsner 24 x 25 cl", 8.90, 14.99, 21.0, 8},
    {"DR-1605", "Orange Juice 1 L", 1.15, 2.19, 6.0, 15},
    {"CF-1701", "Ground Coffee Arabica 500 g", 3.60, 6.49, 6.0, 12},
    {"CF-1702", "Espresso Coffee Beans 1 kg", 8.20, 13.99, 6.0, 12},
    {"SW-1801", "Milk Chocolate Pralines 250 g", 6.40, 11.99, 6.0, 7},
    {"SW-1802", "Dark Chocolate Bar 200 g", 1.45, 2.79, 6.0, 7},
    {"SN-1901", "Paprika Crisps 200 g", 0.85, 1.79, 6.0, 18},
    {"SN-1902", "Speculoos Biscuits 400 g", 1.05, 2.19, 6.0, 0},
    {"GR-2001", "Spaghetti 1 kg", 0.95, 1.89, 6.0, 0},
    {"GR-2002", "Basmati Rice 1 kg", 1.60, 2.99, 6.0, 0},
    {"GR-2003", "Extra Virgin Olive Oil 750 ml", 4.30, 7.49, 6.0, 0},
    {"GR-2004", "Organic Oat Flakes 500 g", 0.90, 1.99, 6.0, 17},
    {"GR-2005", "Organic Forest Honey 450 g", 3.20, 5.99, 6.0, 17},
    {"HH-3001", "Toilet Paper 12 Rolls", 3.10, 5.99, 21.0, 14},
    {"HH-3002", "Kitchen Towels 4 Rolls", 1.70, 3.29, 21.0, 14},
    {"HH-3003", "Dishwasher Tablets 40 pcs", 4.60, 8.99, 21.0, 20},
    {"HH-3004", "Laundry Detergent 2 L", 5.20, 9.99, 21.0, 20},
    {"HH-3005", "Trash Bags 30 L, 20 pcs", 1.10, 2.49, 21.0, 9},
    {"HH-3006", "Storage Boxes, Set of 3", 6.80, 12.99, 21.0, 13},
    {"HH-3007", "Cotton Bath Towel 70 x 140", 5.90, 11.99, 21.0, 19},
    {"HH-3008", "Reusable Shopping Bag", 0.45, 0.99, 21.0, 9},
};

constexpr RawProduct rawExpenseProducts[] = {
    {"EXP-MIL", "Mileage", 0.43, 0.0, 0.0, -1},
    {"EXP-MEAL", "Meals", 0.0, 0.0, 12.0, -1},
    {"EXP-TRAV", "Travel & Accommodation", 0.0, 0.0, 6.0, -1},
    {"EXP-SUP", "Store Supplies", 0.0, 0.0, 21.0, -1},
    {"EXP-PARK", "Parking", 0.0, 0.0, 21.0, -1},
};

SimCatalog::Product toProduct(const RawProduct &raw)
{
    return {u(raw.code), u(raw.name), raw.cost, raw.price, raw.taxRate, raw.vendor};
}

struct RawCron
{
    const char *name;
    const char *model;
    const char *code;
    int intervalNumber;
    const char *intervalType;
    const char *failure;
};

constexpr RawCron rawCrons[] = {
    {"Mail: Email Queue Manager", "mail.mail", "model.process_email_queue()", 1, "hours", ""},
    {"Procurement: run scheduler", "stock.warehouse.orderpoint", "model.run_scheduler(True)", 1, "days", ""},
    {"Activity: Notify Overdue Activities", "mail.activity", "model._notify_overdue()", 1, "days", ""},
    {"Inventory: Replenishment report refresh", "stock.warehouse.orderpoint", "model._compute_qty_to_order()",
     6, "hours", ""},
    {"POS: Close abandoned sessions", "pos.session", "model._close_abandoned_sessions()", 1, "days", ""},
    {"Purchase: Send receipt reminders", "purchase.order", "model._send_reminder_mail()", 1, "days", ""},
    {"Time Off: Accrual plans", "hr.leave", "model._update_accrual()", 1, "days", ""},
    {"Base: Auto-vacuum internal data", "ir.cron", "model._run_vacuum_cleaner()", 1, "days", ""},
    {"Webshop: Export stock levels", "stock.quant", "model._export_webshop_stock()", 15, "minutes",
     "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='shop-api.example', port=443): "
     "Max retries exceeded (connect timeout=10)"},
    {"EDI: Import vendor dispatch advices", "stock.picking", "model._import_desadv()", 30, "minutes",
     "ValueError: DESADV 00482913: unknown GLN 5412345000013 for vendor"},
    {"EDI: Send purchase orders", "purchase.order", "model._edi_send_orders()", 10, "minutes",
     "paramiko.ssh_exception.AuthenticationException: Authentication failed (sftp.edi-partner.example)"},
    {"Loyalty: Push points to CRM", "res.partner", "model._push_loyalty_points()", 1, "hours",
     "requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: "
     "https://crm.example/api/points"},
    {"Payroll: Export worked hours", "hr.leave", "model._export_payroll_hours()", 1, "days",
     "FileNotFoundError: [Errno 2] No such file or directory: '/mnt/payroll/export'"},
    {"Bank: Synchronize statements", "account.bank.statement", "model._cron_fetch_statements()", 4, "hours",
     "odoo.exceptions.UserError: The bank connection expired, please renew the consent."},
    {"Price labels: Sync electronic shelf labels", "product.product", "model._sync_esl_prices()", 30,
     "minutes", "ConnectionRefusedError: [Errno 111] Connection refused"},
    {"POS: Upload sales to data warehouse", "pos.session", "model._upload_sales()", 1, "hours",
     "psycopg2.errors.QueryCanceled: canceling statement due to statement timeout"},
    {"Deliveries: Fetch carrier tracking", "stock.picking", "model._fetch_tracking()", 2, "hours",
     "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)"},
    {"Vendors: Import price lists", "product.product", "model._import_vendor_pricelists()", 1, "days",
     "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1184: invalid continuation byte"},
};

SimCatalog::Cron toCron(const RawCron &raw)
{
    return {u(raw.name), u(raw.model), u(raw.code), raw.intervalNumber, u(raw.intervalType), u(raw.failure)};
}

struct RawMailFailure
{
    const char *type;
    const char *reason;
};

constexpr RawMailFailure rawMailFailures[] = {
    {"mail_smtp", "[Errno 111] Connection refused"},
    {"mail_smtp",
     "Mail delivery failed via SMTP server 'smtp.hqtower-retail.example'.\nSMTPServerDisconnected: "
     "Connection unexpectedly closed"},
    {"mail_smtp", "timed out"},
    {"mail_email_invalid", "Invalid email address 'orders@vendor'"},
    {"mail_email_missing", "Missing email address"},
    {"unknown", "SMTPRecipientsRefused: 550 5.1.1 The email account that you tried to reach does not exist"},
    {"unknown", "SMTPDataError: 552 5.2.2 Mailbox full"},
    {"mail_from_invalid", "Malformed 'Return-Path' or 'From' address: HQ Tower Retail <noreply@>"},
    {"unknown", "SMTPDataError: 554 5.7.1 Message rejected: attachment too large (limit 25 MB)"},
};

struct RawJob
{
    const char *name;
    const char *model;
    const char *method;
    const char *channel;
    const char *excName;
    const char *excMessage;
};

constexpr RawJob rawJobs[] = {
    {"Export stock levels to the webshop", "stock.quant", "_export_webshop_stock", "root.webshop",
     "requests.exceptions.ConnectTimeout", "Connection to shop-api.example timed out (connect timeout=10)"},
    {"Send purchase order by EDI", "purchase.order", "_edi_send", "root.edi",
     "paramiko.ssh_exception.AuthenticationException", "Authentication failed."},
    {"Import dispatch advice", "stock.picking", "_import_desadv", "root.edi", "builtins.ValueError",
     "Unknown product EAN 5412345678901 on line 3"},
    {"Push loyalty points", "res.partner", "_push_loyalty_points", "root.crm",
     "requests.exceptions.HTTPError", "503 Server Error: Service Unavailable"},
    {"Generate store sales report", "pos.session", "_generate_sales_report", "root.reporting",
     "psycopg2.errors.SerializationFailure", "could not serialize access due to concurrent update"},
    {"Update electronic shelf label", "product.product", "_sync_esl_price", "root.esl", "builtins.KeyError",
     "'shelf_position'"},
    {"Notify carrier of delivery", "stock.picking", "_notify_carrier", "root.carrier",
     "odoo.exceptions.UserError", "The carrier rejected the address: postcode missing"},
};

struct RawLeaveType
{
    const char *name;
    const char *validation;
    bool unpaid;
};

constexpr RawLeaveType rawLeaveTypes[] = {
    {"Paid Time Off", "manager", false},     {"Sick Time Off", "hr", false},    {"Unpaid", "both", true},
    {"Compensatory Days", "manager", false}, {"Training Leave", "both", false},
};

constexpr const char *rawFirstNames[] = {
    "Emma",  "Louise", "Olivia", "Noor",   "Mila", "Elise",   "Marie", "Julie",  "Sarah",  "Laura",
    "Amina", "Fien",   "Lotte",  "Zoë",    "Inès", "Hanne",   "Sofie", "Anouk",  "Femke",  "Chloé",
    "Noah",  "Lucas",  "Arthur", "Louis",  "Liam", "Jules",   "Adam",  "Victor", "Mathis", "Finn",
    "Milan", "Wout",   "Thomas", "Pieter", "Bram", "Youssef", "Hugo",  "Maxime", "Jasper", "Ruben",
};

constexpr const char *rawLastNames[] = {
    "Peeters", "Janssens",     "Maes",   "Jacobs",     "Mertens",  "Willems",   "Claes",  "Goossens",
    "Wouters", "De Smet",      "Dubois", "Lambert",    "Dupont",   "Martin",    "Leroy",  "Renard",
    "Hermans", "Vermeulen",    "De Vos", "Van Damme",  "Michiels", "Verhoeven", "Desmet", "Lemmens",
    "Bosmans", "De Backer",    "Smets",  "Van Dijk",   "de Jong",  "Bakker",    "Visser", "Smit",
    "Meijer",  "van den Berg", "Mulder", "El Idrissi", "Benali",   "Nowak",     "Rossi",  "Yilmaz",
};

constexpr const char *rawExpenseDescriptions[] = {
    "Mileage: store visits",      "Lunch with vendor representative", "Cleaning supplies after water leak",
    "Parking during store audit", "Train ticket to HQ training",      "Hotel night for regional meeting",
    "Till rolls bought locally",  "Locksmith for back door",          "Coffee for inventory night",
    "Fuel for delivery van",      "Printer toner for store office",   "Team dinner after store opening",
};

constexpr const char *rawLeaveReasons[] = {
    "Family holiday",         "Doctor appointment", "Moving house",     "School holidays", "Wedding",
    "Recovery after surgery", "Training course",    "Personal matters", "Long weekend",    "Child care",
};

constexpr const char *rawClosingNotes[] = {
    "Counted twice, difference confirmed",
    "Refund given in cash but not registered",
    "Coin roll missing from the float",
    "Card terminal offline, some card payments rung up as cash",
    "Change given from the wrong drawer",
    "Float not complete at opening",
    "",
    "",
};

constexpr const char *rawPickingSummaries[] = {
    "Receipt overdue: chase the vendor",
    "Delivery late: inform the customer",
    "Goods not received, check with the carrier",
    "Partial delivery: decide on the backorder",
    "Reschedule the delivery slot",
};

constexpr const char *rawOrderSummaries[] = {
    "Vendor has not confirmed the delivery date",
    "Price differs from the agreed price list",
    "Approval overdue: order blocks the replenishment",
    "Check the quantities with the store",
};

constexpr const char *rawApprovalCategories[] = {
    "Store Refurbishment", "Marketing Budget", "IT Equipment",
    "Staff Overtime",      "Price Override",   "Business Trip",
};

} // namespace

const QList<SimCatalog::Country> &SimCatalog::countries()
{
    static const QList<Country> list = {{QStringLiteral("BE"), QStringLiteral("Belgium")},
                                        {QStringLiteral("NL"), QStringLiteral("Netherlands")}};
    return list;
}

const QList<SimCatalog::Region> &SimCatalog::regions()
{
    static const QList<Region> list = {
        {QStringLiteral("BE"), QStringLiteral("VAN"), QStringLiteral("Antwerpen"),
         QStringLiteral("rm.antwerpen"), QStringLiteral("Sofie Peeters"), QStringLiteral("buyer.antwerpen"),
         QStringLiteral("Kobe Wouters")},
        {QStringLiteral("BE"), QStringLiteral("VOV"), QStringLiteral("Oost-Vlaanderen"),
         QStringLiteral("rm.oostvlaanderen"), QStringLiteral("Pieter Claes"),
         QStringLiteral("buyer.oostvlaanderen"), QStringLiteral("Lotte De Smet")},
        {QStringLiteral("BE"), QStringLiteral("BRU"), QStringLiteral("Brussels"),
         QStringLiteral("rm.brussels"), QStringLiteral("Nadia El Amrani"), QStringLiteral("buyer.brussels"),
         QStringLiteral("Thomas Dubois")},
        {QStringLiteral("BE"), QStringLiteral("WLG"), u("Liège"), QStringLiteral("rm.liege"),
         QStringLiteral("Julien Lambert"), QStringLiteral("buyer.liege"), QStringLiteral("Camille Renard")},
        {QStringLiteral("NL"), QStringLiteral("NB"), QStringLiteral("Noord-Brabant"),
         QStringLiteral("rm.noordbrabant"), QStringLiteral("Daan van den Berg"),
         QStringLiteral("buyer.noordbrabant"), QStringLiteral("Sanne Jansen")},
    };
    return list;
}

const QList<SimCatalog::Store> &SimCatalog::stores()
{
    static const QList<Store> list = convertAll<RawStore, Store>(rawStores, toStore);
    return list;
}

const SimCatalog::Store &SimCatalog::headquarters()
{
    static const Store hq = toStore(
        {0, "HQ", "Central Warehouse Willebroek", "Schoondonkweg 1", "2830", "Willebroek", 51.0580, 4.3620});
    return hq;
}

const QList<SimCatalog::Vendor> &SimCatalog::vendors()
{
    static const QList<Vendor> list = convertAll<RawVendor, Vendor>(rawVendors, [](const RawVendor &raw) {
        return Vendor{u(raw.name), u(raw.street), u(raw.zip), u(raw.city), u(raw.country), u(raw.email)};
    });
    return list;
}

const QList<SimCatalog::Product> &SimCatalog::products()
{
    static const QList<Product> list = convertAll<RawProduct, Product>(rawProducts, toProduct);
    return list;
}

const QList<SimCatalog::Product> &SimCatalog::expenseProducts()
{
    static const QList<Product> list = convertAll<RawProduct, Product>(rawExpenseProducts, toProduct);
    return list;
}

const QList<SimCatalog::LeaveType> &SimCatalog::leaveTypes()
{
    static const QList<LeaveType> list =
        convertAll<RawLeaveType, LeaveType>(rawLeaveTypes, [](const RawLeaveType &raw) {
            return LeaveType{u(raw.name), u(raw.validation), raw.unpaid};
        });
    return list;
}

const QList<SimCatalog::Cron> &SimCatalog::crons()
{
    static const QList<Cron> list = convertAll<RawCron, Cron>(rawCrons, toCron);
    return list;
}

const QList<SimCatalog::MailFailure> &SimCatalog::mailFailures()
{
    static const QList<MailFailure> list =
        convertAll<RawMailFailure, MailFailure>(rawMailFailures, [](const RawMailFailure &raw) {
            return MailFailure{u(raw.type), u(raw.reason)};
        });
    return list;
}

const QList<SimCatalog::JobFailure> &SimCatalog::jobFailures()
{
    static const QList<JobFailure> list = convertAll<RawJob, JobFailure>(rawJobs, [](const RawJob &raw) {
        return JobFailure{u(raw.name),    u(raw.model),   u(raw.method),
                          u(raw.channel), u(raw.excName), u(raw.excMessage)};
    });
    return list;
}

const QStringList &SimCatalog::firstNames()
{
    static const QStringList list = texts(rawFirstNames);
    return list;
}

const QStringList &SimCatalog::lastNames()
{
    static const QStringList list = texts(rawLastNames);
    return list;
}

const QStringList &SimCatalog::expenseDescriptions()
{
    static const QStringList list = texts(rawExpenseDescriptions);
    return list;
}

const QStringList &SimCatalog::leaveReasons()
{
    static const QStringList list = texts(rawLeaveReasons);
    return list;
}

const QStringList &SimCatalog::cashClosingNotes()
{
    static const QStringList list = texts(rawClosingNotes);
    return list;
}

const QStringList &SimCatalog::pickingActivitySummaries()
{
    static const QStringList list = texts(rawPickingSummaries);
    return list;
}

const QStringList &SimCatalog::orderActivitySummaries()
{
    static const QStringList list = texts(rawOrderSummaries);
    return list;
}

const QStringList &SimCatalog::approvalCategories()
{
    static const QStringList list = texts(rawApprovalCategories);
    return list;
}
