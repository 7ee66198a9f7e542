from django.contrib import admin

from .models import Notification, NotificationPreference


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    """Read-only: the delivery record. Rows are written by the services and changed by the worker."""

    list_display = ["created_at", "kind", "channel", "recipient_key", "status", "attempts", "sent_at"]
    list_filter = ["status", "channel", "kind"]
    search_fields = ["report__tracking_id", "recipient_key", "message_id"]
    raw_id_fields = ["report", "event", "user"]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "email_enabled", "sms_enabled", "inapp_enabled", "updated_at"]
    raw_id_fields = ["user"]
