# Debian package: cpack -G DEB (from the build folder); scripts/package.sh
# builds it and runs lintian. tests/packaging/check_package.sh checks it.
include(GNUInstallDirs)

install(FILES "${CMAKE_CURRENT_LIST_DIR}/linux/it.ccvmi.cisiamo.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/linux/it.ccvmi.cisiamo.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/icons/it.ccvmi.cisiamo.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

# The copyright (DEP-5: the program and the sources of the reference data),
# the Debian changelog and the manual page. The last two are installed
# gzipped with -n (no name or time stamp: the same bytes on every build).
set(debian_dir "${CMAKE_CURRENT_LIST_DIR}/debian")
set(gzipped_dir "${CMAKE_BINARY_DIR}/packaging")
set(gzipped)
foreach(file changelog cisiamo.1)
    add_custom_command(OUTPUT "${gzipped_dir}/${file}.gz"
        COMMAND ${CMAKE_COMMAND} -E copy "${debian_dir}/${file}" "${gzipped_dir}/${file}"
        COMMAND gzip -9nf "${gzipped_dir}/${file}"
        DEPENDS "${debian_dir}/${file}"
        VERBATIM)
    list(APPEND gzipped "${gzipped_dir}/${file}.gz")
endforeach()
add_custom_target(debian_documents ALL DEPENDS ${gzipped})
set(doc_dir "${CMAKE_INSTALL_DATADIR}/doc/cisiamo")
install(FILES "${debian_dir}/copyright" "${gzipped_dir}/changelog.gz" DESTINATION "${doc_dir}")
install(FILES "${gzipped_dir}/cisiamo.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

set(CPACK_PACKAGE_NAME "cisiamo")
set(CPACK_PACKAGE_VENDOR "CCV-MI")
set(CPACK_PACKAGE_CONTACT "CCV-MI sala operativa <sala.operativa@ccvmi.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Ci siAMO! - CCV-MI operations room (stock, deliveries, volunteers, tutoring)")
# The extended description (CPack prepends the summary line and formats the
# paragraphs for the control file).
set(CPACK_PACKAGE_DESCRIPTION [=[
Ci siAMO! is the program of the operations room of the CCV-MI, the
coordination of the civil-protection volunteer organisations of the
Metropolitan City of Milan. It keeps the warehouse of donated food and
protective equipment, the deliveries to the comuni, the volunteers and their
activations, the study-support bookings and the listening service, with
printable reports, open-data exports and an offline map of the 133 comuni.

Each workstation keeps its data in a SQLite database and works without a
network; workstations exchange their changes through shared folders. Every
action is checked against the person's role and recorded in an audit log.

The window (in Italian or English) and the command line run the same
commands; the command line is described in cisiamo(1).]=])
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
# Directories 0755 whatever the umask; control files 0644.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Shared libraries (Qt, libsodium, SQLite, zlib, libxlsxwriter...) are found by
# dpkg-shlibdeps. Named here only what the binary does not link but loads or
# uses at run time: the SQLite driver and the SVG plugins (icons), Qt's own
# translations (qtbase_it.qm: Undo, Cut, Paste in Italian), the report font.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, fonts-dejavu-core")
include(CPack)
