"""Demo data of the meetings app: the two committees and the four seed meetings. Pure data, no
Django imports; the loader is loetrat/meetings/demo.py. The facts (dates, numbers, chairs,
decisions) follow OPDC's public news reports; the wording is the project's own."""

from .committees import COMMITTEES
from .meetings import MEETINGS

__all__ = ["COMMITTEES", "MEETINGS"]
