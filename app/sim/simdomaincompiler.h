// SimDomainCompiler: turns an Odoo search domain (JSON, prefix notation) for a model of a
// SimDatabase into a SimDomainProgram, with Odoo's wording (per version) for a bad domain.
#pragma once

#include "simdomainprogram.h"
#include "simerror.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <memory>

class SimDatabase;

class SimDomainCompiler
{
public:
    // Compiles `domain` for `model` into `*program`, which stays null for an empty domain (it
    // matches everything). On an unknown model, a malformed domain or an unknown field fills
    // `error` (if given) and returns false.
    static bool compile(const QJsonValue &domain, const QString &model, const SimDatabase &database,
                        std::shared_ptr<const SimDomainProgram> *program, SimError *error);

private:
    using Node = SimDomainProgram::Node;

    explicit SimDomainCompiler(SimDomainProgram &program);

    QString termWord() const;
    static QString termRepr(const QString &path, const QJsonValue &op, const QJsonValue &value);
    int addNode(Node::Type type, int a = -1, int b = -1);
    bool fail(SimError *error, const QString &message) const;
    // Compiles the path `path` of `model` into a chain of leaves; returns the first leaf or -1.
    int compilePath(const QString &model, const QString &path, const QJsonValue &op, const QJsonValue &value,
                    SimError *error);
    // Sets the operator and operand of the terminal leaf `index`; false for an unknown operator.
    bool compileOperator(int index, QString op, const QJsonValue &value, const QJsonArray &term,
                         SimError *error, bool *alwaysTrue);
    bool compileTerm(const QString &model, const QJsonArray &term, int *node, SimError *error);
    // Reads one expression in prefix notation from tokens[*position].
    bool compileExpression(const QString &model, const QJsonArray &tokens, qsizetype *position, int *node,
                           const QJsonValue &domain, SimError *error);

    SimDomainProgram &m_program;
};
