#include "decisionadapter.h"

QString DecisionAdapter::noEffectMessage(const Decision &decision, const QJsonObject &, int) const
{
    return QCoreApplication::translate(
               "DecisionAdapter",
               "Odoo accepted the request but did not %1 %2: your Odoo user is probably not allowed to "
               "(for example above an approval limit). Nothing was changed.")
        .arg(Decision::actionName(decision.action), decision.itemId);
}
