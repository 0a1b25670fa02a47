-- ShedLock's table: one row per polled route; the instance whose lock_until is in the future polls, the others
-- skip that poll. Plain SQL common to H2 2.x and PostgreSQL 15.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
