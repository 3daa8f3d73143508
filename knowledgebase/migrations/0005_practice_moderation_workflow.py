"""Create the practice moderation workflow (a group approval by Moderators).

It is attached to every practice index page that exists now; index pages
created later get it from a signal (see knowledgebase.moderation).
"""

from django.db import migrations

from knowledgebase.moderation import PRACTICE_WORKFLOW_NAME, ensure_practice_workflow


def create_workflow(apps, schema_editor):
    workflow = ensure_practice_workflow(
        apps.get_model("wagtailcore", "Workflow"),
        apps.get_model("wagtailcore", "WorkflowTask"),
        apps.get_model("wagtailcore", "GroupApprovalTask"),
        apps.get_model("auth", "Group"),
        apps.get_model("contenttypes", "ContentType"),
    )
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for index_page in apps.get_model("knowledgebase", "PracticeIndexPage").objects.all():
        WorkflowPage.objects.get_or_create(page_id=index_page.pk, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=PRACTICE_WORKFLOW_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("knowledgebase", "0004_guide_and_practice_exchange"),
        ("accounts", "0003_create_role_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(create_workflow, remove_workflow)]
