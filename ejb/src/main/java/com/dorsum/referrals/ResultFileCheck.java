package com.dorsum.referrals;

import com.dorsum.platform.InvalidInput;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Admits a result file only if it is what it claims to be: a PDF, PNG or JPEG by its first bytes (never by its
 * name or the type the client declares, which anyone can fake), not empty and not larger than the limit.
 */
public record ResultFileCheck(int maxBytes) {

    /** The file types accepted, each with the bytes every such file starts with. */
    public enum FileType {
        PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
        JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        private final String mediaType;
        private final List<String> extensions;
        private final byte[] magic;

        FileType(String mediaType, List<String> extensions, byte[] magic) {
            this.mediaType = mediaType;
            this.extensions = extensions;
            this.magic = magic;
        }

        public String mediaType() {
            return mediaType;
        }

        boolean starts(byte[] content) {
            return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }
    }

    public ResultFileCheck {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the result file limit must be positive");
        }
    }

    /**
     * The type of an acceptable file; refuses an empty or oversized file, one whose content is none of the accepted
     * types, or one whose declared type (if given) contradicts its content.
     */
    public FileType admit(String declaredType, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInput("file", "The file is empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInput("file", "The file is larger than " + maxBytes / (1024 * 1024)
                    + " MB; scan or export it at a lower resolution");
        }
        FileType type = Arrays.stream(FileType.values()).filter(t -> t.starts(content)).findFirst()
                .orElseThrow(() -> new InvalidInput("file", "Only PDF, PNG and JPEG files are accepted;"
                        + " this file's content is none of them"));
        String declared = declaredType == null ? "" : declaredType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !declared.equals(type.mediaType)) {
            throw new InvalidInput("file", "The file says it is " + declared + " but its content is "
                    + type.mediaType);
        }
        return type;
    }

    /** A safe file name to store and serve: no path, no control or quoting characters, the type's extension. */
    public static String safeName(String name, FileType type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").trim();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "result" + base;
        }
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        String lower = base.toLowerCase(Locale.ROOT);
        boolean hasExtension = type.extensions.stream().anyMatch(e -> lower.endsWith("." + e));
        return hasExtension ? base : base + "." + type.extensions.get(0);
    }
}
