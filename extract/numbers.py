"""Number expressions to values.

Plain spelled-out integers ("thirty-five", "two hundred and fifty") are read
by text2num, a maintained library made for that; on the project's test suites
it reads as many word numbers as number-parser and more ordinals (see
README).  This module adds what neither library reads and news needs: digits
with separators and scales ("1,200", "1.3 million", "10bn"), fractions ("a
half", "two thirds", "five and a half million"), "point" decimals, signs,
digits mixed with words ("3 hundred and 21"), and ordinals.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": Decimal(100), "thousand": Decimal(1000), "lakh": Decimal(10**5), "million": Decimal(10**6),
    "crore": Decimal(10**7), "billion": Decimal(10**9), "trillion": Decimal(10**12),
}  # fmt: skip
SCALE_ABBREVIATIONS = {
    "mln": "million", "mn": "million", "mil": "million", "mm": "million", "m": "million", "bln": "billion",
    "bn": "billion", "b": "billion", "tn": "trillion", "trn": "trillion", "tln": "trillion", "k": "thousand",
    "lakhs": "lakh", "crores": "crore", "hundreds": "hundred", "thousands": "thousand", "millions": "million",
    "billions": "billion", "lkh": "lakh", "lkhs": "lakh", "lac": "lakh", "lacs": "lakh", "cr": "crore",
    "krore": "crore", "krores": "crore", "koti": "crore",
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 10**6, "billionth": 10**9,
    "trillionth": 10**12,
}  # fmt: skip
# Written together ("twentyfifth", "fortysecond"), as some sources do.
TENS = frozenset(word for word, value in UNITS.items() if value >= 20)
ORDINALS |= {tens + unit: UNITS[tens] + value for tens in TENS for unit, value in ORDINALS.items() if value < 10}
# Denominators of fractions: "a half", "two thirds", "three quarters", "five eighths".
DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4} | {
    word + ("s" if not word.endswith("s") else ""): value for word, value in ORDINALS.items() if value > 2
}
DENOMINATORS |= {word: value for word, value in ORDINALS.items() if value > 2}
# "three twenty-firsts": "firsts" ends a compound denominator only (alone it is no fraction).
DENOMINATORS["firsts"] = 1
_PLURAL_DENOMINATORS = {"halves": "half", "quarters": "quarter", "firsts": "first"} | {
    word + "s": word for word, value in ORDINALS.items() if value > 2 and not word.endswith("s")
}
DOZENS = {"dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "doz": 12, "dozs": 12}
SIGNS = {"minus": -1, "negative": -1}
NUMBER_WORDS = frozenset(UNITS) | frozenset(SCALES)
# Scale abbreviations that stand as words after a number ("30 lakhs", "3 cr"), unlike "m" or "k".
_WORD_SCALES = frozenset({"lakhs", "crores", "lkh", "lkhs", "lac", "lacs", "cr", "krore", "krores", "koti"})
UNICODE_FRACTIONS = {
    "½": Decimal("0.5"), "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3, "¼": Decimal("0.25"), "¾": Decimal("0.75"),
    "⅕": Decimal("0.2"), "⅙": Decimal(1) / 6, "⅛": Decimal("0.125"),
}  # fmt: skip

_DIGITS = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?$|^-?\.\d+$")
_SCIENTIFIC = re.compile(r"^-?\d+(?:\.\d+)?e[+-]?\d+$", re.IGNORECASE)
_SLASH_FRACTION = re.compile(r"^(-?\d+)/(\d+)$")
_DIGIT_ORDINAL = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)$", re.IGNORECASE)


def parse_digits(text: str) -> Decimal | None:
    """ "1,200" -> 1200, "18.5" -> 18.5, "-1" -> -1, "12,34,567" -> 1234567, "1e10", "3/4"; else None."""
    try:
        if _DIGITS.match(text):
            return Decimal(text.replace(",", ""))
        if _SCIENTIFIC.match(text):
            return Decimal(text)
        fraction = _SLASH_FRACTION.match(text)
        if fraction and int(fraction.group(2)) not in (0,):
            return Decimal(fraction.group(1)) / Decimal(fraction.group(2))
    except InvalidOperation:
        return None
    return UNICODE_FRACTIONS.get(text)


def parse_digit_ordinal(text: str) -> int | None:
    match = _DIGIT_ORDINAL.match(text)
    return int(match.group(1).replace(",", "")) if match else None  # "5,000th"


def parse_words(words: list[str]) -> Decimal | None:
    """A cardinal phrase of words and digits, or None when the words are not one number.

    "thirty five", "two hundred and fifty", "a dozen", "3 hundred and 21",
    "two thirds", "five and a half million", "two hundred point zero three",
    "minus five", "half a dozen".
    """
    cleaned = [w.lower() for w in words if w.strip() and w not in {"-", "—", "–"}]
    cleaned = [SCALE_ABBREVIATIONS.get(w, w) if w in _WORD_SCALES else w for w in cleaned]
    if not cleaned:
        return None
    sign = 1
    if cleaned[0] in SIGNS:
        sign = SIGNS[cleaned[0]]
        cleaned = cleaned[1:]
    value = _phrase(cleaned)
    return None if value is None else sign * value


def parse_word_ordinal(words: list[str]) -> int | None:
    """ "first" -> 1, "twenty - first" -> 21, "one hundred twenty fifth" -> 125, "3 millionth"."""
    cleaned = [w.lower() for w in words if w.strip() and w not in {"-", "—", "–", "and"}]
    if not cleaned or cleaned[-1] not in ORDINALS or cleaned[:-1] in (["a"], ["an"]):
        return None
    last = ORDINALS[cleaned[-1]]
    if len(cleaned) == 1:
        return last
    head = _phrase(cleaned[:-1])
    if head is None or head != head.to_integral_value():
        return None
    if last >= 100 and last in (100, 1000, 10**6, 10**9, 10**12):
        return int(head) * last  # "two hundredth", "three trillionth"
    return int(head) + last


def to_number(value: Decimal) -> int | float:
    """Integral values as int, others as float (JSON-friendly)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _phrase(words: list[str]) -> Decimal | None:
    if not words:
        return None
    if words[0] in {"a", "an"}:
        words = ["one", *words[1:]]
    # "five and a half million": a fraction inside, the scale after it
    if len(words) >= 2 and words[-1] in SCALES and words[-2] not in SCALES:
        inner = _phrase(words[:-1])
        if inner is not None and inner != inner.to_integral_value():
            return inner * SCALES[words[-1]]
    if "point" in words:
        at = words.index("point")
        whole = _phrase(words[:at]) if at else Decimal(0)
        decimals = _decimals(words[at + 1 :])
        return None if whole is None or decimals is None else whole + decimals
    if "and" in words:
        at = max(i for i, w in enumerate(words) if w == "and")
        tail = words[at + 1 :]
        fraction = _fraction(tail)
        if fraction is not None and fraction >= 1 and at:
            # not a mixed number: "one hundred and thirty fifths" is 130/5, not 100 + 30/5
            return _fraction(words)
        if tail and tail[-1] in DOZENS and at:
            whole, dozens = _phrase(words[:at]), _phrase(tail)
            return None if whole is None or dozens is None else whole + dozens  # "three hundred and two dozens"
        if (
            fraction is None
            and tail
            and tail[-1] in SCALES
            and (tail[0] in {"a", "half", "quarter"} or (len(tail) > 2 and tail[1] in {"quarter", "quarters"}))
        ):
            part = _fraction_of_scale(tail)
            whole = _phrase(words[:at]) if at else None
            if part is not None and whole is not None:
                return whole + part  # "one billion and a half million"
        if fraction is not None and at:
            whole = _phrase(words[:at])
            if whole is None:
                return None
            unit = _last_scale(words[:at])
            return whole + fraction * (unit if unit >= 1000 else 1)
    fraction = _fraction(words)
    if fraction is not None:
        return fraction
    if words[-1] in DOZENS:
        if words[0] in {"half", "quarter"}:
            return _fraction_of_scale(words)  # "half a dozen"
        base = _phrase(words[:-1]) if len(words) > 1 else Decimal(1)
        return None if base is None else base * DOZENS[words[-1]]
    if words[0] in {"half", "quarter", "quarters"} or (len(words) > 1 and words[1] in {"quarter", "quarters"}):
        return _fraction_of_scale(words)
    return _integer(words)


