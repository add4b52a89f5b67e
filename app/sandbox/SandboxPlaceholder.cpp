// Removed when the sandbox sources land; a static library needs at least one source.
namespace fb::sandbox {
int placeholderAnchor = 0;
}
