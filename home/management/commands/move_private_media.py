"""Move documents and original images out of the public media folder.

Before PRIVATE_MEDIA_ROOT existed, every upload was saved under MEDIA_ROOT,
which the web server maps at /media/: a draft's or a coordinators-only
practice's attachment could be downloaded there by anyone who guessed its
name. Run this once after upgrading (it is safe to run again): each file
still in the public folder is copied into the private storage under a random
directory, its row is pointed at the new name, and the public copy deleted.
Document URLs (/documents/<id>/<name>) do not change.
"""

from django.core.files.storage import default_storage, storages
from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from integrityhub.settings.media import PUBLIC_MEDIA_STORAGE


class Command(BaseCommand):
    help = "Move documents and original images from MEDIA_ROOT into PRIVATE_MEDIA_ROOT."

    def handle(self, *args, **options):
        public = storages[PUBLIC_MEDIA_STORAGE]
        moved = missing = 0
        for model in (get_document_model(), get_image_model()):
            for pk, name in model.objects.exclude(file="").values_list("pk", "file").iterator():
                if default_storage.exists(name):
                    continue
                if not public.exists(name):
                    missing += 1
                    self.stderr.write(f"{model._meta.label} {pk}: {name} is in neither folder")
                    continue
                move_file(model, pk, name, public)
                moved += 1
        self.stdout.write(f"Moved {moved} file(s) into the private storage; {missing} missing.")


def move_file(model, pk, name, public):
    """Copy to the private storage, repoint the row, then delete the public copy.

    The public copy goes last and only once the row is saved, so an
    interrupted run leaves a file in both places, never a row without a file.
    """
    with public.open(name, "rb") as content:
        new_name = default_storage.save(default_storage.generate_filename(name), content)
    model.objects.filter(pk=pk).update(file=new_name)
    public.delete(name)