def _integer(words: list[str]) -> Decimal | None:
    if all(w in UNITS or w in SCALES or w == "and" for w in words):
        try:
            return Decimal(text2num(" ".join(words), "en"))
        except ValueError:
            pass
    return _accumulate(words)


def _accumulate(words: list[str]) -> Decimal | None:
    """Digits mixed with words ("4 thousand 3 hundred and 21"), read left to right.

    Two small numbers in a row are two numbers, not one ("three zero", "4000 3"),
    except tens then units ("twenty two").
    """
    total = Decimal(0)
    current: Decimal | None = None
    last_small: Decimal | None = None
    last_group: tuple[Decimal, Decimal] | None = None  # (amount, scale) last added to the total
    for word in words:
        if word == "and":
            continue
        digits = parse_digits(word)
        if digits is not None or word in UNITS:
            small = digits if digits is not None else Decimal(UNITS[word])
            mixed = digits is not None and "/" in word and 0 < small < 1 and last_small == int(last_small or 0)
            if (
                last_small is not None
                and not mixed
                and not (digits is None and 20 <= last_small < 100 and last_small % 10 == 0 and small < 10)
            ):
                return None  # two numbers, except "twenty two" and "2 1/4"
            current = small if current is None else current + small
            last_small = small
            last_group = None
        elif word in SCALES:
            scale = SCALES[word]
            if current is None and last_group is not None and scale > last_group[1]:
                # "three lakh crore", "one thousand million": a scale of the scale before
                total += last_group[0] * (scale - 1)
                last_group = (last_group[0] * scale, scale)
                continue
            base = Decimal(1) if current is None else current
            if scale < 1000:
                current = base * scale
            else:
                total += base * scale
                last_group = (base * scale, scale)
                current = None
            last_small = None
        else:
            return None
    return total + (current or 0)


