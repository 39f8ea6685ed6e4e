"""Number words and digits to values.

Word sequences are read by text2num (a maintained library for spelled-out
numbers); this module only decides which tokens form a number, and handles
what text2num leaves to the caller: digit strings with separators, scale words
after digits ("1.3 million"), "a dozen", "half" and ordinals.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": Decimal(100), "thousand": Decimal(1000), "million": Decimal(10**6),
    "billion": Decimal(10**9), "trillion": Decimal(10**12),
}  # fmt: skip
SCALE_ABBREVIATIONS = {
    "mln": "million",
    "mn": "million",
    "bln": "billion",
    "bn": "billion",
    "tn": "trillion",
    "trn": "trillion",
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6,
}  # fmt: skip
SPECIAL = {"dozen": Decimal(12), "half": Decimal("0.5")}
NUMBER_WORDS = frozenset(UNITS) | frozenset(SCALES)

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\.\d+$")
_DIGIT_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)


def parse_digits(text: str) -> Decimal | None:
    """ "1,200" -> 1200, "18.5" -> 18.5; None for anything else."""
    if not _DIGITS.match(text):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def parse_digit_ordinal(text: str) -> int | None:
    match = _DIGIT_ORDINAL.match(text)
    return int(match.group(1)) if match else None


def parse_words(words: list[str]) -> Decimal | None:
    """ "thirty five" / "two hundred and fifty" / "a dozen" -> value, via text2num."""
    cleaned = [w.lower() for w in words if w not in {"-", "and"}]
    if not cleaned:
        return None
    if cleaned[0] in {"a", "an"}:
        cleaned[0] = "one"
    if cleaned[-1] == "dozen":
        base = parse_words(cleaned[:-1]) if len(cleaned) > 1 else Decimal(1)
        return None if base is None else base * 12
    if cleaned == ["half"]:
        return SPECIAL["half"]
    try:
        return Decimal(text2num(" ".join(cleaned), "en"))
    except ValueError:
        return None


def parse_word_ordinal(words: list[str]) -> int | None:
    """ "first" -> 1, "twenty - first" -> 21, "one hundredth" -> 100."""
    cleaned = [w.lower() for w in words if w not in {"-", "and"}]
    if not cleaned or cleaned[-1] not in ORDINALS:
        return None
    last = ORDINALS[cleaned[-1]]
    if len(cleaned) == 1:
        return last
    head = parse_words(cleaned[:-1])
    if head is None:
        return None
    if last >= 100:  # "two hundredth"
        return int(head) * last
    return int(head) + last


def to_number(value: Decimal) -> int | float:
    """Integral values as int, others as float (JSON-friendly)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
