"""States of a news item and the moves between them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NewsStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class NewsAction(models.TextChoices):
    PUBLISH = "publish", _("Publish")
    UNPUBLISH = "unpublish", _("Take off the public pages")


NEWS_TRANSITIONS: dict[tuple[str, str], str] = {
    (NewsStatus.DRAFT, NewsAction.PUBLISH): NewsStatus.PUBLISHED,
    (NewsStatus.PUBLISHED, NewsAction.UNPUBLISH): NewsStatus.DRAFT,
}
