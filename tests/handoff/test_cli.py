"""The vn-tasks console command, python -m extract, and inspect on every kind of input."""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from extract import __version__
from extract.cli import main
from helpers import SAMPLES

VN_TASKS = Path(sys.executable).parent / "vn-tasks"


def run(*args, cwd=None):
    return subprocess.run(list(args), capture_output=True, text=True, timeout=300, cwd=cwd)


@pytest.mark.skipif(not VN_TASKS.exists(), reason="vn-tasks is not installed in this environment (pip install -e .)")
def test_console_command_version_and_help():
    assert run(str(VN_TASKS), "--version").stdout.strip() == f"vn-tasks {__version__}"
    helptext = run(str(VN_TASKS), "--help").stdout
    for command in ("extract", "inspect", "report"):
        assert f"    {command} " in helptext
    sub = run(str(VN_TASKS), "extract", "--help")
    assert sub.returncode == 0 and "--format" in sub.stdout and "usage: vn-tasks extract" in sub.stdout


def test_python_m_extract_keeps_working(tmp_path):
    helptext = run(sys.executable, "-m", "extract", "--help")
    assert helptext.returncode == 0 and "--format" in helptext.stdout and "usage: python -m extract" in helptext.stdout
    assert run(sys.executable, "-m", "extract", "--version").stdout.strip() == f"vn-tasks {__version__}"
    src = tmp_path / "in"
    src.mkdir()
    shutil.copyfile(SAMPLES / "phu_luc_ii_landscape.docx", src / "a.docx")
    done = run(sys.executable, "-m", "extract", str(src), "-o", str(tmp_path / "out"), "--format", "csv", "-q")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.is_file()) == [
        ".vn-decision-tasks.lock", "documents.csv", "documents.parquet", "issues.csv", "issues.parquet",
        "report.html", "tables.csv", "tables.parquet", "task_agencies.csv", "task_agencies.parquet", "tasks.csv",
        "tasks.parquet"]
    bad = run(sys.executable, "-m", "extract", str(src), "-o", str(tmp_path / "out"), "--format", "pdf")
    assert bad.returncode == 2 and "unknown format pdf" in bad.stderr


def test_subcommands_dispatch(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copyfile(SAMPLES / "phu_luc_ii_landscape.docx", src / "a.docx")
    assert main(["extract", str(src), "-o", str(tmp_path / "out"), "-q", "--workers", "1"]) == 0
    assert (tmp_path / "out" / "tasks.parquet").exists() and (tmp_path / "out" / "report.html").exists()
    assert main(["frobnicate"]) == 2 and "unknown command 'frobnicate'" in capsys.readouterr().err


def test_inspect_writes_under_the_temp_folder_not_the_current_one(tmp_path, monkeypatch, capsys):
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    assert main(["inspect", str(SAMPLES / "quyet_dinh_full.pdf"), "--page", "3", "--resolution", "40"]) == 0
    written = tmp_path / "tmp" / "vn-tasks-inspect" / "quyet_dinh_full-p3.png"
    assert written.exists() and str(written) in capsys.readouterr().out
    assert list(here.iterdir()) == []


def test_inspect_docx_through_libreoffice(tmp_path):
    from PIL import Image

    from extract.inspect import load
    from extract.sources import soffice

    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path / "d.png"
    assert main(["inspect", str(SAMPLES / "phu_luc_ii_landscape.docx"), "--page", "2", "-o", str(out),
                 "--resolution", "40"]) == 0
    with Image.open(out) as img:
        assert img.width > img.height  # a landscape page, drawn
    loaded = load(SAMPLES / "phu_luc_ii_landscape.docx")
    try:
        rows = {v for v in loaded.labels.values() if v.startswith("#")}
        assert len(rows) == 74  # the same 74 task rows as the DOCX gives
    finally:
        loaded.close()


def test_inspect_docx_without_libreoffice_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("extract.sources.soffice", lambda: None)
    assert main(["inspect", str(SAMPLES / "phu_luc_ii_landscape.docx"), "-o", str(tmp_path / "x.png")]) == 2
    assert "needs LibreOffice" in capsys.readouterr().err and not (tmp_path / "x.png").exists()


def test_inspect_draws_an_ocr_page_with_cells_and_words(tmp_path):
    from PIL import Image

    from extract.ocr import OcrUnavailable, check_available

    try:
        check_available()
    except OcrUnavailable as exc:
        pytest.skip(str(exc))
    out = tmp_path / "scan.png"
    assert main(["inspect", str(SAMPLES / "scanned_rotated.pdf"), "--page", "1", "-o", str(out),
                 "--resolution", "40"]) == 0
    with Image.open(out) as img:
        rgb = img.convert("RGB")
        w, h = rgb.size
        assert w > 2 * h * 0.9  # the page and, beside it, the panel of words read
        right = rgb.crop((w // 2 + 8, 0, w, h))
        assert right.getbbox() is not None and len(right.getcolors(1 << 16) or []) > 2  # words drawn there


def test_draw_page_outlines_only_the_row_asked_for():
    import numpy as np

    from extract.inspect import MARK, draw_page, load

    loaded = load(SAMPLES / "phu_luc_ii_merged_lead.pdf")  # rows 8-12 share one merged lead cell on page 2
    try:
        bands = []
        for row in (8, 9):
            img, _ = draw_page(loaded, 2, 60, mark_row=row)
            ys = np.nonzero((np.asarray(img) == MARK).all(axis=2))[0]
            bands.append((ys.min(), ys.max()))
            assert ys.max() - ys.min() < img.height / 5  # one row's band, not the merged cell's five rows
        assert bands[0][1] <= bands[1][0] + 8  # row 9's outline starts where row 8's ends
        img, _ = draw_page(loaded, 2, 60)
        assert not (np.asarray(img) == MARK).all(axis=2).any()  # nothing outlined unless asked
    finally:
        loaded.close()
