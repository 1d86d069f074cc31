"""Demo data of the meetings app: the two committees, the four seed meetings and the seed's
clinic with the Ministry of Digital Economy and Society. Pure data, no Django imports; the loader
is loetrat/meetings/demo.py. The facts (dates, numbers, chairs, decisions) follow OPDC's public
news reports; the wording is the project's own."""

from .clinics import MDES_CLINIC
from .committees import COMMITTEES
from .meetings import MEETINGS

__all__ = ["COMMITTEES", "MDES_CLINIC", "MEETINGS"]
