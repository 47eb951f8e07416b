// Drops an entity_names index of an older schema so that it is created anew.
DROP INDEX entity_names IF EXISTS
