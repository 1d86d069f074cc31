"""Demo data of the clinics app (pure data; the loader is loetrat/clinics/demo.py)."""

from .clinic import MDES_CLINIC

__all__ = ["MDES_CLINIC"]
