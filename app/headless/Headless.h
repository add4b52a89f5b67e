#pragma once
// fieldbridge --headless COMMAND: the sync engine from the command line, for servers, cron and scripted checks.
//
//   sync [--once | --watch [SECONDS]] [--dry-run] [--full] [--json] [--token-file FILE]
//   status [--json]
//   check [--json] [--token-file FILE]
//
// Exit codes: fb::ExitCode (0 ok, 1 failed or some records failed, 2 usage, 3 configuration or credentials missing,
// 4 database refused, 5 stopped by a rate budget).

#include "core/CommandLine.h"

namespace fb::app {

// Runs a headless command; a QCoreApplication must exist.
int runHeadless(const CommandLineOptions& options);

} // namespace fb::app
