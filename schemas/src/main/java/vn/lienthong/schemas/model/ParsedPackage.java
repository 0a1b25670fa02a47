package vn.lienthong.schemas.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import jakarta.xml.bind.JAXBElement;
import vn.lienthong.schemas.edxml.Attachment;
import vn.lienthong.schemas.edxml.AttachmentEncoded;
import vn.lienthong.schemas.edxml.Bussiness;
import vn.lienthong.schemas.edxml.Code;
import vn.lienthong.schemas.edxml.EdXml;
import vn.lienthong.schemas.edxml.EdXmlBody;
import vn.lienthong.schemas.edxml.EdXmlHeader;
import vn.lienthong.schemas.edxml.EdXmlManifest;
import vn.lienthong.schemas.edxml.MessageHeader;
import vn.lienthong.schemas.edxml.Organization;
import vn.lienthong.schemas.edxml.PromulgationInfo;
import vn.lienthong.schemas.edxml.Reference;
import vn.lienthong.schemas.edxml.ResponseFor;
import vn.lienthong.schemas.edxml.StatusHeader;
import vn.lienthong.schemas.edxml.TraceHeaderList;

/**
 * A schema-valid edXML package with the questions the gateway keeps asking of it answered in one place.
 *
 * <p>Text accessors return the trimmed value, or {@code null} when the element is missing or blank.
 * Nothing here checks business rules; a package that passed them has a non-null sender, document id,
 * code and (for documents) at least one recipient.
 */
public final class ParsedPackage {

    /** The element that heads a status package in the shape both SDK families write. */
    public static final String STATUS_ELEMENT = "Status";
    /** The element that heads a document, and a status written the legacy way. */
    public static final String MESSAGE_HEADER_ELEMENT = "MessageHeader";

    private final EdXml root;
    private final StreamedFacts streamed;
    private final PackageShape shape;

    /** A package whose whole text, attachments included, is in {@code root}. */
    public ParsedPackage(EdXml root) {
        this(root, null);
    }

    /**
     * A package read as a stream: {@code streamed} holds what was learnt of the text that was not kept in
     * {@code root} (the attachment contents), or is null when everything was kept.
     */
    public ParsedPackage(EdXml root, StreamedFacts streamed) {
        this(root, streamed, PackageShape.CANONICAL);
    }

    /** The same, with what the reader learnt of the way the package was written. */
    public ParsedPackage(EdXml root, StreamedFacts streamed, PackageShape shape) {
        this.root = Objects.requireNonNull(root, "root");
        this.streamed = streamed;
        this.shape = Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(root.getEdXMLEnvelope(), "edXMLEnvelope");
        Objects.requireNonNull(root.getEdXMLEnvelope().getEdXMLHeader(), "edXMLHeader");
        Objects.requireNonNull(header(), "MessageHeader or Status");
    }

    /** The generated JAXB tree, for anything the accessors below do not cover. */
    public EdXml root() {
        return root;
    }

    /**
     * The package's header: a document's MessageHeader, or a status's Status (a {@link StatusHeader}, which holds
     * only the status fields), or the MessageHeader of a status written the legacy way.
     */
    public MessageHeader header() {
        EdXmlHeader header = root.getEdXMLEnvelope().getEdXMLHeader();
        return header.getStatus() != null ? header.getStatus() : header.getMessageHeader();
    }

    /**
     * The name of the header element as the producer wrote it, {@code MessageHeader} or {@code Status}: the first
     * segment of the paths that violations name.
     */
    public String headerElement() {
        return root.getEdXMLEnvelope().getEdXMLHeader().getStatus() != null ? STATUS_ELEMENT : MESSAGE_HEADER_ELEMENT;
    }

    /** STATUS when the header is a Status or carries a StatusCode element, otherwise DOCUMENT. */
    public PackageKind kind() {
        return header() instanceof StatusHeader || header().getStatusCode() != null
                ? PackageKind.STATUS : PackageKind.DOCUMENT;
    }

    /** How the package was written: the departures from canonical edXML the reader tolerated. */
    public PackageShape shape() {
        return shape;
    }

    /** From/OrganId. */
    public String senderId() {
        return from(Organization::getOrganId);
    }

    /** From/OrganName. */
    public String senderName() {
        return from(Organization::getOrganName);
    }

    /** To/OrganId of every recipient that has one, in document order. */
    public List<String> recipientIds() {
        return header().getTo().stream().map(to -> clean(to.getOrganId())).filter(Objects::nonNull).toList();
    }

    /**
     * The id of the document this package is about: for a DOCUMENT its DocumentId, or when that is absent
     * {@code "{sender},{PromulgationDate},{CodeNumber}/{CodeNotation}"}; for a STATUS the first
     * ResponseFor/DocumentId. {@code null} when it cannot be worked out.
     */
    public String documentId() {
        if (kind() == PackageKind.STATUS) {
            return responseFor().map(r -> clean(r.getDocumentId())).orElse(null);
        }
        String explicit = clean(header().getDocumentId());
        if (explicit != null) {
            return explicit;
        }
        String sender = senderId();
        String date = promulgationDate();
        String number = documentNumber();
        return sender == null || date == null || number == null ? null : sender + "," + date + "," + number;
    }

