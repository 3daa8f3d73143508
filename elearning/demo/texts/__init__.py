"""The demo module's words: catalogue, course, lessons (English and French) and the question pool."""
