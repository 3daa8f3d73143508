"""Demo content for e-learning: the course catalogue and the Revised Arusha Declaration module."""
