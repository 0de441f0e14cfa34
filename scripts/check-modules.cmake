# The module graph of core/, checked on every build (cmake -DKASIR_SOURCE_DIR=... -P this file).
#
# Each core module is a folder of core/. KASIR_MODULE_<name> lists the other modules whose headers
# it includes, exactly: an include that is not listed fails the build (so a cycle cannot come
# back), and a listed module that is no longer included fails it too (so this list, and the graph
# drawn from it in docs/design.md, always say what the code does). The graph has no cycle: a new
# edge that would close one must be refused here, in review, not worked around.
#
# ui/ and app/ sit above core: core includes neither. ui/ is display code and may read everything
# in core except what writes attempts, reaches the database or talks to Faspay
# (KASIR_UI_FORBIDDEN); only app/ (the composition root) wires the engine and the sandbox.

cmake_minimum_required(VERSION 3.22)

set(KASIR_MODULES common money cart customer order faspay config attempt catalog journal qr net
    receipt staff payment engine sandbox)
set(KASIR_MODULE_common "")
set(KASIR_MODULE_money "")
set(KASIR_MODULE_cart common money)
set(KASIR_MODULE_customer common)
set(KASIR_MODULE_order cart common customer)
set(KASIR_MODULE_faspay common money order)
set(KASIR_MODULE_config common faspay receipt)
set(KASIR_MODULE_attempt money order)
set(KASIR_MODULE_catalog cart common money)
set(KASIR_MODULE_journal attempt cart catalog common)
set(KASIR_MODULE_qr "")
set(KASIR_MODULE_net "")
set(KASIR_MODULE_receipt attempt cart common faspay journal money order qr)
set(KASIR_MODULE_staff common config journal)
set(KASIR_MODULE_payment attempt common faspay journal money net order)
set(KASIR_MODULE_engine common faspay journal payment receipt staff)
set(KASIR_MODULE_sandbox common faspay money net)

# Headers of core that ui/ must not include (prefixes).
set(KASIR_UI_FORBIDDEN core/journal/journal.h core/journal/journaldatabase.h core/journal/sql
    core/journal/stores.h core/sandbox/
    core/faspay/faspayclient.h core/payment/endofdayreconciler.h)

if(NOT KASIR_SOURCE_DIR)
    message(FATAL_ERROR "check-modules.cmake: pass -DKASIR_SOURCE_DIR=<repository>")
endif()

set(_errors "")
set(_used "")
file(GLOB_RECURSE _files RELATIVE "${KASIR_SOURCE_DIR}"
    "${KASIR_SOURCE_DIR}/core/*.h" "${KASIR_SOURCE_DIR}/core/*.cpp"
    "${KASIR_SOURCE_DIR}/ui/*.h" "${KASIR_SOURCE_DIR}/ui/*.cpp")
foreach(_file IN LISTS _files)
    file(STRINGS "${KASIR_SOURCE_DIR}/${_file}" _lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    string(REGEX MATCH "^[^/]+" _top "${_file}")
    set(_module "")
    if(_top STREQUAL "core")
        string(REGEX MATCH "^core/([^/]+)/" _m "${_file}")
        set(_module "${CMAKE_MATCH_1}")
        if(_module STREQUAL "" OR NOT _module IN_LIST KASIR_MODULES)
            continue() # core/kasirversion.h.in and the like
        endif()
    endif()
    foreach(_line IN LISTS _lines)
        string(REGEX MATCH "\"([^\"]+)\"" _m "${_line}")
        set(_target "${CMAKE_MATCH_1}")
        if(_top STREQUAL "core")
            if(_target MATCHES "^(ui|app|tests)/")
                list(APPEND _errors "${_file}: core must not include ${_target}")
            elseif(_target MATCHES "^core/([^/]+)/")
                set(_to "${CMAKE_MATCH_1}")
                if(NOT _to STREQUAL _module)
                    if(_to IN_LIST KASIR_MODULE_${_module})
                        list(APPEND _used "${_module}>${_to}")
                    else()
                        list(APPEND _errors
                            "${_file}: core/${_module} may not include ${_target} (core/${_to} is not in its list in scripts/check-modules.cmake)")
                    endif()
                endif()
            endif()
        else() # ui
            if(_target MATCHES "^(app|tests)/")
                list(APPEND _errors "${_file}: ui must not include ${_target}")
            endif()
            foreach(_forbidden IN LISTS KASIR_UI_FORBIDDEN)
                string(FIND "${_target}" "${_forbidden}" _at)
                if(_at EQUAL 0)
                    list(APPEND _errors "${_file}: ui must not include ${_target} (a write, database or Faspay API)")
                endif()
            endforeach()
        endif()
    endforeach()
endforeach()

foreach(_module IN LISTS KASIR_MODULES)
    foreach(_to IN LISTS KASIR_MODULE_${_module})
        if(NOT "${_module}>${_to}" IN_LIST _used)
            list(APPEND _errors
                "core/${_module} no longer includes core/${_to}: remove it from its list in scripts/check-modules.cmake and from docs/design.md")
        endif()
    endforeach()
endforeach()

# docs/design.md draws the same graph, one line per module: "- `journal` → attempt, cart, ...".
file(READ "${KASIR_SOURCE_DIR}/docs/design.md" _design)
foreach(_module IN LISTS KASIR_MODULES)
    list(JOIN KASIR_MODULE_${_module} ", " _deps)
    if(_deps STREQUAL "")
        set(_deps "—")
    endif()
    set(_line "- `${_module}` → ${_deps}\n")
    string(FIND "${_design}" "${_line}" _at)
    if(_at EQUAL -1)
        string(STRIP "${_line}" _line)
        list(APPEND _errors "docs/design.md does not draw the module graph as built: expected the line \"${_line}\"")
    endif()
endforeach()

if(_errors)
    list(JOIN _errors "\n  " _text)
    message(FATAL_ERROR "Module graph broken:\n  ${_text}")
endif()
