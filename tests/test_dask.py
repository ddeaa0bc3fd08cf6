"""The Dask engine (issue 9): same tables as the local pool, a killed worker loses no file.

Real LocalClusters of 2 worker processes; real files (a few samples and the
bad-file folder of ``badfiles.py``).  Skipped when dask[distributed] is not
installed, except the test of the message that says how to install it.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import badfiles
from badfiles import GOOD_DOCX, GOOD_PDF, SAMPLES, SEED_TASKS

from extract.batch import find_inputs, plan_jobs, run_batch, set_time_limits
from extract.batch import run as batch_mod
from extract.batch import writers as output_mod

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("documents", "tasks", "task_agencies", "issues", "tables")
FEW_SAMPLES = ("phu_luc_ii_merged_lead.pdf", "phu_luc_ii_nfd.docx", "quyet_dinh_full.docx")

try:
    import dask  # noqa: F401
    import distributed  # noqa: F401
    HAVE_DASK = True
except ImportError:
    HAVE_DASK = False
pytestmark = pytest.mark.slow  # a cluster per test module, workers killed: make test, not test-fast
needs_dask = pytest.mark.skipif(not HAVE_DASK, reason="dask[distributed] is not installed (pip install '.[dask]')")


def parquet_bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / f"{name}.parquet").read_bytes() for name in TABLES}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The bad-file folder plus a few samples (no legacy .doc: LibreOffice would dominate the time)."""
    src = tmp_path_factory.mktemp("dask") / "in"
    expect = badfiles.build_folder(src)
    (src / "samples").mkdir()
    for name in FEW_SAMPLES:
        shutil.copyfile(SAMPLES / name, src / "samples" / name)
    return src, expect


@pytest.fixture(scope="module")
def local(folder, tmp_path_factory):
    src, _ = folder
    out = tmp_path_factory.mktemp("local") / "out"
    return run_batch([src], out, workers=2), out


@pytest.fixture(scope="module")
def dask_run(folder, tmp_path_factory):
    """The same folder through --engine dask with no scheduler: a LocalCluster of 2 workers of its own."""
    if not HAVE_DASK:
        pytest.skip("dask[distributed] is not installed (pip install '.[dask]')")
    from extract.batch import engine_dask

    src, _ = folder
    out = tmp_path_factory.mktemp("dask_out") / "out"
    with pytest.MonkeyPatch.context() as m:  # a window of 3 files ahead of the oldest unfinished one: exercised
        m.setattr(engine_dask, "MIN_WINDOW", 3)
        m.setattr(engine_dask, "WINDOW_PER_WORKER", 1)
        return run_batch([src], out, workers=2, engine="dask"), out


# --- same tables as the local pool ------------------------------------------------------------

@needs_dask
def test_dask_engine_gives_the_local_engines_parquet_byte_for_byte(folder, local, dask_run):
    _, expect = folder
    lbatch, lout = local
    dbatch, dout = dask_run
    assert dbatch.engine == "dask" and dbatch.layout == "single"
    assert sorted(dbatch.extracted) == sorted(lbatch.extracted) and dbatch.reused == []
    docs = {d["source_path"]: d for d in pq.read_table(dout / "documents.parquet").to_pylist()}
    assert set(expect) <= set(docs) and len(docs) == len(expect) + len(FEW_SAMPLES)  # every input accounted for
    for path, want in expect.items():
        assert (docs[path]["status"], docs[path]["tasks_found"]) == (want.status, want.tasks), path
    assert all(docs[f"samples/{n}"]["status"] == "ok" for n in FEW_SAMPLES)
    for name in TABLES:
        assert pq.read_table(dout / f"{name}.parquet").equals(pq.read_table(lout / f"{name}.parquet")), name
    assert parquet_bytes(dout) == parquet_bytes(lout)
    assert dbatch.files == lbatch.files and dbatch.n_tasks == lbatch.n_tasks and dbatch.status == lbatch.status


