"""The public pages run a fixed number of queries whatever the number of measures."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.portal.published import page_urls, publish


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_count_does_not_grow_with_the_measures(client, plan, other_plan):
    small = publish(plan, measures=3)
    large = publish(other_plan, measures=30)
    for name, url in page_urls(plan.municipality.slug, small).items():
        other_url = page_urls(other_plan.municipality.slug, large)[name]
        for warm in (url, other_url):  # the first call renders and caches the charts
            queries(client, warm)
        assert queries(client, url) == queries(client, other_url), name
