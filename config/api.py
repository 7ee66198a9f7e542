from ninja import NinjaAPI

api = NinjaAPI(title="SP4N-LAPOR! API", version="1", urls_namespace="api-v1")
