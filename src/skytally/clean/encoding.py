"""Bytes to text: refuse binaries, honour a BOM, prefer UTF-8, then guess.

The order matters for speed and for correctness:

1. a byte-order mark decides (UTF-8, UTF-16, UTF-32);
2. magic numbers and control bytes reject binaries (images, archives, ...);
3. strict UTF-8 decodes almost every page, quickly;
4. text with a few scattered high bytes in ASCII words ("caf\\xe9", "Russia\\x92s")
   is cp1252/latin-1: charset-normalizer misreads such text (cp1250, cp775);
5. everything else (runs of high bytes: cp1251/KOI8 Cyrillic, ...) goes to
   charset-normalizer.
"""

from __future__ import annotations

import codecs
import re

from ..errors import BinaryDocument, UnreadableSource

_SAMPLE = 8192

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# (offset, magic, what it is): formats people are likely to point skytally at by mistake.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "ZIP archive or Office document"),
    (0, b"PK\x05\x06", "ZIP archive"),
    (0, b"\x1f\x8b", "gzip archive"),
    (0, b"BZh", "bzip2 archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (0, b"\xca\xfe\xba\xbe", "Java class or Mach-O binary"),
    (0, b"\x00asm", "WebAssembly module"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"OggS", "Ogg media"),
    (0, b"ID3", "MP3 audio"),
    (0, b"fLaC", "FLAC audio"),
    (0, b"wOFF", "WOFF font"),
    (0, b"wOF2", "WOFF2 font"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (4, b"ftyp", "MP4/MOV video"),
    (8, b"WEBP", "WebP image"),
    (8, b"WAVE", "WAV audio"),
    (8, b"AVI ", "AVI video"),
)

# Bytes that never occur in text: C0 controls except \t \n \v \f \r and ESC (ANSI logs).
_CONTROL = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
_CONTROL_REASON = "binary file (NUL or control bytes: not text)"
_MAX_CONTROL_RATIO = 0.02  # random bytes have ~11%; text has none bar a stray NUL

_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")
_HIGH = re.compile(rb"[\x80-\xff]")
_UTF8_EVIDENCE = re.compile("[^\x00-\x7f\ufffd]")
_NEWLINES = re.compile(r"\r\n?|[\x00\u2028\u2029\x85]")
_INVISIBLE = re.compile("[\u00ad\u200b\ufeff]")  # soft hyphen, zero-width space, stray BOM


def decode(data: bytes, source: str) -> str:
    """The text of `data`, newlines as \\n, NULs and invisible characters removed.

    Raises BinaryDocument for non-text bytes and UnreadableSource when no
    encoding fits.
    """
    text = _decode_bom(data)
    if text is None:
        reason = binary_reason(data)
        if reason:
            raise BinaryDocument(source, reason)
        codec = _looks_utf16(data[:_SAMPLE])
        text = _decode_utf16(data, codec) if codec else _decode_guess(data, source)
    if text is None:
        raise BinaryDocument(source, _CONTROL_REASON)
    return _normalise(text)


def binary_reason(data: bytes) -> str | None:
    """Why `data` is not text ("binary file (looks like PNG image)"), or None for text."""
    for offset, magic, kind in _MAGIC:
        if data.startswith(magic, offset):
            return f"binary file (looks like {kind})"
    sample = data[:_SAMPLE]
    controls = len(sample.translate(None, _NOT_CONTROL))
    if not controls or _looks_utf16(sample):
        return None
    if controls > max(1, len(sample) * _MAX_CONTROL_RATIO):
        return _CONTROL_REASON
    return None


def _decode_bom(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                return data[len(bom):].decode(codec, errors="replace")
    return None


def _looks_utf16(sample: bytes) -> str | None:
    """'utf-16-le'/'-be' when many bytes on one side of each pair are NUL and none on the other.

    In UTF-16 without a BOM, Latin text has NUL high bytes, and Cyrillic 0x04:
    with a third of the text in ASCII (spaces, digits) the pattern is plain.
    """
    half = len(sample) // 2
    if half < 8:
        return None
    odd_nuls, even_nuls = sample[1::2].count(0), sample[0::2].count(0)
    if odd_nuls > 0.3 * half and even_nuls < 0.02 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.02 * half:
        return "utf-16-be"
    return None


def _decode_utf16(data: bytes, codec: str) -> str | None:
    """UTF-16 without a BOM, or None when the bytes only looked like it."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    controls = len(_CONTROL_CHARS.findall(text[:_SAMPLE]))
    return text if controls <= len(text[:_SAMPLE]) * _MAX_CONTROL_RATIO else None


def _decode_guess(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    damaged = lenient.count("\ufffd")
    if damaged <= len(lenient) // 1000 + 2 and len(_UTF8_EVIDENCE.findall(lenient)) >= 3 * damaged:
        return lenient  # real UTF-8 (non-ASCII letters decoded) with a few damaged bytes
    high = len(_HIGH.findall(data))
    in_runs = sum(len(run) for run in _HIGH_RUN.findall(data))
    if in_runs <= high // 2:
        # Isolated high bytes inside ASCII words: accented letters and smart quotes.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    return _charset_normalizer(data, source)


def _charset_normalizer(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes  # import on first use: most input is UTF-8

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableSource(source, "cannot tell the text encoding (it is not UTF-8); convert it to UTF-8")
    return str(best)


def _normalise(text: str) -> str:
    if "\r" in text or "\x00" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _NEWLINES.sub(lambda m: "" if m.group() == "\x00" else "\n", text)
    if "\u00ad" in text or "\u200b" in text or "\ufeff" in text:
        text = _INVISIBLE.sub("", text)
    return text
