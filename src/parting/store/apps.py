from django.apps import AppConfig


class StoreConfig(AppConfig):
    name = "parting.store"
    label = "store"
    verbose_name = "Parting workspace"
