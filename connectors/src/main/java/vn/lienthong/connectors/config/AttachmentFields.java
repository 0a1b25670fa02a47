package vn.lienthong.connectors.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.lienthong.connectors.spi.PdfSignatureMode;

/** Reads the {@code attachments} section: how the signatures inside the partner's PDF attachments are checked. */
final class AttachmentFields {

    static final List<String> ATTACHMENT_KEYS = List.of("pdf-signatures");

    private final FieldReader fields;

    AttachmentFields(FieldReader fields) {
        this.fields = fields;
    }

    /** The file's {@code attachments.pdf-signatures}; the default when absent, null when invalid. */
    PdfSignatureMode pdfSignatures(JsonNode root) {
        return fields.optionalSection(root, "attachments", ATTACHMENT_KEYS, PdfSignatureMode.DEFAULT,
                (section, errorsBefore) -> fields.mode(section, "attachments", "pdf-signatures",
                        PdfSignatureMode.values(), PdfSignatureMode.OFF).orElse(PdfSignatureMode.DEFAULT));
    }
}
