"""Field-level comparison of a record with its golden record (``extract check``).

Items are matched by what identifies them, so a diff reads as what a pattern
edit did: an organization by its name, a count and an initiative by where they
stand in the text.  Every other field of a matched item is compared.  Fields
left out of the comparison are listed in ``golden.IGNORED_FIELDS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .golden import IGNORED_FIELDS

LIST_FIELDS = ("organizations", "counts", "initiatives")


@dataclass(frozen=True)
class Change:
    field: str  # "organizations", "counts", "initiatives" or a top-level field
    sign: str  # "+" added, "-" removed, "~" changed
    key: str  # what the item is
    detail: str  # its text and offsets, or what changed

    def __str__(self) -> str:
        return "  " + " ".join(part for part in (self.sign, f"{self.field}:", self.key, self.detail) if part)


def compare(golden: dict[str, Any], current: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    for name in sorted(set(golden) | set(current)):
        if name in IGNORED_FIELDS or name in LIST_FIELDS:
            continue
        if golden.get(name) != current.get(name):
            changes.append(Change(name, "~", "", f"{golden.get(name)!r} -> {current.get(name)!r}"))
    for name in LIST_FIELDS:
        changes += _compare_items(name, golden.get(name, []), current.get(name, []))
    return changes


def _compare_items(field: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[Change]:
    old_by_key = {_key(field, item): item for item in old}
    new_by_key = {_key(field, item): item for item in new}
    changes = []
    for key, item in old_by_key.items():
        if key not in new_by_key:
            changes.append(Change(field, "-", key, _describe(field, item)))
    for key, item in new_by_key.items():
        if key not in old_by_key:
            changes.append(Change(field, "+", key, _describe(field, item)))
        elif item != old_by_key[key]:
            changes.append(Change(field, "~", key, _what_changed(old_by_key[key], item)))
    return changes


def _key(field: str, item: dict[str, Any]) -> str:
    if field == "organizations":
        return repr(item["name"])
    mention = item["mention"]
    label = item["type"] if field == "initiatives" else item["kind"]
    return f"{mention['text']!r} [{mention['start']}:{mention['end']}] {label}"


def _describe(field: str, item: dict[str, Any]) -> str:
    if field == "organizations":
        spans = ", ".join(f"[{m['start']}:{m['end']}]" for m in item["mentions"])
        return f"{item['kind']}, mentions {spans}"
    if field == "counts":
        unit = f" {item['unit']}" if item.get("unit") else ""
        return f"= {item['value']}{unit}, item {item.get('item')!r} ({item['mention']['rule']})"
    return f"({item['mention']['rule']})"


def _what_changed(old: dict[str, Any], new: dict[str, Any]) -> str:
    parts = []
    for name in sorted(set(old) | set(new)):
        if old.get(name) != new.get(name):
            parts.append(f"{name}: {_short(old.get(name))} -> {_short(new.get(name))}")
    return "; ".join(parts)


def _short(value: Any) -> str:
    if isinstance(value, dict) and "start" in value and "rule" in value:
        return f"{value['text']!r} [{value['start']}:{value['end']}] ({value['rule']})"
    if isinstance(value, list) and value and isinstance(value[0], dict) and "start" in value[0]:
        return "[" + ", ".join(f"{m['text']!r} [{m['start']}:{m['end']}]" for m in value) + "]"
    return repr(value)
