import pytest

@pytest.mark.django_db
def test_smoke(portfolio, owner_client):
    r = owner_client.get("/")
    assert r.status_code == 200, r.content[:3000]
    open("/tmp/portfolio.html","wb").write(r.content)
    r = owner_client.get("/clients/c-rude")
    assert r.status_code == 200, r.content[:3000]
    open("/tmp/client.html","wb").write(r.content)
    r = owner_client.get("/settings/")
    assert r.status_code == 200, r.content[:3000]
    r = owner_client.get("/import/")
    assert r.status_code == 200, r.content[:3000]
    r = owner_client.get("/people/")
    assert r.status_code == 200, r.content[:3000]
