package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.instant;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What one connector's partner sent through the gateway, one row per recipient, newest first. */
@Repository
public class SentDocumentQueries {

    /** The platform API answers a bounded list: a sender asks for recent news, not its archive. */
    public static final int MAX_ROWS = 200;

    /**
     * One recipient of a sent package.
     *
     * @param businessStatus the recipient's last status code (01…16), null before any
     * @param deliveryState the delivery's state ({@code DELIVERED}, {@code RETRYING}, …)
     */
    public record SentRow(String messageId, String kind, String senderAgency, String subject, String codeNumber,
                          String codeNotation, Instant sentAt, String recipientAgency, String deliveryId,
                          String businessStatus, String deliveryState, String lastError, Instant finishedAt) {
    }

    private final JdbcClient jdbc;

    public SentDocumentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SentRow> sentBy(String connectorId) {
        return jdbc.sql("""
                        select m.id, m.kind, m.sender_agency, m.subject, m.code_number, m.code_notation,
                               m.received_at, r.agency_id, r.delivery_id, r.business_status, d.state, d.last_error,
                               d.finished_at
                        from messages m
                        join recipients r on r.message_id = m.id
                        join deliveries d on d.id = r.delivery_id
                        where m.sender_connector = ?
                        order by m.received_at desc, m.id, r.position
                        fetch first %d rows only""".formatted(MAX_ROWS))
                .param(connectorId)
                .query((rs, n) -> new SentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), instant(rs.getObject(7, OffsetDateTime.class)),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        instant(rs.getObject(13, OffsetDateTime.class))))
                .list();
    }
}