@needs_dask
def test_cache_applies_and_large_batches_are_parquet_datasets(folder, local, dask_run, tmp_path, monkeypatch):
    src, _ = folder
    _, lout = local
    _, dout = dask_run
    work = tmp_path / "out"
    shutil.copytree(dout, work)
    monkeypatch.setattr(output_mod, "PART_FILES", 4)  # several parts out of a small folder
    again = run_batch([src], work, workers=2, engine="dask", layout="dataset")
    assert again.extracted == [] and len(again.reused) == again.files  # nothing started on the cluster
    assert again.layout == "dataset" and again.results == []  # nothing held: bounded memory
    assert not list(work.glob("*.parquet")), "the single files of the earlier run are gone"
    n_parts = -(-again.files // 4)
    for name in TABLES:
        parts = sorted(p.name for p in (work / name).iterdir())
        assert parts == [f"part-{i:05d}.parquet" for i in range(n_parts)], (name, parts)
    reference = {name: pq.read_table(lout / f"{name}.parquet") for name in TABLES}
    for name in TABLES:
        parts = [pq.read_table(p) for p in sorted((work / name).glob("part-*.parquet"))]
        assert pa.concat_tables(parts).equals(reference[name]), name
    # Read as one table by the tools the README names.
    import duckdb
    import pandas as pd

    con = duckdb.connect()
    for name in TABLES:
        n = con.execute(f"select count(*) from read_parquet('{work}/{name}/*.parquet')").fetchone()[0]
        assert n == reference[name].num_rows, name
    assert pd.read_parquet(work / "tasks")["task"].tolist() == reference["tasks"].column("task").to_pylist()
    try:
        import polars as pl
    except ImportError:
        pl = None
    if pl is not None:
        assert pl.read_parquet(f"{work}/task_agencies/*.parquet").height == reference["task_agencies"].num_rows
    # The local engine writes the same parts (here by the "auto" rule: more files than the threshold) ...
    monkeypatch.setattr(batch_mod, "DATASET_THRESHOLD", again.files - 1)
    local_ds = run_batch([src], tmp_path / "local_ds", workers=2)
    assert local_ds.layout == "dataset"
    for name in TABLES:
        for p in sorted((work / name).glob("*.parquet")):
            assert pq.read_table(p).equals(pq.read_table(tmp_path / "local_ds" / name / p.name)), p
    # ... and a batch under the threshold goes back to single files.
    monkeypatch.setattr(batch_mod, "DATASET_THRESHOLD", again.files)
    assert run_batch([src], work, workers=2, engine="dask").layout == "single"
    assert parquet_bytes(work) == parquet_bytes(lout)
    assert not any((work / name).exists() for name in TABLES)


@needs_dask
def test_cli_engine_dask(folder, dask_run, tmp_path):
    src, expect = folder
    _, dout = dask_run
    work = tmp_path / "out"
    shutil.copytree(dout, work)
    next((work / ".cache").glob("[0-9a-f]*.json")).unlink()  # one file to extract on the cluster
    proc = subprocess.run([sys.executable, "-m", "extract", str(src), "-o", str(work), "--engine", "dask",
                           "--workers", "2"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "1 to extract with 1 Dask worker" in proc.stderr and "(1 extracted," in proc.stderr
    assert parquet_bytes(work) == parquet_bytes(dout)
    bad = subprocess.run([sys.executable, "-m", "extract", str(src), "-o", str(work), "--scheduler", "tcp://x:1"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "--scheduler needs --engine dask" in bad.stderr


NO_DASK = """
import sys
sys.modules["dask"] = None  # as if the extra were not installed
sys.modules["distributed"] = None
from extract.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_without_dask_the_engine_says_how_to_install_it(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copyfile(GOOD_DOCX, tmp_path / "in" / "a.docx")
    proc = subprocess.run([sys.executable, "-c", NO_DASK, str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                           "--engine", "dask"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "pip install '.[dask]'" in proc.stderr
    assert not (tmp_path / "out").exists()  # refused before any work


# --- a killed worker costs nothing (once), only its file (always) -------------------------------

@needs_dask
def test_killed_worker_mid_batch_loses_no_file(tmp_path):
    import dask
    from distributed import LocalCluster

    from extract.batch.engine_dask import LOCAL_CONFIG, run_dask

    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.docx", "b.docx", "c.docx", "d.docx"):
        shutil.copyfile(GOOD_DOCX, src / name)
    shutil.copyfile(GOOD_PDF, src / "slow.pdf")  # killed from outside while it runs: retried, then fine
    shutil.copyfile(GOOD_DOCX, src / "dies.docx")  # kills its worker every time: reported failed
    shutil.copyfile(GOOD_DOCX, src / "hangs.docx")  # runs past the time limit: reported timed out
    pidfile = tmp_path / "slow.pid"

    def func(job):  # defined here: cloudpickle sends it to the workers by value
        import os
        import signal
        import time

        from extract.batch import extract_one

        name = job.path.name
        if name == "slow.pdf" and not pidfile.exists():
            pidfile.write_text(str(os.getpid()))
            time.sleep(30)  # killed long before this ends
        elif name == "dies.docx":
            import faulthandler

            faulthandler.disable()  # a crash on purpose: no traceback dump in the test output
            os.kill(os.getpid(), signal.SIGSEGV)
        elif name == "hangs.docx":
            time.sleep(60)
        return extract_one(job)

    killed = []

    def killer():
        deadline = time.monotonic() + 60
        while not pidfile.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        pid = int(pidfile.read_text())
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    jobs = plan_jobs(find_inputs([src]))
    set_time_limits(jobs, 6.0)
    got = {}
    with dask.config.set(LOCAL_CONFIG):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=40)
    try:
        from distributed import Client

        with Client(cluster) as client:
            thread = threading.Thread(target=killer, daemon=True)
            thread.start()
            t0 = time.monotonic()
            run_dask(jobs, 2, lambda job, result, trouble: got.__setitem__(job.source_path, (result, trouble)),
                     func=func, scheduler=cluster.scheduler_address)
            elapsed = time.monotonic() - t0
            thread.join(5)
            assert killed and killed[0] != os.getpid(), "a worker process of the cluster was killed mid-batch"
            client.wait_for_workers(2, timeout=30)  # the nannies replaced the dead workers
    finally:
        cluster.close()
    assert sorted(got) == sorted(j.source_path for j in jobs), "every file has a result"
    for name in ("a.docx", "b.docx", "c.docx", "d.docx", "slow.pdf"):
        result, trouble = got[name]
        assert trouble is None and result.document["status"] == "ok" and len(result.tasks) == SEED_TASKS, name
    result, trouble = got["dies.docx"]
    assert trouble == "crash" and result.document["status"] == "failed"
    assert "died on this file 2 times" in result.document["error"], result.document["error"]
    result, trouble = got["hangs.docx"]
    assert trouble == "timeout" and result.document["error"].startswith("timed out after 6 s"), result.document
    assert elapsed < 60
