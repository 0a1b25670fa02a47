package vn.lienthong.gateway.store;

/** A document that passed through the gateway, as a status package answering it finds it. */
public record AnsweredDocument(String messageId, String senderAgency, String senderConnector) {
}
