-- Status flow: business status packages (EDXML.md §4) from recipients, correlated with the document they answer.
-- The status package itself is a message of kind STATUS (bytes in packages, one delivery to the original
-- sender's connector); this table ties it to the document and keeps what the status says.

alter table recipients add column business_status varchar(4);
alter table recipients add column business_status_at timestamp with time zone;

create table statuses (
    id                varchar(36)   primary key references messages (id),
    message_id        varchar(36)   not null references messages (id),
    recipient_agency  varchar(32)   not null,
    status_code       varchar(4)    not null,
    description       varchar(2000),
    staff             varchar(500),
    status_timestamp  varchar(32),
    received_at       timestamp with time zone not null,
    package_sha256    varchar(64)   not null
);
create index ix_statuses_message on statuses (message_id, received_at);
