#include "simaccess.h"

#include <QHash>

namespace {

// Models any internal user may read; everything not listed needs a role.
bool readableByEveryone(const QString &model)
{
    static const QStringList models = {
        QStringLiteral("res.partner"),       QStringLiteral("res.users"),
        QStringLiteral("res.company"),       QStringLiteral("res.country"),
        QStringLiteral("res.country.state"), QStringLiteral("res.currency"),
        QStringLiteral("product.product"),   QStringLiteral("mail.message"),
        QStringLiteral("mail.activity"),     QStringLiteral("mail.activity.type"),
        QStringLiteral("mail.followers"),    QStringLiteral("ir.module.module"),
        QStringLiteral("res.groups"),        QStringLiteral("hr.leave.type"),
        QStringLiteral("hr.employee"),       QStringLiteral("stock.warehouse"),
        QStringLiteral("stock.location"),    QStringLiteral("approval.category"),
        QStringLiteral("hr.leave"),          QStringLiteral("hr.expense"),
        QStringLiteral("hr.expense.sheet"),  QStringLiteral("approval.request"),
        QStringLiteral("approval.approver"), QStringLiteral("tier.review"),
        QStringLiteral("tier.definition"),   QStringLiteral("comment.wizard"),
        QStringLiteral("res.users.apikeys"),
    };
    return models.contains(model);
}

// The role that grants full access to a model (besides "system").
QStringList rolesFor(const QString &model)
{
    static const QHash<QString, QStringList> roles = {
        {QStringLiteral("purchase.order"),
         {QStringLiteral("purchase_user"), QStringLiteral("purchase_manager")}},
        {QStringLiteral("purchase.order.line"),
         {QStringLiteral("purchase_user"), QStringLiteral("purchase_manager")}},
        {QStringLiteral("stock.picking"), {QStringLiteral("stock_user"), QStringLiteral("stock_manager")}},
        {QStringLiteral("stock.move"), {QStringLiteral("stock_user"), QStringLiteral("stock_manager")}},
        {QStringLiteral("stock.quant"), {QStringLiteral("stock_user"), QStringLiteral("stock_manager")}},
        {QStringLiteral("stock.inventory.conflict"),
         {QStringLiteral("stock_user"), QStringLiteral("stock_manager")}},
        {QStringLiteral("stock.warehouse.orderpoint"),
         {QStringLiteral("stock_user"), QStringLiteral("stock_manager")}},
        {QStringLiteral("stock.warehouse"), {QStringLiteral("stock_manager")}},
        {QStringLiteral("stock.location"), {QStringLiteral("stock_manager")}},
        {QStringLiteral("pos.session"), {QStringLiteral("pos_manager")}},
        {QStringLiteral("pos.config"), {QStringLiteral("pos_manager")}},
        {QStringLiteral("hr.expense.sheet"), {QStringLiteral("expense_manager")}},
        {QStringLiteral("hr.expense"), {QStringLiteral("expense_manager")}},
        {QStringLiteral("hr.expense.refuse.wizard"), {QStringLiteral("expense_manager")}},
        {QStringLiteral("hr.leave"), {QStringLiteral("leave_manager")}},
        {QStringLiteral("approval.request"), {QStringLiteral("approval_manager")}},
        {QStringLiteral("approval.approver"), {QStringLiteral("approval_manager")}},
        {QStringLiteral("res.partner"),
         {QStringLiteral("purchase_manager"), QStringLiteral("stock_manager")}},
        {QStringLiteral("mail.activity"),
         {QStringLiteral("purchase_user"), QStringLiteral("purchase_manager"), QStringLiteral("stock_user"),
          QStringLiteral("stock_manager"), QStringLiteral("leave_manager"),
          QStringLiteral("expense_manager")}},
        {QStringLiteral("mail.message"),
         {QStringLiteral("purchase_user"), QStringLiteral("purchase_manager"), QStringLiteral("stock_user"),
          QStringLiteral("stock_manager"), QStringLiteral("leave_manager"), QStringLiteral("expense_manager"),
          QStringLiteral("approval_manager"), QStringLiteral("pos_manager")}},
        {QStringLiteral("comment.wizard"),
         {QStringLiteral("purchase_manager"), QStringLiteral("approval_manager")}},
        {QStringLiteral("tier.review"),
         {QStringLiteral("purchase_manager"), QStringLiteral("approval_manager")}},
    };
    return roles.value(model);
}

} // namespace

SimAccess::SimAccess(int flavor)
    : m_flavor(flavor)
{}

