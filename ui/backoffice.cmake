# The back-office half of kasir_ui (settings, history, end of day, printing, customer display)
# and the embedded browser's loader. Included from ui/CMakeLists.txt.

# Where the browser plugin is built and installed, and where the loader looks for it relative
# to the executable (BrowserPaneFactory::searchPaths()).
set(KASIR_PLUGIN_BUILD_DIR ${PROJECT_BINARY_DIR}/plugins)
set(KASIR_PLUGIN_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/kasir)
file(RELATIVE_PATH _kasir_plugin_rel
    ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}
    ${CMAKE_INSTALL_PREFIX}/${KASIR_PLUGIN_INSTALL_DIR})

target_sources(kasir_ui PRIVATE
    browserpane.cpp browserpane.h
    browser/browserengine.h
    customerdisplay.cpp customerdisplay.h
    receiptprinter.cpp receiptprinter.h
    settingsdialog.cpp settingsdialog.h settingspages.cpp
    supervisordialog.cpp supervisordialog.h
    historymodel.cpp historymodel.h
    historywindow.cpp historywindow.h
    endofdaydialog.cpp endofdaydialog.h
    systemreceiptoutput.cpp systemreceiptoutput.h
)
set_source_files_properties(browserpane.cpp PROPERTIES COMPILE_DEFINITIONS
    "KASIR_WITH_WEBENGINE=$<BOOL:${KASIR_WITH_WEBENGINE}>;KASIR_PLUGIN_BUILD_DIR=\"${KASIR_PLUGIN_BUILD_DIR}\";KASIR_PLUGIN_RELATIVE_DIR=\"${_kasir_plugin_rel}\"")

if(KASIR_WITH_WEBENGINE)
    add_subdirectory(browser)
endif()
