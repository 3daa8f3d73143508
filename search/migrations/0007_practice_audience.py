from django.db import migrations, models

from knowledgebase.audience import ancestor_paths, audience_token, restriction_part


def write_audiences(apps, schema_editor):
    """Give the documents already indexed the audience of their page, so none turns public by default."""
    restriction_model = apps.get_model("wagtailcore", "PageViewRestriction")
    document_model = apps.get_model("search", "PracticeSearchDocument")
    audience_model = apps.get_model("knowledgebase", "ViewAudience")
    parts_by_path = {}
    for restriction in restriction_model.objects.select_related("page").prefetch_related("groups"):
        part = restriction_part(restriction.restriction_type, [group.pk for group in restriction.groups.all()])
        parts_by_path.setdefault(restriction.page.path, []).append(part)
    if not parts_by_path:
        return
    by_audience = {}
    for page_id, path in document_model.objects.values_list("pk", "path"):
        parts = [part for ancestor in ancestor_paths(path) for part in parts_by_path.get(ancestor, ())]
        by_audience.setdefault(audience_token(parts), []).append(page_id)
    for token, page_ids in by_audience.items():
        audience_model.objects.get_or_create(token=token)
        document_model.objects.filter(pk__in=page_ids).update(audience=token)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_narrow_document_rows"),
        ("knowledgebase", "0006_view_audiences"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.AddField(
            model_name="practicesearchdocument",
            name="audience",
            field=models.CharField(db_index=True, default="public", max_length=255),
        ),
        migrations.RunPython(write_audiences, migrations.RunPython.noop),
    ]
