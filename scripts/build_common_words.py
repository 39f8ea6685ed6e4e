#!/usr/bin/env python3
"""Build extract/data/common_words.txt: ordinary lowercase English words.

Taken from spacy-lookups-data's English lexeme probabilities (log probability
above -14.5, alphabetic): "tourism" and "television" are in, "xiaomi",
"huawei" and "shanghai" are out.  The extractor uses it, with the lemma table,
to tell a name from a phrase of ordinary words ("Tourism Bureau", "Science
Town").  The words are written most frequent first: the rule matcher reads a
word's rank as an estimate of how often a pattern's words occur.  Loading the 1M-entry table at run time takes seconds; this list, a
fraction of a second.

Usage:  python scripts/build_common_words.py [output_path]
"""

import gzip
import json
import sys
from pathlib import Path

import spacy_lookups_data

THRESHOLD = -14.5


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "extract/data/common_words.txt")
    source = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        probabilities = json.load(handle)
    kept = [(p, w) for w, p in probabilities.items() if p > THRESHOLD and w.isalpha() and w.islower()]
    words = [w for _, w in sorted(kept, key=lambda pair: (-pair[0], pair[1]))]
    out.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {out}")


if __name__ == "__main__":
    main()
