from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from loetrat.core.models import BaseModel

from ..enums import ActionStatus, ResolutionOutcome


class Resolution(BaseModel):
    """The meeting's decision (มติ) on one agenda item. Final once the minutes are certified; a
    correction is a new resolution, on a later item, that names the one it corrects."""

    agenda_item = models.OneToOneField(
        "meetings.AgendaItem",
        on_delete=models.PROTECT,
        related_name="resolution",
        verbose_name=_("agenda item"),
    )
    outcome = models.CharField(_("outcome"), max_length=32, choices=ResolutionOutcome.choices)
    text_th = models.TextField(_("resolution (Thai)"))
    text_en = models.TextField(_("resolution (English)"), blank=True)
    forward_to_cabinet = models.BooleanField(_("forward to the Cabinet"), default=False)
    corrects = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="corrections",
        verbose_name=_("corrects"),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("resolution")
        verbose_name_plural = _("resolutions")

    def __str__(self):
        item = self.agenda_item
        return f"มติ {item.meeting.committee} ครั้งที่ {item.meeting.number} วาระที่ {item.label}"


class FollowUpAction(BaseModel):
    """An instruction (ข้อสั่งการ) that a resolution gives an organisation, with a due date."""

    resolution = models.ForeignKey(Resolution, on_delete=models.PROTECT, related_name="actions")
    title_th = models.CharField(_("instruction"), max_length=500)
    owner = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="committee_actions",
        verbose_name=_("responsible organisation"),
    )
    due_on = models.DateField(_("due"))
    status = models.CharField(
        _("status"), max_length=16, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    completed_on = models.DateField(_("completed"), null=True, blank=True)

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("follow-up action")
        verbose_name_plural = _("follow-up actions")
        indexes = [models.Index(fields=["status", "due_on"])]

    def __str__(self):
        return self.title_th


class ActionProgress(models.Model):
    action = models.ForeignKey(FollowUpAction, on_delete=models.PROTECT, related_name="progress")
    note_th = models.TextField(_("progress"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        ordering = ["action", "recorded_at"]
        verbose_name = _("progress note")
        verbose_name_plural = _("progress notes")

    def __str__(self):
        return self.note_th[:60]
