"""Rule files: locating, validating and loading ``patterns/*.jsonl``.

Each line of a rule file is one JSON object with an ``id``, a ``label`` and a
``pattern`` in spaCy's format (a phrase string for the PhraseMatcher, or a list
of token dicts for the Matcher).  Every line is checked with a pydantic model
and token patterns with spaCy's own schema, so a broken file fails at load with
``file:line: what is wrong`` instead of misbehaving later.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.schemas import validate_token_pattern

from .taxonomy import InitiativeType, OrganizationKind

RULE_ID = r"^[a-z0-9][a-z0-9_.-]*$"
TokenPattern = list[dict[str, Any]]


class PatternError(ValueError):
    """A rule file is missing or malformed; the message says ``file:line: what``."""


class PatternEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=RULE_ID)
    label: str = Field(min_length=1)
    pattern: str | TokenPattern


class OrganizationGazetteerEntry(PatternEntry):
    """A known organization's surface form; variants share ``org``."""

    label: OrganizationKind
    pattern: str = Field(min_length=1)
    org: str = Field(pattern=RULE_ID)


class PlaceEntry(PatternEntry):
    label: Literal["place"]
    pattern: str = Field(min_length=1)
    kind: Literal["country", "province", "city", "district", "county", "region"]


class OrganizationPatternEntry(PatternEntry):
    """A structural pattern (a name ending in a designator, "University of X")."""

    label: OrganizationKind
    pattern: TokenPattern = Field(min_length=1)


class OrganizationContextEntry(PatternEntry):
    """A context cue: the organization name is the capitalized run in ``slot``."""

    label: OrganizationKind
    pattern: TokenPattern = Field(min_length=1)
    slot: Literal["list_after", "name_after", "name_before"]


class CountPatternEntry(PatternEntry):
    """Pieces of count expressions (qualifiers, currencies, exclusions...)."""

    label: Literal["qualifier", "currency", "percent", "exclude"]
    pattern: TokenPattern = Field(min_length=1)
    unit: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="ISO 4217; none for 'dinar'")
    position: Literal["both", "suffix"] = Field(default="both", description="may a currency precede the number")
    minor: bool = Field(default=False, description="a hundredth of the unit: cents, pence")
    scale: int = Field(default=1, ge=1, description="the amount is in this many units: 'MUSD' is millions of USD")


class InitiativePatternEntry(PatternEntry):
    label: InitiativeType
    pattern: str | TokenPattern
    priority: int = Field(default=0, description="higher wins when mentions overlap")
    negative: bool = Field(default=False, description="claim the words, tag nothing ('new energy vehicle')")


Entry = TypeVar("Entry", bound=PatternEntry)


def default_patterns_dir() -> Path:
    """The rule set shipped in the wheel, or the repository's ``patterns/`` in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "patterns", here.parent / "patterns"):
        if candidate.is_dir():
            return candidate
    raise PatternError(f"{here / 'patterns'}: rule directory not found")


def patterns_sha256(directory: Path) -> str:
    """Digest of every rule file (names and bytes), recorded in each output record."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.jsonl")):
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def load_patterns(path: Path, model: type[Entry]) -> list[Entry]:
    """Read and validate one rule file; raise PatternError on the first bad line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise PatternError(f"{path}: cannot read rule file: {err}") from err
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as err:
            raise PatternError(f"{where}: not valid JSON: {err.msg} (column {err.colno})") from err
        try:
            entry = model.model_validate(raw)
        except ValidationError as err:
            raise PatternError(f"{where}: {_first_error(err)}") from err
        if not isinstance(entry.pattern, str):
            problems = validate_token_pattern(entry.pattern)
            if problems:
                raise PatternError(f"{where}: invalid token pattern: {problems[0]}")
        if entry.id in seen:
            raise PatternError(f"{where}: duplicate id {entry.id!r} (first on line {seen[entry.id]})")
        seen[entry.id] = number
        entries.append(entry)
    return entries


def load_rule_files(directory: Path, names: Iterable[str], model: type[Entry]) -> list[Entry]:
    entries: list[Entry] = []
    for name in names:
        path = directory / name
        if not path.is_file():
            raise PatternError(f"{path}: rule file not found")
        entries.extend(load_patterns(path, model))
    _check_unique_ids(entries)
    return entries


def _check_unique_ids(entries: list[Entry]) -> None:
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise PatternError(f"duplicate rule id {entry.id!r} across rule files")
        seen.add(entry.id)


def _first_error(err: ValidationError) -> str:
    first = err.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "line"
    return f"{location}: {first['msg']}"
