"""The shared cache: Redis when configured, and an outage that costs speed, never a page.

Against a real redis-server each test starts on a free port and stops to
make the outage (the `redis` marker skips, naming Redis, when the binary is
missing).
"""

import logging

import pytest
import redis
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Page, get_page_models

from integrityhub.cache_backends import ResilientRedisCache
from integrityhub.settings.cache import LOCAL_BACKEND, REDIS_BACKEND, cache_config
from tests.platform.test_settings import PRODUCTION_ENVIRONMENT, run_manage

COORDINATOR_EMAIL = "coordinator@integrityhub.example"


def test_without_redis_url_each_process_has_its_own_cache():
    assert cache_config("")["default"]["BACKEND"] == LOCAL_BACKEND


def test_with_redis_url_the_cache_is_the_resilient_redis_backend():
    config = cache_config("redis://cache.internal:6379/1", "site_a")["default"]
    assert config["BACKEND"] == REDIS_BACKEND
    assert config["LOCATION"] == "redis://cache.internal:6379/1"
    assert config["KEY_PREFIX"] == "site_a"


PRODUCTION_CACHE_SETTINGS = (
    "from django.conf import settings;"
    "print(settings.CACHES['default']['BACKEND']);print(settings.CONTENT_CACHE_ACROSS_REQUESTS)"
)


