-- Operations: console and admin users, the append-only hash-chained audit log, indexes for operator searches.
-- Written in the SQL common to H2 2.x and PostgreSQL 15, like V1.

create table users (
    username       varchar(64)  primary key,
    password_hash  varchar(100) not null,
    roles          varchar(200) not null,
    enabled        boolean      not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);

-- Each row's hash covers its canonical text and the previous row's hash: editing or deleting any row breaks
-- every hash after it, which GET /api/admin/audit/verify finds.
create table audit_log (
    seq        bigint        primary key,
    at         timestamp with time zone not null,
    actor      varchar(64)   not null,
    action     varchar(32)   not null,
    target     varchar(200)  not null,
    reason     varchar(2000),
    detail     varchar(4000),
    prev_hash  varchar(64)   not null,
    hash       varchar(64)   not null
);
create index ix_audit_at on audit_log (at);

-- The single row every append locks first, so two appends at once cannot both extend the same head.
create table audit_head (
    id    integer      primary key,
    seq   bigint       not null,
    hash  varchar(64)  not null
);
insert into audit_head (id, seq, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create index ix_deliveries_connector on deliveries (connector_id, state);
create index ix_deliveries_finished on deliveries (state, finished_at);
create index ix_messages_number on messages (code_number, code_notation);

-- Connectors an operator paused: their dispatch routes stay stopped across restarts until someone resumes them.
create table connector_pauses (
    connector_id  varchar(64)  primary key,
    paused_by     varchar(64)  not null,
    paused_at     timestamp with time zone not null,
    reason        varchar(2000)
);
