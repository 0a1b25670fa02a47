package vn.lienthong.gateway.signature.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.PdfSignatureMode;
import vn.lienthong.gateway.signature.TrustProperties;
import vn.lienthong.gateway.store.PackageContent;
import vn.lienthong.gateway.store.PackageSpool;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;
import vn.lienthong.signatures.PemCertificates;
import vn.lienthong.signatures.VerificationPolicy;
import vn.lienthong.signatures.pdf.PdfLimits;
import vn.lienthong.signatures.pdf.PdfReport;
import vn.lienthong.signatures.pdf.PdfSignatureVerifier;
import vn.lienthong.signatures.revocation.RevocationChecker;

/**
 * Applies the sending connector's {@code attachments.pdf-signatures} policy to a package's PDF attachments: each PDF
 * is verified and reported; {@code required} refuses a package whose PDF is unsigned or not validly signed, naming
 * the attachment, the rule and the reason; {@code off} does not look.
 */
@Component
public class AttachmentSignatureCheck {

    static final String RULE_REQUIRED = "pdf-signature-required";
    static final String RULE_VALID = "pdf-signature-valid";

    private final PdfSignatureVerifier verifier;
    private final VerificationPolicy documentPolicy;
    private final PackageSpool spool;

    public AttachmentSignatureCheck(RevocationChecker revocationChecker, VerificationPolicy baseVerificationPolicy,
                                    TrustProperties trust, AttachmentProperties limits, PackageSpool spool,
                                    Clock clock) throws IOException {
        // PDFBox needs its scratch directory to exist before the first PDF arrives.
        Files.createDirectories(spool.directory());
        this.verifier = new PdfSignatureVerifier(revocationChecker, new PdfLimits(limits.pdfMaxSize().toBytes(),
                limits.pdfTimeBudget(), limits.pdfAllocationBudget().toBytes(), PdfLimits.DEFAULT.maxSignatures(),
                PdfLimits.DEFAULT.maxContentsBytes()), clock, spool.directory());
        this.documentPolicy = trust.documentAnchors().isEmpty() ? baseVerificationPolicy
                : new VerificationPolicy(PemCertificates.read(trust.documentAnchors()),
                        baseVerificationPolicy.intermediates(), baseVerificationPolicy.revocationMode(), false,
                        java.util.Optional.empty());
        this.spool = spool;
    }

    /**
     * The reports to keep with the message, or the refusal; certificates without a trusted time-stamp are judged at
     * the time the package was received.
     */
    public AttachmentSignatures check(PackageContent content, ParsedPackage parsed, ConnectorDefinition partner,
                                      Instant receivedAt) {
        if (partner.pdfSignatures() == PdfSignatureMode.OFF) {
            return AttachmentSignatures.notChecked();
        }
        if (parsed.attachments().isEmpty()) {
            return AttachmentSignatures.of(List.of());
        }
        VerificationPolicy policy = documentPolicy.withLegacySha1(partner.allowLegacySha1()).at(receivedAt);
        List<AttachmentReport> reports = new ArrayList<>();
        try (PdfAttachments pdfs = PdfAttachments.of(content, parsed, spool)) {
            for (PdfAttachments.Found pdf : pdfs.found()) {
                reports.add(new AttachmentReport(pdf.position(), pdf.name(), pdf.contentId(),
                        verifier.verify(pdf.source(), policy)));
            }
        }
        if (partner.pdfSignatures() == PdfSignatureMode.REQUIRED) {
            refuseUnlessAllValid(reports, partner);
        }
        return AttachmentSignatures.of(reports);
    }

    private static void refuseUnlessAllValid(List<AttachmentReport> reports, ConnectorDefinition partner) {
        List<Violation> violations = reports.stream()
                .filter(attachment -> !attachment.report().isValid())
                .map(attachment -> new Violation(attachment.element(),
                        attachment.report().outcome() == PdfReport.Outcome.UNSIGNED
                                ? RULE_REQUIRED + ": connector " + partner.id() + " requires signed PDF attachments"
                                : RULE_VALID,
                        attachment.name() + ": " + attachment.report().reason()))
                .toList();
        if (!violations.isEmpty()) {
            throw new PackageRejectedException(violations);
        }
    }
}