def _fraction(words: list[str]) -> Decimal | None:
    """ "a half", "two thirds", "three quarters", "one-eighth", "twenty-three fifths", "one twenty-fifth"."""
    split = split_fraction(words)
    return None if split is None else split[0] / split[1]


def split_fraction(words: list[str]) -> tuple[Decimal, Decimal] | None:
    """Numerator and denominator of a spelled-out fraction, or None.

    The denominator is the longest ordinal at the end that leaves a number
    before it: "one hundred thirty fifths" is 100/35, "three twenty-firsts"
    3/21, "one one hundred and fifth" 1/105.  Tens after "and" stay with the
    numerator ("one hundred and thirty fifths" is 130/5).  A singular
    denominator takes the numerator one ("one twenty-fifth"); "one hundred
    fifth" is a rank, not 100/5.
    """
    words = [w for w in words if w not in {"-", "—", "–"}]
    if len(words) < 2 or not (words[-1] in DENOMINATORS or (words[-1] in ORDINALS and len(words) > 2)):
        return None  # "a twenty-first": a compound ordinal may end in "first" or "second"
    plural = words[-1] in _PLURAL_DENOMINATORS
    for k in range(1, len(words)):  # longest denominator first
        numerator_words, denominator_words = words[:k], words[k:]
        if denominator_words[0] in SCALES or denominator_words[0] == "and":
            continue
        if numerator_words[-1] == "and" and len(denominator_words) > 1:
            continue
        if numerator_words[-1] in TENS and UNITS.get(denominator_words[0], 10) < 10:
            continue  # "ninety five hundred fifths": "ninety five" is one number
        denominator = _denominator(denominator_words)
        if denominator is None:
            continue
        numerator = Decimal(1) if numerator_words in (["a"], ["an"]) else _phrase(numerator_words)
        if numerator is None or numerator <= 0 or (not plural and numerator != 1):
            continue
        return numerator, denominator
    return None


def _denominator(words: list[str]) -> Decimal | None:
    """ "fifths" -> 5, "twenty firsts" -> 21, "one hundred and fifth" -> 105; None for "two fifths" (not one ordinal)."""
    last = _PLURAL_DENOMINATORS.get(words[-1], words[-1])
    if len(words) == 1:
        value = DENOMINATORS.get(words[-1])
        return None if value is None or value < 2 else Decimal(value)
    if last not in ORDINALS:
        return None
    previous = words[-2]
    rank = ORDINALS[last]
    if rank < 10 and not (previous in TENS or previous in SCALES or previous == "and"):
        return None  # "two fifths" is two of them, not the 7th
    if 10 <= rank < 100 and not (previous in SCALES or previous == "and"):
        return None
    ordinal = parse_word_ordinal([*words[:-1], last])
    return None if ordinal is None else Decimal(ordinal)


def _fraction_of_scale(words: list[str]) -> Decimal | None:
    """ "half million", "a quarter million", "three quarters billion", "half a dozen"."""
    words = [w for w in words if w not in {"a", "an", "of"}]
    head = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25")}
    if words[0] in head:
        factor, rest = head[words[0]], words[1:]
    else:
        count = UNITS.get(words[0])
        if count is None:
            return None
        factor, rest = Decimal(count) * Decimal("0.25"), words[2:]
    if not rest:
        return factor
    if len(rest) == 1 and rest[0] in SCALES:
        return factor * SCALES[rest[0]]
    if len(rest) == 1 and rest[0] in DOZENS:
        return factor * DOZENS[rest[0]]
    return None


def _decimals(words: list[str]) -> Decimal | None:
    """Digits after "point": "zero three" -> .03, "seventy-one" -> .71, "eleven" -> .11."""
    if not words:
        return None
    if all(w in UNITS and UNITS[w] < 10 for w in words):
        digits = "".join(str(UNITS[w]) for w in words)
    else:
        value = _integer(words)
        if value is None or value != value.to_integral_value() or value < 0:
            return None
        digits = str(int(value))
    return Decimal("0." + digits)


def _last_scale(words: list[str]) -> Decimal:
    scales = [SCALES[w] for w in words if w in SCALES]
    return scales[-1] if scales else Decimal(1)
