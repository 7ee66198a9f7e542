from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    name = "lapor.workspace"
    label = "workspace"
