-- Signature evidence: what intake found about each package's signature, and RFC 3161 time-stamps over the
-- SHA-256 of every stored package (received and sent). V2 is left to the operations work.

alter table messages add column signature_outcome varchar(16);
alter table messages add column signature_reason varchar(2000);
alter table messages add column signer_subject varchar(500);
alter table messages add column signed_by_gateway boolean default false not null;

create table evidence_timestamps (
    package_id   varchar(36)  primary key references packages (id),
    state        varchar(16)  not null,
    token        bytea,
    gen_time     timestamp with time zone,
    tsa          varchar(500),
    attempts     integer      not null,
    last_error   varchar(2000),
    next_try_at  timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index ix_timestamps_state on evidence_timestamps (state, next_try_at);
