#include "simdomaincompiler.h"

#include "simdatabase.h"

#include <QJsonObject>

#include <cmath>

namespace {

using Kind = SimDomainProgram::Kind;
using Op = SimDomainProgram::Op;
using OperandType = SimDomainProgram::OperandType;
using Operand = SimDomainProgram::Operand;
using Leaf = SimDomainProgram::Leaf;

QString pythonString(const QString &text)
{
    const QChar quote = text.contains(QLatin1Char('\'')) && !text.contains(QLatin1Char('"'))
                            ? QLatin1Char('"')
                            : QLatin1Char('\'');
    QString result = quote;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            result += QLatin1String("\\\\");
        else if (c == quote)
            result += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            result += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            result += QLatin1String("\\r");
        else if (c == QLatin1Char('\t'))
            result += QLatin1String("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result + quote;
}

// A JSON value as Python's repr() shows the value json.loads gives for it.
QString pythonRepr(const QJsonValue &value, bool asTuple = false)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double: {
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return QString::number(value.toInteger());
        const double number = value.toDouble();
        if (std::isinf(number))
            return number > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
        QString text = QString::number(number, 'g', QLocale::FloatingPointShortest);
        if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
            text += QLatin1String(".0");
        return text;
    }
    case QJsonValue::String:
        return pythonString(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items.append(pythonRepr(item));
        if (asTuple)
            return QLatin1Char('(') + items.join(QLatin1String(", ")) +
                   (items.size() == 1 ? QLatin1String(",)") : QLatin1String(")"));
        return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            items.append(pythonString(it.key()) + QLatin1String(": ") + pythonRepr(it.value()));
        return QLatin1Char('{') + items.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    }
    return {};
}

Kind kindOf(const QString &fieldName, const SimField &field)
{
    if (fieldName == QLatin1String("id"))
        return Kind::Id;
    if (fieldName == QLatin1String("display_name"))
        return Kind::DisplayName;
    if (field.type == QLatin1String("many2one") || field.isToMany())
        return field.relation.isEmpty() ? Kind::Text : Kind::Relational;
    if (field.type == QLatin1String("integer") || field.type == QLatin1String("float") ||
        field.type == QLatin1String("monetary"))
        return Kind::Number;
    if (field.type == QLatin1String("boolean"))
        return Kind::Boolean;
    if (field.type == QLatin1String("date"))
        return Kind::Date;
    if (field.type == QLatin1String("datetime"))
        return Kind::DateTime;
    return Kind::Text;
}

bool isTextKind(Kind kind)
{
    return kind == Kind::Text || kind == Kind::Date || kind == Kind::DateTime || kind == Kind::DisplayName;
}

// A date given for a datetime is midnight; a datetime given for a date is its day.
QString adjustDate(Kind kind, const QString &text)
{
    if (kind == Kind::DateTime && text.size() == 10)
        return text + QLatin1String(" 00:00:00");
    if (kind == Kind::Date && text.size() > 10 && text.at(10) == QLatin1Char(' '))
        return text.left(10);
    return text;
}

// Converts the operand to what the field compares with: numbers for numeric fields, text for
// textual ones.
Operand compileOperand(const QJsonValue &value, Kind kind)
{
    Operand operand;
    const bool numeric = kind == Kind::Number || kind == Kind::Id;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        operand.type = OperandType::Empty;
        break;
    case QJsonValue::Bool:
        operand.type = value.toBool() ? OperandType::True : OperandType::Empty;
        break;
    case QJsonValue::Double:
        operand.type = OperandType::Number;
        operand.number = value.toDouble();
        if (isTextKind(kind)) {
            operand.type = OperandType::Text;
            operand.text = SimDomainProgram::numberText(operand.number);
        }
        break;
    case QJsonValue::String: {
        operand.type = OperandType::Text;
        operand.text = adjustDate(kind, value.toString());
        bool ok = false;
        const double number = operand.text.trimmed().toDouble(&ok);
        if (numeric && ok) {
            operand.type = OperandType::Number;
            operand.number = number;
        }
        break;
    }
    case QJsonValue::Array: {
        operand.type = OperandType::List;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items) {
            const Operand single = compileOperand(item, kind);
            switch (single.type) {
            case OperandType::Empty:
                operand.hasFalse = true;
                break;
            case OperandType::True:
                operand.hasTrue = true;
                break;
            case OperandType::Number:
                operand.numbers.push_back(single.number);
                break;
            case OperandType::Text:
                operand.texts.insert(single.text);
                break;
            case OperandType::List:
            case OperandType::Other:
                break;
            }
        }
        std::sort(operand.numbers.begin(), operand.numbers.end());
        break;
    }
    case QJsonValue::Object:
        operand.type = OperandType::Other;
        break;
    }
    return operand;
}

} // namespace

