-- What intake found in the PDF attachments of each message: one row per PDF attachment (its verdict), one row per
-- signature inside it (who signed, when, whether it holds), and a per-message summary that statistics count:
--   select pdf_signatures, count(*) from messages where kind = 'DOCUMENT' group by pdf_signatures
-- NONE (no PDF attachment), SIGNED_VALID, SIGNED_INVALID, UNSIGNED, NOT_CHECKED (the connector's policy is off);
-- status packages carry no attachment (NONE); null for messages received before this migration.
-- Plain SQL common to H2 2.x and PostgreSQL 15.
alter table messages add column pdf_signatures varchar(16);
create index ix_messages_pdf_signatures on messages (pdf_signatures);

create table attachment_reports (
    message_id   varchar(36)   not null references messages (id),
    position     integer       not null,
    name         varchar(500),
    content_id   varchar(200),
    size_bytes   bigint        not null,
    outcome      varchar(16)   not null,
    reason       varchar(2000) not null,
    primary key (message_id, position)
);

create table attachment_signatures (
    message_id           varchar(36)   not null,
    attachment_position  integer       not null,
    position             integer       not null,
    field_name           varchar(200),
    sub_filter           varchar(64),
    signer_name          varchar(500),
    signer_subject       varchar(1000),
    signer_issuer        varchar(1000),
    signer_serial        varchar(100),
    claimed_signing_time timestamp with time zone,
    timestamp_time       timestamp with time zone,
    timestamp_authority  varchar(1000),
    judged_at            timestamp with time zone,
    coverage             varchar(16)   not null,
    signed_bytes         bigint        not null,
    valid                boolean       not null,
    reason               varchar(2000) not null,
    warnings             varchar(2000),
    primary key (message_id, attachment_position, position),
    foreign key (message_id, attachment_position) references attachment_reports (message_id, position)
);
