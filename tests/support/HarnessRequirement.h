// For tests that need a part only the test harness provides (a session bus with an unlocked keyring, a real X server):
// run by hand without it they skip and say how to run them; under scripts/test (which sets
// FIELDBRIDGE_KEYRING_PASSWORD) a missing part means a broken harness and fails, so CI can never pass them by skipping.
#pragma once

#include <QTest>

#define FB_REQUIRE_HARNESS_PART(available, what)                                                                      \
    do {                                                                                                               \
        if (!(available)) {                                                                                            \
            if (qEnvironmentVariableIsSet("FIELDBRIDGE_KEYRING_PASSWORD")) {                                           \
                QFAIL("scripts/test did not provide " what);                                                           \
            }                                                                                                          \
            QSKIP("needs " what ": run it through scripts/test, which provides it");                                   \
        }                                                                                                              \
    } while (false)
