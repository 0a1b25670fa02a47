package vn.lienthong.gateway.signature.attachment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What checking the signatures of one PDF attachment may cost ({@code lienthong.attachments.*}); a PDF past a limit
 * is reported as invalid (and refused where a connector requires PDF signatures), never a failure of the gateway.
 *
 * @param pdfMaxSize a larger PDF is reported as invalid without being parsed
 * @param pdfTimeBudget how long one PDF's verification may take before it is stopped
 * @param pdfAllocationBudget how much memory the verifying thread may allocate for one PDF (decoded streams included);
 *     keep it well below the heap: it is what a decompression bomb may take before it is stopped
 */
@ConfigurationProperties(prefix = "lienthong.attachments")
public record AttachmentProperties(@DefaultValue("64MB") DataSize pdfMaxSize,
                                   @DefaultValue("20s") Duration pdfTimeBudget,
                                   @DefaultValue("128MB") DataSize pdfAllocationBudget) {
}
