# Herald's translations (translations/README.md tells translators what to do). Included from
# ui/CMakeLists.txt, where the tray app's targets exist. herald-cli, a developer tool, stays
# English.
#
#   herald_en.ts       English plural forms only (lupdate -pluralonly): "1 notification", not
#                      "1 notifications". Built into herald_core, so every user of the core has
#                      it, as :/i18n/herald_en.qm.
#   herald_<code>.ts   every text, one file per language. Built into herald_ui as
#                      :/i18n/herald_<code>.qm. A new language also needs its line in
#                      LanguageLoader::languages().
#
# `cmake --build <build> --target update_translations` brings every .ts file up to date with
# the sources. The check_translations test (scripts/check-translations.sh) fails while one is
# not, or while a language has unfinished texts; it runs lupdate with the same options on the
# same files, which are written for it to translations/lupdate.lst in the build folder.

set(HERALD_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/herald_de.ts
    ${PROJECT_SOURCE_DIR}/translations/herald_es.ts
    ${PROJECT_SOURCE_DIR}/translations/herald_fr.ts
    ${PROJECT_SOURCE_DIR}/translations/herald_ja.ts)
set(HERALD_PLURALS_TS_FILE ${PROJECT_SOURCE_DIR}/translations/herald_en.ts)
# No source locations and no obsolete entries: the files change only when texts do.
set(HERALD_LUPDATE_OPTIONS -locations none -no-obsolete)

# What lupdate reads: the sources the tray app is built from, and the other platforms' backends
# as well, so the .ts files come out the same whichever platform updates them.
set(herald_tr_sources
    ${PROJECT_SOURCE_DIR}/app/desktop/XdgAutostart.h
    ${PROJECT_SOURCE_DIR}/app/desktop/XdgAutostart.cpp
    ${PROJECT_SOURCE_DIR}/app/desktop/WindowsAutostart.h
    ${PROJECT_SOURCE_DIR}/app/desktop/WindowsAutostart.cpp
    ${PROJECT_SOURCE_DIR}/app/desktop/MacAutostart.h
    ${PROJECT_SOURCE_DIR}/app/desktop/MacAutostart.cpp)
foreach(target herald_core herald_ui herald)
    get_target_property(target_dir ${target} SOURCE_DIR)
    get_target_property(target_sources ${target} SOURCES)
    foreach(source IN LISTS target_sources)
        if(source MATCHES "^\\$<")
            continue()
        endif()
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${target_dir}" NORMALIZE)
        # Generated files (moc, resources) are no one's texts.
        cmake_path(IS_PREFIX PROJECT_BINARY_DIR "${source}" NORMALIZE generated)
        if(NOT generated)
            list(APPEND herald_tr_sources "${source}")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES herald_tr_sources)
list(SORT herald_tr_sources)
set(herald_tr_includes ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/ui)

qt_add_translations(herald_core
    TS_FILES ${HERALD_PLURALS_TS_FILE}
    SOURCES ${herald_tr_sources}
    INCLUDE_DIRECTORIES ${herald_tr_includes}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS ${HERALD_LUPDATE_OPTIONS} -pluralonly)
qt_add_translations(herald_ui
    TS_FILES ${HERALD_TS_FILES}
    SOURCES ${herald_tr_sources}
    INCLUDE_DIRECTORIES ${herald_tr_includes}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS ${HERALD_LUPDATE_OPTIONS})

# For scripts/check-translations.sh: lupdate's input as an @list file, and its options.
list(TRANSFORM herald_tr_includes PREPEND "-I" OUTPUT_VARIABLE herald_tr_include_options)
list(JOIN herald_tr_include_options "\n" herald_tr_lst)
list(JOIN herald_tr_sources "\n" herald_tr_source_lines)
file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/translations/lupdate.lst
     CONTENT "${herald_tr_lst}\n${herald_tr_source_lines}\n")
list(JOIN HERALD_LUPDATE_OPTIONS " " herald_lupdate_options)
list(JOIN HERALD_TS_FILES " " herald_ts_files)
file(GENERATE OUTPUT ${PROJECT_BINARY_DIR}/translations/check-translations.conf
     CONTENT "LUPDATE='$<TARGET_FILE:Qt6::lupdate>'
LUPDATE_OPTIONS='${herald_lupdate_options}'
SOURCES_LST='${PROJECT_BINARY_DIR}/translations/lupdate.lst'
TS_FILES='${herald_ts_files}'
PLURALS_TS_FILE='${HERALD_PLURALS_TS_FILE}'
")
