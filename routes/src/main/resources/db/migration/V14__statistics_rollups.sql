-- Per-day rollups of the statistics (README "Deadlines and statistics"): the counts of every figure of a report,
-- one row per day (received, in Asia/Ho_Chi_Minh), grouping and unit, so a school year sums 365 rows per unit
-- instead of scanning a year of deliveries. A refresh recomputes whole days whose rows changed since its watermark;
-- a report sums the days rolled up and still clean and counts the other days live.
-- Plain SQL common to H2 2.x and PostgreSQL 15.

-- When a deadline last changed (opened, answered, overdue), for finding the days to recompute; null for rows from
-- before this migration, which the first refresh rolls up whatever their age (no day is rolled up yet).
alter table deadlines add column updated_at timestamp with time zone;
create index ix_deadlines_updated on deadlines (updated_at);
create index ix_deliveries_updated on deliveries (updated_at);
create index ix_messages_updated on messages (updated_at);
create index ix_statuses_received on statuses (received_at);

-- The figures of one unit (agency, connector, or * for the totals) on one day, as one grouping counts them.
-- statuses: code=count;… *_times: log-scale histogram of elapsed seconds, bucket=count;… (AnswerTimeHistogram);
-- then the deadlines by kind and state.
create table statistics_days (
    received_day              date         not null,
    dimension                 varchar(24)  not null,
    unit                      varchar(64)  not null,
    documents                 bigint       not null,
    signed_by_sender          bigint       not null,
    signed_by_gateway         bigint       not null,
    pdf_signed                bigint       not null,
    deliveries                bigint       not null,
    delivered                 bigint       not null,
    failed                    bigint       not null,
    dead                      bigint       not null,
    statuses                  varchar(100000) not null,
    acknowledgement_times     varchar(100000) not null,
    registration_times        varchar(100000) not null,
    acknowledgement_on_time   bigint       not null,
    acknowledgement_late      bigint       not null,
    acknowledgement_overdue   bigint       not null,
    acknowledgement_open      bigint       not null,
    acknowledgement_cancelled bigint       not null,
    registration_on_time      bigint       not null,
    registration_late         bigint       not null,
    registration_overdue      bigint       not null,
    registration_open         bigint       not null,
    registration_cancelled    bigint       not null,
    handling_on_time          bigint       not null,
    handling_late             bigint       not null,
    handling_overdue          bigint       not null,
    handling_open             bigint       not null,
    handling_cancelled        bigint       not null,
    primary key (dimension, received_day, unit)
);

-- The days rolled up (an empty day has no row above but one here).
create table statistics_rolled_days (
    received_day              date not null primary key,
    rolled_at                 timestamp with time zone not null
);

-- One row: every change stamped before changes_from is in the rollups; a day with a change stamped at or after it
-- is counted live until the next refresh. No row: no refresh has finished, every day is counted live.
create table statistics_rollup (
    id                        integer not null primary key,
    changes_from              timestamp with time zone not null
);
