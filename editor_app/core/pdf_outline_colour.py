"""Bold words outlined for want of a bold face (`pdf_script_fonts`), each outline in its own
words' colour: fpdf2 sets a word's fill colour in a line, never the outline's, so a line
mixing colours (a bold link among bold words) had one outline colour for all."""

from __future__ import annotations

from typing import Any

from fpdf.drawing_primitives import DeviceGray, DeviceRGB


class _FillAndStroke(str):
    """A colour's PDF operator for the fill that, lowered as fpdf2 does for a word's colour
    in a line, sets the outline (stroke) to the same colour too."""

    def lower(self) -> str:  # type: ignore[override]
        return f"{str.lower(self)} {str.upper(self)}"


class _OutlinedRGB(DeviceRGB):
    __slots__ = ()

    def serialize(self) -> str:
        return _FillAndStroke(DeviceRGB.serialize(self))


class _OutlinedGray(DeviceGray):
    __slots__ = ()

    def serialize(self) -> str:
        return _FillAndStroke(DeviceGray.serialize(self))


COLOURS = (DeviceRGB, DeviceGray)  # the words' colours an outline can take


def outlined_too(colour: Any) -> Any:
    """The words' colour, set for their outline as well where fpdf2 sets it for the fill."""
    if isinstance(colour, (_OutlinedRGB, _OutlinedGray)):
        return colour
    if isinstance(colour, DeviceRGB):
        return _OutlinedRGB(colour.r, colour.g, colour.b, colour.a)
    return _OutlinedGray(colour.g, colour.a)
