#pragma once

// A main() for tests that need a real X server (Qt WebEngine does not render on the offscreen
// platform, and `import -window root` needs a screen). When no DISPLAY is set, the test
// re-executes itself under `xvfb-run -a` (a private Xvfb on a free display number); the child
// runs on the xcb platform. Chromium gets --disable-gpu and --no-sandbox (tests run as root;
// QTWEBENGINE_DISABLE_SANDBOX=1 is set by kasir_add_test too).

#include <QApplication>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace kasir::testsupport {

inline void reexecUnderXvfbIfNeeded(int argc, char **argv)
{
    const char *display = std::getenv("DISPLAY");
    if (std::getenv("KASIR_UNDER_XVFB") || (display && *display))
        return;
    ::setenv("KASIR_UNDER_XVFB", "1", 1);
    std::vector<char *> args;
    args.push_back(const_cast<char *>("xvfb-run"));
    args.push_back(const_cast<char *>("-a"));
    args.push_back(const_cast<char *>("-s"));
    args.push_back(const_cast<char *>("-screen 0 1366x900x24 -nolisten tcp"));
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    ::execvp("xvfb-run", args.data());
    std::fprintf(stderr, "xvfb-run could not be started (%s): running without a display\n",
                 std::strerror(errno));
}

inline void prepareGuiTestEnvironment(int argc, char **argv)
{
    reexecUnderXvfbIfNeeded(argc, argv);
    if (std::getenv("KASIR_UNDER_XVFB"))
        ::setenv("QT_QPA_PLATFORM", "xcb", 1);
    ::setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox", 0);
    ::setenv("QTWEBENGINE_DISABLE_SANDBOX", "1", 0);
    // Qt WebEngine is loaded from a plugin after QApplication exists: it needs shared contexts.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

} // namespace kasir::testsupport

#define KASIR_GUI_TEST_MAIN(TestObject)                                                            \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        kasir::testsupport::prepareGuiTestEnvironment(argc, argv);                                 \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