SimDomainCompiler::SimDomainCompiler(SimDomainProgram &program)
    : m_program(program)
{}

bool SimDomainCompiler::compile(const QJsonValue &domain, const QString &model, const SimDatabase &database,
                                std::shared_ptr<const SimDomainProgram> *program, SimError *error)
{
    program->reset();
    if (!database.schema().model(model)) {
        if (error)
            *error = SimError::userError(QStringLiteral("Object %1 doesn't exist").arg(model));
        return false;
    }
    if (!domain.isArray()) {
        if (error)
            *error = SimError::valueError(
                QStringLiteral("Invalid domain %1: a domain is a list of conditions and operators")
                    .arg(pythonRepr(domain)));
        return false;
    }
    const QJsonArray tokens = domain.toArray();
    if (tokens.isEmpty())
        return true;
    auto compiled = std::make_shared<SimDomainProgram>();
    compiled->database = &database;
    compiled->flavor = database.flavor();
    SimDomainCompiler compiler(*compiled);
    qsizetype position = 0;
    int root = -1;
    while (position < tokens.size()) {
        int node = -1;
        if (!compiler.compileExpression(model, tokens, &position, &node, domain, error))
            return false;
        root = root < 0 ? node : compiler.addNode(Node::And, root, node);
    }
    compiled->root = root;
    *program = std::move(compiled);
    return true;
}

QString SimDomainCompiler::termWord() const
{
    return m_program.flavor >= 19 ? QStringLiteral("condition") : QStringLiteral("leaf");
}

QString SimDomainCompiler::termRepr(const QString &path, const QJsonValue &op, const QJsonValue &value)
{
    return pythonRepr(QJsonArray{path, op, value}, true);
}

int SimDomainCompiler::addNode(Node::Type type, int a, int b)
{
    m_program.nodes.push_back(Node{type, a, b});
    return int(m_program.nodes.size()) - 1;
}

bool SimDomainCompiler::fail(SimError *error, const QString &message) const
{
    if (error)
        *error = SimError::valueError(message);
    return false;
}

int SimDomainCompiler::compilePath(const QString &model, const QString &path, const QJsonValue &op,
                                   const QJsonValue &value, SimError *error)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    const QString head = dot < 0 ? path : path.left(dot);
    const QString rest = dot < 0 ? QString() : path.mid(dot + 1);
    const SimModel *definition = m_program.database->schema().model(model);
    const SimField *field = definition ? definition->field(head) : nullptr;
    const Kind kind = field ? kindOf(head, *field) : Kind::Text;
    if (!field || (!rest.isEmpty() && kind != Kind::Relational)) {
        fail(error, QStringLiteral("Invalid field %1.%2 in %3 %4")
                        .arg(model, field ? path : head, termWord(), termRepr(path, op, value)));
        return -1;
    }
    Leaf leaf;
    leaf.model = model;
    leaf.field = head;
    leaf.kind = kind;
    leaf.relation = field->relation;
    if (!rest.isEmpty()) {
        const int next = compilePath(field->relation, rest, op, value, error);
        if (next < 0)
            return -1;
        leaf.next = next;
    }
    m_program.leaves.push_back(std::move(leaf));
    return int(m_program.leaves.size()) - 1;
}

