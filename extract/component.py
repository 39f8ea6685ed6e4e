"""What the three rule components share: loading rules in ``initialize`` and ``from_disk``.

As in spaCy's SpanRuler, rules never go into the component's config: they are
loaded from a rule directory when the pipeline is initialized (the bundled
``patterns/`` by default), saved by ``to_disk`` and read back by ``from_disk``.
"""

import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language

from .patterns import PatternError, default_patterns_dir


class RuleComponent:
    """Base of the components whose rules come from ``patterns/*.jsonl`` files."""

    rule_files: tuple[str, ...] = ()

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        patterns_dir: str | Path | None = None,
    ) -> None:
        """Load and compile the rule files (the bundled ones unless a directory is given)."""
        self.load_rules(Path(patterns_dir) if patterns_dir else default_patterns_dir())

    def load_rules(self, directory: Path) -> None:
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the rule files this component was built from."""
        if self.rules_dir is None:
            raise PatternError(f"{type(self).__name__}: no rules loaded, nothing to save")
        target = Path(path)
        target.mkdir(parents=True, exist_ok=True)
        for name in self.rule_files:
            shutil.copyfile(self.rules_dir / name, target / name)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "RuleComponent":
        self.load_rules(Path(path))
        return self

    rules_dir: Path | None = None
