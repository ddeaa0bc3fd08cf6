"""Task tables of Vietnamese government decisions to typed tables.

Kept light: the batch imports this package in every worker, so the notebook API
(:func:`read_document`, :func:`read_output`, which need pandas) is imported only when used.
"""
__version__ = "0.1.0"

__all__ = ["__version__", "read_document", "read_output"]


def __getattr__(name: str):
    if name in ("read_document", "read_output", "Tables"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
