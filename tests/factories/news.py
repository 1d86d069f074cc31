"""News items made directly, for the newsroom and public page tests."""

from loetrat.publishing.enums import NewsStatus
from loetrat.publishing.models import NewsItem


def make_news(meeting, actor, *, slug, published=None, title="ข่าวทดสอบ"):
    return NewsItem.objects.create(
        slug=slug,
        meeting=meeting,
        title_th=title,
        title_en=f"{title} (en)",
        body_th=f"{title}\n\nย่อหน้าที่สอง",
        body_en="English text",
        status=NewsStatus.PUBLISHED if published else NewsStatus.DRAFT,
        published_at=published,
        created_by=actor,
    )
