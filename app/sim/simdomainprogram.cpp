#include "simdomainprogram.h"

#include "simdatabase.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace {

using Op = SimDomainProgram::Op;

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

template<typename Compute>
bool remembered(QHash<int, bool> *known, int key, Compute compute)
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

} // namespace

QString SimDomainProgram::numberText(double number)
{
    if (std::isfinite(number) && number == std::trunc(number) && std::fabs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

void SimDomainProgram::Pattern::set(const QString &value, bool whole, Qt::CaseSensitivity sensitivity)
{
    anchored = whole;
    cs = sensitivity;
    wildcards = value.contains(QLatin1Char('%')) || value.contains(QLatin1Char('_')) ||
                value.contains(QLatin1Char('\\'));
    text = wildcards && !whole ? QLatin1Char('%') + value + QLatin1Char('%') : value;
}

bool SimDomainProgram::Pattern::matches(QStringView value) const
{
    if (wildcards)
        return likeMatch(value, text, cs);
    return anchored ? value.compare(text, cs) == 0 : value.contains(text, cs);
}

bool SimDomainProgram::evaluate(int index, int id, Memo *memo) const
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

void SimDomainProgram::collectIds(const QJsonValue &raw, QVarLengthArray<int, 16> &ids)
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

bool SimDomainProgram::evaluateLeaf(int index, int id, Memo *memo) const
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
bool SimDomainProgram::test(const Leaf &leaf, int index, int id, Memo *memo) const
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

bool SimDomainProgram::testEmptyOperand(const Leaf &leaf, bool empty)
{
    // ('f', '=', False), ('f', 'like', False): "is not set"; orderings with False match nothing.
    return !isOrdering(leaf.op) && empty;
}

bool SimDomainProgram::testText(const Leaf &leaf, bool empty, const QString &value)
{
    const Operand &operand = leaf.operand;
    if (operand.type == OperandType::Empty)
        return testEmptyOperand(leaf, empty);
    switch (leaf.op) {
    case Op::In:
        return empty ? operand.hasFalse || operand.texts.contains(QString()) : operand.texts.contains(value);
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

bool SimDomainProgram::testNumber(const Leaf &leaf, bool empty, double value)
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

bool SimDomainProgram::testBoolean(const Leaf &leaf, bool value)
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

bool SimDomainProgram::testRelational(const Leaf &leaf, const QVarLengthArray<int, 16> &ids,
                                      QHash<int, bool> *known) const
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
bool SimDomainProgram::testRelated(const Leaf &leaf, int related) const
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
