#include "ApiTypes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fb::api {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::api::ApiTypes)
};
} // namespace

QString errorClassText(ErrorClass error)
{
    switch (error) {
    case ErrorClass::None: return Tr::tr("no error", "error class");
    case ErrorClass::Network: return Tr::tr("network error", "error class");
    case ErrorClass::Timeout: return Tr::tr("timeout", "error class");
    case ErrorClass::OutcomeUnknown: return Tr::tr("outcome unknown", "error class");
    case ErrorClass::RateLimited: return Tr::tr("rate limited", "error class");
    case ErrorClass::BudgetExhausted: return Tr::tr("budget exhausted", "error class");
    case ErrorClass::Server: return Tr::tr("server error", "error class");
    case ErrorClass::Auth: return Tr::tr("not authenticated", "error class");
    case ErrorClass::Forbidden: return Tr::tr("forbidden", "error class");
    case ErrorClass::NotFound: return Tr::tr("not found", "error class");
    case ErrorClass::Validation: return Tr::tr("data refused", "error class");
    case ErrorClass::Malformed: return Tr::tr("unreadable answer", "error class");
    case ErrorClass::TooLarge: return Tr::tr("answer too large", "error class");
    case ErrorClass::Tls: return Tr::tr("secure connection failed", "error class");
    case ErrorClass::Insecure: return Tr::tr("insecure address", "error class");
    case ErrorClass::Cancelled: return Tr::tr("cancelled", "error class");
    case ErrorClass::Other: return Tr::tr("other error", "error class");
    }
    return Tr::tr("other error", "error class");
}

QString toString(ErrorClass error)
{
    switch (error) {
    case ErrorClass::None: return u"none"_s;
    case ErrorClass::Network: return u"network"_s;
    case ErrorClass::Timeout: return u"timeout"_s;
    case ErrorClass::OutcomeUnknown: return u"outcome-unknown"_s;
    case ErrorClass::RateLimited: return u"rate-limited"_s;
    case ErrorClass::BudgetExhausted: return u"budget-exhausted"_s;
    case ErrorClass::Server: return u"server"_s;
    case ErrorClass::Auth: return u"auth"_s;
    case ErrorClass::Forbidden: return u"forbidden"_s;
    case ErrorClass::NotFound: return u"not-found"_s;
    case ErrorClass::Validation: return u"validation"_s;
    case ErrorClass::Malformed: return u"malformed"_s;
    case ErrorClass::TooLarge: return u"too-large"_s;
    case ErrorClass::Tls: return u"tls"_s;
    case ErrorClass::Insecure: return u"insecure"_s;
    case ErrorClass::Cancelled: return u"cancelled"_s;
    case ErrorClass::Other: return u"other"_s;
    }
    return u"other"_s;
}

QString toString(Service service)
{
    switch (service) {
    case Service::HighLevel: return u"highlevel"_s;
    case Service::Badger: return u"badger"_s;
    }
    return u"unknown"_s;
}

QString jsonTypeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

} // namespace fb::api
