package vn.lienthong.schemas.model;

import java.util.List;
import java.util.Optional;

/**
 * What a streaming read learnt of the text it did not keep: the base64 verdict of each attachment's content, in
 * document order, and how many Signature elements the package holds anywhere.
 *
 * @param base64Problems per attachment, the quoted problem with its content, or empty when it is valid base64
 * @param signatureElements Signature elements in the XML-DSig or the edXML namespace or in none, wherever they are
 */
public record StreamedFacts(List<Optional<String>> base64Problems, int signatureElements) {

    public StreamedFacts {
        base64Problems = List.copyOf(base64Problems);
    }
}
