"""The web views, one module per page; each is thin and asks ``parting.web.access``."""
