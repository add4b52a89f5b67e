#include "RulesSource.h"

namespace fb::ui {

RulesSource::~RulesSource() = default;

} // namespace fb::ui
