"""clinics."""

from ninja import Router

router = Router(tags=["clinics"])
