#pragma once
// The seed the app's sandbox mode starts from on first run: resources/sandbox/default-seed.json, built into the
// sandbox library as the resource :/sandbox/default-seed.json (generateSeed(25, 20261204), see docs/sandbox-seed.md).

#include <QJsonObject>
#include <QString>

namespace fb::sandbox {

QString defaultSeedResourcePath(); // ":/sandbox/default-seed.json"
// The parsed default seed; an empty object (and *error set) only if the resource is missing or broken.
QJsonObject defaultSeed(QString* error = nullptr);

} // namespace fb::sandbox
