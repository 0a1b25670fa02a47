-- Indexes for the statistics (GET /api/admin/statistics), measured by H2StatisticsScaleIT and
-- PostgresStatisticsScaleIT on a year of one million deliveries (README "Deadlines and statistics").
-- Each holds every column its query reads, so a period is answered from the index alone: a month reads a twelfth
-- of it instead of the whole table. Plain SQL common to H2 2.x and PostgreSQL 15.
create index ix_deadlines_period on deadlines (received_at, kind, state, recipient_agency, connector_id,
    sender_agency, sender_connector, elapsed_seconds);
create index ix_messages_period on messages (kind, received_at, sender_agency, sender_connector, signature_outcome,
    signed_by_gateway);
