from __future__ import annotations

from pathlib import Path

import pytest

from extract import Extractor

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
OUTPUTS = ROOT / "outputs"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
