from django.contrib import admin

from loetrat.core.admin import ReadOnlyAdminMixin

from .models import (
    AgendaItem,
    Committee,
    CommitteeMember,
    FollowUpAction,
    Meeting,
    Resolution,
)


@admin.register(Committee)
class CommitteeAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name_th", "kind"]


@admin.register(CommitteeMember)
class CommitteeMemberAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["name_th", "committee", "role", "term_starts", "term_ends"]
    list_filter = ["role"]


@admin.register(Meeting)
class MeetingAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["committee", "year_be", "sequence", "starts_at", "status"]
    list_filter = ["status"]


@admin.register(AgendaItem)
class AgendaItemAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["meeting", "section", "number", "title_th"]


@admin.register(Resolution)
class ResolutionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["agenda_item", "outcome", "forward_to_cabinet"]


@admin.register(FollowUpAction)
class FollowUpActionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["title_th", "owner", "due_on", "status"]
    list_filter = ["status"]
