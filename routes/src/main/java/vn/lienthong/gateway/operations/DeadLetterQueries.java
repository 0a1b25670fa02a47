package vn.lienthong.gateway.operations;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deliveries that ended DEAD, newest first. */
@Repository
public class DeadLetterQueries {

    private final JdbcClient jdbc;

    public DeadLetterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResultPage<DeadLetter> page(Paging paging) {
        long total = jdbc.sql("select count(*) from deliveries where state = 'DEAD'").query(Long.class).single();
        List<DeadLetter> items = jdbc.sql("""
                        select d.id, d.message_id, m.code_number, m.code_notation, m.subject, d.connector_id,
                            d.attempts, d.last_error, coalesce(d.finished_at, d.updated_at) as failed_at
                        from deliveries d join messages m on m.id = d.message_id
                        where d.state = 'DEAD'
                        order by failed_at desc, d.id desc limit ? offset ?""")
                .params(paging.size(), paging.offset())
                .query((rs, n) -> new DeadLetter(rs.getString("id"), rs.getString("message_id"),
                        MessageSearchQueries.documentNumber(rs.getString("code_number"), rs.getString("code_notation")),
                        rs.getString("subject"), rs.getString("connector_id"), rs.getInt("attempts"),
                        rs.getString("last_error"), rs.getObject("failed_at", OffsetDateTime.class).toInstant()))
                .list();
        return new ResultPage<>(items, paging.page(), paging.size(), total);
    }
}
