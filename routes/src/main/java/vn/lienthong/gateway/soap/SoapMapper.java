package vn.lienthong.gateway.soap;

import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import vn.lienthong.gateway.intake.IntakeReceipt;
import vn.lienthong.gateway.store.InboxItem;
import vn.lienthong.schemas.soap.AcknowledgeDocumentResponse;
import vn.lienthong.schemas.soap.GetDocumentResponse;
import vn.lienthong.schemas.soap.GetPendingDocumentsResponse;
import vn.lienthong.schemas.soap.PendingDocument;
import vn.lienthong.schemas.soap.Receipt;

/** Builds the SOAP service's generated response objects from the gateway's own values. */
final class SoapMapper {

    private static final DatatypeFactory DATATYPES = DatatypeFactory.newDefaultInstance();

    private SoapMapper() {
    }

    static Receipt receipt(IntakeReceipt intake) {
        Receipt receipt = new Receipt();
        receipt.setId(intake.id());
        receipt.setStatus(intake.status());
        receipt.setDuplicate(intake.duplicate());
        return receipt;
    }

    static GetPendingDocumentsResponse pending(List<InboxItem> items) {
        GetPendingDocumentsResponse response = new GetPendingDocumentsResponse();
        items.forEach(item -> {
            PendingDocument document = new PendingDocument();
            document.setId(item.id());
            document.setDocumentId(item.documentId());
            document.setSenderAgency(item.senderAgency());
            document.setKind(item.kind());
            document.setSubject(item.subject());
            document.setAvailableAt(dateTime(item.availableAt()));
            response.getDocument().add(document);
        });
        return response;
    }

    static GetDocumentResponse document(String id, byte[] content) {
        GetDocumentResponse response = new GetDocumentResponse();
        response.setId(id);
        response.setPackage(content);
        return response;
    }

    static AcknowledgeDocumentResponse acknowledged(String id, Instant at) {
        AcknowledgeDocumentResponse response = new AcknowledgeDocumentResponse();
        response.setId(id);
        response.setAcknowledgedAt(dateTime(at));
        return response;
    }

    private static XMLGregorianCalendar dateTime(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return DATATYPES.newXMLGregorianCalendar(calendar);
    }
}
