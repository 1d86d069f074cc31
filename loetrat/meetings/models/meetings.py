from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loetrat.core.models import BaseModel
from loetrat.core.thai.numbering import format_meeting_number

from ..enums import AgendaSection, AgendaStatus, AttendanceStatus, MeetingMode, MeetingStatus


class Meeting(BaseModel):
    """A meeting, numbered per committee and Buddhist-Era year (ครั้งที่ 7/2565). Numbers are
    assigned by the scheduling service and never reused, even when a meeting is cancelled."""

    committee = models.ForeignKey(
        "meetings.Committee",
        on_delete=models.PROTECT,
        related_name="meetings",
        verbose_name=_("committee"),
    )
    year_be = models.PositiveSmallIntegerField(_("year (B.E.)"))
    sequence = models.PositiveSmallIntegerField(_("number in the year"))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    mode = models.CharField(_("how"), max_length=16, choices=MeetingMode.choices)
    place_th = models.CharField(_("place"), max_length=300, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=MeetingStatus.choices, default=MeetingStatus.SCHEDULED
    )
    chair = models.ForeignKey(
        "meetings.CommitteeMember",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="meetings_chaired",
        verbose_name=_("chaired by"),
    )
    minutes_th = models.TextField(_("minutes (Thai)"), blank=True)
    certified_at = models.DateTimeField(_("minutes certified"), null=True, blank=True)
    certified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("certified by"),
    )
    postponed_from = models.DateTimeField(
        _("postponed from"),
        null=True,
        blank=True,
        help_text=_("When the meeting was to begin before it was last postponed."),
    )
    postponement_reason = models.CharField(_("reason for postponing"), max_length=500, blank=True)
    cancellation_reason = models.CharField(_("reason for cancelling"), max_length=500, blank=True)
    agenda_status = models.CharField(
        _("agenda"), max_length=8, choices=AgendaStatus.choices, default=AgendaStatus.DRAFT
    )
    agenda_sent_at = models.DateTimeField(_("agenda sent"), null=True, blank=True)
    agenda_sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("agenda sent by"),
    )

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.UniqueConstraint(
                fields=["committee", "year_be", "sequence"], name="meeting_number_per_year"
            )
        ]

    def __str__(self):
        return f"{self.committee} {self.number}"

    @property
    def number(self) -> str:
        return format_meeting_number(self.sequence, self.year_be)

    @property
    def day(self):
        """The day the meeting is held, in Bangkok."""
        return timezone.localtime(self.starts_at).date()


class Attendance(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="attendance")
    member = models.ForeignKey(
        "meetings.CommitteeMember", on_delete=models.PROTECT, related_name="attendance"
    )
    status = models.CharField(_("attendance"), max_length=16, choices=AttendanceStatus.choices)
    proxy_name_th = models.CharField(_("represented by"), max_length=200, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="attendance_once")
        ]

    def __str__(self):
        return f"{self.member}: {self.get_status_display()}"


class AgendaItem(BaseModel):
    """An item on a meeting's agenda, in one of its six parts (ระเบียบวาระ) and numbered within
    it: item 4.2 is the second matter for consideration."""

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="agenda_items")
    section = models.PositiveSmallIntegerField(_("agenda part"), choices=AgendaSection.choices)
    number = models.PositiveSmallIntegerField(_("number in the part"))
    title_th = models.CharField(_("title (Thai)"), max_length=500)
    title_en = models.CharField(_("title (English)"), max_length=500, blank=True)
    summary_th = models.TextField(_("summary (Thai)"), blank=True)
    presenter_th = models.CharField(_("presented by"), max_length=300, blank=True)

    class Meta:
        ordering = ["meeting", "section", "number"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "section", "number"], name="agenda_number_once"
            )
        ]

    def __str__(self):
        return f"{self.meeting.number} วาระที่ {self.label} {self.title_th}"

    @property
    def label(self) -> str:
        """The item's number as the agenda prints it: 4.2."""
        return f"{self.section}.{self.number}"


class AgendaLink(models.Model):
    """What an agenda item concerns: a criteria version, a cycle's stage results, a KPI
    framework, an adjustment, a restructuring. Any model can be linked."""

    agenda_item = models.ForeignKey(AgendaItem, on_delete=models.PROTECT, related_name="links")
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")

    class Meta:
        verbose_name = _("linked object")
        verbose_name_plural = _("linked objects")
        constraints = [
            models.UniqueConstraint(
                fields=["agenda_item", "content_type", "object_id"], name="agenda_link_once"
            )
        ]

    def __str__(self):
        return f"{self.agenda_item} → {self.content_type.model} {self.object_id}"
