package vn.lienthong.gateway.statistics;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A year of exchange generated inside the database with set-based SQL (one statement per table, no row through the
 * application): documents from 20 senders, each to two of 200 recipients through 40 connectors, most delivered,
 * each delivery with its deadlines, most registered, and the status packages that say so.
 */
final class GeneratedExchange {

    /** The school year 2025-2026 in Vietnam: the documents' receipt times are spread evenly over it. */
    static final String YEAR_START = "2025-09-01 00:00:00+07";
    static final long YEAR_SECONDS = 365L * 24 * 3600;

    private final JdbcClient jdbc;
    private final boolean postgres;

    GeneratedExchange(JdbcClient jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    /** {@code deliveries} deliveries (even), two per document. */
    void generate(int deliveries) {
        int documents = deliveries / 2;
        long spacing = Math.max(1, YEAR_SECONDS / documents);
        jdbc.sql("insert into messages (id, kind, channel, sender_connector, sender_agency, document_id, code_number, "
                + "code_notation, subject, package_sha256, package_size, state, received_at, updated_at, "
                + "signature_outcome, signed_by_gateway) select 'm-' || cast(x as varchar(12)), 'DOCUMENT', 'REST', "
                + "'sender-' || cast(mod(x, 20) as varchar(4)), 'S' || cast(mod(x, 20) as varchar(4)), "
                + "'doc-' || cast(x as varchar(12)), cast(x as varchar(12)), 'CV-SGDĐT', 'Về việc báo cáo số liệu', "
                + "'sha', 1000, 'DELIVERED', " + at("x * " + spacing) + ", " + at("x * " + spacing) + ", "
                + "case when mod(x, 10) < 3 then 'VALID' else 'UNSIGNED' end, mod(x, 10) >= 3 and mod(x, 10) < 9 "
                + "from " + series(documents)).update();
        jdbc.sql("insert into deliveries (id, message_id, connector_id, state, attempts, due_at, created_at, "
                + "updated_at, finished_at) select 'd-' || cast(x as varchar(12)), "
                + "'m-' || cast((x + 1) / 2 as varchar(12)), 'connector-' || cast(mod(x, 40) as varchar(4)), "
                + "case when mod(x, 100) < 93 then 'DELIVERED' when mod(x, 100) < 96 then 'RETRYING' "
                + "when mod(x, 100) < 98 then 'DEAD' else 'REJECTED' end, 1, " + at("x * " + spacing / 2) + ", "
                + at("x * " + spacing / 2) + ", " + at("x * " + spacing / 2) + ", " + at("x * " + spacing / 2)
                + " from " + series(deliveries)).update();
        jdbc.sql("insert into recipients (message_id, agency_id, delivery_id, position) select "
                + "'m-' || cast((x + 1) / 2 as varchar(12)), 'R' || cast(mod(x, 200) as varchar(4)), "
                + "'d-' || cast(x as varchar(12)), mod(x, 2) from " + series(deliveries)).update();
        deadlinesAndStatuses(deliveries, spacing);
    }

    /** Acknowledgement and registration for every delivered delivery, handling for one in three; one 03 in ten not. */
    private void deadlinesAndStatuses(int deliveries, long spacing) {
        String kinds = "(select 0 as k union all select 1 union all select 2) kinds";
        jdbc.sql("insert into deadlines (id, message_id, delivery_id, recipient_agency, recipient_name, connector_id, "
                + "sender_agency, sender_connector, received_at, kind, priority, delivered_at, due_at, state, "
                + "answered_at, answer_code, elapsed_seconds) select 'dl-' || cast(x as varchar(12)) || '-' "
                + "|| cast(k as varchar(1)), 'm-' || cast((x + 1) / 2 as varchar(12)), 'd-' || cast(x as varchar(12)), "
                + "'R' || cast(mod(x, 200) as varchar(4)), 'Trường số ' || cast(mod(x, 200) as varchar(4)), "
                + "'connector-' || cast(mod(x, 40) as varchar(4)), 'S' || cast(mod((x + 1) / 2, 20) as varchar(4)), "
                + "'sender-' || cast(mod((x + 1) / 2, 20) as varchar(4)), " + at("((x + 1) / 2) * " + spacing) + ", "
                + "case k when 0 then 'ACKNOWLEDGEMENT' when 1 then 'REGISTRATION' else 'HANDLING' end, 0, "
                + at("x * " + spacing / 2) + ", " + at("x * " + spacing / 2 + " + 14400") + ", "
                + "case when mod(x * 7 + k, 10) = 0 then 'OVERDUE' when mod(x * 7 + k, 10) < 3 then 'LATE' "
                + "else 'ON_TIME' end, " + at("x * " + spacing / 2 + " + mod(mod(x, 100003) * 7919, 28800)") + ", "
                + "case k when 0 then '01' when 1 then '03' else '06' end, mod(mod(x, 100003) * 7919, 28800) "
                + "from " + series(deliveries) + " cross join " + kinds
                + " where mod(x, 100) < 93 and (k < 2 or mod(x, 3) = 0)").update();
        jdbc.sql("insert into messages (id, kind, channel, sender_connector, sender_agency, document_id, "
                + "package_sha256, package_size, state, received_at, updated_at) select 's-' || cast(x as varchar(12)), "
                + "'STATUS', 'REST', 'connector-' || cast(mod(x, 40) as varchar(4)), 'R' || cast(mod(x, 200) as "
                + "varchar(4)), 'doc-' || cast((x + 1) / 2 as varchar(12)), 'sha', 500, 'DELIVERED', "
                + at("x * " + spacing / 2 + " + 3600") + ", " + at("x * " + spacing / 2 + " + 3600")
                + " from " + series(deliveries) + " where mod(x, 100) < 84").update();
        jdbc.sql("insert into statuses (id, message_id, recipient_agency, status_code, received_at, package_sha256) "
                + "select 's-' || cast(x as varchar(12)), 'm-' || cast((x + 1) / 2 as varchar(12)), "
                + "'R' || cast(mod(x, 200) as varchar(4)), '03', " + at("x * " + spacing / 2 + " + 3600")
                + ", 'sha' from " + series(deliveries) + " where mod(x, 100) < 84").update();
    }

    /** The integers 1 to {@code n} as a table {@code t} with one column {@code x}. */
    private String series(int n) {
        return postgres ? "generate_series(1, " + n + ") as t(x)" : "system_range(1, " + n + ") t";
    }

    /** The start of the year plus {@code secondsExpression} seconds. */
    private String at(String secondsExpression) {
        return postgres ? "(timestamptz '" + YEAR_START + "' + (" + secondsExpression + ") * interval '1 second')"
                : "dateadd(second, " + secondsExpression + ", timestamp with time zone '" + YEAR_START + "')";
    }
}
