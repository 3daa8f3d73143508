"""Uploaded files for the backup drills: some real documents, their checksums, their copy."""

import hashlib
import os
import shutil
from pathlib import Path

DOCUMENT_COUNT = 5


def add_documents(count=DOCUMENT_COUNT):
    """Upload `count` documents through Wagtail's model and storage, as an editor would."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    for number in range(count):
        content = os.urandom(4096 + number * 1000)
        document = Document(title=f"Drill document {number}")
        document.file.save(f"drill-{number}.bin", ContentFile(content), save=False)
        document.save()


def checksums(root):
    """{relative path: sha256} of every file under `root`."""
    root = Path(root)
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def copy_tree(source, destination):
    shutil.copytree(source, destination, dirs_exist_ok=True)


def compare(original, restored):
    """Problems found comparing two {path: checksum} maps (empty when identical)."""
    problems = [f"media file missing after restore: {path}" for path in sorted(set(original) - set(restored))]
    problems += [f"unexpected media file after restore: {path}" for path in sorted(set(restored) - set(original))]
    problems += [
        f"media file changed: {path}"
        for path in sorted(set(original) & set(restored))
        if original[path] != restored[path]
    ]
    return problems


def compare_counts(original, restored):
    """Problems found comparing two {table: row count} maps (empty when identical)."""
    problems = []
    for table in sorted(set(original) | set(restored)):
        if original.get(table) != restored.get(table):
            problems.append(f"{table}: {original.get(table)} rows before, {restored.get(table)} after restore")
    return problems
