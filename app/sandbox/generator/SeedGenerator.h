#pragma once
// Deterministic generator of sandbox seed documents ({"highlevel": {...}, "badger": {...}}); docs/sandbox-seed.md.

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace fb::sandbox {

// The credentials every generated seed carries, so a sandbox started from any generated seed can be connected to
// without reading the seed first.
struct GeneratedSeedCredentials
{
    static constexpr auto kHighLevelLocationId = "FbSandboxLocation001"; // 20 characters like GHL's ids
    static constexpr auto kHighLevelToken = "pit-fieldbridge-sandbox-0001";
    static constexpr auto kBadgerApiKey = "fieldbridge-sandbox-badger-key-0001"; // the team manager's key
    static constexpr auto kBadgerUsername = "sandbox.manager@example.com";
    static constexpr auto kBadgerPassword = "sandbox";
};

// `count` records per side. Records cycle through kinds (see docs/sandbox-seed.md): the same person on both sides
// matched by exact email, by email differing in case, by phone only (formats differ), by name + address only; records
// on one side only; duplicate emails differing in case inside Badger; unicode, right-to-left, CJK and emoji names;
// missing emails and phones; 20,000-character notes and comments; check-ins, notes, tasks, tags and custom fields.
// The same (count, randomSeed) gives byte-identical JSON (QJsonDocument::toJson); no wall-clock time is used.
QJsonObject generateSeed(int count, quint64 randomSeed);

} // namespace fb::sandbox
