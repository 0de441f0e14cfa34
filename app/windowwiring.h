#pragma once

#include <QString>

class QWidget;

namespace kasir {

class AppContext;
struct AppSettings;
struct KeychainAnswer;
class MainWindow;

// Reads the Faspay password of the saved merchant from the system keychain, waiting at most a
// few seconds (the window is not shown yet): the password, or for a production set-up why it
// could not be read (then Kasir runs with payments off). Nothing for training or when
// KASIR_FASPAY_PASSWORD is set.
KeychainAnswer readKeychainPasswordAtStart(const AppSettings &settings);

// Connects the back-office windows (settings, history, end of day) and the system printer to
// the cashier window. Everything it creates is owned by `window`.
void wireBackOffice(MainWindow *window, AppContext *context);

} // namespace kasir
