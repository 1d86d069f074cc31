from loetrat.core.navigation import links_for


def test_menu_follows_permissions(secretariat_admin, coordinator):
    admin_keys = [link.key for link in links_for(secretariat_admin, "/")]
    assert {"organizations", "people", "core"} <= set(admin_keys)
    coordinator_keys = {link.key for link in links_for(coordinator, "/")}
    assert not coordinator_keys & {"organizations", "people", "core"}


def test_longest_matching_address_is_current(secretariat_admin):
    links = {link.key: link for link in links_for(secretariat_admin, "/organizations/people/")}
    assert links["people"].current
    assert not links["organizations"].current
    links = {link.key: link for link in links_for(secretariat_admin, "/organizations/MOF/")}
    assert links["organizations"].current and not links["people"].current


def test_anonymous_has_no_menu(django_user_model):
    from django.contrib.auth.models import AnonymousUser

    assert links_for(AnonymousUser(), "/") == []
