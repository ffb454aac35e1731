-- routines: named sets of steps for chosen players (RoutineJson), in the order they were made
CREATE TABLE routine (
    name       TEXT    PRIMARY KEY,
    position   INTEGER NOT NULL,
    definition TEXT    NOT NULL
);
