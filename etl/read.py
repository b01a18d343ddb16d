"""Stage 1, read: bytes to text.

Pages arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK from older
archives. GB18030 maps almost any byte string to *some* characters, so a failed UTF-8 decode
cannot simply fall through to it: random bytes would become a page of rare ideographs and
pollute the knowledge base. The GB18030 branch is therefore only taken when the bytes look like
real Chinese text (most double-byte characters in the GB2312 area, where everyday hanzi and
Chinese punctuation live). Anything else is rejected with a reason a person can act on.
"""
from __future__ import annotations

import codecs
import re


class ReadError(ValueError):
    """A document that cannot be turned into text; the message is the reason users see."""


_BOMS = (  # longest first: the UTF-32 LE BOM begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of files people commonly drop into a text folder by mistake: naming the format
# makes the failure reason useful ("this is a PDF") instead of a decoding error.
_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "an executable"),
)

# C0/C1 control characters other than the whitespace a text file legitimately holds.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# One GB18030 multi-byte character: four-byte form first, then the two-byte form.
_GB_MULTI = re.compile(rb"[\x81-\xfe](?:[\x30-\x39][\x81-\xfe][\x30-\x39]|[\x40-\x7e\x80-\xfe])")
# Double-byte characters of the GB2312 area (rows A1-F7): symbols, punctuation and the 6,763
# common hanzi. Real Chinese text sits there almost entirely; random bytes do about 30% of the time.
_GB2312 = re.compile(rb"[\xa1-\xf7][\xa1-\xfe]")

_MAX_CONTROL_SHARE = 0.02   # above this a "text" is really binary data
_MIN_GB2312_SHARE = 0.85    # below this GB18030 output is mojibake, not Chinese
_MAX_REPAIRED_SHARE = 0.001  # UTF-8 with at most 1 bad byte in 1,000 is kept, bad bytes -> U+FFFD


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise ReadError."""
    if not data:
        raise ReadError("empty file")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ReadError(f"not a text document: looks like {what}")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise ReadError(f"starts with a {name.upper()} byte order mark but is not valid "
                                f"{name.upper()}: bad bytes at offset {exc.start}") from None
            return _checked(text.lstrip("\ufeff"), data), name
    if _looks_like_bomless_utf16(data):
        raise ReadError("looks like UTF-16 without a byte order mark: save it as UTF-8 "
                        "(or UTF-16 with a BOM)")
    try:
        return _checked(data.decode("utf-8"), data), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    gb = _plausible_gb18030(data)
    if gb is not None:
        return _checked(gb, data), "gb18030"
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd") - data.count("\ufffd".encode())
    if bad <= max(1, len(data) * _MAX_REPAIRED_SHARE) and not _CONTROL.search(repaired[:4096]):
        # A long page with a stray bad byte (or one cut inside its last character) is still the
        # page; the bad bytes become U+FFFD, the marker readers already know from OCR output.
        return _checked(repaired, data), "utf-8"
    raise ReadError(
        f"not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start} "
        f"does not fit) and not plausible GB18030/GBK Chinese text either")


def _looks_like_bomless_utf16(data: bytes) -> bool:
    """UTF-16 puts a NUL beside every ASCII character, always on the same side of the code unit;
    in binary data NULs fall anywhere and sit beside anything. Chinese text in UTF-16 still has
    ASCII digits, spaces and line breaks, so at least a few such pairs show up."""
    head = data[:4096]
    if b"\x00" not in head:
        return False
    units = len(head) // 2
    nuls = (head[0:units * 2:2].count(0), head[1:units * 2:2].count(0))
    for nul_side in (0, 1):
        if nuls[1 - nul_side] > nuls[nul_side] // 20:
            continue
        pairs = [head[i:i + 2] for i in range(0, units * 2, 2) if head[i + nul_side] == 0]
        text_like = sum(1 for p in pairs if 0x20 <= p[1 - nul_side] < 0x7F or p[1 - nul_side] in (9, 10, 13))
        if len(pairs) >= max(2, units // 20) and text_like >= 0.9 * len(pairs):
            return True
    return False


def _plausible_gb18030(data: bytes) -> str | None:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    multi = _GB_MULTI.findall(data)
    if not multi:
        return None  # pure ASCII would have been valid UTF-8: nothing GB-specific here
    common = sum(1 for m in multi if _GB2312.fullmatch(m))
    return text if common >= _MIN_GB2312_SHARE * len(multi) else None


def _checked(text: str, data: bytes) -> str:
    """Reject text that decodes but is really binary data or holds nothing readable."""
    if not text.strip():
        raise ReadError("no text: the file holds only whitespace")
    controls = len(_CONTROL.findall(text))
    nuls = text.count("\x00")
    # One stray NUL in a page is damage to keep (the store replaces it); many are a binary file
    # or UTF-16 without a byte order mark.
    if controls > _MAX_CONTROL_SHARE * len(text) or nuls > max(2, 0.001 * len(text)):
        raise ReadError(f"not a text document: {controls} control characters"
                        f"{f' ({nuls} NUL bytes)' if nuls else ''} in {len(data)} bytes "
                        "(binary data, or UTF-16 without a byte order mark)")
    return text
