-- Inbox for partners that pull (transport: inbox): a delivery to such a connector is not pushed but made
-- available here; the partner lists, fetches and acknowledges it over REST or SOAP.

create table inbox_items (
    delivery_id      varchar(36)  primary key references deliveries (id),
    connector_id     varchar(64)  not null,
    message_id       varchar(36)  not null references messages (id),
    available_at     timestamp with time zone not null,
    acknowledged_at  timestamp with time zone
);
create index ix_inbox_pending on inbox_items (connector_id, acknowledged_at, available_at);
