# Debian package: cpack -G DEB (from the build folder).
include(GNUInstallDirs)

install(FILES "${CMAKE_CURRENT_LIST_DIR}/linux/it.ccvmi.cisiamo.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/linux/it.ccvmi.cisiamo.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/icons/it.ccvmi.cisiamo.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

set(CPACK_PACKAGE_NAME "cisiamo")
set(CPACK_PACKAGE_VENDOR "CCV-MI")
set(CPACK_PACKAGE_CONTACT "CCV-MI sala operativa <sala.operativa@ccvmi.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Ci siAMO! - CCV-MI operations room (stock, deliveries, volunteers, tutoring)")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
# Shared-library dependencies are computed by dpkg-shlibdeps; the SQLite
# driver and the SVG plugins are loaded at run time and must be named.
# libsodium (passwords, encryption of callers' data) and libxlsxwriter
# (Excel files) are linked, so shlibdeps finds them too; they are named as
# well to make them explicit.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, fonts-dejavu-core, libsodium23, libxlsxwriter4")
include(CPack)
