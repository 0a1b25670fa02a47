package vn.lienthong.gateway.intake.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import vn.lienthong.connectors.folder.FolderLayout;
import vn.lienthong.gateway.refusal.Refusal;

/** Renders a {@link Refusal} as the {@code <file>.error.txt} beside a refused file: one reason a line. */
final class FolderErrorFile {

    private FolderErrorFile() {
    }

    /** Writes the reasons of refusing {@code name} into the error folder and returns them as written. */
    static String write(FolderLayout folders, String name, Refusal refusal) throws IOException {
        String reasons = String.join("\n", refusal.reasons()) + "\n";
        Files.createDirectories(folders.error());
        Files.writeString(folders.error().resolve(name + ".error.txt"), reasons, StandardCharsets.UTF_8);
        return reasons;
    }
}
