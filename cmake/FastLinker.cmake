# The linker. CI links about 140 test executables twice (build/ and
# build-asan/): GNU ld spends most of that time reading Qt's and our static
# libraries, LLVM's lld does the same work in a fraction of it (HACKING.md,
# "Build and test time"). scripts/install-deps.sh installs lld; where it is
# missing the build falls back to the compiler's default linker.
#   -DCISIAMO_LINKER=auto   lld when the compiler can use it (default)
#   -DCISIAMO_LINKER=lld    lld, or fail
#   -DCISIAMO_LINKER=mold   mold, or fail
#   -DCISIAMO_LINKER=default  the compiler's default (GNU ld)
set(CISIAMO_LINKER "auto" CACHE STRING "Linker: auto (lld when available), lld, mold or default")
set_property(CACHE CISIAMO_LINKER PROPERTY STRINGS auto lld mold default)

include(CheckLinkerFlag)
if(CISIAMO_LINKER STREQUAL "auto")
    check_linker_flag(CXX "-fuse-ld=lld" CISIAMO_HAVE_LLD)
    if(CISIAMO_HAVE_LLD)
        set(cisiamo_linker lld)
    else()
        message(STATUS "Linker: lld not found, the compiler's default (apt install lld for a quicker link)")
    endif()
elseif(CISIAMO_LINKER MATCHES "^(lld|mold)$")
    check_linker_flag(CXX "-fuse-ld=${CISIAMO_LINKER}" CISIAMO_HAVE_${CISIAMO_LINKER})
    if(NOT CISIAMO_HAVE_${CISIAMO_LINKER})
        message(FATAL_ERROR "CISIAMO_LINKER=${CISIAMO_LINKER}: the compiler cannot link with it (not installed?)")
    endif()
    set(cisiamo_linker ${CISIAMO_LINKER})
elseif(NOT CISIAMO_LINKER STREQUAL "default")
    message(FATAL_ERROR "CISIAMO_LINKER must be auto, lld, mold or default, not '${CISIAMO_LINKER}'")
endif()
if(cisiamo_linker)
    add_link_options(-fuse-ld=${cisiamo_linker})
    message(STATUS "Linker: ${cisiamo_linker}")
endif()