    /** Code/CodeNumber, e.g. {@code 123}. */
    public String codeNumber() {
        return code(Code::getCodeNumber);
    }

    /** Code/CodeNotation, e.g. {@code QĐ-SGDĐT}. */
    public String codeNotation() {
        return code(Code::getCodeNotation);
    }

    /** Number and notation as people write them, e.g. {@code 123/QĐ-SGDĐT}. */
    public String documentNumber() {
        String number = codeNumber();
        String notation = codeNotation();
        return number == null || notation == null ? null : number + "/" + notation;
    }

    /** PromulgationInfo/PromulgationDate as written ({@code yyyy/MM/dd} in a valid package). */
    public String promulgationDate() {
        PromulgationInfo info = header().getPromulgationInfo();
        return info == null ? null : clean(info.getPromulgationDate());
    }

    public String subject() {
        return clean(header().getSubject());
    }

    /** The StatusCode as written, e.g. {@code 03}. */
    public String statusCode() {
        return clean(header().getStatusCode());
    }

    /** The StatusCode if it is a known one. */
    public Optional<StatusCode> status() {
        return Optional.ofNullable(statusCode()).flatMap(StatusCode::fromCode);
    }

    /** The first ResponseFor: the document a status (or a reply document) is about. */
    public Optional<ResponseFor> responseFor() {
        return header().getResponseFor().stream().findFirst();
    }

    /** TraceHeaderList/Bussiness/BussinessDocType, e.g. {@code 0} for a new document. */
    public String businessDocType() {
        TraceHeaderList trace = root.getEdXMLEnvelope().getEdXMLHeader().getTraceHeaderList();
        Bussiness business = trace == null ? null : trace.getBussiness();
        return business == null ? null : clean(business.getBussinessDocType());
    }

    /**
     * The document a revocation, update or replacement is about: TraceHeaderList/Bussiness/DocumentId when the
     * producer names it, otherwise the package's own DocumentId (a new version keeps its document's id).
     */
    public String businessDocumentId() {
        TraceHeaderList trace = root.getEdXMLEnvelope().getEdXMLHeader().getTraceHeaderList();
        Bussiness business = trace == null ? null : trace.getBussiness();
        String named = business == null ? null : clean(business.getDocumentId());
        return named != null ? named : documentId();
    }

    /** TraceHeaderList/Bussiness/BussinessDocReason: why a document is revoked, updated or replaced. */
    public String businessDocReason() {
        TraceHeaderList trace = root.getEdXMLEnvelope().getEdXMLHeader().getTraceHeaderList();
        Bussiness business = trace == null ? null : trace.getBussiness();
        return business == null ? null : clean(business.getBussinessDocReason());
    }

    public List<Attachment> attachments() {
        AttachmentEncoded encoded = root.getAttachmentEncoded();
        return encoded == null ? List.of() : encoded.getAttachment();
    }

    /** The manifest's references; empty for a package without a body. */
    public List<Reference> references() {
        EdXmlBody body = root.getEdXMLEnvelope().getEdXMLBody();
        EdXmlManifest manifest = body == null ? null : body.getEdXMLManifest();
        return manifest == null ? List.of() : manifest.getReference();
    }

    /** The bare content id (no {@code cid:}, no brackets) of every attachment that has one. */
    public List<String> attachmentContentIds() {
        return attachments().stream().map(a -> ContentIds.bare(a.getContentId())).filter(Objects::nonNull).toList();
    }

    /**
     * Why the content of the {@code index}-th attachment (0-based) is not valid base64, quoting it from the first
     * bad character; null when it is valid. Judged as the text streamed past when the reader did not keep it.
     */
    public String attachmentBase64Problem(int index) {
        if (streamed != null && index < streamed.base64Problems().size()) {
            return streamed.base64Problems().get(index).orElse(null);
        }
        String encoded = attachments().get(index).getContentTransferEncoded();
        return encoded == null ? null : Base64Scanner.of(encoded).problem();
    }

    /**
     * Whether any Signature element (XML-DSig, or a legacy one in the edXML namespace or in none) occurs anywhere in
     * the package; errs towards yes when the package was not read as a stream.
     */
    public boolean carriesSignatureElement() {
        return streamed == null || streamed.signatureElements() > 0;
    }

    /**
     * Whether a producer wrote a Signature that is not XML-DSig (in the edXML namespace, or in no namespace), which
     * no verifier can check.
     */
    public boolean hasLegacySignature() {
        return root.getEdXMLEnvelope().getEdXMLHeader().getSignatures().stream()
                .anyMatch(JAXBElement.class::isInstance);
    }

    private String from(Function<Organization, String> field) {
        Organization from = header().getFrom();
        return from == null ? null : clean(field.apply(from));
    }

    private String code(Function<Code, String> field) {
        Code code = header().getCode();
        return code == null ? null : clean(field.apply(code));
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
