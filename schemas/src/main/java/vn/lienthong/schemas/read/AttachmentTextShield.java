package vn.lienthong.schemas.read;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.CharacterData;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Hides the text of every Attachment/ContentTransferEncoded from schema validation and puts it back afterwards:
 * the schema only says "a string", and letting the validator buffer a 50 MB attachment to learn that costs a
 * second copy of it and most of the validation time. Only text is hidden, so a stray element is still reported.
 */
final class AttachmentTextShield {

    private record Hidden(Element owner, Node text) {
    }

    private final List<Hidden> hidden = new ArrayList<>();

    private AttachmentTextShield() {
    }

    /** Detaches the attachment texts under {@code root}; call {@link #restore()} when validation is done. */
    static AttachmentTextShield hide(Element root, String namespace) {
        AttachmentTextShield shield = new AttachmentTextShield();
        for (Element encoded : DomChildren.named(root, namespace, "AttachmentEncoded")) {
            for (Element attachment : DomChildren.named(encoded, namespace, "Attachment")) {
                for (Element content : DomChildren.named(attachment, namespace, "ContentTransferEncoded")) {
                    shield.hideText(content);
                }
            }
        }
        return shield;
    }

    /** Puts every hidden text back in its element, in its original order. */
    void restore() {
        for (Hidden h : hidden) {
            h.owner().appendChild(h.text());
        }
        hidden.clear();
    }

    private void hideText(Element content) {
        // Only an element whose children are all text is hidden, so mixed content keeps its order for the schema.
        for (Node n = content.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof CharacterData)) {
                return;
            }
        }
        while (content.getFirstChild() != null) {
            hidden.add(new Hidden(content, content.removeChild(content.getFirstChild())));
        }
    }
}
