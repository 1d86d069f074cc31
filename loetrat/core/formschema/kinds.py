"""The kinds of field a form schema may hold."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FieldKind(models.TextChoices):
    SHORT_TEXT = "short_text", _("Short text")
    LONG_TEXT = "long_text", _("Long text")
    NUMBER = "number", _("Number")
    DATE = "date", _("Date")
    CHOICE = "choice", _("Choice")
    MULTI_CHOICE = "multi_choice", _("Several choices")
    TABLE = "table", _("Table")
    FILE = "file", _("Files")