SimAccess::Operation SimAccess::operationOf(const QString &method)
{
    if (method == QLatin1String("create"))
        return Operation::Create;
    if (method == QLatin1String("unlink"))
        return Operation::Unlink;
    static const QStringList reads = {
        QStringLiteral("read"),         QStringLiteral("search"),      QStringLiteral("search_read"),
        QStringLiteral("search_count"), QStringLiteral("read_group"),  QStringLiteral("fields_get"),
        QStringLiteral("name_search"),  QStringLiteral("default_get"), QStringLiteral("check_access_rights"),
        QStringLiteral("context_get")};
    return reads.contains(method) ? Operation::Read : Operation::Write;
}

bool SimAccess::allows(const QStringList &roles, const QString &model, Operation operation) const
{
    if (roles.contains(QLatin1String("system")))
        return true;
    if (operation == Operation::Read && readableByEveryone(model))
        return true;
    // Employees write their own leaves, expenses and messages; record rules are not simulated.
    static const QStringList ownDocuments = {QStringLiteral("hr.leave"), QStringLiteral("hr.expense"),
                                             QStringLiteral("hr.expense.sheet"),
                                             QStringLiteral("approval.request")};
    if (operation != Operation::Unlink && ownDocuments.contains(model))
        return true;
    for (const QString &role : rolesFor(model)) {
        if (roles.contains(role)) {
            const bool managerOnlyDelete =
                operation == Operation::Unlink && role.endsWith(QLatin1String("_user"));
            if (!managerOnlyDelete)
                return true;
        }
    }
    return false;
}

QStringList SimAccess::groupsFor(const QString &model, Operation operation) const
{
    if (model == QLatin1String("purchase.order") || model == QLatin1String("purchase.order.line")) {
        if (m_flavor >= 19)
            return {QStringLiteral("Accounting/Invoicing"),
                    QStringLiteral("Inventory/User"),
                    QStringLiteral("Purchase/Administrator"),
                    QStringLiteral("Purchase/User"),
                    QStringLiteral("Role / Portal"),
                    QStringLiteral("Show Accounting Features - Readonly")};
        return {QStringLiteral("Inventory/User"),
                m_flavor == 17 ? QStringLiteral("Invoicing/Billing") : QStringLiteral("Invoicing/Invoicing"),
                QStringLiteral("Purchase/Administrator"),
                QStringLiteral("Purchase/User"),
                QStringLiteral("Technical/Show Accounting Features - Readonly"),
                QStringLiteral("User types/Portal")};
    }
    if (model == QLatin1String("res.partner") && operation != Operation::Read) {
        return {m_flavor >= 19 ? QStringLiteral("Contact/Creation")
                               : QStringLiteral("Extra Rights/Contact Creation"),
                QStringLiteral("Inventory/Administrator"), QStringLiteral("Purchase/Administrator")};
    }
    // Models (ir.model) and groups belong to the "Access Rights" administrators (METHODS.md h).
    if (model == QLatin1String("ir.model") || model == QLatin1String("res.groups"))
        return {m_flavor >= 19 ? QStringLiteral("Access Rights")
                               : QStringLiteral("Administration/Access Rights")};
    if (model.startsWith(QLatin1String("stock.")))
        return {QStringLiteral("Inventory/Administrator"), QStringLiteral("Inventory/User")};
    if (model.startsWith(QLatin1String("hr.expense")))
        return {QStringLiteral("Expenses/Team Approver")};
    if (model.startsWith(QLatin1String("hr.leave")))
        return {QStringLiteral("Time Off/Time Off Officer")};
    if (model.startsWith(QLatin1String("pos.")))
        return {QStringLiteral("Point of Sale/Administrator")};
    return {m_flavor >= 19 ? QStringLiteral("Role / Administrator")
                           : QStringLiteral("Administration/Settings")};
}

std::optional<SimError> SimAccess::check(const QStringList &roles, const QString &model,
                                         const QString &modelDescription, Operation operation) const
{
    if (allows(roles, model, operation))
        return std::nullopt;
    QString verb;
    switch (operation) {
    case Operation::Read:
        verb = QStringLiteral("access");
        break;
    case Operation::Write:
        verb = QStringLiteral("modify");
        break;
    case Operation::Create:
        verb = QStringLiteral("create");
        break;
    case Operation::Unlink:
        verb = QStringLiteral("delete");
        break;
    }
    QString message =
        QStringLiteral("You are not allowed to %1 '%2' (%3) records.\n\nThis operation is allowed for "
                       "the following groups:\n")
            .arg(verb, modelDescription, model);
    for (const QString &group : groupsFor(model, operation))
        message += QStringLiteral("\t- %1\n").arg(group);
    message += QStringLiteral("\nContact your administrator to request access if necessary.");
    return SimError::accessError(message);
}
