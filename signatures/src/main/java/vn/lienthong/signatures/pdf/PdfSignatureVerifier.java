package vn.lienthong.signatures.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

import vn.lienthong.signatures.CertificateChecks;
import vn.lienthong.signatures.VerificationPolicy;
import vn.lienthong.signatures.revocation.RevocationChecker;

/**
 * Verifies every signature of a PDF (PAdES / ISO 32000 signature dictionaries with a detached CMS) and judges the
 * file as a whole, within the {@link PdfLimits}; it never throws for what the file holds, however hostile.
 */
public final class PdfSignatureVerifier {

    /** PDFBox buffers little when it only reads; past this it writes to the scratch directory instead of the heap. */
    private static final long SCRATCH_IN_MEMORY = 1L << 20;
    private static final int HEADER_WINDOW = 1024;

    private final CmsSignatureCheck signatures;
    private final PdfLimits limits;
    private final Clock clock;
    private final StreamCacheCreateFunction scratch;

    /**
     * @param revocation asked about every certificate of each signer's path
     * @param scratchDirectory where PDFBox may put the streams it buffers beyond 1 MB in memory (the spool; it must
     *     exist), or null for java.io.tmpdir
     */
    public PdfSignatureVerifier(RevocationChecker revocation, PdfLimits limits, Clock clock, Path scratchDirectory) {
        this.signatures = new CmsSignatureCheck(new CertificateChecks(revocation));
        this.limits = limits;
        this.clock = clock;
        MemoryUsageSetting mixed = MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY);
        this.scratch = (scratchDirectory == null ? mixed : mixed.setTempDir(scratchDirectory.toFile())).streamCache;
    }

    /** The verdict on the PDF in {@code source} under {@code policy} (its signing time: the time of receipt). */
    public PdfReport verify(PdfSource source, VerificationPolicy policy) {
        Instant receivedAt = policy.signingTime().orElseGet(clock::instant);
        long size;
        try {
            size = source.size();
        } catch (IOException e) {
            return invalid("PDF cannot be read: " + e.getMessage(), 0, List.of());
        }
        if (size > limits.maxSize()) {
            return invalid("PDF of " + size + " bytes exceeds the limit of " + limits.maxSize() + " bytes", size,
                    List.of());
        }
        PdfBudget budget = new PdfBudget(limits);
        try {
            if (!hasHeader(source)) {
                return invalid("not a PDF: no %PDF- header in its first " + HEADER_WINDOW + " bytes", size, List.of());
            }
        } catch (IOException e) {
            return invalid("PDF cannot be read: " + e.getMessage(), size, List.of());
        }
        try (RandomAccessRead file = new GuardedRead(source.open(), budget);
             PDDocument document = Loader.loadPDF(file, "", null, null, scratch)) {
            return judge(checkAll(document, source, budget, policy, receivedAt), size);
        } catch (InvalidPasswordException e) {
            return invalid("PDF is encrypted with a password: its signatures cannot be checked", size, List.of());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            String spent = budget.spent();
            return invalid(spent != null ? "PDF verification stopped: " + spent
                    : "not a readable PDF: " + e.getMessage(), size, List.of());
        }
    }

    /**
     * Whether {@code %PDF-} starts within the first bytes, where readers look for it: anything else would send
     * PDFBox's lenient parser scanning the whole file for objects (20 ms for 1 MiB of random bytes) to learn nothing.
     */
    private static boolean hasHeader(PdfSource source) throws IOException {
        byte[] head = new byte[HEADER_WINDOW];
        int length;
        try (RandomAccessRead file = source.open()) {
            length = Math.max(0, file.read(head, 0, head.length));
        }
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        return text.contains("%PDF-");
    }

    private List<PdfSignatureReport> checkAll(PDDocument document, PdfSource source, PdfBudget budget,
            VerificationPolicy policy, Instant receivedAt) throws IOException {
        List<PDSignature> dictionaries = document.getSignatureDictionaries();
        budget.require();
        if (dictionaries.size() > limits.maxSignatures()) {
            throw new IOException(dictionaries.size() + " signature dictionaries, more than the limit of "
                    + limits.maxSignatures());
        }
        List<PdfSignatureReport> reports = new ArrayList<>();
        for (PDSignature dictionary : dictionaries) {
            SignatureFindings findings = new SignatureFindings(reports.size() + 1);
            findings.fieldName = fieldName(document, dictionary);
            reports.add(signatures.check(findings, dictionary, source, budget, limits, policy, receivedAt));
            budget.require();
        }
        return reports;
    }

    private static String fieldName(PDDocument document, PDSignature dictionary) throws IOException {
        return document.getSignatureFields().stream()
                .filter(field -> field.getSignature() != null
                        && field.getSignature().getCOSObject() == dictionary.getCOSObject())
                .map(field -> field.getPartialName()).findFirst().orElse(null);
    }

    /** Every signature must hold, and the last must reach the end of the file: anything after it is unsigned. */
    private static PdfReport judge(List<PdfSignatureReport> reports, long size) {
        if (reports.isEmpty()) {
            return new PdfReport(PdfReport.Outcome.UNSIGNED, "PDF carries no signature", size, reports);
        }
        for (PdfSignatureReport report : reports) {
            if (!report.valid()) {
                return invalid("signature " + report.position() + signer(report) + ": " + report.reason(), size,
                        reports);
            }
        }
        long covered = reports.stream().mapToLong(PdfSignatureReport::signedBytes).max().orElse(0);
        if (covered < size) {
            return invalid("changed after the last signature: bytes " + covered + " to " + size
                    + " were added by a later revision that no signature covers", size, reports);
        }
        String signers = reports.stream().map(r -> r.signerName() == null ? "?" : r.signerName())
                .collect(Collectors.joining(", "));
        return new PdfReport(PdfReport.Outcome.VALID, reports.size() == 1 ? "signature valid: " + signers
                : reports.size() + " signatures valid: " + signers, size, reports);
    }

    private static String signer(PdfSignatureReport report) {
        return report.signerName() == null ? "" : " (" + report.signerName() + ")";
    }

    private static PdfReport invalid(String reason, long size, List<PdfSignatureReport> reports) {
        return new PdfReport(PdfReport.Outcome.INVALID, reason, size, reports);
    }
}
