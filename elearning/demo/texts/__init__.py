"""The demo module's words: catalogue, course, lessons (English, French and Spanish) and the question pool."""
