"""The packaged app leaves out the parts of the Qt wheel it never loads, and only those."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _qt_parts():
    spec = importlib.util.spec_from_file_location("qt_parts", ROOT / "packaging/qt_parts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_left_out_module_is_imported_by_the_app():
    used = set()
    for source in (ROOT / "editor_app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    left_out = {name.removeprefix("PySide6.") for name in _qt_parts().UNUSED_PYSIDE6_MODULES}
    assert used, "the app's Qt imports were not found"
    assert not used & left_out


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",  # QtWebEngine links it
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/libexec/QtWebEngineProcess",
        "PySide6/Qt/resources/qtwebengine_resources.pak",
        "PySide6/Qt/resources/icudtl.dat",
        "PySide6/Qt/translations/qtwebengine_locales/en-US.pak",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/translations/qtwebengine_locales/en-US.pak",
        "resources/guide/index.html",
        "libpython3.11.so.1.0",
    ],
)
def test_what_the_window_needs_is_kept(dest):
    assert not _qt_parts().unused_qt_file(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/qml/QtQuick3D/libqquick3dplugin.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtwebengine_locales/de.pak",
        "PySide6/Qt/resources/qtwebengine_devtools_resources.pak",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6\\translations\\qt_fr.qm",
    ],
)
def test_what_it_never_loads_is_left_out(dest):
    assert _qt_parts().unused_qt_file(dest)


def _needed_qt_libraries(binary: Path) -> list[str]:
    dynamic = subprocess.run(
        ["readelf", "-d", str(binary)], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"\(NEEDED\).*\[(libQt6\w+\.so\.6)\]", dynamic)


def test_a_link_to_a_left_out_library_goes_with_it():
    parts = _qt_parts()
    link = ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK")
    assert parts.unused_entry(link)
    kept = ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK")
    assert not parts.unused_entry(kept)
    assert not parts.unused_entry(("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"))


# The plugin folders PyInstaller's hooks for the app's Qt modules bundle (seen in a build).
BUNDLED_PLUGIN_FOLDERS = (
    "iconengines", "imageformats", "networkinformation", "platforminputcontexts", "platforms",
    "platformthemes", "printsupport", "tls", "wayland-decoration-client",
    "wayland-graphics-integration-client", "wayland-shell-integration", "xcbglintegrations",
    "egldeviceintegrations", "generic", "position", "qmltooling",
)


@pytest.mark.parametrize("with_web", [True, False])
def test_every_library_a_kept_part_links_is_kept(with_web: bool):
    """The app's Qt modules and the kept plugins, and every Qt library they link in turn
    (as PyInstaller follows them): none is left out, else it would not load at all."""
    import PySide6

    package = Path(PySide6.__file__).parent
    qt = package / "Qt"
    if not sys.platform.startswith("linux") or not (qt / "lib").is_dir():
        pytest.skip("the Linux wheel's layout")
    if shutil.which("readelf") is None:
        pytest.skip("readelf (binutils) is not installed")
    parts = _qt_parts()
    used = set()
    for source in (ROOT / "editor_app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    if not with_web:
        used = {name for name in used if not name.startswith("QtWebEngine")}
    waiting = [path for name in used for path in package.glob(f"{name}.*.so")]
    waiting += [
        path
        for folder in BUNDLED_PLUGIN_FOLDERS
        for path in (qt / "plugins" / folder).glob("*.so")
        if not parts.unused_qt_file(f"PySide6/Qt/{path.relative_to(qt).as_posix()}", with_web)
    ]
    assert len(waiting) > len(used)
    seen: set[str] = set()
    broken = []
    while waiting:
        binary = waiting.pop()
        for needed in _needed_qt_libraries(binary):
            if parts.unused_qt_file(f"PySide6/Qt/lib/{needed}", with_web):
                broken.append(f"{binary.name} needs {needed}")
            elif needed not in seen:
                seen.add(needed)
                waiting.append(qt / "lib" / needed)
    assert ("libQt6WebEngineCore.so.6" in seen) == with_web
    assert not broken


def test_a_build_without_the_web_preview_leaves_qt_quick_out_too():
    parts = _qt_parts()
    assert parts.unused_qt_file("PySide6/Qt/lib/libQt6Quick.so.6", with_web=False)
    assert parts.unused_qt_file("PySide6/Qt/lib/libQt6QmlModels.so.6", with_web=False)
    assert not parts.unused_qt_file("PySide6/Qt/lib/libQt6OpenGL.so.6", with_web=False)
