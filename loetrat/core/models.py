from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .errors import DomainError


class BaseModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class StoredFileQuerySet(models.QuerySet):
    def active(self):
        """Files not removed, in the order they were uploaded."""
        return self.filter(removed_at__isnull=True).order_by("uploaded_at", "pk")


class StoredFile(models.Model):
    """A file kept privately (evidence, an agenda paper, an attachment): what it really is by its
    content, its size and checksum, who uploaded it; never deleted, removal only marks the row.
    Subclasses add the `file` field with their own private path, and what the file belongs to.
    Written through `core.files` (check_upload, store_upload, mark_removed)."""

    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=100, default="application/pdf")
    size = models.PositiveIntegerField(_("size (bytes)"))
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    removed_at = models.DateTimeField(_("removed"), null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    objects = StoredFileQuerySet.as_manager()
    # The folder of the storage that the subclass's `upload_to` writes in.
    storage_root = ""

    class Meta:
        abstract = True

    def __str__(self):
        return self.original_name

    @property
    def size_mb(self) -> float:
        """The size in MB to one decimal, at least 0.1 so that a small file does not read 0."""
        return max(round(self.size / (1024 * 1024), 1), 0.1)


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise DomainError(_("Audit events cannot be changed."), code="audit_immutable")

    def delete(self):
        raise DomainError(_("Audit events cannot be deleted."), code="audit_immutable")


class AuditEvent(models.Model):
    """One thing that happened, written once by a service and never changed or removed.

    Corrections are new events. The database refuses UPDATE and DELETE as well (see the
    migration's triggers), so not even a raw query through the app can rewrite history."""

    occurred_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    actor_label = models.CharField(_("actor name"), max_length=200, blank=True)
    action = models.CharField(_("action"), max_length=100, db_index=True)
    target_type = models.CharField(_("target type"), max_length=100, blank=True, db_index=True)
    target_id = models.CharField(_("target id"), max_length=64, blank=True)
    target_label = models.CharField(_("target"), max_length=300, blank=True)
    organization_id = models.BigIntegerField(_("organisation"), null=True, blank=True)
    before = models.JSONField(_("before"), null=True, blank=True)
    after = models.JSONField(_("after"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    request_id = models.CharField(_("request id"), max_length=64, blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-id"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        indexes = [
            models.Index(fields=["target_type", "target_id"]),
            models.Index(fields=["organization_id", "-occurred_at"]),
        ]

    def __str__(self):
        return f"{self.occurred_at:%Y-%m-%d %H:%M} {self.action} {self.target_label}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise DomainError(_("Audit events cannot be changed."), code="audit_immutable")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise DomainError(_("Audit events cannot be deleted."), code="audit_immutable")


class Approval(models.Model):
    """What made an object take effect: a committee's resolution recorded in Loetrat (`source`)
    or an approval given on paper before the approval gate (`reference_th` only). One row per
    object, written only by `core.approvals.approval_grant`; pages read it through
    `approval_of`, so what an object says approved it always matches the resolution."""

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    target_label = models.CharField(_("what was approved"), max_length=300)
    source_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    source_id = models.PositiveBigIntegerField(null=True, blank=True)
    source = GenericForeignKey("source_type", "source_id")
    reference_th = models.CharField(_("approved by"), max_length=500)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    approved_at = models.DateTimeField(_("recorded"), default=timezone.now)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )

    class Meta:
        ordering = ["-approved_at", "-pk"]
        verbose_name = _("approval")
        verbose_name_plural = _("approvals")
        indexes = [models.Index(fields=["source_type", "source_id"])]
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="approved_once")
        ]

    def __str__(self):
        return f"{self.reference_th} → {self.target_label}"


class IdempotentRequest(models.Model):
    """A request sent with an Idempotency-Key, and the answer it got, so that a client whose
    answer was lost can send it again and get the same answer instead of a duplicate."""

    scope = models.CharField(max_length=64)  # who sent it: a digest of the token or session
    key = models.CharField(max_length=200)
    fingerprint = models.CharField(max_length=64)  # method, path and body
    status = models.PositiveSmallIntegerField(null=True, blank=True)  # null while in progress
    content_type = models.CharField(max_length=100, blank=True)
    body = models.BinaryField(blank=True, default=b"")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "key"], name="idempotency_key_once")
        ]

    def __str__(self):
        return f"{self.key} ({self.status or 'in progress'})"


class Notice(models.Model):
    """One thing a person should know or do, in their inbox. It keeps the kind and the
    parameters, never text: the kind (core.notices) renders it in the reader's language. Written
    only by `core.notices.notify`; e-mailed after commit to those who want that kind by e-mail."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices"
    )
    kind = models.CharField(_("kind"), max_length=100)
    params = models.JSONField(default=dict, blank=True)
    url = models.CharField(_("link"), max_length=500)
    # What it is about ("awards.application:12"), so a reminder is sent at most once a day.
    about = models.CharField(max_length=200, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("time"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        indexes = [
            # The inbox, newest first, and the header's count of unread notices (partial index).
            models.Index(fields=["recipient", "-created_at", "-id"], name="notice_inbox"),
            models.Index(
                fields=["recipient"], condition=models.Q(read_at__isnull=True), name="notice_unread"
            ),
            models.Index(fields=["kind", "about", "created_at"], name="notice_about"),
        ]

    def __str__(self):
        return f"{self.kind} → {self.recipient_id}"


class NoticePreference(models.Model):
    """A person's choice to receive one kind of notice by e-mail or not (the inbox always gets
    it). Without a row the kind's default holds."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notice_preferences"
    )
    kind = models.CharField(max_length=100)
    email = models.BooleanField(_("by e-mail"))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notice_preference_once")
        ]

    def __str__(self):
        return f"{self.user_id} {self.kind} {self.email}"


class ScheduledRun(models.Model):
    """When a periodic job (core.schedule) last ran: the slot it ran for, so that a restarted
    worker, or a second one, does not run it again for the same slot."""

    key = models.CharField(max_length=100, unique=True)
    last_slot = models.DateTimeField(null=True, blank=True)
    last_run_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.key} {self.last_slot}"
