package vn.lienthong.schemas.rules;

import static vn.lienthong.schemas.rules.Findings.indexed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.lienthong.schemas.edxml.Attachment;
import vn.lienthong.schemas.edxml.Reference;
import vn.lienthong.schemas.model.ContentIds;
import vn.lienthong.schemas.model.ParsedPackage;

/**
 * Rules {@code reference-resolves}, {@code base64} and {@code safe-file-name}: the manifest points at attachments
 * that exist, their content decodes (checked as it streamed past, see {@link ParsedPackage#attachmentBase64Problem}), and their names cannot climb out of the directory they are saved in.
 */
final class AttachmentCheck implements PackageCheck {

    static final String ATTACHMENT = "AttachmentEncoded/Attachment";
    static final String REFERENCE = "edXMLBody/edXMLManifest/Reference";

    @Override
    public void check(ParsedPackage pkg, Findings findings) {
        List<Attachment> attachments = pkg.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            attachment(indexed(ATTACHMENT, i), attachments.get(i), pkg.attachmentBase64Problem(i), findings);
        }
        Set<String> available = new HashSet<>(pkg.attachmentContentIds());
        List<Reference> references = pkg.references();
        for (int i = 0; i < references.size(); i++) {
            reference(indexed(REFERENCE, i), references.get(i), available, findings);
        }
    }

    private static void attachment(String path, Attachment attachment, String base64Problem, Findings findings) {
        findings.required(path + "/ContentId", ContentIds.bare(attachment.getContentId()));
        findings.required(path + "/AttachmentName", attachment.getAttachmentName());
        safeFileName(path + "/AttachmentName", attachment.getAttachmentName(), findings);
        if (base64Problem != null) {
            findings.add(path + "/ContentTransferEncoded", "base64", base64Problem);
        }
    }

    private static void reference(String path, Reference reference, Set<String> available, Findings findings) {
        // The manifest names its attachment by ContentId; producers that leave it empty still fill in the href.
        String raw = Findings.clean(reference.getContentId()) != null ? reference.getContentId() : reference.getHref();
        String id = ContentIds.bare(raw);
        if (id == null) {
            findings.required(path + "/ContentId", null);
        } else if (!available.contains(id)) {
            findings.add(path + "/ContentId", "reference-resolves", Findings.clean(raw));
        }
        safeFileName(path + "/AttachmentName", reference.getAttachmentName(), findings);
    }

    private static void safeFileName(String path, String raw, Findings findings) {
        String name = Findings.clean(raw);
        if (name != null && !isSafeFileName(name)) {
            findings.add(path, "safe-file-name", name);
        }
    }

    /** No directory separators, drive colons, control characters, or names that mean "this/parent directory". */
    static boolean isSafeFileName(String name) {
        if (name.equals(".") || name.equals("..")) {
            return false;
        }
        return name.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f);
    }
}
