"""Benchmark: the pipeline against pdfplumber alone on the same files, in one run (`make bench`)."""
