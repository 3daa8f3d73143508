"""Practice search: one interface (`contract`), two engines, chosen by `service`."""
