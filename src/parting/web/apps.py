from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "parting.web"
    label = "web"
