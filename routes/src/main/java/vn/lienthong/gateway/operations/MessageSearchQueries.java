package vn.lienthong.gateway.operations;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Searches messages by operator filters; every value is a bind parameter, never part of the SQL text. */
@Repository
public class MessageSearchQueries {

    private final JdbcClient jdbc;

    public MessageSearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first, with the total count of matches. */
    public ResultPage<MessageSummary> search(MessageFilter filter, Paging paging) {
        Conditions where = conditions(filter);
        long total = jdbc.sql("select count(*) from messages m" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<Object> params = new ArrayList<>(where.params());
        params.add(paging.size());
        params.add(paging.offset());
        List<MessageSummary> items = jdbc.sql("select m.* from messages m" + where.sql()
                        + " order by m.received_at desc, m.id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new MessageSummary(rs.getString("id"), rs.getString("state"),
                        documentNumber(rs.getString("code_number"), rs.getString("code_notation")),
                        rs.getString("subject"), rs.getString("sender_agency"), rs.getString("sender_connector"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .list();
        return new ResultPage<>(items, paging.page(), paging.size(), total);
    }

    /** Ids of the matching messages that have a dead or rejected delivery, oldest first, for a bulk replay. */
    public List<String> replayableIds(MessageFilter filter) {
        Conditions where = conditions(filter);
        where.always("exists (select 1 from deliveries rd where rd.message_id = m.id and rd.state in ('DEAD', 'REJECTED'))");
        return jdbc.sql("select m.id from messages m" + where.sql() + " order by m.received_at, m.id")
                .params(where.params()).query(String.class).list();
    }

    private static Conditions conditions(MessageFilter f) {
        Conditions where = new Conditions();
        where.add("m.state = ?", f.state() == null ? null : f.state().name());
        where.add("m.sender_agency = ?", f.sender());
        where.add("exists (select 1 from recipients r where r.message_id = m.id and r.agency_id = ?)", f.recipient());
        if (f.number() != null) {
            int slash = f.number().indexOf('/');
            if (slash < 0) {
                where.add("m.code_number = ?", f.number());
            } else {
                where.add("m.code_number = ?", f.number().substring(0, slash).strip());
                where.add("m.code_notation = ?", f.number().substring(slash + 1).strip());
            }
        }
        where.add("lower(m.subject) like lower(?) escape '\\'", f.q() == null ? null : "%" + likeEscaped(f.q()) + "%");
        where.add("m.received_at >= ?", utc(f.from()));
        where.add("m.received_at < ?", utc(f.to()));
        if (f.connector() != null) {
            where.always("(m.sender_connector = ? or exists (select 1 from deliveries cd where cd.message_id = m.id "
                    + "and cd.connector_id = ?))", f.connector(), f.connector());
        }
        return where;
    }

    /** The subject filter is literal text: an operator typing 100% means the characters, not a wildcard. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String documentNumber(String number, String notation) {
        return number == null ? null : notation == null ? number : number + "/" + notation;
    }

    /** A growing WHERE clause and its parameters, in step. */
    private static final class Conditions {
        private final List<String> clauses = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        /** Adds the clause only when its value is present. */
        void add(String clause, Object value) {
            if (value != null) {
                clauses.add(clause);
                params.add(value);
            }
        }

        void always(String clause, Object... values) {
            clauses.add(clause);
            params.addAll(List.of(values));
        }

        String sql() {
            return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }

        List<Object> params() {
            return params;
        }
    }
}
