from django.contrib import admin

from loetrat.core.admin import ReadOnlyAdminMixin

from .models import (
    Application,
    ApplicationPartner,
    ApplicationRevision,
    AwardBranch,
    AwardCycle,
    AwardProgramme,
    AwardType,
    DeadlineExtension,
)


@admin.register(AwardProgramme)
class AwardProgrammeAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en"]


@admin.register(AwardCycle)
class AwardCycleAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Browsing only: cycles change through the secretariat's pages (validated, audited)."""

    list_display = ["year_be", "name_th", "status", "copied_from"]
    list_filter = ["status"]


@admin.register(AwardBranch)
class AwardBranchAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name_th", "cycle", "position"]
    list_filter = ["cycle"]


@admin.register(AwardType)
class AwardTypeAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name_th", "branch", "cycle", "opens_at", "closes_at"]
    list_filter = ["cycle", "shared_work", "subject"]
    search_fields = ["code", "name_th", "name_en"]


class PartnerInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = ApplicationPartner
    extra = 0


@admin.register(Application)
class ApplicationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["reference", "title_th", "organization", "award_type", "state", "submitted_at"]
    list_filter = ["state", "cycle"]
    search_fields = ["reference", "title_th", "title_en"]
    list_select_related = ["organization", "award_type"]
    raw_id_fields = ["organization", "award_type", "previous_application"]
    inlines = [PartnerInline]


@admin.register(ApplicationRevision)
class ApplicationRevisionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["application", "number", "saved_by", "saved_at"]
    raw_id_fields = ["application"]


@admin.register(DeadlineExtension)
class DeadlineExtensionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["award_type", "organization", "until", "granted_by"]
