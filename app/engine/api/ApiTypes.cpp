#include "ApiTypes.h"

using namespace Qt::StringLiterals;

namespace fb::api {

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
