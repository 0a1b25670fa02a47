-- PostgreSQL keeps package contents as bytea, which the driver already streams on insert (setBinaryStream);
-- this migration only keeps the version numbers of both databases in step with H2's V6_1.
select 1;
