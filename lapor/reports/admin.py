from django.contrib import admin

from .models import Category, Report, ReportEvent


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "supervisory", "is_active"]
    list_filter = ["supervisory", "is_active"]
    search_fields = ["name", "code"]
    list_select_related = ["parent"]


class ReportEventInline(admin.TabularInline):
    model = ReportEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "action", "from_status", "to_status", "actor", "actor_agency", "agency", "message"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    """Read-only here: lifecycle changes go through the workspace so that every step is recorded."""

    list_display = ["tracking_id", "title", "kind", "status", "agency", "created_at", "due_at"]
    list_filter = ["status", "kind", "channel", "anonymous", "confidential"]
    search_fields = ["tracking_id", "title"]
    raw_id_fields = ["reporter", "agency", "chosen_agency", "region", "category"]
    inlines = [ReportEventInline]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
