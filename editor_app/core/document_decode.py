"""A page's bytes as text: UTF-8, UTF-16 or UTF-32 as they are, legacy text with a note,
binary data read-only; the encoding and byte-order mark are kept to write the text back."""

from __future__ import annotations

from dataclasses import dataclass

_BOMS = (  # longest first: the UTF-32 little-endian mark starts like UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Why bytes are not text, in plain words; a command that cannot use such a file at all says
# this and what it cannot do, the window adds that the file opens read-only.
NOT_TEXT = (
    "This file does not look like text (it may be a picture, a file from another program, or "
    "text in an encoding that cannot be recognised)"
)
# Zero bytes: text never holds them (a picture, a program's file, or bytes pasted in).
ZERO_BYTES = "This file holds binary data, not text (it contains zero bytes, which text never does)"
_READ_ONLY = ", so it opens read-only: nothing in it can be changed here."
BINARY_REASON = NOT_TEXT + _READ_ONLY
ZERO_BYTES_REASON = ZERO_BYTES + _READ_ONLY


@dataclass
class DecodedText:
    """A page's bytes as text: how they were decoded, so saving writes them back the same."""

    text: str
    encoding: str  # the codec that writes the text back ("utf-8", "utf-16-le", "cp1252"...)
    bom: bytes  # the byte-order mark found (and written back), b"" without one
    note: str | None  # set when the bytes were not valid UTF-8/16 and a fallback was used
    not_text: str | None  # why the bytes are not text (binary data: shown, never rewritten)

    @property
    def read_only_reason(self) -> str | None:
        """Why the file opens read-only (binary data), or None."""
        return None if self.not_text is None else self.not_text + _READ_ONLY


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 codec for text written without a byte-order mark, or None.

    Such text has a zero byte beside nearly every Latin character, on one side only.
    """
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= half * 0.3 and even == 0:
        return "utf-16-le"
    if even >= half * 0.3 and odd == 0:
        return "utf-16-be"
    return None


utf16_without_bom = _utf16_without_bom  # for the checks, which read pages as the editor does


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([c])) for c in range(32) if c not in (9, 10, 12, 13, 27))
    if controls > len(sample) // 20:
        return True
    # Text in a legacy Western encoding is mostly ASCII; bytes that are mostly not are data,
    # or text in an encoding we cannot know: either way, not to be rewritten.
    ascii_text = len(sample) - len(sample.translate(None, bytes(range(32, 127)) + b"\t\n\r"))
    return ascii_text < len(sample) * 0.7


def decode_page(data: bytes) -> DecodedText:
    """Text for raw page bytes; never fails (any bytes open). Text holding a zero character
    (a NUL byte in UTF-8) is binary data: read-only (`ZERO_BYTES_REASON`)."""
    decoded = _decode_page(data)
    if decoded.not_text is None and "\x00" in decoded.text:
        decoded.not_text = ZERO_BYTES
    return decoded


def _decode_page(data: bytes) -> DecodedText:
    """Text for raw page bytes; never fails (any bytes open).

    UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 (with a mark, or UTF-16
    without one) are read as they are and written back the same. Other bytes are read as
    Windows-1252 (else Latin-1) with a note; binary data also gets a read-only reason, so a
    picture named `.md` is never rewritten as text.
    """
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            try:
                return DecodedText(data[len(mark) :].decode(encoding), encoding, mark, None, None)
            except UnicodeDecodeError:
                if encoding == "utf-8":
                    break  # a UTF-8 mark on a file with other bytes: the fallback below
    encoding16 = _utf16_without_bom(data)
    if encoding16 is not None:
        try:
            text = data.decode(encoding16)
        except UnicodeDecodeError:
            text = None
        if text is not None and "\x00" not in text:
            return DecodedText(text, encoding16, b"", None, None)
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    raw = data[len(bom) :]
    try:
        return DecodedText(raw.decode("utf-8"), "utf-8", bom, None, None)
    except UnicodeDecodeError as exc:
        where = f"byte 0x{raw[exc.start]:02X} at position {exc.start + len(bom)}"
    not_text = NOT_TEXT if _looks_binary(raw) else None
    for encoding, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        note = f"This file is not valid UTF-8 ({where}); it was read as {label}."
        return DecodedText(text, encoding, bom, note, not_text)
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover
