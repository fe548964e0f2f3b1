#include "simdomain.h"

#include "simdatabase.h"
#include "simorder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// How a field's stored value is compared.
enum class Kind {
    Id,          // the record id itself
    DisplayName, // SimDatabase::displayName
    Relational,  // many2one (an id or false) and x2many (an id array): compared by id or display name
    Number,      // integer, float, monetary
    Boolean,
    Date,
    DateTime,
    Text, // char, text, html, selection and anything else stored as a string
};

// The positive operators; '!=', 'not in', 'not like' and 'not ilike' negate them.
enum class Op { Equal, Less, Greater, LessEqual, GreaterEqual, In, Like, EqualLike };

enum class OperandType { Empty, True, Number, Text, List, Other };

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

// A number as text, the way PostgreSQL casts it (no trailing ".0").
QString numberText(double number)
{
    if (std::isfinite(number) && number == std::trunc(number) && std::fabs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

// SQL LIKE: '%' any sequence, '_' any character, '\' escapes the next character.
bool likeMatch(QStringView text, QStringView pattern, Qt::CaseSensitivity cs)
{
    const auto same = [cs](QChar a, QChar b) {
        return a == b || (cs == Qt::CaseInsensitive && a.toCaseFolded() == b.toCaseFolded());
    };
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype starPattern = -1;
    qsizetype starText = -1;
    while (t < text.size()) {
        if (p < pattern.size()) {
            QChar c = pattern[p];
            if (c == QLatin1Char('%')) {
                starPattern = ++p;
                starText = t;
                continue;
            }
            const bool escaped = c == QLatin1Char('\\') && p + 1 < pattern.size();
            if (escaped)
                c = pattern[p + 1];
            if ((!escaped && c == QLatin1Char('_')) || same(c, text[t])) {
                ++t;
                p += escaped ? 2 : 1;
                continue;
            }
        }
        if (starPattern < 0)
            return false;
        p = starPattern;
        t = ++starText;
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('%'))
        ++p;
    return p == pattern.size();
}

struct Pattern
{
    QString text;
    bool wildcards = false; // text holds '%', '_' or '\': run the LIKE matcher
    bool anchored = false;  // =like / =ilike: the whole value must match
    Qt::CaseSensitivity cs = Qt::CaseSensitive;

    void set(const QString &value, bool whole, Qt::CaseSensitivity sensitivity)
    {
        anchored = whole;
        cs = sensitivity;
        wildcards = value.contains(QLatin1Char('%')) || value.contains(QLatin1Char('_')) ||
                    value.contains(QLatin1Char('\\'));
        text = wildcards && !whole ? QLatin1Char('%') + value + QLatin1Char('%') : value;
    }
    bool matches(QStringView value) const
    {
        if (wildcards)
            return likeMatch(value, text, cs);
        return anchored ? value.compare(text, cs) == 0 : value.contains(text, cs);
    }
};

struct Operand
{
    OperandType type = OperandType::Empty;
    double number = 0;
    QString text;
    // OperandType::List
    std::vector<double> numbers; // sorted
    QSet<QString> texts;
    bool hasFalse = false;
    bool hasTrue = false;

    bool containsNumber(double value) const
    {
        return std::binary_search(numbers.begin(), numbers.end(), value);
    }
};

struct Leaf
{
    QString model;
    QString field;
    Kind kind = Kind::Text;
    QString relation;
    int next = -1; // a dotted path goes on with leaves[next], on `relation`
    Op op = Op::Equal;
    bool negate = false;
    Operand operand;
    Pattern pattern;
};

struct Node
{
    enum Type { True, False, And, Or, Not, Term } type = True;
    int a = -1; // first operand, or the leaf of a Term
    int b = -1;
};

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
            operand.text = numberText(operand.number);
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

template<typename T>
bool compareWith(Op op, const T &left, const T &right)
{
    switch (op) {
    case Op::Less:
        return left < right;
    case Op::Greater:
        return right < left;
    case Op::LessEqual:
        return !(right < left);
    case Op::GreaterEqual:
        return !(left < right);
    default:
        return left == right;
    }
}

bool isOrdering(Op op)
{
    return op == Op::Less || op == Op::Greater || op == Op::LessEqual || op == Op::GreaterEqual;
}

} // namespace

struct SimDomain::Program
{
    const SimDatabase *database = nullptr;
    int flavor = 17;
    std::vector<Node> nodes;
    std::vector<Leaf> leaves;
    int root = -1;

    // Results per related record, kept for one search: of the leaves behind a dotted path
    // (`paths`), and of a relational leaf's test on one related record (`related`).
    struct Memo
    {
        explicit Memo(size_t leafCount)
            : paths(leafCount)
            , related(leafCount)
        {}
        std::vector<QHash<int, bool>> paths;
        std::vector<QHash<int, bool>> related;
    };

    template<typename Compute>
    static bool remembered(QHash<int, bool> *known, int key, Compute compute)
    {
        if (!known)
            return compute();
        const auto it = known->constFind(key);
        if (it != known->constEnd())
            return it.value();
        const bool result = compute();
        known->insert(key, result);
        return result;
    }

    // --- compilation ---

    QString termWord() const { return flavor >= 19 ? QStringLiteral("condition") : QStringLiteral("leaf"); }

    static QString termRepr(const QString &path, const QJsonValue &op, const QJsonValue &value)
    {
        return pythonRepr(QJsonArray{path, op, value}, true);
    }

    int addNode(Node::Type type, int a = -1, int b = -1)
    {
        nodes.push_back(Node{type, a, b});
        return int(nodes.size()) - 1;
    }

    bool fail(SimError *error, const QString &message) const
    {
        if (error)
            *error = SimError::valueError(message);
        return false;
    }

    // Compiles the path `path` of `model` into a chain of leaves; returns the first leaf or -1.
    int compilePath(const QString &model, const QString &path, const QJsonValue &op, const QJsonValue &value,
                    SimError *error)
    {
        const qsizetype dot = path.indexOf(QLatin1Char('.'));
        const QString head = dot < 0 ? path : path.left(dot);
        const QString rest = dot < 0 ? QString() : path.mid(dot + 1);
        const SimModel *definition = database->schema().model(model);
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
        leaves.push_back(std::move(leaf));
        return int(leaves.size()) - 1;
    }

    // Sets the operator and operand of the terminal leaf `index`; false for an unknown operator.
    bool compileOperator(int index, QString op, const QJsonValue &value, const QJsonArray &term,
                         SimError *error, bool *alwaysTrue)
    {
        Leaf &leaf = leaves[size_t(index)];
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
            {QStringLiteral("="), {Op::Equal, false}},
            {QStringLiteral("!="), {Op::Equal, true}},
            {QStringLiteral("<"), {Op::Less, false}},
            {QStringLiteral(">"), {Op::Greater, false}},
            {QStringLiteral("<="), {Op::LessEqual, false}},
            {QStringLiteral(">="), {Op::GreaterEqual, false}},
            {QStringLiteral("in"), {Op::In, false}},
            {QStringLiteral("not in"), {Op::In, true}},
            {QStringLiteral("like"), {Op::Like, false}},
            {QStringLiteral("ilike"), {Op::Like, false}},
            {QStringLiteral("not like"), {Op::Like, true}},
            {QStringLiteral("not ilike"), {Op::Like, true}},
            {QStringLiteral("=like"), {Op::EqualLike, false}},
            {QStringLiteral("=ilike"), {Op::EqualLike, false}},
        };
        const auto known = operators.constFind(op);
        if (known == operators.constEnd()) {
            const QString rendered = pythonRepr(term, true);
            if (op == QLatin1String("child_of") || op == QLatin1String("parent_of") ||
                op == QLatin1String("any") || op == QLatin1String("not any"))
                return fail(error, QStringLiteral("Operator %1 is not supported by the simulator in %2 %3")
                                       .arg(pythonString(op), termWord(), rendered));
            return fail(error, flavor >= 19 ? QStringLiteral("Invalid operator in condition %1").arg(rendered)
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
            const QString text = leaf.operand.type == OperandType::Number ? numberText(leaf.operand.number)
                                                                          : leaf.operand.text;
            leaf.pattern.set(text, leaf.op == Op::EqualLike, cs);
        }
        return true;
    }

    bool compileTerm(const QString &model, const QJsonArray &term, int *node, SimError *error)
    {
        if (term.size() == 3 && term.at(0).isDouble() && term.at(1) == QJsonValue(QStringLiteral("=")) &&
            term.at(2) == QJsonValue(1) && (term.at(0) == QJsonValue(1) || term.at(0) == QJsonValue(0))) {
            *node = addNode(term.at(0) == QJsonValue(1) ? Node::True : Node::False);
            return true;
        }
        if (term.size() != 3 || !term.at(0).isString() || term.at(0).toString().isEmpty() ||
            !term.at(1).isString())
            return fail(error, flavor >= 19
                                   ? QStringLiteral("Invalid domain term %1").arg(pythonRepr(term, true))
                                   : QStringLiteral("Invalid leaf %1").arg(pythonRepr(term, true)));
        const int first = compilePath(model, term.at(0).toString(), term.at(1), term.at(2), error);
        if (first < 0)
            return false;
        int last = first;
        while (leaves[size_t(last)].next >= 0)
            last = leaves[size_t(last)].next;
        bool alwaysTrue = false;
        if (!compileOperator(last, term.at(1).toString(), term.at(2), term, error, &alwaysTrue))
            return false;
        *node = alwaysTrue ? addNode(Node::True) : addNode(Node::Term, first);
        return true;
    }

    // Reads one expression in prefix notation from tokens[*position].
    bool compileExpression(const QString &model, const QJsonArray &tokens, qsizetype *position, int *node,
                           const QJsonValue &domain, SimError *error)
    {
        if (*position >= tokens.size())
            return fail(error,
                        QStringLiteral("Domain %1 is syntactically not correct.").arg(pythonRepr(domain)));
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
        return fail(error, flavor >= 19 ? QStringLiteral("Invalid domain term %1").arg(pythonRepr(token))
                                        : QStringLiteral("Invalid leaf %1").arg(pythonRepr(token)));
    }

    // --- evaluation ---

    bool evaluate(int index, int id, Memo *memo) const
    {
        const Node &node = nodes[size_t(index)];
        switch (node.type) {
        case Node::True:
            return true;
        case Node::False:
            return false;
        case Node::And:
            return evaluate(node.a, id, memo) && evaluate(node.b, id, memo);
        case Node::Or:
            return evaluate(node.a, id, memo) || evaluate(node.b, id, memo);
        case Node::Not:
            return !evaluate(node.a, id, memo);
        case Node::Term:
            return evaluateLeaf(node.a, id, memo);
        }
        return false;
    }

    static void collectIds(const QJsonValue &raw, QVarLengthArray<int, 16> &ids)
    {
        if (raw.isArray()) {
            const QJsonArray array = raw.toArray();
            for (const QJsonValue &item : array)
                if (item.toInt() > 0)
                    ids.append(item.toInt());
        } else if (raw.toInt() > 0) {
            ids.append(raw.toInt());
        }
    }

    bool evaluateLeaf(int index, int id, Memo *memo) const
    {
        const Leaf &leaf = leaves[size_t(index)];
        if (leaf.next < 0)
            return leaf.negate != test(leaf, index, id, memo);
        QVarLengthArray<int, 16> related;
        collectIds(database->rawValue(leaf.model, id, leaf.field), related);
        QHash<int, bool> *known = memo ? &memo->paths[size_t(leaf.next)] : nullptr;
        for (const int other : related)
            if (remembered(known, other, [&] { return evaluateLeaf(leaf.next, other, memo); }))
                return true;
        return false;
    }

    // The positive test of a terminal leaf (before '!=', 'not …' negation).
    bool test(const Leaf &leaf, int index, int id, Memo *memo) const
    {
        switch (leaf.kind) {
        case Kind::Id:
            return testNumber(leaf, false, double(id));
        case Kind::DisplayName: {
            const QString name = database->displayName(leaf.model, id);
            return testText(leaf, name.isEmpty(), name);
        }
        case Kind::Relational: {
            QVarLengthArray<int, 16> ids;
            collectIds(database->rawValue(leaf.model, id, leaf.field), ids);
            return testRelational(leaf, ids, memo ? &memo->related[size_t(index)] : nullptr);
        }
        case Kind::Number: {
            const QJsonValue raw = database->rawValue(leaf.model, id, leaf.field);
            return testNumber(leaf, !raw.isDouble(), raw.toDouble());
        }
        case Kind::Boolean:
            return testBoolean(leaf, database->rawValue(leaf.model, id, leaf.field).toBool());
        case Kind::Date:
        case Kind::DateTime:
        case Kind::Text: {
            const QJsonValue raw = database->rawValue(leaf.model, id, leaf.field);
            if (raw.isString()) {
                const QString text = raw.toString();
                return testText(leaf, text.isEmpty(), text);
            }
            if (raw.isDouble())
                return testText(leaf, false, numberText(raw.toDouble()));
            return testText(leaf, true, QString());
        }
        }
        return false;
    }

    static bool testEmptyOperand(const Leaf &leaf, bool empty)
    {
        // ('f', '=', False), ('f', 'like', False): "is not set"; orderings with False match nothing.
        return !isOrdering(leaf.op) && empty;
    }

    static bool testText(const Leaf &leaf, bool empty, const QString &value)
    {
        const Operand &operand = leaf.operand;
        if (operand.type == OperandType::Empty)
            return testEmptyOperand(leaf, empty);
        switch (leaf.op) {
        case Op::In:
            return empty ? operand.hasFalse || operand.texts.contains(QString())
                         : operand.texts.contains(value);
        case Op::Like:
        case Op::EqualLike:
            return !empty && leaf.pattern.matches(value);
        case Op::Equal:
            if (operand.type == OperandType::True)
                return !empty;
            if (operand.type == OperandType::Text && operand.text.isEmpty())
                return empty;
            return !empty && operand.type == OperandType::Text && value == operand.text;
        default:
            return !empty && operand.type == OperandType::Text && compareWith(leaf.op, value, operand.text);
        }
    }

    static bool testNumber(const Leaf &leaf, bool empty, double value)
    {
        const Operand &operand = leaf.operand;
        if (operand.type == OperandType::Empty)
            return testEmptyOperand(leaf, empty);
        if (empty)
            return leaf.op == Op::In && operand.hasFalse;
        switch (leaf.op) {
        case Op::In:
            return operand.containsNumber(value);
        case Op::Like:
        case Op::EqualLike:
            return leaf.pattern.matches(numberText(value));
        case Op::Equal:
            if (operand.type == OperandType::True)
                return value != 0;
            return operand.type == OperandType::Number && value == operand.number;
        default:
            return operand.type == OperandType::Number && compareWith(leaf.op, value, operand.number);
        }
    }

    static bool testBoolean(const Leaf &leaf, bool value)
    {
        const Operand &operand = leaf.operand;
        switch (operand.type) {
        case OperandType::Empty:
            return testEmptyOperand(leaf, !value);
        case OperandType::True:
            return leaf.op == Op::Equal && value;
        case OperandType::Number:
            return !isOrdering(leaf.op) ? leaf.op == Op::Equal && value == (operand.number != 0)
                                        : compareWith(leaf.op, value ? 1.0 : 0.0, operand.number);
        case OperandType::List:
            return (value && (operand.hasTrue || operand.containsNumber(1))) ||
                   (!value && (operand.hasFalse || operand.containsNumber(0)));
        case OperandType::Text:
        case OperandType::Other:
            break;
        }
        return false;
    }

    bool testRelational(const Leaf &leaf, const QVarLengthArray<int, 16> &ids, QHash<int, bool> *known) const
    {
        const Operand &operand = leaf.operand;
        const bool empty = ids.isEmpty();
        if (operand.type == OperandType::Empty)
            return testEmptyOperand(leaf, empty);
        if (empty)
            return leaf.op == Op::In && operand.hasFalse;
        if (leaf.op == Op::Equal && operand.type == OperandType::True)
            return true;
        for (const int related : ids)
            if (remembered(known, related, [&] { return testRelated(leaf, related); }))
                return true;
        return false;
    }

    // The test of a relational leaf on one related record: by id, or by display name.
    bool testRelated(const Leaf &leaf, int related) const
    {
        const Operand &operand = leaf.operand;
        switch (leaf.op) {
        case Op::In:
            return operand.containsNumber(related) ||
                   (!operand.texts.isEmpty() &&
                    operand.texts.contains(database->displayName(leaf.relation, related)));
        case Op::Like:
        case Op::EqualLike:
            return leaf.pattern.matches(database->displayName(leaf.relation, related));
        default:
            if (operand.type == OperandType::Number)
                return compareWith(leaf.op, double(related), operand.number);
            if (operand.type == OperandType::Text)
                return compareWith(leaf.op, database->displayName(leaf.relation, related), operand.text);
            return false;
        }
    }
};

SimDomain SimDomain::parse(const QJsonValue &domain, const QString &model, const SimDatabase &database,
                           SimError *error)
{
    SimDomain result;
    result.m_database = &database;
    result.m_model = model;
    const auto invalid = [&result] {
        result.m_valid = false;
        result.m_program.reset();
        return result;
    };
    if (!database.schema().model(model)) {
        if (error)
            *error = SimError::userError(QStringLiteral("Object %1 doesn't exist").arg(model));
        return invalid();
    }
    if (!domain.isArray()) {
        if (error)
            *error = SimError::valueError(
                QStringLiteral("Invalid domain %1: a domain is a list of conditions and operators")
                    .arg(pythonRepr(domain)));
        return invalid();
    }
    const QJsonArray tokens = domain.toArray();
    if (tokens.isEmpty())
        return result;
    auto program = std::make_shared<Program>();
    program->database = &database;
    program->flavor = database.flavor();
    qsizetype position = 0;
    int root = -1;
    while (position < tokens.size()) {
        int node = -1;
        if (!program->compileExpression(model, tokens, &position, &node, domain, error))
            return invalid();
        root = root < 0 ? node : program->addNode(Node::And, root, node);
    }
    program->root = root;
    result.m_program = std::move(program);
    return result;
}

bool SimDomain::matches(int id) const
{
    if (!m_valid)
        return false;
    if (!m_program)
        return true;
    return m_program->evaluate(m_program->root, id, nullptr);
}

QList<int> SimDomain::search(const SimDatabase &database, const QString &model, const QJsonValue &domain,
                             const QString &order, int offset, int limit, SimError *error)
{
    SimError failure;
    const SimDomain compiled = parse(domain, model, database, &failure);
    if (!compiled.isValid()) {
        if (error)
            *error = failure;
        return {};
    }
    const SimOrder sorting = SimOrder::parse(order, model, database, &failure);
    if (!sorting.isValid()) {
        if (error)
            *error = failure;
        return {};
    }
    offset = std::max(offset, 0);
    const QList<int> all = database.allIds(model);
    // In id order a limited search can stop as soon as it has enough records.
    const bool idOrder = sorting.isIdAscending();
    const qsizetype wanted = idOrder && limit > 0 ? qsizetype(offset) + limit : -1;
    QList<int> ids;
    if (!compiled.m_program) {
        ids = wanted >= 0 ? all.mid(0, wanted) : all;
    } else {
        const Program &program = *compiled.m_program;
        Program::Memo memo(program.leaves.size());
        for (const int id : all) {
            if (!program.evaluate(program.root, id, &memo))
                continue;
            ids.append(id);
            if (wanted >= 0 && ids.size() >= wanted)
                break;
        }
    }
    if (!idOrder)
        sorting.sort(ids);
    if (offset > 0 || limit > 0)
        ids = ids.mid(offset, limit > 0 ? limit : -1);
    return ids;
}
