#include "generator/SeedGenerator.h"

namespace fb::sandbox {

QJsonObject generateSeed(int count, quint64 randomSeed)
{
    Q_UNUSED(count);
    Q_UNUSED(randomSeed);
    return {};
}

} // namespace fb::sandbox
