#include "Logging.h"

#include "Redaction.h"

Q_LOGGING_CATEGORY(lcApp, "fieldbridge.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "fieldbridge.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "fieldbridge.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "fieldbridge.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "fieldbridge.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "fieldbridge.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "fieldbridge.ui", QtInfoMsg)

namespace fb::logging {
namespace {
QtMessageHandler s_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString clean = fb::redact::text(message);
    if (s_previous) {
        s_previous(type, context, clean);
    }
}
} // namespace

void installRedactingHandler()
{
    QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler) {
        s_previous = previous;
    }
}
} // namespace fb::logging
