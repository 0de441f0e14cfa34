# Debian packages (CPack DEB), included from the top-level CMakeLists.txt.
#
#   kasir          the program, its desktop entry and icon
#   kasir-browser  the embedded browser plugin (Qt WebEngine, ~200 MB of dependencies), which
#                  kasir recommends: without it the "Open here" button is absent and everything
#                  else works
#
# Build them with `cpack` in the build folder (scripts/check-deb.sh builds a release tree,
# packs, inspects and installs them into a clean Debian 12 chroot). Runtime dependencies are
# Debian 12 package names (checked with apt-cache) plus what dpkg-shlibdeps finds.

include(GNUInstallDirs)

# --- what the packages hold -------------------------------------------------------------------
# The executable is installed by app/CMakeLists.txt (component "Unspecified"), the plugin by
# ui/browser/CMakeLists.txt (component "Browser").
install(FILES ${CMAKE_CURRENT_LIST_DIR}/packaging/kasir.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
        COMPONENT Unspecified)
if(EXISTS ${PROJECT_SOURCE_DIR}/resources/icons/kasir.svg)
    set(_kasir_icon ${PROJECT_SOURCE_DIR}/resources/icons/kasir.svg)
else()
    set(_kasir_icon ${CMAKE_CURRENT_LIST_DIR}/packaging/kasir-fallback.svg)
endif()
install(FILES ${_kasir_icon}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME kasir.svg
        COMPONENT Unspecified)
install(FILES ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/kasir
        COMPONENT Unspecified)

# --- package metadata -------------------------------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "kasir")
set(CPACK_PACKAGE_VENDOR "Kasir")
set(CPACK_PACKAGE_CONTACT "Kasir maintainers <maintainers@kasir.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL Unspecified Browser)
if(NOT KASIR_WITH_WEBENGINE)
    set(CPACK_COMPONENTS_ALL Unspecified)
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

# kasir
set(CPACK_DEBIAN_UNSPECIFIED_PACKAGE_NAME "kasir")
set(CPACK_DEBIAN_UNSPECIFIED_PACKAGE_SECTION "misc")
set(CPACK_COMPONENT_UNSPECIFIED_DESCRIPTION
    "Point of sale for Indonesian store counters selling on credit through Faspay
 Kasir sells on credit through Faspay's online-credit channels (Kredivo,
 Akulaku, Indodana, BRI Ceria): the customer scans a QR code or uses the
 embedded browser, Kasir follows the payment until it is settled, prints the
 receipt and keeps a journal that survives crashes. It has a training mode
 with an embedded practice gateway, and headless commands for scripts.")
# Qt plugins are not seen by dpkg-shlibdeps: the SQLite driver (journal), the xcb platform
# plugin (the window), the SVG icon engine. libqt6keychain1 loads libsecret at run time.
set(CPACK_DEBIAN_UNSPECIFIED_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4.2), libqt6gui6 (>= 6.4.2), libqt6widgets6 (>= 6.4.2), libqt6network6 (>= 6.4.2), libqt6sql6 (>= 6.4.2), libqt6sql6-sqlite (>= 6.4.2), libqt6httpserver6 (>= 6.4.2), libqt6websockets6 (>= 6.4.2), libqt6printsupport6 (>= 6.4.2), libqt6svg6 (>= 6.4.2), libqt6dbus6 (>= 6.4.2), qt6-qpa-plugins (>= 6.4.2), libqrencode4 (>= 4.1), libqt6keychain1 (>= 0.13), libssl3 (>= 3.0)")
set(CPACK_DEBIAN_UNSPECIFIED_PACKAGE_RECOMMENDS
    "kasir-browser, libsecret-1-0, qt6-translations-l10n, fonts-dejavu-core")
set(CPACK_DEBIAN_UNSPECIFIED_PACKAGE_SUGGESTS "gnome-keyring, cups")

# kasir-browser
set(CPACK_DEBIAN_BROWSER_PACKAGE_NAME "kasir-browser")
set(CPACK_DEBIAN_BROWSER_PACKAGE_SECTION "misc")
set(CPACK_COMPONENT_BROWSER_DESCRIPTION
    "embedded lender-page browser for Kasir (Qt WebEngine)
 The \"Open here\" browser of Kasir's payment screen: the lender's page in a
 hardened Qt WebEngine view (its own off-the-record profile, only the gateway's
 and lenders' hosts, no file access, certificate errors refused). Kasir loads it
 only when it is first used.")
set(CPACK_DEBIAN_BROWSER_PACKAGE_DEPENDS
    "kasir (= ${PROJECT_VERSION}), libqt6webenginewidgets6 (>= 6.4.2), libqt6webenginecore6 (>= 6.4.2)")

include(CPack)
