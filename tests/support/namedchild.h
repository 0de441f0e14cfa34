#pragma once

// Tests reach a window's parts by their object names, as a user reaches them by what they show,
// not through accessors kept only for tests.

#include <QObject>
#include <QString>

namespace kasir::test {

// The descendant of `parent` named `name` (QObject::objectName) of type T; the test stops when
// there is none, since every later step would only crash.
template<class T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

} // namespace kasir::test
