# Debian's hardening flags, from dpkg-buildflags, for the tree the package is
# built from (scripts/build.sh turns it on for build/): fortify, stack
# protector, relro, bind-now (hardening=+all); PIE is Debian's compiler
# default, and tests/packaging/check_package.sh checks all five on the binary.
# The optimisation level stays the build type's and debug information is
# left out (-g -O2 stripped): cpack strips the binary anyway, and the build
# costs what it cost before. File paths are not remapped
# (reproducible=-fixfilepath,-fixdebugpath): QFINDTESTDATA finds test data through
# __FILE__. Developer trees (Debug) leave it off; in a Debug build it is ignored.
option(CISIAMO_DEBIAN_BUILDFLAGS "Compile and link with Debian's hardening flags (dpkg-buildflags)" OFF)
# CISIAMO_DEBIAN_BUILDFLAGS_APPLIED tells the packaging test whether to
# require them on the binary.
set(CISIAMO_DEBIAN_BUILDFLAGS_APPLIED OFF)
if(CISIAMO_DEBIAN_BUILDFLAGS AND CMAKE_BUILD_TYPE STREQUAL "Debug")
    # A tree scripts/build.sh configured, reconfigured as Debug: the option
    # stays in the cache but does nothing (_FORTIFY_SOURCE needs optimisation).
    message(STATUS "Debian build flags: not applied to a Debug build")
elseif(CISIAMO_DEBIAN_BUILDFLAGS)
    find_program(DPKG_BUILDFLAGS dpkg-buildflags REQUIRED)
    set(debian_flags_env
        "DEB_BUILD_MAINT_OPTIONS=hardening=+all reproducible=-fixfilepath,-fixdebugpath"
        "DEB_CFLAGS_MAINT_STRIP=-g -O2"
        "DEB_CXXFLAGS_MAINT_STRIP=-g -O2")
    foreach(kind CPPFLAGS CXXFLAGS LDFLAGS)
        execute_process(
            COMMAND ${CMAKE_COMMAND} -E env ${debian_flags_env} ${DPKG_BUILDFLAGS} --get ${kind}
            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
            OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE
            COMMAND_ERROR_IS_FATAL ANY)
        separate_arguments(flags UNIX_COMMAND "${flags}")
        set(DEBIAN_${kind} ${flags})
    endforeach()
    add_compile_options(${DEBIAN_CPPFLAGS} ${DEBIAN_CXXFLAGS})
    add_link_options(${DEBIAN_LDFLAGS})
    set(CISIAMO_DEBIAN_BUILDFLAGS_APPLIED ON)
    message(STATUS "Debian build flags: ${DEBIAN_CPPFLAGS} ${DEBIAN_CXXFLAGS} | ${DEBIAN_LDFLAGS}")
endif()
