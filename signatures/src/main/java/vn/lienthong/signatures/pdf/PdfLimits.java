package vn.lienthong.signatures.pdf;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one PDF may cost to verify, so that a hostile file (an object-stream or compression bomb, a huge
 * signature, a parser trap) is reported as invalid instead of holding a thread or the heap.
 *
 * @param maxSize         a larger PDF is refused before it is parsed
 * @param timeBudget      wall-clock time one PDF may take; past it the next read stops the work
 * @param allocationBudget bytes the verifying thread may allocate for one PDF (decoded streams included); past it
 *                        the next read stops the work. A 40 MB signed PDF needs well under 64 MB
 * @param maxSignatures   signature dictionaries examined at most; more make the PDF invalid
 * @param maxContentsBytes largest signature (the CMS in /Contents) accepted; real ones with their chain, CRLs and
 *                        OCSP answers stay well below 1 MB
 */
public record PdfLimits(long maxSize, Duration timeBudget, long allocationBudget, int maxSignatures,
        int maxContentsBytes) {

    /** 64 MB, 20 s, 512 MB allocated, 16 signatures, 2 MB of CMS. */
    public static final PdfLimits DEFAULT = new PdfLimits(64L << 20, Duration.ofSeconds(20), 512L << 20, 16,
            2 << 20);

    public PdfLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxSize < 1 || allocationBudget < 1 || maxSignatures < 1 || maxContentsBytes < 1) {
            throw new IllegalArgumentException("PDF limits must be positive");
        }
    }
}
