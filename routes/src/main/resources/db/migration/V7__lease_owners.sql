-- Several gateway instances share one store: each lease names the instance holding it, so that an instance
-- starting again releases only the attempts it left in flight itself, never those of a live neighbour; each
-- attempt names the instance that made it, for operators and for checking that work spreads.
-- Rows from before this migration have no owner: they were made by the single instance of that time.
-- Plain SQL common to H2 2.x and PostgreSQL 15.
alter table deliveries add column lease_owner varchar(200);
alter table attempts add column instance_id varchar(200);
