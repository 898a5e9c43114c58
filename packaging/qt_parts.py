"""Which parts of the Qt wheel the packaged app leaves out: the ones it never loads.

Used by `editor-app.spec`. The app is Qt Widgets with QtWebEngine for the preview; the wheel
also carries Qt Quick, QML modules, Qt 3D, Charts, Multimedia... and PyInstaller's hooks would
bundle much of it (the Linux folder was 690 MB, 450 MB without them).
"""

from __future__ import annotations

# Python modules of PySide6 the app never imports. QtWebEngine links Qt Quick, Qml, OpenGL
# and Positioning, so their *libraries* still come along as its dependencies, but PyInstaller's
# hook for the PySide6.QtQml *module* would add every QML module of the wheel and the Qt
# libraries those load (Quick 3D, Charts, Graphs, Multimedia, Location...).
UNUSED_PYSIDE6_MODULES = (
    "PySide6.Qt3DCore", "PySide6.QtQuick3D", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.QtMultimedia", "PySide6.QtBluetooth", "PySide6.QtSerialPort", "PySide6.QtSql",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPositioning", "PySide6.QtDBus",
    "PySide6.QtWebEngineQuick", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtTest",
)

# Qt plugins for devices and uses the window has not, and the libraries only they load:
# embedded screens without a desktop (eglfs, linuxfb, vnc, Vulkan display) and their input,
# QML debugging, geolocation (the preview asks for none), the on-screen keyboard (a Qt Quick
# one), PDF files read as pictures (the preview shows none). Paths inside PySide6/Qt/.
UNUSED_QT_PARTS = (
    "qml/",
    "plugins/qmltooling/", "plugins/egldeviceintegrations/", "plugins/generic/",
    "plugins/position/", "plugins/platforms/libqeglfs.so", "plugins/platforms/libqlinuxfb.so",
    "plugins/platforms/libqvnc.so", "plugins/platforms/libqvkkhrdisplay.so",
    "plugins/platforms/libqminimalegl.so", "lib/libQt6EglFSDeviceIntegration.",
    "lib/libQt6EglFsKmsSupport.", "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "lib/libQt6VirtualKeyboard", "plugins/imageformats/libqpdf.so", "lib/libQt6Pdf.",
    # The preview opens no developer tools.
    "resources/qtwebengine_devtools_resources.pak",
)

# Qt Quick and Qml: QtWebEngine links them; without it (a build with the text preview) only
# the virtual keyboard plugin above did.
WEB_ONLY_QT_PARTS = ("lib/libQt6Quick.", "lib/libQt6Qml")

# Chromium's own strings (error pages): the app is in English, and Chromium falls back to
# en-US when the user's language has no file.
KEPT_WEBENGINE_LOCALE = "translations/qtwebengine_locales/en-US.pak"


def unused_entry(entry: tuple[str, str, str], with_web: bool = True) -> bool:
    """True for an entry of PyInstaller's lists (dest, source, kind) the app never loads; a
    link beside the app's libraries to such a file goes with it (it would point nowhere)."""
    dest, source, kind = entry
    if kind == "SYMLINK":
        return unused_qt_file(dest, with_web) or unused_qt_file(source, with_web)
    return unused_qt_file(dest, with_web)


def unused_qt_file(dest: str, with_web: bool = True) -> bool:
    """True for a file of the bundle (its path inside it) that the app never loads (built with
    QtWebEngine for the preview, or without)."""
    path = dest.replace("\\", "/")
    # Qt's folder in the wheel: PySide6/Qt/ on Linux and macOS, PySide6/ itself on Windows.
    for qt in ("PySide6/Qt/", "PySide6/"):
        if path.startswith(qt):
            path = path[len(qt):]
            break
    else:
        return False
    if path.startswith("translations/"):
        # Qt's own .qm files: the app installs no Qt translator.
        return path != KEPT_WEBENGINE_LOCALE
    return path.startswith(UNUSED_QT_PARTS) or (not with_web and path.startswith(WEB_ONLY_QT_PARTS))
