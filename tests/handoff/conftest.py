"""One small batch for the hand-off tests (exports, report, CLI, API, README queries): a PDF with rows to
review, a DOCX, the same DOCX copied into a second folder (a duplicate), a truncated PDF and a DOCX
without a task table, run through the batch with every export and the report."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import badfiles
from helpers import SAMPLES

REVIEW_PDF = "phu_luc_ii_merged_lead.pdf"  # six rows with a lead inferred across a page break


def make_inputs(root: Path) -> Path:
    src = root / "in"
    (src / "copies").mkdir(parents=True)
    shutil.copyfile(SAMPLES / REVIEW_PDF, src / REVIEW_PDF)
    shutil.copyfile(SAMPLES / "phu_luc_ii_landscape.docx", src / "landscape.docx")
    shutil.copyfile(SAMPLES / "phu_luc_ii_landscape.docx", src / "copies" / "landscape_copy.docx")
    badfiles.truncated_pdf(src / "broken.pdf")
    badfiles.no_table_docx(src / "no_table.docx")
    return src


@pytest.fixture(scope="session")
def handoff(tmp_path_factory):
    """(input folder, output folder, BatchResult) of a run with --format parquet,xlsx,csv and the report."""
    from extract.batch import run_batch

    root = tmp_path_factory.mktemp("handoff")
    src = make_inputs(root)
    out = root / "out"
    batch = run_batch([src], out, workers=1, formats=("parquet", "xlsx", "csv"), report=True)
    return src, out, batch
