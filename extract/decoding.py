"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with BOM, legacy Chinese encodings.

Detection is charset-normalizer's, limited to the encodings this news actually
arrives in, so that a short GB18030 page is not read as Korean cp949.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LEGACY_ENCODINGS = ["gb18030", "big5", "cp1252"]
# Share of control characters above which bytes are binary, not text.
_MAX_CONTROL_SHARE = 0.05


class DecodeError(ValueError):
    """Bytes that are not text in any supported encoding; ``type`` names the cause."""

    def __init__(self, type_: str, message: str) -> None:
        super().__init__(message)
        self.type = type_


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise DecodeError for binary or undecodable bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding)), encoding
            except UnicodeDecodeError as err:
                raise DecodeError(
                    "decode_error", f"invalid {encoding} after its byte order mark: {err.reason}"
                ) from err
    if b"\x00" in data:
        raise DecodeError("binary_input", "NUL bytes without a UTF-16/32 byte order mark: binary data, not text")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None or best.encoding is None:
        raise DecodeError("decode_error", "not UTF-8, UTF-16 or a supported legacy encoding (GB18030/GBK, Big5)")
    return _checked(str(best)), best.encoding


def _checked(text: str) -> str:
    if text:
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f\v")
        if controls / len(text) > _MAX_CONTROL_SHARE:
            raise DecodeError("binary_input", "mostly control characters: binary data, not text")
    return text