bool SimDomainCompiler::compileOperator(int index, QString op, const QJsonValue &value,
                                        const QJsonArray &term, SimError *error, bool *alwaysTrue)
{
    Leaf &leaf = m_program.leaves[size_t(index)];
    op = op.toLower();
    if (op == QLatin1String("<>"))
        op = QStringLiteral("!=");
    if (value.isBool() && (op == QLatin1String("in") || op == QLatin1String("not in")))
        op = op == QLatin1String("in") ? QStringLiteral("=") : QStringLiteral("!=");
    if (value.isArray() && (op == QLatin1String("=") || op == QLatin1String("!=")))
        op = op == QLatin1String("=") ? QStringLiteral("in") : QStringLiteral("not in");
    if (op == QLatin1String("=?")) {
        if (value.isNull() || value.isUndefined() || (value.isBool() && !value.toBool())) {
            *alwaysTrue = true;
            return true;
        }
        op = QStringLiteral("=");
    }
    static const QHash<QString, QPair<Op, bool>> operators = {
        {QStringLiteral("="), {Op::Equal, false}},         {QStringLiteral("!="), {Op::Equal, true}},
        {QStringLiteral("<"), {Op::Less, false}},          {QStringLiteral(">"), {Op::Greater, false}},
        {QStringLiteral("<="), {Op::LessEqual, false}},    {QStringLiteral(">="), {Op::GreaterEqual, false}},
        {QStringLiteral("in"), {Op::In, false}},           {QStringLiteral("not in"), {Op::In, true}},
        {QStringLiteral("like"), {Op::Like, false}},       {QStringLiteral("ilike"), {Op::Like, false}},
        {QStringLiteral("not like"), {Op::Like, true}},    {QStringLiteral("not ilike"), {Op::Like, true}},
        {QStringLiteral("=like"), {Op::EqualLike, false}}, {QStringLiteral("=ilike"), {Op::EqualLike, false}},
    };
    const auto known = operators.constFind(op);
    if (known == operators.constEnd()) {
        const QString rendered = pythonRepr(term, true);
        if (op == QLatin1String("child_of") || op == QLatin1String("parent_of") ||
            op == QLatin1String("any") || op == QLatin1String("not any"))
            return fail(error, QStringLiteral("Operator %1 is not supported by the simulator in %2 %3")
                                   .arg(pythonString(op), termWord(), rendered));
        return fail(error, m_program.flavor >= 19
                               ? QStringLiteral("Invalid operator in condition %1").arg(rendered)
                               : QStringLiteral("Invalid leaf %1").arg(rendered));
    }
    leaf.op = known->first;
    leaf.negate = known->second;
    if (leaf.op == Op::In && !value.isArray())
        leaf.operand = compileOperand(QJsonArray{value}, leaf.kind);
    else
        leaf.operand = compileOperand(value, leaf.kind);
    if (leaf.op == Op::Like || leaf.op == Op::EqualLike) {
        const Qt::CaseSensitivity cs =
            op.contains(QLatin1String("ilike")) ? Qt::CaseInsensitive : Qt::CaseSensitive;
        const QString text = leaf.operand.type == OperandType::Number
                                 ? SimDomainProgram::numberText(leaf.operand.number)
                                 : leaf.operand.text;
        leaf.pattern.set(text, leaf.op == Op::EqualLike, cs);
    }
    return true;
}

bool SimDomainCompiler::compileTerm(const QString &model, const QJsonArray &term, int *node, SimError *error)
{
    if (term.size() == 3 && term.at(0).isDouble() && term.at(1) == QJsonValue(QStringLiteral("=")) &&
        term.at(2) == QJsonValue(1) && (term.at(0) == QJsonValue(1) || term.at(0) == QJsonValue(0))) {
        *node = addNode(term.at(0) == QJsonValue(1) ? Node::True : Node::False);
        return true;
    }
    if (term.size() != 3 || !term.at(0).isString() || term.at(0).toString().isEmpty() ||
        !term.at(1).isString())
        return fail(error, m_program.flavor >= 19
                               ? QStringLiteral("Invalid domain term %1").arg(pythonRepr(term, true))
                               : QStringLiteral("Invalid leaf %1").arg(pythonRepr(term, true)));
    const int first = compilePath(model, term.at(0).toString(), term.at(1), term.at(2), error);
    if (first < 0)
        return false;
    int last = first;
    while (m_program.leaves[size_t(last)].next >= 0)
        last = m_program.leaves[size_t(last)].next;
    bool alwaysTrue = false;
    if (!compileOperator(last, term.at(1).toString(), term.at(2), term, error, &alwaysTrue))
        return false;
    *node = alwaysTrue ? addNode(Node::True) : addNode(Node::Term, first);
    return true;
}

bool SimDomainCompiler::compileExpression(const QString &model, const QJsonArray &tokens, qsizetype *position,
                                          int *node, const QJsonValue &domain, SimError *error)
{
    if (*position >= tokens.size())
        return fail(error, QStringLiteral("Domain %1 is syntactically not correct.").arg(pythonRepr(domain)));
    const QJsonValue token = tokens.at((*position)++);
    if (token.isArray())
        return compileTerm(model, token.toArray(), node, error);
    const QString word = token.toString();
    if (token.isString() && (word == QLatin1String("&") || word == QLatin1String("|"))) {
        int left = -1;
        int right = -1;
        if (!compileExpression(model, tokens, position, &left, domain, error) ||
            !compileExpression(model, tokens, position, &right, domain, error))
            return false;
        *node = addNode(word == QLatin1String("&") ? Node::And : Node::Or, left, right);
        return true;
    }
    if (token.isString() && word == QLatin1String("!")) {
        int operand = -1;
        if (!compileExpression(model, tokens, position, &operand, domain, error))
            return false;
        *node = addNode(Node::Not, operand);
        return true;
    }
    return fail(error, m_program.flavor >= 19
                           ? QStringLiteral("Invalid domain term %1").arg(pythonRepr(token))
                           : QStringLiteral("Invalid leaf %1").arg(pythonRepr(token)));
}
