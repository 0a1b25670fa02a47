-- Deadlines: one row per delivered document, recipient and kind (acknowledgement 01, registration 03, handling 06
-- by the document's DueDate), with its due time on the working calendar and its state: OPEN, OVERDUE (still open
-- past its due time), ON_TIME, LATE, or CANCELLED (a rejected or withdrawn document is not handled).
-- The document's sender and time received and the recipient's connector are copied in, so the statistics group and
-- filter deadlines without joining a year of messages and deliveries.
-- Plain SQL common to H2 2.x and PostgreSQL 15.
create table deadlines (
    id                varchar(36)  primary key,
    message_id        varchar(36)  not null references messages (id),
    delivery_id       varchar(36)  not null references deliveries (id),
    recipient_agency  varchar(32)  not null,
    recipient_name    varchar(200),
    connector_id      varchar(64)  not null,
    sender_agency     varchar(32)  not null,
    sender_connector  varchar(64)  not null,
    received_at       timestamp with time zone not null,
    kind              varchar(16)  not null,
    priority          integer      not null,
    delivered_at      timestamp with time zone not null,
    due_at            timestamp with time zone not null,
    state             varchar(16)  not null,
    answered_at       timestamp with time zone,
    answer_code       varchar(4),
    elapsed_seconds   bigint,
    overdue_since     timestamp with time zone,
    constraint uq_deadlines_recipient_kind unique (message_id, recipient_agency, kind)
);
-- The overdue check looks at open rows by due time; alerts and gauges at overdue ones.
create index ix_deadlines_open on deadlines (state, due_at);
create index ix_deadlines_delivery on deadlines (delivery_id);
