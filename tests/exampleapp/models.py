from django.db import models

from loetrat.core.models import BaseModel

from .enums import CharterStatus


class Charter(BaseModel):
    """A service charter an agency adopts once a committee approves it."""

    title_th = models.CharField(max_length=200)
    status = models.CharField(
        max_length=16, choices=CharterStatus.choices, default=CharterStatus.DRAFT
    )
    enacted_on = models.DateField(null=True, blank=True)

    def __str__(self):
        return self.title_th
