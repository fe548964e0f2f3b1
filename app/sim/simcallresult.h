// SimCallResult: what a simulated model method call came to: a value, Python's None (which
// JSON-RPC answers with neither `result` nor `error`), or a SimError.
#pragma once

#include "simerror.h"

#include <QJsonValue>

#include <optional>

struct SimCallResult
{
    QJsonValue value;
    bool returnedNone = false;
    std::optional<SimError> error;

    static SimCallResult ok(QJsonValue value) { return {std::move(value), false, std::nullopt}; }
    static SimCallResult none() { return {QJsonValue::Null, true, std::nullopt}; }
    static SimCallResult fail(SimError error) { return {QJsonValue(), false, std::move(error)}; }
};
