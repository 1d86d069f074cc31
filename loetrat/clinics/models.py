"""Consulting clinics (คลินิกให้คำปรึกษา) and the follow-ups they give."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from loetrat.core.models import BaseModel
from loetrat.meetings.enums import MeetingMode

from .enums import ClinicStatus, ClinicTopic


class ClinicSession(BaseModel):
    """A consulting clinic (คลินิกให้คำปรึกษา): an agency, or a ministry for its agencies, asks
    OPDC for advice; the secretariat schedules it, records the advice and the follow-ups."""

    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="clinic_sessions",
        verbose_name=_("requested by (agency)"),
    )
    covered = models.ManyToManyField(
        "organizations.Organization",
        blank=True,
        related_name="clinic_sessions_covering",
        verbose_name=_("agencies advised"),
    )
    topics = models.JSONField(_("topics"), default=list)
    question_th = models.TextField(_("what the agency asks"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=16, choices=ClinicStatus.choices, default=ClinicStatus.REQUESTED
    )
    scheduled_at = models.DateTimeField(_("scheduled"), null=True, blank=True)
    mode = models.CharField(_("how"), max_length=16, choices=MeetingMode.choices, blank=True)
    place_th = models.CharField(_("place"), max_length=300, blank=True)
    chaired_by_th = models.CharField(_("chaired by"), max_length=300, blank=True)
    advice_th = models.TextField(_("advice given"), blank=True)
    discussion_th = models.TextField(_("points raised"), blank=True)

    class Meta:
        ordering = ["-scheduled_at", "-created_at"]
        verbose_name = _("clinic session")
        verbose_name_plural = _("clinic sessions")

    def __str__(self):
        return f"{self.organization} ({self.get_status_display()})"

    def topic_labels(self) -> list[str]:
        labels = dict(ClinicTopic.choices)
        return [str(labels.get(topic, topic)) for topic in self.topics]


class ClinicFollowUp(BaseModel):
    clinic = models.ForeignKey(ClinicSession, on_delete=models.PROTECT, related_name="follow_ups")
    text_th = models.TextField(_("follow-up"))
    owner = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="clinic_follow_ups",
        verbose_name=_("responsible organisation"),
    )
    due_on = models.DateField(_("due"), null=True, blank=True)
    done_on = models.DateField(_("done"), null=True, blank=True)

    class Meta:
        ordering = ["clinic", "due_on", "pk"]
        verbose_name = _("clinic follow-up")
        verbose_name_plural = _("clinic follow-ups")

    def __str__(self):
        return self.text_th[:80]
