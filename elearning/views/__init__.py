"""E-learning views, one module per audience: learners, coordinators, the public and the admin."""
