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
# A Qt Test class, run by CTest as the test <name>. The classes of one test
# folder (tests/core, tests/sync, ...) are compiled into one program,
# tests_<folder>, which runs the class named by its first argument
# (`tests_core tst_csv -v2` runs tst_csv's class with -v2): one link per
# folder instead of one per test (HACKING.md, "Build and test time
# budget"). Each test stays its own CTest
# entry with its own environment, COST, labels and timeout, and gets the
# same application object as a program of its own (QTEST_MAIN's
# QApplication, QGuiApplication or QCoreApplication chosen by what the
# test's LIBS link, as before).
#  - SOURCES must hold <name>.cpp, the file with the class and its
#    QTEST_*MAIN (or its own main()); the other sources (fixtures) are
#    compiled once per folder program.
#  - The folder program links every test's LIBS.
#  - Names with external linkage in the test's file must not clash with
#    the folder's other tests (one program); with CISIAMO_TEST_BATCH above
#    1 (tests/CMakeLists.txt) the tests are also compiled in unity
#    batches, and then file-local names must not clash either.
#  - A target <name> exists for `cmake --build build --target <name>`:
#    it builds the folder program and the program the CLI tests start.
#  - Definitions for the test: cisiamo_test_definitions(<name> DEF...).
function(cisiamo_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    set(program tests_${folder})
    if(NOT TARGET ${program})
        add_executable(${program})
        target_link_libraries(${program} PRIVATE Qt6::Test test_support)
        set_target_properties(${program} PROPERTIES
            UNITY_BUILD_BATCH_SIZE ${CISIAMO_TEST_BATCH}
            CISIAMO_TESTS "")
        # (a deferred call's arguments are read when it runs: EVAL fixes them)
        cmake_language(EVAL CODE "cmake_language(DEFER CALL cisiamo_finish_test_program [[${program}]])")
    endif()
    set(main_source "")
    set(other_sources "")
    foreach(src IN LISTS ARG_SOURCES)
        get_filename_component(src_name "${src}" NAME)
        if(src_name STREQUAL "${name}.cpp")
            get_filename_component(main_source "${src}" ABSOLUTE)
        else()
            list(APPEND other_sources "${src}")
        endif()
    endforeach()
    if(NOT main_source)
        message(FATAL_ERROR "cisiamo_add_test(${name}): SOURCES must hold ${name}.cpp, the test's class and main")
    endif()
    # The application QTEST_MAIN makes, as in a program of its own.
    cisiamo_links_qt(widgets Widgets Qt6::Test test_support ${ARG_LIBS})
    cisiamo_links_qt(gui Gui Qt6::Test test_support ${ARG_LIBS})
    if(widgets)
        set(setup "QTEST_QAPP_SETUP(QApplication) QTEST_DISABLE_KEYPAD_NAVIGATION")
    elseif(gui)
        set(setup "QTEST_QAPP_SETUP(QGuiApplication)")
    else()
        set(setup "QTEST_QAPP_SETUP(QCoreApplication)")
    endif()
    # The test's file, its main() renamed, through a small generated file
    # (unity batches include these, so the renaming stays per test).
    set(wrapper "${CMAKE_CURRENT_BINARY_DIR}/${program}_sources/${name}.cpp")
    file(CONFIGURE OUTPUT "${wrapper}" @ONLY CONTENT [=[
// Generated by cisiamo_add_test() (cmake/CisiamoHelpers.cmake): the test
// @name@ inside the folder's test program, which calls its main().
#include <QtTest/QTest>
#undef QTEST_MAIN_SETUP
#define QTEST_MAIN_SETUP() @setup@
#define main cisiamo_test_main_@name@
#include "@main_source@"
#undef main
]=])
    set_source_files_properties("${main_source}" PROPERTIES HEADER_FILE_ONLY ON)
    target_sources(${program} PRIVATE "${wrapper}" "${main_source}" ${other_sources})
    target_link_libraries(${program} PRIVATE ${ARG_LIBS})
    set_property(TARGET ${program} APPEND PROPERTY CISIAMO_TESTS ${name})

    add_custom_target(${name})
    add_dependencies(${name} ${program} cisiamo)
    set_target_properties(${name} PROPERTIES CISIAMO_TEST_PROGRAM ${program})
    add_test(NAME ${name} COMMAND ${program} ${name})
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
endfunction()

# cisiamo_test_program(<out> <test>): the folder program that runs <test>.
function(cisiamo_test_program out name)
    get_target_property(program ${name} CISIAMO_TEST_PROGRAM)
    set(${out} ${program} PARENT_SCOPE)
endfunction()

# cisiamo_test_definitions(<test> DEF...): compile definitions for a test
# (given to its folder's program, so the name must not clash there).
function(cisiamo_test_definitions name)
    cisiamo_test_program(program ${name})
    target_compile_definitions(${program} PRIVATE ${ARGN})
endfunction()

# Called at the end of the folder's CMakeLists.txt: the program's main(),
# which runs the test named by its first argument, and its precompiled header.
function(cisiamo_finish_test_program program)
    get_target_property(tests ${program} CISIAMO_TESTS)
    set(declarations "")
    set(entries "")
    foreach(test IN LISTS tests)
        string(APPEND declarations "int cisiamo_test_main_${test}(int argc, char *argv[]);\n")
        string(APPEND entries "    {\"${test}\", &cisiamo_test_main_${test}},\n")
    endforeach()
    set(dispatcher "${CMAKE_CURRENT_BINARY_DIR}/${program}_sources/main.cpp")
    file(CONFIGURE OUTPUT "${dispatcher}" @ONLY CONTENT [=[
// Generated by cisiamo_add_test() (cmake/CisiamoHelpers.cmake): the main()
// of @program@, which runs one of its tests: @program@ <test> [QTest args].
// The test sees the arguments a program of its own would: argv[0] names
// the test (in this program's folder), then the QTest arguments.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

@declarations@
namespace {
struct Test { const char *name; int (*main)(int, char *[]); };
const Test tests[] = {
@entries@};
}

int main(int argc, char *argv[])
{
    if (argc >= 2) {
        for (const Test &test : tests) {
            if (std::strcmp(argv[1], test.name) != 0)
                continue;
            std::string self = argv[0];
            const std::string::size_type slash = self.rfind('/');
            std::string name = (slash == std::string::npos ? std::string() : self.substr(0, slash + 1)) + test.name;
            std::vector<char *> args;
            args.push_back(name.data());
            for (int i = 2; i < argc; ++i)
                args.push_back(argv[i]);
            args.push_back(nullptr);
            return test.main(int(args.size()) - 1, args.data());
        }
    }
    const int newline = 10; // (no backslash escapes in this template)
    std::fprintf(stderr, "usage: %s TEST [QTest arguments]%cTEST is one of:%c", argv[0], newline, newline);
    for (const Test &test : tests)
        std::fprintf(stderr, "  %s%c", test.name, newline);
    return 2;
}
]=])
    target_sources(${program} PRIVATE "${dispatcher}")
    set_source_files_properties("${dispatcher}" TARGET_DIRECTORY ${program}
        PROPERTIES SKIP_PRECOMPILE_HEADERS ON SKIP_UNITY_BUILD_INCLUSION ON)
    cisiamo_test_pch(${program})
endfunction()

# cisiamo_links_qt(<out> <Module> <target>...): whether any of the targets
# links Qt6::<Module>, directly or through the libraries it links.
function(cisiamo_links_qt out module)
    set(seen "")
    set(todo ${ARGN})
    while(todo)
        list(POP_FRONT todo item)
        # $<LINK_ONLY:x> and other generator expressions around a name
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" item "${item}")
        if(item STREQUAL "Qt6::${module}" OR item STREQUAL "Qt::${module}")
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
    cisiamo_links_qt(widgets Widgets ${libs})
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
