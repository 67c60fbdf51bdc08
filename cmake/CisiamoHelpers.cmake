# Small helpers shared by every CMakeLists.txt of the project.

# cisiamo_add_library(<name> SOURCES ... [LIBS ...])
# A static library whose headers are included as "core/db/database.h"
# (relative to modules/). Its sources are recorded for lupdate, so that the
# translation catalogue covers every library without listing files twice.
function(cisiamo_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/modules)
    target_link_libraries(${name} PUBLIC ${ARG_LIBS})
    foreach(src IN LISTS ARG_SOURCES)
        get_filename_component(abs "${src}" ABSOLUTE)
        set_property(GLOBAL APPEND PROPERTY CISIAMO_TR_SOURCES "${abs}")
    endforeach()
endfunction()

# The instant the test suite lives at: every test, and every program a test
# starts, runs with CISIAMO_NOW set to it (core::SystemClock), so that no
# test depends on the day it runs. Tests read it as CISIAMO_TEST_NOW
# (tests/support/testclock.h). A Tuesday, away from midnight and from the
# changes of summer time.
set(CISIAMO_TEST_NOW "2026-03-10T10:00:00")

# Every test and benchmark runs offscreen with its own HOME, so that
# QSettings and QStandardPaths never touch the developer's files.
function(cisiamo_test_environment test_name)
    set(home "${CMAKE_BINARY_DIR}/test-home/${test_name}")
    set_tests_properties(${test_name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/.config;XDG_DATA_HOME=${home}/.local/share;XDG_CACHE_HOME=${home}/.cache;XDG_RUNTIME_DIR=${home}/.run;LC_ALL=C.UTF-8;TZ=Europe/Rome;CISIAMO_NOW=${CISIAMO_TEST_NOW}")
    # The order on a clean checkout: tests/CMakeLists.txt, CISIAMO_TEST_COSTS.
    list(FIND CISIAMO_TEST_COSTS ${test_name} at)
    if(at GREATER_EQUAL 0)
        math(EXPR at "${at} + 1")
        list(GET CISIAMO_TEST_COSTS ${at} cost)
        set_tests_properties(${test_name} PROPERTIES COST ${cost})
    endif()
endfunction()

# cisiamo_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s])
function(cisiamo_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test test_support ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    cisiamo_test_environment(${name})
    # A limit for a hung test, not a speed assertion: generous enough for a
    # loaded machine and for the sanitizer build.
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 1200)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
    cisiamo_test_pch(${name})
endfunction()

# cisiamo_links_widgets(<out> <target>...): whether any of the targets links
# Qt6::Widgets, directly or through the libraries it links.
function(cisiamo_links_widgets out)
    set(seen "")
    set(todo ${ARGN})
    while(todo)
        list(POP_FRONT todo item)
        # $<LINK_ONLY:x> and other generator expressions around a name
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" item "${item}")
        if(item STREQUAL "Qt6::Widgets" OR item STREQUAL "Qt::Widgets")
            set(${out} ON PARENT_SCOPE)
            return()
        endif()
        if(NOT TARGET "${item}" OR item IN_LIST seen)
            continue()
        endif()
        list(APPEND seen "${item}")
        get_target_property(type ${item} TYPE)
        get_target_property(libs ${item} INTERFACE_LINK_LIBRARIES)
        if(libs)
            list(APPEND todo ${libs})
        endif()
        get_target_property(imported ${item} IMPORTED)
        if(NOT imported AND NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(libs ${item} LINK_LIBRARIES)
            if(libs)
                list(APPEND todo ${libs})
            endif()
        endif()
    endwhile()
    set(${out} OFF PARENT_SCOPE)
endfunction()

# cisiamo_test_pch(<target>): the test reuses the tests' precompiled header
# (tests/support/CMakeLists.txt), the one with widgets if it links them.
# Its mocs_compilation.cpp is empty (each test includes its own .moc), and
# loading a precompiled header costs more than compiling an empty file.
function(cisiamo_test_pch name)
    if(NOT TARGET test_pch_core)
        return()
    endif()
    get_target_property(libs ${name} LINK_LIBRARIES)
    cisiamo_links_widgets(widgets ${libs})
    if(widgets)
        target_precompile_headers(${name} REUSE_FROM test_pch_widgets)
    else()
        target_precompile_headers(${name} REUSE_FROM test_pch_core)
    endif()
    get_target_property(autogen_dir ${name} AUTOGEN_BUILD_DIR)
    if(NOT autogen_dir)
        set(autogen_dir "${CMAKE_CURRENT_BINARY_DIR}/${name}_autogen")
    endif()
    set_source_files_properties("${autogen_dir}/mocs_compilation.cpp"
        TARGET_DIRECTORY ${name} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()

# cisiamo_add_benchmark(<name> SOURCES ... LIBS ...)
# Benchmarks print their figures; they carry the "benchmark" label, which the
# default test run (README) excludes. Run them with: ctest -L benchmark -V
# Nothing when the tree is configured with CISIAMO_BENCHMARKS=OFF (CI).
function(cisiamo_add_benchmark name)
    if(DEFINED CISIAMO_BENCHMARKS AND NOT CISIAMO_BENCHMARKS)
        return()
    endif()
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE test_support ${ARG_LIBS})
    # tests/benchmarks/benchratio.h: the program to measure, and where the
    # demo databases every benchmark shares are built once.
    target_compile_definitions(${name} PRIVATE
        CISIAMO_BINARY="$<TARGET_FILE:cisiamo>"
        CISIAMO_BENCH_DATA_DIR="${CMAKE_BINARY_DIR}/bench-data")
    add_dependencies(${name} cisiamo)
    add_test(NAME ${name} COMMAND ${name})
    cisiamo_test_environment(${name})
    set_tests_properties(${name} PROPERTIES LABELS benchmark TIMEOUT 3600)
endfunction()
