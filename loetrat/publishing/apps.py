from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    name = "loetrat.publishing"
    verbose_name = _("Public site")

    def ready(self):
        from loetrat.core.demo import register_demo_loader

        register_demo_loader("news", "loetrat.publishing.demo.publish_demo_news", order=70)

        from loetrat.core.navigation import NavItem, register

        register(
            NavItem("news", _("News"), "publishing:newsroom", "publishing.manage_news", order=60)
        )

        from loetrat.core.audit import register_action_labels, register_former_labels
        from loetrat.core.panels import register_object_panel

        from .panels import clinic_news_panel, meeting_news_panel

        register_action_labels(
            {
                "publishing.news.created": _("News drafted"),
                "publishing.news.updated": _("News edited"),
                "publishing.news.published": _("News published"),
                "publishing.news.unpublished": _("News taken off the public pages"),
                # written before news belonged to the public site
                "meetings.news.created": _("News drafted"),
                "meetings.news.updated": _("News edited"),
                "meetings.news.published": _("News published"),
                "meetings.news.unpublished": _("News taken off the public pages"),
            }
        )
        register_former_labels("publishing.newsitem", "meetings.newsitem")
        register_object_panel("publishing.meeting_news", meeting_news_panel, order=50)
        register_object_panel("publishing.clinic_news", clinic_news_panel, order=50)
