"""The batch layer: many input files in, three tables out, whatever happens to any one file.

Modules, each with one job (imports go down this list only: no circle):

- :mod:`.options`: :class:`BatchOptions` and the run's fixed bounds;
- :mod:`.inputs`: finding, hashing and planning the files (``Job``, one time limit per file);
- :mod:`.worker`: what runs for one file (:func:`extract_one`, the last net) and a worker's own bounds;
- :mod:`.pool` and :mod:`.engine_dask`: the two engines, same interface;
- :mod:`.codec` and :mod:`.cache`: results as checked JSON data, kept per file;
- :mod:`.writers`: single-file and dataset writers; :mod:`.sink`: order, cache, write (never extract);
- :mod:`.lock`, :mod:`.terminal`, :mod:`.report`: one run per output, escaped text, what a run did;
- :mod:`.run`: :func:`run_batch`.

The batch layer only calls :func:`extract.pipeline.process_file` and never looks inside a document.
"""
from __future__ import annotations

from .cache import cacheable
from .inputs import InputNotFound, Job, find_inputs, plan_jobs, set_time_limits
from .lock import OutputBusy
from .options import (DATASET_THRESHOLD, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, ENGINES, LAYOUTS, PART_FILES,
                      PER_PAGE_TIMEOUT, BatchOptions)
from .pool import run_pool
from .report import BatchResult
from .run import run_batch
from .worker import extract_one, failed_result
from .writers import OUTPUT_TABLES

__all__ = ["run_batch", "BatchOptions", "BatchResult", "find_inputs", "plan_jobs", "Job",
           "InputNotFound", "OutputBusy", "set_time_limits", "run_pool", "extract_one", "failed_result",
           "cacheable", "OUTPUT_TABLES", "PART_FILES", "DATASET_THRESHOLD", "DEFAULT_TIMEOUT",
           "PER_PAGE_TIMEOUT", "DEFAULT_MEMORY_MB", "ENGINES", "LAYOUTS"]
