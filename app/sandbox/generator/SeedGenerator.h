#pragma once
// Deterministic generator of sandbox seed documents ({"highlevel": {...}, "badger": {...}}); docs/sandbox-seed.md.

#include <QJsonObject>
#include <QtGlobal>

namespace fb::sandbox {

// count records per side, with overlap between the sides; the same (count, randomSeed) gives byte-identical JSON.
QJsonObject generateSeed(int count, quint64 randomSeed);

} // namespace fb::sandbox
