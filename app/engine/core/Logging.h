#pragma once
// Logging categories, one per area, and the redacting message handler every process installs.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace fb::logging {
// Installs a Qt message handler that passes every message through fb::redact::text() before it is written,
// so a token that slipped into a log call still never reaches stderr or a log file.
void installRedactingHandler();
} // namespace fb::logging
