#include "simliveactivity.h"

#include "simbackend.h"
#include "simcatalog.h"
#include "simdatabase.h"

#include <QJsonArray>

#include <algorithm>

namespace {

constexpr int CreateKinds = 6;
constexpr int ResolveKinds = 6;

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

SimLiveActivity::SimLiveActivity(SimBackend *backend, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_rng(seed)
{
    connect(&m_timer, &QTimer::timeout, this, &SimLiveActivity::tick);
}

void SimLiveActivity::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void SimLiveActivity::stop()
{
    m_timer.stop();
}

SimDatabase *SimLiveActivity::database() const
{
    return m_backend->database();
}

void SimLiveActivity::tick()
{
    int created = 0;
    const int wantedNew = int(m_rng.bounded(1, 4));
    for (int attempt = 0; created < wantedNew && attempt < 3 * CreateKinds; ++attempt)
        created += createItem(int(m_rng.bounded(CreateKinds))) ? 1 : 0;
    int resolved = 0;
    const int wantedResolved = int(m_rng.bounded(0, 3));
    for (int attempt = 0; resolved < wantedResolved && attempt < 3 * ResolveKinds; ++attempt)
        resolved += resolveItem(int(m_rng.bounded(ResolveKinds))) ? 1 : 0;
    Q_EMIT ticked(created, resolved);
}

bool SimLiveActivity::createItem(int kind)
{
    switch (kind) {
    case 0:
        return createPurchaseOrder() > 0;
    case 1:
        return createLatePicking() > 0;
    case 2:
        return createFailedMail() > 0;
    case 3:
        return createLeaveRequest() > 0;
    case 4:
        return createCashDifference() > 0;
    default:
        return createExceptionActivity() > 0;
    }
}

bool SimLiveActivity::resolveItem(int kind)
{
    switch (kind) {
    case 0:
        return approvePurchaseOrder();
    case 1:
        return completePicking();
    case 2:
        return sendFailedMail();
    case 3:
        return approveLeave();
    case 4:
        return approveExpense();
    default:
        return applyInventoryCount();
    }
}

QList<int> SimLiveActivity::idsWhere(const QString &model, const QString &fieldName,
                                     const QStringList &values) const
{
    QList<int> ids;
    if (!database()->schema().model(model))
        return ids;
    for (const int id : database()->allIds(model)) {
        const QJsonValue value = database()->rawValue(model, id, fieldName);
        if (values.isEmpty() ? (value.isBool() ? value.toBool() : !value.isNull())
                             : values.contains(value.toString()))
            ids.append(id);
    }
    return ids;
}

int SimLiveActivity::randomId(const QList<int> &ids)
{
    return ids.isEmpty() ? 0 : ids.at(qsizetype(m_rng.bounded(quint32(ids.size()))));
}

QJsonObject SimLiveActivity::copyOf(const QString &model, int id) const
{
    QJsonObject copy;
    const SimModel *definition = database()->schema().model(model);
    if (!definition)
        return copy;
    static const QStringList skipped = {QStringLiteral("id"),         QStringLiteral("create_date"),
                                        QStringLiteral("write_date"), QStringLiteral("create_uid"),
                                        QStringLiteral("write_uid"),  QStringLiteral("display_name")};
    for (auto it = definition->fields.constBegin(); it != definition->fields.constEnd(); ++it) {
        if (it->type == QLatin1String("one2many") || skipped.contains(it.key()))
            continue;
        const QJsonValue value = database()->rawValue(model, id, it.key());
        if (value != it->emptyValue())
            copy.insert(it.key(), value);
    }
    return copy;
}

QJsonObject SimLiveActivity::adapted(const QString &model, QJsonObject base, const QJsonObject &changes) const
{
    const SimModel *definition = database()->schema().model(model);
    if (!definition)
        return {};
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const SimField *known = definition->field(it.key());
        if (!known)
            continue;
        if (it.value().isNull()) {
            base.remove(it.key());
            continue;
        }
        if (known->type == QLatin1String("selection") && it.value().isString() &&
            !known->selection.isEmpty() &&
            std::none_of(known->selection.cbegin(), known->selection.cend(),
                         [&](const auto &option) { return option.first == it.value().toString(); }))
            continue;
        base.insert(it.key(), it.value());
    }
    return base;
}

int SimLiveActivity::actingManager()
{
    QList<int> managers;
    for (const SimCatalog::Region &region : SimCatalog::regions()) {
        if (const int uid = uidOf(region.managerLogin))
            managers.append(uid);
    }
    if (managers.isEmpty()) {
        const int admin = uidOf(QStringLiteral("admin"));
        return admin ? admin : 2;
    }
    return randomId(managers);
}

int SimLiveActivity::uidOf(const QString &login) const
{
    for (const int id : database()->allIds(QStringLiteral("res.users"))) {
        if (database()->rawValue(QStringLiteral("res.users"), id, QStringLiteral("login")).toString() ==
            login)
            return id;
    }
    return 0;
}

int SimLiveActivity::employeeOf(int uid) const
{
    for (const int id : database()->allIds(QStringLiteral("hr.employee"))) {
        if (database()->rawValue(QStringLiteral("hr.employee"), id, QStringLiteral("user_id")).toInt() == uid)
            return id;
    }
    return 0;
}

QString SimLiveActivity::nextName(const QString &model, const QString &prefix) const
{
    return prefix + QStringLiteral("%1").arg(database()->count(model) + 1, 5, 10, QLatin1Char('0'));
}

int SimLiveActivity::createPurchaseOrder()
{
    const QString model = QStringLiteral("purchase.order");
    const int templateId = randomId(database()->allIds(model));
    if (!templateId)
        return 0;
    const QDateTime now = database()->now();
    const QDateTime ordered = now.addSecs(-qint64(m_rng.bounded(60, 1800)));
    const QString planned = SimDatabase::formatDateTime(now.addDays(m_rng.bounded(3, 11)));
    const int buyer = database()->rawValue(model, templateId, QStringLiteral("user_id")).toInt();
    const QJsonObject dates{{field("create_date"), SimDatabase::formatDateTime(ordered)},
                            {field("write_date"), SimDatabase::formatDateTime(now)}};
    QJsonArray lines;
    for (const int line : database()->children(model, templateId, QStringLiteral("order_line"))) {
        QJsonObject changes = dates;
        changes.insert(field("state"), QStringLiteral("to approve"));
        changes.insert(field("date_planned"), planned);
        changes.insert(field("qty_received"), 0.0);
        changes.insert(field("order_id"), QJsonValue::Null);
        lines.append(QJsonArray{0, 0,
                                adapted(QStringLiteral("purchase.order.line"),
                                        copyOf(QStringLiteral("purchase.order.line"), line), changes)});
    }
    QJsonObject changes = dates;
    changes.insert(field("name"), nextName(model, QStringLiteral("P")));
    changes.insert(field("state"), QStringLiteral("to approve"));
    changes.insert(field("date_order"), SimDatabase::formatDateTime(ordered));
    changes.insert(field("date_planned"), planned);
    changes.insert(field("invoice_status"), QStringLiteral("no"));
    for (const char *cleared : {"date_approve", "receipt_status", "effective_date"})
        changes.insert(field(cleared), QJsonValue::Null);
    if (!lines.isEmpty())
        changes.insert(field("order_line"), lines);
    return database()->insert(model, adapted(model, copyOf(model, templateId), changes),
                              buyer > 0 ? buyer : 2);
}

int SimLiveActivity::createLatePicking()
{
    const QString model = QStringLiteral("stock.picking");
    const int templateId = randomId(database()->allIds(model));
    if (!templateId)
        return 0;
    const QDateTime now = database()->now();
    const QString scheduled = SimDatabase::formatDateTime(now.addSecs(-qint64(m_rng.bounded(600, 6 * 3600))));
    const QString name = database()->rawValue(model, templateId, QStringLiteral("name")).toString();
    const QString newName = nextName(model, name.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/'));
    const QJsonObject dates{{field("create_date"), SimDatabase::formatDateTime(now)},
                            {field("write_date"), SimDatabase::formatDateTime(now)}};
    QJsonArray moves;
    for (const int move : database()->children(model, templateId, QStringLiteral("move_ids"))) {
        QJsonObject changes = dates;
        changes.insert(field("state"), QStringLiteral("assigned"));
        changes.insert(field("date"), scheduled);
        changes.insert(field("reference"), newName);
        changes.insert(field("quantity"), database()->rawValue(QStringLiteral("stock.move"), move,
                                                               QStringLiteral("product_uom_qty")));
        changes.insert(field("picked"), QJsonValue::Null);
        changes.insert(field("picking_id"), QJsonValue::Null);
        moves.append(QJsonArray{
            0, 0,
            adapted(QStringLiteral("stock.move"), copyOf(QStringLiteral("stock.move"), move), changes)});
    }
    QJsonObject changes = dates;
    changes.insert(field("name"), newName);
    changes.insert(field("state"), QStringLiteral("assigned"));
    changes.insert(field("scheduled_date"), scheduled);
    changes.insert(field("date"), SimDatabase::formatDateTime(now));
    for (const char *cleared : {"date_done", "date_deadline"})
        changes.insert(field(cleared), QJsonValue::Null);
    if (!moves.isEmpty())
        changes.insert(field("move_ids"), moves);
    return database()->insert(model, adapted(model, copyOf(model, templateId), changes), 1);
}

int SimLiveActivity::createFailedMail()
{
    const QString model = QStringLiteral("mail.mail");
    const int templateId = randomId(database()->allIds(model));
    if (!templateId)
        return 0;
    const QString now = SimDatabase::formatDateTime(database()->now());
    const QJsonObject dates{{field("create_date"), now}, {field("write_date"), now}, {field("date"), now}};
    const int templateMessage =
        database()->rawValue(model, templateId, QStringLiteral("mail_message_id")).toInt();
    int message = 0;
    if (templateMessage > 0 && database()->exists(QStringLiteral("mail.message"), templateMessage)) {
        message = database()->insert(QStringLiteral("mail.message"),
                                     adapted(QStringLiteral("mail.message"),
                                             copyOf(QStringLiteral("mail.message"), templateMessage), dates),
                                     1);
    }
    const SimCatalog::MailFailure &failure =
        SimCatalog::mailFailures().at(qsizetype(m_rng.bounded(quint32(SimCatalog::mailFailures().size()))));
    QJsonObject changes = dates;
    changes.insert(field("mail_message_id"), message > 0 ? QJsonValue(message) : QJsonValue::Null);
    changes.insert(field("state"), QStringLiteral("exception"));
    changes.insert(field("failure_type"), failure.type);
    changes.insert(field("failure_reason"), failure.reason);
    return database()->insert(model, adapted(model, copyOf(model, templateId), changes), 1);
}

int SimLiveActivity::createLeaveRequest()
{
    const QString model = QStringLiteral("hr.leave");
    const int templateId = randomId(database()->allIds(model));
    if (!templateId)
        return 0;
    const QDateTime now = database()->now();
    QDate start = now.date().addDays(m_rng.bounded(7, 41));
    while (start.dayOfWeek() > 5)
        start = start.addDays(1);
    const int days = std::max(
        1, int(database()->rawValue(model, templateId, QStringLiteral("number_of_days")).toDouble()));
    QDate end = start;
    for (int counted = 1; counted < days;) {
        end = end.addDays(1);
        if (end.dayOfWeek() <= 5)
            ++counted;
    }
    QJsonObject changes{
        {field("create_date"), SimDatabase::formatDateTime(now)},
        {field("write_date"), SimDatabase::formatDateTime(now)},
        {field("state"), QStringLiteral("confirm")},
        {field("request_date_from"), SimDatabase::formatDate(start)},
        {field("request_date_to"), SimDatabase::formatDate(end)},
        {field("date_from"), SimDatabase::formatDateTime(QDateTime(start, QTime(7, 0), Qt::UTC))},
        {field("date_to"), SimDatabase::formatDateTime(QDateTime(end, QTime(16, 0), Qt::UTC))},
        {field("first_approver_id"), QJsonValue::Null},
        {field("second_approver_id"), QJsonValue::Null}};
    return database()->insert(model, adapted(model, copyOf(model, templateId), changes), 2);
}

int SimLiveActivity::createCashDifference()
{
    const QString model = QStringLiteral("pos.session");
    const int templateId = randomId(idsWhere(model, QStringLiteral("state"), {QStringLiteral("closed")}));
    if (!templateId)
        return 0;
    const QDateTime now = database()->now();
    const QDateTime stop = now.addSecs(-qint64(m_rng.bounded(300, 3600)));
    const QDateTime start = stop.addSecs(-12 * 3600);
    const double expected =
        database()->rawValue(model, templateId, QStringLiteral("cash_register_balance_end")).toDouble();
    const double difference = (m_rng.bounded(2) ? 1.0 : -1.0) * (1 + int(m_rng.bounded(4000))) / 100.0;
    const QJsonObject changes{{field("create_date"), SimDatabase::formatDateTime(start)},
                              {field("write_date"), SimDatabase::formatDateTime(now)},
                              {field("name"), nextName(model, QStringLiteral("POS/"))},
                              {field("state"), QStringLiteral("closed")},
                              {field("start_at"), SimDatabase::formatDateTime(start)},
                              {field("stop_at"), SimDatabase::formatDateTime(stop)},
                              {field("cash_register_balance_end_real"), expected + difference},
                              {field("cash_register_difference"), difference}};
    return database()->insert(model, adapted(model, copyOf(model, templateId), changes), 2);
}

int SimLiveActivity::createExceptionActivity()
{
    const QString model = QStringLiteral("mail.activity");
    const int templateId = randomId(database()->allIds(model));
    if (!templateId)
        return 0;
    const QDateTime now = database()->now();
    const QJsonObject changes{{field("create_date"), SimDatabase::formatDateTime(now)},
                              {field("write_date"), SimDatabase::formatDateTime(now)},
                              {field("date_deadline"), SimDatabase::formatDate(now.date().addDays(-1))}};
    return database()->insert(model, adapted(model, copyOf(model, templateId), changes), 1);
}

bool SimLiveActivity::approvePurchaseOrder()
{
    const QString model = QStringLiteral("purchase.order");
    const int id = randomId(idsWhere(model, QStringLiteral("state"), {QStringLiteral("to approve")}));
    if (!id)
        return false;
    const int manager = actingManager();
    const QString now = SimDatabase::formatDateTime(database()->now());
    const QList<int> lines = database()->children(model, id, QStringLiteral("order_line"));
    if (!lines.isEmpty())
        database()->update(QStringLiteral("purchase.order.line"), lines,
                           adapted(QStringLiteral("purchase.order.line"), {},
                                   {{field("state"), QStringLiteral("purchase")}}),
                           manager);
    return database()->update(model, {id},
                              adapted(model, {},
                                      {{field("state"), QStringLiteral("purchase")},
                                       {field("date_approve"), now},
                                       {field("receipt_status"), QStringLiteral("pending")},
                                       {field("invoice_status"), QStringLiteral("to invoice")}}),
                              manager);
}

bool SimLiveActivity::completePicking()
{
    const QString model = QStringLiteral("stock.picking");
    const QString now = SimDatabase::formatDateTime(database()->now());
    QList<int> late;
    for (const int id :
         idsWhere(model, QStringLiteral("state"),
                  {QStringLiteral("assigned"), QStringLiteral("confirmed"), QStringLiteral("waiting")})) {
        if (database()->rawValue(model, id, QStringLiteral("scheduled_date")).toString() < now)
            late.append(id);
    }
    const int id = randomId(late);
    if (!id)
        return false;
    const int manager = actingManager();
    for (const int move : database()->children(model, id, QStringLiteral("move_ids"))) {
        const QJsonValue demand =
            database()->rawValue(QStringLiteral("stock.move"), move, QStringLiteral("product_uom_qty"));
        database()->update(QStringLiteral("stock.move"), {move},
                           adapted(QStringLiteral("stock.move"), {},
                                   {{field("state"), QStringLiteral("done")},
                                    {field("quantity"), demand},
                                    {field("picked"), true},
                                    {field("date"), now}}),
                           manager);
    }
    return database()->update(
        model, {id},
        adapted(model, {}, {{field("state"), QStringLiteral("done")}, {field("date_done"), now}}), manager);
}

bool SimLiveActivity::sendFailedMail()
{
    const QString model = QStringLiteral("mail.mail");
    const int id = randomId(idsWhere(model, QStringLiteral("state"), {QStringLiteral("exception")}));
    if (!id)
        return false;
    // An administrator retried it and the mail server took it this time.
    const int admin = uidOf(QStringLiteral("admin"));
    return database()->update(model, {id},
                              adapted(model, {},
                                      {{field("state"), QStringLiteral("sent")},
                                       {field("failure_reason"), false},
                                       {field("failure_type"), false}}),
                              admin ? admin : 2);
}

bool SimLiveActivity::approveLeave()
{
    const QString model = QStringLiteral("hr.leave");
    const int id = randomId(
        idsWhere(model, QStringLiteral("state"), {QStringLiteral("confirm"), QStringLiteral("validate1")}));
    if (!id)
        return false;
    const int manager = actingManager();
    const int employee = employeeOf(manager);
    const bool secondStep =
        database()->rawValue(model, id, QStringLiteral("state")).toString() == QLatin1String("validate1");
    QJsonObject changes{{field("state"), QStringLiteral("validate")}};
    if (employee > 0)
        changes.insert(field(secondStep ? "second_approver_id" : "first_approver_id"), employee);
    return database()->update(model, {id}, adapted(model, {}, changes), manager);
}

bool SimLiveActivity::approveExpense()
{
    const QString now = SimDatabase::formatDateTime(database()->now());
    const int manager = actingManager();
    if (database()->schema().model(QStringLiteral("hr.expense.sheet"))) {
        const QString model = QStringLiteral("hr.expense.sheet");
        const int id = randomId(idsWhere(model, QStringLiteral("state"), {QStringLiteral("submit")}));
        if (!id)
            return false;
        const QList<int> lines = database()->children(model, id, QStringLiteral("expense_line_ids"));
        if (!lines.isEmpty())
            database()->update(
                QStringLiteral("hr.expense"), lines,
                adapted(QStringLiteral("hr.expense"), {}, {{field("state"), QStringLiteral("approved")}}),
                manager);
        return database()->update(model, {id},
                                  adapted(model, {},
                                          {{field("state"), QStringLiteral("approve")},
                                           {field("approval_state"), QStringLiteral("approve")},
                                           {field("approval_date"), now}}),
                                  manager);
    }
    const QString model = QStringLiteral("hr.expense");
    const int id = randomId(idsWhere(model, QStringLiteral("approval_state"), {QStringLiteral("submitted")}));
    if (!id)
        return false;
    return database()->update(model, {id},
                              adapted(model, {},
                                      {{field("state"), QStringLiteral("approved")},
                                       {field("approval_state"), QStringLiteral("approved")},
                                       {field("approval_date"), now}}),
                              manager);
}

bool SimLiveActivity::applyInventoryCount()
{
    const QString model = QStringLiteral("stock.quant");
    const int id = randomId(idsWhere(model, QStringLiteral("inventory_quantity_set"), {}));
    if (!id)
        return false;
    const QJsonValue counted = database()->rawValue(model, id, QStringLiteral("inventory_quantity"));
    return database()->update(model, {id},
                              adapted(model, {},
                                      {{field("quantity"), counted},
                                       {field("inventory_quantity"), 0.0},
                                       {field("inventory_quantity_set"), false},
                                       {field("inventory_diff_quantity"), 0.0}}),
                              actingManager());
}
