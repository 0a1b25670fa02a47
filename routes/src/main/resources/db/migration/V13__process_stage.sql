-- The process stage (issue 12): intake commits the received package with one work row, and the process route signs,
-- stores the sent bytes and creates the deliveries later. Common SQL of H2 2.x and PostgreSQL 15.

-- One row per accepted message not yet processed; the process route deletes it in the transaction that creates the
-- deliveries, so a redelivered work message whose row is gone does nothing. A failed row stays (failed_at set) until an
-- operator replays the message.
create table process_work (
    message_id              varchar(36)   primary key references messages (id),
    carries_signature       boolean       not null,
    supersede_event         varchar(32),
    supersede_document_id   varchar(300),
    supersede_description   varchar(2000),
    attempts                integer       not null,
    last_error              varchar(2000),
    created_at              timestamp with time zone not null,
    failed_at               timestamp with time zone
);
create index ix_process_work_waiting on process_work (failed_at, created_at);

-- The recipients of a message not yet processed, one row per agency with the connector that reaches it: what the
-- process route turns into deliveries and recipients, and what GET shows as pending meanwhile.
create table process_routes (
    message_id    varchar(36) not null references messages (id),
    agency_id     varchar(32) not null,
    connector_id  varchar(64) not null,
    position      integer     not null,
    primary key (message_id, agency_id)
);

-- Why the process stage gave up on a message (state FAILED): shown in GET, the console and the history.
alter table messages add column failure_reason varchar(2000);
