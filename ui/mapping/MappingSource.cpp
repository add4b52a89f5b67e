#include "MappingSource.h"

namespace fb::ui {

MappingSource::~MappingSource() = default;

} // namespace fb::ui
