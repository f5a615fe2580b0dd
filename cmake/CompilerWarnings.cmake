# One INTERFACE target carries the warning flags; every first-party target links it, so the
# flags apply to our code only and never to Qt's or hiredis's headers seen as system headers.
add_library(herald_warnings INTERFACE)
add_library(Herald::warnings ALIAS herald_warnings)

if(MSVC)
    target_compile_options(herald_warnings INTERFACE /W4 /permissive-)
    if(HERALD_WARNINGS_AS_ERRORS)
        target_compile_options(herald_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(herald_warnings INTERFACE
        -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wpedantic -Wdouble-promotion
        -Wformat=2 -Wimplicit-fallthrough)
    if(HERALD_WARNINGS_AS_ERRORS)
        target_compile_options(herald_warnings INTERFACE -Werror)
    endif()
endif()
