package vn.lienthong.gateway.store;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lienthong.gateway.signature.attachment.AttachmentReport;
import vn.lienthong.gateway.signature.attachment.AttachmentSignatures;
import vn.lienthong.signatures.pdf.PdfSignatureReport;

/**
 * Keeps the PDF-signature reports of a message (tables {@code attachment_reports}, {@code attachment_signatures},
 * column {@code messages.pdf_signatures}) within the transaction that stores the message, and reads them back.
 */
@Repository
public class AttachmentSignatureStore {

    private static final int TEXT = 2000;

    private final JdbcClient jdbc;

    public AttachmentSignatureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores {@code signatures} for the message {@code messageId}, just inserted in the same transaction. */
    public void record(String messageId, AttachmentSignatures signatures) {
        if (signatures == null) {
            return;
        }
        jdbc.sql("update messages set pdf_signatures = ? where id = ?")
                .params(signatures.summary().name(), messageId).update();
        for (AttachmentReport attachment : signatures.attachments()) {
            jdbc.sql("""
                            insert into attachment_reports (message_id, position, name, content_id, size_bytes, outcome,
                                reason)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(messageId, attachment.position(), cut(attachment.name(), 500),
                            cut(attachment.contentId(), 200), attachment.report().size(),
                            attachment.report().outcome().name(), cut(attachment.report().reason(), TEXT))
                    .update();
            attachment.report().signatures().forEach(signature -> record(messageId, attachment.position(), signature));
        }
    }

    private void record(String messageId, int attachment, PdfSignatureReport s) {
        jdbc.sql("""
                        insert into attachment_signatures (message_id, attachment_position, position, field_name,
                            sub_filter, signer_name, signer_subject, signer_issuer, signer_serial, claimed_signing_time,
                            timestamp_time, timestamp_authority, judged_at, coverage, signed_bytes, valid, reason,
                            warnings)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(messageId, attachment, s.position(), cut(s.fieldName(), 200), cut(s.subFilter(), 64),
                        cut(s.signerName(), 500), cut(s.signerSubject(), 1000), cut(s.signerIssuer(), 1000),
                        cut(s.signerSerial(), 100), utc(s.claimedSigningTime()), utc(s.timestampTime()),
                        cut(s.timestampAuthority(), 1000), utc(s.judgedAt()), s.coverage().name(), s.signedBytes(),
                        s.valid(), cut(s.reason(), TEXT),
                        s.warnings().isEmpty() ? null : cut(String.join("; ", s.warnings()), TEXT))
                .update();
    }

    /** The reports of a message's PDF attachments, in attachment order, each with its signatures. */
    public List<DocumentView.PdfAttachment> forMessage(String messageId) {
        Map<Integer, List<DocumentView.PdfSignature>> signatures = signaturesOf(messageId);
        return jdbc.sql("""
                        select position, name, content_id, size_bytes, outcome, reason from attachment_reports
                        where message_id = ? order by position""")
                .param(messageId)
                .query((rs, n) -> new DocumentView.PdfAttachment(rs.getInt("position"), rs.getString("name"),
                        rs.getString("content_id"), rs.getLong("size_bytes"), rs.getString("outcome"),
                        rs.getString("reason"), signatures.getOrDefault(rs.getInt("position"), List.of())))
                .list();
    }

    private Map<Integer, List<DocumentView.PdfSignature>> signaturesOf(String messageId) {
        record Row(int attachment, DocumentView.PdfSignature signature) {
        }
        return jdbc.sql("""
                        select * from attachment_signatures where message_id = ?
                        order by attachment_position, position""")
                .param(messageId)
                .query((rs, n) -> new Row(rs.getInt("attachment_position"), new DocumentView.PdfSignature(
                        rs.getInt("position"), rs.getString("signer_name"), rs.getString("signer_subject"),
                        rs.getString("signer_issuer"), rs.getString("signer_serial"),
                        Timestamps.instant(rs.getObject("claimed_signing_time", OffsetDateTime.class)),
                        Timestamps.instant(rs.getObject("timestamp_time", OffsetDateTime.class)),
                        rs.getString("timestamp_authority"), rs.getString("coverage"), rs.getBoolean("valid"),
                        rs.getString("reason"), rs.getString("warnings"), rs.getString("sub_filter"))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::attachment,
                        Collectors.mapping(Row::signature, Collectors.toList())));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
