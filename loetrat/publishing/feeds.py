"""The Atom feed of published news (/news/feed.atom): the latest 30 items, newest first, each
with its author and its page's absolute address as its id."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from .selectors import localized, published_news

FEED_SIZE = 30


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def title(self):
        return _("OPDC news · Loetrat")

    def subtitle(self):
        return _("Summaries of the meetings of the Public Sector Development Commission")

    def link(self):
        return reverse("publishing:news_list")

    def feed_url(self):
        return reverse("publishing:news_feed")

    def items(self):
        return [localized(item) for item in published_news()[:FEED_SIZE]]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return Truncator(" ".join(item.body.split())).chars(400)

    def item_link(self, item):
        return reverse("publishing:news_detail", args=[item.slug])

    def author_name(self):
        return _("Office of the Public Sector Development Commission (OPDC)")

    def item_author_name(self, item):
        return self.author_name()

    # No item_guid: each entry's Atom id is its page's absolute address (an IRI), which does not
    # change once the item is published.

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at
