# Warnings and the Qt strictness defines every Fieldbridge target uses (see shared/style.md).
add_library(fieldbridge_strict INTERFACE)
target_compile_options(fieldbridge_strict INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
    $<$<BOOL:${FIELDBRIDGE_WERROR}>:-Werror>)
target_compile_definitions(fieldbridge_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# fieldbridge_apply_strictness(target): link the interface above.
function(fieldbridge_apply_strictness target)
    target_link_libraries(${target} PRIVATE fieldbridge_strict)
endfunction()
