# Sanitizers as an INTERFACE target, linked like the warnings, so tests and executables agree.
add_library(herald_sanitizers INTERFACE)
add_library(Herald::sanitizers ALIAS herald_sanitizers)

set(_herald_sanitizers "")
if(HERALD_ENABLE_ASAN)
    list(APPEND _herald_sanitizers address)
endif()
if(HERALD_ENABLE_UBSAN)
    list(APPEND _herald_sanitizers undefined)
endif()

if(_herald_sanitizers)
    if(MSVC)
        target_compile_options(herald_sanitizers INTERFACE /fsanitize=address)
    else()
        list(JOIN _herald_sanitizers "," _herald_sanitizer_list)
        target_compile_options(herald_sanitizers INTERFACE
            -fsanitize=${_herald_sanitizer_list} -fno-omit-frame-pointer -fno-sanitize-recover=all)
        target_link_options(herald_sanitizers INTERFACE -fsanitize=${_herald_sanitizer_list})
    endif()
endif()

# Every first-party target calls this instead of linking the two targets by hand.
function(herald_target_defaults target)
    target_link_libraries(${target} PRIVATE herald_warnings herald_sanitizers)
endfunction()
