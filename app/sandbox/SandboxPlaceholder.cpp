// Removed when the sandbox's first real source lands; a static library needs at least one source.
namespace fb::sandbox {
int placeholderAnchor = 0;
}
