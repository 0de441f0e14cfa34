#pragma once

#include <QString>

class QWidget;

namespace kasir {

class AppContext;
struct AppSettings;
class MainWindow;

// Reads the Faspay password of the saved merchant from the system keychain, waiting at most a
// few seconds (the window is not shown yet). Empty when there is none or no keychain.
QString readKeychainPasswordAtStart(const AppSettings &settings);

// Connects the back-office windows (settings, history, end of day) and the system printer to
// the cashier window. Everything it creates is owned by `window`.
void wireBackOffice(MainWindow *window, AppContext *context);

} // namespace kasir