@pytest.mark.parametrize(
    ("redis_url", "backend", "across_requests"),
    [("", LOCAL_BACKEND, "False"), ("redis://cache.internal:6379/0", REDIS_BACKEND, "True")],
)
def test_production_keeps_content_across_requests_only_with_redis(redis_url, backend, across_requests):
    """Several workers with caches of their own would each keep a page an edit never reaches."""
    result = run_manage(
        "shell", "-c", PRODUCTION_CACHE_SETTINGS, environment=dict(PRODUCTION_ENVIRONMENT, REDIS_URL=redis_url)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == [backend, across_requests]


def redis_cache(server, prefix="test", retry_after_seconds=0):
    return ResilientRedisCache(
        server.url,
        {"KEY_PREFIX": prefix, "OPTIONS": {"RETRY_AFTER_SECONDS": retry_after_seconds, "socket_timeout": 1}},
    )


@pytest.mark.redis
def test_the_backend_stores_and_reads_in_redis(redis_server):
    shared = redis_cache(redis_server)
    shared.set("greeting", {"en": "Welcome"})
    shared.set("visits", 1)

    assert shared.get("greeting") == {"en": "Welcome"}
    assert shared.incr("visits") == 2
    assert redis_cache(redis_server).get("greeting") == {"en": "Welcome"}, "another process sees it"


@pytest.mark.redis
def test_clear_deletes_only_this_sites_keys(redis_server):
    this_site, other_site = redis_cache(redis_server, "site_a"), redis_cache(redis_server, "site_b")
    this_site.set("menu", "A")
    other_site.set("menu", "B")

    this_site.clear()

    assert this_site.get("menu") is None
    assert other_site.get("menu") == "B"


@pytest.mark.redis
def test_with_redis_down_every_operation_is_a_miss_or_does_nothing(redis_server):
    shared = redis_cache(redis_server)
    shared.set("menu", "cached")
    redis_server.stop()

    assert shared.get("menu", "default") == "default"
    assert shared.get_many(["menu", "footer"]) == {}
    assert shared.has_key("menu") is False
    assert shared.set("menu", "new") is None
    assert shared.set_many({"menu": "new", "footer": "new"}) == ["menu", "footer"]
    assert shared.add("menu", "new") is False
    assert shared.touch("menu") is False
    assert shared.delete("menu") is False
    assert shared.delete_many(["menu"]) is None
    assert shared.clear() is False
    assert shared.get_or_set("menu", "computed") == "computed"
    with pytest.raises(ValueError, match="not found"):
        shared.incr("visits")


@pytest.mark.redis
def test_an_outage_is_logged_once_not_once_per_call(redis_server, caplog):
    shared = redis_cache(redis_server)
    redis_server.stop()

    with caplog.at_level(logging.WARNING, logger="integrityhub.cache_backends"):
        for _ in range(5):
            shared.get("menu")

    warnings = [record for record in caplog.records if record.name == "integrityhub.cache_backends"]
    assert len(warnings) == 1
    assert "Cache unavailable" in warnings[0].getMessage()


@pytest.mark.redis
def test_after_a_failure_redis_is_left_alone_for_a_while(redis_server):
    """Each call to an unreachable host would cost a timeout; the circuit spares them."""
    patient, eager = redis_cache(redis_server, retry_after_seconds=3600), redis_cache(redis_server)
    redis_server.stop()
    patient.get("menu")
    eager.get("menu")
    redis_server.start()
    redis.Redis.from_url(redis_server.url).set(patient.make_key("menu"), b"")

    assert eager.set("menu", "back") is None
    assert eager.get("menu") == "back", "a cache with no wait is used again as soon as Redis is back"
    assert patient.get("menu", "miss") == "miss", "within its wait, Redis is not asked"


def one_live_page_of_each_type():
    pages = []
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.live().filter(locale__language_code="en").order_by("path").first()
        if page is not None:
            pages.append(page)
    return pages


@pytest.mark.redis
@pytest.mark.django_db
def test_with_redis_down_every_page_type_is_still_served(built_demo_site, client, redis_server):
    pages = one_live_page_of_each_type()
    assert len(pages) >= 8, "the demo site has pages of most types"
    coordinator = get_user_model().objects.get(email=COORDINATOR_EMAIL)
    redis_server.stop()

    with override_settings(CACHES=cache_config(redis_server.url, "outage_test")):
        cache.get("anything")  # the cache really is the stopped Redis
        anonymous = {page.url: client.get(page.url).status_code for page in pages}
        client.force_login(coordinator)
        signed_in = {page.url: client.get(page.url).status_code for page in pages}
        searched = client.get("/en/search/", {"query": "integrity"}).status_code

    # A restricted page may send a visitor to log in, a lesson a reader to enrol; nothing may fail.
    for statuses in (anonymous, signed_in):
        assert all(status in (200, 302) for status in statuses.values()), statuses
        assert sum(status == 200 for status in statuses.values()) >= len(pages) - 2, statuses
    assert searched == 200


def near_caching_redis_cache(server, entries=10, seconds=60):
    return ResilientRedisCache(
        server.url,
        {
            "KEY_PREFIX": "test",
            "OPTIONS": {
                "RETRY_AFTER_SECONDS": 0,
                "socket_timeout": 1,
                "NEAR_CACHE_PREFIXES": ("fragment:",),
                "NEAR_CACHE_ENTRIES": entries,
                "NEAR_CACHE_SECONDS": seconds,
            },
        },
    )


@pytest.mark.redis
def test_fragments_read_once_are_answered_by_the_process_itself(redis_server):
    writer, reader = redis_cache(redis_server), near_caching_redis_cache(redis_server)
    writer.set("fragment:footer:en:gen1", "<footer>")
    writer.set("session:abc", "signed in")
    assert reader.get("fragment:footer:en:gen1") == "<footer>"
    assert reader.get("session:abc") == "signed in"

    redis_server.stop()

    assert reader.get("fragment:footer:en:gen1") == "<footer>", "kept in the process"
    assert reader.get("session:abc") is None, "other keys are always asked of Redis"


@pytest.mark.redis
def test_each_read_of_a_kept_fragment_is_a_copy_of_its_own(redis_server):
    near = near_caching_redis_cache(redis_server)
    near.set("fragment:outline:en:gen1", [{"title": "Chapter 1"}])
    near.get("fragment:outline:en:gen1")[0]["current"] = True

    redis_server.stop()

    assert near.get("fragment:outline:en:gen1") == [{"title": "Chapter 1"}]


@pytest.mark.redis
def test_a_new_generation_is_read_from_redis_where_another_process_wrote_it(redis_server):
    writer, reader = redis_cache(redis_server), near_caching_redis_cache(redis_server)
    writer.set("fragment:footer:en:gen1", "old footer")
    assert reader.get("fragment:footer:en:gen1") == "old footer"
    assert reader.get("fragment:footer:en:gen2") is None, "a miss is not kept"

    writer.set("fragment:footer:en:gen2", "new footer")

    assert reader.get("fragment:footer:en:gen2") == "new footer"


@pytest.mark.redis
def test_what_the_process_writes_or_deletes_is_kept_or_dropped_too(redis_server):
    near = near_caching_redis_cache(redis_server)
    near.set("fragment:menu:en:gen1", ["Home"])
    near.set("fragment:menu:fr:gen1", ["Accueil"])
    near.delete("fragment:menu:fr:gen1")

    redis_server.stop()

    assert near.get("fragment:menu:en:gen1") == ["Home"]
    assert near.get("fragment:menu:fr:gen1") is None


@pytest.mark.redis
def test_the_process_keeps_only_the_most_recently_used_fragments(redis_server):
    near = near_caching_redis_cache(redis_server, entries=2)
    for language in ("en", "fr", "es"):
        near.set(f"fragment:menu:{language}:gen1", language)
    near.get("fragment:menu:fr:gen1")

    redis_server.stop()

    assert [near.get(f"fragment:menu:{language}:gen1") for language in ("en", "fr", "es")] == [None, "fr", "es"]


@pytest.mark.redis
def test_an_entry_written_without_a_lifetime_left_is_not_kept(redis_server):
    near = near_caching_redis_cache(redis_server)
    near.set("fragment:menu:en:gen1", ["Home"], timeout=0)

    redis_server.stop()

    assert near.get("fragment:menu:en:gen1") is None


def test_the_production_cache_keeps_only_fragments_near():
    options = cache_config("redis://cache.internal:6379/1")["default"]["OPTIONS"]
    assert options["NEAR_CACHE_PREFIXES"] == ("fragment:",)
