import pytest


@pytest.mark.django_db(transaction=True)
def test_look(live_server, browser, portfolio, owner, screenshot, log_in):
    shoot = screenshot
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, "olivia")
    shoot(page, "dev-portfolio")
    page.goto(live_server.url + "/clients/c-rude")
    shoot(page, "dev-client")
    page.goto(live_server.url + "/settings/")
    shoot(page, "dev-settings")
    page.goto(live_server.url + "/import/")
    shoot(page, "dev-import")
