"""The README documents every output column, and its commands exist."""
from pathlib import Path

from schemas.tables import SCHEMAS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def test_every_output_column_is_in_the_readme():
    for name, schema in SCHEMAS.items():
        assert f"### {name}.parquet" in README
        for field in schema:
            assert f"| `{field.name}` |" in README, f"{name}.{field.name} is not documented"
            assert field.metadata and field.metadata.get(b"description"), f"{name}.{field.name} has no description"


def test_make_targets_in_the_readme_exist_and_are_phony():
    phony = next(l for l in MAKEFILE.splitlines() if l.startswith(".PHONY:"))
    for target in ("extract", "test", "bench", "samples"):
        assert f"make {target}" in README
        assert f"\n{target}:" in MAKEFILE and target in phony.split()
