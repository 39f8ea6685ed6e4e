#!/usr/bin/env python3
"""Build patterns/currencies.jsonl: currency names, codes and symbols for count extraction.

Sources: pycountry's ISO 4217 list (every code, and every name with its plural:
"Kuwaiti Dinar", "kuwaiti dinars") plus the hand lists below (symbols, short
names used in news, minor units).  Output is deterministic.

Each line: {"id", "label": "currency", "unit": ISO code or null, "position":
"both" | "suffix", "minor": bool, "pattern": [token dicts]}, and "scale" for
the financial style of millions of a currency ("30 MUSD", "MEUR 120").  A bare name that
several countries use ("dinar", "rial") has no unit; a minor unit ("cents")
is a hundredth of its major unit.  Lowercase words that are also ordinary
English ("won", "real", "mark") only follow a number ("suffix").

Usage:  python scripts/build_currencies.py [output_path]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pycountry
import spacy

from extract.lexicon import is_common_word

# Forms news writes, beyond pycountry's names: form -> unit (None: ambiguous)
EXTRA: dict[str, str | None] = {
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "chinese yuan": "CNY", "yuan renminbi": "CNY", "kuai": "CNY",
    "¥": "CNY", "￥": "CNY", "元": "CNY",
    "$": "USD", "us$": "USD", "usd$": "USD", "u.s. dollar": "USD", "us dollar": "USD", "american dollar": "USD",
    "dollar": "USD", "buck": "USD", "us $": "USD", "u.s.-dollar": "USD", "us-dollar": "USD",
    "hk$": "HKD", "hk $": "HKD", "hong kong dollar": "HKD",
    "€": "EUR", "euro": "EUR",
    "£": "GBP", "pound sterling": "GBP", "british pound": "GBP", "pound": "GBP", "sterling": "GBP", "quid": "GBP",
    "yen": "JPY", "japanese yen": "JPY",
    "won": "KRW", "south korean won": "KRW", "korean won": "KRW", "₩": "KRW",
    "rupee": "INR", "indian rupee": "INR", "rs": "INR", "rs.": "INR", "₹": "INR",
    "s$": "SGD", "singapore dollar": "SGD",
    "a$": "AUD", "aud$": "AUD", "australian dollar": "AUD",
    "c$": "CAD", "cad$": "CAD", "c $": "CAD", "canadian dollar": "CAD",
    "nz$": "NZD", "nzd$": "NZD", "new zealand dollar": "NZD",
    "mex$": "MXN", "mxn$": "MXN", "mexican peso": "MXN",
    "swiss franc": "CHF", "ruble": "RUB", "rouble": "RUB", "₽": "RUB",
    "ringgit": "MYR", "malaysian ringgit": "MYR", "malaysia ringgit": "MYR", "rm": "MYR",
    "baht": "THB", "dong": "VND", "pataca": "MOP", "nt$": "TWD", "new taiwan dollar": "TWD",
    "real": "BRL", "r$": "BRL", "dirham": "AED", "lira": "TRY", "turkish lira": "TRY", "₺": "TRY",
    "shekel": "ILS", "new shekel": "ILS", "₪": "ILS", "tugrik": "MNT", "togrog": "MNT",
    "markka": "FIM", "finnish markka": "FIM", "peseta": "ESP", "guilder": "NLG", "dutch guilder": "NLG",
    "deutsche mark": "DEM", "french franc": "FRF", "egyptian pound": "EGP", "lebanese pound": "LBP",
    "le": "EGP", "l.e.": "EGP", "l.e": "EGP", "egyptianpound": "EGP", "geneh": "EGP", "genih": "EGP",
    "genihat masriya": "EGP", "saudiriyal": "SAR", "ரூ": "LKR", "රු": "LKR", "saudi riyal": "SAR", "qatari riyal": "QAR", "bitcoin": "XBT", "btc": "XBT",
    "₿": "XBT", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₦": "NGN", "₱": "PHP", "₫": "VND", "₴": "UAH",
    "bgn": "BGN", "lev": "BGN", "leva": "BGN", "bulgarian lev": "BGN",
    "dinar": None, "rial": None, "riyal": None, "franc": None, "peso": None, "krona": None, "krone": None,
    "crown": None, "shilling": None,
}  # fmt: skip
# Minor units: a hundredth of the major unit named here.
MINOR: dict[str, str | None] = {
    "cent": "USD", "¢": "USD", "penny": "GBP", "pence": "GBP", "sen": "MYR", "fen": "CNY", "kopiyka": "UAH",
    "kopek": "RUB", "kopeck": "RUB",
}  # fmt: skip
# Ordinary English words: only after a number ("10 won", not "won 10").
SUFFIX_ONLY = {"won", "real", "mark", "marks", "dong", "pound", "pounds", "crown", "crowns", "le", "sen", "rand",
               "buck", "bucks", "quid", "lira", "cent", "cents", "penny", "pence", "euro", "euros", "dollar",
               "dollars", "franc", "francs", "kuai", "fen", "sterling"}  # fmt: skip
IRREGULAR_PLURALS = {"penny": "pennies", "pence": "pence", "yen": "yen", "won": "won", "baht": "baht", "yuan": "yuan",
                     "renminbi": "renminbi", "ringgit": "ringgits", "rupee": "rupees", "real": "reais",
                     "lira": "lire", "krona": "kronor", "krone": "kroner", "rmb": "rmb", "sen": "sens",
                     "fen": "fen", "kuai": "kuai", "dong": "dong", "tugrik": "tugriks", "pataca": "patacas"}  # fmt: skip
# Codes that are also English words written in capitals ("ALL 5 solutions"): only after a number.
CAPITAL_WORDS = {"ALL", "TOP", "BOB", "MOP", "PEN", "TRY", "CUP", "GEL", "LAK", "MAD", "WON", "BAM", "SOS", "ANG"}
# Codes news writes in either case ("usd 5", "115usd"), though "usd" is in the common-word list.
ANY_CASE_CODES = {"USD", "EUR", "GBP", "JPY", "CNY", "HKD", "AUD", "CHF", "SGD", "KRW", "INR", "MYR",
                  "THB", "NZD", "TWD"}  # fmt: skip
SYMBOLIC = re.compile(r"[^a-z .]")


def plural(form: str) -> str:
    words = form.split()
    last = words[-1]
    if last in IRREGULAR_PLURALS:
        words[-1] = IRREGULAR_PLURALS[last]
    elif SYMBOLIC.search(last) or last.endswith("."):
        return form
    elif last.endswith("y") and not last.endswith("ey"):
        words[-1] = last[:-1] + "ies"
    elif not last.endswith("s"):
        words[-1] = last + "s"
    return " ".join(words)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "patterns/currencies.jsonl")
    nlp = spacy.blank("en")
    forms: dict[str, tuple[str | None, bool]] = {}
    codes = set()
    names = set()
    for currency in sorted(pycountry.currencies, key=lambda c: c.alpha_3):
        code = currency.alpha_3
        # "ALL", "TOP", "CUP" are codes only in capitals; "usd", "rmb" in any case
        key = code if is_common_word(code) and code not in ANY_CASE_CODES else code.lower()
        codes.add(key)
        forms.setdefault(key, (code, False))
        name = currency.name.lower()
        for form in (name, plural(name)):
            forms.setdefault(form, (currency.alpha_3, False))
            names.add(form)
    for form, unit in EXTRA.items():
        for variant in (form, plural(form)):
            forms[variant] = (unit, False)
    for form, unit in MINOR.items():
        for variant in (form, plural(form)):
            forms[variant] = (unit, True)
    lines = []
    seen_ids: dict[str, int] = {}
    for form in sorted(forms):
        unit, minor = forms[form]
        # tokenize as news writes it: "U.S." is one token, "u.s." is not
        tokens = [t.text for t in nlp.make_doc(form.replace("u.s.", "U.S."))]
        if form in codes and form.isupper():
            pattern = [{"ORTH": form}]
        else:
            pattern = [{"LOWER": t.lower()} for t in tokens]
        named = "".join(
            c if c.isascii() and (c.isalnum() or c in " .") else f" {unicodedata.name(c, 'sign')} " for c in form
        )
        slug = re.sub(r"[^a-z0-9]+", "_", named.lower()).strip("_")
        rule_id = f"count.currency.{(unit or 'xxx').lower()}.{slug}"
        seen_ids[rule_id] = seen_ids.get(rule_id, 0) + 1
        if seen_ids[rule_id] > 1:
            rule_id += f"_{seen_ids[rule_id]}"
        last = form.split()[-1]
        ordinary = " " not in form and (form in CAPITAL_WORDS or (form in names and is_common_word(form)))
        position = "suffix" if form in SUFFIX_ONLY or minor or last in SUFFIX_ONLY or ordinary else "both"
        lines.append(
            {"id": rule_id, "label": "currency", "unit": unit, "position": position, "minor": minor, "pattern": pattern}
        )
    for code in sorted(c.alpha_3 for c in pycountry.currencies):
        # "30 MUSD", "MEUR 120": millions of the currency, as financial reports write them
        lines.append(
            {"id": f"count.currency.{code.lower()}.millions_code", "label": "currency", "unit": code,
             "position": "both", "minor": False, "scale": 10**6, "pattern": [{"ORTH": "M" + code}]}
        )  # fmt: skip
    with out.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} currency patterns to {out}")


if __name__ == "__main__":
    main()
