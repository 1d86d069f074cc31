"""Application pages: list, new, page, edit, revisions, receipt, files."""

from django.utils.translation import gettext_lazy as _

ACTION_LABELS = {
    "awards.application.created": _("Application created"),
    "awards.application.saved": _("Application saved"),
    "awards.application.send": _("Sent to the agency head"),
    "awards.application.recall": _("Taken back from the agency head"),
    "awards.application.endorse": _("Endorsed by the agency head"),
    "awards.application.return": _("Returned by the agency head"),
    "awards.application.reopen": _("Reopened for editing"),
    "awards.application.submit": _("Application submitted"),
    "awards.application.withdraw": _("Application withdrawn"),
    "awards.application.screen_out": _("Screened out by the secretariat"),
    "awards.application.reinstate": _("Reinstated by the secretariat"),
    "awards.application.partner_set": _("Partner agency added or changed"),
    "awards.application.partner_removed": _("Partner agency removed"),
    "awards.application.attachment_added": _("File attached"),
    "awards.application.attachment_removed": _("File removed"),
    "awards.extension.granted": _("Deadline extended"),
}


def register_applications() -> None:
    """Menu entry and audit labels of the application pages; AwardsConfig.ready() should call
    this (idempotent)."""
    from loetrat.core.audit import register_action_labels
    from loetrat.core.navigation import NavItem, register

    register_action_labels(ACTION_LABELS)
    register(
        NavItem(
            "applications",
            _("Applications"),
            "awards:application_list",
            "awards.list_applications",
            order=32,
        )
    )
