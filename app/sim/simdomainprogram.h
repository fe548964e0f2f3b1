// SimDomainProgram: an Odoo domain as SimDomainCompiler compiled it (a tree of '&'/'|'/'!' nodes
// over leaves with their operator and converted operand), evaluated on the stored records.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

class QJsonValue;
class SimDatabase;

class SimDomainProgram
{
public:
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

    struct Pattern
    {
        QString text;
        bool wildcards = false; // text holds '%', '_' or '\': run the LIKE matcher
        bool anchored = false;  // =like / =ilike: the whole value must match
        Qt::CaseSensitivity cs = Qt::CaseSensitive;

        void set(const QString &value, bool whole, Qt::CaseSensitivity sensitivity);
        bool matches(QStringView value) const;
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

    // A number as text, the way PostgreSQL casts it (no trailing ".0").
    static QString numberText(double number);

    // Evaluates node `index` on the stored record `id`; `memo` may be null.
    bool evaluate(int index, int id, Memo *memo) const;

    const SimDatabase *database = nullptr;
    int flavor = 17;
    std::vector<Node> nodes;
    std::vector<Leaf> leaves;
    int root = -1;

private:
    static void collectIds(const QJsonValue &raw, QVarLengthArray<int, 16> &ids);
    bool evaluateLeaf(int index, int id, Memo *memo) const;
    bool test(const Leaf &leaf, int index, int id, Memo *memo) const;
    static bool testEmptyOperand(const Leaf &leaf, bool empty);
    static bool testText(const Leaf &leaf, bool empty, const QString &value);
    static bool testNumber(const Leaf &leaf, bool empty, double value);
    static bool testBoolean(const Leaf &leaf, bool value);
    bool testRelational(const Leaf &leaf, const QVarLengthArray<int, 16> &ids, QHash<int, bool> *known) const;
    bool testRelated(const Leaf &leaf, int related) const;
};
